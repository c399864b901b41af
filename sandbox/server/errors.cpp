#include "server/errors.h"

#include <QDateTime>
#include <QJsonArray>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace mlr::server {

QJsonObject errorBody(const QString &code, const QString &message, const QList<ErrorDetail> &details)
{
    QJsonObject error { { u"code"_s, code }, { u"message"_s, message } };
    if (!details.isEmpty()) {
        QJsonArray list;
        for (const ErrorDetail &detail : details) {
            QJsonObject item { { u"code"_s, detail.code } };
            if (!detail.target.isEmpty())
                item.insert(u"target"_s, detail.target);
            item.insert(u"message"_s, detail.message);
            list.append(item);
        }
        error.insert(u"details"_s, list);
    }
    return { { u"error"_s, error } };
}

RawHeaders armHeaders(const QByteArray &requestId)
{
    return {
        { "Cache-Control", "no-cache" },
        { "Pragma", "no-cache" },
        { "Expires", "-1" },
        { "x-ms-correlation-request-id", requestId },
        { "x-ms-routing-request-id",
            "LOCAL:" + QDateTime::currentDateTimeUtc().toString(u"yyyyMMddThhmmssZ"_s).toLatin1() + ':'
                + requestId },
    };
}

void sendArmError(const ResponderPtr &responder, int status, const QString &code, const QString &message,
    const QList<ErrorDetail> &details)
{
    responder->sendJson(status, errorBody(code, message, details), armHeaders(responder->requestId()));
}

void sendDataError(const ResponderPtr &responder, int status, const QString &code, const QString &message,
    const QList<ErrorDetail> &details, const RawHeaders &headers)
{
    responder->sendJson(status, errorBody(code, message, details), headers);
}

void sendAadError(
    const ResponderPtr &responder, int status, const QString &error, int aadsts, const QString &description)
{
    const QString trace = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString correlation = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString timestamp = QDateTime::currentDateTimeUtc().toString(u"yyyy-MM-dd hh:mm:ss'Z'"_s);
    const QString text = u"AADSTS%1: %2\r\nTrace ID: %3\r\nCorrelation ID: %4\r\nTimestamp: %5"_s.arg(
        QString::number(aadsts), description, trace, correlation, timestamp);
    responder->sendJson(status,
        QJsonObject {
            { u"error"_s, error },
            { u"error_description"_s, text },
            { u"error_codes"_s, QJsonArray { aadsts } },
            { u"timestamp"_s, timestamp },
            { u"trace_id"_s, trace },
            { u"correlation_id"_s, correlation },
        },
        { { "Cache-Control", "no-store, no-cache" }, { "Pragma", "no-cache" } });
}

void sendFaultStatus(Surface surface, const ResponderPtr &responder, int status, int retryAfterSeconds)
{
    RawHeaders headers;
    if (status == 429 || status == 503)
        headers.append(qMakePair(QByteArray("Retry-After"), QByteArray::number(retryAfterSeconds)));
    QString code, message;
    switch (status) {
    case 429:
        code = surface == Surface::Arm ? u"TooManyRequests"_s : u"ServiceUnavailable"_s;
        message = u"The request was throttled (injected fault). Retry after %1 s."_s.arg(retryAfterSeconds);
        break;
    case 503:
        code = u"ServiceUnavailable"_s;
        message = u"The service is temporarily unavailable (injected fault)."_s;
        break;
    default:
        code = u"InternalError"_s;
        message = u"The server encountered an internal error (injected fault)."_s;
        break;
    }
    if (surface == Surface::Login) {
        const QString error = status == 500 ? u"server_error"_s : u"temporarily_unavailable"_s;
        headers.append(qMakePair(QByteArray("Cache-Control"), QByteArray("no-store, no-cache")));
        responder->sendJson(status,
            QJsonObject { { u"error"_s, error },
                { u"error_description"_s, QString(u"AADSTS90033: "_s + message) },
                { u"error_codes"_s, QJsonArray { 90033 } } },
            headers);
        return;
    }
    if (surface == Surface::Arm)
        headers.append(armHeaders(responder->requestId()));
    const QList<ErrorDetail> details = status == 429
        ? QList<ErrorDetail> { { u"RequestThrottled"_s, message, {} } }
        : QList<ErrorDetail> {};
    responder->sendJson(status, errorBody(code, message, details), headers);
}

void sendNoRoute(Surface surface, const ResponderPtr &responder, const Request &request)
{
    const QString what = QString::fromLatin1(request.method) + u' ' + request.path;
    switch (surface) {
    case Surface::Arm:
        sendArmError(responder, 404, u"InvalidResourceType"_s,
            u"The resource type could not be found for '%1'."_s.arg(what));
        return;
    case Surface::Login:
        sendAadError(responder, 404, u"invalid_request"_s, 900561,
            u"The endpoint only accepts POST requests to /{tenant}/oauth2/v2.0/token and /devicecode. Received: %1"_s
                .arg(what));
        return;
    case Surface::DataPlane:
    case Surface::Admin:
        sendDataError(responder, 404, u"NotFound"_s, u"Resource not found: %1"_s.arg(what),
            { { u"ResourceNotFound"_s, u"No route for %1."_s.arg(what), {} } });
        return;
    }
}

void sendMethodNotAllowed(Surface surface, const ResponderPtr &responder, const Request &request)
{
    const QString what
        = u"The method %1 is not allowed on %2."_s.arg(QString::fromLatin1(request.method), request.path);
    if (surface == Surface::Arm)
        return sendArmError(responder, 405, u"MethodNotAllowed"_s, what);
    if (surface == Surface::Login)
        return sendAadError(responder, 405, u"invalid_request"_s, 900561, what);
    sendDataError(responder, 405, u"MethodNotAllowed"_s, what);
}

} // namespace mlr::server
