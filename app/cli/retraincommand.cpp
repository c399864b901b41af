#include "retraincommand.h"

#include "format.h"
#include "http/redaction.h"
#include "joblookup.h"
#include "ml/datacheck.h"
#include "output.h"
#include "secrets/secretstore.h"

#include <QJsonObject>

namespace mlr::cli {

using namespace mlr::ml;

namespace {

QString stateLine(const QString &jobId, JobState state, qint64 elapsedMs)
{
    return Command::tr("job %1: %2 (%3)").arg(jobId, jobStateText(state), format::duration(elapsedMs / 1000));
}

} // namespace

// The profile of --profile (or the last used one); fails the command when unknown.
bool RetrainCommand::loadProfile()
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
void RetrainCommand::readTrainingKey(const QString &profileName, std::function<void(const QString &)> then)
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
                QString text = tr("The training service's API key of profile '%1' is not set. Store it with "
                                  "'%2 profile set \"%1\" trainingApiKey=-' or pass it in %3.")
                                   .arg(profileName, QString::fromLatin1(toolName),
                                       QString::fromLatin1(trainingKeyVariable));
                if (ctx().secrets().isSessionOnly())
                    text += u' '
                        + tr("(The keychain is unavailable: %1.)").arg(ctx().secrets().unavailableReason());
                failInput(text);
                return;
            }
            then(value.trimmed());
        });
    m_keyRead->start();
}

// The job of the journal, or (not in the journal) one of the profile's training service.
std::optional<JobRecord> RetrainCommand::jobRecord(const QString &jobId)
{
    Error error;
    bool missing = false;
    if (std::optional<JobRecord> record = journaledJob(jobId, &error, &missing))
        return record;
    if (!missing) {
        fail(error);
        return std::nullopt;
    }
    if (!loadProfile())
        return std::nullopt;
    if (m_profile.trainingBatchUrl.isEmpty()) {
        failInput(
            tr("Job %1 is not in the job journal, and profile '%2' has no trainingBatchUrl to look for it.")
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

std::optional<BesEndpoint> RetrainCommand::endpointFor(const JobRecord &record, const QString &key)
{
    Error error;
    std::optional<BesEndpoint> endpoint = BesEndpoint::fromUrl(record.batchUrl, key, &error);
    if (!endpoint)
        fail(error);
    return endpoint;
}

void RetrainCommand::printRecord(const JobRecord &record, const BesJobStatus *status)
{
    printJobRecord(out(), record, status);
}

void printJobRecord(Output &out, const JobRecord &record, const BesJobStatus *status)
{
    if (out.isJson()) {
        QJsonObject o = JobJournal::toJson(record);
        if (status && !status->results.isEmpty()) {
            QJsonObject results;
            for (auto it = status->results.begin(); it != status->results.end(); ++it)
                results.insert(it.key(), QString::fromUtf8(it.value().blobUrl().toEncoded()));
            o.insert(QStringLiteral("results"), results);
        }
        out.json(o);
        return;
    }
    const bool v2 = record.kind == JobKind::AzureMl;
    QList<QStringList> rows { { Command::tr("KEY"), Command::tr("VALUE") } };
    rows.append({ Command::tr("job"), record.jobId });
    rows.append({ Command::tr("state"), jobStateName(record.state) });
    if (v2 && status && !status->statusText.isEmpty())
        rows.append({ Command::tr("status"), status->statusText });
    rows.append({ v2 ? Command::tr("endpoint") : Command::tr("service"),
        record.serviceName.isEmpty() ? QStringLiteral("-") : record.serviceName });
    if (v2)
        rows.append({ Command::tr("workspace"), record.batchUrl.fileName() });
    rows.append({ Command::tr("profile"), record.profile });
    if (!record.inputFile.isEmpty())
        rows.append({ Command::tr("input file"), record.inputFile });
    for (auto it = record.inputs.begin(); it != record.inputs.end(); ++it)
        rows.append({ it.key(), QString::fromUtf8(it.value().toEncoded()) });
    for (auto it = record.outputs.begin(); it != record.outputs.end(); ++it) {
        const QString role = record.roles.key(it.key());
        rows.append({ role.isEmpty() ? it.key() : it.key() + QStringLiteral(" (") + role + u')',
            QString::fromUtf8(it.value().toEncoded()) });
    }
    for (auto it = record.parameters.begin(); it != record.parameters.end(); ++it)
        rows.append({ Command::tr("parameter %1").arg(it.key()), it.value().toString() });
    rows.append({ Command::tr("submitted"), format::timestamp(record.submitted) });
    rows.append({ Command::tr("started"), format::timestamp(record.started) });
    rows.append({ Command::tr("ended"), format::timestamp(record.ended) });
    if (!record.details.isEmpty())
        rows.append({ Command::tr("details"), format::oneLine(record.details) });
    out.text(format::table(rows));
}

void RetrainCommand::saveRecord(const JobRecord &record)
{
    if (const Error e = JobJournal().record(record))
        out().note(tr("the job journal could not be updated: %1").arg(e.message()));
}

// ---------------------------------------------------------------------------------------

JobFollower::JobFollower(QNetworkAccessManager *nam, const BesEndpoint &endpoint, const JobRecord &record,
    bool journal, Output &out)
    : JobFollower(besStatusFetch(nam, endpoint, record.jobId), record, journal, out)
{ }

JobFollower::JobFollower(BesJobMonitor::StatusFetch fetch, const JobRecord &record, bool journal, Output &out)
    : m_monitor(std::move(fetch), record.jobId)
    , m_out(out)
{
    if (journal)
        m_monitor.setJournalRecord(record);
    else if (record.started.isValid())
        m_monitor.setStartedAt(record.started);
    connect(&m_monitor, &BesJobMonitor::stateChanged, this,
        [this](JobState state) { m_out.note(stateLine(m_monitor.jobId(), state, m_monitor.elapsedMs())); });
    connect(&m_monitor, &BesJobMonitor::polled, this, [this](JobState state, qint64 elapsed) {
        if (!m_sinceNote.isValid() || m_sinceNote.elapsed() >= 30'000) {
            m_sinceNote.start();
            if (m_notes++ > 0)
                m_out.note(stateLine(m_monitor.jobId(), state, elapsed));
        }
    });
    connect(&m_monitor, &BesJobMonitor::connectionProblem, this, [this](const Error &error, int failures) {
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

Error reportDataCheck(Output &out, const DataCheckResult &result, const QString &file)
{
    for (const DataProblem &p : result.problems) {
        QString where = p.line > 0 ? Command::tr("line %1").arg(p.line) : Command::tr("file");
        if (!p.column.isEmpty())
            where += QStringLiteral(", ") + Command::tr("column \"%1\"").arg(p.column);
        out.note((p.severity == DataProblem::Severity::Error ? Command::tr("error") : Command::tr("warning"))
            + QStringLiteral(": ") + where + QStringLiteral(": ") + p.message);
    }
    if (result.hasErrors())
        return Error::input(Command::tr("The data check found %n error(s) in '%1'; nothing was uploaded.",
            nullptr, int(result.errorCount))
                                .arg(file));
    out.note(Command::tr("data check passed: %n row(s)", nullptr, int(result.rows)));
    return {};
}

void endWithJob(const JobRecord &record, const BesJobStatus &status, const std::function<void()> &succeed,
    const std::function<void(const Error &)> &fail)
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

} // namespace mlr::cli
