#include "amlcredentialspanel.h"

#include "arm/profilearm.h"
#include "arm/tokenprovider.h"
#include "azureml/amlget.h"
#include "azuresignin.h"
#include "inlinemessage.h"
#include "secretfield.h"
#include "ui_amlcredentialspanel.h"

#include <QFileDialog>
#include <QLocale>

namespace mlr::gui {

AmlCredentialsPanel::AmlCredentialsPanel(QNetworkAccessManager *nam, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::AmlCredentialsPanel>())
    , m_nam(nam)
    , m_signIn(new AzureSignIn(nam, this))
{
    m_ui->setupUi(this);
    makeSecretField(m_ui->clientSecretEdit);
    m_ui->clientSecretRadio->setChecked(true);
    m_ui->cancelSignInButton->hide();
    m_ui->deviceCodeLabel->hide();
    m_ui->tenantEdit->setToolTip(tr("The directory (tenant) the application is registered in"));
    m_ui->clientIdEdit->setToolTip(tr("The application (client) id of the app registration"));
    m_ui->clientSecretEdit->setToolTip(tr("Kept in the system keychain when you save the profile"));
    m_ui->signInButton->setToolTip(tr("Sign in to Azure and list your subscriptions"));
    m_ui->refreshListsButton->setToolTip(tr("List the subscriptions, workspaces and endpoints again"));
    m_ui->caFileEdit->setToolTip(
        tr("For the local sandbox: its ca.pem. Trusted on top of the system's certificate authorities."));

    for (QLineEdit *edit : { m_ui->tenantEdit, m_ui->clientIdEdit, m_ui->loginUrlEdit, m_ui->armUrlEdit })
        connect(edit, &QLineEdit::textEdited, this, &AmlCredentialsPanel::signInEdited);
    for (QLineEdit *edit : { m_ui->clientSecretEdit, m_ui->caFileEdit })
        connect(edit, &QLineEdit::textEdited, this, &AmlCredentialsPanel::edited);
    connect(m_ui->clientSecretRadio, &QRadioButton::toggled, this, &AmlCredentialsPanel::updateActions);
    connect(m_ui->signInButton, &QPushButton::clicked, this, &AmlCredentialsPanel::signIn);
    connect(m_ui->cancelSignInButton, &QPushButton::clicked, this, &AmlCredentialsPanel::cancelSignIn);
    connect(m_ui->refreshListsButton, &QPushButton::clicked, this, &AmlCredentialsPanel::listSubscriptions);
    connect(m_ui->caFileButton, &QPushButton::clicked, this, &AmlCredentialsPanel::chooseCaFile);
    connect(m_signIn, &AzureSignIn::finished, this, &AmlCredentialsPanel::onSignedIn);
    connect(m_signIn, &AzureSignIn::deviceCodeReady, this, &AmlCredentialsPanel::onDeviceCode);
    connect(m_signIn, &AzureSignIn::waiting, this, [this](int next) {
        m_ui->signInMessage->showMessage(InlineMessage::Kind::Information,
            tr("Waiting for you to sign in in the browser (next check in %n s)…", nullptr, next));
    });
    connect(m_ui->subscriptionCombo, &QComboBox::activated, this, [this] {
        m_profile.subscriptionId = m_ui->subscriptionCombo->currentData().toString();
        listWorkspaces();
        Q_EMIT edited();
    });
    connect(m_ui->workspaceCombo, &QComboBox::activated, this, [this] {
        const int at = m_ui->workspaceCombo->currentData().toInt();
        if (at >= 0 && at < m_workspaces.size()) {
            m_profile.workspace = m_workspaces.at(at).name;
            m_profile.resourceGroup = m_workspaces.at(at).resourceGroup;
        }
        listEndpoints();
        Q_EMIT edited();
    });
    connect(m_ui->endpointCombo, &QComboBox::activated, this, [this] {
        m_profile.endpoint = m_ui->endpointCombo->currentData().toString();
        Q_EMIT edited();
        Q_EMIT completeChanged();
    });
    updateActions();
}

AmlCredentialsPanel::~AmlCredentialsPanel() = default;

void AmlCredentialsPanel::showProfile(const Profile &profile)
{
    m_filling = true;
    forgetSignIn();
    m_profile = profile;
    m_shown = profile;
    m_ui->tenantEdit->setText(profile.tenantId);
    m_ui->clientIdEdit->setText(profile.clientId);
    m_ui->loginUrlEdit->setText(profile.loginUrl.toString());
    m_ui->armUrlEdit->setText(profile.armUrl.toString());
    m_ui->caFileEdit->setText(profile.caCertificateFile);
    m_ui->clientSecretEdit->clear();
    m_loadedSecret.clear();
    m_ui->signInMessage->clear();
    m_ui->connectionMessage->clear();
    // The profile's choices, shown until the lists replace them.
    const auto showOnly = [](QComboBox *combo, const QString &text, const QString &data) {
        combo->clear();
        if (!text.isEmpty())
            combo->addItem(text, data);
    };
    showOnly(m_ui->subscriptionCombo, profile.subscriptionId, profile.subscriptionId);
    showOnly(m_ui->workspaceCombo,
        profile.workspace.isEmpty()
            ? QString()
            : tr("%1 (resource group %2)").arg(profile.workspace, profile.resourceGroup),
        QStringLiteral("-1"));
    showOnly(m_ui->endpointCombo, profile.endpoint, profile.endpoint);
    m_ui->workspaceMessage->showMessage(InlineMessage::Kind::Information,
        tr("Sign in to choose the subscription, the workspace and the endpoint."));
    m_filling = false;
    updateActions();
}

void AmlCredentialsPanel::showSecrets(const QMap<SecretKind, QString> &values)
{
    m_loadedSecret = values.value(SecretKind::ArmClientSecret);
    m_ui->clientSecretEdit->setText(m_loadedSecret);
    updateActions();
}

void AmlCredentialsPanel::setLoading(bool loading)
{
    m_loading = loading;
    m_ui->clientSecretEdit->setReadOnly(loading);
    m_ui->clientSecretEdit->setPlaceholderText(loading ? tr("Loading from the keychain…") : QString());
    updateActions();
}

Error AmlCredentialsPanel::applyTo(Profile *profile)
{
    Profile edited = *profile;
    edited.kind = Profile::azuremlKind();
    const QList<std::pair<QString, QString>> fields
        = { { QStringLiteral("tenantId"), m_ui->tenantEdit->text() },
              { QStringLiteral("clientId"), m_ui->clientIdEdit->text() },
              { QStringLiteral("loginUrl"), m_ui->loginUrlEdit->text() },
              { QStringLiteral("armUrl"), m_ui->armUrlEdit->text() },
              { QStringLiteral("caCertificateFile"), m_ui->caFileEdit->text() },
              { QStringLiteral("subscriptionId"), m_profile.subscriptionId },
              { QStringLiteral("resourceGroup"), m_profile.resourceGroup },
              { QStringLiteral("workspace"), m_profile.workspace },
              { QStringLiteral("endpoint"), m_profile.endpoint } };
    for (const auto &[key, value] : fields) {
        if (const Error error = edited.set(key, value)) {
            InlineMessage *where = key == u"tenantId" || key == u"clientId" ? m_ui->signInMessage
                : key.endsWith(u"Url") || key == u"caCertificateFile"       ? m_ui->connectionMessage
                                                                            : m_ui->workspaceMessage;
            where->showMessage(InlineMessage::Kind::Error, error.message());
            return error;
        }
    }
    *profile = edited;
    return {};
}

QMap<SecretKind, QString> AmlCredentialsPanel::secrets() const
{
    return { { SecretKind::ArmClientSecret, m_ui->clientSecretEdit->text().trimmed() } };
}

bool AmlCredentialsPanel::isEdited() const
{
    const Profile &shown = m_shown;
    return m_ui->tenantEdit->text() != shown.tenantId || m_ui->clientIdEdit->text() != shown.clientId
        || m_ui->loginUrlEdit->text() != shown.loginUrl.toString()
        || m_ui->armUrlEdit->text() != shown.armUrl.toString()
        || m_ui->caFileEdit->text() != shown.caCertificateFile
        || m_profile.subscriptionId != shown.subscriptionId || m_profile.resourceGroup != shown.resourceGroup
        || m_profile.workspace != shown.workspace || m_profile.endpoint != shown.endpoint
        || m_ui->clientSecretEdit->text().trimmed() != m_loadedSecret;
}

bool AmlCredentialsPanel::isComplete() const
{
    return isSignedIn() && !isBusy() && !m_profile.subscriptionId.isEmpty() && !m_profile.workspace.isEmpty()
        && !m_profile.endpoint.isEmpty() && m_ui->endpointCombo->count() > 0;
}

bool AmlCredentialsPanel::isBusy() const
{
    return m_signIn->isRunning() || m_list != nullptr;
}

std::unique_ptr<arm::TokenProvider> AmlCredentialsPanel::takeTokens()
{
    if (m_tokens)
        m_handedOver = true;
    return std::move(m_tokens);
}

void AmlCredentialsPanel::setSessionTokens(arm::TokenProvider *sessionTokens)
{
    const bool adopted = sessionTokens && sessionTokens != m_sessionTokens && !m_tokens;
    m_sessionTokens = sessionTokens;
    m_handedOver = sessionTokens != nullptr;
    if (adopted && m_ui->subscriptionCombo->count() <= 1) { // not listed yet
        m_ui->signInMessage->showMessage(InlineMessage::Kind::Positive, tr("Signed in as last time."));
        listSubscriptions();
    }
    updateActions();
}

void AmlCredentialsPanel::showResumeError(const Error &error)
{
    if (isSignedIn() || m_signIn->isRunning())
        return;
    m_ui->signInMessage->showMessage(InlineMessage::Kind::Warning,
        tr("Signing in as last time failed: %1 Sign in again.").arg(error.message()));
}

void AmlCredentialsPanel::setDeviceCodeSecondMs(int ms)
{
    m_signIn->setDeviceCodeSecondMs(ms);
}

void AmlCredentialsPanel::chooseCaFile()
{
    if (m_caDialog) {
        m_caDialog->raise();
        return;
    }
    // Non-modal (open(), not exec(): no nested event loop).
    auto *dialog = new QFileDialog(this, tr("Choose the CA certificate file"));
    dialog->setNameFilters({ tr("PEM certificates (*.pem *.crt)"), tr("All files (*)") });
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("caFileDialog"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        m_ui->caFileEdit->setText(QDir::toNativeSeparators(path));
        Q_EMIT edited();
    });
    m_caDialog = dialog;
    dialog->open();
}

void AmlCredentialsPanel::updateActions()
{
    const bool secret = m_ui->clientSecretRadio->isChecked();
    m_ui->clientSecretLabel->setVisible(secret);
    m_ui->clientSecretEdit->setVisible(secret);
    const bool signingIn = m_signIn->isRunning();
    m_ui->signInButton->setEnabled(!signingIn && !m_loading);
    m_ui->cancelSignInButton->setVisible(signingIn);
    m_ui->refreshListsButton->setEnabled(isSignedIn() && !m_list && !signingIn);
    for (QComboBox *combo : { m_ui->subscriptionCombo, m_ui->workspaceCombo, m_ui->endpointCombo })
        combo->setEnabled(isSignedIn() && !m_list && combo->count() > 0);
    const bool busy = isBusy();
    if (busy != m_wasBusy) {
        m_wasBusy = busy;
        Q_EMIT busyChanged(busy);
    }
    Q_EMIT completeChanged();
}

} // namespace mlr::gui
