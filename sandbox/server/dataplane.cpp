#include "server/dataplane.h"

#include "server/armmodel.h"
#include "server/errors.h"

using namespace Qt::StringLiterals;

namespace mlr::server::dataplane {

void badArgument(
    const ResponderPtr &responder, const QString &detailCode, const QString &message, const QString &target)
{
    sendDataError(responder, 400, u"BadArgument"_s, u"Invalid argument provided."_s,
        { { detailCode, message, target } });
}

std::optional<Target> resolve(Context *context, const Request &request, const ResponderPtr &responder,
    bool requireVersion, bool requireKey)
{
    if (requireVersion && request.query(u"api-version") != u"2.0"_s) {
        const QString given = request.hasQuery(u"api-version") ? request.query(u"api-version") : u"(none)"_s;
        badArgument(responder, u"BadVersionCall"_s,
            u"Invalid api-version %1: this API supports api-version=2.0."_s.arg(given));
        return std::nullopt;
    }
    const QString family = request.capture(1).toLower();
    const QString owner = request.capture(2);
    WebService *service = context->state->serviceById(request.capture(3));
    bool ownerMatches = false;
    if (service) {
        if (family == u"subscriptions"_s)
            ownerMatches
                = owner.compare(armmodel::subscriptionNoDashes(service->subscriptionId), Qt::CaseInsensitive)
                    == 0
                || owner.compare(service->subscriptionId, Qt::CaseInsensitive) == 0;
        else
            ownerMatches = owner.compare(service->properties.value(u"machineLearningWorkspace"_s)
                                             .toObject()
                                             .value(u"id"_s)
                                             .toString(),
                               Qt::CaseInsensitive)
                == 0;
    }
    if (!service || !ownerMatches) {
        sendDataError(responder, 404, u"NotFound"_s, u"Resource not found."_s,
            { { family == u"workspaces"_s && service ? u"WorkspaceNotFound"_s : u"WebServiceNotFound"_s,
                u"Web service '%1' was not found in %2 '%3'."_s.arg(
                    request.capture(3), family.chopped(1), owner),
                {} } });
        return std::nullopt;
    }
    if (requireKey) {
        const QByteArray authorization = request.header("authorization");
        const QString key
            = QString::fromLatin1(authorization.startsWith("Bearer ") || authorization.startsWith("bearer ")
                    ? authorization.mid(7).trimmed()
                    : QByteArray());
        if (key.isEmpty() || (key != service->primaryKey && key != service->secondaryKey)) {
            sendDataError(responder, 401, u"Unauthorized"_s, u"Unauthorized"_s,
                { { u"ScoreRequestUnauthorized"_s, u"Invalid credentials provided."_s, {} } });
            return std::nullopt;
        }
    }
    if (service->deployed.isEmpty()) {
        sendDataError(responder, 503, u"InitializingContainers"_s,
            u"The web service is being deployed (provisioning state %1). Try again in a few seconds."_s.arg(
                service->provisioningState),
            {}, { { "Retry-After", "1" } });
        return std::nullopt;
    }
    const auto graph = serviceGraph(service->deployed);
    if (const auto *error = std::get_if<studio::GraphError>(&graph)) {
        sendDataError(responder, 500, u"WebServicePackageInternalError"_s, error->message);
        return std::nullopt;
    }
    return Target { service, std::get<GraphPtr>(graph) };
}

} // namespace mlr::server::dataplane
