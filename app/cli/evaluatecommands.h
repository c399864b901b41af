#pragma once

#include "command.h"
#include "commandline.h"

#include <QList>

#include <memory>

namespace mlr::cli {

// retrain check FILE | evaluate JOB (owner: the data check and evaluation work)
// The specs are appended to the command table (commandtable.cpp); the factory returns
// nullptr for a command it does not own.
QList<CommandSpec> evaluateCommandSpecs();
std::unique_ptr<Command> createEvaluateCommand(Context &context);

} // namespace mlr::cli
