#pragma once

#include "command.h"
#include "commandline.h"

#include <QList>

#include <memory>

namespace mlr::cli {

// retrain submit | status JOB | wait JOB | cancel JOB | jobs (owner: the BES work)
// The specs are appended to the command table (commandtable.cpp); the factory returns
// nullptr for a command it does not own.
QList<CommandSpec> retrainCommandSpecs();
std::unique_ptr<Command> createRetrainCommand(Context &context);

} // namespace mlr::cli
