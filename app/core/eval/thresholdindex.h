#pragma once

#include "eval/evaltypes.h"
#include "eval/metrics.h"

#include <cstdint>
#include <vector>

namespace mlr::eval {

// The binary confusion matrix at any threshold in O(log n): built once (one sort of the
// usable rows' scores, O(n log n)), then a binary search on the sorted scores plus prefix
// counts of positives. Immutable after construction, so it may be shared across threads.
class ThresholdIndex
{
public:
    ThresholdIndex() = default;
    explicit ThresholdIndex(const ScoredRows &rows); // binary rows; others give an empty index

    // Predicted positive when score >= threshold (Evaluate Model's rule).
    Confusion at(double threshold) const;
    qint64 size() const { return qint64(m_scores.size()); }
    qint64 positives() const { return m_positives; }
    // Area under the ROC curve (Mann-Whitney, ties count one half), O(n); NaN with one class.
    double auc() const;
    // Sorted ascending; the distinct values are the thresholds where the matrix changes.
    const std::vector<double> &sortedScores() const { return m_scores; }
    // Positives among the first i sorted scores (i in [0, size()]).
    qint64 positivesBelow(qint64 i) const { return m_positivesBelow[size_t(i)]; }

private:
    std::vector<double> m_scores;
    std::vector<std::uint32_t> m_positivesBelow; // size() + 1 entries
    qint64 m_positives = 0;
};

// The naive baseline: a full pass over the rows at each threshold (for tests and the bench).
Confusion recountConfusion(const ScoredRows &rows, double threshold);

} // namespace mlr::eval
