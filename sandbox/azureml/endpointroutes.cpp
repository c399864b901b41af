#include "azureml/endpointroutes.h"

#include "azureml/amloperations.h"
#include "server/jsonutil.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace mlr::server {

namespace {

const QString endpointType = u"Microsoft.MachineLearningServices/workspaces/onlineEndpoints"_s;

QString normalizeAuthMode(const QString &mode)
{
    const QString m = mode.toLower().remove(u'_');
    if (m == u"key"_s)
        return u"Key"_s;
    if (m == u"amltoken"_s)
        return u"AMLToken"_s;
    if (m == u"aadtoken"_s)
        return u"AADToken"_s;
    return {};
}

} // namespace

EndpointRoutes::EndpointRoutes(AmlSupport *support, AmlOperations *operations)
    : m_support(support)
    , m_operations(operations)
{
    const auto bind = [this](void (EndpointRoutes::*method)(const Request &, const ResponderPtr &)) {
        return [this, method](const Request &r, const ResponderPtr &p) {
            (this->*method)(r, p);
        };
    };
    const QString e = AmlSupport::workspacePattern + u"/onlineEndpoints/([^/]+)"_s;
    support->addArmRoute("PUT", e, u"aml.endpoints.put"_s, bind(&EndpointRoutes::onPut));
    support->addArmRoute("GET", e, u"aml.endpoints.get"_s, bind(&EndpointRoutes::onGet));
    support->addArmRoute("PATCH", e, u"aml.endpoints.patch"_s, bind(&EndpointRoutes::onPatch));
    support->addArmRoute("DELETE", e, u"aml.endpoints.delete"_s, bind(&EndpointRoutes::onDelete));
    support->addArmRoute("GET", AmlSupport::workspacePattern + u"/onlineEndpoints"_s, u"aml.endpoints.list"_s,
        bind(&EndpointRoutes::onList));
    support->addArmRoute(
        "POST", e + u"/listKeys"_s, u"aml.endpoints.keys"_s, bind(&EndpointRoutes::onListKeys));
    support->addArmRoute("POST", e + u"/regenerateKeys"_s, u"aml.endpoints.regenerate"_s,
        bind(&EndpointRoutes::onRegenerateKeys));
    support->addArmRoute("POST", e + u"/token"_s, u"aml.endpoints.token"_s, bind(&EndpointRoutes::onToken));
}

QString EndpointRoutes::scoringUri(const AmlEndpoint &e) const
{
    const AmlWorkspace &w = m_support->state().workspaces[e.workspaceKey];
    return m_support->base() + u"/inference/%1/%2/score"_s.arg(w.workspaceId, e.name);
}

QJsonObject EndpointRoutes::endpointJson(const AmlEndpoint &e) const
{
    const AmlWorkspace &w = m_support->state().workspaces[e.workspaceKey];
    QJsonObject body = AmlSupport::resource(
        w.armId() + u"/onlineEndpoints/"_s + e.name, e.name, endpointType, e.created, e.modified);
    body.insert(u"location"_s, e.location);
    body.insert(u"tags"_s, e.tags);
    body.insert(u"kind"_s, u"Managed"_s);
    body.insert(u"identity"_s,
        QJsonObject { { u"type"_s, e.identity.value(u"type"_s).toString(u"SystemAssigned"_s) },
            { u"principalId"_s, e.endpointId }, { u"tenantId"_s, w.workspaceId } });
    QJsonObject properties = e.properties;
    const bool live = !e.properties.isEmpty();
    properties.insert(u"traffic"_s, e.properties.value(u"traffic"_s).toObject());
    // mirrorTraffic is not in the 2022-10-01 model (its OnlineEndpoint allows no other
    // members): shown only when a client set some (newer clients send it, reference §9.1).
    if (properties.value(u"mirrorTraffic"_s).toObject().isEmpty())
        properties.remove(u"mirrorTraffic"_s);
    properties.insert(u"scoringUri"_s, live ? QJsonValue(scoringUri(e)) : QJsonValue());
    properties.insert(u"swaggerUri"_s,
        live ? QJsonValue(scoringUri(e).replace(u"/score"_s, u"/swagger.json"_s)) : QJsonValue());
    properties.insert(u"provisioningState"_s, e.provisioningState);
    properties.insert(u"publicNetworkAccess"_s, u"Enabled"_s);
    properties.insert(u"properties"_s,
        QJsonObject {
            { u"azureml.onlineendpointid"_s, QString(w.armId() + u"/onlineEndpoints/"_s + e.name) } });
    if (!properties.contains(u"authMode"_s))
        properties.insert(u"authMode"_s, u"Key"_s);
    body.insert(u"properties"_s, properties);
    return body;
}

AmlEndpoint *EndpointRoutes::endpoint(const Request &request, const ResponderPtr &responder) const
{
    const AmlWorkspace *w = m_support->workspace(request, responder);
    if (!w)
        return nullptr;
    auto &all = m_support->state().endpoints;
    const auto it = all.find(w->key() + u"/onlineendpoints/"_s + request.capture(4).toLower());
    if (it == all.end() || it->provisioningState == u"Deleting"_s) {
        m_support->sendNotFound(responder, endpointType, request.capture(4));
        return nullptr;
    }
    return &*it;
}

QString EndpointRoutes::trafficProblem(
    const AmlEndpoint &e, const QJsonObject &traffic, const QJsonObject &mirror) const
{
    const auto deploymentOk = [&](const QString &name) {
        const auto d
            = m_support->state().deployments.constFind(e.key() + u"/deployments/"_s + name.toLower());
        return d != m_support->state().deployments.cend() && d->provisioningState == u"Succeeded"_s;
    };
    int sum = 0;
    for (auto it = traffic.begin(); it != traffic.end(); ++it) {
        const double v = it.value().toDouble(-1);
        if (!it.value().isDouble() || v != std::floor(v) || v < 0 || v > 100)
            return u"Traffic of deployment '%1' must be a whole number from 0 to 100."_s.arg(it.key());
        if (!deploymentOk(it.key()))
            return u"Traffic names deployment '%1', which does not exist on endpoint '%2' or has not been "
                   u"provisioned successfully."_s.arg(it.key(), e.name);
        sum += int(v);
    }
    if (sum != 0 && sum != 100)
        return u"The traffic values must add up to 0 or 100; they add up to %1."_s.arg(sum);
    if (mirror.size() > 1)
        return u"Only one deployment can receive mirrored traffic."_s;
    for (auto it = mirror.begin(); it != mirror.end(); ++it) {
        const double v = it.value().toDouble(-1);
        if (v < 0 || v > 50 || v != std::floor(v))
            return u"Mirrored traffic must be a whole number from 0 to 50."_s;
        if (v > 0 && traffic.value(it.key()).toDouble() > 0)
            return u"Deployment '%1' cannot receive live and mirrored traffic at once."_s.arg(it.key());
        if (!deploymentOk(it.key()))
            return u"Mirror traffic names deployment '%1', which does not exist on endpoint '%2'."_s.arg(
                it.key(), e.name);
    }
    return {};
}

QString EndpointRoutes::put(const AmlWorkspace &w, const QString &name, const QJsonObject &body,
    bool noEffect, int *status, QString *operationId)
{
    *status = 400;
    if (!AmlSupport::isEndpointName(name))
        return u"Endpoint name '%1' is not valid: 3-32 letters, digits and single dashes, starting with a letter."_s
            .arg(name);
    if (body.value(u"location"_s).toString().isEmpty())
        return u"Request is invalid and/or missing fields: location is required."_s;
    const QJsonObject given = body.value(u"properties"_s).toObject();
    const QString authMode = normalizeAuthMode(given.value(u"authMode"_s).toString());
    if (authMode.isEmpty())
        return u"properties.authMode must be Key, AMLToken or AADToken (got '%1')."_s.arg(
            given.value(u"authMode"_s).toString());
    const QString key = w.key() + u"/onlineendpoints/"_s + name.toLower();
    auto &all = m_support->state().endpoints;
    const bool exists = all.contains(key);
    if (exists && m_operations->isBusy(key)) {
        *status = 409;
        return u"An operation is already in progress on online endpoint '%1'. Wait for it to finish, then "
               u"repeat the request."_s.arg(name);
    }
    AmlEndpoint probe = exists ? all[key] : AmlEndpoint {};
    probe.workspaceKey = w.key();
    probe.name = exists ? probe.name : name;
    const QJsonObject traffic = given.value(u"traffic"_s).toObject();
    const QJsonObject mirror = given.value(u"mirrorTraffic"_s).toObject();
    if (const QString problem = trafficProblem(probe, traffic, mirror); !problem.isEmpty())
        return problem;
    QJsonObject pending { { u"authMode"_s, authMode }, { u"traffic"_s, traffic },
        { u"mirrorTraffic"_s, mirror } };
    if (given.contains(u"description"_s))
        pending.insert(u"description"_s, given.value(u"description"_s));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!exists) {
        AmlEndpoint e;
        e.workspaceKey = w.key();
        e.name = name;
        e.location = normalizeLocation(body.value(u"location"_s).toString());
        e.tags = body.value(u"tags"_s).toObject();
        e.identity = body.value(u"identity"_s).toObject();
        e.primaryKey = randomBase64(24);
        e.secondaryKey = randomBase64(24);
        e.endpointId = newGuid();
        e.created = e.modified = now;
        all.insert(key, e);
    } else {
        all[key].provisioningState = u"Updating"_s;
    }
    const QJsonObject tags = body.value(u"tags"_s).toObject();
    *operationId = m_operations->start(u"oe"_s, w, u"put"_s, key, pending,
        m_support->context()->config.amlProvisionDelayMs,
        [this, key, tags, traffic, mirror, noEffect](AmlOperation &op, AmlOperations::Finish finish) {
            auto it = m_support->state().endpoints.find(key);
            if (it == m_support->state().endpoints.end())
                return finish(u"ResourceNotFound"_s, u"The endpoint was deleted during the operation."_s);
            if (const QString problem = trafficProblem(*it, traffic, mirror); !problem.isEmpty()) {
                it->provisioningState = it->properties.isEmpty() ? u"Failed"_s : u"Succeeded"_s;
                return finish(u"BadArgument"_s, problem);
            }
            if (!noEffect) {
                it->properties = op.pending;
                it->tags = tags;
                it->modified = QDateTime::currentDateTimeUtc();
            }
            it->provisioningState = u"Succeeded"_s;
            finish({}, {});
        });
    *status = 201;
    m_support->changed();
    return {};
}

void EndpointRoutes::onPut(const Request &request, const ResponderPtr &responder)
{
    const AmlWorkspace *w = m_support->workspace(request, responder);
    if (!w)
        return;
    const auto body = m_support->body(request, responder);
    if (!body)
        return;
    const QString key = w->key() + u"/onlineendpoints/"_s + request.capture(4).toLower();
    const QJsonObject before = m_support->state().endpoints.contains(key)
        ? endpointJson(m_support->state().endpoints[key])
        : QJsonObject {};
    int status = 400;
    QString operationId;
    const QString error = put(*w, request.capture(4), *body, request.noEffect, &status, &operationId);
    if (!error.isEmpty())
        return m_support->sendError(
            responder, status, status == 409 ? u"Conflict"_s : u"BadArgument"_s, error);
    QJsonObject answer = endpointJson(m_support->state().endpoints[key]);
    if (!before.isEmpty()) { // the 201 body still shows the old definition (reference §3.2)
        QJsonObject properties = before.value(u"properties"_s).toObject();
        properties.insert(u"provisioningState"_s, u"Updating"_s);
        answer.insert(u"properties"_s, properties);
    }
    m_support->sendJson(responder, 201, answer, m_operations->asyncHeaders(operationId));
}

void EndpointRoutes::onGet(const Request &request, const ResponderPtr &responder)
{
    if (const AmlEndpoint *e = endpoint(request, responder))
        m_support->sendJson(responder, 200, endpointJson(*e));
}

void EndpointRoutes::onList(const Request &request, const ResponderPtr &responder)
{
    const AmlWorkspace *w = m_support->workspace(request, responder);
    if (!w)
        return;
    QJsonArray items;
    for (const AmlEndpoint &e : std::as_const(m_support->state().endpoints))
        if (e.workspaceKey == w->key() && e.provisioningState != u"Deleting"_s)
            items.append(endpointJson(e));
    m_support->sendList(request, responder, items);
}

void EndpointRoutes::onPatch(const Request &request, const ResponderPtr &responder)
{
    AmlEndpoint *e = endpoint(request, responder);
    const auto body = e ? m_support->body(request, responder) : std::nullopt;
    if (!body)
        return;
    if (!request.noEffect) {
        if (body->contains(u"tags"_s))
            e->tags = body->value(u"tags"_s).toObject();
        if (body->contains(u"identity"_s))
            e->identity = body->value(u"identity"_s).toObject();
        e->modified = QDateTime::currentDateTimeUtc();
        m_support->changed();
    }
    m_support->sendJson(responder, 200, endpointJson(*e));
}

void EndpointRoutes::onListKeys(const Request &request, const ResponderPtr &responder)
{
    if (const AmlEndpoint *e = endpoint(request, responder))
        m_support->sendJson(
            responder, 200, { { u"primaryKey"_s, e->primaryKey }, { u"secondaryKey"_s, e->secondaryKey } });
}

} // namespace mlr::server
