// retrain submit --input FILE [--param NAME=VALUE...] [--output NAME=BLOB...] [--wait]: the
// data check, the upload and the Batch Execution Service job.
#include "ml/datacheck.h"
#include "ml/joboutputs.h"
#include "ml/retrainsubmission.h"
#include "output.h"
#include "retraincommand.h"
#include "session/storageaccountresolver.h"

#include <QFileInfo>

namespace mlr::cli {

namespace {

using namespace mlr::ml;

class SubmitCommand final : public RetrainCommand
{
    Q_OBJECT

public:
    using RetrainCommand::RetrainCommand;

    void start() override
    {
        m_file = invocation().option(QStringLiteral("input"));
        if (m_file.isEmpty()) {
            failInput(tr("'retrain submit' needs --input FILE (the training data)."));
            return;
        }
        const QFileInfo info(m_file);
        if (!info.isFile() || !info.isReadable()) {
            failInput(tr("The file '%1' does not exist or cannot be read.").arg(m_file));
            return;
        }
        for (const QString &p : invocation().optionValues(QStringLiteral("param"))) {
            const qsizetype eq = p.indexOf(u'=');
            if (eq <= 0) {
                failInput(tr("--param '%1' is not NAME=VALUE.").arg(p));
                return;
            }
            m_parameters.insert(p.left(eq).trimmed(), p.mid(eq + 1));
        }
        for (const QString &o : invocation().optionValues(QStringLiteral("output"))) {
            const qsizetype eq = o.indexOf(u'=');
            if (eq <= 0) {
                failInput(tr("--output '%1' is not NAME=BLOB.").arg(o));
                return;
            }
            m_outputs.insert(o.left(eq).trimmed(), o.mid(eq + 1).trimmed());
        }
        if (!loadProfile())
            return;
        if (m_profile.trainingBatchUrl.isEmpty()) {
            failInput(
                tr("Profile '%1' has no trainingBatchUrl (the retraining service's BES URL): set it with "
                   "'%2 profile set \"%1\" trainingBatchUrl=URL'.")
                    .arg(m_profile.name, QString::fromLatin1(toolName)));
            return;
        }
        if (m_profile.container.isEmpty()) {
            failInput(tr("Profile '%1' has no container for the job's blobs: set it with "
                         "'%2 profile set \"%1\" container=NAME'.")
                          .arg(m_profile.name, QString::fromLatin1(toolName)));
            return;
        }
        readTrainingKey(m_profile.name, [this](const QString &key) {
            Error error;
            const std::optional<BesEndpoint> endpoint
                = BesEndpoint::fromUrl(m_profile.trainingBatchUrl, key, &error);
            if (!endpoint) {
                fail(error);
                return;
            }
            m_request.endpoint = *endpoint;
            resolveStorage();
        });
    }

private:
    void resolveStorage()
    {
        resolveStorageAccount(m_profile, [this](const StorageAccount &account, const Error &error) {
            if (error) {
                fail(error);
                return;
            }
            m_request.storage = account;
            fetchSwaggers();
        });
    }

    void fetchSwaggers()
    {
        out().note(tr("reading the service's swagger.json"));
        m_fetch = std::make_unique<ServiceSwaggerFetch>(
            ctx().network(), swaggerUrlFor(m_profile.trainingBatchUrl));
        connect(m_fetch.get(), &ServiceSwaggerFetch::finished, this,
            [this](const ServiceSwagger &swagger, const Error &error) {
                m_fetch.release()->deleteLater();
                if (error) {
                    fail(error);
                    return;
                }
                m_request.swagger = swagger;
                if (invocation().hasOption(QStringLiteral("skip-check"))
                    || m_profile.predictiveRequestUrl.isEmpty()) {
                    check({});
                    return;
                }
                // The predictive service's swagger tells which column is the label.
                m_fetch = std::make_unique<ServiceSwaggerFetch>(
                    ctx().network(), swaggerUrlFor(m_profile.predictiveRequestUrl));
                connect(m_fetch.get(), &ServiceSwaggerFetch::finished, this,
                    [this](const ServiceSwagger &predictive, const Error &error) {
                        m_fetch.release()->deleteLater();
                        check(error ? std::optional<ServiceSwagger>() : predictive);
                    });
                m_fetch->start();
            });
        m_fetch->start();
    }

    void check(const std::optional<ServiceSwagger> &predictive)
    {
        if (invocation().hasOption(QStringLiteral("skip-check"))) {
            out().note(tr("data check skipped (--skip-check)"));
            submit();
            return;
        }
        out().note(tr("checking %1 against the service's input").arg(m_file));
        m_check = std::make_unique<DataCheckJob>(
            m_file, m_request.swagger, invocation().option(QStringLiteral("label")));
        if (predictive)
            m_check->setPredictiveSwagger(*predictive);
        connect(m_check.get(), &DataCheckJob::finished, this,
            [this](const DataCheckResult &result, const Error &error) {
                m_check.release()->deleteLater();
                if (error) {
                    fail(error);
                    return;
                }
                if (const Error e = reportDataCheck(out(), result, m_file))
                    return fail(e);
                submit();
            });
        m_check->start();
    }

    void submit()
    {
        m_request.profile = m_profile.name;
        m_request.serviceName = m_profile.trainingServiceName.isEmpty() ? m_request.swagger.title
                                                                        : m_profile.trainingServiceName;
        m_request.container = m_profile.container;
        noteContainer(m_request.container);
        m_request.inputFile = m_file;
        m_request.parameters = m_parameters;
        m_request.outputBlobs = m_outputs;
        m_request.references.useConnectionString
            = invocation().hasOption(QStringLiteral("connection-string-refs"));
        m_submission = std::make_unique<RetrainSubmission>(ctx().network(), m_request);
        connect(m_submission.get(), &RetrainSubmission::stageChanged, this,
            [this](RetrainSubmission::Stage stage) {
                if (stage == RetrainSubmission::Stage::Submitting)
                    out().endProgress();
                if (stage == RetrainSubmission::Stage::Uploading)
                    out().note(tr("uploading to %1/%2").arg(m_request.container, m_request.serviceName));
                else if (stage == RetrainSubmission::Stage::Submitting)
                    out().note(tr("submitting the job"));
                else if (stage == RetrainSubmission::Stage::Starting)
                    out().note(tr("starting the job"));
            });
        connect(
            m_submission.get(), &RetrainSubmission::uploadProgress, this, [this](const TransferProgress &p) {
                out().progress(tr("upload"), p.bytesDone, p.bytesTotal, p.bytesPerSecond, p.etaSeconds);
            });
        connect(m_submission.get(), &RetrainSubmission::warning, this,
            [this](const QString &w) { out().note(w); });
        connect(m_submission.get(), &RetrainSubmission::finished, this, &SubmitCommand::onSubmitted);
        m_submission->start();
    }

    void onSubmitted(const JobRecord &record, const Error &error)
    {
        out().endProgress();
        if (error) {
            if (!record.jobId.isEmpty())
                out().note(tr("job %1 was created; see '%2 retrain status %1'")
                               .arg(record.jobId, QString::fromLatin1(toolName)));
            fail(error);
            return;
        }
        if (!invocation().hasOption(QStringLiteral("wait"))) {
            printSubmitted(record);
            succeed();
            return;
        }
        out().note(tr("job %1 started; waiting for it to end (Ctrl+C stops waiting, the job goes on)")
                       .arg(record.jobId));
        m_follower = std::make_unique<JobFollower>(ctx().network(), m_request.endpoint, record, true, out());
        connect(m_follower.get(), &JobFollower::finished, this,
            [this](const BesJobStatus &status, const Error &error) {
                const JobRecord final = m_follower->record();
                if (error) {
                    printSubmitted(final);
                    fail(error);
                    return;
                }
                printSubmitted(final);
                endWithJob(
                    final, status, [this] { succeed(); }, [this](const Error &e) { fail(e); });
            });
        m_follower->start();
    }

    void printSubmitted(const JobRecord &record)
    {
        if (out().isJson())
            out().json(JobJournal::toJson(record));
        else
            out().text(record.jobId);
    }

    QString m_file;
    QMap<QString, QString> m_parameters;
    QMap<QString, QString> m_outputs;
    SubmissionRequest m_request;
    std::unique_ptr<ServiceSwaggerFetch> m_fetch;
    std::unique_ptr<DataCheckJob> m_check;
    std::unique_ptr<RetrainSubmission> m_submission;
    std::unique_ptr<JobFollower> m_follower;
};

} // namespace

std::unique_ptr<Command> createSubmitCommand(Context &context)
{
    return std::make_unique<SubmitCommand>(context);
}

} // namespace mlr::cli

#include "submitcommand.moc"
