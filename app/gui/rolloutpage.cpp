// The Update step of an `azureml` profile: construction, the endpoint's deployments and
// traffic, the job's gate, the state of the buttons.
#include "rolloutpage.h"

#include "azureml/amlsteps.h"
#include "azureml/retirejob.h"
#include "azureml/rollbackjob.h"
#include "deploymentsmodel.h"
#include "ui_rolloutpage.h"
#include "wizardstate.h"
#include "workspacesession.h"

#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QTime>

namespace mlr::gui {

using namespace mlr::azureml;

RolloutPage::RolloutPage(WizardState *state, QWidget *parent)
    : WizardPage(state, parent)
    , m_ui(std::make_unique<Ui::RolloutPage>())
    , m_model(new DeploymentsModel(this))
{
    m_ui->setupUi(this);
    setTitle(tr("Update"));
    setSubTitle(tr("Roll the retrained model out on the online endpoint, in stages."));
    m_ui->deploymentsView->setModel(m_model);
    m_ui->deploymentsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ui->deploymentsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->deploymentsView->verticalHeader()->hide();
    m_ui->deploymentsView->horizontalHeader()->setStretchLastSection(true);
    m_ui->smokeTable->setColumnCount(4);
    m_ui->smokeTable->setHorizontalHeaderLabels({ tr("Row"), tr("Current"), tr("New"), tr("Changed") });
    m_ui->smokeTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ui->smokeTable->verticalHeader()->hide();
    m_ui->smokeTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->stageBox->hide();
    m_ui->overrideGateCheck->hide();
    m_ui->commandsText->hide();
    m_ui->jobLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    connect(m_ui->reloadButton, &QPushButton::clicked, this, &RolloutPage::readEndpoint);
    connect(m_ui->deployButton, &QPushButton::clicked, this, &RolloutPage::deploy);
    connect(m_ui->continueButton, &QPushButton::clicked, this, [this] {
        m_ui->stageBox->hide();
        if (m_rollout)
            m_rollout->continueStage();
    });
    connect(m_ui->stopButton, &QPushButton::clicked, this, [this] {
        m_ui->stageBox->hide();
        if (m_rollout)
            m_rollout->stop();
    });
    connect(m_ui->stagesEdit, &QLineEdit::textEdited, m_ui->stagesMessage, &InlineMessage::clear);
    connect(m_ui->rollbackButton, &QPushButton::clicked, this, &RolloutPage::rollback);
    connect(m_ui->retireButton, &QPushButton::clicked, this, [this] { retire(false); });
    connect(m_ui->retireMessage, &InlineMessage::actionTriggered, this, [this] { retire(true); });
    connect(m_ui->commandsButton, &QPushButton::toggled, this, &RolloutPage::toggleCommands);
    connect(m_ui->reportButton, &QPushButton::clicked, this, &RolloutPage::openReportDialog);
    // The jobs hold the session's token provider, which a new sign-in (or a sign-out) deletes
    // right after this signal: they stop here, and the endpoint is read again.
    connect(
        &state->workspaceSession(), &WorkspaceSession::signedInChanged, this, &RolloutPage::onSignInChanged);
    updateButtons();
}

RolloutPage::~RolloutPage() = default;

bool RolloutPage::isBusy() const
{
    return m_busy;
}

void RolloutPage::setWorking(bool working)
{
    const bool busy = working || running() || m_reading || m_writingReport;
    updateButtons();
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

QString RolloutPage::backupDirectory() const
{
    return m_backupDirectory.isEmpty() ? history::HistoryStore().directory() + QStringLiteral("/backups")
                                       : m_backupDirectory;
}

void RolloutPage::setTimings(std::chrono::milliseconds pollFirst, std::chrono::milliseconds pollMax,
    int readAttempts, std::chrono::milliseconds readDelay)
{
    m_pollFirst = pollFirst;
    m_pollMax = pollMax;
    m_readAttempts = readAttempts;
    m_readDelay = readDelay;
}

WorkspaceTarget RolloutPage::target() const
{
    return WorkspaceTarget::fromProfile(state()->profile());
}

arm::TokenProvider *RolloutPage::tokens() const
{
    return state()->workspaceSession().armTokens();
}

void RolloutPage::initializePage()
{
    const QString job = state()->jobId();
    m_ui->jobLabel->setText(job.isEmpty()
            ? tr("No retraining job yet: submit one on the Submit step first.")
            : tr("Roll out the model of job %1 on endpoint %2.").arg(job, state()->profile().endpoint));
    checkGate();
    refreshBackups();
    readEndpoint();
}

void RolloutPage::checkGate()
{
    m_gateFailed = false;
    m_gateSummary.clear();
    m_ui->gateMessage->clear();
    const QString job = state()->jobId();
    const auto evaluation = job.isEmpty() ? std::nullopt : history::HistoryStore().lastEvaluation(job);
    if (!evaluation) {
        if (!job.isEmpty())
            m_ui->gateMessage->showMessage(InlineMessage::Kind::Information,
                tr("Job %1 was not evaluated: the roll-out goes on without a gate verdict.").arg(job));
    } else {
        m_gateSummary = evaluation->summary;
        m_gateFailed = !evaluation->details.value(QStringLiteral("passed")).toBool();
        m_ui->gateMessage->showMessage(
            m_gateFailed ? InlineMessage::Kind::Warning : InlineMessage::Kind::Positive,
            tr("Evaluation of job %1: %2").arg(job, m_gateSummary)); // the summary gives the verdict
    }
    m_ui->overrideGateCheck->setVisible(m_gateFailed);
    m_ui->overrideGateCheck->setChecked(false);
}

void RolloutPage::refreshBackups()
{
    const QString current = m_ui->backupCombo->currentData().toString();
    m_ui->backupCombo->clear();
    if (m_lastRollout && m_lastRollout->rollback.isValid())
        m_ui->backupCombo->addItem(
            tr("The last roll-out: %1").arg(describeTraffic(m_lastRollout->rollback.traffic)), QString());
    const QString endpoint = state()->profile().endpoint;
    if (!endpoint.isEmpty()) {
        for (const QString &file : listRolloutBackups(backupDirectory(), endpoint))
            m_ui->backupCombo->addItem(tr("Backup %1").arg(QFileInfo(file).fileName()), file);
    }
    const int keep = m_ui->backupCombo->findData(current);
    if (keep > 0)
        m_ui->backupCombo->setCurrentIndex(keep);
    updateButtons();
}

void RolloutPage::readEndpoint()
{
    const QString endpoint = state()->profile().endpoint;
    if (!tokens() || endpoint.isEmpty()) {
        m_ui->actionMessage->showMessage(InlineMessage::Kind::Error,
            tr("Sign in to the workspace and choose an online endpoint on the Credentials step first."));
        return;
    }
    m_reader = std::make_unique<WorkspaceSteps>(this, state()->network(), tokens(), target());
    m_reader->setRetryPolicy(RetryPolicy { 3, m_pollFirst / 4, m_pollMax });
    m_reading = true;
    setWorking(true);
    m_reader->readEndpoint(endpoint, [this](const EndpointState &s, const Error &error) {
        m_reading = false; // m_reader stays until the next read (it is the caller of this callback)
        setWorking(running());
        if (error) {
            showEndpoint({}, {}, false);
            m_ui->actionMessage->showMessage(InlineMessage::Kind::Error, error.message());
            return;
        }
        m_endpoint = s.endpoint;
        showEndpoint(s.deployments, s.endpoint.traffic, true);
    });
}

void RolloutPage::showEndpoint(
    const QList<OnlineDeployment> &deployments, const TrafficMap &traffic, bool known)
{
    m_model->setDeployments(deployments, known ? traffic : TrafficMap {});
    m_ui->trafficBar->setTraffic(traffic, known);
    updateButtons();
}

void RolloutPage::addTimeline(const QString &text)
{
    m_ui->timeline->addItem(QTime::currentTime().toString(QStringLiteral("HH:mm:ss ")) + text);
    m_ui->timeline->scrollToBottom();
}

void RolloutPage::onSignInChanged()
{
    const bool wasRunning = running();
    m_rollout.reset();
    m_rollback.reset();
    m_retire.reset();
    m_jobReader.reset();
    m_reader.reset();
    m_reading = false;
    m_readingJob = false;
    m_ui->stageBox->hide();
    if (wasRunning)
        m_ui->actionMessage->showMessage(InlineMessage::Kind::Warning,
            tr("The Azure sign-in changed while an action ran on endpoint %1: it stopped there. Check the "
               "deployments and the traffic below before going on.")
                .arg(state()->profile().endpoint));
    setWorking(false);
    if (isVisible() && tokens())
        readEndpoint();
}

bool RolloutPage::running() const
{
    return m_rollout || m_rollback || m_retire || m_readingJob;
}

void RolloutPage::updateButtons()
{
    const bool running = this->running();
    m_ui->deployButton->setEnabled(!running && !state()->jobId().isEmpty());
    m_ui->stagesEdit->setEnabled(!running);
    m_ui->runAllCheck->setEnabled(!running);
    m_ui->rollbackButton->setEnabled(!running && m_ui->backupCombo->count() > 0);
    m_ui->backupCombo->setEnabled(!running);
    m_ui->retireButton->setEnabled(!running && m_model->rowCount() > 1);
    m_ui->reloadButton->setEnabled(!running && !m_reading);
    m_ui->reportButton->setEnabled(!m_writingReport);
}

} // namespace mlr::gui
