#pragma once

#include "wizardpage.h"

#include "http/error.h"
#include "secrets/secretnames.h"
#include "storage/storageaccount.h"
#include "storage/blobtypes.h"

#include <QMap>

#include <memory>

namespace Ui {
class StoragePage;
}

namespace mlr {
class BlobService;
class ContainerCreateJob;
class ContainerListJob;
} // namespace mlr

namespace mlr::gui {

class SecretBundleJob;

// Step "Storage": connects to the storage account accepted on the Credentials step, lists
// its containers and lets the user pick one or create one.
// - When the wizard was opened on this step (no storage account yet), the account is
//   built from the current profile and its secrets, read from the keychain first.
// - Entering the page lists the containers (a busy indicator while it runs); errors are
//   shown inline with a Retry button.
// - The selected container is stored in WizardState (and in the stored profile).
// - Complete when a container is selected and no job is running.
// - Leaving the page (either way) cancels its jobs by destroying them.
class StoragePage : public WizardPage
{
    Q_OBJECT

public:
    explicit StoragePage(WizardState *state, QWidget *parent = nullptr);
    ~StoragePage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool validatePage() override;
    bool isComplete() const override;
    bool isBusy() const override;

    // The container selected in the list; empty when none.
    QString selectedContainer() const;

private:
    void readAccountSecrets();
    void accountSecretsRead(const QMap<SecretKind, QString> &values, const Error &error);
    void connectTo(const StorageAccount &account);
    void showConnectionError(const QString &text);
    void refresh();
    void listFinished(const QList<ContainerInfo> &containers, const Error &error);
    void createContainer();
    void createFinished(bool created, const Error &error);
    void selectionChanged();
    void cancelJobs();
    void updateActions();

    std::unique_ptr<Ui::StoragePage> m_ui;
    // Declared before the jobs: they are destroyed first.
    std::unique_ptr<BlobService> m_service;
    std::unique_ptr<ContainerListJob> m_listJob;
    std::unique_ptr<ContainerCreateJob> m_createJob;
    std::unique_ptr<SecretBundleJob> m_secretsJob;
    QString m_selectAfterList; // a container to select once the list arrives
    bool m_wasBusy = false;
};

} // namespace mlr::gui
