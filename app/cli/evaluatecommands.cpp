#include "evaluatecommands.h"

namespace mlr::cli {

QList<CommandSpec> evaluateCommandSpecs()
{
    return {};
}

std::unique_ptr<Command> createEvaluateCommand(Context &)
{
    return nullptr;
}

} // namespace mlr::cli
