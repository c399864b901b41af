#include "retraincommands.h"

namespace mlr::cli {

QList<CommandSpec> retrainCommandSpecs()
{
    return {};
}

std::unique_ptr<Command> createRetrainCommand(Context &)
{
    return nullptr;
}

} // namespace mlr::cli
