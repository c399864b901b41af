#include "workspacesession.h"

#include "arm/tokenprovider.h"

namespace mlr::gui {

WorkspaceSession::WorkspaceSession(QObject *parent)
    : QObject(parent)
{ }

WorkspaceSession::~WorkspaceSession() = default;

void WorkspaceSession::setSignIn(std::unique_ptr<arm::TokenProvider> armTokens,
    std::unique_ptr<arm::TokenProvider> mlTokens, const QString &signedInAs)
{
    // Replaced first, deleted after the signal: a page that still holds the old pointer in a
    // running job sees it go away through the job's QPointer, not mid-call.
    std::unique_ptr<arm::TokenProvider> oldArm = std::exchange(m_armTokens, std::move(armTokens));
    std::unique_ptr<arm::TokenProvider> oldMl = std::exchange(m_mlTokens, std::move(mlTokens));
    m_signedInAs = m_armTokens ? signedInAs : QString();
    Q_EMIT signedInChanged();
}

void WorkspaceSession::signOut()
{
    const bool was = isSignedIn();
    m_armTokens.reset();
    m_mlTokens.reset();
    m_signedInAs.clear();
    setDatastore(std::nullopt);
    if (was)
        Q_EMIT signedInChanged();
}

void WorkspaceSession::setDatastore(const std::optional<azureml::DatastoreAccess> &datastore)
{
    const auto same = [](const std::optional<azureml::DatastoreAccess> &a,
                          const std::optional<azureml::DatastoreAccess> &b) {
        if (a.has_value() != b.has_value())
            return false;
        return !a
            || (a->name == b->name && a->container == b->container && a->account.name == b->account.name
                && a->account.key == b->account.key && a->account.sas == b->account.sas
                && a->account.blobEndpoint == b->account.blobEndpoint);
    };
    if (same(datastore, m_datastore))
        return;
    m_datastore = datastore;
    Q_EMIT datastoreChanged();
}

} // namespace mlr::gui
