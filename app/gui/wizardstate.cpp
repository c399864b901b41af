#include "wizardstate.h"

#include "http/trustedcas.h"
#include "profile/profilestore.h"
#include "secrets/secretstore.h"
#include "workspacesession.h"

#include <QNetworkAccessManager>

namespace mlr::gui {

WizardState::WizardState(const QString &settingsFile, QObject *parent)
    : QObject(parent)
    , m_profiles(settingsFile.isEmpty() ? std::make_unique<ProfileStore>()
                                        : std::make_unique<ProfileStore>(settingsFile))
    , m_secrets(new SecretStore(this))
    , m_network(new QNetworkAccessManager(this))
    , m_workspace(new WorkspaceSession(this))
    , m_profile(Profile::localSandbox())
{ }

WizardState::~WizardState() = default;

void WizardState::setProfile(const Profile &profile)
{
    if (profile == m_profile)
        return;
    const bool otherProfile = profile.name != m_profile.name;
    const bool otherSignIn = otherProfile || profile.tenantId != m_profile.tenantId
        || profile.clientId != m_profile.clientId || profile.loginUrl != m_profile.loginUrl
        || profile.armUrl != m_profile.armUrl;
    const bool otherWorkspace = profile.subscriptionId != m_profile.subscriptionId
        || profile.resourceGroup != m_profile.resourceGroup || profile.workspace != m_profile.workspace;
    m_profile = profile;
    if (otherSignIn)
        m_workspace->signOut();
    else if (otherWorkspace)
        m_workspace->setDatastore(std::nullopt);
    // Its HTTPS services' CA (e.g. the local sandbox's): a file that cannot be used shows as
    // a certificate error on the first call, and is named in the log.
    if (!profile.caCertificateFile.isEmpty())
        if (const Error error = tls::trustCaFile(profile.caCertificateFile))
            qWarning("mlretrain: %s", qPrintable(error.message()));
    Q_EMIT profileChanged();
    if (otherProfile && !m_container.isEmpty()) {
        m_container.clear();
        Q_EMIT containerChanged();
    }
}

void WizardState::setStorageAccount(const std::optional<StorageAccount> &account)
{
    const auto same = [](const std::optional<StorageAccount> &a, const std::optional<StorageAccount> &b) {
        if (a.has_value() != b.has_value())
            return false;
        return !a
            || (a->name == b->name && a->key == b->key && a->sas == b->sas
                && a->blobEndpoint == b->blobEndpoint);
    };
    if (same(account, m_storageAccount))
        return;
    m_storageAccount = account;
    Q_EMIT storageAccountChanged();
}

Error WizardState::setContainer(const QString &name)
{
    Error error;
    if (name != m_container) {
        m_container = name;
        Q_EMIT containerChanged();
    }
    m_profile.container = name;
    if (std::optional<Profile> stored = m_profiles->load(m_profile.name)) {
        if (stored->container != name) {
            stored->container = name;
            error = m_profiles->save(*stored);
        }
    }
    return error;
}

void WizardState::setJobId(const QString &jobId)
{
    if (jobId == m_jobId)
        return;
    m_jobId = jobId;
    Q_EMIT jobIdChanged();
    setEvaluation(nullptr, {});
}

void WizardState::setEvaluation(
    std::shared_ptr<const eval::Comparison> comparison, const eval::GateVerdict &verdict)
{
    if (!comparison && !m_comparison)
        return;
    m_comparison = std::move(comparison);
    m_verdict = verdict;
    Q_EMIT evaluationChanged();
}

} // namespace mlr::gui
