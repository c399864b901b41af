#pragma once

// What `retrain check` (datacheckcommand.cpp) and `retrain evaluate` (evaluatecommand.cpp) share
// with their help (evaluatecommands.cpp): the environment variable of the predictive key and the
// gate's exit code.

#include "command.h"
#include "commandline.h"
#include "eval/evaltypes.h"
#include "profile/profile.h"

#include <QJsonObject>

#include <memory>

namespace mlr::cli {

class Output;

// The environment variable for scripts and CI without a keychain (as the retrain commands').
inline constexpr char predictiveKeyVariable[] = "MLR_PREDICTIVE_API_KEY";
// `retrain evaluate`: the comparison ran, and the new model failed the promotion gate.
inline constexpr int ExitGateFailed = 3;

// The comparison and verdict as `retrain evaluate` prints them: a table with the gate's checks
// (text), or one JSON object with `extra` members added; `notes` are sentences on how the
// models were compared (printed before the table, and as "notes" in JSON).
void printEvaluation(Output &out, const QString &jobId, const eval::Comparison &comparison,
    const eval::GateVerdict &verdict, const QJsonObject &extra = {}, const QStringList &notes = {});

// The gate of `retrain evaluate`: --gate RULES, else the profile's promotionGate (or the
// defaults). nullopt and *error when RULES do not parse.
std::optional<eval::GateRules> gateRulesFor(
    const Invocation &invocation, const Profile &profile, Error *error);

// retrain check FILE; retrain evaluate JOB.
std::unique_ptr<Command> createDataCheckCommand(Context &context);
std::unique_ptr<Command> createEvaluationCommand(Context &context);

} // namespace mlr::cli
