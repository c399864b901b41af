#pragma once

// The writing endpoint commands of an azureml profile: rollout (rolloutcommands.cpp, with the
// shared printing of what they did), traffic, rollback, retire (trafficcommands.cpp) and smoke
// (smokecommand.cpp).

#include "azureml/rolloutjob.h"
#include "command.h"

#include <QJsonArray>
#include <QJsonObject>

#include <memory>

namespace mlr::cli {

// A roll-out's result as --json prints it, and as text (the state in words, the stages with
// their read-back traffic and times, the deployments, warnings, how to roll back).
QJsonObject rolloutJson(const azureml::RolloutResult &result);
QString rolloutText(const azureml::RolloutResult &result);
// A traffic map as JSON ({"blue": 90, "green": 10}), deployments as [{name, model, provisioningState}].
QJsonObject trafficJson(const azureml::TrafficMap &traffic);
QJsonArray deploymentsJson(const QList<azureml::OnlineDeployment> &deployments);

std::unique_ptr<Command> createEndpointRolloutCommand(Context &context);
// traffic, rollback, retire (trafficcommands.cpp), smoke (smokecommand.cpp); nullptr for
// another command.
std::unique_ptr<Command> createEndpointTrafficCommand(Context &context);
std::unique_ptr<Command> createEndpointSmokeCommand(Context &context);

} // namespace mlr::cli
