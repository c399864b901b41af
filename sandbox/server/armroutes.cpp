#include "server/armroutes.h"

#include "server/armmodel.h"
#include "server/errors.h"
#include "server/httpfront.h"
#include "server/jsonutil.h"
#include "server/login.h"
#include "server/lro.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace mlr::server {

namespace {

const QString provider = u"/providers/Microsoft\\.MachineLearning/webServices"_s;
const QString sub = u"/subscriptions/([^/]+)"_s;
const QString group = u"/resourceGroups/([^/]+)"_s;

} // namespace

ArmService::ArmService(Context *context, LoginService *login, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_login(login)
{
    HttpFront *arm = context->arm;
    const auto bind = [this](void (ArmService::*method)(const Request &, const ResponderPtr &)) {
        return [this, method](const Request &r, const ResponderPtr &p) {
            if (precheck(r, p))
                (this->*method)(r, p);
        };
    };
    const QString ws = sub + group + provider + u"/([^/]+)"_s;
    arm->addRoute("GET", sub + provider, u"arm.list"_s, bind(&ArmService::onList));
    arm->addRoute("GET", sub + group + provider, u"arm.list"_s, bind(&ArmService::onList));
    arm->addRoute("GET", ws, u"arm.get"_s, bind(&ArmService::onGet));
    arm->addRoute("PUT", ws, u"arm.put"_s, bind(&ArmService::onPut));
    arm->addRoute("PATCH", ws, u"arm.patch"_s, bind(&ArmService::onPatch));
    arm->addRoute("DELETE", ws, u"arm.delete"_s, bind(&ArmService::onDelete));
    arm->addRoute("GET", ws + u"/listKeys"_s, u"arm.listkeys"_s, bind(&ArmService::onListKeys));
    arm->addRoute("POST", ws + u"/CreateRegionalBlob"_s, u"arm.regional"_s, bind(&ArmService::onRegional));
    arm->addRoute("GET", u"/providers/Microsoft\\.MachineLearning/operations"_s, u"arm.operations"_s,
        bind(&ArmService::onOperations));
}

bool ArmService::precheck(const Request &request, const ResponderPtr &responder)
{
    if (!m_login->authorizeArm(request, responder))
        return false;
    const QString version = request.query(u"api-version");
    if (!request.hasQuery(u"api-version")) {
        sendArmError(responder, 400, u"MissingApiVersionParameter"_s,
            u"The api-version query parameter (?api-version=) is required for all requests."_s);
        return false;
    }
    if (!armmodel::isSupportedApiVersion(version)) {
        sendArmError(responder, 400, u"NoRegisteredProviderFound"_s,
            u"No registered resource provider found for API version '%1' and type 'webServices' of namespace "
            u"'Microsoft.MachineLearning'. The supported api-versions are '%2, %3'."_s.arg(
                version, armmodel::apiVersion2017, armmodel::apiVersion2016));
        return false;
    }
    if (request.path.startsWith(u"/subscriptions/"_s, Qt::CaseInsensitive)) {
        static const QRegularExpression guid(
            u"^[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}$"_s);
        if (!guid.match(request.capture(1)).hasMatch()) {
            sendArmError(responder, 400, u"InvalidSubscriptionId"_s,
                u"The provided subscription identifier '%1' is malformed or invalid."_s.arg(
                    request.capture(1)));
            return false;
        }
    }
    return true;
}

WebService *ArmService::findOr404(const Request &request, const ResponderPtr &responder)
{
    WebService *service
        = m_context->state->service(request.capture(1), request.capture(2), request.capture(3));
    if (!service)
        sendArmError(responder, 404, u"NotFound"_s, u"The specified resource was not found."_s,
            { { u"WebServiceNotFound"_s,
                u"No Web Service could be found with the provided name: %1."_s.arg(request.capture(3)),
                {} } });
    return service;
}

void ArmService::onList(const Request &request, const ResponderPtr &responder)
{
    const QString subscription = request.capture(1);
    const bool byGroup = request.path.contains(u"/resourceGroups/"_s, Qt::CaseInsensitive);
    const QString resourceGroup = byGroup ? request.capture(2) : QString();
    QList<const WebService *> matching;
    for (const WebService &service : std::as_const(m_context->state->services))
        if (service.subscriptionId.compare(subscription, Qt::CaseInsensitive) == 0
            && (!byGroup || service.resourceGroup.compare(resourceGroup, Qt::CaseInsensitive) == 0))
            matching.append(&service);
    std::sort(matching.begin(), matching.end(), [](const WebService *a, const WebService *b) {
        return a->resourceGroup.compare(b->resourceGroup, Qt::CaseInsensitive) < 0
            || (a->resourceGroup.compare(b->resourceGroup, Qt::CaseInsensitive) == 0
                && a->name.compare(b->name, Qt::CaseInsensitive) < 0);
    });
    qsizetype offset = 0;
    if (request.hasQuery(u"$skiptoken")) {
        bool ok = false;
        const QByteArray decoded = QByteArray::fromBase64(request.query(u"$skiptoken").toLatin1(),
            QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        offset = decoded.startsWith("offset:") ? decoded.mid(7).toLongLong(&ok) : -1;
        if (!ok || offset < 0 || offset > matching.size())
            return sendArmError(responder, 400, u"InvalidSkipToken"_s,
                u"The $skiptoken '%1' is not valid. Use the nextLink of the previous page."_s.arg(
                    request.query(u"$skiptoken")));
    }
    const QString version = request.query(u"api-version");
    const qsizetype pageSize = std::max(1, m_context->config.armPageSize);
    QJsonArray value;
    for (qsizetype i = offset; i < matching.size() && i < offset + pageSize; ++i)
        value.append(armmodel::render(*matching[i], armmodel::View::ListItem, version, m_context->mlBase()));
    QJsonObject body { { u"value"_s, value } };
    if (offset + pageSize < matching.size()) {
        QUrl next(m_context->armBase() + request.url.path(QUrl::FullyEncoded));
        QUrlQuery query;
        query.addQueryItem(u"api-version"_s, version);
        query.addQueryItem(u"$skiptoken"_s,
            QString::fromLatin1(
                QByteArray("offset:" + QByteArray::number(offset + pageSize))
                    .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)));
        next.setQuery(query);
        body.insert(u"nextLink"_s, next.toString(QUrl::FullyEncoded));
    }
    responder->sendJson(200, body, armHeaders(responder->requestId()));
}

void ArmService::onGet(const Request &request, const ResponderPtr &responder)
{
    WebService *service = findOr404(request, responder);
    if (!service)
        return;
    const QString region = normalizeLocation(request.query(u"region"));
    if (!region.isEmpty() && region != normalizeLocation(service->location)
        && !service->regions.contains(region))
        return sendArmError(responder, 404, u"NotFound"_s,
            u"The web service has no regional properties for region '%1'. Call CreateRegionalBlob first."_s
                .arg(request.query(u"region")));
    responder->sendJson(200,
        armmodel::render(*service, armmodel::View::Full, request.query(u"api-version"), m_context->mlBase()),
        armHeaders(responder->requestId()));
}

void ArmService::onPut(const Request &request, const ResponderPtr &responder)
{
    QString error;
    const auto body = parseObject(request.body, &error);
    if (!body)
        return sendArmError(responder, 400, u"InvalidRequestContent"_s,
            u"The request content was invalid and could not be deserialized: %1"_s.arg(error));
    QJsonObject answer;
    QString operationId;
    const int status = put(request.capture(1), request.capture(2), request.capture(3), *body,
        request.query(u"api-version"), request.noEffect, &answer, &operationId);
    RawHeaders headers = armHeaders(responder->requestId());
    if (!operationId.isEmpty())
        headers += m_context->operations->headers(operationId, false);
    responder->sendJson(status, answer, headers);
}

void ArmService::onDelete(const Request &request, const ResponderPtr &responder)
{
    WebService *service
        = m_context->state->service(request.capture(1), request.capture(2), request.capture(3));
    if (service && m_context->operations->isBusy(service->key()))
        return sendArmError(responder, 409, u"Conflict"_s,
            u"Another operation is in progress on web service '%1'. Wait for it to complete."_s.arg(
                service->name),
            { { u"AnotherOperationInProgress"_s, u"An operation on this web service is still running."_s,
                {} } });
    WebService ghost; // "returned even if the service did not exist"
    if (!service) {
        ghost.subscriptionId = request.capture(1);
        ghost.resourceGroup = request.capture(2);
        ghost.name = request.capture(3);
        ghost.location = u"South Central US"_s;
    }
    const QString id
        = m_context->operations->start(u"delete"_s, service ? *service : ghost, request.noEffect);
    responder->sendEmpty(202, armHeaders(responder->requestId()) + m_context->operations->headers(id, true));
}

void ArmService::onListKeys(const Request &request, const ResponderPtr &responder)
{
    WebService *service = findOr404(request, responder);
    if (!service)
        return;
    responder->sendJson(200,
        QJsonObject { { u"primary"_s, service->primaryKey }, { u"secondary"_s, service->secondaryKey } },
        armHeaders(responder->requestId()));
}

void ArmService::onRegional(const Request &request, const ResponderPtr &responder)
{
    WebService *service = findOr404(request, responder);
    if (!service)
        return;
    const QString region = normalizeLocation(request.query(u"region"));
    if (region.isEmpty())
        return sendArmError(responder, 400, u"BadRequest"_s, u"The region query parameter is required."_s);
    if (!service->regions.contains(region) && !request.noEffect)
        service->regions.append(region);
    const QString id = m_context->operations->start(u"regionalBlob"_s, *service, request.noEffect);
    responder->sendEmpty(202, armHeaders(responder->requestId()) + m_context->operations->headers(id, true));
}

void ArmService::onOperations(const Request &, const ResponderPtr &responder)
{
    QJsonArray value;
    const auto add = [&value](const QString &name, const QString &operation, const QString &description) {
        value.append(QJsonObject { { u"name"_s, name },
            { u"display"_s,
                QJsonObject { { u"provider"_s, u"Microsoft Azure Machine Learning Web Services"_s },
                    { u"resource"_s, u"Machine Learning Web Service"_s }, { u"operation"_s, operation },
                    { u"description"_s, description } } } });
    };
    add(u"Microsoft.MachineLearning/webServices/read"_s, u"Read any Machine Learning Web Service"_s,
        u"Reads any Machine Learning Web Service."_s);
    add(u"Microsoft.MachineLearning/webServices/write"_s,
        u"Create or Update any Machine Learning Web Service"_s,
        u"Creates or updates any Machine Learning Web Service."_s);
    add(u"Microsoft.MachineLearning/webServices/delete"_s, u"Delete any Machine Learning Web Service"_s,
        u"Deletes any Machine Learning Web Service."_s);
    add(u"Microsoft.MachineLearning/webServices/listkeys/read"_s,
        u"List keys of any Machine Learning Web Service"_s,
        u"Lists the keys of any Machine Learning Web Service."_s);
    responder->sendJson(200, QJsonObject { { u"value"_s, value } }, armHeaders(responder->requestId()));
}

} // namespace mlr::server
