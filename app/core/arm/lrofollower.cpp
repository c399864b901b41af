#include "arm/lrofollower.h"

#include "http/retrypolicy.h"

#include <QJsonDocument>
#include <QPointer>

#include <limits>

namespace mlr::arm {

namespace {

QString provisioningStateOf(const QByteArray &body)
{
    return QJsonDocument::fromJson(body)
        .object()
        .value(QStringLiteral("properties"))
        .toObject()
        .value(QStringLiteral("provisioningState"))
        .toString();
}

} // namespace

LroFollower::LroFollower(Get get, QObject *parent)
    : QObject(parent)
    , m_get(std::move(get))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &LroFollower::poll);
}

LroFollower::~LroFollower() = default;

void LroFollower::setPollInterval(std::chrono::milliseconds first, std::chrono::milliseconds max)
{
    m_firstInterval = first;
    m_maxInterval = std::max(first, max);
}

LroPlan LroFollower::plan(const HttpResponse &answer, const QUrl &resourceUrl)
{
    LroPlan p;
    p.state = provisioningStateOf(answer.body);
    const QByteArray async = answer.header("Azure-AsyncOperation").trimmed();
    const QByteArray location = answer.header("Location").trimmed();
    if (!async.isEmpty()) {
        p.via = LroVia::AsyncOperation;
        p.url = QUrl::fromEncoded(async, QUrl::StrictMode);
        if (!p.url.isValid())
            p.error = Error::parse(tr("the Azure-AsyncOperation header is not a valid URL"));
    } else if (answer.status == 202 && !location.isEmpty()) {
        p.via = LroVia::Location;
        p.url = QUrl::fromEncoded(location, QUrl::StrictMode);
        if (!p.url.isValid())
            p.error = Error::parse(tr("the Location header is not a valid URL"));
    } else if (!resourceUrl.isEmpty() && !p.state.isEmpty()) {
        OperationStatus s;
        s.status = p.state;
        // A resource that says "Failed" is read once more: the failure is reported from there.
        if (!s.isTerminal() || p.state == u"Failed") {
            p.via = LroVia::Resource;
            p.url = resourceUrl;
        }
    }
    return p;
}

LroPlan LroFollower::follow(const HttpResponse &answer, const QUrl &resourceUrl)
{
    const LroPlan p = plan(answer, resourceUrl);
    follow(p, answer.header("Retry-After"));
    return p;
}

void LroFollower::follow(const LroPlan &plan, const QByteArray &retryAfter)
{
    if (m_started) {
        qWarning("LroFollower::follow() called twice");
        return;
    }
    m_started = true;
    m_outcome.via = plan.via;
    m_outcome.url = plan.url;
    m_outcome.status.status = plan.state;
    m_clock.start();
    if (plan.error) {
        Error e = plan.error;
        finishLater(e.withContext(m_context));
        return;
    }
    if (plan.via == LroVia::None) {
        finishLater({});
        return;
    }
    m_nextInterval = m_firstInterval;
    schedulePoll(retryAfter);
}

void LroFollower::schedulePoll(const QByteArray &retryAfter)
{
    if (m_clock.elapsed() > m_timeout.count()) {
        m_outcome.timedOut = true;
        Error e = Error::input(tr("The operation was still '%1' after %2 s; its outcome is unknown. Check "
                                  "the state of the resource later.")
                                   .arg(m_outcome.status.status)
                                   .arg(m_clock.elapsed() / 1000));
        e.withContext(m_context);
        if (m_outcome.polls == 0)
            finishLater(e); // never from inside follow()
        else
            finish(e);
        return;
    }
    std::chrono::milliseconds delay = RetryPolicy::parseRetryAfter(retryAfter);
    if (delay.count() < 0) {
        delay = m_nextInterval;
        m_nextInterval = std::min(m_maxInterval, m_nextInterval * 2);
    }
    m_timer.start(
        std::min(delay, std::chrono::milliseconds(std::numeric_limits<int>::max()))); // QTimer's range
}

void LroFollower::poll()
{
    ++m_outcome.polls;
    m_get(m_outcome.url, m_context,
        [self = QPointer<LroFollower>(this)](const HttpResponse &response, const Error &error) {
            if (!self)
                return; // cancelled: the follower (and its owner) is gone
            if (error)
                self->finish(error);
            else
                self->onPolled(response);
        });
}

void LroFollower::onPolled(const HttpResponse &response)
{
    if (m_outcome.via == LroVia::Location) {
        OperationStatus s;
        s.status = response.status == 202 ? QStringLiteral("InProgress") : QStringLiteral("Succeeded");
        onStatus(s, response);
        return;
    }
    Error parseError;
    std::optional<OperationStatus> status;
    if (m_outcome.via == LroVia::Resource) {
        const QJsonObject p
            = QJsonDocument::fromJson(response.body).object().value(QStringLiteral("properties")).toObject();
        status = parseOperationStatus(QJsonDocument(QJsonObject { { QStringLiteral("status"),
                                                        p.value(QStringLiteral("provisioningState")) } })
                                          .toJson(),
            &parseError);
    } else {
        status = parseOperationStatus(response.body, &parseError);
    }
    if (!status) {
        finish(parseError.withContext(m_context));
        return;
    }
    onStatus(*status, response);
}

void LroFollower::onStatus(const OperationStatus &status, const HttpResponse &response)
{
    m_outcome.status = status;
    Q_EMIT progress(status.status, status.percentComplete);
    if (!status.isTerminal()) {
        schedulePoll(response.header("Retry-After"));
        return;
    }
    if (status.succeeded()) {
        if (m_outcome.via != LroVia::AsyncOperation)
            m_outcome.body = response.body;
        if (m_outcome.via == LroVia::AsyncOperation && !m_finalGetUrl.isEmpty())
            finalGet();
        else
            finish({});
        return;
    }
    const QString what = status.errorCode.isEmpty() ? status.errorMessage
        : status.errorMessage.isEmpty()             ? status.errorCode
                                        : status.errorCode + QStringLiteral(": ") + status.errorMessage;
    Error e
        = Error::input(what.isEmpty() ? tr("The operation ended '%1' without saying why.").arg(status.status)
                                      : tr("The operation ended '%1': %2").arg(status.status, what));
    e.serviceCode = status.errorCode;
    e.serviceMessage = status.errorMessage;
    finish(e.withContext(m_context));
}

void LroFollower::finalGet()
{
    m_get(m_finalGetUrl, m_context,
        [self = QPointer<LroFollower>(this)](const HttpResponse &response, const Error &error) {
            if (!self)
                return;
            if (!error)
                self->m_outcome.body = response.body;
            self->finish(error);
        });
}

void LroFollower::finishLater(const Error &error)
{
    QMetaObject::invokeMethod(
        this, [this, error] { finish(error); }, Qt::QueuedConnection);
}

void LroFollower::finish(const Error &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timer.stop();
    m_outcome.elapsedMs = m_clock.elapsed();
    Q_EMIT finished(m_outcome, error);
}

} // namespace mlr::arm
