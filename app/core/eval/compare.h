#pragma once

#include "eval/evaltypes.h"

namespace mlr::eval {

// Fills Comparison::metrics: computeMetrics() of both models (threshold 0.5), Studio's names
// and order, delta = challenger - champion, higherIsBetter per metric. The task is the
// challenger's. Rows must be the same rows in the same order (not checked here).
Comparison compare(ScoredRows challenger, ScoredRows champion, ServiceEvaluation service);

// The rows of `metrics` whose recomputed value differs from the service's by more than
// `tolerance` (relative to max(1, |value|)): "metric: service X, recomputed Y". Empty when
// they agree. Metrics the service did not report are not checked.
QStringList serviceMismatches(
    const ServiceEvaluation &service, const QList<QPair<QString, double>> &metrics, double tolerance = 1e-6);

} // namespace mlr::eval
