#include "amlsubmitpage.h"

#include "azureml/amlsubmission.h"
#include "azureml/amlwrite.h"
#include "azureml/jobfile.h"
#include "azureml/trainingschema.h"
#include "inlinemessage.h"
#include "ml/besjobmonitor.h"
#include "ml/datacheck.h"
#include "submitformat.h"
#include "ui_amlsubmitpage.h"
#include "wizardstate.h"
#include "workspacesession.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>

#include <functional>

// The Submit step of an azureml profile: the production model and the datastore. The data
// check is in amlsubmitpagedata.cpp, the job side in amlsubmitpagejob.cpp.
namespace mlr::gui {

using namespace mlr::ml;
using namespace mlr::azureml;

namespace {
// A non-modal file dialog (window-modal open(), not a nested event loop) calling `chosen`.
void chooseFile(QWidget *parent, const QString &title, const QString &from, const QString &filter,
    const std::function<void(const QString &)> &chosen)
{
    auto *dialog = new QFileDialog(parent, title, from, filter);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    QObject::connect(dialog, &QFileDialog::fileSelected, parent, chosen);
    dialog->open();
}
} // namespace

AmlSubmitPage::AmlSubmitPage(WizardState *state, QWidget *parent)
    : WizardPage(state, parent)
    , m_ui(std::make_unique<Ui::AmlSubmitPage>())
{
    m_ui->setupUi(this);
    setTitle(tr("Submit the retraining job"));
    setSubTitle(tr("Check the new training data against the production model's input, upload it and "
                   "re-run the job that trained the model on it."));
    setAcceptDrops(true);
    m_ui->uploadBar->hide();
    m_ui->problemsTree->hide();
    m_ui->jobFileButton->hide();
    m_ui->problemsTree->header()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_ui->fileEdit->setToolTip(tr("The CSV file to train on; it is checked as soon as it is chosen"));
    m_ui->browseButton->setToolTip(tr("Choose the CSV file in a file dialog (or drop it on the page)"));
    m_ui->problemsTree->setToolTip(tr("Each problem of the data, with its line and column"));
    m_ui->submitButton->setToolTip(tr("Upload the checked file and submit the retraining job"));
    m_ui->cancelButton->setToolTip(tr("Stop the upload, or cancel the running job"));
    m_ui->timelineList->setToolTip(tr("The steps of the job with their times"));
    m_elapsedTimer.setInterval(1000);
    connect(&m_elapsedTimer, &QTimer::timeout, this, &AmlSubmitPage::updateElapsed);

    connect(m_ui->browseButton, &QPushButton::clicked, this, [this] {
        chooseFile(this, tr("Choose the training data"), QFileInfo(m_ui->fileEdit->text()).path(),
            tr("CSV files (*.csv *.tsv);;All files (*)"), [this](const QString &p) { setInputFile(p); });
    });
    connect(m_ui->jobFileButton, &QPushButton::clicked, this, [this] {
        chooseFile(this, tr("Choose the job definition"), QString(),
            tr("Job definitions (*.json *.yml *.yaml);;All files (*)"),
            [this](const QString &p) { setJobFile(p); });
    });
    connect(m_ui->fileEdit, &QLineEdit::editingFinished, this, [this] {
        if (m_ui->fileEdit->text() != m_checkedFile)
            setInputFile(m_ui->fileEdit->text());
    });
    connect(m_ui->submitButton, &QPushButton::clicked, this, &AmlSubmitPage::submit);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &AmlSubmitPage::cancel);
    connect(m_ui->serviceMessage, &InlineMessage::actionTriggered, this, &AmlSubmitPage::initializePage);
    connect(state, &WizardState::jobIdChanged, this, &AmlSubmitPage::reattachFromState);
    connect(state, &WizardState::profileChanged, this, [this] {
        if (!m_submission && !m_monitor)
            resetPreparation();
    });
    // The jobs hold the session's token provider, which a new sign-in (or a sign-out) deletes
    // right after this signal: they stop here (the workspace's job goes on; it is followed
    // again with the new sign-in).
    connect(&state->workspaceSession(), &WorkspaceSession::signedInChanged, this,
        &AmlSubmitPage::onSignInChanged);
    connect(&state->workspaceSession(), &WorkspaceSession::datastoreChanged, this, [this] {
        if (!m_submission) {
            m_datastore.reset();
            m_training.reset();
        }
    });
    updateActions();
}

AmlSubmitPage::~AmlSubmitPage() = default;

void AmlSubmitPage::resetPreparation()
{
    m_production.reset();
    m_datastoreJob.reset();
    m_schema.reset();
    m_check.reset();
    m_model.reset();
    m_modelKey.clear();
    m_datastore.reset();
    m_training.reset();
    m_checkedFile.clear();
    updateBusy();
}

void AmlSubmitPage::initializePage()
{
    m_ui->serviceMessage->clear();
    const Profile &profile = state()->profile();
    if (!state()->workspaceSession().isSignedIn()) {
        m_ui->serviceMessage->showMessage(
            InlineMessage::Kind::Error, tr("Not signed in to Azure: sign in on the Credentials step first."));
    } else if (profile.endpoint.isEmpty()) {
        m_ui->serviceMessage->showMessage(InlineMessage::Kind::Error,
            tr("Profile '%1' names no online endpoint: choose it on the Credentials step.")
                .arg(profile.name));
    } else {
        const QString key = profile.name + u'\n'
            + WorkspaceTarget::fromProfile(profile).workspaceUrl().toString() + u'\n' + profile.endpoint;
        if (key != m_modelKey)
            resetPreparation();
        m_modelKey = key;
        if (!m_model)
            loadProduction();
        else if (!m_training)
            findDatastore();
    }
    reattachFromState();
    updateActions();
}

void AmlSubmitPage::cleanupPage()
{
    // Going back leaves the upload and the job running; the preparation stops.
    m_production.reset();
    m_datastoreJob.reset();
    m_schema.reset();
    m_check.reset();
    updateBusy();
    updateActions();
}

void AmlSubmitPage::onSignInChanged()
{
    const bool submitting = m_submission != nullptr;
    const bool following = m_monitor && !m_monitor->isFinished();
    m_production.reset();
    m_datastoreJob.reset();
    m_schema.reset();
    m_check.reset();
    m_cancel.reset();
    m_submission.reset();
    if (following) {
        m_monitor.reset();
        m_elapsedTimer.stop();
    }
    const bool signedIn = state()->workspaceSession().isSignedIn();
    if (submitting)
        m_ui->jobMessage->showMessage(InlineMessage::Kind::Warning,
            tr("The Azure sign-in changed during the upload and submission, which stopped there. A job "
               "already submitted is in the job journal; otherwise submit again."));
    if (following && m_record) {
        if (signedIn) {
            addTimeline(tr("Signed in again: following job %1 with the new sign-in").arg(m_record->jobId));
            follow(*m_record);
        } else {
            m_ui->jobMessage->showMessage(InlineMessage::Kind::Warning,
                tr("Signed out: job %1 goes on in the workspace; sign in to follow it again.")
                    .arg(m_record->jobId));
        }
    }
    if (isVisible())
        initializePage();
    updateBusy();
    updateActions();
}

bool AmlSubmitPage::isComplete() const
{
    return m_record && m_record->state == JobState::Finished;
}

bool AmlSubmitPage::isBusy() const
{
    return m_busy;
}

void AmlSubmitPage::updateBusy()
{
    const bool busy = m_production || m_datastoreJob || m_schema || m_check || m_submission || m_cancel
        || (m_monitor && !m_monitor->isFinished());
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

void AmlSubmitPage::showError(const QString &stage, const Error &error)
{
    m_ui->serviceMessage->showMessage(InlineMessage::Kind::Error, tr("%1: %2").arg(stage, error.message()));
    m_ui->serviceMessage->setActionText(tr("Retry"));
}

void AmlSubmitPage::loadProduction()
{
    const Profile &profile = state()->profile();
    m_ui->endpointLabel->setText(profile.endpoint);
    m_ui->deploymentLabel->setText(tr("Reading the endpoint…"));
    m_production = std::make_unique<ProductionModelJob>(state()->network(),
        state()->workspaceSession().armTokens(), WorkspaceTarget::fromProfile(profile), profile.endpoint);
    connect(m_production.get(), &ProductionModelJob::finished, this,
        [this](const ProductionModel &result, const Error &error) {
            m_production.release()->deleteLater();
            if (error) {
                m_ui->deploymentLabel->clear();
                showError(
                    tr("Finding the model in production behind endpoint %1").arg(state()->profile().endpoint),
                    error);
            } else {
                m_model = result;
                showProduction();
                if (m_model->job)
                    findDatastore();
            }
            updateBusy();
            updateActions();
        });
    m_production->start();
    updateBusy();
}

void AmlSubmitPage::showProduction()
{
    const ProductionModel &p = *m_model;
    m_ui->endpointLabel->setText(p.endpoint.name);
    m_ui->deploymentLabel->setText(tr("%1 (%2 % of the traffic)")
                                       .arg(p.deployment.name)
                                       .arg(p.endpoint.traffic.value(p.deployment.name)));
    m_ui->modelLabel->setText(tr("%1 version %2").arg(p.model.name, p.model.version));
    m_ui->jobFileButton->setVisible(p.model.jobName.isEmpty()); // also to choose another file
    if (!p.job) {
        m_ui->jobLabel->setText(tr("Model %1 version %2 names no training job, so there is no job to re-run: "
                                   "choose the job's definition (the JSON of GET jobs/{name}).")
                                    .arg(p.model.name, p.model.version));
        return;
    }
    const QString display = p.job->raw.value(QStringLiteral("properties"))
                                .toObject()
                                .value(QStringLiteral("displayName"))
                                .toString();
    const QString name = display.isEmpty() || display == p.job->name
        ? p.job->name
        : tr("%1 (“%2”)").arg(p.job->name, display);
    m_ui->jobLabel->setText(p.model.jobName.isEmpty()
            ? tr("%1, %2, from the job definition file").arg(name, p.job->status)
            : tr("%1, %2").arg(name, p.job->status));
}

void AmlSubmitPage::setJobFile(const QString &path)
{
    if (!m_model || m_submission)
        return;
    Error error;
    const std::optional<Job> job
        = readJobFile(path, &error, WorkspaceTarget::fromProfile(state()->profile()).resourceId());
    if (!job) {
        showError(tr("Reading the job definition"), error);
        m_ui->serviceMessage->setActionText({});
        return;
    }
    m_ui->serviceMessage->clear();
    m_model->job = job;
    m_training.reset();
    m_checkedFile.clear();
    showProduction();
    findDatastore();
    updateActions();
}

void AmlSubmitPage::findDatastore()
{
    if (m_datastore)
        return readSchema();
    if (const auto &chosen = state()->workspaceSession().datastore()) {
        m_datastore = chosen;
        return readSchema();
    }
    m_datastoreJob = std::make_unique<DatastoreAccessJob>(state()->network(),
        state()->workspaceSession().armTokens(), WorkspaceTarget::fromProfile(state()->profile()));
    connect(m_datastoreJob.get(), &DatastoreAccessJob::finished, this,
        [this](const DatastoreAccess &access, const Error &error) {
            m_datastoreJob.release()->deleteLater();
            if (error)
                showError(tr("Finding the workspace's default datastore"), error);
            else {
                m_datastore = access;
                readSchema();
            }
            updateBusy();
            updateActions();
        });
    m_datastoreJob->start();
    updateBusy();
}

} // namespace mlr::gui
