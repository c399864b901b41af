#include "workspacesession.h"

#include "arm/profilearm.h"
#include "arm/tokenprovider.h"
#include "arm/tokens.h"
#include "azuresignin.h"
#include "profile/profile.h"
#include "secretbundlejob.h"

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
    m_resumeRead.reset();
    m_resumeSignIn.reset();
    m_resumeTokens.reset();
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

void WorkspaceSession::resume(const Profile &profile, SecretStore *secrets, QNetworkAccessManager *nam)
{
    if (isSignedIn() || isResuming())
        return;
    m_resumeNam = nam;
    m_resumeSettings = arm::signInSettingsFor(profile);
    m_resumeRead.reset(SecretBundleJob::read(
        secrets, profile.name, { SecretKind::ArmClientSecret, SecretKind::ArmRefreshToken }, nullptr));
    connect(m_resumeRead.get(), &SecretBundleJob::finished, this,
        [this](const QMap<SecretKind, QString> &values, const Error &error) {
            m_resumeRead.release()->deleteLater();
            if (error)
                return finishResume(error);
            resumeWith(values.value(SecretKind::ArmClientSecret).trimmed(),
                values.value(SecretKind::ArmRefreshToken).trimmed());
        });
    m_resumeRead->start();
}

void WorkspaceSession::resumeWith(const QString &clientSecret, const QString &refreshToken)
{
    if (clientSecret.isEmpty() && refreshToken.isEmpty())
        return finishResume(
            Error::input(tr("No client secret and no remembered sign-in in the keychain: sign in "
                            "on the Credentials step.")));
    if (!clientSecret.isEmpty()) {
        auto *signIn = new AzureSignIn(m_resumeNam);
        m_resumeSignIn.reset(signIn);
        connect(signIn, &AzureSignIn::finished, this, [this, signIn](const Error &error) {
            std::unique_ptr<arm::TokenProvider> tokens = signIn->takeTokens();
            std::unique_ptr<arm::TokenProvider> ml = signIn->takeMlTokens();
            m_resumeSignIn.release()->deleteLater();
            if (!error)
                setSignIn(std::move(tokens), std::move(ml), m_resumeSettings.clientId);
            finishResume(error);
        });
        signIn->start(m_resumeSettings, AzureSignIn::Method::ClientSecret, clientSecret);
        return;
    }
    // A remembered refresh token: its first renewal proves it still works.
    m_resumeTokens = std::make_unique<arm::TokenProvider>(m_resumeNam, m_resumeSettings);
    m_resumeTokens->setRefreshToken(refreshToken);
    arm::TokenRequest *request = m_resumeTokens->request(nullptr);
    m_resumeSignIn.reset(request);
    connect(request, &arm::TokenRequest::finished, this,
        [this, refreshToken](const QString &, const Error &error) {
            m_resumeSignIn.release()->deleteLater();
            std::unique_ptr<arm::TokenProvider> tokens = std::move(m_resumeTokens);
            if (!error) {
                auto ml = std::make_unique<arm::TokenProvider>(m_resumeNam, m_resumeSettings);
                ml->setScope(arm::azureMlScope());
                ml->setRefreshToken(
                    tokens->current().refreshToken.isEmpty() ? refreshToken : tokens->current().refreshToken);
                setSignIn(std::move(tokens), std::move(ml), tr("your account"));
            }
            finishResume(error);
        });
    request->start();
}

void WorkspaceSession::finishResume(const Error &error)
{
    Q_EMIT resumeFinished(error);
}

} // namespace mlr::gui
