#pragma once

#include "http/error.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QUrl>
#include <QVariantMap>

#include <functional>
#include <optional>

namespace mlr::ml {

// The state of a BES job. The service reports the first five (as names or as the integers
// 0-4, in this order); Unknown is ours: not known yet, or a code we do not understand.
enum class JobState
{
    NotStarted,
    Running,
    Failed,
    Cancelled,
    Finished,
    Unknown
};

// Finished, Failed and Cancelled: the job will not change any more.
bool isTerminal(JobState state);
// "NotStarted", "Running", ... as the service spells them ("Unknown" for Unknown).
QString jobStateName(JobState state);
// Inverse of jobStateName, case-insensitive; Unknown for anything else.
JobState jobStateFromName(const QString &name);
// For people: "not started", "running", ... (translated).
QString jobStateText(JobState state);

// What ran a job: a classic Batch Execution Service, or an Azure Machine Learning (v2) job of
// a workspace.
enum class JobKind
{
    Bes,
    AzureMl
};
QString jobKindName(JobKind kind); // "bes" | "azureml" (the journal's and --json's spelling)

// One retraining job as this machine knows it (BES itself cannot list jobs). Blob URLs never
// carry a SAS; the API keys and account keys are never part of a record.
struct JobRecord
{
    // Bes: jobId is the BES job id, batchUrl the BES base URL, blobs are https URLs.
    // AzureMl: jobId is the job's name, batchUrl the workspace's ARM URL (no api-version),
    // serviceName the online endpoint retrained, inputs/outputs azureml://datastores/... URIs,
    // and `details` the service's status text and error message.
    JobKind kind = JobKind::Bes;
    QString jobId; // the BES job id
    QString profile; // profile name
    QString serviceName; // training service name
    QUrl batchUrl; // BES base URL (".../jobs" follows)
    QString inputFile; // local path uploaded
    QMap<QString, QUrl> inputs; // input name -> blob URL (no SAS)
    QMap<QString, QUrl> outputs; // output name -> blob URL (no SAS), in the profile's storage account
    QMap<QString, QString> roles; // "model" | "evaluation" | "scored" -> output name
    QVariantMap parameters; // global parameters sent
    QDateTime submitted, started, ended; // UTC; invalid when not reached
    JobState state = JobState::Unknown;
    QString details; // the service's Details (failures)

    // The output blob of a role ("model", "evaluation", "scored"); empty when unknown.
    QUrl outputFor(const QString &role) const { return outputs.value(roles.value(role)); }

    friend bool operator==(const JobRecord &, const JobRecord &) = default;
};

// The job journal: every job submitted from this machine (CLI and GUI), newest last, as one
// JSON document `jobs.json` in the directory.
//
// Directory: the constructor's argument; when empty, $MLR_DATA_DIR when set, else
// "mlretrain" in QStandardPaths::GenericDataLocation (~/.local/share/mlretrain on Linux), the
// same for the GUI and the CLI (AppDataLocation would differ between them). Writes go through QSaveFile
// (atomic: a reader sees the old or the new file, never half of one) with owner-only permissions; every
// record() takes a lock file (jobs.json.lock, waited for at most 0.5 s) and re-reads the file first, so two
// processes (the CLI while the GUI runs) that record different jobs keep both. An unreadable
// file is moved aside (jobs.json.corrupt-<time>), never overwritten. Reads never cache.
class JobJournal
{
    Q_DECLARE_TR_FUNCTIONS(JobJournal)

public:
    explicit JobJournal(QString directory = {}); // {}: see above

    QString directory() const { return m_directory; }
    QString filePath() const; // directory + "/jobs.json"

    // Every record, in submission order; an unreadable or corrupt file reads as empty (and
    // loadError() says why), so a broken journal never stops a new job.
    QList<JobRecord> jobs() const;
    std::optional<JobRecord> find(const QString &jobId) const;
    // Inserts or replaces (by jobId) and writes atomically. Error::Input when jobId is empty;
    // a file error otherwise.
    Error record(const JobRecord &job);
    // Records whose state is not terminal (NotStarted, Running or Unknown), oldest first: the
    // jobs a restarted wizard may re-attach to.
    QList<JobRecord> unfinished() const;
    // Why the last jobs() found the file unusable; empty when it was fine or absent.
    QString loadError() const { return m_loadError; }

    // JSON form of one record (also what the CLI prints with --json) and back.
    static QJsonObject toJson(const JobRecord &job);
    static std::optional<JobRecord> fromJson(const QJsonObject &object);

private:
    QString m_directory;
    mutable QString m_loadError;
};

// Records `job` in the journal of `directory` ({} = the default one) on the journal's own
// writer thread, so a caller on the GUI thread never waits for the lock file or the disk.
// Records asked for in one process are written in the order asked. `done` (optional) is
// called on `context`'s thread with the outcome once the record is on disk; not at all when
// `context` is destroyed first (the record is still written).
void recordInBackground(const JobRecord &job, const QString &directory, QObject *context,
    std::function<void(const Error &)> done = {});

} // namespace mlr::ml

Q_DECLARE_METATYPE(mlr::ml::JobState)
Q_DECLARE_METATYPE(mlr::ml::JobRecord)
