#include "arm/armwrite.h"

#include "arm/armjobs.h"

#include <QJsonDocument>

namespace mlr::arm {

QString explainWriteError(const QString &code)
{
    if (code == u"CannotChangeStorageAccount")
        return ArmOperation::tr("the definition names another storage account than the service's; a web "
                                "service's storage account cannot be changed (was the file exported from "
                                "another service?)");
    if (code == u"WebServiceIsReadOnly")
        return ArmOperation::tr("the web service is read-only: it can no longer be updated, only deleted");
    if (code == u"AnotherOperationInProgress")
        return ArmOperation::tr("another operation on this web service is still running; try again when it "
                                "has finished");
    if (code == u"CommitmentPlanRequired")
        return ArmOperation::tr("creating or replacing a service needs properties.commitmentPlan.id, which "
                                "exported definitions do not carry");
    if (code == u"CannotChangeCommitmentPlan")
        return ArmOperation::tr("the commitment plan of a web service cannot be changed");
    if (code == u"LocationRequired" || code == u"InvalidResourceLocation")
        return ArmOperation::tr("the definition's location is missing or differs from the service's");
    return {};
}

WebServiceWriteJob::WebServiceWriteJob(QNetworkAccessManager *nam, TokenProvider *tokens, ArmTarget target,
    QString name, Method method, QJsonObject body, QObject *parent)
    : ArmOperation(nam, tokens, std::move(target), parent)
    , m_name(std::move(name))
    , m_method(method)
    , m_body(std::move(body))
{
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &WebServiceWriteJob::poll);
    connect(this, &ArmOperation::retrying, this, [this] { ++m_retries; });
}

void WebServiceWriteJob::setPollInterval(std::chrono::milliseconds first, std::chrono::milliseconds max)
{
    m_firstInterval = first;
    m_maxInterval = std::max(first, max);
}

QString WebServiceWriteJob::verbText() const
{
    return m_method == Method::Put ? tr("Creating or replacing web service '%1'").arg(m_name)
                                   : tr("Updating web service '%1'").arg(m_name);
}

QString WebServiceWriteJob::operationContext() const
{
    return tr("Waiting for the operation on web service '%1'").arg(m_name);
}

void WebServiceWriteJob::begin()
{
    if (m_method == Method::Patch || m_allowOverwrite) {
        write();
        return;
    }
    const QString context = tr("Checking whether web service '%1' exists").arg(m_name);
    send(
        "GET", target().webServiceUrl(m_name), {}, context, [this](const HttpResponse &, const Error &error) {
            if (!error) {
                finish(Error::input(
                    tr("Web service '%1' already exists in resource group '%2'; it was not replaced. "
                       "Choose another name, or allow overwriting it.")
                        .arg(m_name, target().resourceGroup)));
                return;
            }
            if (!error.isNotFound()) {
                finish(error);
                return;
            }
            write();
        });
}

void WebServiceWriteJob::write()
{
    const QByteArray verb = m_method == Method::Put ? QByteArray("PUT") : QByteArray("PATCH");
    send(verb, target().webServiceUrl(m_name), QJsonDocument(m_body).toJson(QJsonDocument::Compact),
        verbText(), [this](const HttpResponse &response, const Error &error) { onWritten(response, error); });
}

void WebServiceWriteJob::onWritten(const HttpResponse &response, const Error &error)
{
    if (error) {
        if (error.serviceCode == u"AnotherOperationInProgress" && m_retries > 0 && m_wait) {
            // An earlier attempt reached the service and its answer was lost: follow the resource.
            m_result.followedResource = true;
            Q_EMIT accepted({});
            m_clock.start();
            m_nextInterval = m_firstInterval;
            schedulePoll({});
            return;
        }
        Error e = error;
        if (e.isNotFound() && m_method == Method::Patch)
            e.withContext(notFoundText(target(), m_name));
        else if (const QString why = explainWriteError(e.serviceCode); !why.isEmpty())
            e.withContext(tr("%1: %2").arg(verbText(), why));
        finish(e);
        return;
    }
    m_result.httpStatus = response.status;
    m_result.created = response.status == 201;
    m_result.answer = QJsonDocument::fromJson(response.body).object();
    const QByteArray header = response.header("Azure-AsyncOperation").trimmed();
    if (!header.isEmpty())
        m_result.operationUrl = QUrl::fromEncoded(header, QUrl::StrictMode);
    else
        m_result.followedResource = true;
    Q_EMIT accepted(m_result.operationUrl);
    const QString state = m_result.answer.value(QStringLiteral("properties"))
                              .toObject()
                              .value(QStringLiteral("provisioningState"))
                              .toString();
    m_result.final.status = state;
    if (!m_wait) {
        finish({});
        return;
    }
    if (m_result.followedResource && (state.isEmpty() || m_result.final.isTerminal()) && state != u"Failed") {
        finish({}); // synchronous: nothing to follow
        return;
    }
    if (!m_result.operationUrl.isEmpty() && !m_result.operationUrl.isValid()) {
        finish(
            Error::parse(tr("the Azure-AsyncOperation header is not a valid URL")).withContext(verbText()));
        return;
    }
    m_clock.start();
    m_nextInterval = m_firstInterval;
    schedulePoll(response.header("Retry-After"));
}

void WebServiceWriteJob::schedulePoll(const QByteArray &retryAfter)
{
    if (m_clock.elapsed() > m_timeout.count()) {
        Error e
            = Error::input(tr("The operation was still '%1' after %2 s; its outcome is unknown. Check the "
                              "web service's state later.")
                               .arg(m_result.final.status)
                               .arg(m_clock.elapsed() / 1000));
        finish(e.withContext(operationContext()));
        return;
    }
    std::chrono::milliseconds delay = RetryPolicy::parseRetryAfter(retryAfter);
    if (delay.count() < 0) {
        delay = m_nextInterval;
        m_nextInterval = std::min(m_maxInterval, m_nextInterval * 2);
    }
    m_pollTimer.start(delay);
}

void WebServiceWriteJob::poll()
{
    ++m_polls;
    const QUrl url = m_result.followedResource ? target().webServiceUrl(m_name) : m_result.operationUrl;
    send("GET", url, {}, operationContext(), [this](const HttpResponse &response, const Error &error) {
        if (error) {
            finish(error);
            return;
        }
        Error parseError;
        std::optional<OperationStatus> status;
        if (m_result.followedResource) {
            const QJsonObject p = QJsonDocument::fromJson(response.body)
                                      .object()
                                      .value(QStringLiteral("properties"))
                                      .toObject();
            status = parseOperationStatus(QJsonDocument(QJsonObject { { QStringLiteral("status"),
                                                            p.value(QStringLiteral("provisioningState")) } })
                                              .toJson(),
                &parseError);
        } else {
            status = parseOperationStatus(response.body, &parseError);
        }
        if (!status) {
            finish(parseError.withContext(operationContext()));
            return;
        }
        m_result.final = *status;
        Q_EMIT progress(status->status, status->percentComplete);
        if (!status->isTerminal()) {
            schedulePoll(response.header("Retry-After"));
            return;
        }
        if (status->succeeded()) {
            finish({});
            return;
        }
        const QString what = status->errorCode.isEmpty() ? status->errorMessage
            : status->errorMessage.isEmpty()
            ? status->errorCode
            : status->errorCode + QStringLiteral(": ") + status->errorMessage;
        Error e = Error::input(what.isEmpty()
                ? tr("The operation ended '%1' without saying why.").arg(status->status)
                : tr("The operation ended '%1': %2").arg(status->status, what));
        e.serviceCode = status->errorCode;
        e.serviceMessage = status->errorMessage;
        finish(e.withContext(operationContext()));
    });
}

void WebServiceWriteJob::finish(const Error &error)
{
    if (markFinished())
        Q_EMIT finished(m_result, error);
}

} // namespace mlr::arm
