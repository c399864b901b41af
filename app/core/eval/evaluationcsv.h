#pragma once

#include "eval/evaltypes.h"
#include "http/error.h"

#include <QByteArray>

#include <optional>

namespace mlr::eval {

// Parses Evaluate Model's results dataset: one header row and one value row (RFC 4180,
// CRLF or LF, UTF-8 with or without BOM). The task comes from the column names:
//   binary      "True Positive, False Negative, False Positive, True Negative, Accuracy,
//               Precision, Recall, F1 Score, AUC, Average Log Loss, Threshold, Positive Label,
//               Negative Label" ("F-Score" is read as "F1 Score");
//   regression  "Mean Absolute Error, Root Mean Squared Error, Relative Absolute Error,
//               Relative Squared Error, Coefficient of Determination";
//   multiclass  "Overall accuracy, Average accuracy, Micro-averaged precision,
//               Macro-averaged precision, Micro-averaged recall, Macro-averaged recall".
// Also accepted: the two-column form "Metric,Value" with one metric per row. Empty cells
// are NaN. Unknown numeric columns are kept in file order. With several value rows (Evaluate
// Model with two scored inputs writes one per input) the first row, the left input, is read. On failure
// returns nullopt and sets *error (Kind::Parse) when error is not null.
std::optional<ServiceEvaluation> parseEvaluationCsv(const QByteArray &csv, Error *error);

// The same from metric names and their cells however they were read (an evaluation CSV, a
// job's metrics.json, an MLflow run): names are made canonical (canonicalMetricName), the
// task follows from them as above, "Positive Label" / "Negative Label" are the labels, other
// cells that are numbers are the metrics in the given order. nullopt and *error (Kind::Parse,
// no context) when no name is a known metric.
std::optional<ServiceEvaluation> evaluationFromCells(
    QStringList names, const QStringList &cells, Error *error);

} // namespace mlr::eval
