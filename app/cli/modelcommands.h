#pragma once

#include "command.h"
#include "commandline.h"

#include <QList>

#include <memory>

namespace mlr::cli {

// model list [NAME] | model show NAME [VERSION]: the registered models of an azureml profile's
// workspace. The specs are appended to the command table; the factory returns nullptr for
// another group.
QList<CommandSpec> modelCommandSpecs();
std::unique_ptr<Command> createModelCommand(Context &context);

} // namespace mlr::cli
