// service ...: the web services behind a profile, through Azure Resource Manager.
#include "servicecommands.h"

#include "arm/armjobs.h"
#include "arm/armwrite.h"
#include "arm/commands.h"
#include "arm/definitionfile.h"
#include "arm/modelupdatejob.h"
#include "arm/sandboxtemplate.h"
#include "arm/smokecheck.h"
#include "arm/tokenprovider.h"
#include "history/history.h"
#include "http/redaction.h"
#include "output.h"
#include "profile/profile.h"
#include "profile/profilestore.h"
#include "secrets/secretjobs.h"
#include "secrets/secretstore.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

namespace mlr::cli {

namespace {

using namespace mlr::arm;

constexpr char predictiveKeyVariable[] = "MLR_PREDICTIVE_API_KEY";

QString backupDirectory()
{
    return history::HistoryStore().directory() + QStringLiteral("/backups");
}

// Every service command: the profile, the sign-in, the ARM target.
class ServiceCommand : public Command
{
public:
    using Command::Command;

    void start() override
    {
        Error error;
        const auto profile = ctx().selectedProfile(&error);
        if (!profile)
            return fail(error);
        m_profile = *profile;
        m_target.armUrl
            = m_profile.armUrl.isValid() && !m_profile.armUrl.isEmpty() ? m_profile.armUrl : defaultArmUrl();
        m_target.subscriptionId = m_profile.subscriptionId;
        m_target.resourceGroup = m_profile.resourceGroup;
        const QString cmd = invocation().command;
        if (cmd == u"create" && invocation().hasOption(QStringLiteral("template")))
            return createFromTemplate();
        if (cmd == u"smoke")
            return smoke(invocation().args.value(0),
                [this](const QList<QStringList> &, const QStringList &) { succeed(); });
        signIn([this, cmd] {
            if (cmd == u"list")
                list();
            else if (cmd == u"get" || cmd == u"export")
                get();
            else if (cmd == u"import" || cmd == u"create")
                put();
            else if (cmd == u"update" || cmd == u"rollback")
                update();
            else
                failInput(tr("Unknown command %1.").arg(cmd));
        });
    }

private:
    // Sign-in: AZURE_TENANT_ID/AZURE_CLIENT_ID/AZURE_CLIENT_SECRET (as Azure Identity), else the
    // profile's tenant and client with AZURE_CLIENT_SECRET or the keychain's client secret.
    void signIn(std::function<void()> then)
    {
        SignInSettings settings;
        if (m_profile.loginUrl.isValid() && !m_profile.loginUrl.isEmpty())
            settings.loginUrl = m_profile.loginUrl;
        settings.tenantId = m_profile.tenantId;
        settings.clientId = m_profile.clientId;
        QString secret;
        if (const auto env = credentialFromEnvironment()) {
            settings = env->settings;
            if (!qEnvironmentVariableIsSet("AZURE_AUTHORITY_HOST") && m_profile.loginUrl.isValid()
                && !m_profile.loginUrl.isEmpty())
                settings.loginUrl = m_profile.loginUrl;
            secret = env->clientSecret;
        } else {
            secret = qEnvironmentVariable("AZURE_CLIENT_SECRET").trimmed();
        }
        if (const Error e = settings.validate())
            return fail(Error(e).withContext(tr("Signing in to Azure (profile '%1')").arg(m_profile.name)));
        const auto useSecret = [this, settings, then](const QString &s) {
            if (s.isEmpty())
                return failInput(
                    tr("No client secret for signing in to Azure: set the profile's clientSecret "
                       "(keychain) or AZURE_CLIENT_SECRET."));
            redaction::registerSecret(s);
            m_settings = settings;
            m_tokens = std::make_unique<TokenProvider>(ctx().network(), settings);
            m_tokens->setClientSecret(s);
            then();
        };
        if (!secret.isEmpty())
            return useSecret(secret);
        m_secretJob.reset(ctx().secrets().read(m_profile.name, SecretKind::ArmClientSecret, nullptr));
        connect(m_secretJob.get(), &SecretReadJob::finished, this,
            [this, useSecret](const QString &value, const Error &error) {
                if (error)
                    return fail(error);
                useSecret(value.trimmed());
            });
        m_secretJob->start();
    }

    void list()
    {
        const auto scope = m_target.resourceGroup.isEmpty() ? WebServiceListJob::Scope::Subscription
                                                            : WebServiceListJob::Scope::ResourceGroup;
        auto *job = new WebServiceListJob(ctx().network(), m_tokens.get(), m_target, scope, this);
        connect(job, &WebServiceListJob::finished, this,
            [this](const QList<WebServiceSummary> &services, const Error &error) {
                if (error)
                    return fail(error);
                if (out().isJson()) {
                    QJsonArray array;
                    for (const WebServiceSummary &s : services)
                        array.append(QJsonObject { { QStringLiteral("name"), s.name },
                            { QStringLiteral("resourceGroup"), s.resourceGroup },
                            { QStringLiteral("location"), s.location }, { QStringLiteral("title"), s.title },
                            { QStringLiteral("provisioningState"), s.provisioningState },
                            { QStringLiteral("readOnly"), s.readOnly },
                            { QStringLiteral("storageAccount"), s.storageAccount } });
                    out().json(array);
                } else {
                    QStringList lines;
                    for (const WebServiceSummary &s : services)
                        lines.append(QStringLiteral("%1\t%2\t%3%4")
                                         .arg(s.name, s.resourceGroup, s.provisioningState,
                                             s.readOnly ? tr("\tread-only") : QString()));
                    if (lines.isEmpty())
                        lines.append(tr("(no web services)"));
                    out().text(lines.join(u'\n'));
                }
                succeed();
            });
        job->start();
    }

    void get()
    {
        const QString name = invocation().args.value(0);
        auto *job = new WebServiceGetJob(ctx().network(), m_tokens.get(), m_target, name, this);
        connect(job, &WebServiceGetJob::finished, this,
            [this, name](const QJsonObject &resource, const Error &error) {
                if (error)
                    return fail(error);
                if (invocation().command == u"export") {
                    const QString file = invocation().args.value(1);
                    if (QFileInfo::exists(file) && !invocation().hasOption(QStringLiteral("overwrite")))
                        return failInput(tr("%1 already exists; add --overwrite to replace it.").arg(file));
                    QSaveFile f(file);
                    if (!f.open(QIODevice::WriteOnly))
                        return failInput(tr("%1 cannot be written: %2").arg(file, f.errorString()));
                    f.write(exportDefinition(resource));
                    if (!f.commit())
                        return failInput(tr("%1 cannot be written: %2").arg(file, f.errorString()));
                    if (out().isJson())
                        out().json(QJsonObject {
                            { QStringLiteral("service"), name }, { QStringLiteral("file"), file } });
                    else
                        out().text(tr("Exported %1 to %2").arg(name, file));
                    return succeed();
                }
                if (out().isJson()) {
                    out().json(resource);
                } else {
                    const WebServiceSummary s = summaryFromJson(resource);
                    QStringList lines { tr("Name: %1").arg(s.name), tr("Title: %1").arg(s.title),
                        tr("State: %1").arg(s.provisioningState),
                        tr("Read-only: %1").arg(s.readOnly ? tr("yes") : tr("no")),
                        tr("Storage account: %1").arg(s.storageAccount) };
                    for (const TrainedModelAsset &a : trainedModelAssets(resource))
                        lines.append(tr("Trained model %1 (%2): %3").arg(a.name, a.assetId, a.uri));
                    if (outputsTrainedModel(resource))
                        lines.append(tr("This is a training service (an output is a trained model)."));
                    out().text(lines.join(u'\n'));
                }
                succeed();
            });
        job->start();
    }

    // create --template T --schema-from CSV --label COL NAME (mlstudio-local): a retraining and
    // predictive pair for the CSV; the pair becomes the profile's services, their keys go to
    // the keychain.
    void createFromTemplate()
    {
        const QString csvPath = invocation().option(QStringLiteral("schema-from"));
        const QString label = invocation().option(QStringLiteral("label"));
        if (csvPath.isEmpty() || label.isEmpty())
            return failInput(tr("service create --template needs --schema-from CSV and --label COLUMN."));
        QFile csv(csvPath);
        if (!csv.open(QIODevice::ReadOnly))
            return failInput(tr("%1 cannot be read: %2").arg(csvPath, csv.errorString()));
        SandboxServicePairJob::Request request;
        request.server = m_target.armUrl;
        request.templateName = invocation().option(QStringLiteral("template"));
        request.labelColumn = label;
        request.name = invocation().args.value(0);
        request.csv = csv.readAll();
        request.learner = invocation().option(QStringLiteral("learner"));
        out().note(
            tr("creating %1-retraining and %1-predictive (training the first model)").arg(request.name));
        auto *job = new SandboxServicePairJob(ctx().network(), request, this);
        connect(job, &SandboxServicePairJob::finished, this,
            [this, request](const QJsonObject &pair, const Error &error) {
                if (error)
                    return fail(error);
                const QJsonObject training = pair.value(QStringLiteral("trainingService")).toObject();
                const QJsonObject predictive = pair.value(QStringLiteral("predictiveService")).toObject();
                const QList<std::pair<QString, QString>> settings = {
                    { QStringLiteral("trainingBatchUrl"),
                        training.value(QStringLiteral("batchUrl")).toString() },
                    { QStringLiteral("trainingServiceName"),
                        training.value(QStringLiteral("name")).toString() },
                    { QStringLiteral("predictiveRequestUrl"),
                        predictive.value(QStringLiteral("requestUrl")).toString() },
                    { QStringLiteral("predictiveServiceName"),
                        predictive.value(QStringLiteral("name")).toString() },
                };
                for (const auto &[key, value] : settings) {
                    if (const Error e = m_profile.set(key, value))
                        return fail(e);
                }
                if (const Error e = ctx().profiles().save(m_profile))
                    return fail(e);
                history::Event e;
                e.kind = history::EventKind::ServiceCreated;
                e.profile = m_profile.name;
                e.service = m_profile.predictiveServiceName;
                e.summary = tr("Created %1 and %2 from template %3")
                                .arg(m_profile.trainingServiceName, m_profile.predictiveServiceName,
                                    request.templateName);
                e.details = QVariantMap { { QStringLiteral("template"), request.templateName },
                    { QStringLiteral("label"), request.labelColumn },
                    { QStringLiteral("training"), m_profile.trainingServiceName },
                    { QStringLiteral("predictive"), m_profile.predictiveServiceName } };
                if (const Error h = history::HistoryStore().append(e))
                    out().note(h.message());
                m_pairKeys = { { SecretKind::TrainingApiKey,
                                   training.value(QStringLiteral("apiKey")).toString() },
                    { SecretKind::PredictiveApiKey, predictive.value(QStringLiteral("apiKey")).toString() } };
                storePairKeys();
            });
        job->start();
    }

    void storePairKeys()
    {
        if (m_pairKeys.isEmpty() || ctx().secrets().isSessionOnly()) {
            if (!m_pairKeys.isEmpty())
                out().note(tr("the keychain is unavailable: the new services' API keys were not stored"));
            if (out().isJson())
                out().json(QJsonObject { { QStringLiteral("profile"), m_profile.name },
                    { QStringLiteral("trainingService"), m_profile.trainingServiceName },
                    { QStringLiteral("predictiveService"), m_profile.predictiveServiceName },
                    { QStringLiteral("trainingBatchUrl"), m_profile.trainingBatchUrl.toString() },
                    { QStringLiteral("predictiveRequestUrl"), m_profile.predictiveRequestUrl.toString() } });
            else
                out().text(
                    tr("Created %1 and %2; profile '%3' now uses them.")
                        .arg(m_profile.trainingServiceName, m_profile.predictiveServiceName, m_profile.name));
            return succeed();
        }
        const auto [kind, value] = m_pairKeys.takeFirst();
        auto *job = ctx().secrets().write(m_profile.name, kind, value, this);
        connect(job, &SecretWriteJob::finished, this, [this](const Error &error) {
            if (error)
                return fail(error);
            storePairKeys();
        });
        job->start();
    }

    // import FILE NAME / create --definition FILE NAME: PUT the definition.
    void put()
    {
        const bool create = invocation().command == u"create";
        if (create && !invocation().hasOption(QStringLiteral("definition")))
            return failInput(tr(
                "service create needs --definition FILE, or --template T --schema-from CSV --label COLUMN."));
        const QString file
            = create ? invocation().option(QStringLiteral("definition")) : invocation().args.value(0);
        const QString name = create ? invocation().args.value(0) : invocation().args.value(1);
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return failInput(tr("%1 cannot be read: %2").arg(file, f.errorString()));
        Error error;
        const auto imported = importDefinition(f.readAll(), file, &error);
        if (!imported)
            return fail(error);
        for (const QString &ignored : imported->ignored)
            out().note(tr("ignored read-only member %1").arg(ignored));
        QJsonObject definition = imported->definition;
        // Exported definitions never carry the commitment plan (ARM's GET does not return it).
        const QString plan = invocation().option(QStringLiteral("commitment-plan"));
        if (!plan.isEmpty()) {
            QJsonObject props = definition.value(QStringLiteral("properties")).toObject();
            props.insert(QStringLiteral("commitmentPlan"), QJsonObject { { QStringLiteral("id"), plan } });
            definition.insert(QStringLiteral("properties"), props);
        }
        auto *job = new WebServiceWriteJob(ctx().network(), m_tokens.get(), m_target, name,
            WebServiceWriteJob::Method::Put, definition, this);
        job->setAllowOverwrite(invocation().hasOption(QStringLiteral("overwrite")));
        connect(job, &WebServiceWriteJob::progress, this,
            [this](const QString &status, double) { out().note(tr("operation: %1").arg(status)); });
        connect(job, &WebServiceWriteJob::finished, this,
            [this, name, file, create](const OperationResult &result, const Error &error) {
                if (error)
                    return fail(error);
                history::Event e;
                e.kind = create ? history::EventKind::ServiceCreated : history::EventKind::Import;
                e.profile = m_profile.name;
                e.service = name;
                e.summary = (create ? tr("Created %1 from %2") : tr("Imported %2 as %1")).arg(name, file);
                e.details = QVariantMap { { QStringLiteral("file"), file },
                    { QStringLiteral("created"), result.created },
                    { QStringLiteral("operation"), result.final.status } };
                if (const Error h = history::HistoryStore().append(e))
                    out().note(h.message());
                if (out().isJson())
                    out().json(QJsonObject { { QStringLiteral("service"), name },
                        { QStringLiteral("file"), file }, { QStringLiteral("created"), result.created },
                        { QStringLiteral("status"), result.final.status } });
                else
                    out().text(
                        tr("%1 %2 (operation %3)")
                            .arg(name, result.created ? tr("created") : tr("replaced"), result.final.status));
                succeed();
            });
        job->start();
    }

    // The new model uri: the job's model output (update) or a backup's (rollback).
    QUrl targetUri(Error *error)
    {
        if (invocation().command == u"rollback") {
            QString backup = invocation().option(QStringLiteral("to"));
            if (backup.isEmpty()) {
                const QStringList backups = listBackups(backupDirectory(), invocation().args.value(0));
                if (backups.isEmpty()) {
                    *error = Error::input(tr("No backup of %1 in %2; name one with --to FILE.")
                                              .arg(invocation().args.value(0), backupDirectory()));
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
        const auto job = ml::JobJournal().find(jobId);
        if (!job) {
            *error = Error::input(tr("Job %1 is not in the job journal of this computer.").arg(jobId));
            return {};
        }
        m_job = *job;
        const QUrl model = job->outputFor(QStringLiteral("model"));
        if (!model.isValid() || model.isEmpty()) {
            *error = Error::input(tr("Job %1 has no trained model output.").arg(jobId));
            return {};
        }
        return modelUriFromBlobUrl(model);
    }

    void update()
    {
        Error error;
        m_uri = targetUri(&error);
        if (error)
            return fail(error);
        if (!invocation().hasOption(QStringLiteral("show-commands")))
            return proceed();
        // The commands show the real PATCH body: computed from the service as it is now.
        auto *get = new WebServiceGetJob(
            ctx().network(), m_tokens.get(), m_target, invocation().args.value(0), this);
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

    void proceed()
    {
        if (!invocation().hasOption(QStringLiteral("yes")))
            return runUpdate(request(true));
        applyWithSmoke(invocation().args.value(0));
    }

    ModelUpdateRequest request(bool planOnly) const
    {
        ModelUpdateRequest r;
        r.serviceName = invocation().args.value(0);
        r.modelUri = m_uri;
        r.assetId = invocation().option(QStringLiteral("asset"));
        r.backupDirectory = backupDirectory();
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
        if (invocation().command == u"update") {
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
        applyWithSmoke(result.serviceName);
    }

    // The sample rows scored before (a failure is noted: the update still runs), then the update.
    void applyWithSmoke(const QString &name)
    {
        if (m_profile.predictiveRequestUrl.isEmpty()) {
            out().note(tr("no predictive service URL in the profile: no smoke test"));
            return runUpdate(request(false));
        }
        smoke(
            name,
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
        const bool rollback = invocation().command == u"rollback";
        history::Event e = history::updateEvent(m_profile.name, result, rollback);
        e.jobId = m_job.jobId;
        if (rollback)
            e.details.insert(QStringLiteral("rolledBackTo"), m_backupUsed);
        // smokeOutcome: empty (none ran), the comparison's sentence, or "!" + why it failed.
        auto finishWith = [this, result, error, e](const QString &smokeOutcome) mutable {
            const bool smokeFailed = smokeOutcome.startsWith(u'!');
            const QString smokeText = smokeFailed ? smokeOutcome.mid(1) : smokeOutcome;
            if (!smokeText.isEmpty()) {
                e.details.insert(QStringLiteral("smoke"), smokeText);
                e.details.insert(QStringLiteral("smokePassed"), !smokeFailed);
            }
            if (const Error h = history::HistoryStore().append(e))
                out().note(h.message());
            if (out().isJson()) {
                out().json(QJsonObject { { QStringLiteral("service"), result.serviceName },
                    { QStringLiteral("state"), serviceStateName(result.state) },
                    { QStringLiteral("stateText"), result.stateText },
                    { QStringLiteral("oldUri"), result.oldUri }, { QStringLiteral("newUri"), result.newUri },
                    { QStringLiteral("verifiedUri"), result.verifiedUri },
                    { QStringLiteral("backupFile"), result.backupFile },
                    { QStringLiteral("smoke"), smokeText }, { QStringLiteral("smokePassed"), !smokeFailed },
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
            if (error)
                return fail(error);
            if (result.state != ServiceState::Updated)
                return failInput(result.stateText);
            if (smokeFailed)
                return failInput(smokeText);
            succeed();
        };
        if (error || result.state != ServiceState::Updated || m_before.rows.empty()
            || m_profile.predictiveRequestUrl.isEmpty())
            return finishWith({});
        smoke(result.serviceName,
            [this, finishWith](const QList<QStringList> &scores, const QStringList &columns) mutable {
                Error cmpError;
                const auto cmp = compareScores(m_before, smokeTable(columns, scores), &cmpError);
                if (!cmp)
                    return finishWith(QStringLiteral("!") + cmpError.message());
                if (cmp->unchanged())
                    return finishWith(
                        QStringLiteral("!") + tr("predictions unchanged: %1").arg(cmp->summary()));
                finishWith(cmp->summary());
            });
    }

    // Scores the sample rows through the profile's predictive service; then(scores, columns).
    // `service smoke` prints them.
    void smoke(const QString &name, std::function<void(const QList<QStringList> &, const QStringList &)> then,
        std::function<void(const Error &)> onError = {})
    {
        if (!onError)
            onError = [this](const Error &error) {
                fail(error);
            };
        const QString key = qEnvironmentVariable(predictiveKeyVariable).trimmed();
        const auto run = [this, name, then, onError](const QString &apiKey) {
            if (m_profile.predictiveRequestUrl.isEmpty())
                return failInput(tr("Profile '%1' has no predictive service URL.").arg(m_profile.name));
            if (!name.isEmpty() && !m_profile.predictiveServiceName.isEmpty()
                && name != m_profile.predictiveServiceName)
                out().note(tr("scoring through the profile's predictive service %1")
                               .arg(m_profile.predictiveServiceName));
            auto *job = new SmokeCheckJob(ctx().network(), m_profile.predictiveRequestUrl, apiKey, this);
            connect(job, &SmokeCheckJob::finished, this,
                [this, job, then, onError](const QList<QStringList> &scores, const Error &error) {
                    if (error)
                        return onError(error);
                    if (invocation().command == u"smoke") {
                        if (out().isJson()) {
                            QJsonArray rows;
                            for (const QStringList &r : scores)
                                rows.append(QJsonArray::fromStringList(r));
                            out().json(QJsonObject {
                                { QStringLiteral("columns"), QJsonArray::fromStringList(job->columns()) },
                                { QStringLiteral("rows"), rows } });
                        } else {
                            QStringList lines { job->columns().join(u'\t') };
                            for (const QStringList &r : scores)
                                lines.append(r.join(u'\t'));
                            out().text(lines.join(u'\n'));
                        }
                    }
                    then(scores, job->columns());
                });
            job->start();
        };
        if (!key.isEmpty()) {
            redaction::registerSecret(key);
            return run(key);
        }
        m_keyJob.reset(ctx().secrets().read(m_profile.name, SecretKind::PredictiveApiKey, nullptr));
        connect(m_keyJob.get(), &SecretReadJob::finished, this,
            [run, onError](const QString &value, const Error &error) {
                if (error)
                    return onError(error);
                if (value.trimmed().isEmpty())
                    return onError(Error::input(Command::tr(
                        "No API key for the predictive service: set the profile's predictiveApiKey "
                        "(keychain) or %1.")
                                                    .arg(QString::fromLatin1(predictiveKeyVariable))));
                run(value.trimmed());
            });
        m_keyJob->start();
    }

    Profile m_profile;
    ArmTarget m_target;
    SignInSettings m_settings;
    std::unique_ptr<TokenProvider> m_tokens;
    std::unique_ptr<SecretReadJob> m_secretJob, m_keyJob;
    ml::JobRecord m_job;
    QUrl m_uri;
    QString m_backupUsed;
    ml::RrsTable m_before;
    QList<std::pair<SecretKind, QString>> m_pairKeys;
    QJsonObject m_patchBody; // --show-commands: the PATCH the update sends
};

} // namespace

QList<CommandSpec> serviceCommandSpecs()
{
    const QString g = QStringLiteral("service");
    const PositionalSpec name { QStringLiteral("NAME"), Command::tr("Web service name."), {} };
    const QString signIn = Command::tr("\nSign-in: the profile's loginUrl, tenantId and clientId with its "
                                       "client secret (keychain, clientSecret), "
                                       "or AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET as Azure "
                                       "Identity reads them. The services "
                                       "are the profile's subscription and resource group.");
    const OptionSpec yes { { QStringLiteral("yes") }, Command::tr("Apply without asking."), {} };
    const OptionSpec showCommands { { QStringLiteral("show-commands") },
        Command::tr("Also print the equivalent curl and PowerShell commands."), {} };
    const OptionSpec asset { { QStringLiteral("asset") },
        Command::tr("The trained model asset id, when several."), QStringLiteral("ID") };
    const OptionSpec overwrite { { QStringLiteral("overwrite") },
        Command::tr("Replace an existing service or file."), {} };
    const OptionSpec plan { { QStringLiteral("commitment-plan") },
        Command::tr("The commitment plan's resource id (exported definitions do not carry it)."),
        QStringLiteral("ID") };
    QList<CommandSpec> c;
    c.append({ g, QStringLiteral("list"), Command::tr("List the web services."), signIn, {}, 0, 0, {} });
    c.append({ g, QStringLiteral("get"), Command::tr("Show a web service (--json: the whole definition)."),
        signIn, { name }, 1, 1, {} });
    c.append({ g, QStringLiteral("export"), Command::tr("Export a definition (Export-AzMlWebService form)."),
        signIn, { name, { QStringLiteral("FILE"), Command::tr("The file to write."), {} } }, 2, 2,
        { overwrite } });
    c.append({ g, QStringLiteral("import"),
        Command::tr(
            "Create a web service from a definition file (Import-AzMlWebService + New-AzMlWebService)."),
        signIn, { { QStringLiteral("FILE"), Command::tr("The definition file."), {} }, name }, 2, 2,
        { overwrite, plan } });
    c.append({ g, QStringLiteral("create"),
        Command::tr("Create a web service from a definition file, or a service pair from a template."),
        signIn, { name }, 1, 1,
        { { { QStringLiteral("definition") }, Command::tr("The definition file."), QStringLiteral("FILE") },
            overwrite, plan,
            { { QStringLiteral("template") },
                Command::tr("mlstudio-local only: create NAME-retraining and NAME-predictive from a template "
                            "(two-class, regression); the profile then uses them."),
                QStringLiteral("T") },
            { { QStringLiteral("schema-from") },
                Command::tr("With --template: the CSV (schema and first training)."), QStringLiteral("CSV") },
            { { QStringLiteral("label") }, Command::tr("With --template: the label column."),
                QStringLiteral("COL") },
            { { QStringLiteral("learner") },
                Command::tr("With --template: the Studio learner module (optional)."),
                QStringLiteral("MODULE") } } });
    c.append({ g, QStringLiteral("update"),
        Command::tr("Point a predictive service at a retraining job's model: guarded, backed up, verified, "
                    "smoke-tested."),
        signIn
            + Command::tr("\nWithout --yes: the guard, the diff and the gate verdict, then a question on a "
                          "terminal (refused otherwise)."),
        { name }, 1, 1,
        { { { QStringLiteral("from-job") }, Command::tr("The retraining job (from the job journal)."),
              QStringLiteral("JOB") },
            yes, showCommands, asset } });
    c.append({ g, QStringLiteral("rollback"),
        Command::tr("Put back the model of a backup (default: the newest)."), signIn, { name }, 1, 1,
        { { { QStringLiteral("to") }, Command::tr("The backup file."), QStringLiteral("BACKUP") }, yes,
            showCommands, asset } });
    c.append({ g, QStringLiteral("smoke"),
        Command::tr("Score the service's sample rows through the profile's predictive service."),
        Command::tr("\nThe API key: the profile's predictiveApiKey (keychain) or MLR_PREDICTIVE_API_KEY."),
        { name }, 1, 1, {} });
    return c;
}

std::unique_ptr<Command> createServiceCommand(Context &context)
{
    if (context.invocation().group != u"service")
        return nullptr;
    return std::make_unique<ServiceCommand>(context);
}

} // namespace mlr::cli
