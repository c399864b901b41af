// endpoint traffic [ENDPOINT] NAME=PERCENT... | rollback [ENDPOINT] [--to BACKUP] | retire
// [ENDPOINT] [DEPLOYMENT]: traffic by hand, the rollback of the last roll-out, the old
// deployment's retirement.
#include "amlcommand.h"
#include "amlendpointcommands.h"
#include "arm/profilearm.h"
#include "azureml/amlcommands.h"
#include "azureml/onlinesmoketest.h"
#include "azureml/productionmodeljob.h"
#include "azureml/retirejob.h"
#include "azureml/rollbackjob.h"
#include "azureml/rolloutbackup.h"
#include "azureml/rolloutplan.h"
#include "azureml/samplerows.h"
#include "azureml/trafficjob.h"
#include "format.h"
#include "history/amlhistory.h"
#include "history/history.h"
#include "output.h"
#include "stdinreader.h"

#include <QFileInfo>
#include <QJsonArray>

namespace mlr::cli {

namespace {

using namespace mlr::azureml;

// The confirmation of a change that moves traffic or deletes: --yes, else asked on a terminal.
bool confirmed(bool yes, const QString &question, QString *refusal)
{
    if (yes)
        return true;
    const std::optional<bool> answer = askYesNo(question);
    if (!answer)
        *refusal = Command::tr("Nothing was changed: add --yes (standard input is not a terminal).");
    else if (!*answer)
        *refusal = Command::tr("Nothing was changed.");
    return answer.value_or(false);
}

// endpoint traffic [ENDPOINT] NAME=PERCENT...
class EndpointTrafficCommand final : public AmlCommand
{
    Q_OBJECT

public:
    using AmlCommand::AmlCommand;

protected:
    void runAml() override
    {
        QStringList args = invocation().args;
        const QString endpoint
            = !args.isEmpty() && !args.first().contains(u'=') ? args.takeFirst() : m_profile.endpoint;
        TrafficMap traffic;
        int sum = 0;
        for (const QString &a : std::as_const(args)) {
            const qsizetype eq = a.indexOf(u'=');
            bool ok = false;
            const int percent = eq > 0 ? a.mid(eq + 1).toInt(&ok) : -1;
            if (!ok || percent < 0 || percent > 100)
                return failInput(tr("'%1' is not DEPLOYMENT=PERCENT (a whole number from 0 to 100).").arg(a));
            traffic.insert(a.left(eq), percent);
            sum += percent;
        }
        if (traffic.isEmpty())
            return failInput(tr("Give the traffic as DEPLOYMENT=PERCENT..., e.g. blue=90 green=10."));
        if (sum != 100 && sum != 0)
            return failInput(tr("The traffic adds up to %1 %: it must add up to 100 (or 0).").arg(sum));
        QString refusal;
        if (!confirmed(invocation().hasOption(QStringLiteral("yes")),
                tr("Set the traffic of %1 to %2?").arg(endpoint, describeTraffic(traffic)), &refusal))
            return failInput(refusal);
        m_job = std::make_unique<TrafficJob>(ctx().network(), m_tokens.get(), m_workspace, endpoint, traffic);
        connect(m_job.get(), &TrafficJob::stepChanged, this, [this](const QString &t) { out().note(t); });
        connect(m_job.get(), &TrafficJob::finished, this,
            [this, endpoint](const TrafficResult &r, const Error &error) {
                if (r.written)
                    history::HistoryStore().append(history::trafficEvent(m_profile.name, r));
                if (out().isJson())
                    out().json(QJsonObject { { QStringLiteral("endpoint"), endpoint },
                        { QStringLiteral("before"), trafficJson(r.before) },
                        { QStringLiteral("intended"), trafficJson(r.intended) },
                        { QStringLiteral("traffic"), trafficJson(r.readBack) },
                        { QStringLiteral("known"), r.known }, { QStringLiteral("applied"), r.applied } });
                else
                    out().text(r.known
                            ? tr("Traffic of %1 (read back): %2.").arg(endpoint, describeTraffic(r.readBack))
                            : tr("The traffic of %1 could not be read back.").arg(endpoint));
                error ? fail(error) : succeed();
            });
        m_job->start();
    }

private:
    std::unique_ptr<TrafficJob> m_job;
};

// endpoint rollback [ENDPOINT] [--to BACKUP]: the traffic of the newest roll-out backup.
class EndpointRollbackCommand final : public AmlCommand
{
    Q_OBJECT

public:
    using AmlCommand::AmlCommand;

protected:
    void runAml() override
    {
        const QString endpoint = endpointArgument();
        QString file = invocation().option(QStringLiteral("to"));
        if (file.isEmpty()) {
            const QStringList backups = listRolloutBackups(serviceBackupDirectory(), endpoint);
            if (backups.isEmpty())
                return failInput(
                    tr("There is no roll-out backup of endpoint %1 in %2: nothing to roll back to (give "
                       "--to BACKUP).")
                        .arg(endpoint, serviceBackupDirectory()));
            file = backups.first();
        }
        Error invalid;
        const auto backup = readRolloutBackup(file, &invalid);
        if (!backup)
            return fail(invalid);
        if (backup->rollback.endpoint.compare(endpoint, Qt::CaseInsensitive) != 0)
            return failInput(
                tr("Backup %1 is of endpoint %2, not %3.").arg(file, backup->rollback.endpoint, endpoint));
        out().note(
            tr("rolling back to the traffic of %1: %2").arg(file, describeTraffic(backup->rollback.traffic)));
        QString refusal;
        if (!confirmed(invocation().hasOption(QStringLiteral("yes")),
                tr("Put the traffic of %1 back to %2?")
                    .arg(endpoint, describeTraffic(backup->rollback.traffic)),
                &refusal))
            return failInput(refusal);
        m_job = std::make_unique<RollbackJob>(ctx().network(), m_tokens.get(), m_workspace, backup->rollback);
        connect(m_job.get(), &RollbackJob::stepChanged, this, [this](const QString &t) { out().note(t); });
        connect(m_job.get(), &RollbackJob::finished, this,
            [this, endpoint, file](const RollbackResult &r, const Error &error) {
                history::HistoryStore().append(history::rollbackEvent(m_profile.name, r, file, error));
                if (out().isJson())
                    out().json(QJsonObject { { QStringLiteral("endpoint"), endpoint },
                        { QStringLiteral("backupFile"), file },
                        { QStringLiteral("previousDeployment"), r.handle.previousDeployment },
                        { QStringLiteral("restored"), trafficJson(r.restored) },
                        { QStringLiteral("traffic"), trafficJson(r.traffic.readBack) },
                        { QStringLiteral("applied"), r.traffic.applied },
                        { QStringLiteral("deployments"), deploymentsJson(r.deployments) } });
                else if (r.traffic.known)
                    out().text(tr("Traffic of %1 (read back): %2.")
                                   .arg(endpoint, describeTraffic(r.traffic.readBack)));
                error ? fail(error) : succeed();
            });
        m_job->start();
    }

private:
    std::unique_ptr<RollbackJob> m_job;
};

// endpoint retire [ENDPOINT] [DEPLOYMENT]: the old deployment of the last roll-out (default),
// once the new one has all the traffic. The rollback target is deleted only with --yes.
class EndpointRetireCommand final : public AmlCommand
{
    Q_OBJECT

public:
    using AmlCommand::AmlCommand;

protected:
    void runAml() override
    {
        const QString endpoint = invocation().args.size() > 0 ? invocation().args.at(0) : m_profile.endpoint;
        QString deployment = invocation().args.size() > 1 ? invocation().args.at(1) : QString();
        const QStringList backups = listRolloutBackups(serviceBackupDirectory(), endpoint);
        std::optional<RolloutBackup> last;
        if (!backups.isEmpty())
            last = readRolloutBackup(backups.first(), nullptr);
        if (deployment.isEmpty()) {
            if (!last)
                return failInput(
                    tr("Name the deployment to retire: there is no roll-out backup of endpoint %1.")
                        .arg(endpoint));
            deployment = last->rollback.previousDeployment;
        }
        const bool target
            = last && last->rollback.previousDeployment.compare(deployment, Qt::CaseInsensitive) == 0;
        if (target && !invocation().hasOption(QStringLiteral("yes")))
            return failInput(
                tr("Deployment %1 is the rollback target of the last roll-out (%2): once it is deleted, a "
                   "rollback means creating it again. Add --yes to retire it.")
                    .arg(deployment, backups.first()));
        QString refusal;
        if (!confirmed(invocation().hasOption(QStringLiteral("yes")),
                tr("Delete deployment %1 of endpoint %2?").arg(deployment, endpoint), &refusal))
            return failInput(refusal);
        m_job
            = std::make_unique<RetireJob>(ctx().network(), m_tokens.get(), m_workspace, endpoint, deployment);
        connect(m_job.get(), &RetireJob::stepChanged, this, [this](const QString &t) { out().note(t); });
        connect(m_job.get(), &RetireJob::finished, this, [this](const RetireResult &r, const Error &error) {
            if (r.deleted)
                history::HistoryStore().append(history::retireEvent(m_profile.name, r));
            if (out().isJson())
                out().json(QJsonObject { { QStringLiteral("endpoint"), r.endpoint },
                    { QStringLiteral("deployment"), r.deployment }, { QStringLiteral("deleted"), r.deleted },
                    { QStringLiteral("traffic"), trafficJson(r.traffic) },
                    { QStringLiteral("deployments"), deploymentsJson(r.deployments) } });
            else if (r.deleted)
                out().text(tr("Deployment %1 of %2 is deleted; deployments now: %3.")
                               .arg(r.deployment, r.endpoint, describeDeployments(r.deployments)));
            if (invocation().hasOption(QStringLiteral("show-commands")) && !out().isJson()) {
                const auto cmds = retireCommands(
                    m_workspace, arm::signInSettingsFor(m_profile), r.endpoint, r.deployment);
                out().text(arm::formatCommands(cmds, false) + u'\n' + arm::formatCommands(cmds, true));
            }
            error ? fail(error) : succeed();
        });
        m_job->start();
    }

private:
    std::unique_ptr<RetireJob> m_job;
};

} // namespace

std::unique_ptr<Command> createEndpointTrafficCommand(Context &context)
{
    const QString &c = context.invocation().command;
    if (c == u"traffic")
        return std::make_unique<EndpointTrafficCommand>(context);
    if (c == u"rollback")
        return std::make_unique<EndpointRollbackCommand>(context);
    if (c == u"retire")
        return std::make_unique<EndpointRetireCommand>(context);
    if (c == u"smoke")
        return createEndpointSmokeCommand(context);
    return nullptr;
}

} // namespace mlr::cli

#include "trafficcommands.moc"
