#include "eval/compare.h"

#include "eval/metrics.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace mlr::eval {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(mlr::eval::Compare)
};

} // namespace

Comparison compare(ScoredRows challenger, ScoredRows champion, ServiceEvaluation service)
{
    Comparison c;
    c.task = challenger.task;
    const auto mine = computeMetrics(challenger);
    const auto theirs = computeMetrics(champion);
    for (qsizetype i = 0; i < mine.size(); ++i) {
        MetricRow row;
        row.metric = mine[i].first;
        row.challenger = mine[i].second;
        row.champion = std::numeric_limits<double>::quiet_NaN();
        for (const auto &t : theirs) {
            if (t.first == row.metric)
                row.champion = t.second;
        }
        row.delta = row.challenger - row.champion; // NaN propagates
        row.higherIsBetter = higherIsBetter(row.metric);
        c.metrics.append(row);
    }
    c.challenger = std::move(challenger);
    c.champion = std::move(champion);
    c.service = std::move(service);
    return c;
}

QStringList serviceMismatches(
    const ServiceEvaluation &service, const QList<QPair<QString, double>> &metrics, double tolerance)
{
    QStringList out;
    for (const auto &m : metrics) {
        const std::optional<double> reported = service.metric(m.first);
        if (!reported)
            continue;
        const double a = *reported;
        const double b = m.second;
        if (std::isnan(a) && std::isnan(b))
            continue;
        if (std::isnan(a) != std::isnan(b) || std::fabs(a - b) > tolerance * std::max(1.0, std::fabs(a))) {
            out.append(Tr::tr("%1: service %2, recomputed %3")
                           .arg(m.first, QString::number(a, 'g', 10), QString::number(b, 'g', 10)));
        }
    }
    return out;
}

} // namespace mlr::eval
