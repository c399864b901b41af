// EvaluationJob against mlstudio-local and Azurite: real retraining jobs of the seeded census
// (two-class) and housing (regression) services on their drifted "new" data, then the
// champion/challenger comparison. The recomputed metrics of the new model must match the
// service's Evaluate Model output; the champion must be the production service's scores on
// exactly the scored rows; outputs are read through the job's Results or the storage
// account; a wrong key, missing roles and injected RRS faults are handled.

#include "azuriteenv.h"
#include "eval/compare.h"
#include "eval/gate.h"
#include "ml/evaluationjob.h"
#include "storage/storageaccount.h"
#include "tst_serversupport.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace mlr::test;
using mlr::Error;
using mlr::eval::Comparison;
using mlr::eval::GateVerdict;
using mlr::ml::EvaluationJob;
using mlr::ml::EvaluationRequest;
using mlr::ml::JobRecord;

namespace {

struct Outcome
{
    std::shared_ptr<const Comparison> comparison;
    GateVerdict verdict;
    Error error;
    QStringList stages;
    QString source;
};

Outcome runEvaluation(const EvaluationRequest &request)
{
    QNetworkAccessManager nam;
    EvaluationJob job(&nam, request);
    Outcome out;
    QObject::connect(&job, &EvaluationJob::progress, [&](const QString &stage, qint64, qint64) {
        if (out.stages.isEmpty() || out.stages.last() != stage)
            out.stages << stage;
    });
    QSignalSpy done(&job, &EvaluationJob::finished);
    job.start();
    if (!done.wait(120000)) {
        out.error = Error::input(u"EvaluationJob did not finish in time"_s);
        return out;
    }
    out.comparison = done.at(0).at(0).value<std::shared_ptr<const Comparison>>();
    out.verdict = done.at(0).at(1).value<GateVerdict>();
    out.error = done.at(0).at(2).value<Error>();
    out.source = job.outputSource();
    QTest::qWait(20);
    if (done.size() != 1)
        out.error = Error::input(u"finished() emitted %1 times"_s.arg(done.size()));
    return out;
}

// The recomputed metrics of one side as (name, value) pairs.
QList<QPair<QString, double>> sideMetrics(const Comparison &c, bool challenger)
{
    QList<QPair<QString, double>> out;
    for (const auto &m : c.metrics)
        out.append({ m.metric, challenger ? m.challenger : m.champion });
    return out;
}

bool sameValues(const std::vector<double> &a, const std::vector<double> &b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i) {
        if (a[i] != b[i] && !(std::isnan(a[i]) && std::isnan(b[i])))
            return false;
    }
    return true;
}

double metric(const Comparison &c, const QString &name, bool challenger)
{
    for (const auto &m : c.metrics) {
        if (m.metric == name)
            return challenger ? m.challenger : m.champion;
    }
    return std::nan("");
}

} // namespace

class TestEvaluation : public QObject
{
    Q_OBJECT

    ServerProcess m_server;
    QJsonObject m_demo;
    QString m_connection;
    JobRecord m_census, m_housing;
    QJsonObject m_censusStatus;

    // Uploads DIR/<csv> and runs the training service on it; the job as the journal keeps it.
    JobRecord retrain(const QJsonObject &pair, const QString &csv, const QString &prefix, QJsonObject *status)
    {
        const QJsonObject training = pair[u"trainingService"_s].toObject();
        QFile file(m_server.dataDir() + u'/' + csv);
        if (!file.open(QIODevice::ReadOnly) || !putBlob(m_connection, u"evaltest"_s, csv, file.readAll()))
            return {};
        const QString base = training[u"batchUrl"_s].toString();
        const QString key = training[u"apiKey"_s].toString();
        const QString id
            = besSubmitAndStart(base, key, besTrainingRequest(m_connection, u"evaltest/"_s + csv, prefix));
        if (id.isEmpty())
            return {};
        *status = waitJob(base + u"/jobs/"_s + id + u"?api-version=2.0"_s, key);
        JobRecord r;
        r.jobId = id;
        r.profile = u"test"_s;
        r.serviceName = training[u"name"_s].toString();
        r.batchUrl = QUrl(base);
        const QString outputs
            = mlr::StorageAccount::fromConnectionString(m_connection, nullptr)->blobEndpoint.toString()
            + u"/bes-out/"_s + prefix;
        r.outputs = { { u"output1"_s, QUrl(outputs + u"-model.ilearner"_s) },
            { u"output2"_s, QUrl(outputs + u"-evaluation.csv"_s) },
            { u"output3"_s, QUrl(outputs + u"-scored.csv"_s) } };
        r.roles = { { u"model"_s, u"output1"_s }, { u"evaluation"_s, u"output2"_s },
            { u"scored"_s, u"output3"_s } };
        r.state = mlr::ml::JobState::Finished;
        return r;
    }

    EvaluationRequest request(const JobRecord &job, const QJsonObject &pair, bool withTrainingKey) const
    {
        EvaluationRequest r;
        r.job = job;
        r.storage = *mlr::StorageAccount::fromConnectionString(m_connection, nullptr);
        r.predictiveRequestUrl = QUrl(pair[u"predictiveService"_s].toObject()[u"requestUrl"_s].toString());
        r.predictiveApiKey = pair[u"predictiveService"_s].toObject()[u"apiKey"_s].toString();
        if (withTrainingKey)
            r.trainingApiKey = pair[u"trainingService"_s].toObject()[u"apiKey"_s].toString();
        r.rrs.batchRows = 300; // several batches, a few in flight
        r.gate = mlr::eval::defaultGateRules();
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        MLR_REQUIRE_AZURITE(azurite);
        Q_UNUSED(azurite);
        QString why;
        QVERIFY2(m_server.start({ u"--seed-demo"_s }, &why), qPrintable(why));
        m_demo = m_server.demo();
        m_connection = m_demo[u"storageConnectionString"_s].toString();
        m_census = retrain(m_demo, u"census-new.csv"_s, u"evalcensus"_s, &m_censusStatus);
        QCOMPARE(m_censusStatus[u"StatusCode"_s].toString(), u"Finished"_s);
        QJsonObject housingStatus;
        m_housing = retrain(
            m_demo[u"regression"_s].toObject(), u"regression-new.csv"_s, u"evalhousing"_s, &housingStatus);
        QCOMPARE(housingStatus[u"StatusCode"_s].toString(), u"Finished"_s);
    }

    void censusThroughResults()
    {
        const Outcome o = runEvaluation(request(m_census, m_demo, true));
        QVERIFY2(!o.error, qPrintable(o.error.message()));
        QCOMPARE(o.source, u"results"_s);
        const Comparison &c = *o.comparison;
        QCOMPARE(c.task, mlr::eval::Task::Binary);
        QCOMPARE(c.challenger.labelColumn, u"income"_s);
        QCOMPARE(c.challenger.rowCount(), 2500); // the test split of 10 000 rows (0.75 / 0.25)
        QCOMPARE(c.champion.rowCount(), c.challenger.rowCount());
        QVERIFY(sameValues(c.champion.labels, c.challenger.labels)); // the same rows, the same order
        QCOMPARE(c.champion.classNames, c.challenger.classNames);
        // The new model's recomputed metrics are the service's own Evaluate Model output.
        const QStringList mismatches = mlr::eval::serviceMismatches(c.service, sideMetrics(c, true), 1e-6);
        QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join(u'\n')));
        QVERIFY(c.service.metric(u"AUC"_s).has_value());
        // Drifted data: the retrained model beats the initial one (README: 0.808 -> 0.847).
        QVERIFY2(metric(c, u"AUC"_s, true) > metric(c, u"AUC"_s, false),
            qPrintable(
                u"AUC new %1, current %2"_s.arg(metric(c, u"AUC"_s, true)).arg(metric(c, u"AUC"_s, false))));
        QVERIFY(metric(c, u"AUC"_s, false) > 0.7);
        QVERIFY(!o.verdict.checks.isEmpty());
        QVERIFY2(o.verdict.passed, qPrintable(o.verdict.summary));
        QVERIFY(o.stages.contains(u"Scoring the same rows with the current model"_s));

        // The champion is the production service on exactly those rows: score the first rows
        // of the scored output directly and compare.
        const QJsonObject result
            = m_censusStatus[u"Results"_s].toObject()[m_census.roles[u"scored"_s]].toObject();
        const QByteArray scored = getUrl(QUrl(result[u"BaseLocation"_s].toString()
            + result[u"RelativeLocation"_s].toString() + result[u"SasBlobToken"_s].toString()));
        const QList<QByteArray> lines = scored.split('\n');
        QVERIFY(lines.size() > 6);
        const QStringList header = QString::fromUtf8(lines[0].trimmed()).split(u',');
        const QStringList features = censusFeatures();
        QJsonArray rows;
        for (int i = 1; i <= 5; ++i) {
            const QStringList cells = QString::fromUtf8(lines[i].trimmed()).split(u',');
            QJsonArray row;
            for (const QString &f : features)
                row.append(cells.value(header.indexOf(f)));
            rows.append(row);
        }
        const HttpResult direct
            = httpJson("POST", QUrl(m_demo[u"predictiveService"_s].toObject()[u"requestUrl"_s].toString()),
                QJsonObject { { u"Inputs"_s,
                    QJsonObject { { u"input1"_s,
                        QJsonObject { { u"ColumnNames"_s, QJsonArray::fromStringList(features) },
                            { u"Values"_s, rows } } } } } },
                bearer(m_demo[u"predictiveService"_s].toObject()[u"apiKey"_s].toString()));
        QCOMPARE(direct.status, 200);
        const QJsonArray values = direct.json()[u"Results"_s]
                                      .toObject()[u"output1"_s]
                                      .toObject()[u"value"_s]
                                      .toObject()[u"Values"_s]
                                      .toArray();
        QCOMPARE(values.size(), 5);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(c.champion.scores[size_t(i)], values[i].toArray()[1].toString().toDouble());
    }

    void censusThroughStorage()
    {
        const Outcome o = runEvaluation(request(m_census, m_demo, false));
        QVERIFY2(!o.error, qPrintable(o.error.message()));
        QCOMPARE(o.source, u"storage"_s);
        QCOMPARE(o.comparison->challenger.rowCount(), 2500);
        QVERIFY(
            mlr::eval::serviceMismatches(o.comparison->service, sideMetrics(*o.comparison, true)).isEmpty());
    }

    void regression()
    {
        const Outcome o = runEvaluation(request(m_housing, m_demo[u"regression"_s].toObject(), true));
        QVERIFY2(!o.error, qPrintable(o.error.message()));
        const Comparison &c = *o.comparison;
        QCOMPARE(c.task, mlr::eval::Task::Regression);
        QCOMPARE(c.challenger.labelColumn, u"price"_s);
        QCOMPARE(c.champion.rowCount(), c.challenger.rowCount());
        QVERIFY(c.challenger.rowCount() > 2000);
        const QStringList mismatches = mlr::eval::serviceMismatches(c.service, sideMetrics(c, true), 1e-6);
        QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join(u'\n')));
        QVERIFY(c.service.metric(u"Root Mean Squared Error"_s).has_value());
        // The drifted prices: the retrained model has the smaller error.
        QVERIFY(
            metric(c, u"Root Mean Squared Error"_s, true) < metric(c, u"Root Mean Squared Error"_s, false));
    }

    void wrongPredictiveKey()
    {
        EvaluationRequest r = request(m_census, m_demo, true);
        r.predictiveApiKey = u"not-the-key-0123456789"_s;
        const Outcome o = runEvaluation(r);
        QVERIFY(!o.comparison);
        QCOMPARE(o.error.httpStatus, 401);
        QVERIFY2(o.error.message().contains(u"API key"_s), qPrintable(o.error.message()));
        QVERIFY(!o.error.message().contains(r.predictiveApiKey));
    }

    void missingRoles()
    {
        EvaluationRequest r = request(m_census, m_demo, true);
        r.job.roles.remove(u"scored"_s);
        const Outcome o = runEvaluation(r);
        QCOMPARE(o.error.kind, Error::Kind::Input);
        QVERIFY(o.error.message().contains(u"scored"_s));
    }

    void unknownJobFallsBackToStorage()
    {
        EvaluationRequest r = request(m_census, m_demo, true);
        r.job.jobId = u"0123456789abcdef0123456789abcdef"_s; // the service does not know it
        const Outcome o = runEvaluation(r);
        QVERIFY2(!o.error, qPrintable(o.error.message()));
        QCOMPARE(o.source, u"storage"_s);
    }

    // 30 % of the RRS calls fail with 503 (and some with resets): retried, same result.
    void transientRrsFaults()
    {
        const QUrl faults(m_server.ml + u"/admin/faults"_s);
        QCOMPARE(http("PUT", faults, "seed=3; rrs.execute=503,p=0.3; bes.get=reset,p=0.3").status, 200);
        const Outcome o = runEvaluation(request(m_census, m_demo, true));
        const QJsonArray rules = http("GET", faults).json()[u"rules"_s].toArray();
        http("DELETE", faults);
        QCOMPARE(rules.size(), 2);
        QVERIFY2(rules[0].toObject()[u"fired"_s].toInt() > 0, "no RRS call was faulted");
        QVERIFY2(!o.error, qPrintable(o.error.message()));
        QCOMPARE(o.comparison->champion.rowCount(), 2500);
        const Outcome clean = runEvaluation(request(m_census, m_demo, false));
        QVERIFY(!clean.error);
        QVERIFY(sameValues(o.comparison->champion.scores, clean.comparison->champion.scores));
    }

    void cleanupTestCase() { m_server.stop(); }
};

QTEST_GUILESS_MAIN(TestEvaluation)
#include "tst_evaluation.moc"
