#pragma once

#include "arm/modelupdatejob.h"
#include "eval/evaltypes.h"
#include "http/error.h"
#include "ml/jobjournal.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QVariantMap>

#include <functional>
#include <optional>

// History: one timeline of retraining jobs, evaluations (with their gate verdicts), updates,
// rollbacks, created and imported services, kept in the app data folder next to the job
// journal. The CLI and the GUI both write it.
namespace mlr::history {

enum class EventKind
{
    Job,
    Evaluation,
    Update,
    Rollback,
    ServiceCreated,
    Import
};

// "job", "evaluation", "update", "rollback", "service-created", "import" (identifiers).
QString eventKindId(EventKind kind);
std::optional<EventKind> eventKindFromId(const QString &id);
// For people (translated).
QString eventKindText(EventKind kind);

struct Event
{
    QString id; // unique; filled by HistoryStore::append when empty
    EventKind kind = EventKind::Job;
    QDateTime when; // UTC; now when invalid at append
    QString who; // OS user name; currentUserName() when empty at append
    QString profile;
    QString service;
    QString jobId;
    QString summary; // one line for people
    QVariantMap details; // e.g. verdict + metrics, old/new uri, backup file, diff lines, state
};

// The OS user name ($USER / $USERNAME, else "unknown").
QString currentUserName();

// JSON form of an event (also what `history --json` prints) and back (nullopt when the
// object has no known kind).
QJsonObject eventToJson(const Event &event);
std::optional<Event> eventFromJson(const QJsonObject &object);

// The history file `history.json` in a directory: {"version":1,"events":[...]} oldest first.
//
// Directory: the constructor's argument; when empty, the JobJournal's folder ($MLR_DATA_DIR,
// else the app data folder). append() takes a lock file (history.json.lock, waited for at most
// 2 s, a stale one older than 30 s is taken over), re-reads the file, adds the event and writes
// through QSaveFile (atomic) with owner-only permissions, so the CLI and the GUI writing at the
// same time keep both events. An unreadable file is moved aside (history.json.corrupt-<time>),
// never overwritten. Reads never cache. Text passes through redaction::redact() before it is
// written: secrets never reach the file.
class HistoryStore
{
    Q_DECLARE_TR_FUNCTIONS(HistoryStore)

public:
    explicit HistoryStore(QString directory = {});

    QString directory() const { return m_directory; }
    QString filePath() const; // directory + "/history.json"

    // Appends atomically (see above). The event as stored in *stored when not null.
    Error append(const Event &event, Event *stored = nullptr);
    // Only the events of this file, oldest first.
    QList<Event> ownEvents() const;
    // Its own events merged with the journal's jobs (one Job event per journal record, at its
    // submission time, id "job:<jobId>"), newest first.
    QList<Event> events() const;
    // The newest Evaluation event of a job; nullopt when none.
    std::optional<Event> lastEvaluation(const QString &jobId) const;
    // Why the last read found the file unusable; empty when fine or absent.
    QString loadError() const { return m_loadError; }

private:
    QString m_directory;
    mutable QString m_loadError;
};

// The Job event of a journal record.
Event jobEvent(const ml::JobRecord &job);
// An evaluation of a job with its gate verdict; details: "passed", "verdict" (summary),
// "reasons" (one per check), "metrics" (list of {metric, new, current, delta, higherIsBetter}),
// "task", "chartNew"/"chartCurrent" (ROC points, or (actual, predicted) pairs, as [[x, y], ...]).
Event evaluationEvent(
    const QString &profile, const ml::JobRecord &job, const eval::Comparison &c, const eval::GateVerdict &v);
// An update (or a rollback) of a service; details: "state", "stateText", "oldUri", "newUri",
// "verifiedUri", "backupFile", "assetId", "diff" (lines), "refusals", "warnings", "operation".
Event updateEvent(const QString &profile, const arm::ModelUpdateResult &r, bool rollback);

// HistoryStore(directory).append(event) on a worker thread, for callers on the GUI thread
// (the lock file may be waited for). `done` (optional) gets the outcome on `context`'s
// thread; not at all when `context` is destroyed first (the event is still written).
void appendInBackground(const Event &event, QObject *context, std::function<void(const Error &)> done = {},
    const QString &directory = {});

} // namespace mlr::history

Q_DECLARE_METATYPE(mlr::history::Event)
