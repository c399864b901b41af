#pragma once

#include "arm/webservice.h"
#include "http/httpcall.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <functional>

namespace mlr::arm {

// What a long-running operation is followed through.
enum class LroVia
{
    None, // nothing to follow: the write's answer is the end
    AsyncOperation, // the Azure-AsyncOperation URL, its body's `status`
    Location, // the Location URL: 202 = running, other 2xx = done (its body is the result)
    Resource // the resource URL, its body's properties.provisioningState
};

// What LroFollower::plan read from a write's answer.
struct LroPlan
{
    LroVia via = LroVia::None;
    QUrl url; // what is polled: the header exactly as given, or the resource URL
    QString state; // the answer body's properties.provisioningState (may be empty)
    Error error; // Parse when the followed header is not a valid URL (then nothing is polled)
};

// How a followed operation ended.
struct LroOutcome
{
    LroVia via = LroVia::None;
    QUrl url; // what was polled
    OperationStatus status; // the last status read (the answer's provisioningState before any poll)
    QByteArray body; // the result: Location's last answer, the final GET's or the resource's last GET
    int polls = 0; // GETs of url (the final GET is not counted)
    qint64 elapsedMs = 0;
    bool timedOut = false; // the error says the outcome is unknown
};

// Follows one Azure Resource Manager long-running operation to its end, for the ArmOperation
// that owns it (Azure ML v2 reference §3; the rules are those of SDK 2.1.1's core-lro).
//
// plan() decides from the write's answer: Azure-AsyncOperation when present (also next to a
// Location, as DELETE answers have it), else Location when the answer is 202, else the
// resource's provisioningState when the caller gives the resource URL and the answer's state
// is not final (or is "Failed"), else nothing. An invalid header URL is a Parse error.
//
// Polling: the first poll waits for the answer's Retry-After (seconds or an HTTP date), later
// ones for the poll's own Retry-After; without one, a backoff doubling from pollInterval to
// maxPollInterval. Any status other than Succeeded / Failed / Canceled / Cancelled (any case:
// Updating, InProgress, Provisioning...) is still running. Failed and Canceled finish with an
// Error::Input carrying the operation's own error code and message (serviceCode,
// serviceMessage). A Location answer >= 300 finishes with the HTTP error and the ARM error
// body's code and message. After an Azure-AsyncOperation Succeeded, the optional final GET
// (setFinalGetUrl; SDK 2.1.1 GETs the PUT URL) supplies the result body. When the operation
// has run for longer than the timeout before a poll, it finishes with timedOut set and an
// error saying the outcome is unknown.
//
// Every GET goes through the Get function, normally one wrapping ArmOperation::send, so the
// token, the 401 renewal, the retries and the rule of where the token may go (ArmTarget::
// mayReceiveToken) stay in one place: a polling URL on another host is refused there (an
// Error::Input saying the token was not sent; it is never polled without the token either).
//
// Contract: follow() once; progress() for every status read; finished() exactly once, from the
// event loop, never from inside follow(). Destroying the follower (with its owner) cancels it:
// no signal after that. The owner must send nothing else while it follows (ArmOperation sends
// one request at a time).
class LroFollower : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const HttpResponse &, const Error &)>;
    // An authorised GET of url; done is called once (errors carry context).
    using Get = std::function<void(const QUrl &url, const QString &context, Done done)>;

    explicit LroFollower(Get get, QObject *parent = nullptr);
    ~LroFollower() override;

    // Pure: what to follow after the write answered `answer` (see the class comment).
    static LroPlan plan(const HttpResponse &answer, const QUrl &resourceUrl = {});

    void setPollInterval(std::chrono::milliseconds first, std::chrono::milliseconds max);
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    // What is being waited for, the context of every error ("Waiting for the operation on ...").
    void setContext(const QString &context) { m_context = context; }
    // GET url once after an Azure-AsyncOperation Succeeded; its body becomes the result.
    void setFinalGetUrl(const QUrl &url) { m_finalGetUrl = url; }

    // Follows `plan`; retryAfter is the write answer's Retry-After (may be empty).
    void follow(const LroPlan &plan, const QByteArray &retryAfter = {});
    // plan(answer, resourceUrl), followed with the answer's Retry-After; returns the plan.
    LroPlan follow(const HttpResponse &answer, const QUrl &resourceUrl = {});

    int polls() const { return m_outcome.polls; }
    const LroOutcome &outcome() const { return m_outcome; }

Q_SIGNALS:
    // A poll read this status (percent 0..1 or 0..100 as the service says; -1 when not given).
    // Location polls read "InProgress" (202) and "Succeeded".
    void progress(const QString &status, double percent);
    void finished(const mlr::arm::LroOutcome &outcome, const mlr::Error &error);

private:
    void schedulePoll(const QByteArray &retryAfter);
    void poll();
    void onPolled(const HttpResponse &response);
    void onStatus(const OperationStatus &status, const HttpResponse &response);
    void finalGet();
    void finish(const Error &error);
    void finishLater(const Error &error);

    Get m_get;
    QString m_context;
    QUrl m_finalGetUrl;
    LroOutcome m_outcome;
    QTimer m_timer;
    QElapsedTimer m_clock;
    std::chrono::milliseconds m_firstInterval { 1000 };
    std::chrono::milliseconds m_maxInterval { 5000 };
    std::chrono::milliseconds m_nextInterval { 1000 };
    std::chrono::milliseconds m_timeout { 30 * 60 * 1000 };
    bool m_started = false;
    bool m_finished = false;
};

} // namespace mlr::arm

Q_DECLARE_METATYPE(mlr::arm::LroOutcome)
