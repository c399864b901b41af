#pragma once

#include "server/context.h"
#include "server/graphadapter.h"
#include "server/responder.h"

namespace mlr::server::dataplane {

// The service addressed by a data-plane URL, both families (reference §1.1):
//   /workspaces/{workspaceId}/services/{serviceId}/...          (classic)
//   /subscriptions/{subscriptionIdWithoutDashes}/services/{serviceId}/...   (ARM services)
// Route patterns capture: 1 = "workspaces"|"subscriptions", 2 = the id, 3 = the service id.
inline const QString servicePattern = QStringLiteral("/(workspaces|subscriptions)/([^/]+)/services/([^/]+)");

struct Target
{
    WebService *service = nullptr;
    GraphPtr graph; // of the deployed definition
};

// Finds the service, checks api-version=2.0 (when requireVersion), the API key
// (Authorization: Bearer <primary or secondary>, when requireKey) and that the service is
// deployed; answers the error ({error:{code,message,details}}) and returns nullopt otherwise.
std::optional<Target> resolve(Context *context, const Request &request, const ResponderPtr &responder,
    bool requireVersion, bool requireKey);

// Answers 400 BadArgument with one detail.
void badArgument(const ResponderPtr &responder, const QString &detailCode, const QString &message,
    const QString &target = {});

} // namespace mlr::server::dataplane
