#include "azureml/amloperations.h"

#include "server/errors.h"
#include "server/jsonutil.h"

#include <QPointer>
#include <QTimer>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace mlr::server {

AmlOperations::AmlOperations(AmlSupport *support, QObject *parent)
    : QObject(parent)
    , m_support(support)
{
    const QString locations = AmlSupport::subscriptionPattern
        + u"/providers/Microsoft\\.MachineLearningServices/locations/([^/]+)"_s;
    support->addArmRoute("GET", locations + u"/mfeOperationsStatus/([^/]+)"_s, u"aml.operations.status"_s,
        [this](const Request &r, const ResponderPtr &p) { onStatus(r, p); });
    support->addArmRoute("GET", locations + u"/mfeOperationResults/([^/]+)"_s, u"aml.operations.result"_s,
        [this](const Request &r, const ResponderPtr &p) { onResult(r, p); });
}

QString AmlOperations::start(const QString &kind, const AmlWorkspace &workspace, const QString &verb,
    const QString &targetKey, const QJsonObject &pending, int delayMs, Apply apply)
{
    AmlOperation op;
    op.id = kind + u':' + workspace.workspaceId + u':' + QUuid::createUuid().toString(QUuid::WithoutBraces);
    op.subscriptionId = workspace.subscriptionId;
    op.location = workspace.location;
    op.verb = verb;
    op.targetKey = targetKey;
    op.start = QDateTime::currentDateTimeUtc();
    op.pending = pending;
    const QString key = op.id.toLower();
    m_support->state().operations.insert(key, op);
    m_support->changed();
    QPointer<AmlOperations> self(this);
    QTimer::singleShot(delayMs, this, [this, key, apply]() {
        auto it = m_support->state().operations.find(key);
        if (it == m_support->state().operations.end() || it->status != u"Updating"_s)
            return;
        apply(*it, [this, key](const QString &code, const QString &message) {
            auto done = m_support->state().operations.find(key);
            if (done == m_support->state().operations.end())
                return;
            done->status = code.isEmpty() ? u"Succeeded"_s : u"Failed"_s;
            done->errorCode = code;
            done->errorMessage = message;
            done->end = QDateTime::currentDateTimeUtc();
            m_support->changed();
            Q_EMIT finished(done->id);
        });
    });
    return op.id;
}

QString AmlOperations::url(const AmlOperation &op, const QString &route) const
{
    return m_support->base()
        + u"/subscriptions/%1/providers/Microsoft.MachineLearningServices/locations/%2/%3/%4?api-version=2022-10-01"_s
              .arg(op.subscriptionId, op.location, route, op.id);
}

RawHeaders AmlOperations::asyncHeaders(const QString &operationId) const
{
    const AmlOperation &op = m_support->state().operations[operationId.toLower()];
    return { { "Azure-AsyncOperation", url(op, u"mfeOperationsStatus"_s).toUtf8() },
        { "x-ms-async-operation-timeout", "PT30M" } };
}

RawHeaders AmlOperations::locationHeaders(const QString &operationId, bool withStatus) const
{
    const AmlOperation &op = m_support->state().operations[operationId.toLower()];
    RawHeaders headers { { "Location", url(op, u"mfeOperationResults"_s).toUtf8() }, { "Retry-After", "1" },
        { "x-ms-async-operation-timeout", "PT30M" } };
    if (withStatus)
        headers.append({ "Azure-AsyncOperation", url(op, u"mfeOperationsStatus"_s).toUtf8() });
    return headers;
}

bool AmlOperations::isBusy(const QString &targetKey) const
{
    for (const AmlOperation &op : std::as_const(m_support->state().operations))
        if (op.status == u"Updating"_s && op.targetKey == targetKey)
            return true;
    return false;
}

void AmlOperations::sendBusy(const ResponderPtr &responder, const QString &what) const
{
    m_support->sendError(responder, 409, u"Conflict"_s,
        u"An operation is already in progress on %1. Wait for it to finish (its Azure-AsyncOperation "
        u"reports Succeeded or Failed), then repeat the request."_s.arg(what));
}

void AmlOperations::setResultBody(const QString &operationId, const QJsonObject &body)
{
    m_results.insert(operationId.toLower(), body);
}

AmlOperation *AmlOperations::find(const Request &request, const ResponderPtr &responder) const
{
    auto &all = m_support->state().operations;
    const auto it = all.find(request.capture(3).toLower());
    if (it == all.end() || it->subscriptionId.compare(request.capture(1), Qt::CaseInsensitive) != 0) {
        m_support->sendError(responder, 404, u"NotFound"_s,
            u"The operation '%1' was not found in subscription '%2'."_s.arg(
                request.capture(3), request.capture(1)));
        return nullptr;
    }
    return &*it;
}

void AmlOperations::onStatus(const Request &request, const ResponderPtr &responder)
{
    const AmlOperation *op = find(request, responder);
    if (!op)
        return;
    const bool done = op->status != u"Updating"_s;
    QJsonObject body {
        { u"id"_s,
            u"/subscriptions/%1/providers/Microsoft.MachineLearningServices/locations/%2/mfeOperationsStatus/%3"_s
                .arg(op->subscriptionId, op->location, op->id) },
        { u"name"_s, op->id }, { u"status"_s, op->status }, { u"startTime"_s, armTime(op->start) },
        { u"percentComplete"_s, done ? 100.0 : 0.0 }
    };
    if (done)
        body.insert(u"endTime"_s, armTime(op->end));
    if (op->status == u"Failed"_s)
        body.insert(
            u"error"_s, QJsonObject { { u"code"_s, op->errorCode }, { u"message"_s, op->errorMessage } });
    m_support->sendJson(responder, 200, body);
}

void AmlOperations::onResult(const Request &request, const ResponderPtr &responder)
{
    const AmlOperation *op = find(request, responder);
    if (!op)
        return;
    if (op->status == u"Updating"_s)
        return responder->sendEmpty(202, armHeaders(responder->requestId()) + locationHeaders(op->id, false));
    if (op->status == u"Failed"_s)
        return m_support->sendError(responder, op->errorCode == u"InternalServerError"_s ? 500 : 400,
            op->errorCode, op->errorMessage);
    const auto result = m_results.constFind(op->id.toLower());
    if (result == m_results.cend())
        return responder->sendEmpty(200);
    m_support->sendJson(responder, 200, *result);
}

} // namespace mlr::server
