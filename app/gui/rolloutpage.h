#pragma once

#include "azureml/rolloutjob.h"
#include "azureml/workspacetarget.h"
#include "history/history.h"
#include "wizardpage.h"

#include <QPointer>

#include <chrono>
#include <memory>
#include <optional>

class QFileDialog;

namespace Ui {
class RolloutPage;
}

namespace mlr::azureml {
class RetireJob;
class RollbackJob;
class WorkspaceSteps;
} // namespace mlr::azureml

namespace mlr::report {
struct DecisionReport;
}

namespace mlr::gui {

class DeploymentsModel;

// Step 5 (Update) for an `azureml` profile: the blue/green roll-out of WizardState::jobId()
// (an Azure ML job name) on the profile's online endpoint, on azureml::RolloutJob.
// - The endpoint's deployments (DeploymentsModel) and a TrafficBar of the live split, read
//   when the page is shown, after every stage (the read-back) and after each action.
// - Deploy: the stages (validated by azureml::parseStages; bad input gets an inline message and
//   nothing runs), the job (Completed in the journal), the gate (the newest Evaluation event
//   of the job must have passed, unless "Roll out although the gate failed" is checked), then
//   the roll-out: backup, model version, new deployment at 0 %, smoke test (both deployments'
//   predictions side by side; "predictions unchanged" is a warning), then each stage after an
//   inline "Move … ?" with Continue / Stop here, or all in sequence ("Run all stages without
//   asking").
// - Roll back (azureml::RollbackJob: to the last roll-out's handle or a chosen backup) and
//   Retire old deployment (azureml::RetireJob: only when the new one has all the traffic; the
//   rollback target only after an inline confirmation).
// - Show commands (az ml and curl, no secret), Save report (non-modal dialog, written off the
//   GUI thread), history events (rollout, rollback, retire) as the CLI appends them.
// Every failure names the state the endpoint is left in. Nothing blocks the event loop.
class RolloutPage : public WizardPage
{
    Q_OBJECT

public:
    explicit RolloutPage(WizardState *state, QWidget *parent = nullptr);
    ~RolloutPage() override;

    void initializePage() override;
    bool isBusy() const override;

    // For tests: where backups go (default: the CLI's, "backups" in the history folder), and
    // shorter polls and read-backs for the jobs started from now on.
    void setBackupDirectory(const QString &directory) { m_backupDirectory = directory; }
    QString backupDirectory() const;
    void setTimings(std::chrono::milliseconds pollFirst, std::chrono::milliseconds pollMax, int readAttempts,
        std::chrono::milliseconds readDelay);

    // The decision report with the roll-out section, written synchronously (tests); the
    // button writes it on a worker thread.
    Error saveReport(const QString &path) const;

private:
    // rolloutpage.cpp: reading the endpoint and the job, buttons.
    azureml::WorkspaceTarget target() const;
    arm::TokenProvider *tokens() const;
    void readEndpoint();
    void showEndpoint(
        const QList<azureml::OnlineDeployment> &deployments, const azureml::TrafficMap &traffic, bool known);
    void checkGate();
    void refreshBackups();
    void updateButtons();
    bool running() const; // a job of the page runs (not counting the endpoint read)
    void onSignInChanged();
    void setWorking(bool working);
    void addTimeline(const QString &text);
    // rolloutpageflow.cpp: the roll-out.
    void deploy();
    bool refused();
    void readSampleRows();
    void startRollout(const arm::SmokeRows &rows);
    void onStep(azureml::RolloutJob::Step step, const QString &text);
    void onStageReady(int index, int percent, const azureml::TrafficMap &traffic);
    void onRolloutFinished(const azureml::RolloutResult &result, const Error &error);
    void showSmoke(const azureml::RolloutResult &result);
    // rolloutpageafter.cpp: rollback and retirement.
    void rollback();
    void retire(bool confirmed);
    // rolloutpageextras.cpp: commands, report, history.
    void toggleCommands(bool shown);
    QString commandsText() const;
    void openReportDialog();
    report::DecisionReport decisionReport() const;
    void appendHistory(const history::Event &event);
    template<typename Job> void tune(Job &job) const;

    std::unique_ptr<Ui::RolloutPage> m_ui;
    DeploymentsModel *m_model;
    QString m_backupDirectory;
    std::chrono::milliseconds m_pollFirst { 1000 }, m_pollMax { 5000 }, m_readDelay { 2000 };
    int m_readAttempts = 5;

    std::unique_ptr<azureml::WorkspaceSteps> m_reader; // endpoint reads
    std::unique_ptr<azureml::WorkspaceSteps> m_jobReader; // the job (label column of the sample rows)
    std::unique_ptr<azureml::RolloutJob> m_rollout;
    std::unique_ptr<azureml::RollbackJob> m_rollback;
    std::unique_ptr<azureml::RetireJob> m_retire;
    QPointer<QFileDialog> m_reportDialog;
    bool m_writingReport = false;
    bool m_busy = false;
    bool m_reading = false; // m_reader's read runs
    bool m_readingJob = false; // m_jobReader's read runs

    azureml::OnlineEndpoint m_endpoint; // as last read
    bool m_gateFailed = false;
    QString m_gateSummary;
    QList<int> m_stages;
    std::optional<azureml::RolloutResult> m_lastRollout; // of this session
    std::optional<history::Event> m_rolloutEvent; // its history event (the report's section)
    QString m_rolledBackFile; // the backup of the last rollback ("" = the roll-out's handle)
    std::optional<azureml::TrafficMap> m_rolledBackTo;
    QString m_retired; // the deployment retired last
};

// The page's polls and retries on a job of the core (setTimings).
template<typename Job> void RolloutPage::tune(Job &job) const
{
    job.setPollInterval(m_pollFirst, m_pollMax);
    job.setRetryPolicy(RetryPolicy { 3, m_pollFirst / 4, m_pollMax });
}

} // namespace mlr::gui
