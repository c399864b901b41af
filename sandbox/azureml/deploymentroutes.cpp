#include "azureml/deploymentroutes.h"

#include "azureml/amlmodels.h"
#include "azureml/amloperations.h"
#include "azureml/amluris.h"
#include "azureml/endpointroutes.h"
#include "server/errors.h"
#include "server/jsonutil.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace mlr::server {

namespace {

const QString deploymentType = u"Microsoft.MachineLearningServices/workspaces/onlineEndpoints/deployments"_s;

QString logLine(const QString &text)
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) + u" | "_s + text + u'\n';
}

} // namespace

DeploymentRoutes::DeploymentRoutes(
    AmlSupport *support, AmlOperations *operations, AmlModels *models, EndpointRoutes *endpoints)
    : m_support(support)
    , m_operations(operations)
    , m_models(models)
    , m_endpoints(endpoints)
{
    const auto bind = [this](void (DeploymentRoutes::*method)(const Request &, const ResponderPtr &)) {
        return [this, method](const Request &r, const ResponderPtr &p) {
            (this->*method)(r, p);
        };
    };
    const QString list = AmlSupport::workspacePattern + u"/onlineEndpoints/([^/]+)/deployments"_s;
    const QString d = list + u"/([^/]+)"_s;
    support->addArmRoute("PUT", d, u"aml.deployments.put"_s, bind(&DeploymentRoutes::onPut));
    support->addArmRoute("GET", d, u"aml.deployments.get"_s, bind(&DeploymentRoutes::onGet));
    support->addArmRoute("PATCH", d, u"aml.deployments.patch"_s, bind(&DeploymentRoutes::onPatch));
    support->addArmRoute("DELETE", d, u"aml.deployments.delete"_s, bind(&DeploymentRoutes::onDelete));
    support->addArmRoute("GET", list, u"aml.deployments.list"_s, bind(&DeploymentRoutes::onList));
    support->addArmRoute(
        "POST", d + u"/getLogs"_s, u"aml.deployments.logs"_s, bind(&DeploymentRoutes::onGetLogs));
}

QJsonObject DeploymentRoutes::deploymentJson(const AmlDeployment &d) const
{
    const AmlEndpoint &e = m_support->state().endpoints[d.endpointKey];
    const AmlWorkspace &w = m_support->state().workspaces[e.workspaceKey];
    QJsonObject body
        = AmlSupport::resource(w.armId() + u"/onlineEndpoints/"_s + e.name + u"/deployments/"_s + d.name,
            d.name, deploymentType, d.created, d.modified);
    body.insert(u"location"_s, d.location);
    body.insert(u"tags"_s, d.tags);
    body.insert(u"kind"_s, u"Managed"_s);
    QJsonObject sku = d.sku;
    sku.insert(u"tier"_s, u"Standard"_s);
    body.insert(u"sku"_s, sku);
    QJsonObject properties = d.properties;
    properties.insert(u"provisioningState"_s, d.provisioningState);
    body.insert(u"properties"_s, properties);
    return body;
}

AmlDeployment *DeploymentRoutes::deployment(const Request &request, const ResponderPtr &responder) const
{
    const AmlEndpoint *e = m_endpoints->endpoint(request, responder);
    if (!e)
        return nullptr;
    auto &all = m_support->state().deployments;
    const auto it = all.find(e->key() + u"/deployments/"_s + request.capture(5).toLower());
    if (it == all.end() || it->provisioningState == u"Deleting"_s) {
        m_support->sendNotFound(responder, deploymentType, e->name + u'/' + request.capture(5));
        return nullptr;
    }
    return &*it;
}

QString DeploymentRoutes::put(const AmlWorkspace &w, const AmlEndpoint &e, const QString &name,
    const QJsonObject &body, bool noEffect, int *status, QString *operationId)
{
    *status = 400;
    if (!AmlSupport::isEndpointName(name))
        return u"Deployment name '%1' is not valid: 3-32 letters, digits and single dashes, starting with a letter."_s
            .arg(name);
    QJsonObject properties = body.value(u"properties"_s).toObject();
    const QString compute = properties.value(u"endpointComputeType"_s).toString();
    if (compute != u"Managed"_s && compute != u"Kubernetes"_s && compute != u"AzureMLCompute"_s)
        return u"Request is invalid and/or missing fields: properties.endpointComputeType must be Managed, "
               u"Kubernetes or AzureMLCompute (got '%1')."_s.arg(compute);
    const QString modelId = properties.value(u"model"_s).toString();
    if (modelId.isEmpty())
        return u"properties.model is required: the id of a registered model version ({workspace}/models/{name}/versions/{version})."_s;
    if (!findModelVersion(m_support->state(), w, modelId))
        return u"Could not find asset with ID: %1"_s.arg(modelId);
    QJsonObject sku = body.value(u"sku"_s).toObject();
    if (sku.value(u"name"_s).toString().isEmpty())
        sku.insert(u"name"_s, u"Default"_s);
    const int capacity = sku.value(u"capacity"_s).toInt(1);
    if (capacity < 1 || capacity > 50)
        return u"sku.capacity (the instance count) must be from 1 to 50 (got %1)."_s.arg(capacity);
    sku.insert(u"capacity"_s, capacity);
    const QString key = e.key() + u"/deployments/"_s + name.toLower();
    auto &all = m_support->state().deployments;
    const bool exists = all.contains(key);
    if (m_operations->isBusy(key)) {
        *status = 409;
        return u"An operation is already in progress on deployment '%1'. Wait for it to finish, then repeat "
               u"the request."_s.arg(name);
    }
    int count = 0;
    for (const AmlDeployment &other : std::as_const(all))
        count += other.endpointKey == e.key() ? 1 : 0;
    if (!exists && count >= 20)
        return u"Endpoint '%1' already has 20 deployments, the most an endpoint can have."_s.arg(e.name);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!exists) {
        AmlDeployment d;
        d.endpointKey = e.key();
        d.name = name;
        d.location = normalizeLocation(body.value(u"location"_s).toString(e.location));
        d.sku = sku;
        d.tags = body.value(u"tags"_s).toObject();
        d.properties = properties;
        d.created = d.modified = now;
        all.insert(key, d);
    } else {
        all[key].provisioningState = u"Updating"_s;
    }
    all[key].log += logLine(u"Provisioning %1 instance(s) of %2 with model %3."_s.arg(capacity).arg(
        properties.value(u"instanceType"_s).toString(u"Standard_DS3_v2"_s), modelId));
    const QJsonObject tags = body.value(u"tags"_s).toObject();
    const QString workspaceKey = w.key();
    *operationId = m_operations->start(u"od"_s, w, u"put"_s, key, properties,
        m_support->context()->config.amlProvisionDelayMs,
        [this, key, workspaceKey, modelId, sku, tags, noEffect](
            AmlOperation &op, AmlOperations::Finish finish) {
            const QJsonObject pending = op.pending;
            const AmlWorkspace w = m_support->state().workspaces[workspaceKey];
            m_models->load(w, modelId,
                [this, key, pending, sku, tags, noEffect, finish](
                    AmlModels::ModelPtr, const QString &code, const QString &error) {
                    auto it = m_support->state().deployments.find(key);
                    if (it == m_support->state().deployments.end())
                        return finish(
                            u"ResourceNotFound"_s, u"The deployment was deleted during the operation."_s);
                    if (!code.isEmpty()) {
                        it->log += logLine(u"Failed: "_s + error);
                        it->provisioningState = u"Failed"_s;
                        return finish(code, error);
                    }
                    if (!noEffect) {
                        it->properties = pending;
                        it->sku = sku;
                        it->tags = tags;
                        it->modified = QDateTime::currentDateTimeUtc();
                    }
                    it->log += logLine(u"Model loaded; the scoring server is ready."_s);
                    it->provisioningState = u"Succeeded"_s;
                    finish({}, {});
                });
        });
    *status = 201;
    m_support->changed();
    return {};
}

void DeploymentRoutes::onPut(const Request &request, const ResponderPtr &responder)
{
    const AmlWorkspace *w = m_support->workspace(request, responder);
    const AmlEndpoint *e = w ? m_endpoints->endpoint(request, responder) : nullptr;
    const auto body = e ? m_support->body(request, responder) : std::nullopt;
    if (!body)
        return;
    int status = 400;
    QString operationId;
    const QString error = put(*w, *e, request.capture(5), *body, request.noEffect, &status, &operationId);
    if (!error.isEmpty())
        return m_support->sendError(
            responder, status, status == 409 ? u"Conflict"_s : u"BadArgument"_s, error);
    const AmlDeployment &d
        = m_support->state().deployments[e->key() + u"/deployments/"_s + request.capture(5).toLower()];
    m_support->sendJson(responder, 201, deploymentJson(d), m_operations->asyncHeaders(operationId));
}

void DeploymentRoutes::onGet(const Request &request, const ResponderPtr &responder)
{
    if (const AmlDeployment *d = deployment(request, responder))
        m_support->sendJson(responder, 200, deploymentJson(*d));
}

void DeploymentRoutes::onList(const Request &request, const ResponderPtr &responder)
{
    const AmlEndpoint *e = m_endpoints->endpoint(request, responder);
    if (!e)
        return;
    QJsonArray items;
    for (const AmlDeployment &d : std::as_const(m_support->state().deployments))
        if (d.endpointKey == e->key() && d.provisioningState != u"Deleting"_s)
            items.append(deploymentJson(d));
    m_support->sendList(request, responder, items);
}

void DeploymentRoutes::onPatch(const Request &request, const ResponderPtr &responder)
{
    AmlDeployment *d = deployment(request, responder);
    const auto body = d ? m_support->body(request, responder) : std::nullopt;
    if (!body)
        return;
    if (body->contains(u"sku"_s)) {
        const int capacity = body->value(u"sku"_s)
                                 .toObject()
                                 .value(u"capacity"_s)
                                 .toInt(d->sku.value(u"capacity"_s).toInt(1));
        if (capacity < 1 || capacity > 50)
            return m_support->sendError(responder, 400, u"BadArgument"_s,
                u"sku.capacity (the instance count) must be from 1 to 50 (got %1)."_s.arg(capacity),
                u"sku.capacity"_s);
        if (!request.noEffect)
            d->sku.insert(u"capacity"_s, capacity);
    }
    if (body->contains(u"tags"_s) && !request.noEffect)
        d->tags = body->value(u"tags"_s).toObject();
    d->modified = QDateTime::currentDateTimeUtc();
    m_support->changed();
    m_support->sendJson(responder, 200, deploymentJson(*d));
}

void DeploymentRoutes::onDelete(const Request &request, const ResponderPtr &responder)
{
    const AmlWorkspace *w = m_support->workspace(request, responder);
    AmlDeployment *d = w ? deployment(request, responder) : nullptr;
    if (!d)
        return;
    const QString key = d->key();
    if (m_operations->isBusy(key) || m_operations->isBusy(d->endpointKey))
        return m_operations->sendBusy(responder, u"deployment '%1' or its endpoint"_s.arg(d->name));
    const bool noEffect = request.noEffect;
    const QString id = m_operations->start(u"od"_s, *w, u"delete"_s, key, {},
        m_support->context()->config.amlProvisionDelayMs / 2,
        [this, key, noEffect](AmlOperation &, AmlOperations::Finish finish) {
            auto &state = m_support->state();
            const auto it = state.deployments.find(key);
            if (it == state.deployments.end())
                return finish({}, {});
            const QJsonObject properties = state.endpoints[it->endpointKey].properties;
            const double live = properties.value(u"traffic"_s).toObject().value(it->name).toDouble();
            const double mirrored
                = properties.value(u"mirrorTraffic"_s).toObject().value(it->name).toDouble();
            if (live > 0 || mirrored > 0)
                return finish(u"BadArgument"_s,
                    u"Deployment has traffic: '%1' receives %2 % of the live and %3 % of the mirrored "
                    u"traffic. Set "
                    u"its traffic to 0 with a PUT of the endpoint first."_s.arg(it->name)
                        .arg(live)
                        .arg(mirrored));
            if (!noEffect)
                state.deployments.erase(it);
            finish({}, {});
        });
    m_support->changed();
    responder->send(
        202, "null", armHeaders(responder->requestId()) + m_operations->locationHeaders(id, true));
}

void DeploymentRoutes::onGetLogs(const Request &request, const ResponderPtr &responder)
{
    const AmlDeployment *d = deployment(request, responder);
    const auto body = d ? m_support->body(request, responder) : std::nullopt;
    if (!body)
        return;
    const int tail = body->value(u"tail"_s).toInt(100);
    QStringList lines = d->log.split(u'\n', Qt::SkipEmptyParts);
    if (tail > 0 && lines.size() > tail)
        lines = lines.mid(lines.size() - tail);
    m_support->sendJson(responder, 200, { { u"content"_s, lines.join(u'\n') } });
}

} // namespace mlr::server
