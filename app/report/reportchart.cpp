#include "decisionreport.h"
#include "eval/curves.h"
#include "eval/thresholdindex.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace mlr::report {

namespace {

struct Series
{
    QString name;
    QColor color;
    QList<QPointF> points; // data coordinates
    bool scatter = false;
};

// Axes, grid, series and a legend in a plot area; data range [x0,x1] x [y0,y1].
void drawPlot(QPainter &p, const QRectF &area, const QString &title, const QString &xLabel,
    const QString &yLabel, double x0, double x1, double y0, double y1, const QList<Series> &series,
    bool diagonal)
{
    const QRectF plot = area.adjusted(56, 30, -16, -44);
    const auto map = [&](QPointF d) {
        const double sx = x1 > x0 ? (d.x() - x0) / (x1 - x0) : 0.5;
        const double sy = y1 > y0 ? (d.y() - y0) / (y1 - y0) : 0.5;
        return QPointF(plot.left() + sx * plot.width(), plot.bottom() - sy * plot.height());
    };
    p.fillRect(area, Qt::white);
    QFont font = p.font();
    font.setPixelSize(12);
    p.setFont(font);
    p.setPen(QColor(0xdd, 0xdd, 0xdd));
    for (int i = 0; i <= 4; ++i) {
        const double fx = x0 + (x1 - x0) * i / 4.0;
        const double fy = y0 + (y1 - y0) * i / 4.0;
        p.drawLine(map({ fx, y0 }), map({ fx, y1 }));
        p.drawLine(map({ x0, fy }), map({ x1, fy }));
    }
    p.setPen(Qt::black);
    p.drawRect(plot);
    for (int i = 0; i <= 4; ++i) {
        const double fx = x0 + (x1 - x0) * i / 4.0;
        const double fy = y0 + (y1 - y0) * i / 4.0;
        const QPointF px = map({ fx, y0 }), py = map({ x0, fy });
        p.drawText(
            QRectF(px.x() - 30, plot.bottom() + 2, 60, 16), Qt::AlignCenter, QLocale().toString(fx, 'g', 3));
        p.drawText(QRectF(plot.left() - 54, py.y() - 8, 50, 16), Qt::AlignRight | Qt::AlignVCenter,
            QLocale().toString(fy, 'g', 3));
    }
    p.drawText(QRectF(plot.left(), plot.bottom() + 20, plot.width(), 18), Qt::AlignCenter, xLabel);
    p.save();
    p.translate(area.left() + 12, plot.center().y());
    p.rotate(-90);
    p.drawText(QRectF(-plot.height() / 2, -10, plot.height(), 18), Qt::AlignCenter, yLabel);
    p.restore();
    font.setBold(true);
    p.setFont(font);
    p.drawText(QRectF(area.left(), area.top() + 4, area.width(), 20), Qt::AlignCenter, title);
    font.setBold(false);
    p.setFont(font);
    p.setRenderHint(QPainter::Antialiasing);
    if (diagonal) {
        p.setPen(QPen(Qt::gray, 1, Qt::DashLine));
        p.drawLine(map({ x0, y0 }), map({ x1, y1 }));
    }
    int legend = 0;
    for (const Series &s : series) {
        p.setPen(QPen(s.color, 2));
        if (s.scatter) {
            p.setBrush(s.color);
            for (const QPointF &d : s.points)
                p.drawEllipse(map(d), 2.0, 2.0);
            p.setBrush(Qt::NoBrush);
        } else if (!s.points.isEmpty()) {
            QPainterPath path(map(s.points.first()));
            for (const QPointF &d : s.points)
                path.lineTo(map(d));
            p.drawPath(path);
        }
        const QPointF at(plot.right() - 220, plot.bottom() - 20 - 18 * legend);
        p.drawLine(at, at + QPointF(20, 0));
        p.setPen(Qt::black);
        p.drawText(QRectF(at.x() + 26, at.y() - 8, 190, 16), Qt::AlignLeft | Qt::AlignVCenter, s.name);
        ++legend;
    }
}

QList<QPointF> rocPoints(const eval::ScoredRows &rows)
{
    QList<QPointF> out;
    const eval::Curves curves = eval::computeCurves(eval::ThresholdIndex(rows), 200);
    for (const eval::CurvePoint &c : curves.roc)
        out.append(QPointF(c.x, c.y));
    return out;
}

} // namespace

QImage reportChart(const DecisionReport &report, const QSize &size)
{
    const eval::Comparison *c = report.comparison.get();
    if (!c)
        return {};
    const bool fromRows = c->challenger.rowCount() > 0;
    if (!fromRows && report.chartNew.isEmpty())
        return {};
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    const QRectF area(0, 0, size.width(), size.height());
    if (c->task == eval::Task::Binary) {
        QList<Series> series;
        const QList<QPointF> current = fromRows ? rocPoints(c->champion) : report.chartCurrent;
        series.append({ Report::tr("New model"), QColor(0x1f, 0x77, 0xb4),
            fromRows ? rocPoints(c->challenger) : report.chartNew, false });
        if (!current.isEmpty())
            series.append({ Report::tr("Current model"), QColor(0xff, 0x7f, 0x0e), current, false });
        drawPlot(p, area, Report::tr("ROC curve"), Report::tr("False positive rate"),
            Report::tr("True positive rate"), 0, 1, 0, 1, series, true);
        return image;
    }
    if (c->task == eval::Task::Regression) {
        QList<Series> series;
        double lo = INFINITY, hi = -INFINITY;
        const auto collect = [&](const eval::ScoredRows &rows, const QString &name, QColor color) {
            Series s { name, color, {}, true };
            const size_t n = std::min(rows.labels.size(), rows.scores.size());
            const size_t step = std::max<size_t>(1, n / 2000); // at most about 2000 dots
            for (size_t i = 0; i < n; i += step) {
                const double x = rows.labels[i], y = rows.scores[i];
                if (std::isnan(x) || std::isnan(y))
                    continue;
                lo = std::min({ lo, x, y });
                hi = std::max({ hi, x, y });
                s.points.append(QPointF(x, y));
            }
            series.append(s);
        };
        const auto collectPoints = [&](const QList<QPointF> &points, const QString &name, QColor color) {
            if (points.isEmpty())
                return;
            for (const QPointF &pt : points) {
                lo = std::min({ lo, pt.x(), pt.y() });
                hi = std::max({ hi, pt.x(), pt.y() });
            }
            series.append({ name, color, points, true });
        };
        if (fromRows) {
            collect(c->challenger, Report::tr("New model"), QColor(0x1f, 0x77, 0xb4));
            if (c->champion.rowCount() > 0)
                collect(c->champion, Report::tr("Current model"), QColor(0xff, 0x7f, 0x0e));
        } else {
            collectPoints(report.chartNew, Report::tr("New model"), QColor(0x1f, 0x77, 0xb4));
            collectPoints(report.chartCurrent, Report::tr("Current model"), QColor(0xff, 0x7f, 0x0e));
        }
        if (!(lo < hi)) {
            lo = 0;
            hi = 1;
        }
        drawPlot(p, area, Report::tr("Predicted vs actual"), Report::tr("Actual"), Report::tr("Predicted"),
            lo, hi, lo, hi, series, true);
        return image;
    }
    return {};
}

} // namespace mlr::report
