#include "amlsubmitpage.h"
#include "azureml/amljobstatus.h"
#include "azureml/amlsubmission.h"
#include "azureml/amlwrite.h"
#include "inlinemessage.h"
#include "ml/besjobmonitor.h"
#include "ml/datacheck.h"
#include "submitformat.h"
#include "ui_amlsubmitpage.h"
#include "wizardstate.h"
#include "workspacesession.h"

#include <QDir>
#include <QLocale>

// The job side of the Azure ML Submit step: upload and submission (AmlRetrainSubmission),
// following the job (BesJobMonitor over GET jobs/{name}, also one re-attached from the
// journal), its timeline, and cancelling the upload or the job.
namespace mlr::gui {

using namespace mlr::ml;
using namespace mlr::azureml;

void AmlSubmitPage::submit()
{
    if (!m_model || !m_model->job || !m_datastore || m_checkedFile.isEmpty() || m_submission)
        return;
    m_ui->jobMessage->clear();
    AmlSubmissionRequest request;
    request.profile = state()->profile().name;
    request.target = WorkspaceTarget::fromProfile(state()->profile());
    request.production = *m_model;
    request.datastore = *m_datastore;
    request.inputFile = m_checkedFile;

    m_record.reset();
    m_monitor.reset();
    m_lastStatus.clear();
    m_ui->timelineList->clear();
    m_ui->elapsedLabel->clear();
    m_ui->uploadLabel->clear();
    m_ui->uploadBar->setValue(0);
    m_ui->uploadBar->show();
    m_submission = std::make_unique<AmlRetrainSubmission>(
        state()->network(), state()->workspaceSession().armTokens(), request);
    connect(m_submission.get(), &AmlRetrainSubmission::stageChanged, this,
        [this](AmlRetrainSubmission::Stage stage) {
            if (stage == AmlRetrainSubmission::Stage::Uploading)
                addTimeline(tr("Uploading to datastore %1 (container %2)")
                                .arg(m_datastore->name, m_datastore->container));
            else if (stage == AmlRetrainSubmission::Stage::Submitting)
                addTimeline(tr("Submitting a re-run of job %1 on %2")
                                .arg(m_model->job->name, m_submission->dataUri()));
        });
    connect(
        m_submission.get(), &AmlRetrainSubmission::uploadProgress, this, &AmlSubmitPage::onUploadProgress);
    connect(m_submission.get(), &AmlRetrainSubmission::warning, this,
        [this](const QString &text) { m_ui->jobMessage->showMessage(InlineMessage::Kind::Warning, text); });
    connect(m_submission.get(), &AmlRetrainSubmission::finished, this,
        [this](const JobRecord &record, const Error &error) {
            m_submission.release()->deleteLater();
            if (!error) {
                addTimeline(tr("Job %1 created").arg(record.jobId));
                follow(record);
                return;
            }
            addTimeline(error.isCancelled() ? tr("Cancelled") : tr("Failed"));
            if (error.isCancelled())
                m_ui->jobMessage->showMessage(InlineMessage::Kind::Information,
                    tr("Cancelled during the upload: no job was submitted."));
            else if (record.state != JobState::Failed && !record.jobId.isEmpty()
                && record.submitted.isValid())
                m_ui->jobMessage->showMessage(InlineMessage::Kind::Error,
                    tr("Submitting job %1 failed, and it may have been created (it is in the job journal): "
                       "%2")
                        .arg(record.jobId, error.message()));
            else
                m_ui->jobMessage->showMessage(InlineMessage::Kind::Error,
                    tr("Uploading and submitting failed: %1").arg(error.message()));
            updateBusy();
            updateActions();
        });
    m_submission->start();
    updateBusy();
    updateActions();
}

void AmlSubmitPage::onUploadProgress(const TransferProgress &progress)
{
    m_ui->uploadBar->setMaximum(1000);
    m_ui->uploadBar->setValue(
        progress.bytesTotal > 0 ? int(progress.bytesDone * 1000 / progress.bytesTotal) : 0);
    m_ui->uploadLabel->setText(uploadText(progress));
}

void AmlSubmitPage::reattachFromState()
{
    const QString id = state()->jobId();
    if (id.isEmpty() || m_submission || (m_record && m_record->jobId == id)
        || !state()->workspaceSession().isSignedIn())
        return;
    const std::optional<JobRecord> record = JobJournal().find(id);
    if (!record || record->kind != JobKind::AzureMl)
        return;
    const QUrl workspace = WorkspaceTarget::fromProfile(state()->profile()).workspaceUrl();
    if (record->batchUrl.adjusted(QUrl::StripTrailingSlash)
            .toString()
            .compare(workspace.adjusted(QUrl::StripTrailingSlash).toString(), Qt::CaseInsensitive)
        != 0) {
        m_ui->jobMessage->showMessage(InlineMessage::Kind::Error,
            tr("Job %1 was submitted to workspace %2, and profile '%3' points at %4: choose its profile on "
               "the "
               "Credentials step to follow it.")
                .arg(id, record->batchUrl.toString(), state()->profile().name, workspace.toString()));
        return;
    }
    m_ui->jobMessage->clear();
    m_ui->timelineList->clear();
    m_lastStatus.clear();
    addTimeline(tr("Re-attached to job %1 (submitted %2)")
                    .arg(id, QLocale().toString(record->submitted.toLocalTime(), QLocale::ShortFormat)));
    // The file the job was submitted with (not checked again until it is edited).
    if (m_ui->fileEdit->text().isEmpty())
        m_ui->fileEdit->setText(QDir::toNativeSeparators(record->inputFile));
    follow(*record);
}

void AmlSubmitPage::follow(const JobRecord &record)
{
    m_record = record;
    if (state()->jobId() != record.jobId)
        state()->setJobId(record.jobId);
    m_monitor = std::make_unique<BesJobMonitor>(
        amlStatusFetch(state()->network(), state()->workspaceSession().armTokens(),
            WorkspaceTarget::fromProfile(state()->profile()), record.jobId),
        record.jobId);
    m_monitor->setJournalRecord(record);
    if (record.submitted.isValid())
        m_monitor->setStartedAt(record.submitted);
    m_monitor->setPollDelays(std::chrono::seconds(1), std::chrono::seconds(15));
    connect(
        m_monitor.get(), &BesJobMonitor::stateChanged, this, [this](JobState jobState, const BesJobStatus &) {
            if (m_record && !isTerminal(jobState))
                m_record->state = jobState; // a final state is taken over by onJobEnded()
        });
    connect(m_monitor.get(), &BesJobMonitor::polled, this, &AmlSubmitPage::onPolled);
    connect(
        m_monitor.get(), &BesJobMonitor::connectionProblem, this, [this](const Error &error, int failures) {
            m_ui->jobMessage->showMessage(InlineMessage::Kind::Warning,
                tr("The workspace cannot be reached (%n time(s) in a row); still trying. %1", nullptr,
                    failures)
                    .arg(error.message()));
        });
    connect(m_monitor.get(), &BesJobMonitor::connectionRestored, this, [this] { m_ui->jobMessage->clear(); });
    connect(m_monitor.get(), &BesJobMonitor::journalError, this,
        [this](const Error &e) { m_ui->jobMessage->showMessage(InlineMessage::Kind::Warning, e.message()); });
    connect(m_monitor.get(), &BesJobMonitor::finished, this, &AmlSubmitPage::onJobEnded);
    m_monitor->start();
    m_elapsedTimer.start();
    updateElapsed();
    updateBusy();
    updateActions();
}

void AmlSubmitPage::onPolled()
{
    const QString status = m_monitor->lastStatus().statusText;
    if (!status.isEmpty() && status != m_lastStatus) {
        m_lastStatus = status;
        addTimeline(tr("Job status: %1").arg(status));
    }
    updateElapsed();
}

void AmlSubmitPage::onJobEnded(const BesJobStatus &status, const Error &error)
{
    m_elapsedTimer.stop();
    if (error) {
        m_ui->jobMessage->showMessage(InlineMessage::Kind::Error,
            tr("Following job %1 stopped: %2").arg(m_monitor->jobId(), error.message()));
    } else {
        if (!status.statusText.isEmpty() && status.statusText != m_lastStatus) {
            m_lastStatus = status.statusText;
            addTimeline(tr("Job status: %1").arg(status.statusText));
        }
        m_record = m_monitor->record();
        m_record->state = status.state;
        if (m_record->details.isEmpty())
            m_record->details = status.details;
        updateElapsed();
        m_ui->jobMessage->showMessage(jobEndKind(status.state), jobEndText(*m_record));
    }
    updateBusy();
    updateActions();
    Q_EMIT completeChanged();
}

void AmlSubmitPage::cancel()
{
    if (m_submission) {
        addTimeline(tr("Cancelling the upload…"));
        m_submission->cancel();
        return;
    }
    if (!m_monitor || m_monitor->isFinished() || m_cancel)
        return;
    const QString name = m_monitor->jobId();
    addTimeline(tr("Cancelling job %1…").arg(name));
    m_cancel = std::make_unique<WorkspaceWriteJob>(state()->network(),
        state()->workspaceSession().armTokens(), WorkspaceTarget::fromProfile(state()->profile()), "POST",
        QStringLiteral("/jobs/") + name + QStringLiteral("/cancel"), QJsonObject {},
        tr("cancelling job %1").arg(name));
    connect(
        m_cancel.get(), &WorkspaceWriteJob::finished, this, [this](const WriteResult &, const Error &error) {
            m_cancel.release()->deleteLater();
            if (error)
                m_ui->jobMessage->showMessage(
                    InlineMessage::Kind::Error, tr("Cancelling the job failed: %1").arg(error.message()));
            updateBusy();
            updateActions(); // the monitor sees the Canceled status on a next poll
        });
    m_cancel->start();
    updateBusy();
    updateActions();
}

void AmlSubmitPage::addTimeline(const QString &text)
{
    auto *item = new QListWidgetItem(timelineEntry(QTime::currentTime(), text), m_ui->timelineList);
    item->setData(Qt::AccessibleTextRole, text);
    m_ui->timelineList->scrollToItem(item);
}

void AmlSubmitPage::updateElapsed()
{
    if (m_monitor)
        m_ui->elapsedLabel->setText(elapsedText(m_monitor->elapsedMs()));
}

void AmlSubmitPage::updateActions()
{
    const bool following = m_monitor && !m_monitor->isFinished();
    const bool fileReady = !m_checkedFile.isEmpty() && m_checkedFile == m_ui->fileEdit->text().trimmed();
    const bool prepared = m_model && m_model->job && m_datastore && m_training;
    m_ui->submitButton->setEnabled(!m_submission && !following && !m_check && fileReady && prepared
        && state()->workspaceSession().isSignedIn());
    m_ui->cancelButton->setEnabled(m_submission || (following && !m_cancel));
    m_ui->browseButton->setEnabled(!m_submission);
    m_ui->fileEdit->setEnabled(!m_submission);
    m_ui->jobFileButton->setEnabled(m_model && !m_submission && !following);
    if (!m_submission)
        m_ui->uploadBar->setVisible(m_ui->uploadBar->value() > 0);
}

} // namespace mlr::gui
