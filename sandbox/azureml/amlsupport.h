#pragma once

#include "server/context.h"
#include "server/responder.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>

#include <functional>

namespace mlr::server {

class LoginService;

// What the Azure ML (v2) route classes share: the request checks (bearer token, api-version,
// subscription id), workspace lookup, ARM resource bodies, paging and errors. One per server;
// main thread only.
class AmlSupport
{
public:
    AmlSupport(Context *context, LoginService *login);

    // Route pattern of a workspace (captures 1-3: subscription, group, workspace).
    static const QString workspacePattern;
    static const QString subscriptionPattern; // capture 1
    using Handler = std::function<void(const Request &, const ResponderPtr &)>;

    // Registers an ARM route on the HTTPS front: checks the token (audience ARM or the
    // listener's own URL, as the SDK asks for "<endpoint>/.default"), the api-version
    // (any value) and the subscription id before calling `handler`.
    void addArmRoute(
        const QByteArray &method, const QString &pattern, const QString &routeId, Handler handler);
    // The workspace of captures 1-3, or nullptr after answering 404.
    AmlWorkspace *workspace(const Request &request, const ResponderPtr &responder) const;
    bool authorize(const Request &request, const ResponderPtr &responder) const;

    // {"value":[page],"nextLink":...}: `items` paged by the server's page size (or $top when
    // smaller); nextLink carries api-version and $skipToken only.
    void sendList(const Request &request, const ResponderPtr &responder, const QJsonArray &items) const;
    void sendError(const ResponderPtr &responder, int status, const QString &code, const QString &message,
        const QString &target = {}) const;
    void sendJson(const ResponderPtr &responder, int status, const QJsonObject &body,
        const RawHeaders &extra = {}) const;
    // 404 "ResourceNotFound" naming the type and name, as ARM does.
    void sendNotFound(const ResponderPtr &responder, const QString &type, const QString &name) const;

    // The request body as an object, or nullptr after answering 400 (with the JSON error).
    std::optional<QJsonObject> body(const Request &request, const ResponderPtr &responder) const;

    // ARM resource envelope: id, name, type, systemData (created/lastModified by the caller).
    static QJsonObject resource(const QString &id, const QString &name, const QString &type,
        const QDateTime &created, const QDateTime &modified);
    // 3-32 letters, digits and single dashes, starting with a letter (endpoint and deployment
    // names); names of jobs, models and data: letters, digits, '-', '_' and '.', up to 255.
    static bool isEndpointName(const QString &name);
    static bool isAssetName(const QString &name);

    Context *context() const { return m_context; }
    AmlState &state() const { return m_context->state->azureml; }
    void changed() const { m_context->state->changed(); }
    QString base() const { return m_context->azuremlBase(); }

private:
    Context *m_context;
    LoginService *m_login;
};

} // namespace mlr::server
