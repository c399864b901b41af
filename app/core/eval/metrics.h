#pragma once

// Metrics with Studio's names, recomputed from scored rows (rows with a missing label or
// score are skipped, as Evaluate Model does).

#include "eval/evaltypes.h"

#include <QtGlobal>

namespace mlr::eval {

struct Confusion
{
    qint64 truePositive = 0;
    qint64 falseNegative = 0;
    qint64 falsePositive = 0;
    qint64 trueNegative = 0;
    qint64 total() const { return truePositive + falseNegative + falsePositive + trueNegative; }
    friend bool operator==(const Confusion &, const Confusion &) = default;
};

// Ratios are 0 when their denominator is 0 (as the service writes them).
double accuracy(const Confusion &c);
double precision(const Confusion &c);
double recall(const Confusion &c);
double f1Score(const Confusion &c);

// Canonical names, in the service's order.
QStringList binaryMetricNames(); // Accuracy, Precision, Recall, F1 Score, AUC, Average Log Loss
QStringList regressionMetricNames(); // Mean Absolute Error ... Coefficient of Determination
QStringList multiclassMetricNames(); // Overall accuracy ... Macro-averaged recall
QStringList metricNames(Task task);
// False for losses and errors (Average Log Loss, MAE, RMSE, RAE, RSE), true otherwise.
bool higherIsBetter(const QString &metric);
// "F-Score" -> "F1 Score"; other names unchanged (trimmed).
QString canonicalMetricName(const QString &name);
// A one-sentence, translated explanation of the metric for tooltips (empty if unknown).
QString metricDescription(const QString &metric);

// Binary confusion at `threshold` (predicted positive when score >= threshold).
Confusion binaryConfusion(const ScoredRows &rows, double threshold = 0.5);
// Area under the ROC curve (Mann-Whitney, ties count one half); NaN with one class only.
double areaUnderRoc(const ScoredRows &rows);
// Natural-log loss, probabilities clipped to [1e-15, 1 - 1e-15]; NaN without rows.
double averageLogLoss(const ScoredRows &rows);

// Multiclass confusion matrix: counts[actual][predicted], classNames.size() square.
std::vector<std::vector<qint64>> multiclassConfusion(const ScoredRows &rows);

// The metrics of the task (metricNames(task) order) with their values; NaN when undefined
// (no rows, AUC with one class, relative errors on a constant label).
QList<QPair<QString, double>> computeMetrics(const ScoredRows &rows, double threshold = 0.5);

} // namespace mlr::eval
