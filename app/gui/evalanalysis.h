#pragma once

#include "eval/curves.h"
#include "eval/evaltypes.h"
#include "eval/thresholdindex.h"

#include <QPointF>

#include <memory>
#include <vector>

namespace mlr::gui {

// What the Evaluate page draws, computed once per comparison on a worker thread (pure
// function of the comparison; the result is immutable and shared with the GUI thread).
struct EvalAnalysis
{
    std::shared_ptr<const eval::Comparison> comparison;
    // Binary: one index per model (the threshold slider's O(log n) lookups) and the curves.
    std::shared_ptr<const eval::ThresholdIndex> newIndex;
    std::shared_ptr<const eval::ThresholdIndex> currentIndex;
    eval::Curves newCurves;
    eval::Curves currentCurves;
    // Regression: (actual, predicted) and (predicted, residual = actual - predicted) of
    // evenly spaced rows, at most maxScatterPoints per model.
    QList<QPointF> newScatter, currentScatter, newResiduals, currentResiduals;
    double minValue = 0, maxValue = 0; // over actual and predicted values drawn
    // Multiclass: counts[actual][predicted].
    std::vector<std::vector<qint64>> newMatrix, currentMatrix;
};

inline constexpr int maxCurvePoints = 400;
inline constexpr int maxScatterPoints = 2000;

EvalAnalysis analyse(std::shared_ptr<const eval::Comparison> comparison);

} // namespace mlr::gui
