#pragma once

#include "eval/thresholdindex.h"

#include <QList>

namespace mlr::eval {

struct CurvePoint
{
    double x = 0;
    double y = 0;
    double threshold = 0; // the score threshold of this point (predicted positive when >=)
};

// Binary performance curves, from the highest threshold down (x non-decreasing).
struct Curves
{
    QList<CurvePoint> roc; // x = false positive rate, y = true positive rate; (0,0) to (1,1)
    QList<CurvePoint> precisionRecall; // x = recall, y = precision
    // Studio's lift chart: x = fraction of rows predicted positive, y = true positives found.
    QList<CurvePoint> lift;
    double auc = 0; // exact, from every distinct threshold (ties count one half); NaN with one class
    qint64 positives = 0;
    qint64 rows = 0;
};

// Computes the curves from every distinct threshold (exact AUC), then keeps at most
// `maxPoints` points per curve for drawing (the first and last always; points closer than
// about 1/maxPoints of the curve's extent to the previous kept one are dropped).
Curves computeCurves(const ThresholdIndex &index, int maxPoints = 400);

// Keeps at most maxPoints of `points` (first and last always), spread along the curve.
QList<CurvePoint> downsample(const QList<CurvePoint> &points, int maxPoints);

} // namespace mlr::eval
