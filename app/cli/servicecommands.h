#pragma once

#include "command.h"
#include "commandline.h"

#include <QList>

#include <memory>

namespace mlr::cli {

// service list | get NAME | export NAME FILE | import FILE NAME | create | update NAME
// --from-job JOB | rollback NAME | smoke NAME (owner: the update work). The specs are appended
// to the command table (commandtable.cpp); the factory returns nullptr for another group.
QList<CommandSpec> serviceCommandSpecs();
std::unique_ptr<Command> createServiceCommand(Context &context);

// Appends --device-code and --remember to every command that signs in to Azure (AzureSignIn):
// service (but smoke), endpoint, model and the retrain commands of Azure ML profiles.
void addSignInOptions(QList<CommandSpec> &commands);

// history | report JOB FILE: the timeline and the decision report.
QList<CommandSpec> historyCommandSpecs();
std::unique_ptr<Command> createHistoryCommand(Context &context);

} // namespace mlr::cli
