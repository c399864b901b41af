#include "server/lro.h"

#include "server/errors.h"
#include "server/graphadapter.h"
#include "server/httpfront.h"
#include "server/jsonutil.h"
#include "server/login.h"
#include "server/modelcache.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace mlr::server {

OperationManager::OperationManager(Context *context, LoginService *login, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_login(login)
{
    const QString base = u"/subscriptions/([^/]+)/providers/Microsoft\\.MachineLearning/locations/([^/]+)/"_s;
    context->arm->addRoute("GET", base + u"operationsStatus/([^/]+)"_s, u"arm.operation"_s,
        [this](const Request &r, const ResponderPtr &p) { onStatus(r, p); });
    context->arm->addRoute("GET", base + u"operationresults/([^/]+)"_s, u"arm.operation"_s,
        [this](const Request &r, const ResponderPtr &p) { onResult(r, p); });
}

QString OperationManager::start(const QString &kind, const WebService &service, bool noEffect)
{
    Operation op;
    op.id = newGuid();
    op.subscriptionId = service.subscriptionId;
    op.location = normalizeLocation(service.location);
    op.kind = kind;
    op.serviceKey = service.key();
    op.startUtc = QDateTime::currentDateTimeUtc();
    op.noEffect = noEffect;
    m_context->state->operations.insert(op.id, op);
    // Keep the most recent operations only.
    if (m_context->state->operations.size() > 500) {
        QString oldest;
        QDateTime oldestTime;
        for (const Operation &o : std::as_const(m_context->state->operations))
            if (o.status != u"Provisioning"_s && (!oldestTime.isValid() || o.startUtc < oldestTime))
                oldest = o.id, oldestTime = o.startUtc;
        m_context->state->operations.remove(oldest.toLower());
    }
    m_context->state->changed();
    QTimer::singleShot(m_context->config.operationDelayMs, this, [this, id = op.id]() { complete(id); });
    return op.id;
}

bool OperationManager::isBusy(const QString &serviceKey) const
{
    for (const Operation &op : std::as_const(m_context->state->operations))
        if (op.serviceKey == serviceKey && op.status == u"Provisioning"_s)
            return true;
    return false;
}

QString OperationManager::statusUrl(const Operation &op) const
{
    return u"%1/subscriptions/%2/providers/Microsoft.MachineLearning/locations/%3/operationsStatus/%4?api-version=2017-01-01"_s
        .arg(m_context->armBase(), op.subscriptionId, op.location, op.id);
}

QString OperationManager::resultUrl(const Operation &op) const
{
    return u"%1/subscriptions/%2/providers/Microsoft.MachineLearning/locations/%3/operationresults/%4?api-version=2017-01-01"_s
        .arg(m_context->armBase(), op.subscriptionId, op.location, op.id);
}

RawHeaders OperationManager::headers(const QString &operationId, bool withLocation) const
{
    const Operation op = m_context->state->operations.value(operationId.toLower());
    RawHeaders out { { "Azure-AsyncOperation", statusUrl(op).toUtf8() },
        { "Azure-AsyncOperationPercentComplete", "0" } };
    if (withLocation)
        out.append({ "Location", resultUrl(op).toUtf8() });
    return out;
}

void OperationManager::complete(const QString &operationId)
{
    const auto it = m_context->state->operations.find(operationId.toLower());
    if (it == m_context->state->operations.end() || it->status != u"Provisioning"_s)
        return;
    const Operation op = *it;
    WebService *service = m_context->state->services.contains(op.serviceKey)
        ? &m_context->state->services[op.serviceKey]
        : nullptr;
    if (op.noEffect || !service)
        return finish(op.id, {}, {});
    if (op.kind == u"delete"_s) {
        m_context->state->services.remove(op.serviceKey);
        return finish(op.id, {}, {});
    }
    if (op.kind == u"regionalBlob"_s)
        return finish(op.id, {}, {});

    // create / update: the graph must load its trained models before it goes live.
    const QJsonObject properties = service->properties;
    const auto graph = serviceGraph(properties);
    if (const auto *error = std::get_if<studio::GraphError>(&graph))
        return finish(op.id, u"WebServicePackageError"_s, describeGraphError(*error));
    QList<ModelCache::Asset> assets;
    for (const studio::TrainedModelAsset &asset : std::get<GraphPtr>(graph)->trainedModels) {
        const QJsonObject item = properties.value(u"assets"_s).toObject().value(asset.assetId).toObject();
        assets.append(
            { asset.uri, item.value(u"locationInfo"_s).toObject().value(u"credentials"_s).toString() });
    }
    QList<StorageAccount> fallbacks;
    if (m_context->storage)
        fallbacks.append(*m_context->storage);
    m_context->models->fetch(
        assets, fallbacks, [this, id = op.id, properties](const ModelCache::Models &, const QString &error) {
            if (!error.isEmpty())
                return finish(id, u"ModelPackageFormatError"_s, error);
            const Operation current = m_context->state->operations.value(id.toLower());
            if (auto sit = m_context->state->services.find(current.serviceKey);
                sit != m_context->state->services.end() && sit->properties == properties)
                sit->deployed = properties;
            finish(id, {}, {});
        });
}

void OperationManager::finish(
    const QString &operationId, const QString &errorCode, const QString &errorMessage)
{
    const auto it = m_context->state->operations.find(operationId.toLower());
    if (it == m_context->state->operations.end())
        return;
    it->status = errorCode.isEmpty() ? u"Succeeded"_s : u"Failed"_s;
    it->endUtc = QDateTime::currentDateTimeUtc();
    it->percent = 1.0;
    it->errorCode = errorCode;
    it->errorMessage = errorMessage;
    if (!it->noEffect && it->kind != u"delete"_s) {
        if (auto sit = m_context->state->services.find(it->serviceKey);
            sit != m_context->state->services.end())
            sit->provisioningState = it->status;
    }
    m_context->state->changed();
    Q_EMIT operationFinished(it->id, it->status);
}

void OperationManager::onStatus(const Request &request, const ResponderPtr &responder)
{
    if (!m_login->authorizeArm(request, responder))
        return;
    const auto it = m_context->state->operations.constFind(request.capture(3).toLower());
    if (it == m_context->state->operations.cend())
        return sendArmError(responder, 404, u"NotFound"_s, u"The specified resource was not found."_s,
            { { u"OperationNotFound"_s,
                u"No operation could be found with the id: %1."_s.arg(request.capture(3)), {} } });
    const Operation &op = *it;
    double percent = op.percent;
    if (op.status == u"Provisioning"_s) {
        const double elapsed = double(op.startUtc.msecsTo(QDateTime::currentDateTimeUtc()));
        percent = std::clamp(elapsed / std::max(1, m_context->config.operationDelayMs), 0.0, 0.99);
    }
    QJsonObject body {
        { u"id"_s,
            u"/subscriptions/%1/providers/Microsoft.MachineLearning/locations/%2/operationsStatus/%3"_s.arg(
                op.subscriptionId, op.location, op.id) },
        { u"name"_s, op.id },
        { u"status"_s, op.status },
        { u"startTime"_s, armTime(op.startUtc) },
        { u"percentComplete"_s, percent },
    };
    if (op.endUtc.isValid())
        body.insert(u"endTime"_s, armTime(op.endUtc));
    if (op.status == u"Failed"_s)
        body.insert(
            u"error"_s, QJsonObject { { u"code"_s, op.errorCode }, { u"message"_s, op.errorMessage } });
    responder->sendJson(200, body, armHeaders(responder->requestId()));
}

void OperationManager::onResult(const Request &request, const ResponderPtr &responder)
{
    if (!m_login->authorizeArm(request, responder))
        return;
    const auto it = m_context->state->operations.constFind(request.capture(3).toLower());
    if (it == m_context->state->operations.cend())
        return sendArmError(responder, 404, u"NotFound"_s, u"The specified resource was not found."_s);
    if (it->status == u"Provisioning"_s)
        return responder->sendEmpty(202,
            armHeaders(responder->requestId())
                + RawHeaders { { "Location", resultUrl(*it).toUtf8() }, { "Retry-After", "1" } });
    if (it->status == u"Succeeded"_s)
        return responder->sendEmpty(204, armHeaders(responder->requestId()));
    sendArmError(responder, it->errorCode == u"InternalError"_s ? 500 : 400, it->errorCode, it->errorMessage);
}

} // namespace mlr::server
