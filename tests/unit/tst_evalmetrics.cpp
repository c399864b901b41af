// Metrics, threshold index, curves and compare() on tiny hand-computed sets, plus the index
// against a naive recount on random tie-heavy data, and edge cases (one class, ties, NaN,
// empty).
#include "eval/compare.h"
#include "eval/curves.h"
#include "eval/metrics.h"
#include "eval/thresholdindex.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>
#include <limits>

using namespace mlr::eval;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(mlr::eval::Confusion)

namespace {

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

ScoredRows binary(std::vector<double> labels, std::vector<double> scores)
{
    ScoredRows r;
    r.task = Task::Binary;
    r.labels = std::move(labels);
    r.scores = std::move(scores);
    r.classNames = { u"no"_s, u"yes"_s };
    return r;
}

ScoredRows regression(std::vector<double> labels, std::vector<double> scores)
{
    ScoredRows r;
    r.task = Task::Regression;
    r.labels = std::move(labels);
    r.scores = std::move(scores);
    return r;
}

double metric(const QList<QPair<QString, double>> &metrics, const QString &name)
{
    for (const auto &m : metrics) {
        if (m.first == name)
            return m.second;
    }
    return -12345;
}

bool close(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || std::fabs(a - b) < 1e-12;
}

double trapezoid(const QList<CurvePoint> &points)
{
    double area = 0;
    for (qsizetype i = 1; i < points.size(); ++i)
        area += (points[i].x - points[i - 1].x) * (points[i].y + points[i - 1].y) / 2;
    return area;
}

// Hand example: labels 1,1,0,1,0,0 with scores 0.9,0.8,0.7,0.6,0.3,0.1.
ScoredRows handBinary()
{
    return binary({ 1, 1, 0, 1, 0, 0 }, { 0.9, 0.8, 0.7, 0.6, 0.3, 0.1 });
}

} // namespace

class TestEvalMetrics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void binaryByHand()
    {
        const auto m = computeMetrics(handBinary());
        QCOMPARE(m.size(), 6);
        QCOMPARE(m[0].first, u"Accuracy"_s);
        // At 0.5: TP 3, FP 1, FN 0, TN 2.
        QVERIFY(close(metric(m, u"Accuracy"_s), 5.0 / 6));
        QVERIFY(close(metric(m, u"Precision"_s), 0.75));
        QVERIFY(close(metric(m, u"Recall"_s), 1.0));
        QVERIFY(close(metric(m, u"F1 Score"_s), 2 * 0.75 / 1.75));
        // Positives 0.9, 0.8, 0.6 against negatives 0.7, 0.3, 0.1: 8 of 9 pairs.
        QVERIFY(close(metric(m, u"AUC"_s), 8.0 / 9));
        const double logLoss
            = -(std::log(0.9) + std::log(0.8) + std::log(0.3) + std::log(0.6) + std::log(0.7) + std::log(0.9))
            / 6;
        QVERIFY(close(metric(m, u"Average Log Loss"_s), logLoss));
    }

    void binaryThresholds_data()
    {
        QTest::addColumn<double>("threshold");
        QTest::addColumn<Confusion>("expected");
        // {TP, FN, FP, TN}
        QTest::newRow("0.5") << 0.5 << Confusion { 3, 0, 1, 2 };
        QTest::newRow("exactly a score (>=)") << 0.8 << Confusion { 2, 1, 0, 3 };
        QTest::newRow("just above a score") << 0.80000001 << Confusion { 1, 2, 0, 3 };
        QTest::newRow("below all") << -1.0 << Confusion { 3, 0, 3, 0 };
        QTest::newRow("above all") << 2.0 << Confusion { 0, 3, 0, 3 };
        QTest::newRow("-inf") << -std::numeric_limits<double>::infinity() << Confusion { 3, 0, 3, 0 };
        QTest::newRow("NaN predicts nothing") << NaN << Confusion { 0, 3, 0, 3 };
    }

    void binaryThresholds()
    {
        QFETCH(double, threshold);
        QFETCH(Confusion, expected);
        const ScoredRows rows = handBinary();
        const ThresholdIndex index(rows);
        QCOMPARE(index.at(threshold), expected);
        QCOMPARE(recountConfusion(rows, threshold), expected);
    }

    void tiesCountOneHalf()
    {
        const ScoredRows rows = binary({ 1, 0, 1, 0 }, { 0.5, 0.5, 0.8, 0.2 });
        QVERIFY(close(areaUnderRoc(rows), 3.5 / 4));
        QVERIFY(close(computeCurves(ThresholdIndex(rows)).auc, 3.5 / 4));
        // All scores tied: 0.5.
        QVERIFY(close(areaUnderRoc(binary({ 1, 0, 1, 0 }, { 0.3, 0.3, 0.3, 0.3 })), 0.5));
    }

    void edgeCases()
    {
        // One class only: AUC undefined, ratios 0 when undefined.
        const auto one = computeMetrics(binary({ 1, 1, 1 }, { 0.9, 0.2, 0.6 }));
        QVERIFY(std::isnan(metric(one, u"AUC"_s)));
        QVERIFY(close(metric(one, u"Accuracy"_s), 2.0 / 3));
        const auto none = computeMetrics(binary({ 0, 0 }, { 0.1, 0.2 }));
        QVERIFY(close(metric(none, u"Precision"_s), 0));
        QVERIFY(close(metric(none, u"F1 Score"_s), 0));
        // NaN labels and scores are skipped: same metrics as without those rows.
        const auto withNan = computeMetrics(
            binary({ 1, NaN, 1, 0, 1, 0, 0, 1 }, { 0.9, 0.5, 0.8, 0.7, 0.6, 0.3, 0.1, NaN }));
        const auto clean = computeMetrics(handBinary());
        for (qsizetype i = 0; i < clean.size(); ++i)
            QVERIFY2(close(withNan[i].second, clean[i].second), qPrintable(clean[i].first));
        // Empty: every metric NaN; empty index and curves.
        for (Task t : { Task::Binary, Task::Regression, Task::Multiclass }) {
            ScoredRows empty;
            empty.task = t;
            const auto m = computeMetrics(empty);
            QCOMPARE(m.size(), metricNames(t).size());
            for (const auto &p : m)
                QVERIFY2(std::isnan(p.second), qPrintable(p.first));
        }
        const ThresholdIndex emptyIndex(binary({}, {}));
        QCOMPARE(emptyIndex.at(0.5), Confusion {});
        const Curves c = computeCurves(emptyIndex);
        QVERIFY(c.roc.isEmpty() && c.precisionRecall.isEmpty() && c.lift.isEmpty());
        QVERIFY(std::isnan(c.auc));
        // A regression set is not indexed.
        QCOMPARE(ThresholdIndex(regression({ 1 }, { 1 })).size(), 0);
    }

    void regressionByHand()
    {
        // y 1,2,3,4; p 1,3,2,6: errors 0,-1,1,-2; mean 2.5; sum|y-mean| 4; sum(y-mean)^2 5.
        const auto m = computeMetrics(regression({ 1, 2, 3, 4, NaN }, { 1, 3, 2, 6, 7 }));
        QCOMPARE(m.size(), 5);
        QVERIFY(close(metric(m, u"Mean Absolute Error"_s), 1.0));
        QVERIFY(close(metric(m, u"Root Mean Squared Error"_s), std::sqrt(1.5)));
        QVERIFY(close(metric(m, u"Relative Absolute Error"_s), 1.0));
        QVERIFY(close(metric(m, u"Relative Squared Error"_s), 1.2));
        QVERIFY(close(metric(m, u"Coefficient of Determination"_s), -0.2));
        // Constant label: relative errors undefined.
        const auto constant = computeMetrics(regression({ 2, 2 }, { 1, 3 }));
        QVERIFY(close(metric(constant, u"Mean Absolute Error"_s), 1.0));
        QVERIFY(std::isnan(metric(constant, u"Relative Squared Error"_s)));
        QVERIFY(std::isnan(metric(constant, u"Coefficient of Determination"_s)));
    }

    void multiclassByHand()
    {
        // (actual, predicted): (a,a) (a,b) (b,b) (c,c) (c,a) (b,b) and one unscored row.
        ScoredRows r;
        r.task = Task::Multiclass;
        r.classNames = { u"a"_s, u"b"_s, u"c"_s, u"unused"_s };
        r.labels = { 0, 0, 1, 2, 2, 1, 0 };
        r.predicted = { 0, 1, 1, 2, 0, 1, -1 };
        const auto cm = multiclassConfusion(r);
        QCOMPARE(cm[0], (std::vector<qint64> { 1, 1, 0, 0 }));
        QCOMPARE(cm[2], (std::vector<qint64> { 1, 0, 1, 0 }));
        const auto m = computeMetrics(r);
        QVERIFY(close(metric(m, u"Overall accuracy"_s), 4.0 / 6));
        QVERIFY(close(metric(m, u"Average accuracy"_s), 7.0 / 9));
        QVERIFY(close(metric(m, u"Micro-averaged precision"_s), 4.0 / 6));
        QVERIFY(close(metric(m, u"Macro-averaged precision"_s), 13.0 / 18));
        QVERIFY(close(metric(m, u"Micro-averaged recall"_s), 4.0 / 6));
        QVERIFY(close(metric(m, u"Macro-averaged recall"_s), 2.0 / 3));
    }

    void indexMatchesRecount()
    {
        // Tie-heavy random scores (two decimals), 2 % NaN labels or scores.
        QRandomGenerator rng(7);
        std::vector<double> labels, scores;
        for (int i = 0; i < 5000; ++i) {
            const double s = std::round(rng.generateDouble() * 100) / 100;
            labels.push_back(rng.bounded(50) == 0 ? NaN : double(rng.generateDouble() < s ? 1 : 0));
            scores.push_back(rng.bounded(50) == 0 ? NaN : s);
        }
        const ScoredRows rows = binary(labels, scores);
        const ThresholdIndex index(rows);
        QCOMPARE(index.size(), qint64(rows.usableRowCount()));
        for (int t = -2; t <= 102; ++t) {
            for (double threshold : { t / 100.0, t / 100.0 + 0.005 })
                QCOMPARE(index.at(threshold), recountConfusion(rows, threshold));
        }
        // Exact AUC: the full-resolution ROC's trapezoid area equals the Mann-Whitney value.
        const Curves full = computeCurves(index, 1 << 20);
        QVERIFY(close(trapezoid(full.roc), full.auc));
        QVERIFY(full.auc > 0.7 && full.auc < 1);
    }

    void curvesByHand()
    {
        const Curves c = computeCurves(ThresholdIndex(handBinary()));
        QCOMPARE(c.rows, 6);
        QCOMPARE(c.positives, 3);
        QVERIFY(close(c.auc, 8.0 / 9));
        const QList<QPair<double, double>> roc = { { 0, 0 }, { 0, 1.0 / 3 }, { 0, 2.0 / 3 },
            { 1.0 / 3, 2.0 / 3 }, { 1.0 / 3, 1 }, { 2.0 / 3, 1 }, { 1, 1 } };
        QCOMPARE(c.roc.size(), roc.size());
        for (qsizetype i = 0; i < roc.size(); ++i)
            QVERIFY(close(c.roc[i].x, roc[i].first) && close(c.roc[i].y, roc[i].second));
        QCOMPARE(c.roc[1].threshold, 0.9);
        QVERIFY(close(trapezoid(c.roc), c.auc));
        // Lift: true positives found against the share of rows predicted positive.
        QCOMPARE(c.lift.size(), 7);
        QVERIFY(close(c.lift[3].x, 0.5) && close(c.lift[3].y, 2));
        QVERIFY(close(c.lift.last().y, 3));
        // Precision-recall: starts at recall 0, ends at recall 1 with the base rate.
        QCOMPARE(c.precisionRecall.size(), 7);
        QVERIFY(close(c.precisionRecall[3].x, 2.0 / 3) && close(c.precisionRecall[3].y, 2.0 / 3));
        QVERIFY(close(c.precisionRecall.last().x, 1) && close(c.precisionRecall.last().y, 0.5));
    }

    void downsampling()
    {
        QList<CurvePoint> points;
        for (int i = 0; i <= 100000; ++i)
            points.append({ i / 100000.0, std::sqrt(i / 100000.0), double(i) });
        for (int maxPoints : { 2, 10, 400 }) {
            const auto d = downsample(points, maxPoints);
            QVERIFY(d.size() <= maxPoints);
            QVERIFY(d.size() >= maxPoints / 2);
            QCOMPARE(d.first().threshold, 0.0);
            QCOMPARE(d.last().threshold, 100000.0);
            for (qsizetype i = 1; i < d.size(); ++i)
                QVERIFY(d[i].x >= d[i - 1].x);
        }
        QCOMPARE(downsample(points.mid(0, 5), 400).size(), 5);
    }

    void compareFillsRows()
    {
        ServiceEvaluation service;
        service.task = Task::Binary;
        const Comparison c
            = compare(handBinary(), binary({ 1, 1, 0, 1, 0, 0 }, { 0.6, 0.2, 0.7, 0.9, 0.3, 0.1 }), service);
        QCOMPARE(c.task, Task::Binary);
        QCOMPARE(c.metrics.size(), 6);
        const MetricRow &auc = c.metrics[4];
        QCOMPARE(auc.metric, u"AUC"_s);
        QVERIFY(close(auc.challenger, 8.0 / 9));
        // Champion: positives 0.6, 0.2, 0.9 vs negatives 0.7, 0.3, 0.1: 2 + 1 + 3 = 6 of 9 pairs.
        QVERIFY(close(auc.champion, 6.0 / 9));
        QVERIFY(close(auc.delta, 2.0 / 9));
        QVERIFY(auc.higherIsBetter);
        QVERIFY(!c.metrics[5].higherIsBetter); // Average Log Loss
        QCOMPARE(c.challenger.rowCount(), 6);
        QCOMPARE(c.champion.rowCount(), 6);
    }

    void mismatches()
    {
        ServiceEvaluation s;
        s.metrics = { { u"Accuracy"_s, 0.8 }, { u"AUC"_s, NaN }, { u"Threshold"_s, 0.5 } };
        QVERIFY(serviceMismatches(s, { { u"Accuracy"_s, 0.8 + 1e-9 }, { u"AUC"_s, NaN } }).isEmpty());
        const QStringList bad
            = serviceMismatches(s, { { u"Accuracy"_s, 0.7 }, { u"AUC"_s, 0.5 }, { u"Recall"_s, 1 } });
        QCOMPARE(bad.size(), 2);
        QVERIFY(bad[0].startsWith(u"Accuracy"_s));
    }

    void names()
    {
        QCOMPARE(canonicalMetricName(u" f-score "_s), u"F1 Score"_s);
        QCOMPARE(canonicalMetricName(u"auc"_s), u"AUC"_s);
        QVERIFY(!higherIsBetter(u"Root Mean Squared Error"_s));
        QVERIFY(higherIsBetter(u"Coefficient of Determination"_s));
        for (Task t : { Task::Binary, Task::Regression, Task::Multiclass }) {
            for (const QString &n : metricNames(t))
                QVERIFY2(!metricDescription(n).isEmpty(), qPrintable(n));
            QCOMPARE(taskFromId(taskId(t)), t);
        }
    }
};

QTEST_GUILESS_MAIN(TestEvalMetrics)
#include "tst_evalmetrics.moc"
