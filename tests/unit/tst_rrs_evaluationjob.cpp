// EvaluationJob over a fake network: the job's Results SAS has expired (403 on the blob, se
// in the past), so the job is fetched again for a fresh SAS; a 403 with a valid SAS is not
// retried that way; a job that has not finished is refused; cancellation by destruction.

#include "eval/evaltypes.h"
#include "fakenetworkaccessmanager.h"
#include "ml/evaluationjob.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using mlr::Error;
using mlr::test::FakeAnswer;
using mlr::test::SeenRequest;

namespace {

QByteArray testData(const QString &name)
{
    QFile f(QStringLiteral(MLR_TEST_DATA_DIR "/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(name));
    return f.readAll();
}

// The census sample with Score Model's columns: P(>50K) from the education number.
QByteArray scoredCsv()
{
    QByteArray out;
    const QList<QByteArray> lines = testData(u"census-sample.csv"_s).trimmed().split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        if (i == 0) {
            out += line + ",Scored Labels,Scored Probabilities\r\n";
            continue;
        }
        const double p = line.split(',').value(4).toDouble() / 17.0;
        out += line + ',' + (p >= 0.5 ? ">50K" : "<=50K") + ',' + QByteArray::number(p, 'g', 17) + "\r\n";
    }
    return out;
}

const QByteArray evaluationCsv
    = "True Positive,False Negative,False Positive,True Negative,Accuracy,Precision,"
      "Recall,F1 Score,AUC,Average Log Loss,Threshold,Positive Label,Negative Label\r\n"
      "10,20,5,165,0.875,0.666,0.333,0.444,0.71,0.5,0.5,>50K,<=50K\r\n";

const QString base = u"http://127.0.0.1:1/subscriptions/s/services/"_s;

// The fake service: swagger, the job's status (SAS tokens by GET count), the blobs, RRS.
class FakeServices
{
public:
    QByteArray scored = scoredCsv();
    QString jobState = u"Finished"_s;
    bool expireFirst = true; // the first GET hands out an expired SAS
    bool rejectFresh = false; // 403 even with a fresh SAS
    bool hangRrs = false; // RRS never answers
    int jobGets = 0, blobHeads = 0, rrsCalls = 0;

    std::optional<FakeAnswer> answer(const SeenRequest &r)
    {
        const QUrl url = r.request.url();
        const QString path = url.path();
        if (path.endsWith(u"/swagger.json"_s))
            return FakeAnswer::ok(testData(u"census-predictiveService.swagger.json"_s));
        if (path.endsWith(u"/jobs/job1"_s) && r.verb == "GET")
            return FakeAnswer::ok(jobStatus(++jobGets));
        if (path.endsWith(u"/execute"_s))
            return rrs(r.body);
        if (path.startsWith(u"/devstoreaccount1/out/"_s)) {
            const bool fresh = url.query().contains(u"sig=fresh"_s);
            const QByteArray body = path.endsWith(u"evaluation.csv"_s) ? evaluationCsv : scored;
            if (r.verb == "HEAD")
                ++blobHeads;
            if (!fresh || rejectFresh)
                return FakeAnswer { 403, {}, { { "x-ms-error-code", "AuthenticationFailed" } }, {}, false };
            if (r.verb == "HEAD") // the fake sets Content-Length from the body it is given
                return FakeAnswer { 200, body, { { "ETag", "\"e1\"" } }, {}, false };
            return FakeAnswer { 206, body, {}, {}, false };
        }
        return std::nullopt;
    }

private:
    QByteArray jobStatus(int get) const
    {
        const bool expired = expireFirst && get == 1;
        const QString se = expired ? u"2020-01-01T00%3A00%3A00Z"_s : u"2099-01-01T00%3A00%3A00Z"_s;
        const QString token
            = u"?sv=2021-08-06&sr=b&sp=r&se="_s + se + (expired ? u"&sig=old"_s : u"&sig=fresh"_s);
        const auto result = [&](const QString &blob) -> QJsonObject {
            return QJsonObject { { u"ConnectionString"_s, QJsonValue() },
                { u"BaseLocation"_s, u"http://127.0.0.1:1/devstoreaccount1/"_s },
                { u"RelativeLocation"_s, QString(u"out/"_s + blob) }, { u"SasBlobToken"_s, token } };
        };
        QJsonObject status { { u"StatusCode"_s, jobState }, { u"Details"_s, QJsonValue() } };
        if (jobState == u"Finished"_s)
            status.insert(u"Results"_s,
                QJsonObject { { u"output2"_s, result(u"evaluation.csv"_s) },
                    { u"output3"_s, result(u"scored.csv"_s) } });
        return QJsonDocument(status).toJson(QJsonDocument::Compact);
    }

    std::optional<FakeAnswer> rrs(const QByteArray &body)
    {
        ++rrsCalls;
        if (hangRrs) {
            FakeAnswer hang;
            hang.hang = true;
            return hang;
        }
        const QJsonObject input = QJsonDocument::fromJson(body)[u"Inputs"_s][u"input1"_s].toObject();
        const qsizetype educationNum
            = input[u"ColumnNames"_s].toArray().toVariantList().indexOf(u"education-num"_s);
        QJsonArray values;
        for (const QJsonValue &row : input[u"Values"_s].toArray()) {
            const double p = row.toArray().at(educationNum).toString().toDouble() / 20.0;
            values.append(QJsonArray { p >= 0.5 ? u">50K"_s : u"<=50K"_s, QString::number(p) });
        }
        const QJsonObject value { { u"ColumnNames"_s,
                                      QJsonArray { u"Scored Labels"_s, u"Scored Probabilities"_s } },
            { u"Values"_s, values } };
        return FakeAnswer::ok(QJsonDocument(
            QJsonObject { { u"Results"_s,
                QJsonObject {
                    { u"output1"_s, QJsonObject { { u"type"_s, u"table"_s }, { u"value"_s, value } } } } } })
                                  .toJson(QJsonDocument::Compact));
    }
};

mlr::ml::EvaluationRequest request()
{
    mlr::ml::EvaluationRequest r;
    r.job.jobId = u"job1"_s;
    r.job.batchUrl = QUrl(base + u"training"_s);
    r.job.roles = { { u"evaluation"_s, u"output2"_s }, { u"scored"_s, u"output3"_s } };
    r.predictiveRequestUrl = QUrl(base + u"predictive/execute?api-version=2.0&details=true"_s);
    r.predictiveApiKey = u"predictive-key-123"_s;
    r.trainingApiKey = u"training-key-456"_s;
    r.rrs.batchRows = 64;
    return r;
}

} // namespace

class TestEvaluationJobFake : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void expiredResultsSasIsRefreshed()
    {
        FakeServices services;
        mlr::test::FakeNetworkAccessManager nam([&](const SeenRequest &r) { return services.answer(r); });
        mlr::ml::EvaluationJob job(&nam, request());
        QSignalSpy done(&job, &mlr::ml::EvaluationJob::finished);
        job.start();
        QVERIFY(done.wait(20000));
        const auto error = done.at(0).at(2).value<Error>();
        QVERIFY2(!error, qPrintable(error.message()));
        QCOMPARE(job.outputSource(), u"results"_s);
        QCOMPARE(job.resultRefreshes(), 1);
        QCOMPARE(services.jobGets, 2);
        const auto comparison = done.at(0).at(0).value<std::shared_ptr<const mlr::eval::Comparison>>();
        QVERIFY(comparison);
        QCOMPARE(comparison->challenger.rowCount(), 200);
        QCOMPARE(comparison->champion.rowCount(), 200);
        QCOMPARE(services.rrsCalls, 4); // 200 rows in batches of 64
        QCOMPARE(comparison->challenger.classNames, (QStringList { u"<=50K"_s, u">50K"_s }));
        QCOMPARE(comparison->champion.classNames, comparison->challenger.classNames);
        QVERIFY(comparison->challenger.keptRows.empty()); // the input cells are not carried along
        // Champion: P = education-num / 20, challenger: / 17 (the fakes above).
        QCOMPARE(comparison->champion.scores[0] * 20, comparison->challenger.scores[0] * 17);
    }

    void forbiddenWithValidSasIsAnError()
    {
        FakeServices services;
        services.expireFirst = false;
        services.rejectFresh = true;
        mlr::test::FakeNetworkAccessManager nam([&](const SeenRequest &r) { return services.answer(r); });
        mlr::ml::EvaluationJob job(&nam, request());
        QSignalSpy done(&job, &mlr::ml::EvaluationJob::finished);
        job.start();
        QVERIFY(done.wait(20000));
        const auto error = done.at(0).at(2).value<Error>();
        QCOMPARE(error.httpStatus, 403);
        QCOMPARE(job.resultRefreshes(), 0);
        QCOMPARE(services.jobGets, 1);
        QVERIFY(!error.message().contains(u"sig=fresh"_s));
    }

    void expiredTwiceGivesUp()
    {
        FakeServices services;
        services.rejectFresh = true; // every SAS is refused; only the first one was expired
        mlr::test::FakeNetworkAccessManager nam([&](const SeenRequest &r) { return services.answer(r); });
        mlr::ml::EvaluationJob job(&nam, request());
        QSignalSpy done(&job, &mlr::ml::EvaluationJob::finished);
        job.start();
        QVERIFY(done.wait(20000));
        QCOMPARE(done.at(0).at(2).value<Error>().httpStatus, 403);
        QCOMPARE(services.jobGets, 2);
    }

    void jobNotFinished()
    {
        FakeServices services;
        services.jobState = u"Running"_s;
        mlr::test::FakeNetworkAccessManager nam([&](const SeenRequest &r) { return services.answer(r); });
        mlr::ml::EvaluationJob job(&nam, request());
        QSignalSpy done(&job, &mlr::ml::EvaluationJob::finished);
        job.start();
        QVERIFY(done.wait(20000));
        const auto error = done.at(0).at(2).value<Error>();
        QCOMPARE(error.kind, Error::Kind::Input);
        QVERIFY2(error.message().contains(u"not finished"_s), qPrintable(error.message()));
        QCOMPARE(services.blobHeads, 0);
    }

    void cancelledByDestruction()
    {
        FakeServices services;
        mlr::test::FakeNetworkAccessManager nam([&](const SeenRequest &r) { return services.answer(r); });
        services.hangRrs = true;
        auto *job = new mlr::ml::EvaluationJob(&nam, request());
        QSignalSpy done(job, &mlr::ml::EvaluationJob::finished);
        job->start();
        QTRY_VERIFY_WITH_TIMEOUT(services.rrsCalls > 0, 20000); // downloaded, parsed, scoring
        delete job;
        QTest::qWait(300);
        QCOMPARE(done.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestEvaluationJobFake)
#include "tst_rrs_evaluationjob.moc"
