#pragma once

#include "server/context.h"

#include <QObject>

#include <memory>

namespace mlr::server {

class AmlJobRunner;
class AmlModels;
class AmlOperations;
class AmlSupport;
class AssetRoutes;
class DeploymentRoutes;
class EndpointRoutes;
class JobRoutes;
class MlflowRoutes;
class ScoringRoutes;
class LoginService;
class WorkspaceRoutes;

// The Azure Machine Learning (v2) surfaces of mlstudio-local on its HTTPS listener
// (context->azureml): ARM (workspaces, datastores, data, models, jobs, online endpoints and
// deployments, their operations), MLflow tracking and online scoring. sandbox/README.md,
// section "Azure Machine Learning (v2)", lists the routes. Main thread only.
class AzureMlService : public QObject
{
    Q_OBJECT

public:
    AzureMlService(Context *context, LoginService *login, QObject *parent = nullptr);
    ~AzureMlService() override;

    AmlSupport *support() const { return m_support.get(); }
    AssetRoutes *assets() const { return m_assets.get(); }
    EndpointRoutes *endpoints() const { return m_endpoints.get(); }
    DeploymentRoutes *deployments() const { return m_deployments.get(); }
    AmlOperations *operations() const { return m_operations; }
    JobRoutes *jobs() const { return m_jobs.get(); }
    AmlJobRunner *runner() const { return m_runner; }

    // Creates (or returns) a workspace (the seeder's way in; ARM cannot create one here).
    const AmlWorkspace &ensureWorkspace(
        const QString &subscription, const QString &group, const QString &name, const QString &location);

private:
    std::unique_ptr<AmlSupport> m_support;
    AmlOperations *m_operations = nullptr;
    AmlModels *m_models = nullptr;
    std::unique_ptr<WorkspaceRoutes> m_workspaces;
    std::unique_ptr<AssetRoutes> m_assets;
    std::unique_ptr<EndpointRoutes> m_endpoints;
    std::unique_ptr<DeploymentRoutes> m_deployments;
    AmlJobRunner *m_runner = nullptr;
    std::unique_ptr<JobRoutes> m_jobs;
    std::unique_ptr<MlflowRoutes> m_mlflow;
    std::unique_ptr<ScoringRoutes> m_scoring;
};

} // namespace mlr::server
