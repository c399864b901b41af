#pragma once

// The writing endpoint commands of an azureml profile: rollout (rolloutcommands.cpp) and
// traffic, rollback, retire, smoke (trafficcommands.cpp), with the shared printing of what
// they did.

#include "azureml/rolloutjob.h"
#include "command.h"

#include <QJsonObject>

#include <memory>

namespace mlr::cli {

// A roll-out's result as --json prints it, and as text (the state in words, the stages with
// their read-back traffic and times, the deployments, warnings, how to roll back).
QJsonObject rolloutJson(const azureml::RolloutResult &result);
QString rolloutText(const azureml::RolloutResult &result);
// A traffic map as JSON ({"blue": 90, "green": 10}).
QJsonObject trafficJson(const azureml::TrafficMap &traffic);

std::unique_ptr<Command> createEndpointRolloutCommand(Context &context);
// traffic, rollback, retire, smoke; nullptr for another command.
std::unique_ptr<Command> createEndpointTrafficCommand(Context &context);

} // namespace mlr::cli
