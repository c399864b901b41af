#pragma once

#include "azureml/amlsupport.h"

namespace mlr::server {

class AmlModels;
class AmlOperations;
class EndpointRoutes;

// Online deployments (reference §9.2):
//   PUT    {WS}/onlineEndpoints/{e}/deployments/{d}  201 + Azure-AsyncOperation; provisioning
//          takes config.amlProvisionDelayMs, then loads the model (a registered model version
//          whose files a job wrote); Failed (ModelRegistryError / ResourceNotReady) otherwise
//   GET    .../deployments[/{d}]     PATCH .../deployments/{d} (tags, sku), 200
//   DELETE .../deployments/{d}       202 + Location; the operation fails with BadArgument
//          "Deployment has traffic" while the endpoint sends it live or mirrored traffic
//   POST   .../deployments/{d}/getLogs {"containerType","tail"} -> {"content"}
// The first successful PUT of a deployment of an endpoint with no traffic does not give it
// traffic (traffic is the endpoint's: PUT the endpoint).
class DeploymentRoutes
{
public:
    DeploymentRoutes(
        AmlSupport *support, AmlOperations *operations, AmlModels *models, EndpointRoutes *endpoints);

    QJsonObject deploymentJson(const AmlDeployment &deployment) const;
    // Starts the PUT operation (also the seeder's way in). Empty error on success.
    QString put(const AmlWorkspace &workspace, const AmlEndpoint &endpoint, const QString &name,
        const QJsonObject &body, bool noEffect, int *status, QString *operationId);

private:
    void onPut(const Request &request, const ResponderPtr &responder);
    void onGet(const Request &request, const ResponderPtr &responder);
    void onList(const Request &request, const ResponderPtr &responder);
    void onPatch(const Request &request, const ResponderPtr &responder);
    void onDelete(const Request &request, const ResponderPtr &responder);
    void onGetLogs(const Request &request, const ResponderPtr &responder);
    AmlDeployment *deployment(const Request &request, const ResponderPtr &responder) const;

    AmlSupport *m_support;
    AmlOperations *m_operations;
    AmlModels *m_models;
    EndpointRoutes *m_endpoints;
};

} // namespace mlr::server
