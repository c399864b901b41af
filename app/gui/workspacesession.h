#pragma once

#include "arm/signin.h"
#include "azureml/datastoreaccess.h"
#include "azureml/workspacetarget.h"

#include <QObject>

#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace mlr {
struct Profile;
class SecretStore;
} // namespace mlr

namespace mlr::arm {
class TokenProvider;
}

namespace mlr::gui {

class AzureSignIn;
class SecretBundleJob;

// The Azure Machine Learning (v2) part of the wizard's state, for an `azureml` profile:
// - the Azure sign-in made on the Credentials step: the ARM token provider every workspace
//   request uses, and one for https://ml.azure.com (endpoints whose authMode is AADToken),
//   both renewed from the same credential and kept in memory only;
// - the datastore the Storage step chose (the workspace's default one, or the user's own
//   storage account for it), where the Submit step uploads the training CSV.
// The workspace and the endpoint are the profile's (WizardState::profile(): subscriptionId,
// resourceGroup, workspace, endpoint); workspace() builds their ARM target.
// Owned by WizardState; pages read it there and never keep a token provider beyond the
// signedInChanged() that replaces it.
class WorkspaceSession : public QObject
{
    Q_OBJECT

public:
    explicit WorkspaceSession(QObject *parent = nullptr);
    ~WorkspaceSession() override;

    // Null until setSignIn(); the session owns them.
    arm::TokenProvider *armTokens() const { return m_armTokens.get(); }
    arm::TokenProvider *mlTokens() const { return m_mlTokens.get(); }
    bool isSignedIn() const { return m_armTokens != nullptr; }
    // Who signed in, for people ("client secret of <client id>", "device code"); empty when
    // not signed in.
    QString signedInAs() const { return m_signedInAs; }

    // Takes over a signed-in provider (and, when given, the ml.azure.com one); replaces and
    // deletes the previous ones. signedInChanged() fires.
    void setSignIn(std::unique_ptr<arm::TokenProvider> armTokens,
        std::unique_ptr<arm::TokenProvider> mlTokens, const QString &signedInAs);
    // Forgets the sign-in (tokens in memory) and the datastore. signedInChanged() fires when
    // there was one. Stops a resume().
    void signOut();

    // Signs in as last time, with what the keychain holds for `profile`: its client secret
    // (SecretKind::ArmClientSecret), else a remembered refresh token (ArmRefreshToken).
    // Nothing happens when signed in already or while a resume runs. resumeFinished() fires
    // once: error empty and signedInChanged() before it when signed in; an Error::Input when
    // the keychain holds neither; the sign-in's error otherwise. `nam` and `secrets` must
    // outlive the session.
    void resume(const Profile &profile, SecretStore *secrets, QNetworkAccessManager *nam);
    bool isResuming() const { return m_resumeRead != nullptr || m_resumeSignIn != nullptr; }

    // The datastore chosen on the Storage step; nullopt until then, and after signOut().
    const std::optional<azureml::DatastoreAccess> &datastore() const { return m_datastore; }
    void setDatastore(const std::optional<azureml::DatastoreAccess> &datastore);

Q_SIGNALS:
    void signedInChanged();
    void datastoreChanged();
    void resumeFinished(const mlr::Error &error);

private:
    void resumeWith(const QString &clientSecret, const QString &refreshToken);
    void finishResume(const Error &error);

    std::unique_ptr<arm::TokenProvider> m_armTokens;
    std::unique_ptr<arm::TokenProvider> m_mlTokens;
    QString m_signedInAs;
    std::optional<azureml::DatastoreAccess> m_datastore;
    // resume(): the keychain read, then the sign-in (a client secret) or the first token
    // request of a remembered refresh token.
    std::unique_ptr<SecretBundleJob> m_resumeRead;
    std::unique_ptr<QObject> m_resumeSignIn;
    std::unique_ptr<arm::TokenProvider> m_resumeTokens;
    QNetworkAccessManager *m_resumeNam = nullptr;
    arm::SignInSettings m_resumeSettings;
};

} // namespace mlr::gui
