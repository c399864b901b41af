#pragma once

#include "eval/evaltypes.h"
#include "http/error.h"

#include <optional>

namespace mlr::eval {

// Sensible defaults for every task (rules of other tasks are simply not applicable):
//   binary      AUC loss <= 0.01; Accuracy >= 0.5; F1 Score loss <= 0.02
//   regression  Root Mean Squared Error loss <= 2%; Mean Absolute Error loss <= 2%;
//               Coefficient of Determination >= 0
//   multiclass  Overall accuracy loss <= 0.01; Macro-averaged recall loss <= 0.02
GateRules defaultGateRules();
GateRules defaultGateRules(Task task);

// Text form (kept in the profile, readable and editable): rules separated by ";" or new
// lines, each one of
//   METRIC >= VALUE            minimum value
//   METRIC <= VALUE            maximum value
//   METRIC gain >= AMOUNT[%]   minimum gain (% = relative to the current model's value)
//   METRIC loss <= AMOUNT[%]   maximum loss
// METRIC is a metric name (see metrics.h; spaces allowed). "none" = no rules.
QString gateRulesToText(const GateRules &rules);
// Nullopt and *error (Kind::Input, naming the rule) on a malformed rule or unknown metric.
std::optional<GateRules> gateRulesFromText(const QString &text, Error *error);
// One rule as text ("AUC loss <= 0.01") and as a sentence ("AUC may drop by at most 0.01").
QString gateRuleToText(const GateRule &rule);
QString describeGateRule(const GateRule &rule);

// Applies every rule to the metrics. A rule is applicable when the metric is present; it
// fails when the tested value is NaN. The verdict passes when every applicable rule passes
// and at least one metric was compared.
GateVerdict evaluateGate(const GateRules &rules, const QList<MetricRow> &metrics);

} // namespace mlr::eval
