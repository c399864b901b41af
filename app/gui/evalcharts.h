#pragma once

#include "eval/curves.h"

#include <QList>
#include <QPointF>
#include <QString>

class QAbstractItemModel;
class QChart;
class QChartView;
class QPalette;

namespace mlr::gui::evalcharts {

// Chart builders of the Evaluate page. Every chart shows the new model and the current one
// (colours from evalcolors), follows the palette (light or dark theme) and has no
// animations (instant redraws). The caller owns the returned chart (give it to a view).

// A performance curve of both models; `chanceDiagonal` adds the dashed y = x line (ROC).
QChart *curveChart(const QString &title, const QString &xTitle, const QString &yTitle,
    const QList<eval::CurvePoint> &newModel, const QList<eval::CurvePoint> &currentModel, bool chanceDiagonal,
    const QPalette &palette);
// A scatter of both models; `diagonal` adds y = x over [lo, hi]; `zeroLine` adds y = 0.
QChart *scatterChart(const QString &title, const QString &xTitle, const QString &yTitle,
    const QList<QPointF> &newModel, const QList<QPointF> &currentModel, bool diagonal, bool zeroLine,
    double lo, double hi, const QPalette &palette);
// Bars of the New and Current columns (1 and 2) of `model`, one category per row (column 0
// names them), through QVBarModelMapper: the chart follows the model.
QChart *metricsBarChart(QAbstractItemModel *model, const QPalette &palette);

// Applies the palette to a chart (background, labels, grid, legend).
void applyPalette(QChart *chart, const QPalette &palette);

// Renders the view to a PNG file at its current size (or 800x500 when not laid out yet).
// False when the file cannot be written.
bool savePng(QChartView *view, const QString &path);

} // namespace mlr::gui::evalcharts
