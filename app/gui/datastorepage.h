#pragma once

#include "azureml/datastoreaccess.h"
#include "http/error.h"
#include "secrets/secretnames.h"
#include "wizardpage.h"

#include <QMap>

#include <memory>
#include <optional>

namespace Ui {
class DatastorePage;
}

namespace mlr {
class BlobListJob;
class BlobService;
} // namespace mlr

namespace mlr::gui {

class SecretBundleJob;

// Step "Storage" of an `azureml` profile: where the Submit step uploads the training CSV.
// - Entering the page finds the workspace's default datastore (azureml::DatastoreAccessJob with
//   the session's sign-in) and shows its name, storage account, container and blob endpoint.
//   Its account key comes from the workspace (listSecrets) and is kept in memory only.
// - "My own storage credentials for this account": an account key or a SAS token (masked) for
//   the datastore's account, checked with DatastoreAccessJob::setOwnAccount; optionally saved
//   in the keychain for the profile (SecretKind::StorageAccountKey / StorageSas) and filled in
//   from there on the next visit. A datastore whose key the workspace does not give says so and
//   selects this choice.
// - Either way, access is established once a listing of the container succeeds; the page is
//   complete then, and leaving it forward sets WorkspaceSession::setDatastore(). Errors are
//   inline; jobs run asynchronously and are cancelled by leaving the page.
class DatastorePage : public WizardPage
{
    Q_OBJECT

public:
    explicit DatastorePage(WizardState *state, QWidget *parent = nullptr);
    ~DatastorePage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool validatePage() override;
    bool isComplete() const override;
    bool isBusy() const override;

    // The access established with the current choice; nullopt until then.
    const std::optional<azureml::DatastoreAccess> &access() const { return m_access; }

private:
    void findDatastore();
    void onDatastore(const azureml::DatastoreAccess &access, const Error &error);
    void onSavedCredentials(const QMap<SecretKind, QString> &values, const Error &error);
    void choiceChanged();
    void checkOwnCredentials();
    void verify(const azureml::DatastoreAccess &access);
    void onListed(const azureml::DatastoreAccess &access, const Error &error);
    void saveCredentials();
    void showLocation(const azureml::DatastoreAccess &location);
    void showError(const QString &text, bool retry);
    void cancelJobs();
    void setBusy(const QString &what);
    void updateState();

    std::unique_ptr<Ui::DatastorePage> m_ui;
    std::optional<azureml::DatastoreAccess> m_location; // the default datastore, without a key
    std::optional<azureml::DatastoreAccess> m_workspaceAccess; // with the workspace's key
    std::optional<azureml::DatastoreAccess> m_access; // verified, for the current choice
    // Declared before the jobs that use it: destroyed after them.
    std::unique_ptr<BlobService> m_service;
    std::unique_ptr<azureml::DatastoreAccessJob> m_datastoreJob;
    std::unique_ptr<BlobListJob> m_listJob;
    std::unique_ptr<SecretBundleJob> m_secretsJob;
    bool m_busy = false;
};

} // namespace mlr::gui
