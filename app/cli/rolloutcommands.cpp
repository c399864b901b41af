// endpoint rollout [ENDPOINT] --from-job JOB [--stages 10,100] [--sample FILE] [--yes]: the
// blue/green roll-out of a retrained model (azureml::RolloutJob), its history event, and the
// equivalent commands on request.
#include "amlcommand.h"
#include "amlendpointcommands.h"
#include "arm/profilearm.h"
#include "azureml/amlcommands.h"
#include "azureml/amlget.h"
#include "azureml/rolloutjob.h"
#include "azureml/samplerows.h"
#include "azureml/trainingschema.h"
#include "format.h"
#include "history/amlhistory.h"
#include "history/history.h"
#include "joblookup.h"
#include "output.h"
#include "stdinreader.h"

#include <QJsonArray>
#include <QJsonObject>

namespace mlr::cli {

namespace {

using namespace mlr::azureml;

class EndpointRolloutCommand final : public AmlCommand
{
    Q_OBJECT

public:
    using AmlCommand::AmlCommand;

protected:
    void runAml() override
    {
        m_request.endpoint = endpointArgument();
        m_request.jobName = invocation().option(QStringLiteral("from-job"));
        if (m_request.jobName.isEmpty())
            return failInput(
                tr("'endpoint rollout' needs --from-job JOB (the retraining job whose model goes out)."));
        const auto stages = parseStages(invocation().hasOption(QStringLiteral("stages"))
                ? invocation().option(QStringLiteral("stages"))
                : QStringLiteral("10,100"));
        if (const Error *e = std::get_if<Error>(&stages))
            return fail(*e);
        m_request.stages = std::get<QList<int>>(stages);
        if (invocation().hasOption(QStringLiteral("until"))) {
            bool ok = false;
            m_until = invocation().option(QStringLiteral("until")).toInt(&ok);
            if (!ok || !m_request.stages.contains(m_until))
                return failInput(tr("--until must be one of the stages (%1).")
                                     .arg(invocation().hasOption(QStringLiteral("stages"))
                                             ? invocation().option(QStringLiteral("stages"))
                                             : QStringLiteral("10,100")));
        }
        m_request.deploymentName = invocation().option(QStringLiteral("deployment"));
        m_request.modelName = invocation().option(QStringLiteral("model"));
        m_request.backupDirectory = serviceBackupDirectory();
        m_request.description = tr("Retrained by job %1 (mlretrain-cli)").arg(m_request.jobName);
        if (!checkGate())
            return;
        m_request.skipSmokeTest = invocation().hasOption(QStringLiteral("skip-smoke"));
        if (m_request.skipSmokeTest)
            return confirm();
        readSampleRows();
    }

private:
    // The newest evaluation of the job must have passed the gate (--ignore-gate to go on).
    bool checkGate()
    {
        const auto evaluation = history::HistoryStore().lastEvaluation(m_request.jobName);
        if (!evaluation) {
            out().note(tr("job %1 was not evaluated (see 'retrain evaluate %1')").arg(m_request.jobName));
            return true;
        }
        const bool passed = evaluation->details.value(QStringLiteral("passed")).toBool();
        out().note(tr("gate verdict of job %1: %2").arg(m_request.jobName, evaluation->summary));
        if (passed || invocation().hasOption(QStringLiteral("ignore-gate")))
            return true;
        failInput(tr("Job %1 failed the promotion gate: nothing was changed (add --ignore-gate to roll it "
                     "out anyway).")
                      .arg(m_request.jobName));
        return false;
    }

    // Sample rows: --sample FILE, else the job's training CSV (journal), without its label.
    void readSampleRows()
    {
        QString file = invocation().option(QStringLiteral("sample"));
        if (file.isEmpty()) {
            Error ignored;
            if (const auto record = journaledJob(m_request.jobName, &ignored))
                file = record->inputFile;
        }
        if (file.isEmpty())
            return failInput(
                tr("No rows to smoke-test the new deployment with: give --sample FILE (a CSV of the "
                   "model's input columns) or --skip-smoke."));
        m_get = std::make_unique<WorkspaceGetJob>(ctx().network(), m_tokens.get(), m_workspace,
            QStringLiteral("/jobs/") + m_request.jobName, WorkspaceGetJob::Kind::One,
            tr("job %1").arg(m_request.jobName));
        connect(m_get.get(), &WorkspaceGetJob::finished, this,
            [this, file](const QJsonObject &body, const Error &error) {
                if (error)
                    return fail(error);
                Error invalid;
                const auto job = parseJob(body, &invalid);
                if (!job)
                    return fail(invalid);
                const auto rows = sampleRowsFromCsv(file, labelColumnOf(*job), 5, &invalid);
                if (!rows)
                    return fail(invalid);
                m_request.sampleRows = *rows;
                confirm();
            });
        m_get->start();
    }

    void confirm()
    {
        m_yes = invocation().hasOption(QStringLiteral("yes"));
        if (!m_yes) {
            QStringList percents;
            for (int p : std::as_const(m_request.stages))
                percents << QString::number(p) + QStringLiteral(" %");
            const std::optional<bool> yes = askYesNo(
                tr("Roll out the model of job %1 on endpoint %2: register it, deploy it at 0 %, smoke-test "
                   "it, then "
                   "move the traffic in stages (%3), each asked for. Go on?")
                    .arg(m_request.jobName, m_request.endpoint, percents.join(QStringLiteral(" → "))));
            if (!yes)
                return failInput(
                    tr("Nothing was changed: add --yes to roll out (standard input is not a terminal)."));
            if (!*yes)
                return failInput(tr("Nothing was changed."));
        }
        startRollout();
    }

    void startRollout()
    {
        m_job = std::make_unique<RolloutJob>(ctx().network(), m_tokens.get(), m_workspace, m_request);
        m_job->setScoringTokens(m_mlTokens.get());
        m_job->setConfirmEachStage(!m_yes);
        connect(
            m_job.get(), &RolloutJob::stepChanged, this, [this](RolloutJob::Step step, const QString &text) {
                if (step != RolloutJob::Step::Done) // the end state is the result itself
                    out().note(text);
            });
        connect(m_job.get(), &RolloutJob::backedUp, this,
            [this](const QString &file) { out().note(tr("backup: %1").arg(file)); });
        connect(m_job.get(), &RolloutJob::stageDone, this, [this](const RolloutStageRecord &stage) {
            out().note(tr("traffic read back: %1").arg(describeTraffic(stage.readBack)));
            if (m_until > 0 && stage.percent >= m_until && stage.percent < 100) {
                out().note(tr("stopping at %1 % (--until)").arg(stage.percent));
                m_job->stop();
            }
        });
        connect(m_job.get(), &RolloutJob::stageReady, this, [this](int, int, const TrafficMap &traffic) {
            const std::optional<bool> yes
                = askYesNo(tr("Move the traffic to %1?").arg(describeTraffic(traffic)));
            yes.value_or(false) ? m_job->continueStage() : m_job->stop();
        });
        connect(m_job.get(), &RolloutJob::finished, this, &EndpointRolloutCommand::onFinished);
        m_job->start();
    }

    void onFinished(const RolloutResult &result, const Error &error)
    {
        if (result.backupFile.isEmpty() && result.state == RolloutState::Unchanged && error)
            return fail(error); // refused before anything was written
        const history::Event event = history::rolloutEvent(m_profile.name, m_request.jobName, result);
        if (const Error e = history::HistoryStore().append(event))
            out().note(tr("the history could not be updated: %1").arg(e.message()));
        if (out().isJson()) {
            QJsonObject o = rolloutJson(result);
            if (invocation().hasOption(QStringLiteral("show-commands")))
                o.insert(QStringLiteral("commands"), commandsText(result));
            out().json(o);
        } else {
            QString text = rolloutText(result);
            if (invocation().hasOption(QStringLiteral("show-commands")))
                text += u'\n' + commandsText(result);
            out().text(text);
        }
        if (error)
            return fail(error);
        succeed();
    }

    QString commandsText(const RolloutResult &r) const
    {
        RolloutSteps steps;
        steps.endpoint = r.endpoint;
        steps.currentDeployment = r.oldDeployment;
        steps.newDeployment = r.newDeployment;
        steps.model = r.model.name;
        steps.modelVersion = r.model.version;
        steps.job = m_request.jobName;
        steps.modelBody = r.model.raw;
        for (const RolloutStageRecord &s : r.stages)
            steps.stages.append(s.intended);
        const auto cmds = rolloutCommands(m_workspace, arm::signInSettingsFor(m_profile), steps);
        return arm::formatCommands(cmds, false) + u'\n' + arm::formatCommands(cmds, true);
    }

    RolloutRequest m_request;
    bool m_yes = false;
    int m_until = 0; // --until: stop after the stage of this share

    std::unique_ptr<WorkspaceGetJob> m_get;
    std::unique_ptr<RolloutJob> m_job;
};

} // namespace

QJsonArray deploymentsJson(const QList<OnlineDeployment> &deployments)
{
    QJsonArray a;
    for (const OnlineDeployment &d : deployments)
        a.append(QJsonObject { { QStringLiteral("name"), d.name }, { QStringLiteral("model"), d.model },
            { QStringLiteral("provisioningState"), d.provisioningState } });
    return a;
}

QJsonObject trafficJson(const TrafficMap &traffic)
{
    QJsonObject o;
    for (auto it = traffic.cbegin(); it != traffic.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QJsonObject rolloutJson(const RolloutResult &r)
{
    QJsonArray stages;
    for (const RolloutStageRecord &s : r.stages)
        stages.append(QJsonObject { { QStringLiteral("percent"), s.percent },
            { QStringLiteral("intended"), trafficJson(s.intended) },
            { QStringLiteral("readBack"), trafficJson(s.readBack) },
            { QStringLiteral("done"), s.doneUtc.toString(Qt::ISODateWithMs) },
            { QStringLiteral("alreadyInPlace"), s.alreadyInPlace } });
    QJsonObject o { { QStringLiteral("endpoint"), r.endpoint },
        { QStringLiteral("state"), rolloutStateName(r.state) }, { QStringLiteral("stateText"), r.stateText },
        { QStringLiteral("oldDeployment"), r.oldDeployment },
        { QStringLiteral("newDeployment"), r.newDeployment },
        { QStringLiteral("model"),
            QJsonObject {
                { QStringLiteral("name"), r.model.name }, { QStringLiteral("version"), r.model.version } } },
        { QStringLiteral("previousModel"),
            QJsonObject { { QStringLiteral("name"), r.previousModel.name },
                { QStringLiteral("version"), r.previousModel.version } } },
        { QStringLiteral("modelRegistered"), r.modelRegistered },
        { QStringLiteral("deploymentCreated"), r.deploymentCreated },
        { QStringLiteral("backupFile"), r.backupFile }, { QStringLiteral("stages"), stages },
        { QStringLiteral("warnings"), QJsonArray::fromStringList(r.warnings) },
        { QStringLiteral("deployments"), deploymentsJson(r.deployments) },
        { QStringLiteral("rollback"),
            QJsonObject { { QStringLiteral("previousDeployment"), r.rollback.previousDeployment },
                { QStringLiteral("traffic"), trafficJson(r.rollback.traffic) } } } };
    if (r.trafficKnown)
        o.insert(QStringLiteral("traffic"), trafficJson(r.traffic));
    if (r.smoke)
        o.insert(QStringLiteral("smoke"),
            QJsonObject { { QStringLiteral("rows"), r.smoke->rows },
                { QStringLiteral("labelsChanged"), r.smoke->labelsChanged },
                { QStringLiteral("scoresChanged"), r.smoke->scoresChanged },
                { QStringLiteral("unchanged"), r.smoke->unchanged() } });
    return o;
}

QString rolloutText(const RolloutResult &r)
{
    QStringList lines { r.stateText };
    for (const RolloutStageRecord &s : r.stages)
        lines << Command::tr("  stage %1 %: %2 (read back %3)")
                     .arg(s.percent)
                     .arg(describeTraffic(s.readBack), format::timestamp(s.doneUtc));
    if (r.smoke)
        lines << Command::tr("Smoke test at 0 %: %1").arg(r.smoke->summary());
    for (const QString &w : r.warnings)
        lines << Command::tr("Warning: %1").arg(w);
    if (!r.backupFile.isEmpty())
        lines << Command::tr("Backup: %1").arg(r.backupFile);
    if (r.rollback.isValid() && r.state != RolloutState::Unchanged)
        lines << Command::tr("Roll back with: %1 endpoint rollback %2 --yes")
                     .arg(QString::fromLatin1(toolName), r.endpoint);
    return lines.join(u'\n');
}

std::unique_ptr<Command> createEndpointRolloutCommand(Context &context)
{
    return std::make_unique<EndpointRolloutCommand>(context);
}

} // namespace mlr::cli

#include "rolloutcommands.moc"
