#pragma once

#include "http/retrypolicy.h"
#include "ml/besendpoint.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace mlr::ml {

// Brings a journal record up to date with a status: state, Details, the started time when
// first seen running (or ended without a start), the ended time at a terminal state. now is
// the time to use. Returns true when something changed.
bool applyStatus(JobRecord &record, const BesJobStatus &status, const QDateTime &now);

// Follows one job to its end by polling its status: a BES job (GET .../jobs/{id}), or any job
// whose status a StatusFetch maps onto BesJobStatus (an Azure ML v2 job: azureml::amlStatusFetch).
//
// Polling: the first GET at once, then after pollDelay(n): 1 s rising by half each poll to
// 30 s; back to 1 s whenever the state changes. Each GET retries transient failures with the
// shared RetryPolicy; when a GET still fails transiently, or the service cannot be reached
// at all (connection refused: e.g. it is restarting), the monitor reports it with
// connectionProblem() and keeps polling at the backoff's pace; the next good answer emits
// connectionRestored(). There is no timeout: the monitor polls until the job ends or the
// monitor is destroyed, and it never deletes (cancels) the job itself.
//
// Signals: stateChanged() for each new state (the first answer included); polled() after
// each answer with the elapsed time; finished() exactly once: with the final status when the
// job is Finished, Failed or Cancelled (error empty: a Failed job is a result, its Details
// say why), or with an error when polling cannot go on (401 wrong key, 404 no such job,
// an answer that is not a job status). After finished(), refreshResults() may still be called.
class BesJobMonitor : public QObject
{
    Q_OBJECT

public:
    // One GET of the job's status with `policy`: starts at once and calls `done` exactly once,
    // from the event loop, unless the returned object is destroyed first (that cancels it).
    using StatusFetch = std::function<std::unique_ptr<QObject>(
        const RetryPolicy &policy, std::function<void(const BesJobStatus &, const Error &)> done)>;

    BesJobMonitor(QNetworkAccessManager *nam, BesEndpoint endpoint, QString jobId, QObject *parent = nullptr);
    BesJobMonitor(StatusFetch fetch, QString jobId, QObject *parent = nullptr);
    ~BesJobMonitor() override;

    // Before start(): when the job started (for elapsed(); default: when start() is called),
    // the poll delays (tests use short ones) and the retry policy of each GET.
    void setStartedAt(const QDateTime &utc) { m_startedAt = utc; }
    void setPollDelays(std::chrono::milliseconds initial, std::chrono::milliseconds maximum);
    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    // Keeps the job's journal record up to date: from start(), every new state (with the
    // started/ended times and the Details) is written to the journal (directory {}: the
    // default one). A journal write failure is reported by journalError(), polling goes on.
    void setJournalRecord(const JobRecord &record, const QString &journalDirectory = {});
    const JobRecord &record() const { return m_record; }

    void start();
    QString jobId() const { return m_jobId; }
    JobState state() const { return m_last.state; }
    const BesJobStatus &lastStatus() const { return m_last; }
    bool isFinished() const { return m_finished; }
    // Milliseconds since the job started (or, without setStartedAt, since start()).
    qint64 elapsedMs() const;
    // Consecutive polls that failed (0 while the service answers).
    int failedPolls() const { return m_failures; }

    // GETs the job once more for fresh result SAS tokens (they expire after about a day);
    // answers with resultsRefreshed(). Any time after start(), also after finished().
    void refreshResults();

    // Delay before poll number n + 1 (n >= 1 polls done since the last state change):
    // initial x 1.5^(n-1), at most maximum. Pure; for tests.
    static std::chrono::milliseconds pollDelay(int n,
        std::chrono::milliseconds initial = std::chrono::seconds(1),
        std::chrono::milliseconds maximum = std::chrono::seconds(30));

Q_SIGNALS:
    void stateChanged(mlr::ml::JobState state, const mlr::ml::BesJobStatus &status);
    void polled(mlr::ml::JobState state, qint64 elapsedMs);
    void connectionProblem(const mlr::Error &error, int consecutiveFailures);
    void connectionRestored();
    void resultsRefreshed(const mlr::ml::BesJobStatus &status, const mlr::Error &error);
    void journalError(const mlr::Error &error);
    void finished(const mlr::ml::BesJobStatus &status, const mlr::Error &error);

private:
    void poll();
    void onAnswer(const BesJobStatus &status, const Error &error);
    void scheduleNext();
    void finish(const BesJobStatus &status, const Error &error);
    static bool keepsPolling(const Error &error);
    // Records a new state in the journal (in the background), then calls `then`.
    void journal(const BesJobStatus &status, std::function<void()> then);

    StatusFetch m_fetch;
    QString m_jobId;
    RetryPolicy m_policy;
    std::chrono::milliseconds m_initial { 1000 };
    std::chrono::milliseconds m_maximum { 30000 };
    QDateTime m_startedAt;
    QElapsedTimer m_clock;
    QTimer m_timer;
    std::unique_ptr<QObject> m_get;
    std::unique_ptr<QObject> m_refresh;
    BesJobStatus m_last;
    JobRecord m_record;
    QString m_journalDirectory;
    bool m_journaling = false;
    int m_pollsSinceChange = 0;
    int m_failures = 0;
    bool m_started = false;
    bool m_finished = false;
    bool m_haveState = false;
};

// The status GET of a BES job (BesGetJob), as a BesJobMonitor::StatusFetch.
BesJobMonitor::StatusFetch besStatusFetch(QNetworkAccessManager *nam, const BesEndpoint &endpoint, const QString &jobId);

} // namespace mlr::ml
