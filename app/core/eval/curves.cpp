#include "eval/curves.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace mlr::eval {

namespace {

double rate(double num, double den)
{
    return den == 0 ? 0.0 : num / den;
}

} // namespace

QList<CurvePoint> downsample(const QList<CurvePoint> &points, int maxPoints)
{
    maxPoints = std::max(maxPoints, 2);
    if (points.size() <= maxPoints)
        return points;
    double minX = points.first().x, maxX = minX, minY = points.first().y, maxY = minY;
    for (const CurvePoint &p : points) {
        minX = std::min(minX, p.x);
        maxX = std::max(maxX, p.x);
        minY = std::min(minY, p.y);
        maxY = std::max(maxY, p.y);
    }
    const double spanX = maxX > minX ? maxX - minX : 1.0;
    const double spanY = maxY > minY ? maxY - minY : 1.0;
    auto step = [&](const CurvePoint &a, const CurvePoint &b) {
        return std::fabs(b.x - a.x) / spanX + std::fabs(b.y - a.y) / spanY;
    };
    double length = 0;
    for (qsizetype i = 1; i < points.size(); ++i)
        length += step(points[i - 1], points[i]);
    // Keep a point each time the walked (normalised L1) length reaches one step.
    const double every = length / double(maxPoints - 1);
    QList<CurvePoint> kept;
    kept.reserve(maxPoints + 1);
    kept.append(points.first());
    double walked = 0;
    for (qsizetype i = 1; i + 1 < points.size(); ++i) {
        walked += step(points[i - 1], points[i]);
        if (walked >= every) {
            kept.append(points[i]);
            walked = 0;
        }
    }
    kept.append(points.last());
    if (kept.size() <= maxPoints)
        return kept;
    // Rounding left a few too many: thin evenly, keeping both ends.
    QList<CurvePoint> thinned;
    thinned.reserve(maxPoints);
    for (int i = 0; i < maxPoints; ++i)
        thinned.append(
            kept[qsizetype(std::llround(double(i) * double(kept.size() - 1) / double(maxPoints - 1)))]);
    return thinned;
}

Curves computeCurves(const ThresholdIndex &index, int maxPoints)
{
    Curves c;
    const std::vector<double> &s = index.sortedScores();
    const qint64 n = index.size();
    const double positives = double(index.positives());
    const double negatives = double(n) - positives;
    c.rows = n;
    c.positives = index.positives();
    c.auc = index.auc();
    if (n == 0)
        return c;
    QList<CurvePoint> roc, pr, lift;
    const double above = std::numeric_limits<double>::infinity();
    roc.append({ 0, 0, above });
    lift.append({ 0, 0, above });
    // From the highest distinct score down: threshold s[i] predicts rows i..n-1 positive.
    for (qint64 j = n; j > 0;) {
        qint64 i = j - 1;
        while (i > 0 && s[size_t(i - 1)] == s[size_t(i)])
            --i;
        const double threshold = s[size_t(i)];
        const double predictedPositive = double(n - i);
        const double tp = positives - double(index.positivesBelow(i));
        const double fp = predictedPositive - tp;
        roc.append({ rate(fp, negatives), rate(tp, positives), threshold });
        if (pr.isEmpty())
            pr.append({ 0, rate(tp, predictedPositive), above });
        pr.append({ rate(tp, positives), rate(tp, predictedPositive), threshold });
        lift.append({ predictedPositive / double(n), tp, threshold });
        j = i;
    }
    c.roc = downsample(roc, maxPoints);
    c.precisionRecall = downsample(pr, maxPoints);
    c.lift = downsample(lift, maxPoints);
    return c;
}

} // namespace mlr::eval
