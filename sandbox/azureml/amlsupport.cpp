#include "azureml/amlsupport.h"

#include "server/errors.h"
#include "server/httpfront.h"
#include "server/jsonutil.h"
#include "server/login.h"

#include <QRegularExpression>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace mlr::server {

const QString AmlSupport::subscriptionPattern = u"/subscriptions/([^/]+)"_s;
const QString AmlSupport::workspacePattern
    = u"/subscriptions/([^/]+)/resourceGroups/([^/]+)/providers/Microsoft\\.MachineLearningServices/workspaces/([^/]+)"_s;

AmlSupport::AmlSupport(Context *context, LoginService *login)
    : m_context(context)
    , m_login(login)
{ }

bool AmlSupport::authorize(const Request &request, const ResponderPtr &responder) const
{
    return m_login->authorizeBearer(
        request, responder, LoginService::armAudiences() + QStringList { base() });
}

void AmlSupport::addArmRoute(
    const QByteArray &method, const QString &pattern, const QString &routeId, Handler handler)
{
    m_context->azureml->addRoute(
        method, pattern, routeId, [this, handler](const Request &r, const ResponderPtr &p) {
            if (!authorize(r, p))
                return;
            if (!r.hasQuery(u"api-version")) {
                sendError(p, 400, u"MissingApiVersionParameter"_s,
                    u"The api-version query parameter (?api-version=) is required for all requests."_s);
                return;
            }
            static const QRegularExpression guid(
                u"^[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}$"_s);
            if (r.path.startsWith(u"/subscriptions/"_s, Qt::CaseInsensitive)
                && !guid.match(r.capture(1)).hasMatch()) {
                sendError(p, 400, u"InvalidSubscriptionId"_s,
                    u"The provided subscription identifier '%1' is malformed or invalid."_s.arg(
                        r.capture(1)));
                return;
            }
            handler(r, p);
        });
}

AmlWorkspace *AmlSupport::workspace(const Request &request, const ResponderPtr &responder) const
{
    auto &all = state().workspaces;
    const auto it
        = all.find(AmlWorkspace::makeKey(request.capture(1), request.capture(2), request.capture(3)));
    if (it != all.end())
        return &*it;
    // A nested resource of a missing workspace is ParentResourceNotFound (reference §10).
    const bool nested = request.path.count(u'/') > 8;
    if (nested)
        sendError(responder, 404, u"ParentResourceNotFound"_s,
            u"Can not perform requested operation on nested resource. Parent resource '%1' not found."_s.arg(
                request.capture(3)));
    else
        sendNotFound(responder, u"Microsoft.MachineLearningServices/workspaces"_s, request.capture(3));
    return nullptr;
}

void AmlSupport::sendList(
    const Request &request, const ResponderPtr &responder, const QJsonArray &items) const
{
    int pageSize = m_context->config.armPageSize;
    bool ok = false;
    const int top = request.query(u"$top").toInt(&ok);
    if (ok && top > 0)
        pageSize = std::min(pageSize, top);
    const int skip = std::max(0, request.query(u"$skipToken").toInt());
    QJsonArray page;
    for (int i = skip; i < items.size() && page.size() < pageSize; ++i)
        page.append(items.at(i));
    QJsonObject answer { { u"value"_s, page } };
    const bool limitedByTop = ok && top > 0 && skip + page.size() >= top;
    if (skip + page.size() < items.size() && !limitedByTop) {
        QUrl next(base() + request.path);
        QUrlQuery query;
        query.addQueryItem(u"api-version"_s, request.query(u"api-version"));
        query.addQueryItem(u"$skipToken"_s, QString::number(skip + page.size()));
        next.setQuery(query);
        answer.insert(u"nextLink"_s, next.toString(QUrl::FullyEncoded));
    }
    sendJson(responder, 200, answer);
}

void AmlSupport::sendError(const ResponderPtr &responder, int status, const QString &code,
    const QString &message, const QString &target) const
{
    QJsonObject error { { u"code"_s, code }, { u"message"_s, message } };
    if (!target.isEmpty())
        error.insert(u"target"_s, target);
    responder->sendJson(status, QJsonObject { { u"error"_s, error } }, armHeaders(responder->requestId()));
}

void AmlSupport::sendJson(
    const ResponderPtr &responder, int status, const QJsonObject &body, const RawHeaders &extra) const
{
    responder->sendJson(status, body, armHeaders(responder->requestId()) + extra);
}

void AmlSupport::sendNotFound(const ResponderPtr &responder, const QString &type, const QString &name) const
{
    sendError(responder, 404, u"ResourceNotFound"_s,
        u"The Resource '%1/%2' under the workspace was not found."_s.arg(type, name));
}

std::optional<QJsonObject> AmlSupport::body(const Request &request, const ResponderPtr &responder) const
{
    QString why;
    auto parsed = parseObject(request.body, &why);
    if (!parsed)
        sendError(responder, 400, u"UserError"_s,
            u"Request is invalid and/or missing fields: the body is not a JSON object (%1)."_s.arg(why));
    return parsed;
}

QJsonObject AmlSupport::resource(const QString &id, const QString &name, const QString &type,
    const QDateTime &created, const QDateTime &modified)
{
    return { { u"id"_s, id }, { u"name"_s, name }, { u"type"_s, type },
        { u"systemData"_s,
            QJsonObject { { u"createdAt"_s, armTime(created) }, { u"createdBy"_s, u"mlstudio-local"_s },
                { u"createdByType"_s, u"Application"_s }, { u"lastModifiedAt"_s, armTime(modified) },
                { u"lastModifiedBy"_s, u"mlstudio-local"_s },
                { u"lastModifiedByType"_s, u"Application"_s } } } };
}

bool AmlSupport::isEndpointName(const QString &name)
{
    static const QRegularExpression re(u"^[a-zA-Z](?:[a-zA-Z0-9]|-(?=[a-zA-Z0-9])){2,31}$"_s);
    return re.match(name).hasMatch();
}

bool AmlSupport::isAssetName(const QString &name)
{
    static const QRegularExpression re(u"^[a-zA-Z0-9][a-zA-Z0-9\\-_.]{0,254}$"_s);
    return re.match(name).hasMatch();
}

} // namespace mlr::server
