#pragma once

#include "azureml/amlsupport.h"

namespace mlr::server {

class AmlOperations;

// Managed online endpoints (reference §9.1):
//   PUT    {WS}/onlineEndpoints/{e}   201 + Azure-AsyncOperation; the body shows the state
//          before the operation (a new endpoint: traffic {}, scoringUri null); the new
//          definition (traffic included: the only traffic API) shows once it Succeeded.
//   GET    {WS}/onlineEndpoints[/{e}]
//   PATCH  {WS}/onlineEndpoints/{e}   tags and identity only (the 2022-10-01 body), 200
//   DELETE {WS}/onlineEndpoints/{e}   202 + Location (the deployments go with it)
//   POST   .../listKeys  .../regenerateKeys (202 + Location)  .../token (AMLToken endpoints)
// Traffic: integer percentages of existing, Succeeded deployments summing to 0 or 100;
// mirrorTraffic: one deployment, at most 50, not one with live traffic. A write while an
// operation of the endpoint is in progress is 409 Conflict. No ETag, as in Azure.
class EndpointRoutes
{
public:
    EndpointRoutes(AmlSupport *support, AmlOperations *operations);

    QJsonObject endpointJson(const AmlEndpoint &endpoint) const;
    AmlEndpoint *endpoint(const Request &request, const ResponderPtr &responder) const; // captures 1-4
    QString scoringUri(const AmlEndpoint &endpoint) const;
    // Validates `traffic` / `mirrorTraffic` against the endpoint's deployments; empty when fine.
    QString trafficProblem(
        const AmlEndpoint &endpoint, const QJsonObject &traffic, const QJsonObject &mirror) const;
    // Starts the PUT operation (also the seeder's way in). Empty error on success.
    QString put(const AmlWorkspace &workspace, const QString &name, const QJsonObject &body, bool noEffect,
        int *status, QString *operationId);

private:
    void onPut(const Request &request, const ResponderPtr &responder);
    void onGet(const Request &request, const ResponderPtr &responder);
    void onList(const Request &request, const ResponderPtr &responder);
    void onPatch(const Request &request, const ResponderPtr &responder);
    void onDelete(const Request &request, const ResponderPtr &responder);
    void onListKeys(const Request &request, const ResponderPtr &responder);
    void onRegenerateKeys(const Request &request, const ResponderPtr &responder);
    void onToken(const Request &request, const ResponderPtr &responder);

    AmlSupport *m_support;
    AmlOperations *m_operations;
};

} // namespace mlr::server
