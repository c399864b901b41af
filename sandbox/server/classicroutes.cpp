#include "server/classicroutes.h"

#include "server/blobref.h"
#include "server/errors.h"
#include "server/graphadapter.h"
#include "server/httpfront.h"
#include "server/jsonutil.h"
#include "server/lro.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace mlr::server {

namespace {

void sendError(const ResponderPtr &responder, int status, const QString &code, const QString &message)
{
    responder->sendJson(status, errorBody(code, message));
}

} // namespace

ClassicEndpointService::ClassicEndpointService(Context *context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
    const QString path = u"/workspaces/([^/]+)/webservices/([^/]+)/endpoints/([^/]+)"_s;
    context->ml->addRoute(
        "GET", path, u"classic.get"_s, [this](const Request &r, const ResponderPtr &p) { onGet(r, p); });
    context->ml->addRoute("PATCH", path, u"classic.patch"_s,
        [this](const Request &r, const ResponderPtr &p) { onPatch(r, p); });
}

WebService *ClassicEndpointService::resolve(const Request &request, const ResponderPtr &responder)
{
    WebService *service = m_context->state->serviceById(request.capture(2));
    const QString workspace = service
        ? service->properties.value(u"machineLearningWorkspace"_s).toObject().value(u"id"_s).toString()
        : QString();
    if (!service || workspace.compare(request.capture(1), Qt::CaseInsensitive) != 0) {
        sendError(responder, 404, u"WebServiceNotFound"_s,
            u"Web service '%1' was not found in workspace '%2'."_s.arg(
                request.capture(2), request.capture(1)));
        return nullptr;
    }
    const QByteArray authorization = request.header("authorization");
    const QString key = QString::fromLatin1(authorization.mid(7).trimmed());
    if (!authorization.startsWith("Bearer ")
        || (key != service->primaryKey && key != service->secondaryKey)) {
        sendError(responder, 401, u"Unauthorized"_s, u"Invalid credentials provided."_s);
        return nullptr;
    }
    return service;
}

void ClassicEndpointService::onGet(const Request &request, const ResponderPtr &responder)
{
    WebService *service = resolve(request, responder);
    if (!service)
        return;
    QJsonArray resources;
    const auto graph = serviceGraph(service->properties);
    if (const GraphPtr *g = std::get_if<GraphPtr>(&graph)) {
        for (const studio::TrainedModelAsset &asset : (*g)->trainedModels) {
            const QUrl url(asset.uri);
            const QString path = url.path();
            resources.append(QJsonObject { { u"Name"_s, asset.name }, { u"Kind"_s, u"TrainedModel"_s },
                { u"Location"_s,
                    QJsonObject { { u"BaseLocation"_s,
                                      QString(url.toString(QUrl::RemovePath | QUrl::RemoveQuery) + u'/') },
                        { u"RelativeLocation"_s, path.mid(1) } } } });
        }
    }
    const QString apiLocation
        = u"%1/workspaces/%2/services/%3"_s.arg(m_context->mlBase(), request.capture(1), service->serviceId);
    responder->sendJson(200,
        QJsonObject {
            { u"Name"_s, request.capture(3) },
            { u"Description"_s, service->properties.value(u"description"_s).toString() },
            { u"CreationTime"_s, armTime(service->createdOn) },
            { u"WorkspaceId"_s, request.capture(1) },
            { u"WebServiceId"_s, service->serviceId },
            { u"HelpLocation"_s, QString(apiLocation + u"/swagger.json"_s) },
            { u"PrimaryKey"_s, service->primaryKey },
            { u"SecondaryKey"_s, service->secondaryKey },
            { u"ApiLocation"_s, apiLocation },
            { u"Version"_s, armTime(service->modifiedOn) },
            { u"MaxConcurrentCalls"_s,
                service->properties.value(u"realtimeConfiguration"_s)
                    .toObject()
                    .value(u"maxConcurrentCalls"_s)
                    .toInt(20) },
            { u"DiagnosticsTraceLevel"_s,
                service->properties.value(u"diagnostics"_s)
                    .toObject()
                    .value(u"level"_s)
                    .toString(u"None"_s) },
            { u"ThrottleLevel"_s, u"High"_s },
            { u"Resources"_s, resources },
        });
}

void ClassicEndpointService::onPatch(const Request &request, const ResponderPtr &responder)
{
    WebService *service = resolve(request, responder);
    if (!service)
        return;
    QString error;
    const auto body = parseObject(request.body, &error);
    if (!body)
        return sendError(
            responder, 400, u"BadArgument"_s, u"The request body is not valid JSON: %1"_s.arg(error));
    const auto graph = serviceGraph(service->properties);
    if (const auto *e = std::get_if<studio::GraphError>(&graph))
        return sendError(responder, 500, u"InternalError"_s, e->message);
    const QList<studio::TrainedModelAsset> &models = std::get<GraphPtr>(graph)->trainedModels;
    if (models.isEmpty())
        return sendError(responder, 400, u"BadArgument"_s, u"This Web Service has no updatable resources."_s);
    if (m_context->operations->isBusy(service->key()))
        return sendError(responder, 409, u"Conflict"_s, u"Another update of this endpoint is in progress."_s);

    QJsonObject properties = service->properties;
    QJsonObject assets = properties.value(u"assets"_s).toObject();
    for (const QJsonValue &item : ciValue(*body, u"Resources").toArray()) {
        const QJsonObject resource = item.toObject();
        const QString name = ciValue(resource, u"Name").toString();
        const auto match
            = std::find_if(models.begin(), models.end(), [&](const studio::TrainedModelAsset &a) {
                  return a.name.compare(name, Qt::CaseInsensitive) == 0;
              });
        if (match == models.end()) {
            QStringList names;
            for (const studio::TrainedModelAsset &a : models)
                names.append(a.name);
            return sendError(responder, 400, u"BadArgument"_s,
                u"'%1' is not an updatable resource of this endpoint; its resources are: %2."_s.arg(
                    name, names.join(u", "_s)));
        }
        const QJsonObject location = ciValue(resource, u"Location").toObject();
        QString base = ciValue(location, u"BaseLocation").toString();
        QString relative = ciValue(location, u"RelativeLocation").toString();
        if (base.isEmpty() || relative.isEmpty())
            return sendError(responder, 400, u"BadArgument"_s,
                u"Resource '%1' needs Location.BaseLocation and Location.RelativeLocation."_s.arg(name));
        if (blobExtension(relative) != u".ilearner"_s)
            return sendError(responder, 400, u"BadArgument"_s,
                u"The blob reference: %1 has an invalid or missing file extension. Supported file extensions "
                u"for this "
                u"output type are: \".ilearner\"."_s.arg(relative));
        while (relative.startsWith(u'/'))
            relative.remove(0, 1);
        if (!base.endsWith(u'/'))
            base += u'/';
        QJsonObject asset = assets.value(match->assetId).toObject();
        QJsonObject locationInfo { { u"uri"_s, QString(base + relative) } };
        const QString sas = ciValue(location, u"SasBlobToken").toString();
        if (!sas.isEmpty())
            locationInfo.insert(u"credentials"_s, sas);
        asset.insert(u"locationInfo"_s, locationInfo);
        assets.insert(match->assetId, asset);
    }
    properties.insert(u"assets"_s, assets);
    if (!request.noEffect) {
        service->properties = properties;
        service->modifiedOn = QDateTime::currentDateTimeUtc();
        service->provisioningState = u"Provisioning"_s;
        m_context->state->changed();
    }
    m_context->operations->start(u"update"_s, *service, request.noEffect);
    responder->sendEmpty(200);
}

} // namespace mlr::server
