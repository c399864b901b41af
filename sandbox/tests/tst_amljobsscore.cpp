// mlstudio-amljobs: online scoring requests (every shape, the errors, speed) and the MLflow
// answers (runs/get, get-history paging, experiments/get-by-name, errors).

#include "azureml/jobs/mlflow.h"
#include "azureml/jobs/scoring.h"
#include "engine/generators.h"
#include "engine/ilearner.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mlr::aml;
using namespace mlr::studio;

namespace {

TrainedModel trainTwoClass()
{
    GeneratorOptions o;
    o.rows = 1500;
    const DataTable t = generateCensus(o);
    return trainModel(t, u"income"_s, LearnerSpec {}).value();
}

TrainedModel trainRegression()
{
    GeneratorOptions o;
    o.rows = 800;
    LearnerSpec spec;
    spec.kind = LearnerKind::LinearRegression;
    return trainModel(generateRegression(o), u"price"_s, spec).value();
}

const QString record
    = uR"({"age":39,"workclass":"State-gov","fnlwgt":77516,"education":"Bachelors","education-num":13,
  "marital-status":"Never-married","occupation":"Adm-clerical","relationship":"Not-in-family","race":"White",
  "sex":"Male","capital-gain":2174,"capital-loss":0,"hours-per-week":40,"native-country":"United-States"})"_s;

QJsonArray answer(const std::variant<QByteArray, ScoreError> &r)
{
    if (const auto *e = std::get_if<ScoreError>(&r))
        qWarning("score error: %s", qPrintable(e->message));
    return std::holds_alternative<QByteArray>(r) ? QJsonDocument::fromJson(std::get<QByteArray>(r)).array()
                                                 : QJsonArray {};
}

} // namespace

class TestAmlJobsScore : public QObject
{
    Q_OBJECT

    TrainedModel twoClass = trainTwoClass();

private Q_SLOTS:
    void requestShapes()
    {
        const QJsonObject rec = QJsonDocument::fromJson(record.toUtf8()).object();
        QJsonArray columns, row;
        for (const QString &c : twoClass.featureColumns()) {
            columns.append(c);
            row.append(rec.value(c));
        }
        const QByteArray split
            = QJsonDocument(QJsonObject { { u"input_data"_s,
                                QJsonObject { { u"columns"_s, columns }, { u"index"_s, QJsonArray { 0, 1 } },
                                    { u"data"_s, QJsonArray { row, row } } } } })
                  .toJson();
        const QByteArray records = (u"{\"input_data\":["_s + record + u","_s + record + u"]}"_s).toUtf8();
        const QByteArray data = (u"{\"data\":["_s + record + u","_s + record + u"]}"_s).toUtf8();
        const QByteArray positional
            = QJsonDocument(QJsonObject { { u"data"_s, QJsonArray { row, row } } }).toJson();
        const QJsonArray expected = answer(scoreRequest(twoClass, split));
        QCOMPARE(expected.size(), 2);
        const QJsonObject first = expected.at(0).toObject();
        QVERIFY(first.value(u"Scored Labels"_s).isString());
        QVERIFY(first.value(u"Scored Labels"_s).toString().contains(u"50K"_s));
        const double p = first.value(u"Scored Probabilities"_s).toDouble(-1);
        QVERIFY(p >= 0 && p <= 1);
        QCOMPARE(answer(scoreRequest(twoClass, records)), expected);
        QCOMPARE(answer(scoreRequest(twoClass, data)), expected);
        QCOMPARE(answer(scoreRequest(twoClass, positional)), expected);
        // The same as Score Model on a table, through the .ilearner overload.
        QCOMPARE(answer(scoreRequest(saveIlearner(twoClass), records)), expected);
        // Numbers as text, null as missing, extra columns ignored.
        QString loose = record;
        loose.replace(u"\"age\":39"_s, u"\"age\":\"39\",\"extra\":[1]"_s)
            .replace(u"\"occupation\":\"Adm-clerical\""_s, u"\"occupation\":null"_s);
        QCOMPARE(answer(scoreRequest(twoClass, (u"{\"data\":["_s + loose + u"]}"_s).toUtf8())).size(), 1);
        QCOMPARE(answer(scoreRequest(twoClass, "{\"data\":[]}")), QJsonArray {});
    }

    void regressionAnswersNumbers()
    {
        const TrainedModel m = trainRegression();
        GeneratorOptions o;
        o.rows = 3;
        const DataTable t = generateRegression(o);
        QJsonArray rows;
        for (qsizetype r = 0; r < t.rowCount(); ++r) {
            QJsonObject rec;
            for (const Column &c : t.columns())
                rec.insert(c.name, c.isNumeric() ? QJsonValue(c.numbers[size_t(r)]) : QJsonValue(c.text(r)));
            rows.append(rec);
        }
        const QJsonArray a
            = answer(scoreRequest(m, QJsonDocument(QJsonObject { { u"data"_s, rows } }).toJson()));
        QCOMPARE(a.size(), 3);
        const auto expected = predict(m, t).value();
        for (qsizetype r = 0; r < 3; ++r) {
            QCOMPARE(a.at(r).toObject().keys(), QStringList { u"Scored Labels"_s });
            QCOMPARE(a.at(r)[u"Scored Labels"_s].toDouble(), expected[size_t(r)]);
        }
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        QString noAge = record;
        noAge.replace(u"\"age\":39,"_s, QString());
        QString textAge = record;
        textAge.replace(u"\"age\":39"_s, u"\"age\":\"old\""_s);
        QString halfAge = record;
        halfAge.replace(u"\"age\":39"_s, u"\"age\":39.5"_s);
        QString objectCell = record;
        objectCell.replace(u"\"sex\":\"Male\""_s, u"\"sex\":{\"a\":1}"_s);
        QTest::newRow("not json") << QByteArray("{\"data\":[") << 400 << u"MalformedRequest"_s
                                  << u"not JSON"_s;
        QTest::newRow("array body") << QByteArray("[1,2]") << 400 << u"MalformedRequest"_s
                                    << u"JSON object"_s;
        QTest::newRow("no data") << QByteArray("{\"rows\":[]}") << 400 << u"MalformedRequest"_s
                                 << u"input_data"_s;
        QTest::newRow("split without data") << QByteArray("{\"input_data\":{\"columns\":[\"age\"]}}") << 400
                                            << u"MalformedRequest"_s << u"split orientation"_s;
        QTest::newRow("split missing column")
            << QByteArray("{\"input_data\":{\"columns\":[\"age\"],\"data\":[[1]]}}") << 400
            << u"MissingColumn"_s << u"\"workclass\""_s;
        QTest::newRow("missing feature")
            << (u"{\"data\":["_s + noAge + u"]}"_s).toUtf8() << 400 << u"MissingColumn"_s
            << u"Row 0 has no value for the feature column \"age\""_s;
        QTest::newRow("wrong type") << (u"{\"input_data\":["_s + record + u","_s + textAge + u"]}"_s).toUtf8()
                                    << 400 << u"InvalidValue"_s
                                    << u"Row 1, column \"age\": \"old\" is not a number"_s;
        QTest::newRow("not integral") << (u"{\"data\":["_s + halfAge + u"]}"_s).toUtf8() << 400
                                      << u"InvalidValue"_s << u"39.5 is not an integer"_s;
        QTest::newRow("object cell") << (u"{\"data\":["_s + objectCell + u"]}"_s).toUtf8() << 400
                                     << u"InvalidValue"_s << u"column \"sex\""_s;
        QTest::newRow("short positional row")
            << QByteArray("{\"data\":[[1,2,3]]}") << 400 << u"MalformedRequest"_s << u"has 3 values"_s;
        QTest::newRow("scalar row") << QByteArray("{\"input_data\":[5]}") << 400 << u"MalformedRequest"_s
                                    << u"must be an object"_s;
    }
    void errors()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, message);
        const auto r = scoreRequest(twoClass, body);
        QVERIFY(std::holds_alternative<ScoreError>(r));
        const ScoreError &e = std::get<ScoreError>(r);
        QVERIFY2(e.message.contains(message), qPrintable(e.message));
        QCOMPARE(e.status, status);
        QCOMPARE(e.code, code);
        QCOMPARE(e.toJson()[u"error"_s][u"code"_s].toString(), code);
    }

    void badModel()
    {
        const auto r = scoreRequest(QByteArray("not a model"), "{\"data\":[]}");
        QVERIFY(std::holds_alternative<ScoreError>(r));
        QCOMPARE(std::get<ScoreError>(r).status, 424);
        QVERIFY(std::get<ScoreError>(r).message.startsWith(u"Error 0082"_s));
    }

    void thousandRequestsAreQuick()
    {
        const QByteArray body = (u"{\"data\":["_s + record + u"]}"_s).toUtf8();
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < 1000; ++i)
            QVERIFY(std::holds_alternative<QByteArray>(scoreRequest(twoClass, body)));
        QVERIFY2(t.elapsed() < 5000, qPrintable(QString::number(t.elapsed())));
    }

    void mlflowRun()
    {
        RunRecord r;
        r.jobName = u"job-1"_s;
        r.experimentName = u"wizard-retrain"_s;
        r.experimentId
            = experimentId(u"/subscriptions/s/resourceGroups/rg/workspaces/ws"_s, r.experimentName);
        r.status = u"Completed"_s;
        r.startMs = 1700000000000;
        r.endMs = 1700000060000;
        r.logMetrics({ { u"AUC"_s, 0.8 }, { u"Accuracy"_s, 0.7 } }, 1700000050000);
        r.metrics[u"AUC"_s].append({ 0.85, 1700000055000, 1 });
        r.params = { { u"learner"_s, u"two_class_logistic_regression"_s } };
        r.artifactUri = u"azureml://datastores/workspaceartifactstore/ExperimentRun/dcid.job-1"_s;
        const QJsonObject run = runsGet(r).value(u"run"_s).toObject();
        const QJsonObject info = run.value(u"info"_s).toObject();
        QCOMPARE(info.value(u"run_id"_s).toString(), u"job-1"_s);
        QCOMPARE(info.value(u"run_uuid"_s).toString(), u"job-1"_s);
        QCOMPARE(info.value(u"status"_s).toString(), u"FINISHED"_s);
        QCOMPARE(info.value(u"start_time"_s).toDouble(), 1700000000000.0);
        QCOMPARE(info.value(u"end_time"_s).toDouble(), 1700000060000.0);
        QCOMPARE(info.value(u"lifecycle_stage"_s).toString(), u"active"_s);
        QCOMPARE(info.value(u"experiment_id"_s).toString(), r.experimentId);
        const QJsonArray metrics = run[u"data"_s][u"metrics"_s].toArray();
        QCOMPARE(metrics.size(), 2);
        QCOMPARE(metrics.at(0)[u"key"_s].toString(), u"AUC"_s);
        QCOMPARE(metrics.at(0)[u"value"_s].toDouble(), 0.85); // the latest
        QCOMPARE(metrics.at(0)[u"step"_s].toInt(), 1);
        QCOMPARE(run[u"data"_s][u"params"_s].toArray().at(0)[u"value"_s].toString(),
            u"two_class_logistic_regression"_s);

        // Paging through the history.
        auto page1 = metricsGetHistory(r, u"AUC"_s, 1);
        QVERIFY(std::holds_alternative<QJsonObject>(page1));
        const QJsonObject p1 = std::get<QJsonObject>(page1);
        QCOMPARE(p1[u"metrics"_s].toArray().size(), 1);
        QCOMPARE(p1[u"metrics"_s][0][u"value"_s].toDouble(), 0.8);
        const QString token = p1.value(u"next_page_token"_s).toString();
        QVERIFY(!token.isEmpty());
        const QJsonObject p2 = std::get<QJsonObject>(metricsGetHistory(r, u"AUC"_s, 1, token));
        QCOMPARE(p2[u"metrics"_s][0][u"value"_s].toDouble(), 0.85);
        QVERIFY(!p2.contains(u"next_page_token"_s));
        QCOMPARE(std::get<QJsonObject>(metricsGetHistory(r, u"AUC"_s))[u"metrics"_s].toArray().size(), 2);
        QCOMPARE(
            std::get<QJsonObject>(metricsGetHistory(r, u"F1 Score"_s))[u"metrics"_s].toArray().size(), 0);
        for (const auto &bad : { metricsGetHistory(r, QString()), metricsGetHistory(r, u"AUC"_s, -1),
                 metricsGetHistory(r, u"AUC"_s, 0, u"%%%"_s),
                 metricsGetHistory(r, u"AUC"_s, 0, u"bm90IGFuIG9mZnNldA=="_s) }) {
            QVERIFY(std::holds_alternative<MlflowError>(bad));
            QCOMPARE(std::get<MlflowError>(bad).errorCode, u"INVALID_PARAMETER_VALUE"_s);
            QCOMPARE(std::get<MlflowError>(bad).status, 400);
        }
    }

    void mlflowStatuses_data()
    {
        QTest::addColumn<QString>("azure");
        QTest::addColumn<QString>("mlflow");
        QTest::newRow("NotStarted") << u"NotStarted"_s << u"SCHEDULED"_s;
        QTest::newRow("Queued") << u"Queued"_s << u"SCHEDULED"_s;
        QTest::newRow("Starting") << u"Starting"_s << u"SCHEDULED"_s;
        QTest::newRow("Running") << u"Running"_s << u"RUNNING"_s;
        QTest::newRow("Finalizing") << u"Finalizing"_s << u"RUNNING"_s;
        QTest::newRow("CancelRequested") << u"CancelRequested"_s << u"RUNNING"_s;
        QTest::newRow("Completed") << u"completed"_s << u"FINISHED"_s;
        QTest::newRow("Failed") << u"Failed"_s << u"FAILED"_s;
        QTest::newRow("Canceled") << u"Canceled"_s << u"KILLED"_s;
    }
    void mlflowStatuses()
    {
        QFETCH(QString, azure);
        QFETCH(QString, mlflow);
        QCOMPARE(mlflowStatus(azure), mlflow);
    }

    void mlflowExperimentsAndErrors()
    {
        const QString ws = u"/subscriptions/s/resourceGroups/rg/workspaces/ws"_s;
        QCOMPARE(experimentId(ws, u"Wizard-Retrain"_s), experimentId(ws, u"wizard-retrain"_s));
        QVERIFY(experimentId(ws, u"a"_s) != experimentId(ws, u"b"_s));
        QVERIFY(experimentId(ws, u"a"_s) != experimentId(ws + u"2"_s, u"a"_s));
        const auto e = experimentsGetByName(ws, u"wizard-retrain"_s);
        QVERIFY(std::holds_alternative<QJsonObject>(e));
        const QJsonObject x = std::get<QJsonObject>(e).value(u"experiment"_s).toObject();
        QCOMPARE(x.value(u"experiment_id"_s).toString(), experimentId(ws, u"wizard-retrain"_s));
        QCOMPARE(x.value(u"name"_s).toString(), u"wizard-retrain"_s);
        QVERIFY(std::holds_alternative<MlflowError>(experimentsGetByName(ws, QString())));
        const QJsonObject missing = runNotFound(u"nope"_s).toJson();
        QCOMPARE(missing.value(u"error_code"_s).toString(), u"RESOURCE_DOES_NOT_EXIST"_s);
        QVERIFY(missing.value(u"message"_s).toString().contains(u"nope"_s));
        QCOMPARE(runNotFound(u"nope"_s).status, 404);
        QCOMPARE(experimentNotFound(u"x"_s).status, 404);
        RunRecord running;
        running.jobName = u"j"_s;
        running.status = u"Running"_s;
        running.startMs = 5;
        const QJsonObject info = runsGet(running)[u"run"_s][u"info"_s].toObject();
        QVERIFY(!info.contains(u"end_time"_s));
        QCOMPARE(info.value(u"status"_s).toString(), u"RUNNING"_s);
    }
};

QTEST_GUILESS_MAIN(TestAmlJobsScore)
#include "tst_amljobsscore.moc"
