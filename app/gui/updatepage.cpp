#include "updatepage.h"

#include "arm/armjobs.h"
#include "arm/commands.h"
#include "arm/definition.h"
#include "arm/profilearm.h"
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
    connect(m_ui->importButton, &QPushButton::clicked, this, &UpdatePage::openImportDialog);
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
    if (m_importDialog)
        m_importDialog->close();
    if (m_reportDialog)
        m_reportDialog->close();
    setBusy(bool(m_update) || bool(m_import));
    updateActions();
}

arm::SignInSettings UpdatePage::signInSettings() const
{
    return arm::signInSettingsFor(state()->profile());
}

arm::ArmTarget UpdatePage::target() const
{
    return arm::armTargetFor(state()->profile());
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
    } else if (m_job->outputFor(QStringLiteral("model")).isEmpty()) {
        m_ui->modelLabel->setText(tr("Job %1 has no trained model (it has not finished).").arg(id));
    } else if (m_job->state != ml::JobState::Finished) {
        // The guard says why this job cannot be deployed (planUpdate shows its refusal).
        m_newUri = arm::modelUriFromBlobUrl(m_job->outputFor(QStringLiteral("model"))).toString();
        m_ui->modelLabel->setText(tr("Job %1 has no trained model (it has not finished).").arg(id));
    } else {
        m_newUri = arm::modelUriFromBlobUrl(m_job->outputFor(QStringLiteral("model"))).toString();
        m_ui->modelLabel->setText(tr("New trained model (job %1): %2").arg(id, m_newUri));
    }
    loadGate();
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
    const bool updating = bool(m_update) || bool(m_import);
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
    const bool allowed = planned && m_planned->guard.isAllowed() && !m_planned->identical;
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
    m_ui->importButton->setEnabled(
        isSignedIn() && !updating && !m_import && !m_plan && !serviceName().isEmpty());
}

} // namespace mlr::gui
