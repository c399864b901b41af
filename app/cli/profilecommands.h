#pragma once

#include "command.h"

#include <memory>

namespace mlr::cli {

// profile list | show NAME | set NAME KEY=VALUE... | delete NAME | from-sandbox DEMO_JSON [NAME]
std::unique_ptr<Command> createProfileCommand(Context &context);

} // namespace mlr::cli
