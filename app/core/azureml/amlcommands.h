#pragma once

#include "arm/commands.h"
#include "azureml/workspacetarget.h"

#include <QMap>

// "Show me the commands" for Azure Machine Learning (v2): each step of a retraining and of a
// blue/green roll-out as raw REST (curl, the ARM token in $ARM_TOKEN, the endpoint key in
// $SCORING_KEY) and as the Azure CLI's ml extension (az ml ...; `tool` of EquivalentCommand).
// Pure functions; secrets never appear (every text passes through redaction::redact()).
namespace mlr::azureml {

// The retraining: sign in, upload the CSV to the datastore, submit the job (jobBody: the
// PUT body, e.g. retrainJobBody's), follow it.
struct RetrainSteps
{
    QString storageAccount, container, blob, localFile;
    QUrl blobEndpoint; // the datastore account's (https://{account}.blob.core.windows.net on Azure)
    QString productionJob; // the job re-run
    QString dataInput; // its input that takes the new data
    QString dataUri; // azureml://datastores/.../paths/...
    QString jobName;
    QJsonObject jobBody;
};
QList<arm::EquivalentCommand> retrainCommands(
    const WorkspaceTarget &target, const arm::SignInSettings &settings, const RetrainSteps &steps);

// The roll-out of a new model version on a new deployment, then traffic in stages.
struct RolloutSteps
{
    QString endpoint;
    QString currentDeployment; // the one copied (e.g. blue)
    QString newDeployment; // e.g. green
    QString model, modelVersion, job; // the version registered from job's "model" output
    QJsonObject modelBody, deploymentBody, endpointBody; // the PUT bodies (endpointBody: any stage's)
    QList<QMap<QString, int>> stages; // the traffic map of each stage
};
QList<arm::EquivalentCommand> rolloutCommands(
    const WorkspaceTarget &target, const arm::SignInSettings &settings, const RolloutSteps &steps);

// Traffic back to `traffic` (a rollback: one endpoint PUT, read back).
QList<arm::EquivalentCommand> trafficCommands(const WorkspaceTarget &target,
    const arm::SignInSettings &settings, const QString &endpoint, const QMap<QString, int> &traffic,
    const QJsonObject &endpointBody);

// The old deployment deleted (retire).
QList<arm::EquivalentCommand> retireCommands(const WorkspaceTarget &target,
    const arm::SignInSettings &settings, const QString &endpoint, const QString &deployment);

// "blue=90 green=10", as az ml online-endpoint update --traffic takes it.
QString trafficArgument(const QMap<QString, int> &traffic);

} // namespace mlr::azureml
