#include "evalcharts.h"

#include "evalcolors.h"
#include "evalmetricsmodel.h"

#include <QAbstractItemModel>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QHorizontalBarSeries>
#include <QImage>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPainter>
#include <QPalette>
#include <QScatterSeries>
#include <QVBarModelMapper>
#include <QValueAxis>

#include <cmath>

namespace mlr::gui::evalcharts {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(mlr::gui::EvalCharts)
};

QChart *newChart(const QString &title, const QPalette &palette)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    // Axis labels in the user's locale ("0,5" in French), not printf's C locale.
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    chart->legend()->setAlignment(Qt::AlignBottom);
    applyPalette(chart, palette);
    return chart;
}

QLineSeries *line(const QString &name, const QList<eval::CurvePoint> &points, const QColor &colour)
{
    auto *series = new QLineSeries;
    series->setName(name);
    QList<QPointF> xy;
    xy.reserve(points.size());
    for (const eval::CurvePoint &p : points)
        xy.append(QPointF(p.x, p.y));
    series->replace(xy);
    QPen pen(colour);
    pen.setWidthF(2);
    pen.setCosmetic(true);
    series->setPen(pen);
    return series;
}

QLineSeries *guide(const QString &name, QPointF from, QPointF to, const QPalette &palette)
{
    auto *series = new QLineSeries;
    series->setName(name);
    series->append(from);
    series->append(to);
    QPen pen(evalcolors::neutral(palette));
    pen.setStyle(Qt::DashLine);
    pen.setCosmetic(true);
    series->setPen(pen);
    return series;
}

void addAxes(QChart *chart, const QString &xTitle, const QString &yTitle, const QPalette &palette)
{
    auto *x = new QValueAxis;
    auto *y = new QValueAxis;
    x->setTitleText(xTitle);
    y->setTitleText(yTitle);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *s : chart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    applyPalette(chart, palette);
}

} // namespace

void applyPalette(QChart *chart, const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Text);
    QColor grid = text;
    grid.setAlpha(40);
    chart->setBackgroundBrush(palette.brush(QPalette::Base));
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setLinePenColor(grid);
        axis->setGridLineColor(grid);
    }
}

QChart *curveChart(const QString &title, const QString &xTitle, const QString &yTitle,
    const QList<eval::CurvePoint> &newModel, const QList<eval::CurvePoint> &currentModel, bool chanceDiagonal,
    const QPalette &palette)
{
    QChart *chart = newChart(title, palette);
    chart->addSeries(line(Tr::tr("Current model"), currentModel, evalcolors::currentModel(palette)));
    chart->addSeries(line(Tr::tr("New model"), newModel, evalcolors::newModel(palette)));
    if (chanceDiagonal)
        chart->addSeries(guide(Tr::tr("Chance"), QPointF(0, 0), QPointF(1, 1), palette));
    addAxes(chart, xTitle, yTitle, palette);
    return chart;
}

QChart *scatterChart(const QString &title, const QString &xTitle, const QString &yTitle,
    const QList<QPointF> &newModel, const QList<QPointF> &currentModel, bool diagonal, bool zeroLine,
    double lo, double hi, const QPalette &palette)
{
    QChart *chart = newChart(title, palette);
    auto scatter = [](const QString &name, const QList<QPointF> &points, QColor colour) {
        auto *s = new QScatterSeries;
        s->setName(name);
        s->replace(points);
        s->setMarkerSize(5);
        colour.setAlpha(150);
        s->setColor(colour);
        s->setBorderColor(Qt::transparent);
        return s;
    };
    chart->addSeries(scatter(Tr::tr("Current model"), currentModel, evalcolors::currentModel(palette)));
    chart->addSeries(scatter(Tr::tr("New model"), newModel, evalcolors::newModel(palette)));
    if (diagonal)
        chart->addSeries(guide(Tr::tr("Perfect prediction"), QPointF(lo, lo), QPointF(hi, hi), palette));
    if (zeroLine)
        chart->addSeries(guide(Tr::tr("No error"), QPointF(lo, 0), QPointF(hi, 0), palette));
    addAxes(chart, xTitle, yTitle, palette);
    return chart;
}

QChart *metricsBarChart(QAbstractItemModel *model, const QPalette &palette)
{
    QChart *chart = newChart(Tr::tr("Metrics of both models"), palette);
    // Horizontal bars: the metric names read along the left axis.
    auto *series = new QHorizontalBarSeries;
    auto *mapper = new QVBarModelMapper(series);
    mapper->setFirstBarSetColumn(EvalMetricsModel::NewColumn);
    mapper->setLastBarSetColumn(EvalMetricsModel::CurrentColumn);
    mapper->setSeries(series);
    mapper->setModel(model);
    chart->addSeries(series);
    auto colourSets = [series, palette] {
        const QList<QBarSet *> sets = series->barSets();
        if (sets.size() == 2) {
            sets[0]->setColor(evalcolors::newModel(palette));
            sets[1]->setColor(evalcolors::currentModel(palette));
            sets[0]->setBorderColor(Qt::transparent);
            sets[1]->setBorderColor(Qt::transparent);
        }
    };
    colourSets();
    auto *categories = new QBarCategoryAxis;
    auto *values = new QValueAxis;
    values->setTickCount(3);
    values->setLabelFormat(QStringLiteral("%.2g"));
    chart->addAxis(categories, Qt::AlignLeft);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(categories);
    series->attachAxis(values);
    // Categories and colours follow the model (a reset re-creates the bar sets).
    auto refresh = [model, categories, values, colourSets] {
        QStringList names;
        double lo = 0, hi = 0;
        for (int r = 0; r < model->rowCount(); ++r) {
            names.append(model->index(r, EvalMetricsModel::MetricColumn).data().toString());
            for (int c : { int(EvalMetricsModel::NewColumn), int(EvalMetricsModel::CurrentColumn) }) {
                const double v = model->index(r, c).data(EvalMetricsModel::ValueRole).toDouble();
                if (std::isfinite(v)) {
                    lo = std::min(lo, v);
                    hi = std::max(hi, v);
                }
            }
        }
        categories->setCategories(names);
        values->setRange(lo, hi > lo ? hi * 1.05 : lo + 1);
        colourSets();
    };
    QObject::connect(model, &QAbstractItemModel::modelReset, chart, refresh);
    refresh();
    applyPalette(chart, palette);
    return chart;
}

bool savePng(QChartView *view, const QString &path)
{
    const QSize size = view->size().isValid() && view->width() > 50 ? view->size() : QSize(800, 500);
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(view->palette().color(QPalette::Base));
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        if (view->size() != size) {
            // Not laid out (hidden tab): render the scene at the export size.
            view->chart()->resize(size);
        }
        view->scene()->render(&painter, QRectF(QPointF(0, 0), size), QRectF(QPointF(0, 0), size));
    }
    return image.save(path, "PNG");
}

} // namespace mlr::gui::evalcharts
