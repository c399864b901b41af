#include "updatepage.h"

#include "arm/armjobs.h"
#include "arm/commands.h"
#include "arm/definition.h"
#include "arm/signin.h"
#include "arm/tokenprovider.h"
#include "secretbundlejob.h"
#include "ui_updatepage.h"
#include "wizardstate.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonObject>
#include <QLocale>
#include <QPushButton>
#include <QTime>

namespace mlr::gui {

namespace {

enum SignInMethod
{
    ClientSecretMethod = 0,
    DeviceCodeMethod = 1
};

QString resultText(const arm::ModelUpdateResult &r, bool rollback)
{
    switch (r.state) {
    case arm::ServiceState::Updated:
        return rollback
            ? UpdatePage::tr("Rolled back: the service reads back %1.").arg(r.verifiedUri)
            : UpdatePage::tr("Updated: the service reads back the new model %1.").arg(r.verifiedUri);
    case arm::ServiceState::NotApplied:
        return UpdatePage::tr("Not applied: Azure reported success, but the service still reads back %1. %2")
            .arg(r.verifiedUri, r.stateText);
    default:
        return r.stateText;
    }
}

} // namespace

UpdatePage::UpdatePage(WizardState *state, QWidget *parent)
    : WizardPage(state, parent)
    , m_ui(std::make_unique<Ui::UpdatePage>())
    , m_backupDir(QDir(ml::JobJournal().directory()).filePath(QStringLiteral("backups")))
{
    m_ui->setupUi(this);
    setTitle(tr("Update the predictive web service"));
    setSubTitle(tr("Point the predictive web service at the new trained model, check that it took effect, "
                   "and keep a way back."));
    m_ui->commandsTabs->setVisible(false);
    m_ui->overrideCheck->setVisible(false);

    connect(m_ui->methodCombo, &QComboBox::currentIndexChanged, this, [this] { updateActions(); });
    connect(m_ui->secretEdit, &QLineEdit::textChanged, this, [this] { updateActions(); });
    connect(m_ui->signInButton, &QPushButton::clicked, this, &UpdatePage::signIn);
    connect(m_ui->cancelSignInButton, &QPushButton::clicked, this, &UpdatePage::cancelSignIn);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &UpdatePage::listServices);
    connect(m_ui->serviceCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_planned.reset();
        refreshBackups();
        planUpdate();
    });
    connect(m_ui->confirmCheck, &QCheckBox::toggled, this, [this] { updateActions(); });
    connect(m_ui->overrideCheck, &QCheckBox::toggled, this, [this] { updateActions(); });
    connect(m_ui->updateButton, &QPushButton::clicked, this, [this] { startUpdate(m_newUri, false); });
    connect(m_ui->cancelUpdateButton, &QPushButton::clicked, this, &UpdatePage::cancelUpdate);
    connect(m_ui->backupCombo, &QComboBox::currentIndexChanged, this, [this] { updateActions(); });
    connect(m_ui->rollbackButton, &QPushButton::clicked, this, [this] {
        Error error;
        const QString file = m_ui->backupCombo->currentData().toString();
        const QString uri = arm::backupModelUri(file, m_planned ? m_planned->assetId : QString(), &error);
        if (error) {
            m_ui->resultMessage->showMessage(InlineMessage::Kind::Error, error.message());
            return;
        }
        startUpdate(uri, true);
    });
    connect(m_ui->reportButton, &QPushButton::clicked, this, &UpdatePage::openReportDialog);
    connect(m_ui->commandsButton, &QPushButton::clicked, this, [this] {
        const bool show = !m_ui->commandsTabs->isVisible();
        if (show)
            showCommands();
        m_ui->commandsTabs->setVisible(show);
        m_ui->commandsButton->setText(show ? tr("Hide &commands") : tr("Show &commands"));
    });
    // Another job (the Submit step re-attached or submitted again): its model is the new one.
    connect(state, &WizardState::jobIdChanged, this, [this] {
        loadJob();
        planUpdate();
    });
    updateActions();
}

UpdatePage::~UpdatePage() = default;

void UpdatePage::setBackupDirectory(const QString &directory)
{
    m_backupDir = directory;
    refreshBackups();
}

void UpdatePage::setPollInterval(std::chrono::milliseconds first, std::chrono::milliseconds max)
{
    m_pollFirst = first;
    m_pollMax = max;
}

bool UpdatePage::isBusy() const
{
    return m_busy || m_writingReport;
}

bool UpdatePage::isSignedIn() const
{
    return m_tokens && !m_tokens->current().isNull();
}

void UpdatePage::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

void UpdatePage::initializePage()
{
    loadJob();
    if (!m_tokens || m_tokens->settings().clientId != signInSettings().clientId)
        readSecret();
    refreshBackups();
    refreshHistory();
    updateActions();
}

void UpdatePage::cleanupPage()
{
    // Going back: stop what only waits (sign-in, listing, plan); an update in flight is
    // never abandoned silently, so it keeps running until it ends.
    m_signIn.reset();
    m_list.reset();
    m_plan.reset();
    m_secretRead.reset();
    m_resume.reset();
    if (m_reportDialog)
        m_reportDialog->close();
    setBusy(bool(m_update) || bool(m_smoke));
    updateActions();
}

arm::SignInSettings UpdatePage::signInSettings() const
{
    const Profile &p = state()->profile();
    arm::SignInSettings s;
    if (p.loginUrl.isValid() && !p.loginUrl.isEmpty())
        s.loginUrl = p.loginUrl;
    s.tenantId = p.tenantId;
    s.clientId = p.clientId;
    return s;
}

arm::ArmTarget UpdatePage::target() const
{
    const Profile &p = state()->profile();
    arm::ArmTarget t;
    if (p.armUrl.isValid() && !p.armUrl.isEmpty())
        t.armUrl = p.armUrl;
    t.subscriptionId = p.subscriptionId;
    t.resourceGroup = p.resourceGroup;
    return t;
}

QString UpdatePage::serviceName() const
{
    return m_ui->serviceCombo->currentData().toString();
}

void UpdatePage::readSecret()
{
    if (!state()->secrets())
        return;
    m_secretRead.reset(SecretBundleJob::read(state()->secrets(), state()->profile().name,
        { SecretKind::ArmClientSecret, SecretKind::PredictiveApiKey, SecretKind::ArmRefreshToken }, nullptr));
    connect(m_secretRead.get(), &SecretBundleJob::finished, this,
        [this](const QMap<SecretKind, QString> &values, const Error &) {
            QString secret = values.value(SecretKind::ArmClientSecret);
            // As Azure Identity does: AZURE_TENANT_ID / AZURE_CLIENT_ID / AZURE_CLIENT_SECRET,
            // when they name the profile's application.
            const auto environment = arm::credentialFromEnvironment();
            if (secret.isEmpty() && environment
                && environment->settings.clientId == signInSettings().clientId)
                secret = environment->clientSecret;
            m_predictiveKey = values.value(SecretKind::PredictiveApiKey);
            if (!secret.isEmpty() && m_ui->secretEdit->text().isEmpty()) {
                m_ui->secretEdit->setText(secret);
                m_ui->secretEdit->setPlaceholderText(tr("From the keychain"));
            }
            m_secretRead.release()->deleteLater();
            const QString refresh = values.value(SecretKind::ArmRefreshToken);
            if (!refresh.isEmpty() && !m_tokens && !m_signIn)
                resumeSignIn(refresh);
            updateActions();
        });
    m_secretRead->start();
}

void UpdatePage::loadJob()
{
    m_job.reset();
    m_newUri.clear();
    const QString id = state()->jobId();
    if (!id.isEmpty())
        m_job = ml::JobJournal().find(id);
    if (!m_job) {
        m_ui->modelLabel->setText(id.isEmpty() ? tr("No retraining job yet: submit one on the Submit step.")
                                               : tr("Job %1 is not in the job journal.").arg(id));
    } else if (m_job->state != ml::JobState::Finished
        || m_job->outputFor(QStringLiteral("model")).isEmpty()) {
        m_ui->modelLabel->setText(tr("Job %1 has no trained model (it has not finished).").arg(id));
    } else {
        m_newUri = arm::modelUriFromBlobUrl(m_job->outputFor(QStringLiteral("model"))).toString();
        m_ui->modelLabel->setText(tr("New trained model (job %1): %2").arg(id, m_newUri));
    }
    loadGate();
}

void UpdatePage::listServices()
{
    if (!m_tokens)
        return;
    const arm::ArmTarget t = target();
    const auto scope = t.resourceGroup.isEmpty() ? arm::WebServiceListJob::Scope::Subscription
                                                 : arm::WebServiceListJob::Scope::ResourceGroup;
    m_list = std::make_unique<arm::WebServiceListJob>(state()->network(), m_tokens.get(), t, scope);
    m_list->setRetryPolicy(m_policy);
    connect(m_list.get(), &arm::WebServiceListJob::finished, this, &UpdatePage::onServicesListed);
    m_ui->serviceMessage->showMessage(InlineMessage::Kind::Information, tr("Listing the web services…"));
    setBusy(true);
    m_list->start();
    updateActions();
}

void UpdatePage::onServicesListed(const QList<arm::WebServiceSummary> &services, const Error &error)
{
    m_list.release()->deleteLater();
    setBusy(false);
    if (error) {
        m_ui->serviceMessage->showMessage(
            InlineMessage::Kind::Error, tr("Could not list the web services: %1").arg(error.message()));
        updateActions();
        return;
    }
    const QString wanted = serviceName().isEmpty() ? state()->profile().predictiveServiceName : serviceName();
    {
        const QSignalBlocker blocker(m_ui->serviceCombo);
        m_ui->serviceCombo->clear();
        for (const arm::WebServiceSummary &s : services) {
            const QString text
                = s.title.isEmpty() || s.title == s.name ? s.name : tr("%1 (%2)").arg(s.name, s.title);
            m_ui->serviceCombo->addItem(text, s.name);
        }
        const int index = m_ui->serviceCombo->findData(wanted);
        m_ui->serviceCombo->setCurrentIndex(
            index); // none when the profile's service is missing: the user chooses
    }
    if (services.isEmpty())
        m_ui->serviceMessage->showMessage(InlineMessage::Kind::Warning,
            tr("No web services in this subscription and resource group. Deploy the predictive service "
               "first."));
    else if (!wanted.isEmpty() && m_ui->serviceCombo->findData(wanted) < 0)
        m_ui->serviceMessage->showMessage(InlineMessage::Kind::Warning,
            tr("The profile's predictive service %1 is not in the list: choose the service to update.")
                .arg(wanted));
    else
        m_ui->serviceMessage->clear();
    m_planned.reset();
    refreshBackups();
    planUpdate();
}

void UpdatePage::planUpdate()
{
    m_plan.reset();
    m_ui->guardMessage->clear();
    m_ui->diffView->clear();
    m_ui->confirmCheck->setChecked(false);
    if (!m_tokens || serviceName().isEmpty() || m_newUri.isEmpty()) {
        updateActions();
        return;
    }
    arm::ModelUpdateRequest request;
    request.serviceName = serviceName();
    request.modelUri = QUrl(m_newUri);
    request.backupDirectory = m_backupDir;
    request.planOnly = true;
    m_plan = std::make_unique<arm::ModelUpdateJob>(state()->network(), m_tokens.get(), target(), request);
    m_plan->setRetryPolicy(m_policy);
    connect(m_plan.get(), &arm::ModelUpdateJob::finished, this, &UpdatePage::onPlanned);
    m_ui->guardMessage->showMessage(
        InlineMessage::Kind::Information, tr("Checking %1…").arg(request.serviceName));
    setBusy(true);
    m_plan->start();
    updateActions();
}

void UpdatePage::onPlanned(const arm::ModelUpdateResult &result, const Error &error)
{
    m_plan.release()->deleteLater();
    setBusy(bool(m_update) || bool(m_smoke));
    m_planned = result;
    const arm::UpdateGuard &g = result.guard;
    if (error && g.refusals.isEmpty()) {
        m_ui->guardMessage->showMessage(InlineMessage::Kind::Error, error.message());
    } else if (!g.isAllowed()) {
        m_ui->guardMessage->showMessage(InlineMessage::Kind::Error,
            tr("%1 cannot be updated: %2").arg(result.serviceName, g.refusals.join(QStringLiteral(" "))));
    } else if (!g.warnings.isEmpty()) {
        m_ui->guardMessage->showMessage(InlineMessage::Kind::Warning,
            tr("Check before you update: %1").arg(g.warnings.join(QStringLiteral(" "))));
    } else {
        m_ui->guardMessage->showMessage(InlineMessage::Kind::Positive,
            tr("%1 can be updated: its trained model asset %2 will point at the new model.")
                .arg(result.serviceName, result.assetName.isEmpty() ? result.assetId : result.assetName));
    }
    m_ui->diffView->setPlainText(
        result.diff.isEmpty() && !g.isAllowed() ? QString() : arm::formatDiff(result.diff));
    if (m_ui->commandsTabs->isVisible())
        showCommands();
    updateActions();
}

void UpdatePage::startUpdate(const QString &uri, bool rollback)
{
    if (!m_tokens || serviceName().isEmpty() || uri.isEmpty() || m_update || m_smoke)
        return;
    m_rollingBack = rollback;
    m_pendingUri = uri;
    m_smokeBefore.reset();
    m_ui->timelineList->clear();
    m_ui->resultMessage->clear();
    m_ui->smokeMessage->clear();
    addTimeline(rollback ? tr("Rolling %1 back to %2").arg(serviceName(), uri)
                         : tr("Updating %1 to %2").arg(serviceName(), uri));
    setBusy(true);
    if (canSmokeTest())
        smokeTest(false); // then runUpdateJob()
    else
        runUpdateJob();
    updateActions();
}

void UpdatePage::runUpdateJob()
{
    arm::ModelUpdateRequest request;
    request.serviceName = serviceName();
    request.modelUri = QUrl(m_pendingUri);
    request.assetId = m_planned ? m_planned->assetId : QString();
    request.backupDirectory = m_backupDir;
    m_update = std::make_unique<arm::ModelUpdateJob>(state()->network(), m_tokens.get(), target(), request);
    m_update->setPollInterval(m_pollFirst, m_pollMax);
    m_update->setRetryPolicy(m_policy);
    connect(m_update.get(), &arm::ModelUpdateJob::stepChanged, this,
        [this](arm::ModelUpdateJob::Step, const QString &text) { addTimeline(text); });
    connect(m_update.get(), &arm::ModelUpdateJob::backedUp, this, [this](const QString &file) {
        addTimeline(tr("Backed up to %1").arg(QDir::toNativeSeparators(file)));
    });
    connect(m_update.get(), &arm::ModelUpdateJob::operationProgress, this,
        [this](const QString &status, double p) {
            addTimeline(p >= 0 ? tr("Operation: %1 (%2 %)").arg(status).arg(qRound(p * 100))
                               : tr("Operation: %1").arg(status));
        });
    connect(m_update.get(), &arm::ModelUpdateJob::finished, this, &UpdatePage::onUpdated);
    m_update->start();
    updateActions();
}

void UpdatePage::cancelUpdate()
{
    if (!m_update && !m_smoke)
        return;
    m_update.reset();
    m_smoke.reset();
    m_pendingResult.reset();
    addTimeline(tr("Stopped following the update."));
    m_ui->resultMessage->showMessage(InlineMessage::Kind::Warning,
        tr("Stopped following the update of %1: the change may or may not have been applied. "
           "Check the service before you try again.")
            .arg(serviceName()));
    setBusy(false);
    updateActions();
}

void UpdatePage::onUpdated(const arm::ModelUpdateResult &result, const Error &error)
{
    m_update.release()->deleteLater();
    if (result.state == arm::ServiceState::Updated && !error && m_smokeBefore) {
        m_pendingResult = result;
        m_pendingError = error;
        smokeTest(true); // then finishUpdate()
        return;
    }
    finishUpdate(result, error, QString(), false);
}

void UpdatePage::finishUpdate(
    const arm::ModelUpdateResult &result, const Error &error, const QString &smokeText, bool smokeUnchanged)
{
    m_pendingResult.reset();
    setBusy(false);
    m_lastResult = result;
    const bool ok = result.state == arm::ServiceState::Updated && !error;
    QString text = resultText(result, m_rollingBack);
    if (error && result.state != arm::ServiceState::NotApplied && !text.contains(error.message()))
        text = text.isEmpty() ? error.message() : text + u' ' + error.message();
    m_ui->resultMessage->showMessage(ok
            ? InlineMessage::Kind::Positive
            : (result.state == arm::ServiceState::Unchanged ? InlineMessage::Kind::Warning
                                                            : InlineMessage::Kind::Error),
        text);
    if (!smokeText.isEmpty())
        m_ui->smokeMessage->showMessage(
            smokeUnchanged ? InlineMessage::Kind::Warning : InlineMessage::Kind::Positive, smokeText);
    addTimeline(ok ? tr("Done.") : tr("Ended: %1").arg(arm::serviceStateName(result.state)));
    m_ui->confirmCheck->setChecked(false); // each change is confirmed (and overridden) anew
    m_ui->overrideCheck->setChecked(false);
    recordHistory(result, m_rollingBack, smokeText);
    refreshBackups();
    refreshHistory();
    Q_EMIT updateFinished(result, error);
    planUpdate(); // the guard and diff of the service as it is now
}

void UpdatePage::addTimeline(const QString &text)
{
    const QString time = QLocale().toString(QTime::currentTime(), QStringLiteral("HH:mm:ss"));
    m_ui->timelineList->addItem(tr("%1  %2").arg(time, text));
    m_ui->timelineList->scrollToBottom();
}

void UpdatePage::refreshBackups()
{
    const QString current = m_ui->backupCombo->currentData().toString();
    const QSignalBlocker blocker(m_ui->backupCombo);
    m_ui->backupCombo->clear();
    if (!serviceName().isEmpty()) {
        for (const QString &file : arm::listBackups(m_backupDir, serviceName()))
            m_ui->backupCombo->addItem(QFileInfo(file).fileName(), file);
    }
    const int index = m_ui->backupCombo->findData(current);
    m_ui->backupCombo->setCurrentIndex(index >= 0 ? index : (m_ui->backupCombo->count() ? 0 : -1));
    updateActions();
}

void UpdatePage::showCommands()
{
    const QString service
        = serviceName().isEmpty() ? state()->profile().predictiveServiceName : serviceName();
    const QString assetId = m_planned ? m_planned->assetId : QString();
    // The PATCH body as the update sends it: every asset, the trained model's uri replaced.
    QJsonObject assets;
    QJsonObject asset { { QStringLiteral("locationInfo"),
        QJsonObject { { QStringLiteral("uri"), m_newUri } } } };
    assets.insert(assetId.isEmpty() ? QStringLiteral("<asset id>") : assetId, asset);
    const QJsonObject body { { QStringLiteral("properties"),
        QJsonObject { { QStringLiteral("packageType"), QStringLiteral("Graph") },
            { QStringLiteral("assets"), assets } } } };
    const QList<arm::EquivalentCommand> commands
        = arm::modelUpdateCommands(target(), signInSettings(), service, assetId, m_newUri, body, QString());
    m_ui->curlView->setPlainText(arm::formatCommands(commands, false));
    m_ui->powerShellView->setPlainText(arm::formatCommands(commands, true));
}

void UpdatePage::updateActions()
{
    const bool signingIn = bool(m_signIn) || bool(m_resume);
    const bool updating = bool(m_update) || bool(m_smoke) || bool(m_pendingResult);
    const bool secretMethod = m_ui->methodCombo->currentIndex() == ClientSecretMethod;
    m_ui->secretEdit->setEnabled(secretMethod && !signingIn);
    m_ui->staySignedInCheck->setEnabled(!secretMethod && !signingIn);
    m_ui->methodCombo->setEnabled(!signingIn && !updating);
    m_ui->signInButton->setEnabled(
        !signingIn && !updating && (!secretMethod || !m_ui->secretEdit->text().isEmpty()));
    m_ui->signInButton->setText(isSignedIn() ? tr("Sign &in again") : tr("Sign &in"));
    m_ui->cancelSignInButton->setVisible(signingIn);
    m_ui->refreshButton->setEnabled(isSignedIn() && !m_list && !updating);
    m_ui->serviceCombo->setEnabled(isSignedIn() && !m_list && !updating);

    const bool planned = m_planned && !m_plan && m_planned->serviceName == serviceName();
    const bool allowed = planned && m_planned->guard.isAllowed();
    const bool gateFailed = m_gateKnown && !m_gatePassed;
    m_ui->overrideCheck->setVisible(gateFailed);
    if (!gateFailed)
        m_ui->overrideCheck->setChecked(false);
    m_ui->confirmCheck->setEnabled(allowed && !updating);
    const bool confirmed
        = m_ui->confirmCheck->isChecked() && (!gateFailed || m_ui->overrideCheck->isChecked());
    const QString service = serviceName();
    m_ui->updateButton->setText(service.isEmpty() ? tr("Update service") : tr("Update %1").arg(service));
    m_ui->updateButton->setAccessibleName(m_ui->updateButton->text());
    m_ui->updateButton->setEnabled(allowed && confirmed && !updating && !m_newUri.isEmpty());
    m_ui->cancelUpdateButton->setVisible(updating);
    m_ui->rollbackButton->setEnabled(
        isSignedIn() && !updating && !m_plan && m_ui->backupCombo->currentIndex() >= 0);
    m_ui->backupCombo->setEnabled(!updating);
}

} // namespace mlr::gui
