#pragma once

// Pure metric functions behind Evaluate Model. truth[i] is 1 for the positive class, 0
// for the negative one; probability[i] is the predicted P(positive).

#include <QtGlobal>

#include <span>

namespace mlr::studio {

struct ConfusionCounts
{
    qint64 truePositive = 0;
    qint64 falseNegative = 0;
    qint64 falsePositive = 0;
    qint64 trueNegative = 0;
    qint64 total() const { return truePositive + falseNegative + falsePositive + trueNegative; }
};

// Predicted positive when probability >= threshold.
ConfusionCounts confusionCounts(
    std::span<const quint8> truth, std::span<const double> probability, double threshold = 0.5);
// Ratios are 0 when their denominator is 0.
double accuracy(const ConfusionCounts &c);
double precision(const ConfusionCounts &c);
double recall(const ConfusionCounts &c);
double f1Score(const ConfusionCounts &c);
// Area under the ROC curve: the Mann-Whitney statistic, ties counting one half. NaN when
// either class is absent. O(n log n).
double areaUnderRoc(std::span<const quint8> truth, std::span<const double> score);
// Mean negative natural log-likelihood, probabilities clipped to [1e-15, 1 - 1e-15].
double averageLogLoss(std::span<const quint8> truth, std::span<const double> probability);

struct RegressionMetrics
{
    double meanAbsoluteError = 0;
    double rootMeanSquaredError = 0;
    double relativeAbsoluteError = 0; // sum|y - p| / sum|y - mean(y)|
    double relativeSquaredError = 0; // sum(y - p)^2 / sum(y - mean(y))^2
    double coefficientOfDetermination = 0; // 1 - relative squared error
};
// NaN fields when there are no rows; relative errors are NaN when y is constant.
RegressionMetrics regressionMetrics(std::span<const double> truth, std::span<const double> predicted);

} // namespace mlr::studio
