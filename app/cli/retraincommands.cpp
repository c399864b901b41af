#include "retraincommands.h"

#include "format.h"
#include "http/redaction.h"
#include "ml/besjobmonitor.h"
#include "ml/besjobs.h"
#include "ml/datacheck.h"
#include "ml/joboutputs.h"
#include "ml/retrainsubmission.h"
#include "output.h"
#include "profile/profilestore.h"
#include "secrets/secretstore.h"
#include "session/storageaccountresolver.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace mlr::cli {

namespace {

using namespace mlr::ml;

// Environment variables for scripts and CI without a keychain (documented in the help).
constexpr char trainingKeyVariable[] = "MLR_TRAINING_API_KEY";

QString tool()
{
    return QString::fromLatin1(toolName);
}

// Every value of a repeatable option. Invocation keeps only the last one, so the process's
// own arguments are read too ("--param X", "--param=X", "-param X").
QStringList optionValues(const Invocation &inv, const QString &name)
{
    QStringList values;
    const QStringList args = QCoreApplication::arguments();
    const QString dashed = QStringLiteral("--") + name;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == u"--")
            break;
        if ((a == dashed || a == u'-' + name) && i + 1 < args.size())
            values << args.at(++i);
        else if (a.startsWith(dashed + u'='))
            values << a.mid(dashed.size() + 1);
    }
    if (values.isEmpty() && inv.hasOption(name))
        values << inv.option(name);
    return values;
}

QString stateLine(const QString &jobId, JobState state, qint64 elapsedMs)
{
    return Command::tr("job %1: %2 (%3)").arg(jobId, jobStateText(state), format::duration(elapsedMs / 1000));
}

bool validJobId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]{1,128}$"));
    return pattern.match(id).hasMatch();
}

// Shared steps: the profile, the training API key, the journal record of a job.
class RetrainCommand : public Command
{
public:
    using Command::Command;

protected:
    // The profile of --profile (or the last used one); fails the command when unknown.
    bool loadProfile()
    {
        Error error;
        std::optional<Profile> profile = ctx().selectedProfile(&error);
        if (!profile) {
            fail(error);
            return false;
        }
        m_profile = *profile;
        return true;
    }

    // The training service's API key: $MLR_TRAINING_API_KEY, else the keychain entry of the
    // profile. Calls then(key) or fails the command.
    void readTrainingKey(const QString &profileName, std::function<void(const QString &)> then)
    {
        const QString fromEnvironment = qEnvironmentVariable(trainingKeyVariable).trimmed();
        if (!fromEnvironment.isEmpty()) {
            redaction::registerSecret(fromEnvironment);
            then(fromEnvironment);
            return;
        }
        SecretStore &store = ctx().secrets();
        m_keyRead.reset(store.read(profileName, SecretKind::TrainingApiKey, nullptr));
        connect(m_keyRead.get(), &SecretReadJob::finished, this,
            [this, profileName, then = std::move(then)](const QString &value, const Error &error) {
                m_keyRead.release()->deleteLater();
                if (error) {
                    fail(error);
                    return;
                }
                if (value.trimmed().isEmpty()) {
                    QString text
                        = tr("The training service's API key of profile '%1' is not set. Store it with "
                             "'%2 profile set \"%1\" trainingApiKey=-' or pass it in %3.")
                              .arg(profileName, tool(), QString::fromLatin1(trainingKeyVariable));
                    if (ctx().secrets().isSessionOnly())
                        text += u' '
                            + tr("(The keychain is unavailable: %1.)")
                                  .arg(ctx().secrets().unavailableReason());
                    failInput(text);
                    return;
                }
                then(value.trimmed());
            });
        m_keyRead->start();
    }

    // The job of the journal, or (not in the journal) one of the profile's training service.
    std::optional<JobRecord> jobRecord(const QString &jobId)
    {
        if (!validJobId(jobId)) {
            failInput(tr("'%1' is not a job id.").arg(jobId));
            return std::nullopt;
        }
        if (std::optional<JobRecord> record = JobJournal().find(jobId))
            return record;
        if (!loadProfile())
            return std::nullopt;
        if (m_profile.trainingBatchUrl.isEmpty()) {
            failInput(tr(
                "Job %1 is not in the job journal, and profile '%2' has no trainingBatchUrl to look for it.")
                          .arg(jobId, m_profile.name));
            return std::nullopt;
        }
        JobRecord record;
        record.jobId = jobId;
        record.profile = m_profile.name;
        record.serviceName = m_profile.trainingServiceName;
        record.batchUrl = m_profile.trainingBatchUrl;
        m_notJournaled = true;
        return record;
    }

    std::optional<BesEndpoint> endpointFor(const JobRecord &record, const QString &key)
    {
        Error error;
        std::optional<BesEndpoint> endpoint = BesEndpoint::fromUrl(record.batchUrl, key, &error);
        if (!endpoint)
            fail(error);
        return endpoint;
    }

    void printRecord(const JobRecord &record, const BesJobStatus *status = nullptr)
    {
        if (out().isJson()) {
            QJsonObject o = JobJournal::toJson(record);
            if (status && !status->results.isEmpty()) {
                QJsonObject results;
                for (auto it = status->results.begin(); it != status->results.end(); ++it)
                    results.insert(it.key(), QString::fromUtf8(it.value().blobUrl().toEncoded()));
                o.insert(QStringLiteral("results"), results);
            }
            out().json(o);
            return;
        }
        QList<QStringList> rows { { tr("KEY"), tr("VALUE") } };
        rows.append({ tr("job"), record.jobId });
        rows.append({ tr("state"), jobStateName(record.state) });
        rows.append(
            { tr("service"), record.serviceName.isEmpty() ? QStringLiteral("-") : record.serviceName });
        rows.append({ tr("profile"), record.profile });
        if (!record.inputFile.isEmpty())
            rows.append({ tr("input file"), record.inputFile });
        for (auto it = record.inputs.begin(); it != record.inputs.end(); ++it)
            rows.append({ it.key(), QString::fromUtf8(it.value().toEncoded()) });
        for (auto it = record.outputs.begin(); it != record.outputs.end(); ++it) {
            const QString role = record.roles.key(it.key());
            rows.append({ role.isEmpty() ? it.key() : it.key() + QStringLiteral(" (") + role + u')',
                QString::fromUtf8(it.value().toEncoded()) });
        }
        for (auto it = record.parameters.begin(); it != record.parameters.end(); ++it)
            rows.append({ tr("parameter %1").arg(it.key()), it.value().toString() });
        rows.append({ tr("submitted"), format::timestamp(record.submitted) });
        rows.append({ tr("started"), format::timestamp(record.started) });
        rows.append({ tr("ended"), format::timestamp(record.ended) });
        if (!record.details.isEmpty())
            rows.append({ tr("details"), format::oneLine(record.details) });
        out().text(format::table(rows));
    }

    void saveRecord(const JobRecord &record)
    {
        if (const Error e = JobJournal().record(record))
            out().note(tr("the job journal could not be updated: %1").arg(e.message()));
    }

    Profile m_profile;
    bool m_notJournaled = false;

private:
    std::unique_ptr<SecretReadJob> m_keyRead;
};

// ---------------------------------------------------------------------------------------

// Follows a job to its end: notes on stderr, the journal kept up to date, exit code from the
// final state. Used by `wait` and `submit --wait`.
class JobFollower : public QObject
{
    Q_OBJECT

public:
    JobFollower(QNetworkAccessManager *nam, const BesEndpoint &endpoint, const JobRecord &record,
        bool journal, Output &out)
        : m_monitor(nam, endpoint, record.jobId)
        , m_out(out)
    {
        if (journal)
            m_monitor.setJournalRecord(record);
        else if (record.started.isValid())
            m_monitor.setStartedAt(record.started);
        connect(&m_monitor, &BesJobMonitor::stateChanged, this, [this](JobState state) {
            m_out.note(stateLine(m_monitor.jobId(), state, m_monitor.elapsedMs()));
        });
        connect(&m_monitor, &BesJobMonitor::polled, this, [this](JobState state, qint64 elapsed) {
            if (!m_sinceNote.isValid() || m_sinceNote.elapsed() >= 30'000) {
                m_sinceNote.start();
                if (m_notes++ > 0)
                    m_out.note(stateLine(m_monitor.jobId(), state, elapsed));
            }
        });
        connect(
            &m_monitor, &BesJobMonitor::connectionProblem, this, [this](const Error &error, int failures) {
                m_out.note(tr("job %1: the service cannot be reached (%2 time(s) in a row), still trying: %3")
                               .arg(m_monitor.jobId())
                               .arg(failures)
                               .arg(error.message()));
            });
        connect(&m_monitor, &BesJobMonitor::connectionRestored, this,
            [this] { m_out.note(tr("job %1: the service answers again").arg(m_monitor.jobId())); });
        connect(&m_monitor, &BesJobMonitor::journalError, this, [this](const Error &e) {
            m_out.note(tr("the job journal could not be updated: %1").arg(e.message()));
        });
        connect(&m_monitor, &BesJobMonitor::finished, this, &JobFollower::finished);
    }

    void start() { m_monitor.start(); }
    const JobRecord &record() const { return m_monitor.record(); }

Q_SIGNALS:
    void finished(const mlr::ml::BesJobStatus &status, const mlr::Error &error);

private:
    BesJobMonitor m_monitor;
    Output &m_out;
    QElapsedTimer m_sinceNote;
    int m_notes = 0;
};

// Exit after a followed job: 0 when Finished, else the Details as the error line.
void endWithJob(const JobRecord &record, const BesJobStatus &status, std::function<void()> succeed,
    std::function<void(const Error &)> fail)
{
    if (status.state == JobState::Finished) {
        succeed();
        return;
    }
    const QString details
        = status.details.isEmpty() ? QString() : QStringLiteral(": ") + format::oneLine(status.details);
    if (status.state == JobState::Failed)
        fail(Error::input(Command::tr("Job %1 failed%2").arg(record.jobId, details)));
    else if (status.state == JobState::Cancelled)
        fail(Error::input(Command::tr("Job %1 was cancelled%2").arg(record.jobId, details)));
    else
        fail(Error::input(
            Command::tr("Job %1 ended in an unknown state ('%2')").arg(record.jobId, status.statusText)));
}

// ---------------------------------------------------------------------------------------

class SubmitCommand final : public RetrainCommand
{
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
        for (const QString &p : optionValues(invocation(), QStringLiteral("param"))) {
            const qsizetype eq = p.indexOf(u'=');
            if (eq <= 0) {
                failInput(tr("--param '%1' is not NAME=VALUE.").arg(p));
                return;
            }
            m_parameters.insert(p.left(eq).trimmed(), p.mid(eq + 1));
        }
        for (const QString &o : optionValues(invocation(), QStringLiteral("output"))) {
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
                    .arg(m_profile.name, tool()));
            return;
        }
        if (m_profile.container.isEmpty()) {
            failInput(tr("Profile '%1' has no container for the job's blobs: set it with "
                         "'%2 profile set \"%1\" container=NAME'.")
                          .arg(m_profile.name, tool()));
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
        StorageAccountRequest request
            = StorageAccountRequest::fromEnvironment(invocation().global.connectionString, m_profile);
        m_resolve = std::make_unique<StorageAccountResolveJob>(request, &ctx().secrets());
        connect(m_resolve.get(), &StorageAccountResolveJob::finished, this,
            [this](const StorageAccount &account, const Error &error) {
                m_resolve.release()->deleteLater();
                if (error) {
                    fail(error);
                    return;
                }
                m_request.storage = account;
                fetchSwaggers();
            });
        m_resolve->start();
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
                for (const DataProblem &p : result.problems) {
                    QString where = p.line > 0 ? tr("line %1").arg(p.line) : tr("file");
                    if (!p.column.isEmpty())
                        where += QStringLiteral(", ") + tr("column \"%1\"").arg(p.column);
                    out().note((p.severity == DataProblem::Severity::Error ? tr("error") : tr("warning"))
                        + QStringLiteral(": ") + where + QStringLiteral(": ") + p.message);
                }
                if (result.hasErrors()) {
                    failInput(tr("The data check found %n error(s) in '%1'; nothing was uploaded.", nullptr,
                        int(result.errorCount))
                                  .arg(m_file));
                    return;
                }
                out().note(tr("data check passed: %n row(s)", nullptr, int(result.rows)));
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
                out().note(tr("job %1 was created; see '%2 retrain status %1'").arg(record.jobId, tool()));
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
    std::unique_ptr<StorageAccountResolveJob> m_resolve;
    std::unique_ptr<ServiceSwaggerFetch> m_fetch;
    std::unique_ptr<DataCheckJob> m_check;
    std::unique_ptr<RetrainSubmission> m_submission;
    std::unique_ptr<JobFollower> m_follower;
};

// ---------------------------------------------------------------------------------------

// status JOB | wait JOB | cancel JOB
class JobCommand final : public RetrainCommand
{
public:
    using RetrainCommand::RetrainCommand;

    void start() override
    {
        std::optional<JobRecord> record = jobRecord(invocation().args.at(0));
        if (!record)
            return;
        m_record = *record;
        readTrainingKey(m_record.profile, [this](const QString &key) {
            const std::optional<BesEndpoint> endpoint = endpointFor(m_record, key);
            if (!endpoint)
                return;
            m_endpoint = *endpoint;
            const QString &name = invocation().command;
            if (name == u"status")
                status();
            else if (name == u"wait")
                wait();
            else
                cancel();
        });
    }

private:
    void status()
    {
        m_get = std::make_unique<BesGetJob>(ctx().network(), m_endpoint, m_record.jobId);
        connect(
            m_get.get(), &BesGetJob::finished, this, [this](const BesJobStatus &status, const Error &error) {
                if (error) {
                    fail(error);
                    return;
                }
                if (applyStatus(m_record, status, QDateTime::currentDateTimeUtc()) && !m_notJournaled)
                    saveRecord(m_record);
                if (m_record.state == JobState::Unknown)
                    out().note(tr("the service reported an unknown state '%1'").arg(status.statusText));
                printRecord(m_record, &status);
                succeed();
            });
        m_get->start();
    }

    void wait()
    {
        m_follower
            = std::make_unique<JobFollower>(ctx().network(), m_endpoint, m_record, !m_notJournaled, out());
        connect(m_follower.get(), &JobFollower::finished, this,
            [this](const BesJobStatus &status, const Error &error) {
                if (error) {
                    fail(error);
                    return;
                }
                JobRecord final = m_notJournaled ? m_record : m_follower->record();
                if (m_notJournaled)
                    applyStatus(final, status, QDateTime::currentDateTimeUtc());
                printRecord(final, &status);
                endWithJob(
                    final, status, [this] { succeed(); }, [this](const Error &e) { fail(e); });
            });
        m_follower->start();
    }

    void cancel()
    {
        m_cancel = std::make_unique<BesCancelJob>(ctx().network(), m_endpoint, m_record.jobId);
        connect(m_cancel.get(), &BesCancelJob::finished, this, [this](const Error &error) {
            if (error) {
                fail(error);
                return;
            }
            status(); // what DELETE did: Cancelled, or kept when it had already ended
        });
        m_cancel->start();
    }

    JobRecord m_record;
    BesEndpoint m_endpoint;
    std::unique_ptr<BesGetJob> m_get;
    std::unique_ptr<BesCancelJob> m_cancel;
    std::unique_ptr<JobFollower> m_follower;
};

class JobsCommand final : public RetrainCommand
{
public:
    using RetrainCommand::RetrainCommand;

    void start() override
    {
        JobJournal journal;
        const QList<JobRecord> jobs = journal.jobs();
        if (!journal.loadError().isEmpty())
            out().note(journal.loadError());
        if (out().isJson()) {
            QJsonArray array;
            for (const JobRecord &job : jobs)
                array.append(JobJournal::toJson(job));
            out().json(array);
        } else if (!jobs.isEmpty()) {
            QList<QStringList> rows { { tr("JOB"), tr("STATE"), tr("SUBMITTED"), tr("SERVICE"), tr("PROFILE"),
                tr("INPUT") } };
            for (const JobRecord &job : jobs)
                rows.append({ job.jobId, jobStateName(job.state), format::timestamp(job.submitted),
                    job.serviceName, job.profile, QFileInfo(job.inputFile).fileName() });
            out().text(format::table(rows));
        }
        succeed();
    }
};

} // namespace

QList<CommandSpec> retrainCommandSpecs()
{
    const PositionalSpec job { QStringLiteral("JOB"), Command::tr("The job id (see 'retrain jobs')."), {} };
    const QString keys
        = Command::tr("\nThe training service (trainingBatchUrl, trainingServiceName) and the container come "
                      "from the profile "
                      "(--profile, default the last used one); its API key from the keychain (profile secret "
                      "trainingApiKey) or "
                      "the environment variable %1; the storage account as for the storage commands. Jobs "
                      "are recorded in the "
                      "job journal (jobs.json in the application data folder, or $MLR_DATA_DIR).")
              .arg(QString::fromLatin1(trainingKeyVariable));
    return {
        { QStringLiteral("retrain"), QStringLiteral("submit"),
            Command::tr(
                "Check a CSV, upload it and run the retraining web service on it (prints the job id)."),
            keys
                + Command::tr(
                    "\nThe blobs go to CONTAINER/SERVICE/YYYYMMDD-HHMMSS-XXXX/ (XXXX: 4 random hex digits; "
                    "input.csv, model.ilearner, "
                    "evaluation.csv, scored.csv). The job gets short-lived SAS references (read-only for "
                    "the input, create+write for each output) unless --connection-string-refs is given."),
            {}, 0, 0,
            { { { QStringLiteral("input") }, Command::tr("The training data (CSV)."),
                  QStringLiteral("FILE") },
                { { QStringLiteral("param") },
                    Command::tr(
                        "A global parameter of the service (repeatable); others keep their defaults."),
                    QStringLiteral("NAME=VALUE") },
                { { QStringLiteral("output") },
                    Command::tr(
                        "Blob (in the profile's container) for an output, instead of the generated one "
                        "(repeatable)."),
                    QStringLiteral("NAME=BLOB") },
                { { QStringLiteral("label") },
                    Command::tr("The label column for the data check (default: inferred)."),
                    QStringLiteral("COLUMN") },
                { { QStringLiteral("skip-check") }, Command::tr("Do not check the data before uploading it."),
                    {} },
                { { QStringLiteral("wait") },
                    Command::tr("Follow the job to its end (exit 1 unless it finished)."), {} },
                { { QStringLiteral("connection-string-refs") },
                    Command::tr("Give the job the account-key connection string instead of SAS references."),
                    {} } } },
        { QStringLiteral("retrain"), QStringLiteral("status"),
            Command::tr("Show a job's state, outputs and the service's details."), keys, { job }, 1, 1, {} },
        { QStringLiteral("retrain"), QStringLiteral("wait"),
            Command::tr(
                "Follow a job to its end (exit 0 when it finished, 1 when it failed or was cancelled)."),
            keys, { job }, 1, 1, {} },
        { QStringLiteral("retrain"), QStringLiteral("cancel"),
            Command::tr("Cancel a job that has not ended."), keys, { job }, 1, 1, {} },
        { QStringLiteral("retrain"), QStringLiteral("jobs"), Command::tr("List the jobs of the job journal."),
            keys, {}, 0, 0, {} },
    };
}

std::unique_ptr<Command> createRetrainCommand(Context &context)
{
    const QString &name = context.invocation().command;
    if (name == u"submit")
        return std::make_unique<SubmitCommand>(context);
    if (name == u"status" || name == u"wait" || name == u"cancel")
        return std::make_unique<JobCommand>(context);
    if (name == u"jobs")
        return std::make_unique<JobsCommand>(context);
    return nullptr;
}

} // namespace mlr::cli

#include "retraincommands.moc"
