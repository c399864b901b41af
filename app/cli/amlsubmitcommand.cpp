// retrain submit for an Azure Machine Learning (v2) profile: the production model's job re-run
// on new data (checked against the model's signature) uploaded to the workspace's default
// datastore, recorded in the job journal with kind azureml.
#include "amlretraincommand.h"
#include "amlretraincommands.h"
#include "arm/profilearm.h"
#include "azureml/amlcommands.h"
#include "azureml/amljobstatus.h"
#include "azureml/amlsubmission.h"
#include "azureml/jobfile.h"
#include "azureml/retrainrequest.h"
#include "azureml/trainingschema.h"
#include "ml/datacheck.h"
#include "output.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace mlr::cli {

namespace {

using namespace mlr::ml;
using namespace mlr::azureml;

class AmlSubmitCommand final : public AmlRetrainCommand
{
    Q_OBJECT

public:
    using AmlRetrainCommand::AmlRetrainCommand;

protected:
    void run() override
    {
        m_file = invocation().option(QStringLiteral("input"));
        if (m_file.isEmpty())
            return failInput(tr("'retrain submit' needs --input FILE (the training data)."));
        const QFileInfo info(m_file);
        if (!info.isFile() || !info.isReadable())
            return failInput(tr("The file '%1' does not exist or cannot be read.").arg(m_file));
        const QString endpoint = invocation().hasOption(QStringLiteral("endpoint"))
            ? invocation().option(QStringLiteral("endpoint"))
            : m_profile.endpoint;
        if (endpoint.isEmpty())
            return failInput(tr("Profile '%1' names no online endpoint: give --endpoint NAME or set it with "
                                "'%2 profile set \"%1\" endpoint=NAME'.")
                                 .arg(m_profile.name, QString::fromLatin1(toolName)));
        m_workspace = WorkspaceTarget::fromProfile(m_profile);
        out().note(tr("finding the model in production behind online endpoint %1").arg(endpoint));
        m_production
            = std::make_unique<ProductionModelJob>(ctx().network(), m_tokens.get(), m_workspace, endpoint);
        connect(m_production.get(), &ProductionModelJob::finished, this,
            [this](const ProductionModel &p, const Error &error) {
                if (error)
                    return fail(error);
                m_request.production = p;
                if (invocation().hasOption(QStringLiteral("job-file"))) {
                    Error invalid;
                    const auto job = readJobFile(
                        invocation().option(QStringLiteral("job-file")), &invalid, m_workspace.resourceId());
                    if (!job)
                        return fail(invalid);
                    m_request.production.job = job;
                    out().note(
                        tr("in production: model %1 version %2 (deployment %3); re-running the job of %4")
                            .arg(p.model.name, p.model.version, p.deployment.name,
                                invocation().option(QStringLiteral("job-file"))));
                    return findDatastore();
                }
                if (!p.job)
                    return failInput(tr("Model %1 version %2 (deployment %3) names no training job "
                                        "(jobName), so there is no job "
                                        "to re-run on the new data: give the job's definition with "
                                        "--job-file FILE (the JSON of "
                                        "GET jobs/{name}, or its \"properties\", or an az ml "
                                        "job create --file YAML).")
                                         .arg(p.model.name, p.model.version, p.deployment.name));
                out().note(tr("in production: model %1 version %2 (deployment %3), trained by job %4")
                               .arg(p.model.name, p.model.version, p.deployment.name, p.job->name));
                findDatastore();
            });
        m_production->start();
    }

private:
    // The workspace's default datastore, with its key from the workspace (listSecrets), or
    // with --own-storage the profile's storage account (as the storage commands find it).
    void findDatastore()
    {
        if (invocation().hasOption(QStringLiteral("own-storage")) && !m_own) {
            return resolveStorageAccount(
                m_profile, [this](const StorageAccount &account, const Error &error) {
                    if (error)
                        return fail(error);
                    m_own = account;
                    findDatastore();
                });
        }
        m_datastore = std::make_unique<DatastoreAccessJob>(ctx().network(), m_tokens.get(), m_workspace);
        if (m_own)
            m_datastore->setOwnAccount(*m_own);
        connect(m_datastore.get(), &DatastoreAccessJob::finished, this,
            [this](const DatastoreAccess &access, const Error &error) {
                if (error)
                    return fail(error);
                m_request.datastore = access;
                if (invocation().hasOption(QStringLiteral("skip-check"))) {
                    out().note(tr("data check skipped (--skip-check)"));
                    return submit();
                }
                readSchema();
            });
        m_datastore->start();
    }

    void readSchema()
    {
        const ProductionModel &p = m_request.production;
        m_schema = std::make_unique<TrainingSchemaJob>(ctx().network(), m_request.datastore, p.model, *p.job,
            invocation().option(QStringLiteral("data-input")));
        connect(m_schema.get(), &TrainingSchemaJob::finished, this,
            [this](const ServiceSwagger &training, const QString &label, const Error &error) {
                if (error)
                    return fail(error);
                check(training,
                    invocation().hasOption(QStringLiteral("label"))
                        ? invocation().option(QStringLiteral("label"))
                        : label);
            });
        m_schema->start();
    }

    void check(const ServiceSwagger &training, const QString &label)
    {
        out().note(tr("checking %1 against the input of model %2 version %3")
                       .arg(m_file, m_request.production.model.name, m_request.production.model.version));
        m_check = std::make_unique<DataCheckJob>(m_file, training, label);
        m_check->setPredictiveSwagger(training);
        connect(m_check.get(), &DataCheckJob::finished, this,
            [this](const DataCheckResult &result, const Error &error) {
                if (error)
                    return fail(error);
                if (const Error e = reportDataCheck(out(), result, m_file))
                    return fail(e);
                submit();
            });
        m_check->start();
    }

    void submit()
    {
        m_request.profile = m_profile.name;
        m_request.target = m_workspace;
        m_request.inputFile = m_file;
        m_request.inputName = invocation().option(QStringLiteral("data-input"));
        m_request.jobName = invocation().option(QStringLiteral("job-name"));
        m_submission = std::make_unique<AmlRetrainSubmission>(ctx().network(), m_tokens.get(), m_request);
        connect(m_submission.get(), &AmlRetrainSubmission::stageChanged, this,
            [this](AmlRetrainSubmission::Stage s) {
                if (s == AmlRetrainSubmission::Stage::Uploading)
                    out().note(tr("uploading to datastore %1 (container %2)")
                                   .arg(m_request.datastore.name, m_request.datastore.container));
                else if (s == AmlRetrainSubmission::Stage::Submitting) {
                    out().endProgress();
                    out().note(tr("submitting the job (a re-run of %1 on %2)")
                                   .arg(m_request.production.job->name, m_submission->dataUri()));
                }
            });
        connect(m_submission.get(), &AmlRetrainSubmission::uploadProgress, this,
            [this](const TransferProgress &p) {
                out().progress(tr("upload"), p.bytesDone, p.bytesTotal, p.bytesPerSecond, p.etaSeconds);
            });
        connect(m_submission.get(), &AmlRetrainSubmission::warning, this,
            [this](const QString &w) { out().note(w); });
        connect(m_submission.get(), &AmlRetrainSubmission::finished, this, &AmlSubmitCommand::onSubmitted);
        m_submission->start();
    }

    void onSubmitted(const JobRecord &record, const Error &error)
    {
        out().endProgress();
        if (error) {
            if (record.state != JobState::Failed && !record.jobId.isEmpty() && record.submitted.isValid())
                out().note(tr("job %1 may have been created; see '%2 retrain status %1'")
                               .arg(record.jobId, QString::fromLatin1(toolName)));
            return fail(error);
        }
        if (!invocation().hasOption(QStringLiteral("wait"))) {
            print(record);
            return succeed();
        }
        out().note(tr("job %1 created; waiting for it to end (Ctrl+C stops waiting, the job goes on)")
                       .arg(record.jobId));
        follow(record, true, [this](const JobRecord &r) { print(r); });
    }

    void print(const JobRecord &record)
    {
        const bool commands = invocation().hasOption(QStringLiteral("show-commands"));
        if (out().isJson()) {
            QJsonObject o = JobJournal::toJson(record);
            if (commands)
                o.insert(QStringLiteral("commands"), commandsText(record));
            out().json(o);
        } else {
            out().text(commands ? record.jobId + u'\n' + commandsText(record) : record.jobId);
        }
    }

    // The same retraining as curl and az ml commands.
    QString commandsText(const JobRecord &record) const
    {
        RetrainSteps steps;
        const DatastoreAccess &store = m_request.datastore;
        steps.storageAccount = store.account.name;
        steps.blobEndpoint = store.account.blobEndpoint;
        steps.container = store.container;
        steps.localFile = m_file;
        steps.productionJob = m_request.production.job->name;
        steps.jobName = record.jobId;
        if (!record.inputs.isEmpty()) {
            steps.dataInput = record.inputs.firstKey();
            steps.dataUri = record.inputs.first().toString();
            if (const auto path = parseDatastoreUri(steps.dataUri))
                steps.blob = path->path;
        }
        const auto body = retrainJobBody(*m_request.production.job, steps.dataUri, steps.dataInput);
        if (const auto *made = std::get_if<RetrainRequest>(&body))
            steps.jobBody = made->body;
        const auto cmds = retrainCommands(m_workspace, arm::signInSettingsFor(m_profile), steps);
        return arm::formatCommands(cmds, false) + u'\n' + arm::formatCommands(cmds, true);
    }

    QString m_file;
    AmlSubmissionRequest m_request;
    std::unique_ptr<ProductionModelJob> m_production;
    std::unique_ptr<DatastoreAccessJob> m_datastore;
    std::optional<StorageAccount> m_own; // --own-storage
    std::unique_ptr<TrainingSchemaJob> m_schema;
    std::unique_ptr<DataCheckJob> m_check;
    std::unique_ptr<AmlRetrainSubmission> m_submission;
};

} // namespace

std::unique_ptr<Command> createAmlSubmitCommand(Context &context)
{
    return std::make_unique<AmlSubmitCommand>(context);
}

} // namespace mlr::cli

#include "amlsubmitcommand.moc"
