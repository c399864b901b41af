// The recomputed metrics must match the service's own Evaluate Model output on the same rows:
// mlstudio-local's engine retrains on generated data (census two-class, housing regression;
// logistic/linear and boosted trees) and writes evaluation.csv and scored.csv exactly as the
// service does; the wizard's parsers and metrics read them back. Also champion vs challenger
// on the same rows (a model trained on the initial data scores the new model's test split).
// The engine is linked into this test only; app/core never depends on the sandbox.
#include "engine/csvwriter.h"
#include "engine/generators.h"
#include "engine/pipeline.h"
#include "eval/compare.h"
#include "eval/evaluationcsv.h"
#include "eval/metrics.h"
#include "eval/scoredcsv.h"
#include "eval/thresholdindex.h"

#include <QBuffer>
#include <QTest>

using namespace Qt::StringLiterals;
namespace studio = mlr::studio;
namespace eval = mlr::eval;

namespace {

std::optional<eval::ScoredRows> parseScored(
    QByteArray bytes, const QString &label, const QString &positive = {})
{
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    eval::ScoredCsvOptions o;
    o.labelColumn = label;
    o.positiveLabel = positive;
    mlr::Error error;
    auto rows = eval::parseScoredCsv(buffer, o, &error);
    if (!rows)
        qWarning("%s", qPrintable(error.message()));
    return rows;
}

} // namespace

class TestEvalEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesService_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<qint64>("rows");
        QTest::newRow("logistic regression")
            << int(studio::LearnerKind::TwoClassLogisticRegression) << qint64(6000);
        QTest::newRow("boosted trees (tied scores)")
            << int(studio::LearnerKind::TwoClassBoostedDecisionTree) << qint64(4000);
        QTest::newRow("linear regression") << int(studio::LearnerKind::LinearRegression) << qint64(4000);
        QTest::newRow("boosted tree regression")
            << int(studio::LearnerKind::BoostedDecisionTreeRegression) << qint64(3000);
    }

    void matchesService()
    {
        QFETCH(int, kind);
        QFETCH(qint64, rows);
        studio::RetrainSpec spec;
        spec.learner.kind = studio::LearnerKind(kind);
        spec.learner.trees.trees = 20;
        const bool regression = spec.learner.task() == studio::Task::Regression;
        spec.labelColumn = regression ? u"price"_s : u"income"_s;
        studio::GeneratorOptions options;
        options.rows = rows;
        options.seed = 11;
        const studio::DataTable data
            = regression ? studio::generateRegression(options) : studio::generateCensus(options);
        const auto result = studio::runRetraining(data, spec);
        QVERIFY2(result.ok(), qPrintable(result.error().text()));

        mlr::Error error;
        const auto service = eval::parseEvaluationCsv(result->evaluationCsv, &error);
        QVERIFY2(service, qPrintable(error.message()));
        QCOMPARE(service->task, regression ? eval::Task::Regression : eval::Task::Binary);
        // Without the positive label: inferred from the scores, must agree with the service.
        const auto scored = parseScored(result->scoredCsv, spec.labelColumn);
        QVERIFY(scored);
        QCOMPARE(scored->task, service->task);
        QCOMPARE(scored->rowCount(), qsizetype(result->testRows));
        if (!regression) {
            QCOMPARE(scored->classNames.value(1), service->positiveLabel);
            QCOMPARE(scored->classNames.value(0), service->negativeLabel);
        }
        const auto metrics = eval::computeMetrics(*scored);
        const QStringList mismatches = eval::serviceMismatches(*service, metrics, 1e-9);
        QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join(u"; "_s)));
        // Every recomputed metric was checked (the service reports them all).
        for (const auto &m : metrics)
            QVERIFY2(service->metric(m.first).has_value(), qPrintable(m.first));
        if (!regression) {
            const eval::Confusion c = eval::ThresholdIndex(*scored).at(*service->metric(u"Threshold"_s));
            QCOMPARE(double(c.truePositive), *service->metric(u"True Positive"_s));
            QCOMPARE(double(c.falseNegative), *service->metric(u"False Negative"_s));
            QCOMPARE(double(c.falsePositive), *service->metric(u"False Positive"_s));
            QCOMPARE(double(c.trueNegative), *service->metric(u"True Negative"_s));
        }
    }

    void championOnTheSameRows()
    {
        // Challenger: retrained on drifted ("new") data. Champion: trained on the initial data,
        // scoring the challenger's test split. Both evaluated on exactly those rows.
        studio::RetrainSpec spec;
        spec.labelColumn = u"income"_s;
        studio::GeneratorOptions fresh;
        fresh.rows = 8000;
        fresh.seed = 5;
        fresh.variant = studio::DataVariant::New;
        const auto challenger = studio::runRetraining(studio::generateCensus(fresh), spec);
        QVERIFY(challenger.ok());
        studio::GeneratorOptions initial = fresh;
        initial.variant = studio::DataVariant::Initial;
        initial.seed = 6;
        const auto champion = studio::runRetraining(studio::generateCensus(initial), spec);
        QVERIFY(champion.ok());

        const auto challengerRows = parseScored(challenger->scoredCsv, u"income"_s);
        QVERIFY(challengerRows);
        // The champion scores the challenger's scored test split (its score columns replaced).
        QByteArray testSplit = challenger->scoredCsv;
        QBuffer buffer(&testSplit);
        buffer.open(QIODevice::ReadOnly);
        const auto table = studio::readCsv(buffer, studio::scoringReadOptions(champion->model));
        QVERIFY(table.ok());
        const auto rescored = studio::scoreWithModel(champion->ilearner, table.value());
        QVERIFY2(rescored.ok(), qPrintable(rescored.error().text()));
        const auto championRows = parseScored(
            studio::writeCsv(rescored->scored), u"income"_s, challenger->evaluation.binary.positiveLabel);
        QVERIFY(championRows);
        QCOMPARE(championRows->rowCount(), challengerRows->rowCount());
        QCOMPARE(championRows->labels, challengerRows->labels);

        const auto service = eval::parseEvaluationCsv(challenger->evaluationCsv, nullptr);
        const eval::Comparison c = eval::compare(*challengerRows, *championRows, *service);
        QCOMPARE(c.metrics.size(), 6);
        const eval::MetricRow &auc = c.metrics[4];
        QCOMPARE(auc.metric, u"AUC"_s);
        QVERIFY(qAbs(auc.challenger - challenger->evaluation.binary.auc) < 1e-12);
        // The retrained model is better on drifted data (README: about 0.81 -> 0.85).
        QVERIFY2(auc.delta > 0.01, qPrintable(u"%1 vs %2"_s.arg(auc.challenger).arg(auc.champion)));
    }
};

QTEST_GUILESS_MAIN(TestEvalEngine)
#include "tst_evalengine.moc"
