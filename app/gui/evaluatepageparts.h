#pragma once

// Internal to the Evaluate page's files (evaluatepage*.cpp).
#include <QChart>
#include <QChartView>

namespace mlr::gui::evaluatepage {

enum Curve
{
    RocCurve,
    PrecisionRecallCurve,
    LiftCurve
};
enum RegressionChart
{
    PredictedVsActual,
    Residuals
};

inline void replaceChart(QChartView *view, QChart *chart)
{
    QChart *old = view->chart();
    view->setChart(chart);
    delete old;
}

} // namespace mlr::gui::evaluatepage
