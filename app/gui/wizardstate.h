#pragma once

#include "eval/evaltypes.h"
#include "http/error.h"
#include "profile/profile.h"
#include "storage/storageaccount.h"

#include <QObject>
#include <QString>

#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace mlr {
class ProfileStore;
class SecretStore;
} // namespace mlr

namespace mlr::gui {

class WorkspaceSession;

// The typed state shared by the pages of one wizard: the services every page uses (the
// profile store, the secret store, one network access manager) and what earlier steps
// decided (the profile, the storage account, the container). Pages get it in their
// constructor; the wizard itself keeps no cross-page data.
class WizardState : public QObject
{
    Q_OBJECT

public:
    // `settingsFile`: the ProfileStore's INI file; empty for the default location.
    explicit WizardState(const QString &settingsFile = {}, QObject *parent = nullptr);
    ~WizardState() override;

    ProfileStore &profiles() const { return *m_profiles; }
    SecretStore *secrets() const { return m_secrets; }
    QNetworkAccessManager *network() const { return m_network; }
    // The Azure Machine Learning (v2) sign-in and datastore of an `azureml` profile (empty
    // for a classic one). setProfile() signs it out when the profile, its tenant, client id,
    // login or ARM URL change, and forgets its datastore when the workspace changes. Owned by
    // the state.
    WorkspaceSession &workspaceSession() const { return *m_workspace; }

    // The profile the wizard works with, as the Credentials step last accepted it (it may
    // hold edits that were not saved).
    const Profile &profile() const { return m_profile; }
    void setProfile(const Profile &profile);

    // The storage account built from the profile and its secrets; nullopt until the
    // Credentials step accepted complete storage credentials.
    const std::optional<StorageAccount> &storageAccount() const { return m_storageAccount; }
    void setStorageAccount(const std::optional<StorageAccount> &account);

    // The container chosen on the Storage step; empty when none (also after a switch to
    // another profile). The Storage step offers profile().container first.
    QString container() const { return m_container; }
    // Records the choice here and as the `container` of the stored profile of the same
    // name (other stored settings are left as they are). Returns the store's error, if any;
    // the choice is recorded in this state either way.
    Error setContainer(const QString &name);

    // The job the Submit step submitted or re-attached to (its id in the job journal: a BES
    // job id, or an Azure ML job name for an `azureml` profile);
    // empty until then. The Evaluate and Update steps read everything else from the journal.
    QString jobId() const { return m_jobId; }
    void setJobId(const QString &jobId);

    // What the Evaluate step concluded about jobId(): both models on the same rows and the
    // gate's verdict (for the Update step's decision report); null until it has, and again
    // when the job id changes.
    std::shared_ptr<const eval::Comparison> comparison() const { return m_comparison; }
    const eval::GateVerdict &verdict() const { return m_verdict; }
    void setEvaluation(std::shared_ptr<const eval::Comparison> comparison, const eval::GateVerdict &verdict);

Q_SIGNALS:
    void profileChanged();
    void storageAccountChanged();
    void containerChanged();
    void jobIdChanged();
    void evaluationChanged();

private:
    std::unique_ptr<ProfileStore> m_profiles;
    SecretStore *m_secrets;
    QNetworkAccessManager *m_network;
    WorkspaceSession *m_workspace;
    Profile m_profile;
    std::optional<StorageAccount> m_storageAccount;
    QString m_container;
    QString m_jobId;
    std::shared_ptr<const eval::Comparison> m_comparison;
    eval::GateVerdict m_verdict;
};

} // namespace mlr::gui
