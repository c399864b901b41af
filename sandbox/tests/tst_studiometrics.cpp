// Evaluate Model: the metric functions against independent, straightforward computations
// written here, and the results dataset with Studio (classic)'s column names.

#include "engine/csvreader.h"
#include "engine/evaluate.h"
#include "engine/model.h"
#include "engine/random.h"

#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace mlr::studio;

namespace {

struct Case
{
    std::vector<quint8> truth;
    std::vector<double> p;
};

// Random labels and scores; scores are coarse (two decimals) so that ties occur.
Case randomCase(quint64 seed, int n, double signal)
{
    Random r(seed);
    Case c;
    for (int i = 0; i < n; ++i) {
        const bool y = r.chance(0.3);
        const double s = std::clamp(0.5 + (y ? signal : -signal) + 0.3 * (r.uniform() - 0.5), 0.0, 1.0);
        c.truth.push_back(y ? 1 : 0);
        c.p.push_back(std::round(s * 100.0) / 100.0);
    }
    return c;
}

// AUC by definition: the share of (positive, negative) pairs ranked correctly, ties 1/2.
double pairwiseAuc(const Case &c)
{
    double good = 0, pairs = 0;
    for (size_t i = 0; i < c.truth.size(); ++i) {
        if (!c.truth[i])
            continue;
        for (size_t j = 0; j < c.truth.size(); ++j) {
            if (c.truth[j])
                continue;
            pairs += 1;
            good += c.p[i] > c.p[j] ? 1.0 : (c.p[i] == c.p[j] ? 0.5 : 0.0);
        }
    }
    return good / pairs;
}

} // namespace

class TestStudioMetrics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void binaryMetrics_data()
    {
        QTest::addColumn<quint64>("seed");
        QTest::addColumn<int>("n");
        QTest::addColumn<double>("signal");
        QTest::newRow("weak") << quint64(1) << 300 << 0.02;
        QTest::newRow("strong") << quint64(2) << 500 << 0.2;
        QTest::newRow("tiny") << quint64(3) << 7 << 0.1;
        QTest::newRow("inverted") << quint64(4) << 200 << -0.1;
    }

    void binaryMetrics()
    {
        QFETCH(quint64, seed);
        QFETCH(int, n);
        QFETCH(double, signal);
        Case c = randomCase(seed, n, signal);
        c.truth[0] = 1; // both classes present
        c.truth[1] = 0;

        qint64 tp = 0, fn = 0, fp = 0, tn = 0;
        double logLoss = 0;
        for (size_t i = 0; i < c.truth.size(); ++i) {
            const bool predicted = c.p[i] >= 0.5;
            tp += c.truth[i] && predicted;
            fn += c.truth[i] && !predicted;
            fp += !c.truth[i] && predicted;
            tn += !c.truth[i] && !predicted;
            const double q = std::min(std::max(c.p[i], 1e-15), 1 - 1e-15);
            logLoss += c.truth[i] ? -std::log(q) : -std::log(1 - q);
        }
        logLoss /= double(c.truth.size());
        const double prec = tp + fp ? double(tp) / double(tp + fp) : 0.0;
        const double rec = tp + fn ? double(tp) / double(tp + fn) : 0.0;
        const double f1 = prec + rec > 0 ? 2 * prec * rec / (prec + rec) : 0.0;

        const ConfusionCounts counts = confusionCounts(c.truth, c.p);
        QCOMPARE(counts.truePositive, tp);
        QCOMPARE(counts.falseNegative, fn);
        QCOMPARE(counts.falsePositive, fp);
        QCOMPARE(counts.trueNegative, tn);
        QCOMPARE(accuracy(counts), double(tp + tn) / double(n));
        QCOMPARE(precision(counts), prec);
        QCOMPARE(recall(counts), rec);
        QVERIFY(std::fabs(f1Score(counts) - f1) < 1e-12);
        QVERIFY(std::fabs(averageLogLoss(c.truth, c.p) - logLoss) < 1e-12);
        QVERIFY(std::fabs(areaUnderRoc(c.truth, c.p) - pairwiseAuc(c)) < 1e-12);
    }

    void edgeCases()
    {
        const std::vector<quint8> allPositive { 1, 1, 1 };
        const std::vector<double> p { 0.2, 0.6, 0.9 };
        QVERIFY(std::isnan(areaUnderRoc(allPositive, p)));
        const std::vector<quint8> perfect { 0, 0, 1, 1 };
        QCOMPARE(areaUnderRoc(perfect, std::vector<double> { 0.1, 0.2, 0.8, 0.9 }), 1.0);
        QCOMPARE(areaUnderRoc(perfect, std::vector<double> { 0.5, 0.5, 0.5, 0.5 }), 0.5);
        // Certain and wrong: clipped, finite.
        QVERIFY(std::isfinite(averageLogLoss(std::vector<quint8> { 1 }, std::vector<double> { 0.0 })));
        const ConfusionCounts none;
        QCOMPARE(precision(none), 0.0);
        QCOMPARE(f1Score(none), 0.0);
    }

    void regression()
    {
        const std::vector<double> y { 3, -0.5, 2, 7, 4.25 };
        const std::vector<double> p { 2.5, 0.0, 2, 8, 4 };
        double mean = 0;
        for (double v : y)
            mean += v / 5.0;
        double ae = 0, se = 0, ad = 0, sd = 0;
        for (size_t i = 0; i < y.size(); ++i) {
            ae += std::fabs(y[i] - p[i]);
            se += (y[i] - p[i]) * (y[i] - p[i]);
            ad += std::fabs(y[i] - mean);
            sd += (y[i] - mean) * (y[i] - mean);
        }
        const RegressionMetrics m = regressionMetrics(y, p);
        QVERIFY(std::fabs(m.meanAbsoluteError - ae / 5) < 1e-12);
        QVERIFY(std::fabs(m.rootMeanSquaredError - std::sqrt(se / 5)) < 1e-12);
        QVERIFY(std::fabs(m.relativeAbsoluteError - ae / ad) < 1e-12);
        QVERIFY(std::fabs(m.relativeSquaredError - se / sd) < 1e-12);
        QVERIFY(std::fabs(m.coefficientOfDetermination - (1 - se / sd)) < 1e-12);
    }

    void binaryEvaluationCsv()
    {
        DataTable scored;
        QVERIFY(scored
                    .addColumn(Column::categorical(
                        u"income"_s, { u">50K"_s, u"<=50K"_s, u">50K"_s, u"<=50K"_s, QString(), u"<=50K"_s }))
                    .ok());
        QVERIFY(scored.addColumn(Column::numeric(scoredProbabilitiesColumn, { 0.9, 0.6, 0.4, 0.1, 0.5, 0.2 }))
                    .ok());
        EvaluateOptions options;
        options.labelColumn = u"income"_s;
        const auto result = evaluateModel(scored, options);
        QVERIFY2(result.ok(), qPrintable(result.error().text()));
        QCOMPARE(result->task, Task::BinaryClassification);
        QCOMPARE(result->rows, 5); // the row without a label is skipped
        QCOMPARE(result->binary.positiveLabel, u">50K"_s);
        QCOMPARE(result->binary.negativeLabel, u"<=50K"_s);

        const QByteArray csv = evaluationCsv(result.value());
        const QList<QByteArray> lines = csv.split('\n');
        QCOMPARE(lines.size(), 3); // header, values, final empty piece
        QCOMPARE(lines[0],
            QByteArray("True Positive,False Negative,False Positive,True Negative,Accuracy,Precision,"
                       "Recall,F1 Score,AUC,Average Log Loss,Threshold,Positive Label,Negative Label\r"));
        QVERIFY2(lines[1].startsWith("1,1,1,2,0.6,0.5,0.5,0.5,0.8333333333333334,"), lines[1].constData());
        QVERIFY(lines[1].endsWith(",0.5,>50K,<=50K\r"));

        const auto table = readCsv(csv);
        QVERIFY(table.ok());
        QCOMPARE(table->columnNames(), binaryEvaluationColumns());
        QCOMPARE(table->rowCount(), 1);
    }

    void regressionEvaluationCsv()
    {
        DataTable scored;
        QVERIFY(scored.addColumn(Column::numeric(u"price"_s, { 1, 2, 3, 4 })).ok());
        QVERIFY(scored.addColumn(Column::numeric(scoredLabelsColumn, { 1, 2, 3, 5 })).ok());
        const auto result = evaluateModel(scored, EvaluateOptions { u"price"_s, {}, {}, 0.5 });
        QVERIFY(result.ok());
        QCOMPARE(result->task, Task::Regression);
        const QByteArray csv = evaluationCsv(result.value());
        QVERIFY(csv.startsWith(
            "Mean Absolute Error,Root Mean Squared Error,Relative Absolute Error,"
            "Relative Squared Error,Coefficient of Determination\r\n0.25,0.5,0.25,0.2,0.8\r\n"));
        QCOMPARE(readCsv(csv)->columnNames(), regressionEvaluationColumns());
    }

    void evaluationErrors()
    {
        DataTable t;
        QVERIFY(t.addColumn(Column::numeric(u"y"_s, { 1, 0 })).ok());
        const auto noLabel = evaluateModel(t, EvaluateOptions { u"income"_s, {}, {}, 0.5 });
        QCOMPARE(noLabel.error().code, errc::NoLabelColumn);
        const auto noScore = evaluateModel(t, EvaluateOptions { u"y"_s, {}, {}, 0.5 });
        QCOMPARE(noScore.error().code, errc::NoScoreColumn);
        QCOMPARE(noScore.error().module, u"Evaluate Model"_s);
    }
};

QTEST_GUILESS_MAIN(TestStudioMetrics)
#include "tst_studiometrics.moc"
