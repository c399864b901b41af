#pragma once

#include "arm/guardedupdatejob.h"
#include "arm/modelupdatejob.h"
#include "arm/smokecheck.h"
#include "arm/tokens.h"
#include "arm/webservice.h"
#include "decisionreport.h"
#include "eval/evaltypes.h"
#include "http/retrypolicy.h"
#include "inlinemessage.h"
#include "ml/jobjournal.h"
#include "ml/rrsclient.h"
#include "wizardpage.h"

#include <QDateTime>
#include <QJsonObject>
#include <QPointer>

#include <memory>
#include <optional>

class QFileDialog;

namespace Ui {
class UpdatePage;
}

namespace mlr::arm {
class SignInOperation;
class WebServiceGetJob;
class WebServiceWriteJob;
class SmokeCheckJob;
class TokenProvider;
class WebServiceListJob;
struct DeviceCode;
} // namespace mlr::arm

namespace mlr::report {
struct DecisionReport;
}

namespace mlr::gui {

class SecretBundleJob;

// Step "Update": points the profile's predictive web service at the retrained model of the
// wizard's job (WizardState::jobId(), its "model" output in the job journal), safely:
// - sign in to Azure with the profile's client secret (keychain, environment, or typed in a
//   masked field) or with a device code (code and URL shown, waiting, cancel); access tokens
//   stay in memory; the refresh token goes to the keychain only when the user asks to stay
//   signed in (and signs in again from it when the page opens);
// - list the web services of the profile's subscription / resource group, pre-select the
//   profile's predictive service;
// - show the guard (arm::checkModelUpdate through a plan-only ModelUpdateJob: refusals and
//   warnings), the definition diff and the promotion gate verdict of the job's evaluation;
// - refuse, before any write, a job that is not finished, of another service pair, without a
//   model blob, or whose schema does not fit (the guard of ModelUpdateJob, shown with the plan);
//   say so when the new model is identical to the current one (nothing to update);
// - update after an explicit confirmation (and an explicit override when the gate failed),
//   following arm::GuardedUpdateJob's steps on a timeline, then show the read-back and the smoke
//   test (before and after, on the profile's predictive request URL with its API key;
//   "predictions unchanged" flagged; scoring errors rolled back automatically, and said so);
// - roll back to a chosen backup through the same guarded, verified path;
// - show the history (HistoryStore: jobs, evaluations, updates, rollbacks; updates and
//   rollbacks of this page are appended to it) and the equivalent commands (curl and
//   PowerShell with -ServiceUpdates, secrets never shown);
// - import a definition file (Export-AzMlWebService form, as `service import` does): read and
//   checked on a worker thread, the service's current definition backed up, then PATCHed;
//   a refusal (e.g. CannotChangeStorageAccount) is shown with its code and "unchanged";
// - save a decision report (.html or .pdf) through a non-modal file dialog.
// The gate verdict is the job's last Evaluation event in the history (the Evaluate step
// records it).
// Errors are inline messages; nothing blocks the event loop.
class UpdatePage : public WizardPage
{
    Q_OBJECT

public:
    explicit UpdatePage(WizardState *state, QWidget *parent = nullptr);
    ~UpdatePage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isBusy() const override;

    // Test hooks: where backups go (default: "backups" in the job journal's folder), and
    // the poll interval of the ARM operation.
    void setBackupDirectory(const QString &directory);
    QString backupDirectory() const { return m_backupDir; }
    void setPollInterval(std::chrono::milliseconds first, std::chrono::milliseconds max);
    // Test hook: the retry policy of every request the page makes (default: the shared one).
    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }

    bool isSignedIn() const;
    // The last update or rollback (nullopt before one ran).
    const std::optional<arm::ModelUpdateResult> &lastResult() const { return m_lastResult; }
    // The new model uri of the wizard's job (empty when unknown).
    QString newModelUri() const { return m_newUri; }
    // Writes the decision report of the job and the last update to path (.html or .pdf), on
    // the calling thread. The "Save report…" button writes it on a worker thread instead.
    Error saveReport(const QString &path);
    // Imports the definition file at path into the chosen service (what choosing a file after
    // "Import definition…" does); importFinished() says how it ended.
    void importDefinitionFile(const QString &path);

Q_SIGNALS:
    // An update or rollback ended (result also in lastResult()).
    void updateFinished(const mlr::arm::ModelUpdateResult &result, const mlr::Error &error);
    // An import of a definition file ended (error empty: imported and the operation succeeded).
    void importFinished(const mlr::Error &error);

private:
    void readSecret();
    void loadJob();
    void signIn();
    void cancelSignIn();
    void onSignedIn(const arm::AccessToken &token, const Error &error);
    void onDeviceCode(const arm::DeviceCode &code);
    void resumeSignIn(const QString &refreshToken);
    void storeRefreshToken(const QString &refreshToken);
    void listServices();
    void onServicesListed(const QList<arm::WebServiceSummary> &services, const Error &error);
    void planUpdate();
    void onPlanned(const arm::ModelUpdateResult &result, const Error &error);
    void startUpdate(const QString &uri, bool rollback);
    void onUpdated(const arm::GuardedUpdateResult &result, const Error &error);
    void cancelUpdate();
    // A request for uri with what the guard needs: the wizard's job and its recorded pair (an
    // update), the storage account (both), the chosen asset.
    arm::ModelUpdateRequest updateRequest(const QString &uri, bool rollback, bool planOnly) const;
    // The Smoke-test message of a finished update (empty when none ran) and its kind.
    void showSmoke(const arm::GuardedUpdateResult &result);
    bool canSmokeTest() const;
    // Reads the gate verdict of the job (loadGate), then shows it (showGate): passed, failed
    // (an update needs the override), unknown (no evaluation); after an update of this page
    // that went through without a passed gate, a note of that decision instead (and whether a
    // rollback undid it since).
    void loadGate();
    void showGate();
    void refreshHistory();
    void recordHistory(const arm::ModelUpdateResult &result, bool rollback, const QString &smokeText);
    void openReportDialog();
    report::DecisionReport decisionReport() const;
    void addTimeline(const QString &text);
    void openImportDialog();
    void importRead(const QJsonObject &definition, const Error &error);
    void importWrite(const QJsonObject &current);
    void finishImport(const QString &text, InlineMessage::Kind kind, const Error &error);
    void refreshBackups();
    void showCommands();
    void updateActions();
    void setBusy(bool busy);
    QString serviceName() const;
    arm::ArmTarget target() const;
    arm::SignInSettings signInSettings() const;

    std::unique_ptr<Ui::UpdatePage> m_ui;
    std::unique_ptr<arm::TokenProvider> m_tokens;
    std::unique_ptr<arm::SignInOperation> m_signIn;
    std::unique_ptr<QObject> m_resume; // the token request of a remembered sign-in
    std::unique_ptr<arm::WebServiceListJob> m_list;
    std::unique_ptr<arm::ModelUpdateJob> m_plan;
    std::unique_ptr<arm::GuardedUpdateJob> m_update; // smoke tests, update, automatic rollback
    std::unique_ptr<SecretBundleJob> m_secretRead;
    QPointer<QFileDialog> m_reportDialog;
    QPointer<QFileDialog> m_importDialog;
    std::unique_ptr<QObject> m_import; // the read, the GET or the PATCH of an import
    QJsonObject m_importDefinition;
    QString m_importFile;
    bool m_writingReport = false;
    eval::GateVerdict m_verdict;
    QString m_pendingUri;
    QString m_predictiveKey;
    std::optional<ml::JobRecord> m_job;
    std::optional<arm::ModelUpdateResult> m_planned; // guard + diff of the chosen service
    std::optional<arm::ModelUpdateResult> m_lastResult;
    std::optional<arm::ModelUpdateResult> m_lastUpdate; // the last update (not rollback) of this page
    std::optional<report::RollbackRecord> m_rolledBack; // a successful rollback after m_lastUpdate
    bool m_rollingBack = false;
    // An update of this page that went through without a passed gate (the failed gate
    // overridden, or no evaluation recorded): the job, the service, when, and whether a
    // rollback undid it since. Reset by the next update.
    struct UngatedUpdate
    {
        QString jobId;
        QString service;
        QDateTime when;
        bool rolledBack = false;
    };
    std::optional<UngatedUpdate> m_ungated;
    bool m_overriding = false; // the running update was started with the gate overridden
    bool m_gatePassed = false;
    bool m_gateKnown = false;
    bool m_busy = false;
    QString m_newUri;
    QString m_backupDir;
    std::chrono::milliseconds m_pollFirst { 1000 }, m_pollMax { 5000 };
    RetryPolicy m_policy;
};

} // namespace mlr::gui
