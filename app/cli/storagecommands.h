#pragma once

#include "command.h"

#include <memory>

namespace mlr::cli {

// storage check | containers | mkcontainer NAME | ls CONTAINER | upload FILE CONTAINER/BLOB |
// download CONTAINER/BLOB FILE
std::unique_ptr<Command> createStorageCommand(Context &context);

} // namespace mlr::cli
