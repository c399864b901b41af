#include "evalanalysis.h"

#include "eval/metrics.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace mlr::gui {

namespace {

// Evenly spaced usable rows (label and score present), at most `limit`.
void scatter(
    const eval::ScoredRows &rows, QList<QPointF> *points, QList<QPointF> *residuals, double *lo, double *hi)
{
    std::vector<size_t> usable;
    usable.reserve(rows.labels.size());
    for (size_t i = 0; i < rows.labels.size() && i < rows.scores.size(); ++i) {
        if (!std::isnan(rows.labels[i]) && !std::isnan(rows.scores[i]))
            usable.push_back(i);
    }
    const size_t n = usable.size();
    const size_t count = std::min(n, size_t(maxScatterPoints));
    for (size_t k = 0; k < count; ++k) {
        const size_t i = usable[n <= size_t(maxScatterPoints) ? k : k * n / count];
        const double y = rows.labels[i];
        const double p = rows.scores[i];
        points->append(QPointF(y, p));
        residuals->append(QPointF(p, y - p));
        *lo = std::min({ *lo, y, p });
        *hi = std::max({ *hi, y, p });
    }
}

} // namespace

EvalAnalysis analyse(std::shared_ptr<const eval::Comparison> comparison)
{
    EvalAnalysis a;
    a.comparison = comparison;
    if (!comparison)
        return a;
    switch (comparison->task) {
    case eval::Task::Binary:
        a.newIndex = std::make_shared<const eval::ThresholdIndex>(comparison->challenger);
        a.currentIndex = std::make_shared<const eval::ThresholdIndex>(comparison->champion);
        a.newCurves = eval::computeCurves(*a.newIndex, maxCurvePoints);
        a.currentCurves = eval::computeCurves(*a.currentIndex, maxCurvePoints);
        break;
    case eval::Task::Regression: {
        double lo = std::numeric_limits<double>::infinity();
        double hi = -lo;
        scatter(comparison->challenger, &a.newScatter, &a.newResiduals, &lo, &hi);
        scatter(comparison->champion, &a.currentScatter, &a.currentResiduals, &lo, &hi);
        a.minValue = std::isfinite(lo) ? lo : 0;
        a.maxValue = std::isfinite(hi) ? hi : 1;
        break;
    }
    case eval::Task::Multiclass:
        a.newMatrix = eval::multiclassConfusion(comparison->challenger);
        a.currentMatrix = eval::multiclassConfusion(comparison->champion);
        break;
    }
    return a;
}

} // namespace mlr::gui
