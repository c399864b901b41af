// service update NAME --from-job JOB | rollback NAME [--to BACKUP] | smoke NAME: the guarded,
// backed-up, verified and smoke-tested model change, and the smoke test on its own.
#include "arm/armjobs.h"
#include "arm/commands.h"
#include "arm/modelupdatejob.h"
#include "arm/smokecheck.h"
#include "history/history.h"
#include "joblookup.h"
#include "output.h"
#include "servicecommand.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

namespace mlr::cli {

namespace {

using namespace mlr::arm;

// update NAME --from-job JOB | rollback NAME [--to BACKUP]
class UpdateCommand final : public ServiceCommand
{
    Q_OBJECT

public:
    using ServiceCommand::ServiceCommand;

protected:
    void run() override
    {
        Error error;
        m_uri = targetUri(&error);
        if (error)
            return fail(error);
        if (!invocation().hasOption(QStringLiteral("show-commands")))
            return proceed();
        // The commands show the real PATCH body: computed from the service as it is now.
        auto *get = new WebServiceGetJob(ctx().network(), m_tokens.get(), m_target, serviceName(), this);
        connect(get, &WebServiceGetJob::finished, this,
            [this](const QJsonObject &resource, const Error &getError) {
                if (!getError) {
                    QString assetId = invocation().option(QStringLiteral("asset"));
                    const QList<TrainedModelAsset> assets = trainedModelAssets(resource);
                    if (assetId.isEmpty() && assets.size() == 1)
                        assetId = assets.first().assetId;
                    Error ignored;
                    if (const auto changed = withTrainedModelUri(resource, assetId, m_uri, &ignored))
                        m_patchBody = assetsPatchBody(*changed);
                }
                proceed(); // a failed GET shows again in the update itself
            });
        get->start();
    }

private:
    bool isRollback() const { return invocation().command == u"rollback"; }
    QString serviceName() const { return invocation().args.value(0); }

    // The new model uri: the job's model output (update) or a backup's (rollback).
    QUrl targetUri(Error *error)
    {
        if (isRollback()) {
            QString backup = invocation().option(QStringLiteral("to"));
            if (backup.isEmpty()) {
                const QStringList backups = listBackups(serviceBackupDirectory(), serviceName());
                if (backups.isEmpty()) {
                    *error = Error::input(tr("No backup of %1 in %2; name one with --to FILE.")
                                              .arg(serviceName(), serviceBackupDirectory()));
                    return {};
                }
                backup = backups.first();
            }
            m_backupUsed = backup;
            return QUrl(backupModelUri(backup, invocation().option(QStringLiteral("asset")), error));
        }
        const QString jobId = invocation().option(QStringLiteral("from-job"));
        if (jobId.isEmpty()) {
            *error = Error::input(tr("service update needs --from-job JOB."));
            return {};
        }
        const auto job = journaledJob(jobId, error);
        if (!job)
            return {};
        m_job = *job;
        const QUrl model = job->outputFor(QStringLiteral("model"));
        if (!model.isValid() || model.isEmpty()) {
            *error = Error::input(tr("Job %1 has no trained model output.").arg(jobId));
            return {};
        }
        return modelUriFromBlobUrl(model);
    }

    void proceed()
    {
        if (!invocation().hasOption(QStringLiteral("yes")))
            return runUpdate(request(true));
        applyWithSmoke();
    }

    ModelUpdateRequest request(bool planOnly) const
    {
        ModelUpdateRequest r;
        r.serviceName = serviceName();
        r.modelUri = m_uri;
        r.assetId = invocation().option(QStringLiteral("asset"));
        r.backupDirectory = serviceBackupDirectory();
        r.planOnly = planOnly;
        return r;
    }

    void runUpdate(const ModelUpdateRequest &r)
    {
        auto *job = new ModelUpdateJob(ctx().network(), m_tokens.get(), m_target, r, this);
        connect(job, &ModelUpdateJob::stepChanged, this,
            [this](ModelUpdateJob::Step, const QString &text) { out().note(text); });
        connect(job, &ModelUpdateJob::operationProgress, this,
            [this](const QString &status, double) { out().note(tr("operation: %1").arg(status)); });
        connect(job, &ModelUpdateJob::finished, this,
            [this, r](const ModelUpdateResult &result, const Error &error) {
                if (r.planOnly)
                    return planned(result, error);
                updated(result, error);
            });
        job->start();
    }

    // Without --yes: the guard, the diff and the gate verdict; then ask (terminal) or refuse.
    void planned(const ModelUpdateResult &result, const Error &error)
    {
        if (error && result.guard.refusals.isEmpty())
            return fail(error);
        QStringList lines;
        for (const QString &refusal : result.guard.refusals)
            lines.append(tr("Refused: %1").arg(refusal));
        for (const QString &w : result.guard.warnings)
            lines.append(tr("Warning: %1").arg(w));
        lines.append(tr("Change of %1:").arg(result.serviceName));
        lines.append(formatDiff(result.diff));
        if (!isRollback()) {
            const auto evaluation = history::HistoryStore().lastEvaluation(m_job.jobId);
            lines.append(evaluation
                    ? tr("Gate verdict of job %1: %2").arg(m_job.jobId, evaluation->summary)
                    : tr("Job %1 was not evaluated (run 'retrain evaluate %1' first).").arg(m_job.jobId));
        }
        if (invocation().hasOption(QStringLiteral("show-commands")))
            lines.append(commandsText(result));
        if (!result.guard.isAllowed()) {
            out().text(lines.join(u'\n'));
            return fail(error ? error : Error::input(result.guard.refusals.join(QStringLiteral(" "))));
        }
        if (out().isJson())
            out().json(QJsonObject { { QStringLiteral("service"), result.serviceName },
                { QStringLiteral("plan"), lines.join(u'\n') }, { QStringLiteral("applied"), false } });
        else
            out().text(lines.join(u'\n'));
        if (!isatty(STDIN_FILENO) || !isatty(STDERR_FILENO))
            return failInput(
                tr("Nothing was changed: add --yes to apply the change (standard input is not a terminal)."));
        std::fputs(qPrintable(tr("Apply this change? [y/N] ")), stderr);
        std::fflush(stderr);
        QTextStream in(stdin);
        const QString answer = in.readLine().trimmed().toLower();
        if (answer != u"y" && answer != u"yes")
            return failInput(tr("Nothing was changed."));
        applyWithSmoke();
    }

    // The sample rows scored before (a failure is noted: the update still runs), then the update.
    void applyWithSmoke()
    {
        if (m_profile.predictiveRequestUrl.isEmpty()) {
            out().note(tr("no predictive service URL in the profile: no smoke test"));
            return runUpdate(request(false));
        }
        smoke(
            serviceName(),
            [this](const QList<QStringList> &scores, const QStringList &columns) {
                m_before = smokeTable(columns, scores);
                runUpdate(request(false));
            },
            [this](const Error &error) {
                out().note(tr("smoke test before the change failed: %1").arg(error.message()));
                runUpdate(request(false));
            });
    }

    QString commandsText(const ModelUpdateResult &result) const
    {
        QJsonObject patch = m_patchBody;
        if (patch.isEmpty())
            patch.insert(QStringLiteral("properties"),
                QJsonObject { { QStringLiteral("packageType"), QStringLiteral("Graph") } });
        const auto cmds = modelUpdateCommands(m_target, m_settings, result.serviceName, result.assetId,
            m_uri.toString(), patch, result.backupFile);
        return formatCommands(cmds, false) + u'\n' + formatCommands(cmds, true);
    }

    void updated(const ModelUpdateResult &result, const Error &error)
    {
        if (error || result.state != ServiceState::Updated || m_before.rows.empty()
            || m_profile.predictiveRequestUrl.isEmpty())
            return finish(result, error, {});
        smoke(
            result.serviceName,
            [this, result, error](const QList<QStringList> &scores, const QStringList &columns) {
                Error cmpError;
                const auto cmp = compareScores(m_before, smokeTable(columns, scores), &cmpError);
                if (!cmp)
                    return finish(result, error, QStringLiteral("!") + cmpError.message());
                if (cmp->unchanged())
                    return finish(result, error,
                        QStringLiteral("!") + tr("predictions unchanged: %1").arg(cmp->summary()));
                finish(result, error, cmp->summary());
            },
            [this, result, error](const Error &smokeError) {
                finish(result, error,
                    QStringLiteral("!")
                        + tr("smoke test after the change failed: %1").arg(smokeError.message()));
            });
    }

    // smokeOutcome: empty (none ran), the comparison's sentence, or "!" + why it failed.
    void finish(const ModelUpdateResult &result, const Error &error, const QString &smokeOutcome)
    {
        history::Event e = history::updateEvent(m_profile.name, result, isRollback());
        e.jobId = m_job.jobId;
        if (isRollback())
            e.details.insert(QStringLiteral("rolledBackTo"), m_backupUsed);
        const bool smokeFailed = smokeOutcome.startsWith(u'!');
        const QString smokeText = smokeFailed ? smokeOutcome.mid(1) : smokeOutcome;
        if (!smokeText.isEmpty()) {
            e.details.insert(QStringLiteral("smoke"), smokeText);
            e.details.insert(QStringLiteral("smokePassed"), !smokeFailed);
        }
        if (const Error h = history::HistoryStore().append(e))
            out().note(h.message());
        // The guard's warnings (e.g. a model in another storage account): shown in the plan, and
        // here for --yes, which shows no plan.
        for (const QString &w : result.guard.warnings)
            out().note(tr("warning: %1").arg(w));
        if (out().isJson()) {
            out().json(QJsonObject { { QStringLiteral("service"), result.serviceName },
                { QStringLiteral("state"), serviceStateName(result.state) },
                { QStringLiteral("stateText"), result.stateText },
                { QStringLiteral("oldUri"), result.oldUri }, { QStringLiteral("newUri"), result.newUri },
                { QStringLiteral("verifiedUri"), result.verifiedUri },
                { QStringLiteral("backupFile"), result.backupFile }, { QStringLiteral("smoke"), smokeText },
                { QStringLiteral("smokePassed"), !smokeFailed },
                { QStringLiteral("warnings"), QJsonArray::fromStringList(result.guard.warnings) },
                { QStringLiteral("diff"), formatDiff(result.diff) } });
        } else {
            QStringList lines { result.stateText, formatDiff(result.diff) };
            if (!result.backupFile.isEmpty())
                lines.append(tr("Backup: %1").arg(result.backupFile));
            if (!smokeText.isEmpty())
                lines.append(
                    (smokeFailed ? tr("Smoke test FAILED: %1") : tr("Smoke test: %1")).arg(smokeText));
            if (invocation().hasOption(QStringLiteral("show-commands")))
                lines.append(commandsText(result));
            out().text(lines.join(u'\n'));
        }
        if (result.state == ServiceState::Unknown) // say how to find out and how to go back
            out().note(
                tr("check the service with '%1 service get %2'; '%1 service rollback %2 --yes' puts the "
                   "previous model back")
                    .arg(QString::fromLatin1(toolName), result.serviceName));
        if (error)
            return fail(error);
        if (result.state != ServiceState::Updated)
            return failInput(result.stateText);
        if (smokeFailed)
            return failInput(smokeText);
        succeed();
    }

    ml::JobRecord m_job;
    QUrl m_uri;
    QString m_backupUsed;
    ml::RrsTable m_before;
    QJsonObject m_patchBody; // --show-commands: the PATCH the update sends
};

// smoke NAME: the sample rows scored by the profile's predictive service, printed.
class SmokeCommand final : public ServiceCommand
{
public:
    using ServiceCommand::ServiceCommand;

protected:
    bool needsSignIn() const override { return false; }

    void run() override
    {
        smoke(
            invocation().args.value(0), [this](const QList<QStringList> &scores, const QStringList &columns) {
                if (out().isJson()) {
                    QJsonArray rows;
                    for (const QStringList &r : scores)
                        rows.append(QJsonArray::fromStringList(r));
                    out().json(
                        QJsonObject { { QStringLiteral("columns"), QJsonArray::fromStringList(columns) },
                            { QStringLiteral("rows"), rows } });
                } else {
                    QStringList lines { columns.join(u'\t') };
                    for (const QStringList &r : scores)
                        lines.append(r.join(u'\t'));
                    out().text(lines.join(u'\n'));
                }
                succeed();
            });
    }
};

} // namespace

std::unique_ptr<Command> createServiceUpdateCommand(Context &context)
{
    const QString &command = context.invocation().command;
    if (command == u"update" || command == u"rollback")
        return std::make_unique<UpdateCommand>(context);
    if (command == u"smoke")
        return std::make_unique<SmokeCommand>(context);
    return nullptr;
}

} // namespace mlr::cli

#include "serviceupdatecommands.moc"
