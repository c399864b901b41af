#include "eval/thresholdindex.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace mlr::eval {

ThresholdIndex::ThresholdIndex(const ScoredRows &rows)
{
    if (rows.task != Task::Binary)
        return;
    const size_t n = std::min(rows.labels.size(), rows.scores.size());
    // Sort (score, label) pairs packed into one array, then split: one sort, cache-friendly.
    std::vector<std::pair<double, bool>> pairs;
    pairs.reserve(n);
    for (size_t i = 0; i < n; ++i) {
        if (std::isnan(rows.labels[i]) || std::isnan(rows.scores[i]))
            continue;
        pairs.emplace_back(rows.scores[i], rows.labels[i] > 0.5);
    }
    std::sort(pairs.begin(), pairs.end(),
        [](const std::pair<double, bool> &a, const std::pair<double, bool> &b) { return a.first < b.first; });
    m_scores.resize(pairs.size());
    m_positivesBelow.resize(pairs.size() + 1);
    std::uint32_t below = 0;
    m_positivesBelow[0] = 0;
    for (size_t i = 0; i < pairs.size(); ++i) {
        m_scores[i] = pairs[i].first;
        below += pairs[i].second ? 1 : 0;
        m_positivesBelow[i + 1] = below;
    }
    m_positives = below;
}

Confusion ThresholdIndex::at(double threshold) const
{
    // Rows with score < threshold are predicted negative: the first `cut` sorted scores. A NaN
    // threshold predicts nothing positive (score >= NaN is false), as a recount does.
    const size_t cut = std::isnan(threshold)
        ? m_scores.size()
        : size_t(std::lower_bound(m_scores.begin(), m_scores.end(), threshold) - m_scores.begin());
    Confusion c;
    c.falseNegative = m_positivesBelow.empty() ? 0 : m_positivesBelow[cut];
    c.trueNegative = qint64(cut) - c.falseNegative;
    c.truePositive = m_positives - c.falseNegative;
    c.falsePositive = qint64(m_scores.size() - cut) - c.truePositive;
    return c;
}

double ThresholdIndex::auc() const
{
    const size_t n = m_scores.size();
    const double positives = double(m_positives);
    const double negatives = double(n) - positives;
    if (positives == 0 || negatives == 0)
        return std::numeric_limits<double>::quiet_NaN();
    // For each group of tied scores: its positives beat every negative below the group and
    // tie (one half) with the negatives inside it.
    double wins = 0;
    for (size_t i = 0; i < n;) {
        size_t j = i + 1;
        while (j < n && m_scores[j] == m_scores[i])
            ++j;
        const double groupPositives = double(m_positivesBelow[j] - m_positivesBelow[i]);
        const double groupNegatives = double(j - i) - groupPositives;
        const double negativesBelow = double(i) - double(m_positivesBelow[i]);
        wins += groupPositives * (negativesBelow + 0.5 * groupNegatives);
        i = j;
    }
    return wins / (positives * negatives);
}

Confusion recountConfusion(const ScoredRows &rows, double threshold)
{
    Confusion c;
    const size_t n = std::min(rows.labels.size(), rows.scores.size());
    for (size_t i = 0; i < n; ++i) {
        const double y = rows.labels[i];
        const double s = rows.scores[i];
        if (std::isnan(y) || std::isnan(s))
            continue;
        const bool predicted = s >= threshold;
        if (y > 0.5)
            ++(predicted ? c.truePositive : c.falseNegative);
        else
            ++(predicted ? c.falsePositive : c.trueNegative);
    }
    return c;
}

} // namespace mlr::eval
