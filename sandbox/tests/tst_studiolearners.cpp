// The feature encoding, Train Model with the four learners, and Score Model.

#include "engine/evaluate.h"
#include "engine/generators.h"
#include "engine/model.h"

#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace mlr::studio;

namespace {

double coefficient(const TrainedModel &m, const QString &name)
{
    for (const auto &c : m.rawCoefficients()) {
        if (c.name == name)
            return c.value;
    }
    return std::nan("");
}

// Splits rows [0, n) into the first `train` rows and the rest.
std::pair<DataTable, DataTable> headTail(const DataTable &t, qsizetype train)
{
    std::vector<qsizetype> a, b;
    for (qsizetype r = 0; r < t.rowCount(); ++r)
        (r < train ? a : b).push_back(r);
    return { t.takeRows(a), t.takeRows(b) };
}

double testAuc(const TrainedModel &m, const DataTable &test)
{
    const auto scored = scoreModel(m, test);
    if (!scored)
        return std::nan("");
    return evaluateModel(
        scored->table, EvaluateOptions { m.labelColumn, m.positiveLabel, m.negativeLabel, 0.5 })
        ->binary.auc;
}

double testR2(const TrainedModel &m, const DataTable &test)
{
    const auto scored = scoreModel(m, test);
    return evaluateModel(scored->table, EvaluateOptions { m.labelColumn, {}, {}, 0.5 })
        ->regression.coefficientOfDetermination;
}

LearnerSpec learner(LearnerKind kind)
{
    LearnerSpec s;
    s.kind = kind;
    return s;
}

} // namespace

class TestStudioLearners : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encoding()
    {
        const double nan = std::nan("");
        DataTable t;
        QVERIFY(t.addColumn(Column::numeric(u"n"_s, { 1, 3, nan, 5 })).ok());
        QVERIFY(t.addColumn(Column::categorical(u"c"_s, { u"b"_s, u"a"_s, QString(), u"b"_s })).ok());
        const auto enc = FeatureEncoding::fit(t, { u"n"_s, u"c"_s });
        QVERIFY(enc.ok());
        QCOMPARE(enc->width, 4); // n, c=a, c=b, c=(missing)
        const FeatureSpec &n = enc->features[0];
        QCOMPARE(n.mean, 3.0);
        QVERIFY(std::fabs(n.stdDev - std::sqrt(8.0 / 3.0)) < 1e-12);
        QCOMPARE(enc->features[1].levels, (QStringList { u"a"_s, u"b"_s }));
        QCOMPARE(enc->indexName(2), u"c=b"_s);
        QCOMPARE(enc->indexName(3), u"c=(missing)"_s);

        DataTable scoring;
        QVERIFY(scoring.addColumn(Column::categorical(u"c"_s, { u"a"_s, u"zzz"_s, QString() })).ok());
        QVERIFY(scoring.addColumn(Column::categorical(u"n"_s, { u"6"_s, u"x"_s, QString() }))
                    .ok()); // text column
        const auto bound = BoundEncoding::bind(enc.value(), scoring);
        QVERIFY(bound.ok());
        EncodeStats stats;
        QStringList rows;
        for (qsizetype r = 0; r < 3; ++r) {
            QStringList entries;
            bound->encodeRow(
                r,
                [&entries](qint32 i, double v) {
                    entries.append(QString::number(i) + u':' + QString::number(v, 'g', 4));
                },
                stats);
            rows.append(entries.join(u' '));
        }
        // 6 -> (6 - 3) / 1.633; unknown "zzz" -> no entry; text "x" and missing -> the mean (0).
        QCOMPARE(rows, (QStringList { u"0:1.837 1:1"_s, u"0:0"_s, u"0:0 3:1"_s }));
        QCOMPARE(stats.unknownLevels, 1);
        QCOMPARE(stats.categoricalMissing, 1);
        QCOMPARE(stats.numericMissing, 2);
        QCOMPARE(stats.invalidNumbers, 1);

        DataTable missingColumn;
        QVERIFY(missingColumn.addColumn(Column::numeric(u"n"_s, { 1 })).ok());
        const auto unbound = BoundEncoding::bind(enc.value(), missingColumn);
        QVERIFY(!unbound.ok());
        QCOMPARE(unbound.error().code, errc::ColumnNotFound);
        QCOMPARE(unbound.error().column, u"c"_s);
    }

    void positiveLabel_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<QString>("positive");
        QTest::newRow("census") << u"<=50K"_s << u">50K"_s << u">50K"_s;
        QTest::newRow("census reversed") << u">50K"_s << u"<=50K"_s << u">50K"_s;
        QTest::newRow("0/1") << u"1"_s << u"0"_s << u"1"_s;
        QTest::newRow("bool") << u"False"_s << u"True"_s << u"True"_s;
        QTest::newRow("yes/no") << u"yes"_s << u"no"_s << u"yes"_s;
        QTest::newRow("Y/N") << u"N"_s << u"Y"_s << u"Y"_s;
        QTest::newRow("lexicographic") << u"cat"_s << u"dog"_s << u"dog"_s;
        QTest::newRow("-1/1") << u"-1"_s << u"1"_s << u"1"_s;
    }

    void positiveLabel()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(QString, positive);
        QCOMPARE(choosePositiveLabel(a, b), positive);
        QCOMPARE(choosePositiveLabel(b, a), positive);
    }

    void logisticRecoversCoefficients()
    {
        const std::vector<double> weights { 1.5, -2.0, 0.5, 0.0 };
        const DataTable t = generateLogistic(40000, 11, weights, -0.5);
        LearnerSpec spec = learner(LearnerKind::TwoClassLogisticRegression);
        const auto model = trainModel(t, u"y"_s, spec);
        QVERIFY2(model.ok(), qPrintable(model.error().text()));
        QCOMPARE(model->positiveLabel, u"1"_s);
        QCOMPARE(model->negativeLabel, u"0"_s);
        QCOMPARE(model->trainingRows, 40000);
        QVERIFY(std::fabs(coefficient(model.value(), u"(intercept)"_s) - (-0.5)) < 0.06);
        for (size_t j = 0; j < weights.size(); ++j) {
            const double w = coefficient(model.value(), u"x"_s + QString::number(j + 1));
            QVERIFY2(std::fabs(w - weights[j]) < 0.08, qPrintable(u"x%1 = %2"_s.arg(j + 1).arg(w)));
        }
        // Numeric labels give numeric Scored Labels.
        const auto scored = scoreModel(model.value(), t);
        QVERIFY(scored.ok());
        const Column *labels = scored->table.find(scoredLabelsColumn);
        const Column *p = scored->table.find(scoredProbabilitiesColumn);
        QVERIFY(labels && labels->isNumeric() && p && p->isNumeric());
        for (qsizetype r = 0; r < 100; ++r) {
            QVERIFY(p->numbers[size_t(r)] >= 0 && p->numbers[size_t(r)] <= 1);
            QCOMPARE(labels->numbers[size_t(r)], p->numbers[size_t(r)] >= 0.5 ? 1.0 : 0.0);
        }
    }

    void linearRegressionRecoversCoefficients()
    {
        GeneratorOptions options;
        options.rows = 20000;
        options.seed = 5;
        options.missingScale = 0;
        const DataTable t = generateRegression(options);
        const RegressionTruth truth = regressionTruth(DataVariant::Initial);
        const auto model = trainModel(t, u"price"_s, learner(LearnerKind::LinearRegression));
        QVERIFY2(model.ok(), qPrintable(model.error().text()));
        const TrainedModel &m = model.value();
        QVERIFY(std::fabs(coefficient(m, u"floor-area"_s) - truth.area) < 0.03);
        QVERIFY(std::fabs(coefficient(m, u"rooms"_s) - truth.rooms) < 0.6);
        QVERIFY(std::fabs(coefficient(m, u"building-age"_s) - truth.age) < 0.02);
        QVERIFY(std::fabs(coefficient(m, u"distance-to-centre"_s) - truth.distance) < 0.05);
        const double hood
            = coefficient(m, u"neighbourhood=Riverside"_s) - coefficient(m, u"neighbourhood=Suburbs"_s);
        QVERIFY2(std::fabs(hood - (truth.neighbourhood[0] - truth.neighbourhood[4])) < 1.5,
            qPrintable(QString::number(hood)));
        const double garden = coefficient(m, u"has-garden=yes"_s) - coefficient(m, u"has-garden=no"_s);
        QVERIFY(std::fabs(garden - truth.garden) < 1.0);

        // Without L2 the one-hot columns are collinear with the intercept: still solved.
        LearnerSpec plain = learner(LearnerKind::LinearRegression);
        plain.linear.l2Weight = 0;
        const auto ols = trainModel(t, u"price"_s, plain);
        QVERIFY(ols.ok());
        QVERIFY(std::fabs(coefficient(ols.value(), u"floor-area"_s) - truth.area) < 0.03);
    }

    void boostedTreesBeatBaselines()
    {
        const auto [train, test] = headTail(generateNonlinear(6000, 3, true), 4000);
        const auto trees = trainModel(train, u"y"_s, learner(LearnerKind::TwoClassBoostedDecisionTree));
        const auto linear = trainModel(train, u"y"_s, learner(LearnerKind::TwoClassLogisticRegression));
        QVERIFY2(trees.ok(), qPrintable(trees.error().text()));
        QVERIFY(linear.ok());
        const double treesAuc = testAuc(trees.value(), test);
        const double linearAuc = testAuc(linear.value(), test);
        QVERIFY2(treesAuc > 0.85 && linearAuc < 0.6,
            qPrintable(u"trees %1, logistic %2"_s.arg(treesAuc).arg(linearAuc)));

        const auto [rtrain, rtest] = headTail(generateNonlinear(6000, 4, false), 4000);
        const auto rtrees = trainModel(rtrain, u"y"_s, learner(LearnerKind::BoostedDecisionTreeRegression));
        const auto rlinear = trainModel(rtrain, u"y"_s, learner(LearnerKind::LinearRegression));
        QVERIFY(rtrees.ok() && rlinear.ok());
        const double treesR2 = testR2(rtrees.value(), rtest);
        const double linearR2 = testR2(rlinear.value(), rtest);
        QVERIFY2(treesR2 > 0.85 && linearR2 < 0.6,
            qPrintable(u"trees %1, linear %2"_s.arg(treesR2).arg(linearR2)));
    }

    void boostedTreesAreDeterministic()
    {
        const DataTable t = generateNonlinear(1000, 9, true);
        LearnerSpec spec = learner(LearnerKind::TwoClassBoostedDecisionTree);
        spec.trees.trees = 20;
        const auto a = trainModel(t, u"y"_s, spec);
        const auto b = trainModel(t, u"y"_s, spec);
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(predict(a.value(), t).value(), predict(b.value(), t).value());
    }

    void stringLabelsAndUnknownLevels()
    {
        GeneratorOptions options;
        options.rows = 3000;
        const DataTable t = generateCensus(options);
        LearnerSpec spec = learner(LearnerKind::TwoClassLogisticRegression);
        const auto model = trainModel(t, u"income"_s, spec);
        QVERIFY2(model.ok(), qPrintable(model.error().text()));
        QCOMPARE(model->positiveLabel, u">50K"_s);
        QCOMPARE(model->negativeLabel, u"<=50K"_s);
        QVERIFY(model->trainingStats.categoricalMissing > 0); // census has empty workclass cells

        DataTable odd = t.takeRows(std::vector<qsizetype> { 0, 1 });
        Column &workclass = odd.column(odd.indexOf(u"workclass"_s));
        workclass.levels.append(u"Space-agency"_s);
        workclass.codes[0] = qint32(workclass.levels.size() - 1);
        const auto scored = scoreModel(model.value(), odd);
        QVERIFY(scored.ok());
        QCOMPARE(scored->stats.unknownLevels, 1);
        const Column *labels = scored->table.find(scoredLabelsColumn);
        QVERIFY(labels && !labels->isNumeric());
        QVERIFY(labels->text(0) == u">50K"_s || labels->text(0) == u"<=50K"_s);
        QCOMPARE(scored->table.columnCount(), t.columnCount() + 2);

        spec.logistic.allowUnknownLevels = false;
        const auto strict = trainModel(t, u"income"_s, spec);
        const auto refused = scoreModel(strict.value(), odd);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, errc::InvalidDataset);

        DataTable lacking = odd;
        lacking.removeColumn(lacking.indexOf(u"age"_s));
        const auto missing = scoreModel(model.value(), lacking);
        QCOMPARE(missing.error().code, errc::ColumnNotFound);
        QCOMPARE(missing.error().column, u"age"_s);
    }

    void trainErrors_data()
    {
        QTest::addColumn<QStringList>("labels");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("labelColumn");
        QTest::addColumn<int>("code");
        QTest::newRow("three classes")
            << QStringList { u"a"_s, u"b"_s, u"c"_s, u"a"_s } << int(LearnerKind::TwoClassLogisticRegression)
            << u"label"_s << errc::UnsupportedTarget;
        QTest::newRow("one class") << QStringList { u"a"_s, u"a"_s, QString(), u"a"_s }
                                   << int(LearnerKind::TwoClassBoostedDecisionTree) << u"label"_s
                                   << errc::UnsupportedTarget;
        QTest::newRow("text target for regression")
            << QStringList { u"1"_s, u"x"_s, u"2"_s, u"3"_s } << int(LearnerKind::LinearRegression)
            << u"label"_s << errc::UnsupportedTarget;
        QTest::newRow("no labels at all")
            << QStringList { QString(), QString(), QString(), QString() }
            << int(LearnerKind::TwoClassLogisticRegression) << u"label"_s << errc::TooFewRows;
        QTest::newRow("unknown label column")
            << QStringList { u"a"_s, u"b"_s, u"a"_s, u"b"_s } << int(LearnerKind::TwoClassLogisticRegression)
            << u"nope"_s << errc::ColumnNotFound;
        QTest::newRow("no label column")
            << QStringList { u"a"_s, u"b"_s, u"a"_s, u"b"_s } << int(LearnerKind::TwoClassLogisticRegression)
            << QString() << errc::NoLabelColumn;
    }

    void trainErrors()
    {
        QFETCH(QStringList, labels);
        QFETCH(int, kind);
        QFETCH(QString, labelColumn);
        QFETCH(int, code);
        DataTable t;
        QVERIFY(t.addColumn(Column::numeric(u"x"_s, { 1, 2, 3, 4 })).ok());
        QVERIFY(t.addColumn(Column::categorical(u"label"_s, labels)).ok());
        const auto model = trainModel(t, labelColumn, learner(LearnerKind(kind)));
        QVERIFY(!model.ok());
        QCOMPARE(model.error().code, code);
        QVERIFY(!model.error().module.isEmpty());

        DataTable onlyLabel;
        QVERIFY(onlyLabel.addColumn(Column::categorical(u"label"_s, { u"a"_s, u"b"_s })).ok());
        QCOMPARE(
            trainModel(onlyLabel, u"label"_s, learner(LearnerKind::TwoClassLogisticRegression)).error().code,
            errc::TooFewColumns);
    }

    void cancellation()
    {
        const DataTable t = generateNonlinear(500, 1, true);
        TrainOptions options;
        options.cancelled = [] {
            return true;
        };
        const auto model = trainModel(t, u"y"_s, learner(LearnerKind::TwoClassBoostedDecisionTree), options);
        QVERIFY(!model.ok());
        QCOMPARE(model.error().code, errc::OperationFailed);
        QVERIFY(model.error().message.contains(u"cancelled"_s));
    }
};

QTEST_GUILESS_MAIN(TestStudioLearners)
#include "tst_studiolearners.moc"
