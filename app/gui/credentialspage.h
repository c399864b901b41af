#pragma once

#include "credentialsform.h"
#include "http/error.h"
#include "profile/profile.h"
#include "secrets/secretnames.h"
#include "storage/blobtypes.h"
#include "wizardpage.h"

#include <QMap>
#include <QPointer>

#include <memory>

namespace Ui {
class CredentialsPage;
}

namespace mlr {
class BlobService;
class ContainerListJob;
} // namespace mlr

namespace mlr::gui {

class AmlCredentialsPanel;
class ProfileBar;
class SecretBundleJob;
class ServicePairDialog;
struct ServicePair;

// Step "Credentials": choose or manage a connection profile and enter its storage account
// and web service credentials.
// - Selecting a profile shows its settings at once and loads its secrets from the keychain
//   asynchronously (the secret fields are read-only and say "loading" meanwhile).
// - Switching to another profile keeps unsaved edits of the one left (in memory, for this
//   run) and puts them back when the user returns to it; Save stores them.
// - Save writes the settings to the ProfileStore and the secrets to the SecretStore.
// - Test builds the storage account, refuses to send its key over plain HTTP to a
//   non-loopback host, and lists the containers.
// - Complete when the storage credentials are complete and safe to use and nothing is
//   loading. Leaving forward hands the profile and the storage account to WizardState.
// - "Create services…" (mlstudio-local) opens a non-modal ServicePairDialog for the profile;
//   the new pair's endpoints and keys land in the form as unsaved edits (and its service
//   names in the profile when it is saved or the step is left).
// - An `azureml` profile shows AmlCredentialsPanel instead of the storage and web service
//   fields: sign in, then choose subscription, workspace and endpoint; leaving forward hands
//   the profile to WizardState and the sign-in to its WorkspaceSession.
// Problems are shown inline, next to the fields, never in modal dialogs.
class CredentialsPage : public WizardPage
{
    Q_OBJECT

public:
    explicit CredentialsPage(WizardState *state, QWidget *parent = nullptr);
    ~CredentialsPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    bool isBusy() const override;

private:
    void alignFieldLabels();
    void showKind();
    bool validateWorkspace();
    void selectProfile(const QString &name);
    void secretsLoaded(const QMap<SecretKind, QString> &values, const Error &error);
    void fieldsEdited();
    void showKeychainBanner();

    void save();
    void saveFinished(const Error &error);
    void test();
    void testFinished(const QList<ContainerInfo> &containers, const Error &error);
    void cancelTest();
    void updateActions();
    void openServicePairDialog();
    void servicePairCreated(const QString &profile, const ServicePair &pair);
    void applyPairNames(Profile *profile) const;

    std::unique_ptr<Ui::CredentialsPage> m_ui;
    CredentialsForm *m_form;
    AmlCredentialsPanel *m_aml; // shown instead of the storage and service groups for azureml
    ProfileBar *m_profileBar;
    Profile m_profile; // as loaded from the store (the form may hold edits)
    QMap<QString, CredentialsForm::Draft> m_drafts; // unsaved edits of profiles left, by name
    // Service names of pairs created and not saved yet, by profile: {training, predictive}.
    QMap<QString, std::pair<QString, QString>> m_pairNames;
    QPointer<ServicePairDialog> m_pairDialog;
    std::unique_ptr<SecretBundleJob> m_loadJob;
    std::unique_ptr<SecretBundleJob> m_saveJob;
    std::unique_ptr<BlobService> m_testService; // declared before its job: destroyed after it
    std::unique_ptr<ContainerListJob> m_testJob;
    bool m_wasBusy = false;
};

} // namespace mlr::gui
