#pragma once

#include "azureml/retirejob.h"
#include "azureml/rollbackjob.h"
#include "azureml/rolloutjob.h"
#include "azureml/trafficjob.h"
#include "history/history.h"

// The history events of Azure Machine Learning (v2) endpoints: a roll-out (an Update of the
// endpoint made from a job), a rollback by traffic, a traffic change by hand and the
// retirement of a deployment. `service` is the endpoint; details carry "azureml": true and
// "action" ("rollout", "traffic", "rollback", "retire").
namespace mlr::history {

// details: "state", "stateText", "oldDeployment", "newDeployment", "model", "previousModel"
// ("name:version"), "backupFile", "stages" (list of {percent, traffic, readBack, done}),
// "traffic" (read back), "deployments" (names), "rollbackTo" (previous deployment), "rollbackTraffic",
// "smoke" and "smokePassed", "warnings", "started", "ended".
Event rolloutEvent(const QString &profile, const QString &jobId, const azureml::RolloutResult &result);
// details: "before", "intended", "traffic", "applied".
Event trafficEvent(const QString &profile, const azureml::TrafficResult &result);
// details: "backupFile", "previousDeployment", "restored", "traffic", "applied", "state"
// ("rolled-back" when the read-back shows the restored map, else "failed").
Event rollbackEvent(const QString &profile, const azureml::RollbackResult &result, const QString &backupFile,
    const Error &error);
// details: "deployment", "successor", "deployments" (left).
Event retireEvent(const QString &profile, const azureml::RetireResult &result);

// A traffic map as {"blue": 90, "green": 10} for details.
QVariantMap trafficVariant(const azureml::TrafficMap &traffic);

} // namespace mlr::history
