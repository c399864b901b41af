// RolloutPage, part 2: Deploy — the checks before anything is written, the sample rows, the
// roll-out with its per-stage confirmation, the smoke test's table and the end state.
#include "azureml/amlsteps.h"
#include "azureml/samplerows.h"
#include "azureml/trainingschema.h"
#include "deploymentsmodel.h"
#include "history/amlhistory.h"
#include "ml/jobjournal.h"
#include "rolloutpage.h"
#include "rolloutpageparts.h"
#include "ui_rolloutpage.h"
#include "wizardstate.h"
#include "workspacesession.h"

namespace mlr::gui {

using namespace mlr::azureml;

void RolloutPage::deploy()
{
    m_ui->stagesMessage->clear();
    if (refused())
        return;
    readSampleRows();
}

// The checks of Deploy, in order; true (and the reason shown) when nothing may run.
bool RolloutPage::refused()
{
    const auto refuse = [this](const QString &text) {
        m_ui->stagesMessage->showMessage(InlineMessage::Kind::Error, text);
        return true;
    };
    const auto stages = parseStages(m_ui->stagesEdit->text());
    if (const Error *e = std::get_if<Error>(&stages))
        return refuse(tr("%1 Nothing was changed.").arg(e->message()));
    m_stages = std::get<QList<int>>(stages);
    const QString job = state()->jobId();
    if (job.isEmpty())
        return refuse(tr("There is no retraining job to roll out: submit one on the Submit step first."));
    if (!tokens())
        return refuse(tr("Sign in to the workspace on the Credentials step first."));
    const auto record = ml::JobJournal().find(job);
    if (record && record->state != ml::JobState::Finished)
        return refuse(tr("Job %1 is %2, not Completed: only a completed job can be rolled out. Nothing was "
                         "changed.")
                          .arg(job, ml::jobStateText(record->state)));
    checkGate(); // the newest verdict (the Evaluate step may have run since)
    if (m_gateFailed && !m_ui->overrideGateCheck->isChecked())
        return refuse(tr("Job %1 failed the promotion gate: nothing was changed (check “Roll out although "
                         "the gate failed” to roll it out anyway).")
                          .arg(job));
    if (!record || record->inputFile.isEmpty())
        return refuse(tr("No rows to smoke-test the new deployment with: the training CSV of job %1 is not "
                         "in this machine's job journal. Nothing was changed.")
                          .arg(job));
    return false;
}

// Sample rows: the first rows of the job's training CSV without its label column (as the CLI
// takes them when no --sample is given).
void RolloutPage::readSampleRows()
{
    const QString job = state()->jobId();
    const QString file = ml::JobJournal().find(job)->inputFile;
    m_jobReader = std::make_unique<WorkspaceSteps>(this, state()->network(), tokens(), target());
    m_readingJob = true;
    setWorking(true);
    addTimeline(tr("Reading job %1 for the sample rows…").arg(job));
    m_jobReader->get(QStringLiteral("/jobs/") + job, tr("job %1").arg(job),
        [this, file](const QJsonObject &body, const Error &error) {
            m_readingJob = false; // m_jobReader stays until the next Deploy (it calls this)
            setWorking(m_reading);
            Error invalid = error;
            std::optional<arm::SmokeRows> rows;
            if (!invalid) {
                if (const auto parsed = parseJob(body, &invalid))
                    rows = sampleRowsFromCsv(file, labelColumnOf(*parsed), 5, &invalid);
            }
            if (!rows) {
                m_ui->stagesMessage->showMessage(
                    InlineMessage::Kind::Error, tr("%1 Nothing was changed.").arg(invalid.message()));
                return;
            }
            startRollout(*rows);
        });
}

void RolloutPage::startRollout(const arm::SmokeRows &rows)
{
    RolloutRequest request;
    request.endpoint = state()->profile().endpoint;
    request.jobName = state()->jobId();
    request.stages = m_stages;
    request.backupDirectory = backupDirectory();
    request.description = tr("Retrained by job %1 (mlretrain)").arg(request.jobName);
    request.sampleRows = rows;
    m_ui->smokeTable->setRowCount(0);
    m_ui->smokeMessage->clear();
    m_ui->retireMessage->clear();
    m_rollout = std::make_unique<RolloutJob>(state()->network(), tokens(), target(), request);
    m_rollout->setScoringTokens(state()->workspaceSession().mlTokens());
    tune(*m_rollout);
    m_rollout->setReadBack(m_readAttempts, m_readDelay);
    m_rollout->setConfirmEachStage(!m_ui->runAllCheck->isChecked());
    connect(m_rollout.get(), &RolloutJob::stepChanged, this, &RolloutPage::onStep);
    connect(m_rollout.get(), &RolloutJob::backedUp, this,
        [this](const QString &file) { addTimeline(tr("Backup: %1").arg(file)); });
    connect(m_rollout.get(), &RolloutJob::stageReady, this, &RolloutPage::onStageReady);
    connect(m_rollout.get(), &RolloutJob::stageDone, this, [this](const RolloutStageRecord &stage) {
        addTimeline(stage.alreadyInPlace ? tr("Stage %1 %: already in place (%2).")
                                               .arg(stage.percent)
                                               .arg(describeTraffic(stage.readBack))
                                         : tr("Stage %1 %: traffic read back: %2.")
                                               .arg(stage.percent)
                                               .arg(describeTraffic(stage.readBack)));
        showEndpoint(m_model->deployments(), stage.readBack, true);
    });
    connect(m_rollout.get(), &RolloutJob::finished, this, &RolloutPage::onRolloutFinished);
    setWorking(true);
    m_rollout->start();
}

void RolloutPage::onStep(RolloutJob::Step step, const QString &text)
{
    if (step != RolloutJob::Step::Done)
        addTimeline(text);
    if (step == RolloutJob::Step::Shifting || step == RolloutJob::Step::Verifying)
        showSmoke(m_rollout->result());
    if (step == RolloutJob::Step::Shifting && !m_rollout->result().deployments.isEmpty())
        showEndpoint(m_rollout->result().deployments, m_model->traffic(), true);
}

void RolloutPage::onStageReady(int, int percent, const TrafficMap &traffic)
{
    showSmoke(m_rollout->result());
    m_ui->stageMessage->showMessage(InlineMessage::Kind::Information,
        tr("Move traffic to %1 % on %2 (%3)?")
            .arg(percent)
            .arg(m_rollout->result().newDeployment, describeTraffic(traffic)));
    m_ui->stageBox->show();
    m_ui->continueButton->setFocus();
}

void RolloutPage::showSmoke(const RolloutResult &result)
{
    if (!result.smoke || m_ui->smokeTable->rowCount() > 0)
        return;
    const QList<SmokeRowView> rows = smokeRowViews(result.smokeCurrent, result.smokeCandidate);
    m_ui->smokeTable->setHorizontalHeaderLabels({ tr("Row"), tr("Current (%1)").arg(result.oldDeployment),
        tr("New (%1)").arg(result.newDeployment), tr("Changed") });
    m_ui->smokeTable->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        const SmokeRowView &r = rows.at(i);
        const QStringList cells { QString::number(r.row), r.current, r.candidate,
            r.changed ? tr("changed") : QString() };
        for (int c = 0; c < cells.size(); ++c)
            m_ui->smokeTable->setItem(i, c, new QTableWidgetItem(cells.at(c)));
    }
    if (result.smoke->unchanged())
        m_ui->smokeMessage->showMessage(InlineMessage::Kind::Warning,
            tr("Predictions unchanged: %1 The new deployment may serve the same model.")
                .arg(result.smoke->summary()));
    else
        m_ui->smokeMessage->showMessage(
            InlineMessage::Kind::Positive, tr("Smoke test: %1").arg(result.smoke->summary()));
}

void RolloutPage::onRolloutFinished(const RolloutResult &result, const Error &error)
{
    m_rollout.release()->deleteLater(); // finished() is emitted by the job itself
    m_ui->stageBox->hide();
    showSmoke(result);
    if (!result.deployments.isEmpty() || result.trafficKnown)
        showEndpoint(result.deployments.isEmpty() ? m_model->deployments() : result.deployments,
            result.trafficKnown ? result.traffic : m_model->traffic(), result.trafficKnown);
    addTimeline(result.stateText);
    const bool refusedBeforeWriting
        = result.backupFile.isEmpty() && result.state == RolloutState::Unchanged && error;
    if (!refusedBeforeWriting) {
        m_lastRollout = result;
        m_rolloutEvent = history::rolloutEvent(state()->profile().name, state()->jobId(), result);
        appendHistory(*m_rolloutEvent);
        m_rolledBackTo.reset();
    }
    if (error)
        m_ui->stagesMessage->showMessage(InlineMessage::Kind::Error,
            tr("%1\nThe endpoint: %2")
                .arg(error.message(),
                    result.stateText.isEmpty() ? tr("unchanged (nothing was written).") : result.stateText));
    else
        m_ui->stagesMessage->showMessage(result.state == RolloutState::RolledOut
                ? InlineMessage::Kind::Positive
                : InlineMessage::Kind::Information,
            result.stateText + (result.warnings.isEmpty() ? QString() : u'\n' + result.warnings.join(u'\n')));
    refreshBackups();
    setWorking(running() || m_reading);
    if (m_ui->commandsButton->isChecked())
        toggleCommands(true);
}

} // namespace mlr::gui
