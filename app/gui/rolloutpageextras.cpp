// RolloutPage, part 4: Show commands (az ml and curl, no secret), Save report (non-modal file
// dialog, written on a worker thread) and the history events.
#include "arm/profilearm.h"
#include "azureml/amlcommands.h"
#include "decisionreport.h"
#include "deploymentsmodel.h"
#include "ml/jobjournal.h"
#include "reportsavedialog.h"
#include "rolloutpage.h"
#include "ui_rolloutpage.h"
#include "wizardstate.h"

#include <QDir>
#include <QFileDialog>

namespace mlr::gui {

using namespace mlr::azureml;

void RolloutPage::toggleCommands(bool shown)
{
    m_ui->commandsText->setVisible(shown);
    if (shown)
        m_ui->commandsText->setPlainText(commandsText());
}

// The roll-out done (or, before one, the one planned from the endpoint as read), the rollback
// and the retirement of the old deployment.
QString RolloutPage::commandsText() const
{
    const arm::SignInSettings settings = arm::signInSettingsFor(state()->profile());
    const QString endpoint = state()->profile().endpoint;
    RolloutSteps steps;
    steps.endpoint = endpoint;
    steps.job = state()->jobId();
    if (m_lastRollout) {
        const RolloutResult &r = *m_lastRollout;
        steps.currentDeployment = r.oldDeployment;
        steps.newDeployment = r.newDeployment;
        steps.model = r.model.name;
        steps.modelVersion = r.model.version;
        steps.modelBody = r.model.raw;
        for (const RolloutStageRecord &s : r.stages)
            steps.stages.append(s.intended);
    } else {
        const auto production = productionDeployment(m_endpoint);
        steps.currentDeployment = production.value_or(QString());
        QStringList names;
        for (const OnlineDeployment &d : m_model->deployments())
            names << d.name;
        steps.newDeployment = nextDeploymentName(names, steps.currentDeployment);
        const auto stages = parseStages(m_ui->stagesEdit->text());
        if (const auto *percents = std::get_if<QList<int>>(&stages)) {
            const auto planned
                = trafficStages(m_endpoint.traffic, steps.currentDeployment, steps.newDeployment, *percents);
            if (const auto *list = std::get_if<QList<TrafficStage>>(&planned))
                for (const TrafficStage &s : *list)
                    steps.stages.append(s.traffic);
        }
    }
    QList<arm::EquivalentCommand> cmds = rolloutCommands(target(), settings, steps);
    if (m_lastRollout && m_lastRollout->rollback.isValid())
        cmds += trafficCommands(target(), settings, endpoint, m_lastRollout->rollback.traffic,
            endpointBody(m_endpoint, m_lastRollout->rollback.traffic));
    if (!steps.currentDeployment.isEmpty())
        cmds += retireCommands(target(), settings, endpoint, steps.currentDeployment);
    return arm::formatCommands(cmds, true) + u'\n' + arm::formatCommands(cmds, false);
}

void RolloutPage::openReportDialog()
{
    openReportSaveDialog(
        this, m_reportDialog, [this] { return decisionReport(); },
        [this] {
            m_writingReport = true;
            setWorking(true);
            m_ui->actionMessage->showMessage(InlineMessage::Kind::Information, tr("Writing the report…"));
        },
        [this](const QString &path, const Error &error) {
            m_writingReport = false;
            setWorking(false);
            if (error)
                m_ui->actionMessage->showMessage(InlineMessage::Kind::Error, error.message());
            else
                m_ui->actionMessage->showMessage(InlineMessage::Kind::Positive,
                    tr("Report saved to %1.").arg(QDir::toNativeSeparators(path)));
        });
}

Error RolloutPage::saveReport(const QString &path) const
{
    return report::writeReport(decisionReport(), path);
}

report::DecisionReport RolloutPage::decisionReport() const
{
    report::DecisionReport r;
    r.profile = state()->profile().name;
    r.service = state()->profile().endpoint;
    if (const auto job = ml::JobJournal().find(state()->jobId()))
        r.job = *job;
    else
        r.job.jobId = state()->jobId();
    if (state()->comparison()) {
        r.comparison = state()->comparison();
        r.verdict = state()->verdict();
    }
    if (m_rolloutEvent)
        r.rollout = m_rolloutEvent->details;
    if (m_lastRollout) {
        r.rollbackHandle = m_lastRollout->backupFile;
        if (m_lastRollout->smoke)
            r.smokeTest = m_lastRollout->smoke->summary();
    }
    if (m_rolledBackTo) {
        report::RollbackRecord back;
        back.when = QDateTime::currentDateTimeUtc();
        back.backupFile
            = m_rolledBackFile.isEmpty() && m_lastRollout ? m_lastRollout->backupFile : m_rolledBackFile;
        back.stateText = tr("Traffic put back: %1.").arg(describeTraffic(*m_rolledBackTo));
        r.rolledBack = back;
    }
    r.generated = QDateTime::currentDateTimeUtc();
    return r;
}

void RolloutPage::appendHistory(const history::Event &event)
{
    history::appendInBackground(event, this, [this](const Error &error) {
        if (error)
            m_ui->actionMessage->showMessage(InlineMessage::Kind::Warning,
                tr("The history could not be updated: %1").arg(error.message()));
    });
}

} // namespace mlr::gui
