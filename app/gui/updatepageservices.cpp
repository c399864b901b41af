// The Update page's service list and plan: the web services of the profile's subscription /
// resource group (arm::WebServiceListJob), the profile's predictive service pre-selected, and
// the guard and diff of the chosen one (a plan-only arm::ModelUpdateJob).
#include "arm/armjobs.h"
#include "arm/definition.h"
#include "ui_updatepage.h"
#include "updatepage.h"
#include "wizardstate.h"

#include <QCoreApplication>

namespace mlr::gui {

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
    const arm::ModelUpdateRequest request = updateRequest(m_newUri, false, true);
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
    setBusy(bool(m_update));
    m_planned = result;
    const arm::UpdateGuard &g = result.guard;
    // The asset already points at the new model (e.g. right after this page's update): that
    // is the state of the service now, said as such rather than as a check before an update.
    const bool served
        = g.isAllowed() && !result.oldUri.isEmpty() && arm::sameModelUri(result.oldUri, m_newUri);
    if (served) {
        // The guard's own warning for it (its text, context "mlr::arm") is what served says.
        const QString alreadyPoints
            = QCoreApplication::translate("mlr::arm", "The asset already points at this model.");
        QStringList others = g.warnings;
        others.removeAll(alreadyPoints);
        const bool updatedHere = m_lastUpdate && !m_rolledBack
            && m_lastUpdate->state == arm::ServiceState::Updated
            && m_lastUpdate->serviceName == result.serviceName
            && arm::sameModelUri(m_lastUpdate->verifiedUri, m_newUri);
        const QString asset = result.assetName.isEmpty() ? result.assetId : result.assetName;
        QString text = updatedHere
            ? tr("%1 now serves this model: its trained model asset %2 points at it.")
                  .arg(result.serviceName, asset)
            : tr("%1 already serves this model: its trained model asset %2 points at it.")
                  .arg(result.serviceName, asset);
        if (result.identical)
            text += u' ' + tr("There is nothing to update.");
        if (!others.isEmpty())
            text += u' ' + tr("Also note: %1").arg(others.join(QStringLiteral(" ")));
        m_ui->guardMessage->showMessage(
            others.isEmpty() ? InlineMessage::Kind::Information : InlineMessage::Kind::Warning, text);
    } else if (result.identical) {
        m_ui->guardMessage->showMessage(InlineMessage::Kind::Information, result.stateText);
    } else if (error && g.refusals.isEmpty()) {
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

} // namespace mlr::gui
