#pragma once

#include "command.h"
#include "commandline.h"

#include <QList>

#include <memory>

namespace mlr::cli {

// endpoint show [ENDPOINT]: Azure Machine Learning (v2) managed online endpoints of an
// azureml profile (issue 14: the rest of the group follows). The specs are appended to the
// command table; the factory returns nullptr for another group.
QList<CommandSpec> endpointCommandSpecs();
// The sign-in paragraph of the help of every azureml command.
QString amlSignInHelp();
std::unique_ptr<Command> createEndpointCommand(Context &context);

} // namespace mlr::cli
