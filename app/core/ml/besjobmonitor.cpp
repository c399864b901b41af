#include "ml/besjobmonitor.h"

#include "ml/besjobs.h"

#include <cmath>

namespace mlr::ml {

using std::chrono::milliseconds;

BesJobMonitor::StatusFetch besStatusFetch(QNetworkAccessManager *nam, const BesEndpoint &endpoint, const QString &jobId)
{
    return [nam = QPointer<QNetworkAccessManager>(nam), endpoint, jobId](
               const RetryPolicy &policy, std::function<void(const BesJobStatus &, const Error &)> done) {
        auto get = std::make_unique<BesGetJob>(nam.data(), endpoint, jobId);
        get->setRetryPolicy(policy);
        QObject::connect(get.get(), &BesGetJob::finished, get.get(), std::move(done));
        get->start();
        return std::unique_ptr<QObject>(std::move(get));
    };
}

BesJobMonitor::BesJobMonitor(QNetworkAccessManager *nam, BesEndpoint endpoint, QString jobId, QObject *parent)
    : BesJobMonitor(besStatusFetch(nam, endpoint, jobId), jobId, parent)
{
}

BesJobMonitor::BesJobMonitor(StatusFetch fetch, QString jobId, QObject *parent)
    : QObject(parent)
    , m_fetch(std::move(fetch))
    , m_jobId(std::move(jobId))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &BesJobMonitor::poll);
}

BesJobMonitor::~BesJobMonitor() = default;

bool applyStatus(JobRecord &record, const BesJobStatus &status, const QDateTime &now)
{
    const JobRecord before = record;
    if (status.state == JobState::Unknown)
        return false;
    record.state = status.state;
    if (!status.details.isEmpty())
        record.details = status.details;
    if (status.state == JobState::Running && !record.started.isValid())
        record.started = now;
    if (isTerminal(status.state) && !record.ended.isValid())
        record.ended = now;
    return !(before == record);
}

void BesJobMonitor::setJournalRecord(const JobRecord &record, const QString &journalDirectory)
{
    m_record = record;
    m_journalDirectory = journalDirectory;
    m_journaling = true;
    if (!m_startedAt.isValid() && record.started.isValid())
        m_startedAt = record.started;
}

void BesJobMonitor::journal(const BesJobStatus &status, std::function<void()> then)
{
    if (!m_journaling || !applyStatus(m_record, status, QDateTime::currentDateTimeUtc())) {
        then();
        return;
    }
    recordInBackground(m_record, m_journalDirectory, this, [this, then = std::move(then)](const Error &e) {
        if (e)
            Q_EMIT journalError(e);
        then();
    });
}

void BesJobMonitor::setPollDelays(milliseconds initial, milliseconds maximum)
{
    m_initial = initial;
    m_maximum = std::max(initial, maximum);
}

milliseconds BesJobMonitor::pollDelay(int n, milliseconds initial, milliseconds maximum)
{
    const double raw = double(initial.count()) * std::pow(1.5, std::max(0, n - 1));
    return milliseconds(qint64(std::min(raw, double(maximum.count()))));
}

void BesJobMonitor::start()
{
    if (m_started)
        return;
    m_started = true;
    m_clock.start();
    m_timer.start(0); // first poll from the event loop
}

qint64 BesJobMonitor::elapsedMs() const
{
    if (m_startedAt.isValid())
        return std::max<qint64>(0, m_startedAt.msecsTo(QDateTime::currentDateTimeUtc()));
    return m_clock.isValid() ? m_clock.elapsed() : 0;
}

void BesJobMonitor::poll()
{
    m_get = m_fetch(
        m_policy, [this](const BesJobStatus &status, const Error &error) { onAnswer(status, error); });
}

bool BesJobMonitor::keepsPolling(const Error &error)
{
    if (error.isTransient())
        return true;
    // Nothing listening (a restart) or a network that comes and goes: try again later.
    return error.kind == Error::Kind::Network
        && (error.networkError == QNetworkReply::ConnectionRefusedError
            || error.networkError == QNetworkReply::HostNotFoundError
            || error.networkError == QNetworkReply::NetworkSessionFailedError
            || error.networkError == QNetworkReply::UnknownNetworkError);
}

void BesJobMonitor::onAnswer(const BesJobStatus &status, const Error &error)
{
    m_get.release()->deleteLater();
    if (error) {
        if (!keepsPolling(error)) {
            finish(m_last, error);
            return;
        }
        ++m_failures;
        Q_EMIT connectionProblem(error, m_failures);
        scheduleNext();
        return;
    }
    if (m_failures > 0) {
        m_failures = 0;
        Q_EMIT connectionRestored();
    }
    const bool changed = !m_haveState || status.state != m_last.state;
    m_haveState = true;
    m_last = status;
    if (changed) {
        m_pollsSinceChange = 0;
        Q_EMIT stateChanged(status.state, status);
    }
    Q_EMIT polled(status.state, elapsedMs());
    // A final state is in the journal before finished() says so: readers of the journal then
    // see what the monitor saw.
    auto next = [this, status] {
        if (isTerminal(status.state))
            finish(status, {});
        else
            scheduleNext();
    };
    if (changed)
        journal(status, next);
    else
        next();
}

void BesJobMonitor::scheduleNext()
{
    ++m_pollsSinceChange;
    m_timer.start(pollDelay(m_pollsSinceChange, m_initial, m_maximum));
}

void BesJobMonitor::finish(const BesJobStatus &status, const Error &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timer.stop();
    Q_EMIT finished(status, error);
}

void BesJobMonitor::refreshResults()
{
    if (m_refresh)
        return; // one at a time; the answer serves every caller
    m_refresh = m_fetch(m_policy, [this](const BesJobStatus &status, const Error &error) {
        m_refresh.release()->deleteLater();
        if (!error)
            m_last.results = status.results;
        Q_EMIT resultsRefreshed(status, error);
    });
}

} // namespace mlr::ml
