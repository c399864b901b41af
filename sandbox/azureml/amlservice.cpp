#include "azureml/amlservice.h"

#include "azureml/amljobrunner.h"
#include "azureml/amlmodels.h"
#include "azureml/amloperations.h"
#include "azureml/amlsupport.h"
#include "azureml/assetroutes.h"
#include "azureml/deploymentroutes.h"
#include "azureml/endpointroutes.h"
#include "azureml/jobroutes.h"
#include "azureml/mlflowroutes.h"
#include "azureml/scoringroutes.h"
#include "azureml/workspaceroutes.h"
#include "server/jsonutil.h"

using namespace Qt::StringLiterals;

namespace mlr::server {

AzureMlService::AzureMlService(Context *context, LoginService *login, QObject *parent)
    : QObject(parent)
    , m_support(std::make_unique<AmlSupport>(context, login))
{
    m_operations = new AmlOperations(m_support.get(), this);
    m_models = new AmlModels(m_support.get(), this);
    m_workspaces = std::make_unique<WorkspaceRoutes>(m_support.get());
    m_assets = std::make_unique<AssetRoutes>(m_support.get());
    m_endpoints = std::make_unique<EndpointRoutes>(m_support.get(), m_operations);
    m_deployments
        = std::make_unique<DeploymentRoutes>(m_support.get(), m_operations, m_models, m_endpoints.get());
    m_runner = new AmlJobRunner(m_support.get(), this);
    m_jobs = std::make_unique<JobRoutes>(m_support.get(), m_operations, m_runner);
    m_mlflow = std::make_unique<MlflowRoutes>(m_support.get());
    m_scoring = std::make_unique<ScoringRoutes>(m_support.get(), m_models);
}

AzureMlService::~AzureMlService() = default;

const AmlWorkspace &AzureMlService::ensureWorkspace(
    const QString &subscription, const QString &group, const QString &name, const QString &location)
{
    auto &all = m_support->state().workspaces;
    const QString key = AmlWorkspace::makeKey(subscription, group, name);
    if (!all.contains(key)) {
        AmlWorkspace w { subscription, group, name, normalizeLocation(location), newGuid(), name,
            QDateTime::currentDateTimeUtc() };
        all.insert(key, w);
        m_support->changed();
    }
    return all[key];
}

} // namespace mlr::server
