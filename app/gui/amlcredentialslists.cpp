// The sign-in and the workspace lists of the Azure Machine Learning (v2) Credentials panel.
#include "amlcredentialspanel.h"
#include "arm/profilearm.h"
#include "arm/tokenprovider.h"
#include "azureml/amlget.h"
#include "azureml/amlresources.h"
#include "azuresignin.h"
#include "inlinemessage.h"
#include "ui_amlcredentialspanel.h"

#include <QJsonArray>
#include <QLocale>

namespace mlr::gui {

namespace {
// The current choice of `combo`, or `wanted` when it is among the items, or the first item.
void selectData(QComboBox *combo, const QVariant &wanted)
{
    const int at = combo->findData(wanted);
    combo->setCurrentIndex(at >= 0 ? at : (combo->count() > 0 ? 0 : -1));
}
} // namespace

// The profile as the fields describe it now (for the sign-in settings and the ARM target).
static Profile fieldsProfile(const Profile &base, const Ui::AmlCredentialsPanel &ui)
{
    Profile p = base;
    p.tenantId = ui.tenantEdit->text().trimmed();
    p.clientId = ui.clientIdEdit->text().trimmed();
    p.loginUrl = QUrl(ui.loginUrlEdit->text().trimmed());
    p.armUrl = QUrl(ui.armUrlEdit->text().trimmed());
    return p;
}

arm::SignInSettings AmlCredentialsPanel::signInSettings() const
{
    return arm::signInSettingsFor(fieldsProfile(m_profile, *m_ui));
}

arm::ArmTarget AmlCredentialsPanel::armTarget() const
{
    return arm::armTargetFor(fieldsProfile(m_profile, *m_ui));
}

arm::TokenProvider *AmlCredentialsPanel::tokens() const
{
    return m_tokens ? m_tokens.get() : m_sessionTokens.data();
}

void AmlCredentialsPanel::signIn()
{
    forgetSignIn();
    m_ui->deviceCodeLabel->clear();
    m_ui->deviceCodeLabel->hide();
    const bool deviceCode = m_ui->deviceCodeRadio->isChecked();
    m_ui->signInMessage->showMessage(
        InlineMessage::Kind::Information, deviceCode ? tr("Asking for a device code…") : tr("Signing in…"));
    m_signIn->start(signInSettings(),
        deviceCode ? AzureSignIn::Method::DeviceCode : AzureSignIn::Method::ClientSecret,
        m_ui->clientSecretEdit->text());
    updateActions();
}

void AmlCredentialsPanel::onDeviceCode(const arm::DeviceCode &code)
{
    const QString url = code.verificationUri.toString();
    m_ui->deviceCodeLabel->setText(tr("Open <a href=\"%1\">%1</a> and enter the code <b>%2</b>.")
                                       .arg(url.toHtmlEscaped(), code.userCode.toHtmlEscaped()));
    m_ui->deviceCodeLabel->setAccessibleDescription(
        tr("Open %1 and enter the code %2.").arg(url, code.userCode));
    m_ui->deviceCodeLabel->show();
    m_ui->signInMessage->showMessage(InlineMessage::Kind::Information,
        tr("Waiting for you to sign in in the browser (the code expires at %1).")
            .arg(QLocale().toString(code.expiresUtc.toLocalTime().time(), QLocale::ShortFormat)));
}

void AmlCredentialsPanel::cancelSignIn()
{
    if (!m_signIn->isRunning())
        return;
    m_signIn->cancel();
    m_ui->deviceCodeLabel->hide();
    m_ui->signInMessage->showMessage(InlineMessage::Kind::Information, tr("Sign-in cancelled."));
    updateActions();
}

void AmlCredentialsPanel::onSignedIn(const Error &error)
{
    m_ui->deviceCodeLabel->hide();
    if (error) {
        m_ui->signInMessage->showMessage(
            InlineMessage::Kind::Error, tr("Sign-in failed: %1").arg(error.message()));
        updateActions();
        return;
    }
    m_tokens = m_signIn->takeTokens();
    m_mlTokens = m_signIn->takeMlTokens();
    m_ui->signInMessage->showMessage(InlineMessage::Kind::Positive,
        m_ui->deviceCodeRadio->isChecked()
            ? tr("Signed in with your account.")
            : tr("Signed in as the application %1.").arg(m_ui->clientIdEdit->text().trimmed()));
    listSubscriptions();
}

// The sign-in belongs to the tenant, client and URLs it was made with: editing them forgets it.
void AmlCredentialsPanel::signInEdited()
{
    if (isSignedIn() || m_signIn->isRunning()) {
        forgetSignIn();
        m_ui->signInMessage->showMessage(
            InlineMessage::Kind::Information, tr("The sign-in settings changed: sign in again."));
    }
    Q_EMIT edited();
    updateActions();
}

void AmlCredentialsPanel::forgetSignIn()
{
    m_signIn->cancel();
    m_list.reset();
    m_tokens.reset();
    m_mlTokens.reset();
    m_sessionTokens = nullptr;
    m_handedOver = false;
}

void AmlCredentialsPanel::listSubscriptions()
{
    if (!tokens())
        return;
    m_ui->workspaceMessage->showMessage(InlineMessage::Kind::Information, tr("Listing your subscriptions…"));
    const arm::ArmTarget target = armTarget();
    m_list = std::make_unique<azureml::WorkspaceGetJob>(m_nam, tokens(), target,
        azureml::subscriptionsUrl(target.armUrl), azureml::WorkspaceGetJob::Kind::List,
        tr("Listing the subscriptions"));
    connect(m_list.get(), &azureml::WorkspaceGetJob::finished, this, &AmlCredentialsPanel::onSubscriptions);
    m_list->start();
    updateActions();
}

void AmlCredentialsPanel::onSubscriptions(const QJsonObject &body, const Error &error)
{
    m_list.release()->deleteLater();
    Error problem = error;
    const QList<azureml::SubscriptionSummary> subscriptions
        = problem ? QList<azureml::SubscriptionSummary>() : azureml::parseSubscriptions(body, &problem);
    m_filling = true;
    m_ui->subscriptionCombo->clear();
    for (const azureml::SubscriptionSummary &s : subscriptions)
        m_ui->subscriptionCombo->addItem(s.state.isEmpty() || s.state == u"Enabled"
                ? tr("%1 (%2)").arg(s.displayName, s.id)
                : tr("%1 (%2, %3)").arg(s.displayName, s.id, s.state),
            s.id);
    selectData(m_ui->subscriptionCombo, m_profile.subscriptionId);
    m_filling = false;
    if (problem || subscriptions.isEmpty()) {
        m_ui->workspaceMessage->showMessage(InlineMessage::Kind::Error,
            problem ? problem.message() : tr("This sign-in sees no subscription: ask for access to one."));
        updateActions();
        return;
    }
    m_profile.subscriptionId = m_ui->subscriptionCombo->currentData().toString();
    listWorkspaces();
}

void AmlCredentialsPanel::listWorkspaces()
{
    m_ui->workspaceCombo->clear();
    m_ui->endpointCombo->clear();
    m_workspaces.clear();
    if (!tokens() || m_profile.subscriptionId.isEmpty())
        return updateActions();
    m_ui->workspaceMessage->showMessage(InlineMessage::Kind::Information, tr("Listing the workspaces…"));
    const arm::ArmTarget target = armTarget();
    m_list = std::make_unique<azureml::WorkspaceGetJob>(m_nam, tokens(), target,
        azureml::workspacesUrl(target.armUrl, m_profile.subscriptionId), azureml::WorkspaceGetJob::Kind::List,
        tr("Listing the workspaces of subscription %1").arg(m_profile.subscriptionId));
    connect(m_list.get(), &azureml::WorkspaceGetJob::finished, this, &AmlCredentialsPanel::onWorkspaces);
    m_list->start();
    updateActions();
}

void AmlCredentialsPanel::onWorkspaces(const QJsonObject &body, const Error &error)
{
    m_list.release()->deleteLater();
    Error problem = error;
    m_workspaces = problem ? QList<azureml::WorkspaceSummary>() : azureml::parseWorkspaces(body, &problem);
    int wanted = -1;
    for (qsizetype i = 0; i < m_workspaces.size(); ++i) {
        const azureml::WorkspaceSummary &w = m_workspaces.at(i);
        m_ui->workspaceCombo->addItem(
            tr("%1 (resource group %2, %3)").arg(w.name, w.resourceGroup, w.location), int(i));
        if (w.name.compare(m_profile.workspace, Qt::CaseInsensitive) == 0
            && w.resourceGroup.compare(m_profile.resourceGroup, Qt::CaseInsensitive) == 0)
            wanted = int(i);
    }
    selectData(m_ui->workspaceCombo, wanted);
    if (problem || m_workspaces.isEmpty()) {
        m_ui->workspaceMessage->showMessage(InlineMessage::Kind::Error,
            problem ? problem.message()
                    : tr("Subscription %1 has no Azure Machine Learning workspace.")
                          .arg(m_profile.subscriptionId));
        updateActions();
        return;
    }
    const azureml::WorkspaceSummary &chosen = m_workspaces.at(m_ui->workspaceCombo->currentData().toInt());
    m_profile.workspace = chosen.name;
    m_profile.resourceGroup = chosen.resourceGroup;
    listEndpoints();
}

void AmlCredentialsPanel::listEndpoints()
{
    m_ui->endpointCombo->clear();
    if (!tokens() || m_profile.workspace.isEmpty())
        return updateActions();
    m_ui->workspaceMessage->showMessage(
        InlineMessage::Kind::Information, tr("Listing the online endpoints…"));
    azureml::WorkspaceTarget workspace;
    workspace.arm = armTarget();
    workspace.arm.subscriptionId = m_profile.subscriptionId;
    workspace.arm.resourceGroup = m_profile.resourceGroup;
    workspace.workspace = m_profile.workspace;
    m_list = std::make_unique<azureml::WorkspaceGetJob>(m_nam, tokens(), workspace,
        QStringLiteral("/onlineEndpoints"), azureml::WorkspaceGetJob::Kind::List,
        tr("Listing the online endpoints of workspace %1").arg(m_profile.workspace));
    connect(m_list.get(), &azureml::WorkspaceGetJob::finished, this, &AmlCredentialsPanel::onEndpoints);
    m_list->start();
    updateActions();
}

void AmlCredentialsPanel::onEndpoints(const QJsonObject &body, const Error &error)
{
    m_list.release()->deleteLater();
    Error problem = error;
    QStringList names;
    if (!problem) {
        for (const QJsonValue &item : body.value(QStringLiteral("value")).toArray()) {
            const std::optional<azureml::OnlineEndpoint> endpoint
                = azureml::parseEndpoint(item.toObject(), &problem);
            if (!endpoint)
                break;
            QStringList split;
            for (auto it = endpoint->traffic.cbegin(); it != endpoint->traffic.cend(); ++it)
                split.append(tr("%1 %2 %").arg(it.key()).arg(it.value()));
            m_ui->endpointCombo->addItem(split.isEmpty()
                    ? tr("%1 (no traffic)").arg(endpoint->name)
                    : tr("%1 (%2)").arg(endpoint->name, split.join(u", ")),
                endpoint->name);
            names.append(endpoint->name);
        }
    }
    selectData(m_ui->endpointCombo, m_profile.endpoint);
    m_profile.endpoint = m_ui->endpointCombo->currentData().toString();
    if (problem)
        m_ui->workspaceMessage->showMessage(InlineMessage::Kind::Error, problem.message());
    else if (names.isEmpty())
        m_ui->workspaceMessage->showMessage(InlineMessage::Kind::Error,
            tr("Workspace %1 has no online endpoint: deploy the model to one first.")
                .arg(m_profile.workspace));
    else
        m_ui->workspaceMessage->showMessage(InlineMessage::Kind::Positive,
            tr("%n online endpoint(s) in workspace %1.", nullptr, int(names.size()))
                .arg(m_profile.workspace));
    Q_EMIT edited();
    updateActions();
}

} // namespace mlr::gui
