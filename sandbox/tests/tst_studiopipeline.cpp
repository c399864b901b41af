// The generators (determinism, shape, drift) and the retraining / scoring entry points.

#include "engine/csvwriter.h"
#include "engine/generators.h"
#include "engine/ilearner.h"
#include "engine/pipeline.h"

#include <QBuffer>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace mlr::studio;

namespace {

GeneratorOptions census(qint64 rows, quint64 seed, DataVariant variant = DataVariant::Initial)
{
    GeneratorOptions o;
    o.rows = rows;
    o.seed = seed;
    o.variant = variant;
    return o;
}

QByteArray censusCsv(const GeneratorOptions &o)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    writeCensusCsv(o, buffer);
    return buffer.data();
}

double positiveRate(const DataTable &t)
{
    const Column &income = *t.find(u"income"_s);
    qsizetype positive = 0;
    for (qsizetype r = 0; r < t.rowCount(); ++r)
        positive += income.text(r) == u">50K"_s ? 1 : 0;
    return double(positive) / double(t.rowCount());
}

double aucOn(const TrainedModel &m, const DataTable &test)
{
    const auto scored = scoreModel(m, test);
    return evaluateModel(
        scored->table, EvaluateOptions { m.labelColumn, m.positiveLabel, m.negativeLabel, 0.5 })
        ->binary.auc;
}

} // namespace

class TestStudioPipeline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void censusShape()
    {
        const DataTable t = generateCensus(census(20000, 1));
        QCOMPARE(t.columnNames().join(u','),
            u"age,workclass,fnlwgt,education,education-num,marital-status,occupation,relationship,race,sex,"
            u"capital-gain,capital-loss,hours-per-week,native-country,income"_s);
        const double rate = positiveRate(t);
        QVERIFY2(rate > 0.22 && rate < 0.26, qPrintable(QString::number(rate)));
        QVERIFY(t.find(u"workclass"_s)->missingCount() > 500);
        QVERIFY(t.find(u"native-country"_s)->missingCount() > 100);
        QCOMPARE(t.find(u"age"_s)->type, ValueType::Integer);
        const double newRate = positiveRate(generateCensus(census(20000, 1, DataVariant::New)));
        QVERIFY2(newRate > 0.27 && newRate < 0.33, qPrintable(QString::number(newRate)));
        // education-num follows education.
        const Column &edu = *t.find(u"education"_s);
        const Column &num = *t.find(u"education-num"_s);
        for (qsizetype r = 0; r < 200; ++r) {
            if (edu.text(r) == u"Bachelors"_s)
                QCOMPARE(num.numbers[size_t(r)], 13.0);
        }
    }

    void generatorsAreDeterministic()
    {
        const QByteArray a = censusCsv(census(3000, 42));
        QCOMPARE(censusCsv(census(3000, 42)), a);
        QVERIFY(censusCsv(census(3000, 43)) != a);
        QVERIFY(censusCsv(census(3000, 42, DataVariant::New)) != a);
        QVERIFY(a.startsWith("age,workclass,fnlwgt,education,"));
        // Streaming in blocks gives the bytes of the whole table.
        const GeneratorOptions big = census(70000, 5);
        QCOMPARE(censusCsv(big), writeCsv(generateCensus(big)));

        GeneratorOptions housing;
        housing.rows = 2000;
        QBuffer one, two;
        one.open(QIODevice::WriteOnly);
        two.open(QIODevice::WriteOnly);
        QVERIFY(writeRegressionCsv(housing, one) && writeRegressionCsv(housing, two));
        QCOMPARE(one.data(), two.data());
        QVERIFY(one.data().startsWith(
            "floor-area,rooms,building-age,distance-to-centre,neighbourhood,has-garden,price\r\n"));
    }

    void driftIsMeasurable()
    {
        RetrainSpec spec;
        spec.labelColumn = u"income"_s;
        const DataTable initial = generateCensus(census(15000, 10));
        const DataTable fresh = generateCensus(census(15000, 11, DataVariant::New));
        const DataTable freshTest = generateCensus(census(10000, 12, DataVariant::New));
        const auto oldModel = trainModel(initial, u"income"_s, spec.learner);
        const auto newModel = trainModel(fresh, u"income"_s, spec.learner);
        QVERIFY(oldModel.ok() && newModel.ok());
        const double oldAuc = aucOn(oldModel.value(), freshTest);
        const double newAuc = aucOn(newModel.value(), freshTest);
        QVERIFY2(newAuc - oldAuc > 0.01, qPrintable(u"old %1, new %2"_s.arg(oldAuc).arg(newAuc)));
        QVERIFY(oldAuc > 0.8);
    }

    void retrainsCensus()
    {
        RetrainSpec spec;
        spec.labelColumn = u"income"_s;
        const DataTable data = generateCensus(census(8000, 3));
        const auto result = runRetraining(data, spec);
        QVERIFY2(result.ok(), qPrintable(result.error().text()));
        const RetrainResult &r = result.value();
        QCOMPARE(r.trainRows + r.testRows, 8000);
        QCOMPARE(r.testRows, 2000);
        QVERIFY(r.missingValuesReplaced > 500); // workclass, occupation, native-country, age, hours
        QCOMPARE(r.cleaningTransformation.size(), 5);
        QVERIFY(r.evaluation.binary.auc > 0.85);
        QCOMPARE(r.evaluation.binary.positiveLabel, u">50K"_s);

        QVERIFY(looksLikeIlearner(r.ilearner));
        QVERIFY(r.evaluationCsv.startsWith(
            "True Positive,False Negative,False Positive,True Negative,Accuracy,"));
        const auto scored = readCsv(r.scoredCsv);
        QVERIFY(scored.ok());
        QCOMPARE(scored->rowCount(), 2000);
        const QStringList expectedColumns
            = data.columnNames() + QStringList { u"Scored Labels"_s, u"Scored Probabilities"_s };
        QCOMPARE(scored->columnNames(), expectedColumns);

        // The predictive side: score the test split with the saved model; same probabilities.
        const auto input = readCsv(r.scoredCsv, scoringReadOptions(r.model));
        QVERIFY(input.ok());
        const auto rescored = scoreWithModel(r.ilearner, input.value());
        QVERIFY2(rescored.ok(), qPrintable(rescored.error().text()));
        const Column &p1 = *scored->find(u"Scored Probabilities"_s);
        const Column &p2 = *rescored->scored.find(u"Scored Probabilities"_s);
        for (qsizetype i = 0; i < 2000; ++i)
            QCOMPARE(p2.numbers[size_t(i)], p1.numbers[size_t(i)]);
        QCOMPARE(rescored->scored.columnCount(), input->columnCount()); // score columns replaced, not doubled
    }

    void retrainsWithEveryLearner_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QByteArray>("header");
        QTest::newRow("boosted tree")
            << int(LearnerKind::TwoClassBoostedDecisionTree) << QByteArray("True Positive,");
        QTest::newRow("linear regression")
            << int(LearnerKind::LinearRegression)
            << QByteArray("Mean Absolute Error,Root Mean Squared Error,Relative Absolute "
                          "Error,Relative Squared Error,Coefficient of Determination\r\n");
        QTest::newRow("boosted tree regression")
            << int(LearnerKind::BoostedDecisionTreeRegression) << QByteArray("Mean Absolute Error,");
    }

    void retrainsWithEveryLearner()
    {
        QFETCH(int, kind);
        QFETCH(QByteArray, header);
        RetrainSpec spec;
        spec.learner.kind = LearnerKind(kind);
        spec.learner.trees.trees = 30;
        const bool regression = spec.learner.task() == Task::Regression;
        spec.labelColumn = regression ? u"price"_s : u"income"_s;
        GeneratorOptions options;
        options.rows = 4000;
        const DataTable data = regression ? generateRegression(options) : generateCensus(options);
        const auto result = runRetraining(data, spec);
        QVERIFY2(result.ok(), qPrintable(result.error().text()));
        QVERIFY(result->evaluationCsv.startsWith(header));
        if (regression) {
            QVERIFY(result->evaluation.regression.coefficientOfDetermination > 0.8);
            QVERIFY(result->scoredCsv.split('\n').first().endsWith(",price,Scored Labels\r"));
        } else {
            QVERIFY2(result->evaluation.binary.auc > 0.8,
                qPrintable(QString::number(result->evaluation.binary.auc)));
        }
        QVERIFY(loadIlearner(result->ilearner).ok());
    }

    void retrainErrors()
    {
        const DataTable data = generateCensus(census(200, 1));
        RetrainSpec spec;
        spec.labelColumn = u"salary"_s;
        auto result = runRetraining(data, spec);
        QCOMPARE(result.error().code, errc::NoLabelColumn);

        spec.labelColumn = u"income"_s;
        spec.split.fraction = 1.0;
        result = runRetraining(data, spec);
        QCOMPARE(result.error().code, errc::TooFewRows);
        QCOMPARE(result.error().module, u"Split Data"_s);

        spec.split = RetrainSpec::defaultSplit();
        spec.cancelled = [] {
            return true;
        };
        result = runRetraining(data, spec);
        QCOMPARE(result.error().code, errc::OperationFailed);

        const auto scored = scoreWithModel(QByteArray("age,income\n"), data);
        QCOMPARE(scored.error().code, errc::ModelNotDeserialized);
        QCOMPARE(scored.error().module, u"Score Model"_s);
    }
};

QTEST_GUILESS_MAIN(TestStudioPipeline)
#include "tst_studiopipeline.moc"
