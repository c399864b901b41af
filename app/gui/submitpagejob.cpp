#include "inlinemessage.h"
#include "ml/besjobmonitor.h"
#include "ml/besjobs.h"
#include "ml/retrainsubmission.h"
#include "submitformat.h"
#include "submitpage.h"
#include "ui_submitpage.h"
#include "wizardstate.h"

#include <QDir>

// The Submit page's job: upload and submission (RetrainSubmission), following the job
// (BesJobMonitor, also one re-attached from the journal), its timeline, and cancelling.
namespace mlr::gui {

using namespace mlr::ml;

void SubmitPage::submit()
{
    m_ui->jobMessage->clear();
    if (!state()->storageAccount()) {
        m_ui->jobMessage->showMessage(
            InlineMessage::Kind::Error, tr("Connect to the storage account on the Storage step first."));
        return;
    }
    const QString container
        = state()->container().isEmpty() ? state()->profile().container : state()->container();
    if (container.isEmpty()) {
        m_ui->jobMessage->showMessage(
            InlineMessage::Kind::Error, tr("Choose a container on the Storage step first."));
        return;
    }
    Error error;
    const std::optional<BesEndpoint> endpoint
        = BesEndpoint::fromUrl(state()->profile().trainingBatchUrl, m_trainingKey, &error);
    if (!endpoint) {
        m_ui->jobMessage->showMessage(InlineMessage::Kind::Error, error.message());
        return;
    }
    SubmissionRequest request;
    request.profile = state()->profile().name;
    request.serviceName = state()->profile().trainingServiceName.isEmpty()
        ? m_swagger->title
        : state()->profile().trainingServiceName;
    request.endpoint = *endpoint;
    request.storage = *state()->storageAccount();
    request.container = container;
    request.swagger = *m_swagger;
    request.inputFile = m_checkedFile;
    request.parameters = parameterValues();
    request.references.useConnectionString = m_ui->connectionStringCheck->isChecked();

    m_record.reset();
    m_monitor.reset();
    m_ui->timelineList->clear();
    m_ui->elapsedLabel->clear();
    m_ui->uploadBar->setValue(0);
    m_ui->uploadBar->show();
    m_submission = std::make_unique<RetrainSubmission>(state()->network(), request);
    connect(
        m_submission.get(), &RetrainSubmission::stageChanged, this, [this](RetrainSubmission::Stage stage) {
            const QString text = stageText(stage);
            if (!text.isEmpty())
                addTimeline(text);
        });
    connect(m_submission.get(), &RetrainSubmission::uploadProgress, this, &SubmitPage::onUploadProgress);
    connect(m_submission.get(), &RetrainSubmission::jobCreated, this, [this](const QString &jobId) {
        addTimeline(tr("Job %1 created").arg(jobId));
        state()->setJobId(jobId);
    });
    connect(m_submission.get(), &RetrainSubmission::warning, this,
        [this](const QString &text) { m_ui->jobMessage->showMessage(InlineMessage::Kind::Warning, text); });
    connect(m_submission.get(), &RetrainSubmission::finished, this,
        [this](const JobRecord &record, const Error &error) {
            m_submission.release()->deleteLater();
            if (error) {
                setBusy(false);
                if (!record.jobId.isEmpty())
                    m_record = record;
                addTimeline(error.isCancelled() ? tr("Cancelled") : tr("Failed"));
                m_ui->jobMessage->showMessage(
                    error.isCancelled() ? InlineMessage::Kind::Information : InlineMessage::Kind::Error,
                    error.isCancelled() ? tr("Cancelled: nothing is running.") : error.message());
                updateActions();
                return;
            }
            follow(record);
        });
    setBusy(true);
    m_submission->start();
    updateActions();
}

void SubmitPage::onUploadProgress(const TransferProgress &progress)
{
    m_ui->uploadBar->setMaximum(1000);
    m_ui->uploadBar->setValue(
        progress.bytesTotal > 0 ? int(progress.bytesDone * 1000 / progress.bytesTotal) : 0);
    m_ui->uploadLabel->setText(uploadText(progress));
}

void SubmitPage::reattachFromState()
{
    const QString id = state()->jobId();
    if (id.isEmpty() || m_submission || (m_record && m_record->jobId == id) || m_trainingKey.isEmpty())
        return;
    const std::optional<JobRecord> record = JobJournal().find(id);
    if (!record)
        return;
    m_ui->timelineList->clear();
    addTimeline(tr("Re-attached to job %1 (submitted %2)")
                    .arg(id, QLocale().toString(record->submitted.toLocalTime(), QLocale::ShortFormat)));
    // The file the job was submitted with (not checked again until it is edited).
    if (m_ui->fileEdit->text().isEmpty())
        m_ui->fileEdit->setText(QDir::toNativeSeparators(record->inputFile));
    follow(*record);
}

void SubmitPage::follow(const JobRecord &record)
{
    m_record = record;
    if (state()->jobId() != record.jobId)
        state()->setJobId(record.jobId);
    Error error;
    const std::optional<BesEndpoint> endpoint = BesEndpoint::fromUrl(record.batchUrl, m_trainingKey, &error);
    if (!endpoint) {
        m_ui->jobMessage->showMessage(InlineMessage::Kind::Error, error.message());
        setBusy(false);
        updateActions();
        return;
    }
    m_monitor = std::make_unique<BesJobMonitor>(state()->network(), *endpoint, record.jobId);
    m_monitor->setJournalRecord(record);
    connect(m_monitor.get(), &BesJobMonitor::stateChanged, this, &SubmitPage::onStateChanged);
    connect(
        m_monitor.get(), &BesJobMonitor::connectionProblem, this, [this](const Error &error, int failures) {
            m_ui->jobMessage->showMessage(InlineMessage::Kind::Warning,
                tr("The service cannot be reached (%n time(s) in a row); still trying. %1", nullptr, failures)
                    .arg(error.message()));
        });
    connect(m_monitor.get(), &BesJobMonitor::connectionRestored, this, [this] { m_ui->jobMessage->clear(); });
    connect(m_monitor.get(), &BesJobMonitor::journalError, this,
        [this](const Error &e) { m_ui->jobMessage->showMessage(InlineMessage::Kind::Warning, e.message()); });
    connect(m_monitor.get(), &BesJobMonitor::finished, this, &SubmitPage::onJobEnded);
    setBusy(true);
    m_monitor->start();
    m_elapsedTimer.start();
    updateElapsed();
    updateActions();
}

void SubmitPage::onStateChanged(JobState jobState, const BesJobStatus &)
{
    // A final state is taken over by onJobEnded(), once the monitor is done.
    if (m_record && !isTerminal(jobState)) {
        m_record->state = jobState;
        if (jobState == JobState::Running && !m_record->started.isValid())
            m_record->started = m_monitor->record().started;
    }
    addTimeline(tr("Job %1").arg(jobStateText(jobState)));
    updateElapsed();
}

void SubmitPage::onJobEnded(const BesJobStatus &status, const Error &error)
{
    m_elapsedTimer.stop();
    setBusy(false);
    if (error) {
        m_ui->jobMessage->showMessage(InlineMessage::Kind::Error, error.message());
    } else {
        m_record = m_monitor->record();
        m_record->state = status.state;
        updateElapsed();
        m_ui->jobMessage->showMessage(jobEndKind(status.state), jobEndText(*m_record));
    }
    updateActions();
    Q_EMIT completeChanged();
}

void SubmitPage::cancel()
{
    if (m_submission) {
        addTimeline(tr("Cancelling…"));
        m_submission->cancel();
        return;
    }
    if (!m_monitor || m_monitor->isFinished() || m_cancel)
        return;
    Error error;
    const std::optional<BesEndpoint> endpoint
        = BesEndpoint::fromUrl(m_record->batchUrl, m_trainingKey, &error);
    if (!endpoint)
        return;
    addTimeline(tr("Cancelling…"));
    m_cancel = std::make_unique<BesCancelJob>(state()->network(), *endpoint, m_record->jobId);
    connect(m_cancel.get(), &BesCancelJob::finished, this, [this](const Error &error) {
        m_cancel.release()->deleteLater();
        if (error)
            m_ui->jobMessage->showMessage(InlineMessage::Kind::Error, error.message());
        updateActions(); // the monitor sees the Cancelled state on its next poll
    });
    m_cancel->start();
    updateActions();
}

void SubmitPage::addTimeline(const QString &text)
{
    auto *item = new QListWidgetItem(timelineEntry(QTime::currentTime(), text), m_ui->timelineList);
    item->setData(Qt::AccessibleTextRole, text);
    m_ui->timelineList->scrollToItem(item);
}

void SubmitPage::updateElapsed()
{
    if (!m_monitor)
        return;
    m_ui->elapsedLabel->setText(elapsedText(m_monitor->elapsedMs()));
}

} // namespace mlr::gui
