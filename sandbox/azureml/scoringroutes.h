#pragma once

#include "azureml/amlsupport.h"

namespace mlr::server {

class AmlModels;

// Online scoring (reference §9.3): POST {base}/inference/{workspaceId}/{endpoint}/score
// (the endpoint's scoringUri). Authorization: Bearer <primary or secondary key> for Key
// endpoints, a token from POST .../token for AMLToken ones, an Entra token for
// https://ml.azure.com for AADToken ones; 401 otherwise. The request goes to the deployment
// the `azureml-model-deployment` header names (any Succeeded deployment, 0 % traffic
// included), else to one drawn by the endpoint's live traffic weights; 404 when no
// deployment has positive weight. The answer (mlstudio-amljobs' scoreRequest, on the worker
// pool, with the deployment's model) carries `azureml-model-deployment: <who answered>`.
class ScoringRoutes
{
public:
    ScoringRoutes(AmlSupport *support, AmlModels *models);

private:
    void onScore(const Request &request, const ResponderPtr &responder);
    bool authorized(const AmlEndpoint &endpoint, const Request &request, const ResponderPtr &responder) const;
    QString pickDeployment(const AmlEndpoint &endpoint) const;

    AmlSupport *m_support;
    AmlModels *m_models;
};

} // namespace mlr::server
