#pragma once

#include "arm/signin.h"
#include "azureml/workspacelists.h"
#include "http/error.h"
#include "profile/profile.h"
#include "secrets/secretnames.h"

#include <QMap>
#include <QPointer>
#include <QWidget>

#include <memory>

class QFileDialog;
class QNetworkAccessManager;

namespace Ui {
class AmlCredentialsPanel;
}

namespace mlr::arm {
class TokenProvider;
struct DeviceCode;
} // namespace mlr::arm

namespace mlr::azureml {
class WorkspaceGetJob;
}

namespace mlr::gui {

class AzureSignIn;

// The Credentials step's fields for an Azure Machine Learning (v2) profile:
// - sign-in: tenant, application (client) id, and a client secret (masked; the keychain's,
//   see showSecrets) or a device code entered in a browser; "Sign in" runs it (AzureSignIn)
//   and keeps the token in memory;
// - once signed in, the subscriptions, then the workspaces of the chosen one, then the online
//   endpoints of the chosen workspace are listed (the profile's choices selected when they are
//   there); nothing to type;
// - connection: login URL, ARM URL, and the CA certificate file of the local sandbox.
// Editing the tenant, the client id or the URLs forgets the sign-in. Complete when signed in
// and a subscription, a workspace and an endpoint are chosen, and no list is loading.
// Problems are shown inline next to the fields. It owns its jobs; destroying it cancels them.
class AmlCredentialsPanel : public QWidget
{
    Q_OBJECT

public:
    AmlCredentialsPanel(QNetworkAccessManager *nam, QWidget *parent = nullptr);
    ~AmlCredentialsPanel() override;

    // Shows the settings of `profile` (its kind is azureml); forgets the sign-in.
    void showProfile(const Profile &profile);
    // Fills the client secret field (SecretKind::ArmClientSecret; missing reads as empty).
    void showSecrets(const QMap<SecretKind, QString> &values);
    void setLoading(bool loading);

    // Copies the fields into *profile (tenant, client id, subscription, resource group,
    // workspace, endpoint, URLs, CA file). Shows and returns the first problem.
    Error applyTo(Profile *profile);
    // The client secret as the field holds it (empty: delete the stored one).
    QMap<SecretKind, QString> secrets() const;
    // True when the fields differ from what showProfile + showSecrets filled in.
    bool isEdited() const;

    bool isSignedIn() const { return m_tokens != nullptr || m_handedOver; }
    bool isComplete() const;
    bool isBusy() const;
    // The signed-in provider, handed over once (to WizardState::workspaceSession()); after
    // that the panel uses the session's (setSessionTokens) for its lists. Null when not
    // signed in.
    std::unique_ptr<arm::TokenProvider> takeTokens();
    // The https://ml.azure.com provider of the same sign-in, handed over with takeTokens().
    std::unique_ptr<arm::TokenProvider> takeMlTokens() { return std::move(m_mlTokens); }
    // The session's sign-in of the shown profile (null: none). A sign-in the panel did not
    // see yet (e.g. the wizard signed in from the keychain at start) lists the subscriptions.
    void setSessionTokens(arm::TokenProvider *sessionTokens);
    // Says why signing in as last time failed (the fields stay as they are).
    void showResumeError(const Error &error);

    // Starts the sign-in with the chosen method (what the Sign in button does).
    void signIn();
    // Test hook: the unit of the device code's polling interval.
    void setDeviceCodeSecondMs(int ms);

Q_SIGNALS:
    void completeChanged();
    void busyChanged(bool busy);
    // A field changed (typed or a list choice).
    void edited();

private:
    arm::SignInSettings signInSettings() const;
    void signInEdited();
    void onSignedIn(const Error &error);
    void onDeviceCode(const arm::DeviceCode &code);
    void cancelSignIn();
    void forgetSignIn();
    arm::TokenProvider *tokens() const;
    arm::ArmTarget armTarget() const;
    void listSubscriptions();
    void onSubscriptions(const QJsonObject &body, const Error &error);
    void listWorkspaces();
    void onWorkspaces(const QJsonObject &body, const Error &error);
    void listEndpoints();
    void onEndpoints(const QJsonObject &body, const Error &error);
    void chooseCaFile();
    void updateActions();

    std::unique_ptr<Ui::AmlCredentialsPanel> m_ui;
    QNetworkAccessManager *m_nam;
    AzureSignIn *m_signIn;
    std::unique_ptr<arm::TokenProvider> m_tokens;
    std::unique_ptr<arm::TokenProvider> m_mlTokens;
    QPointer<arm::TokenProvider> m_sessionTokens;
    bool m_handedOver = false;
    std::unique_ptr<azureml::WorkspaceGetJob> m_list;
    QList<azureml::WorkspaceSummary> m_workspaces;
    Profile m_shown; // as showProfile() filled the fields in
    Profile m_profile; // m_shown with the choices made in the lists
    QString m_loadedSecret;
    QPointer<QFileDialog> m_caDialog;
    bool m_loading = false;
    bool m_filling = false; // showProfile / list refills: not edits
    bool m_wasBusy = false;
};

} // namespace mlr::gui
