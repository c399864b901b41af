// AmlEvaluationJob against mlstudio-local over HTTPS (its CA trusted through
// http/trustedcas.h): a retrain of the demo's production job on the demo's new CSV, judged
// against the model in production. The rows of the new job's scored split are scored again
// by deployment blue (the answers' header says so), both jobs' AUCs are read from their
// metrics.json, then from MLflow once metrics.json is gone; without a scored split the
// comparison is on the reported metrics; clear errors for what cannot be evaluated.

#include "amldemo.h"
#include "arm/tokenprovider.h"
#include "azureml/amlevaluationjob.h"
#include "azureml/productionmodeljob.h"
#include "azureml/retrainrequest.h"
#include "eval/gate.h"
#include "eval/metrics.h"
#include "http/httpcall.h"
#include "http/trustedcas.h"
#include "storage/storageclient.h"
#include "tst_amlsupport.h"
#include "tst_serversupport.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace mlr;
using namespace mlr::azureml;
using namespace mlr::test;

namespace {

// Records, for every scoring request, the deployment asked for and the one that answered
// (the azureml-model-deployment headers).
class RecordingNam : public QNetworkAccessManager
{
public:
    QList<QPair<QByteArray, QByteArray>> scoring;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *data) override
    {
        QNetworkReply *reply = QNetworkAccessManager::createRequest(op, request, data);
        if (request.url().path().endsWith(u"/score"_s)) {
            const QByteArray asked = request.rawHeader("azureml-model-deployment");
            connect(reply, &QNetworkReply::finished, this, [this, reply, asked] {
                scoring.append({ asked, reply->rawHeader("azureml-model-deployment") });
            });
        }
        return reply;
    }
};

struct Outcome
{
    std::shared_ptr<const eval::Comparison> comparison;
    eval::GateVerdict verdict;
    ReportedMetrics metrics;
    Error error;
    QStringList stages;
};

double metricOf(const QList<eval::MetricRow> &rows, const QString &name, bool champion)
{
    for (const eval::MetricRow &r : rows)
        if (r.metric == name)
            return champion ? r.champion : r.challenger;
    return std::nan("");
}

} // namespace

class TestAzureMlEvaluation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ProductionModel>();
        qRegisterMetaType<ReportedMetrics>();
        qRegisterMetaType<eval::GateVerdict>();
        qRegisterMetaType<std::shared_ptr<const eval::Comparison>>();
        QString why;
        QVERIFY2(m_server.start(
                     { u"--seed-demo"_s, u"--aml-job-pace"_s, u"50"_s, u"--aml-provision-delay"_s, u"200"_s },
                     &why),
            qPrintable(why));
        m_demo = m_server.demo()[u"azureml"_s].toObject();
        QVERIFY(!tls::trustCaFile(m_demo[u"caFile"_s].toString()));
        QVERIFY(trustCaFile(m_demo[u"caFile"_s].toString())); // the test's own raw calls
        m_tokens = demoTokens(&m_nam, m_demo);
        m_target = demoWorkspace(m_demo);
        m_container = u"azureml-blobstore-"_s + m_demo[u"workspaceId"_s].toString();

        ProductionModelJob job(&m_nam, m_tokens.get(), m_target, m_demo[u"endpoint"_s].toString());
        QSignalSpy done(&job, &ProductionModelJob::finished);
        job.start();
        QVERIFY(done.wait(30000));
        QVERIFY2(!done.first().at(1).value<Error>(), qPrintable(done.first().at(1).value<Error>().message()));
        m_production = done.first().at(0).value<ProductionModel>();
        QCOMPARE(m_production.deployment.name, u"blue"_s);
        QVERIFY(m_production.job);
    }

    // The production job re-run on the demo's new CSV, uploaded with the datastore's key.
    void retrainOnTheNewData()
    {
        const QString data
            = uploadToDatastore(m_demo, m_demo[u"newData"_s].toString(), u"retrain/eval-new.csv"_s);
        QVERIFY(!data.isEmpty());
        const auto made = retrainJobBody(*m_production.job, data);
        QVERIFY(std::holds_alternative<RetrainRequest>(made));
        const QString token = demoToken(m_demo);
        const QUrl url = m_target.url(u"/jobs/eval-retrain-1"_s);
        const HttpResult put = httpJson("PUT", url, std::get<RetrainRequest>(made).body, bearer(token));
        QVERIFY2(put.status == 201, qPrintable(put.describe()));
        QJsonObject body;
        const auto finished = [&] {
            body = http("GET", url, {}, bearer(token)).json();
            Job j;
            j.status = body[u"properties"_s][u"status"_s].toString();
            return j.isTerminal();
        };
        QTRY_VERIFY_WITH_TIMEOUT(finished(), 120000);
        Error error;
        const auto job = parseJob(body, &error);
        QVERIFY(job);
        QCOMPARE(job->status, u"Completed"_s);
        m_newJob = *job;
    }

    // The classic comparison: the new job's scored rows, scored again by blue.
    void sameRowsScoredByTheProductionDeployment()
    {
        QVERIFY(!m_newJob.name.isEmpty());
        RecordingNam nam;
        const Outcome o = evaluate(m_newJob, &nam);
        QVERIFY2(!o.error, qPrintable(o.error.message()));
        QVERIFY(o.comparison);
        QCOMPARE(o.metrics.basis, EvaluationBasis::SameRows);
        QCOMPARE(o.comparison->task, eval::Task::Binary);
        QCOMPARE(o.comparison->challenger.labelColumn, m_demo[u"label"_s].toString());
        QVERIFY(o.comparison->challenger.rowCount() > 100);
        QCOMPARE(o.comparison->champion.rowCount(), o.comparison->challenger.rowCount());
        QCOMPARE(o.metrics.rows, o.comparison->challenger.rowCount());
        QVERIFY(o.comparison->challenger.keptRows.empty());

        // Both AUCs, on the same rows, differ; the gate judged them.
        const double newAuc = metricOf(o.comparison->metrics, u"AUC"_s, false);
        const double currentAuc = metricOf(o.comparison->metrics, u"AUC"_s, true);
        QVERIFY(newAuc > 0.5 && newAuc <= 1);
        QVERIFY(currentAuc > 0.5 && currentAuc <= 1);
        QVERIFY(newAuc != currentAuc);
        const eval::GateRules gate = eval::defaultGateRules();
        QCOMPARE(o.verdict.checks.size(), gate.rules.size());
        QCOMPARE(o.verdict.passed, eval::evaluateGate(gate, o.comparison->metrics).passed);
        QVERIFY(o.verdict.checkFor(u"AUC"_s));
        QVERIFY(!o.verdict.summary.isEmpty());

        // The jobs' own metrics.json, both sides; the new job's equals its recomputed AUC (the
        // job evaluated exactly these rows).
        QCOMPARE(o.metrics.challenger.source, MetricsSource::MetricsOutput);
        QCOMPARE(o.metrics.champion.source, MetricsSource::MetricsOutput);
        QCOMPARE(o.metrics.champion.job, m_production.job->name);
        m_reportedNew = metricOf(o.metrics.table, u"AUC"_s, false);
        m_reportedCurrent = metricOf(o.metrics.table, u"AUC"_s, true);
        QVERIFY(!std::isnan(m_reportedNew) && !std::isnan(m_reportedCurrent));
        QVERIFY(m_reportedNew != m_reportedCurrent);
        QVERIFY2(std::fabs(m_reportedNew - newAuc) < 1e-6,
            qPrintable(u"metrics.json %1, recomputed %2"_s.arg(m_reportedNew).arg(newAuc)));
        QCOMPARE(o.comparison->service.metric(u"AUC"_s).value_or(-1), m_reportedNew);
        QCOMPARE(o.comparison->service.positiveLabel, QString()); // metrics.json has no labels

        // Every scoring request asked for blue and blue answered.
        QCOMPARE(o.metrics.scoredBy, QStringList { u"blue"_s });
        QVERIFY(!nam.scoring.isEmpty());
        for (const auto &[asked, answered] : std::as_const(nam.scoring)) {
            QCOMPARE(asked, QByteArray("blue"));
            QCOMPARE(answered, QByteArray("blue"));
        }
        QVERIFY(o.stages.contains(u"Scoring the same rows with deployment blue (in production)"_s));
    }

    // Without metrics.json, the job's metrics come from MLflow, with the same values.
    void mlflowWhenMetricsJsonIsGone_data()
    {
        QTest::addColumn<bool>("production"); // the production job's metrics.json is gone too
        QTest::newRow("the new job's") << false;
        QTest::newRow("both jobs'") << true;
    }

    void mlflowWhenMetricsJsonIsGone()
    {
        QFETCH(bool, production);
        QVERIFY(!std::isnan(m_reportedNew));
        QStringList blobs { u"azureml/%1/metrics/metrics.json"_s.arg(m_newJob.name) };
        if (production)
            blobs << u"azureml/%1/metrics/metrics.json"_s.arg(m_production.job->name);
        QList<QByteArray> saved;
        for (const QString &blob : std::as_const(blobs)) {
            saved << getBlob(connectionString(), m_container, blob);
            QVERIFY(!saved.last().isEmpty());
            QVERIFY(deleteBlob(blob));
        }
        const Outcome o = evaluate(m_newJob);
        for (qsizetype i = 0; i < blobs.size(); ++i)
            QVERIFY(putBlob(connectionString(), m_container, blobs[i], saved[i]));
        QVERIFY2(!o.error, qPrintable(o.error.message()));
        QCOMPARE(o.metrics.challenger.source, MetricsSource::Mlflow);
        QCOMPARE(
            o.metrics.champion.source, production ? MetricsSource::Mlflow : MetricsSource::MetricsOutput);
        QCOMPARE(o.metrics.basis, EvaluationBasis::SameRows);
        QVERIFY(std::fabs(metricOf(o.metrics.table, u"AUC"_s, false) - m_reportedNew) < 1e-12);
        QVERIFY(std::fabs(metricOf(o.metrics.table, u"AUC"_s, true) - m_reportedCurrent) < 1e-12);
        QVERIFY(o.stages.contains(u"Reading the metrics job %1 logged to MLflow"_s.arg(m_newJob.name)));
        QCOMPARE(
            o.stages.contains(u"Reading the metrics job %1 logged to MLflow"_s.arg(m_production.job->name)),
            production);
    }

    // Without a scored split, the comparison is the two jobs' reported metrics, and says so.
    void reportedMetricsWithoutAScoredSplit()
    {
        const QString blob = u"azureml/%1/scored_data/scored.csv"_s.arg(m_newJob.name);
        const QByteArray saved = getBlob(connectionString(), m_container, blob);
        QVERIFY(!saved.isEmpty());
        QVERIFY(deleteBlob(blob));
        RecordingNam nam;
        const Outcome o = evaluate(m_newJob, &nam);
        QVERIFY(putBlob(connectionString(), m_container, blob, saved));
        QVERIFY2(!o.error, qPrintable(o.error.message()));
        QCOMPARE(o.metrics.basis, EvaluationBasis::ReportedMetrics);
        QVERIFY2(o.metrics.note.contains(u"not on the same rows"_s), qPrintable(o.metrics.note));
        QVERIFY(nam.scoring.isEmpty());
        QCOMPARE(o.comparison->challenger.rowCount(), 0);
        QCOMPARE(metricOf(o.comparison->metrics, u"AUC"_s, false), m_reportedNew);
        QCOMPARE(metricOf(o.comparison->metrics, u"AUC"_s, true), m_reportedCurrent);
        QCOMPARE(o.verdict.checks.size(), eval::defaultGateRules().rules.size());
        QCOMPARE(o.verdict.passed, eval::evaluateGate(eval::defaultGateRules(), o.metrics.table).passed);
    }

    // Outputs named by another job's output uri (azureml://jobs/{job}/outputs/{output}/paths/)
    // are read through that job, fetched from the service.
    void jobOutputUrisAreFollowed()
    {
        QVERIFY(!m_newJob.name.isEmpty());
        Job alias = m_newJob;
        alias.name = u"alias-of-retrain"_s;
        QJsonObject outputs;
        for (const QString &output : { u"metrics"_s, u"model"_s, u"scored_data"_s })
            outputs[output] = QJsonObject { { u"jobOutputType"_s, u"uri_folder"_s },
                { u"uri"_s, u"azureml://jobs/%1/outputs/%2/paths/"_s.arg(m_newJob.name, output) } };
        QJsonObject p = alias.raw[u"properties"_s].toObject();
        p[u"outputs"_s] = outputs;
        alias.raw[u"properties"_s] = p;
        const Outcome o = evaluate(alias);
        QVERIFY2(!o.error, qPrintable(o.error.message()));
        QCOMPARE(o.metrics.basis, EvaluationBasis::SameRows);
        QCOMPARE(o.metrics.challenger.source, MetricsSource::MetricsOutput);
        QCOMPARE(metricOf(o.metrics.table, u"AUC"_s, false), m_reportedNew);
        QCOMPARE(o.metrics.scoredBy, QStringList { u"blue"_s });
    }

    // Destroying the job while it scores cancels it: no finished(), no crash, no late work.
    void destroyingCancels()
    {
        QVERIFY(!m_newJob.name.isEmpty());
        AmlEvaluationRequest request;
        request.job = m_newJob;
        request.production = m_production;
        request.target = m_target;
        request.gate = eval::defaultGateRules();
        request.scoring.batchRows = 50; // many requests, so that some are in flight
        auto *job = new AmlEvaluationJob(&m_nam, m_tokens.get(), request);
        bool finished = false;
        bool scoring = false;
        connect(job, &AmlEvaluationJob::finished, this, [&finished] { finished = true; });
        connect(
            job, &AmlEvaluationJob::progress, this, [&scoring](const QString &stage, qint64 done, qint64) {
                scoring = scoring || (stage.startsWith(u"Scoring"_s) && done > 0);
            });
        job->start();
        QTRY_VERIFY_WITH_TIMEOUT(scoring || finished, 60000);
        QVERIFY(!finished);
        delete job;
        QTest::qWait(500);
        QVERIFY(!finished);
    }

    void clearErrors_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("outputUri"); // the metrics output's uri; empty: the job's own
        QTest::addColumn<QString>("label");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("says");
        QTest::newRow("not completed") << u"Running"_s << QString() << QString() << int(Error::Kind::Input)
                                       << u"is Running, not Completed"_s;
        QTest::newRow("nothing at all")
            << u"Completed"_s << u"azureml://datastores/workspaceblobstore/paths/azureml/nothing/"_s
            << QString() << int(Error::Kind::Input) << u"wrote no scored test split and no metrics"_s;
        QTest::newRow("unknown datastore")
            << u"Completed"_s << u"azureml://datastores/nosuchstore/paths/azureml/x/"_s << QString()
            << int(Error::Kind::Http) << u"nosuchstore"_s;
        QTest::newRow("a blob URL") << u"Completed"_s << u"https://elsewhere.example/c/x/"_s << QString()
                                    << int(Error::Kind::Input) << u"is not a datastore path"_s;
        QTest::newRow("unknown label") << u"Completed"_s << QString() << u"no_such_column"_s
                                       << int(Error::Kind::Input) << u"no label column \"no_such_column\""_s;
    }

    void clearErrors()
    {
        QFETCH(QString, status);
        QFETCH(QString, outputUri);
        QFETCH(QString, label);
        QFETCH(int, kind);
        QFETCH(QString, says);
        QVERIFY(!m_newJob.name.isEmpty());
        Job job = m_newJob;
        job.status = status;
        if (!outputUri.isEmpty()) {
            job.name = u"no-such-run"_s; // MLflow has no such run either
            QJsonObject p = job.raw[u"properties"_s].toObject();
            p[u"outputs"_s] = QJsonObject { { u"metrics"_s,
                QJsonObject { { u"jobOutputType"_s, u"uri_folder"_s }, { u"uri"_s, outputUri } } } };
            job.raw[u"properties"_s] = p;
        }
        const Outcome o = evaluate(job, nullptr, label);
        QVERIFY(!o.comparison);
        QCOMPARE(int(o.error.kind), kind);
        QVERIFY2(o.error.message().contains(says), qPrintable(o.error.message()));
    }

private:
    Outcome evaluate(const Job &job, QNetworkAccessManager *nam = nullptr, const QString &label = {})
    {
        AmlEvaluationRequest request;
        request.job = job;
        request.production = m_production;
        request.target = m_target;
        request.gate = eval::defaultGateRules();
        request.labelColumn = label;
        AmlEvaluationJob evaluation(nam ? nam : &m_nam, m_tokens.get(), request);
        Outcome o;
        connect(&evaluation, &AmlEvaluationJob::progress, this, [&o](const QString &stage, qint64, qint64) {
            if (!o.stages.contains(stage))
                o.stages << stage;
        });
        QSignalSpy done(&evaluation, &AmlEvaluationJob::finished);
        evaluation.start();
        if (!done.wait(120000)) {
            o.error = Error::input(u"no answer"_s);
            return o;
        }
        [&] {
            QCOMPARE(done.size(), 1);
        }();
        o.comparison = done.first().at(0).value<std::shared_ptr<const eval::Comparison>>();
        o.verdict = done.first().at(1).value<eval::GateVerdict>();
        o.metrics = done.first().at(2).value<ReportedMetrics>();
        o.error = done.first().at(3).value<Error>();
        QTest::qWait(50); // a second finished() would show here
        if (done.size() != 1)
            o.error = Error::input(u"finished() more than once"_s);
        return o;
    }

    QString connectionString() const { return m_demo[u"storageConnectionString"_s].toString(); }

    bool deleteBlob(const QString &blob)
    {
        const auto account = StorageAccount::fromConnectionString(connectionString(), nullptr);
        if (!account)
            return false;
        StorageClient client { &m_nam, *account, RetryPolicy {}, RequestFactory {} };
        std::unique_ptr<HttpCall> call(
            client.newCall("DELETE", client.blobUrl(m_container, blob), {}, {}, u"test delete"_s, nullptr));
        QSignalSpy done(call.get(), &HttpCall::finished);
        call->start();
        return done.wait(30000) && !done.first().at(1).value<Error>();
    }

    ServerProcess m_server;
    QJsonObject m_demo;
    QNetworkAccessManager m_nam;
    std::unique_ptr<arm::TokenProvider> m_tokens;
    WorkspaceTarget m_target;
    QString m_container;
    ProductionModel m_production;
    Job m_newJob;
    double m_reportedNew = std::nan("");
    double m_reportedCurrent = std::nan("");
};

QTEST_GUILESS_MAIN(TestAzureMlEvaluation)
#include "tst_azuremlevaluation.moc"
