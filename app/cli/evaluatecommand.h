#pragma once

// What `retrain check` (datacheckcommand.cpp) and `retrain evaluate` (evaluatecommand.cpp) share
// with their help (evaluatecommands.cpp): the environment variable of the predictive key and the
// gate's exit code.

#include "command.h"

#include <memory>

namespace mlr::cli {

// The environment variable for scripts and CI without a keychain (as the retrain commands').
inline constexpr char predictiveKeyVariable[] = "MLR_PREDICTIVE_API_KEY";
// `retrain evaluate`: the comparison ran, and the new model failed the promotion gate.
inline constexpr int ExitGateFailed = 3;

// retrain check FILE; retrain evaluate JOB.
std::unique_ptr<Command> createDataCheckCommand(Context &context);
std::unique_ptr<Command> createEvaluationCommand(Context &context);

} // namespace mlr::cli
