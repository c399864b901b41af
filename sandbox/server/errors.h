#pragma once

#include "server/responder.h"

#include <QJsonObject>
#include <QString>

namespace mlr::server {

// The three service surfaces answer errors in their own shapes (reference §3, §4.3, §5).
enum class Surface
{
    DataPlane, // BES, RRS, swagger.json, classic endpoints: {"error":{code,message,details[]}}
    Arm, // ARM: {"error":{code,message,details[]}} + ARM headers
    Login, // AAD: {error, error_description, error_codes, timestamp, trace_id, correlation_id}
    Admin, // {"error":{code,message}}
};

struct ErrorDetail
{
    QString code;
    QString message;
    QString target; // optional
};

QJsonObject errorBody(const QString &code, const QString &message, const QList<ErrorDetail> &details = {});

// The headers every ARM answer carries (x-ms-correlation-request-id, Cache-Control, ...).
RawHeaders armHeaders(const QByteArray &requestId);

void sendArmError(const ResponderPtr &responder, int status, const QString &code, const QString &message,
    const QList<ErrorDetail> &details = {});
void sendDataError(const ResponderPtr &responder, int status, const QString &code, const QString &message,
    const QList<ErrorDetail> &details = {}, const RawHeaders &headers = {});
// AAD: `error` is the OAuth code (invalid_client...), aadsts the AADSTS number.
void sendAadError(
    const ResponderPtr &responder, int status, const QString &error, int aadsts, const QString &description);

// The answer of a status fault (429/500/503) in the surface's own shape, with Retry-After
// for 429 and 503.
void sendFaultStatus(Surface surface, const ResponderPtr &responder, int status, int retryAfterSeconds);

// 404 for a path no route knows, in the surface's shape.
void sendNoRoute(Surface surface, const ResponderPtr &responder, const Request &request);
void sendMethodNotAllowed(Surface surface, const ResponderPtr &responder, const Request &request);

} // namespace mlr::server
