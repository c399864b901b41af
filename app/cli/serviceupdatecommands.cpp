// service update NAME --from-job JOB | rollback NAME [--to BACKUP] | smoke NAME: the guarded,
// backed-up, verified and smoke-tested model change (rolled back automatically when the service
// then fails to score), and the smoke test on its own.
#include "arm/armjobs.h"
#include "arm/commands.h"
#include "arm/guardedupdatejob.h"
#include "arm/modelupdatejob.h"
#include "arm/rollbackchoice.h"
#include "arm/smokecheck.h"
#include "history/history.h"
#include "joblookup.h"
#include "output.h"
#include "profile/profilestore.h"
#include "servicecommand.h"
#include "serviceupdateresult.h"
#include "stdinreader.h"

#include <QJsonArray>
#include <QJsonObject>

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
    // The storage account first (it reads the model blobs), then the new model's uri.
    void run() override
    {
        resolveStorageAccount(m_profile, [this](const StorageAccount &account, const Error &error) {
            if (error)
                out().note(tr("the model blobs cannot be checked: %1").arg(error.message()));
            else
                m_storage = account;
            if (isRollback() && invocation().option(QStringLiteral("to")).isEmpty())
                return chooseBackup();
            Error uriError;
            m_uri = targetUri(&uriError);
            if (uriError)
                return fail(uriError);
            showCommandsThenProceed();
        });
    }

private:
    bool isRollback() const { return invocation().command == u"rollback"; }
    QString serviceName() const { return invocation().args.value(0); }
    QString assetOption() const { return invocation().option(QStringLiteral("asset")); }

    // rollback without --to: the newest backup whose model exists and is not the current one.
    void chooseBackup()
    {
        auto *choice = new RollbackChoiceJob(ctx().network(), m_tokens.get(), m_target, serviceName(),
            assetOption(), serviceBackupDirectory(), m_storage, this);
        connect(
            choice, &RollbackChoiceJob::finished, this, [this](const RollbackChoice &c, const Error &error) {
                for (const QString &skipped : c.skipped)
                    out().note(tr("skipped backup %1").arg(skipped));
                if (error)
                    return fail(Error(error).withContext(tr("Choosing a backup (name one with --to FILE)")));
                out().note(tr("rolling back to the backup %1 (model %2)").arg(c.file, c.uri));
                m_backupUsed = c.file;
                m_uri = QUrl(c.uri);
                showCommandsThenProceed();
            });
        choice->start();
    }

    // The new model uri: the job's model output (update) or the backup's (rollback --to).
    QUrl targetUri(Error *error)
    {
        if (isRollback()) {
            m_backupUsed = invocation().option(QStringLiteral("to"));
            return QUrl(backupModelUri(m_backupUsed, assetOption(), error));
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
        m_pair.profile = job->profile;
        if (const auto profile = ctx().profiles().load(job->profile)) {
            m_pair.profileFound = true;
            m_pair.trainingService = profile->trainingServiceName;
            m_pair.predictiveService = profile->predictiveServiceName;
        }
        const QUrl model = job->outputFor(QStringLiteral("model"));
        if (!model.isValid() || model.isEmpty()) {
            *error = Error::input(tr("Job %1 has no trained model output.").arg(jobId));
            return {};
        }
        return modelUriFromBlobUrl(model);
    }

    void showCommandsThenProceed()
    {
        if (!invocation().hasOption(QStringLiteral("show-commands")))
            return proceed();
        // The commands show the real PATCH body: computed from the service as it is now.
        auto *get = new WebServiceGetJob(ctx().network(), m_tokens.get(), m_target, serviceName(), this);
        connect(get, &WebServiceGetJob::finished, this,
            [this](const QJsonObject &resource, const Error &getError) {
                if (!getError) {
                    QString assetId = assetOption();
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

    void proceed()
    {
        if (!invocation().hasOption(QStringLiteral("yes")))
            return plan();
        apply();
    }

    ModelUpdateRequest request(bool planOnly) const
    {
        ModelUpdateRequest r;
        r.serviceName = serviceName();
        r.modelUri = m_uri;
        r.assetId = assetOption();
        r.backupDirectory = serviceBackupDirectory();
        r.planOnly = planOnly;
        if (!isRollback()) {
            r.job = m_job;
            r.pair = m_pair;
        }
        r.storage = m_storage;
        return r;
    }

    void plan()
    {
        auto *job = new ModelUpdateJob(ctx().network(), m_tokens.get(), m_target, request(true), this);
        connect(job, &ModelUpdateJob::stepChanged, this,
            [this](ModelUpdateJob::Step, const QString &text) { out().note(text); });
        connect(job, &ModelUpdateJob::finished, this, &UpdateCommand::planned);
        job->start();
    }

    // Without --yes: the guard, the diff and the gate verdict; then ask (terminal) or refuse.
    void planned(const ModelUpdateResult &result, const Error &error)
    {
        if (error && result.guard.refusals.isEmpty())
            return fail(error);
        if (result.identical) { // nothing to apply
            out().text(result.stateText);
            return succeed();
        }
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
        const std::optional<bool> yes = askYesNo(tr("Apply this change?"));
        if (!yes)
            return failInput(
                tr("Nothing was changed: add --yes to apply the change (standard input is not a terminal)."));
        if (!*yes)
            return failInput(tr("Nothing was changed."));
        apply();
    }

    // The update with its smoke tests (when the profile has a predictive URL and key) and the
    // automatic rollback on scoring errors (GuardedUpdateJob).
    void apply()
    {
        if (m_profile.predictiveRequestUrl.isEmpty()) {
            out().note(tr("no predictive service URL in the profile: no smoke test"));
            return runGuarded({});
        }
        readPredictiveKey([this](const QString &key, const Error &error) {
            if (error)
                out().note(tr("smoke test before the change failed: %1").arg(error.message()));
            runGuarded(error ? SmokeTarget() : SmokeTarget { m_profile.predictiveRequestUrl, key });
        });
    }

    void runGuarded(const SmokeTarget &smoke)
    {
        auto *job
            = new GuardedUpdateJob(ctx().network(), m_tokens.get(), m_target, request(false), smoke, this);
        connect(job, &GuardedUpdateJob::stepChanged, this, [this](const QString &text) { out().note(text); });
        connect(job, &GuardedUpdateJob::operationProgress, this,
            [this](const QString &status, double) { out().note(tr("operation: %1").arg(status)); });
        connect(job, &GuardedUpdateJob::finished, this, &UpdateCommand::finish);
        job->start();
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

    void finish(const GuardedUpdateResult &r, const Error &error)
    {
        const ModelUpdateResult &result = r.update;
        const bool smokeFailed = r.smoke != SmokeOutcome::NotRun && r.smoke != SmokeOutcome::Changed;
        const QString smokeText = r.smoke == SmokeOutcome::Unchanged
            ? tr("predictions unchanged: %1").arg(r.smokeText)
            : r.smokeText;
        if (!r.smokeBeforeError.isEmpty())
            out().note(tr("smoke test before the change failed: %1").arg(r.smokeBeforeError));
        if (!result.identical)
            for (const history::Event &event : updateEvents(
                     m_profile.name, r, isRollback(), m_job.jobId, m_backupUsed, smokeFailed, smokeText))
                if (const Error h = history::HistoryStore().append(event))
                    out().note(h.message());
        // The guard's warnings (e.g. a model in another storage account): shown in the plan, and
        // here for --yes, which shows no plan.
        for (const QString &w : result.guard.warnings)
            out().note(tr("warning: %1").arg(w));
        if (out().isJson()) {
            out().json(updateResultJson(r, smokeFailed, smokeText));
        } else {
            QStringList lines { result.stateText };
            if (!result.identical)
                lines.append(formatDiff(result.diff));
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
        if (result.identical)
            return succeed();
        if (result.state != ServiceState::Updated)
            return failInput(result.stateText);
        if (smokeFailed)
            return failInput(smokeText);
        succeed();
    }

    ml::JobRecord m_job;
    RecordedPair m_pair;
    std::optional<StorageAccount> m_storage;
    QUrl m_uri;
    QString m_backupUsed;
    QJsonObject m_patchBody; // --show-commands: the PATCH the update sends
};

} // namespace

std::unique_ptr<Command> createServiceUpdateCommand(Context &context)
{
    const QString &command = context.invocation().command;
    if (command == u"update" || command == u"rollback")
        return std::make_unique<UpdateCommand>(context);
    if (command == u"smoke")
        return createSmokeCommand(context);
    return nullptr;
}

} // namespace mlr::cli

#include "serviceupdatecommands.moc"
