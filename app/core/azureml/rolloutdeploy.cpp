#include "azureml/rolloutjob.h"
#include "azureml/rolloutsupport.h"

// RolloutJob, part 2: the backup, the model version and the new deployment.
namespace mlr::azureml {

void RolloutJob::backUp()
{
    step(Step::BackingUp, tr("Backing up online endpoint '%1' and its deployments").arg(m_request.endpoint));
    RolloutBackup backup;
    backup.takenUtc = QDateTime::currentDateTimeUtc();
    backup.workspace = m_steps.target().resourceId();
    backup.endpoint = m_state.endpoint;
    backup.deployments = m_state.deployments;
    backup.models = m_models;
    backup.rollback = m_result.rollback;
    Error error;
    m_result.backupFile = writeRolloutBackup(m_request.backupDirectory, backup, &error);
    if (m_result.backupFile.isEmpty())
        return finish(RolloutState::Unchanged,
            tr("Nothing was changed: without a backup the roll-out does not run."), error);
    Q_EMIT backedUp(m_result.backupFile);
    registerModel();
}

void RolloutJob::registerModel()
{
    if (versionOfJob(m_versions, m_request.jobName)) {
        step(Step::Registering,
            tr("Model %1 version %2 was registered from job '%3' before: using it")
                .arg(m_result.model.name, m_result.model.version, m_request.jobName));
        return deploy();
    }
    const QString version = nextModelVersion(m_versions);
    ModelRegistration r;
    r.jobName = m_request.jobName;
    r.output = m_request.modelOutput;
    r.modelType = m_models.isEmpty() ? QString() : m_models.first().modelType;
    r.description = m_request.description;
    if (!m_result.previousModel.name.isEmpty())
        r.previousModel = m_result.previousModel.name + u':' + m_result.previousModel.version;
    const QString text = tr("Registering model %1 version %2 from job '%3'")
                             .arg(m_request.modelName, version, m_request.jobName);
    step(Step::Registering, text);
    m_steps.write("PUT", QStringLiteral("/models/%1/versions/%2").arg(m_request.modelName, version),
        modelVersionBody(r), text, [this](const WriteResult &result, const Error &error) {
            if (error)
                return finish(RolloutState::Unchanged,
                    tr("Nothing was changed: the new model version could not be registered."), error);
            Error parseError;
            auto model = parseModelVersion(result.resource, &parseError);
            if (!model)
                return finish(RolloutState::Unchanged, tr("Nothing was changed."), parseError);
            if (model->name.isEmpty())
                model->name = m_request.modelName;
            m_result.model = *model;
            m_result.modelRegistered = true;
            deploy();
        });
}

void RolloutJob::deploy()
{
    const QString &name = m_result.newDeployment;
    const ModelVersion &model = m_result.model;
    if (const OnlineDeployment *d = m_state.deployment(name); d && serves(*d, model)) {
        if (d->provisioningState == u"Succeeded") {
            step(Step::Deploying,
                tr("Deployment '%1' already serves model %2 version %3: using it")
                    .arg(d->name, model.name, model.version));
            return smokeTest();
        }
        if (isProvisioning(d->provisioningState)) {
            step(Step::Deploying,
                tr("Deployment '%1' is still being provisioned (%2): waiting for it")
                    .arg(d->name, d->provisioningState));
            return waitProvisioned(0);
        }
    }
    const OnlineDeployment *source = m_state.deployment(m_result.oldDeployment);
    if (!source) // the plan always names the old deployment here
        return end(RolloutState::Unchanged, tr("No traffic was moved."),
            Error::input(tr("There is no deployment to copy the new one from.")));
    const QString text
        = tr("Creating deployment '%1' with model %2 version %3 at 0 % of the traffic (a copy of "
             "'%4')")
              .arg(name, model.name, model.version, source->name);
    step(Step::Deploying, text);
    m_wrote = true;
    m_steps.write("PUT", QStringLiteral("/onlineEndpoints/%1/deployments/%2").arg(m_request.endpoint, name),
        deploymentBody(*source, modelVersionId(m_steps.target(), model.name, model.version)), text,
        [this](const WriteResult &result, const Error &error) {
            m_result.deploymentCreated = result.httpStatus != 0;
            if (error)
                return end(RolloutState::DeploymentFailed,
                    tr("Deployment '%1' could not be provisioned with model %2 version %3; no traffic was "
                       "moved "
                       "to it.")
                        .arg(m_result.newDeployment, m_result.model.name, m_result.model.version),
                    error);
            verifyDeployment();
        });
}

void RolloutJob::waitProvisioned(int polls)
{
    const QString &name = m_result.newDeployment;
    m_steps.get(QStringLiteral("/onlineEndpoints/%1/deployments/%2").arg(m_request.endpoint, name),
        tr("Reading deployment '%1'").arg(name), [this, polls](const QJsonObject &body, const Error &error) {
            Error parseError;
            const auto d = error ? std::nullopt : parseDeployment(body, &parseError);
            if (!d)
                return end(RolloutState::Unknown, tr("The deployment being provisioned could not be read."),
                    error ? error : parseError);
            for (OnlineDeployment &known : m_state.deployments)
                if (known.name.compare(d->name, Qt::CaseInsensitive) == 0)
                    known = *d;
            const int maxPolls
                = int(std::chrono::minutes(30) / std::max(m_pollMax, std::chrono::milliseconds(1)));
            if (isProvisioning(d->provisioningState) && polls < maxPolls)
                return m_steps.wait(m_pollMax, [this, polls] { waitProvisioned(polls + 1); });
            if (isProvisioning(d->provisioningState))
                return end(RolloutState::Unknown,
                    tr("Deployment '%1' is still %2 after 30 minutes.").arg(d->name, d->provisioningState),
                    Error::input(tr("Deployment '%1' did not finish provisioning.").arg(d->name)));
            deploy(); // Succeeded: reused; Failed or Canceled: provisioned again
        });
}

void RolloutJob::verifyDeployment()
{
    const QString &name = m_result.newDeployment;
    step(Step::Deploying, tr("Reading deployment '%1' back").arg(name));
    m_steps.get(QStringLiteral("/onlineEndpoints/%1/deployments/%2").arg(m_request.endpoint, name),
        tr("Reading deployment '%1' back").arg(name), [this](const QJsonObject &body, const Error &error) {
            Error parseError;
            const auto d = error ? std::nullopt : parseDeployment(body, &parseError);
            if (!d)
                return end(RolloutState::Unknown, tr("The new deployment could not be read back."),
                    error ? error : parseError);
            bool known = false;
            for (OnlineDeployment &existing : m_state.deployments)
                if (existing.name.compare(d->name, Qt::CaseInsensitive) == 0) {
                    existing = *d;
                    known = true;
                }
            if (!known)
                m_state.deployments.append(*d);
            if (!serves(*d, m_result.model)) {
                Error e
                    = Error::input(tr("The creation of deployment '%1' reported success, but it serves '%2' "
                                      "instead of model %3 version %4: the change did not take effect.")
                                       .arg(d->name, d->model, m_result.model.name, m_result.model.version));
                return end(RolloutState::NotApplied, tr("No traffic was moved."), e);
            }
            if (d->provisioningState != u"Succeeded")
                return end(RolloutState::DeploymentFailed, tr("No traffic was moved."),
                    Error::input(tr("Deployment '%1' is %2 after its operation ended.")
                                     .arg(d->name, d->provisioningState)));
            smokeTest();
        });
}

} // namespace mlr::azureml
