#include "engine/metrics.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <vector>

namespace mlr::studio {

namespace {

constexpr double nan = std::numeric_limits<double>::quiet_NaN();

double ratio(double num, double den)
{
    return den == 0 ? 0.0 : num / den;
}

} // namespace

ConfusionCounts confusionCounts(
    std::span<const quint8> truth, std::span<const double> probability, double threshold)
{
    ConfusionCounts c;
    const size_t n = std::min(truth.size(), probability.size());
    for (size_t i = 0; i < n; ++i) {
        const bool predicted = probability[i] >= threshold;
        if (truth[i])
            ++(predicted ? c.truePositive : c.falseNegative);
        else
            ++(predicted ? c.falsePositive : c.trueNegative);
    }
    return c;
}

double accuracy(const ConfusionCounts &c)
{
    return ratio(double(c.truePositive + c.trueNegative), double(c.total()));
}

double precision(const ConfusionCounts &c)
{
    return ratio(double(c.truePositive), double(c.truePositive + c.falsePositive));
}

double recall(const ConfusionCounts &c)
{
    return ratio(double(c.truePositive), double(c.truePositive + c.falseNegative));
}

double f1Score(const ConfusionCounts &c)
{
    const double p = precision(c);
    const double r = recall(c);
    return ratio(2 * p * r, p + r);
}

double areaUnderRoc(std::span<const quint8> truth, std::span<const double> score)
{
    const size_t n = std::min(truth.size(), score.size());
    std::vector<size_t> order(n);
    std::iota(order.begin(), order.end(), size_t(0));
    std::sort(order.begin(), order.end(), [&score](size_t a, size_t b) { return score[a] < score[b]; });
    // Sum of the (average) ranks of the positives.
    double rankSum = 0;
    double positives = 0;
    for (size_t i = 0; i < n;) {
        size_t j = i;
        while (j < n && score[order[j]] == score[order[i]])
            ++j;
        const double averageRank = (double(i + 1) + double(j)) / 2.0;
        for (size_t k = i; k < j; ++k) {
            if (truth[order[k]]) {
                rankSum += averageRank;
                positives += 1;
            }
        }
        i = j;
    }
    const double negatives = double(n) - positives;
    if (positives == 0 || negatives == 0)
        return nan;
    return (rankSum - positives * (positives + 1) / 2.0) / (positives * negatives);
}

double averageLogLoss(std::span<const quint8> truth, std::span<const double> probability)
{
    const size_t n = std::min(truth.size(), probability.size());
    if (n == 0)
        return nan;
    double sum = 0;
    for (size_t i = 0; i < n; ++i) {
        const double p = std::clamp(probability[i], 1e-15, 1.0 - 1e-15);
        sum -= truth[i] ? std::log(p) : std::log(1.0 - p);
    }
    return sum / double(n);
}

RegressionMetrics regressionMetrics(std::span<const double> truth, std::span<const double> predicted)
{
    RegressionMetrics m;
    const size_t n = std::min(truth.size(), predicted.size());
    if (n == 0)
        return { nan, nan, nan, nan, nan };
    double mean = 0;
    for (size_t i = 0; i < n; ++i)
        mean += truth[i];
    mean /= double(n);
    double abs = 0, sq = 0, absDev = 0, sqDev = 0;
    for (size_t i = 0; i < n; ++i) {
        const double e = truth[i] - predicted[i];
        abs += std::fabs(e);
        sq += e * e;
        absDev += std::fabs(truth[i] - mean);
        sqDev += (truth[i] - mean) * (truth[i] - mean);
    }
    m.meanAbsoluteError = abs / double(n);
    m.rootMeanSquaredError = std::sqrt(sq / double(n));
    m.relativeAbsoluteError = absDev == 0 ? nan : abs / absDev;
    m.relativeSquaredError = sqDev == 0 ? nan : sq / sqDev;
    m.coefficientOfDetermination = sqDev == 0 ? nan : 1.0 - sq / sqDev;
    return m;
}

} // namespace mlr::studio
