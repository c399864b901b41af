#include "ml/besjobs.h"

#include <QNetworkAccessManager>

namespace mlr::ml {

BesOperation::BesOperation(QNetworkAccessManager *nam, BesEndpoint endpoint, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_endpoint(std::move(endpoint))
{ }

BesOperation::~BesOperation() = default;

void BesOperation::start()
{
    if (m_started) {
        qWarning("BesOperation::start() called twice");
        return;
    }
    m_started = true;
    later([this] { begin(); });
}

void BesOperation::later(std::function<void()> fn)
{
    QMetaObject::invokeMethod(this, std::move(fn), Qt::QueuedConnection);
}

void BesOperation::send(const QByteArray &verb, const QUrl &url, const QByteArray &body,
    const QString &context, const RetryPolicy &policy)
{
    const BesEndpoint endpoint = m_endpoint;
    const RequestFactory factory = m_factory;
    m_call = std::make_unique<HttpCall>(
        m_nam.data(), verb, [endpoint, factory, url](int) { return endpoint.request(factory, url); });
    m_call->setBody(body);
    m_call->setRetryPolicy(policy);
    m_call->setContext(context);
    connect(m_call.get(), &HttpCall::retrying, this, &BesOperation::retrying);
    connect(
        m_call.get(), &HttpCall::finished, this, [this](const HttpResponse &response, const Error &error) {
            m_call.release()->deleteLater();
            Error e = error;
            if (e.kind == Error::Kind::Http)
                addBesErrorDetails(e, response.body);
            onAnswer(response, e);
        });
    m_call->start();
}

// ---------------------------------------------------------------------------------------

BesSubmitJob::BesSubmitJob(
    QNetworkAccessManager *nam, BesEndpoint endpoint, BesJobRequest request, QObject *parent)
    : BesOperation(nam, std::move(endpoint), parent)
    , m_request(std::move(request))
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &BesSubmitJob::begin);
}

bool BesSubmitJob::provesNoEffect(const Error &error)
{
    if (error.kind == Error::Kind::Http)
        return error.httpStatus == 429 || error.httpStatus == 503;
    if (error.kind == Error::Kind::Network)
        return error.networkError == QNetworkReply::ConnectionRefusedError
            || error.networkError == QNetworkReply::HostNotFoundError;
    return false;
}

void BesSubmitJob::begin()
{
    ++m_attempt;
    // One attempt per HttpCall: the retry decision is ours (see the class comment).
    send("POST", endpoint().jobsUrl(), m_request.toJson(), tr("Submitting the job"), RetryPolicy::none());
}

void BesSubmitJob::onAnswer(const HttpResponse &response, const Error &error)
{
    if (error) {
        if (provesNoEffect(error) && m_attempt < policy().maxAttempts) {
            const auto delay = policy().delayBefore(m_attempt, response.header("Retry-After"));
            Q_EMIT retrying(m_attempt + 1, delay.count(), error);
            m_retryTimer.start(delay);
            return;
        }
        Error e = error;
        if (!provesNoEffect(error) && error.kind != Error::Kind::Http) {
            m_mayHaveCreated = true;
            e.withContext(tr("Submitting the job (no answer arrived, so the service may have created the job "
                             "anyway; it was not submitted again)"));
        } else if (error.kind == Error::Kind::Http && error.httpStatus >= 500 && !provesNoEffect(error)) {
            m_mayHaveCreated = true;
            e.withContext(
                tr("Submitting the job (the service failed while answering and may have created the "
                   "job anyway; it was not submitted again)"));
        }
        Q_EMIT finished({}, e);
        return;
    }
    Error parseError;
    const std::optional<QString> id = parseJobId(response.body, &parseError);
    if (!id) {
        m_mayHaveCreated = true;
        Q_EMIT finished({}, parseError.withContext(tr("Submitting the job")));
        return;
    }
    Q_EMIT finished(*id, {});
}

// ---------------------------------------------------------------------------------------

BesStartJob::BesStartJob(QNetworkAccessManager *nam, BesEndpoint endpoint, QString jobId, QObject *parent)
    : BesOperation(nam, std::move(endpoint), parent)
    , m_jobId(std::move(jobId))
{
    connect(this, &BesOperation::retrying, this, [this] { ++m_retries; });
}

void BesStartJob::begin()
{
    send("POST", endpoint().startUrl(m_jobId), {}, tr("Starting job %1").arg(m_jobId), policy());
}

void BesStartJob::onAnswer(const HttpResponse &, const Error &error)
{
    if (error && m_retries > 0 && error.httpStatus == 400 && error.serviceCode == u"InvalidOperation") {
        Q_EMIT finished({}); // an earlier attempt started it; its answer was lost
        return;
    }
    Q_EMIT finished(error);
}

// ---------------------------------------------------------------------------------------

BesGetJob::BesGetJob(QNetworkAccessManager *nam, BesEndpoint endpoint, QString jobId, QObject *parent)
    : BesOperation(nam, std::move(endpoint), parent)
    , m_jobId(std::move(jobId))
{ }

void BesGetJob::begin()
{
    send("GET", endpoint().jobUrl(m_jobId), {}, tr("Reading the state of job %1").arg(m_jobId), policy());
}

void BesGetJob::onAnswer(const HttpResponse &response, const Error &error)
{
    if (error) {
        Q_EMIT finished({}, error);
        return;
    }
    Error parseError;
    const std::optional<BesJobStatus> status = parseJobStatus(response.body, &parseError);
    if (!status) {
        Q_EMIT finished({}, parseError.withContext(tr("Reading the state of job %1").arg(m_jobId)));
        return;
    }
    Q_EMIT finished(*status, {});
}

// ---------------------------------------------------------------------------------------

BesCancelJob::BesCancelJob(QNetworkAccessManager *nam, BesEndpoint endpoint, QString jobId, QObject *parent)
    : BesOperation(nam, std::move(endpoint), parent)
    , m_jobId(std::move(jobId))
{ }

void BesCancelJob::begin()
{
    send("DELETE", endpoint().jobUrl(m_jobId), {}, tr("Cancelling job %1").arg(m_jobId), policy());
}

void BesCancelJob::onAnswer(const HttpResponse &, const Error &error)
{
    Q_EMIT finished(error);
}

} // namespace mlr::ml
