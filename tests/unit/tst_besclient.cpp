// BES client without a network: the endpoint in both URL families, the wire parsing (quoted
// job id, StatusCode as text or integer, Results, Details), the four operations against a
// fake QNetworkAccessManager (401, 404, retries that cannot create a job twice) and the job
// monitor (backoff, connection problems, exactly one terminal signal).
#include "fakenetworkaccessmanager.h"
#include "ml/besjobmonitor.h"
#include "ml/besjobs.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace mlr;
using namespace mlr::ml;
using namespace mlr::test;
using std::chrono::milliseconds;

Q_DECLARE_METATYPE(mlr::ml::BesEndpoint::Family)

namespace {

const QString key = QStringLiteral("test-api-key-0123456789");
const QUrl base(
    QStringLiteral("http://127.0.0.1:5000/subscriptions/0123456789abcdef/services/fedcba9876543210"));

RetryPolicy fastPolicy()
{
    return RetryPolicy { 4, milliseconds(1), milliseconds(5) };
}

BesEndpoint testEndpoint()
{
    return *BesEndpoint::fromUrl(base, key, nullptr);
}

FakeAnswer json(int status, const QByteArray &body, QList<QPair<QByteArray, QByteArray>> headers = {})
{
    headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    return FakeAnswer { status, body, headers, QNetworkReply::NoError, false };
}

QByteArray besError(const char *code, const char *detailCode, const char *message)
{
    return QByteArray("{\"error\":{\"code\":\"") + code
        + "\",\"message\":\"Invalid argument provided.\",\"details\":[{\"code\":\"" + detailCode
        + "\",\"message\":\"" + message + "\"}]}}";
}

} // namespace

class TestBesClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void endpoint_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("expectedBase");
        QTest::addColumn<BesEndpoint::Family>("family");
        const QString sub
            = QStringLiteral("https://ussouthcentral.services.azureml.net/subscriptions/abc/services/def");
        const QString ws
            = QStringLiteral("https://ussouthcentral.services.azureml.net/workspaces/w1/services/s1");
        QTest::newRow("subscription base") << sub << true << sub << BesEndpoint::Family::Subscription;
        QTest::newRow("subscription jobs") << sub + QStringLiteral("/jobs?api-version=2.0") << true << sub
                                           << BesEndpoint::Family::Subscription;
        QTest::newRow("workspace base") << ws << true << ws << BesEndpoint::Family::Workspace;
        QTest::newRow("workspace execute") << ws + QStringLiteral("/execute?api-version=2.0&details=true")
                                           << true << ws << BesEndpoint::Family::Workspace;
        QTest::newRow("loopback http")
            << base.toString() << true << base.toString() << BesEndpoint::Family::Subscription;
        QTest::newRow("plain http elsewhere") << QStringLiteral("http://example.com/workspaces/w/services/s")
                                              << false << QString() << BesEndpoint::Family::Workspace;
        QTest::newRow("no service") << QStringLiteral("https://example.com/workspaces/w") << false
                                    << QString() << BesEndpoint::Family::Workspace;
        QTest::newRow("not http") << QStringLiteral("ftp://example.com/workspaces/w/services/s") << false
                                  << QString() << BesEndpoint::Family::Workspace;
        QTest::newRow("odd tail") << sub + QStringLiteral("/other") << false << QString()
                                  << BesEndpoint::Family::Subscription;
    }

    void endpoint()
    {
        QFETCH(QString, url);
        QFETCH(bool, ok);
        QFETCH(QString, expectedBase);
        QFETCH(BesEndpoint::Family, family);
        Error error;
        const std::optional<BesEndpoint> e = BesEndpoint::fromUrl(QUrl(url), key, &error);
        QCOMPARE(e.has_value(), ok);
        if (!ok) {
            QCOMPARE(error.kind, Error::Kind::Input);
            QVERIFY(!error.message().contains(key));
            return;
        }
        QCOMPARE(e->baseUrl.toString(), expectedBase);
        QCOMPARE(e->family, family);
        QCOMPARE(e->jobsUrl().toString(), expectedBase + QStringLiteral("/jobs?api-version=2.0"));
        QCOMPARE(e->startUrl(QStringLiteral("j1")).toString(),
            expectedBase + QStringLiteral("/jobs/j1/start?api-version=2.0"));
    }

    void emptyKeyRefused()
    {
        Error error;
        QVERIFY(!BesEndpoint::fromUrl(base, QStringLiteral("  "), &error));
        QCOMPARE(error.kind, Error::Kind::Input);
    }

    void jobId_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("id");
        QTest::newRow("quoted") << QByteArray("\"539d0bc2fde945b6ac986b851d0000f0\"")
                                << QStringLiteral("539d0bc2fde945b6ac986b851d0000f0");
        QTest::newRow("quoted, spaces") << QByteArray(" \"abc-1\"\r\n") << QStringLiteral("abc-1");
        QTest::newRow("bare") << QByteArray("abc123") << QStringLiteral("abc123");
        QTest::newRow("object") << QByteArray("{\"id\":\"x\"}") << QString();
        QTest::newRow("empty") << QByteArray() << QString();
        QTest::newRow("empty string") << QByteArray("\"\"") << QString();
        QTest::newRow("path characters") << QByteArray("\"../x\"") << QString();
    }

    void jobId()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, id);
        Error error;
        const std::optional<QString> parsed = parseJobId(body, &error);
        QCOMPARE(parsed.value_or(QString()), id);
        QCOMPARE(error.kind, id.isEmpty() ? Error::Kind::Parse : Error::Kind::None);
    }

    void statusCode_data()
    {
        QTest::addColumn<QByteArray>("value"); // JSON of [value]
        QTest::addColumn<JobState>("state");
        QTest::newRow("NotStarted") << QByteArray("\"NotStarted\"") << JobState::NotStarted;
        QTest::newRow("running, lower case") << QByteArray("\"running\"") << JobState::Running;
        QTest::newRow("Failed") << QByteArray("\"Failed\"") << JobState::Failed;
        QTest::newRow("Cancelled") << QByteArray("\"Cancelled\"") << JobState::Cancelled;
        QTest::newRow("Finished") << QByteArray("\"Finished\"") << JobState::Finished;
        QTest::newRow("0") << QByteArray("0") << JobState::NotStarted;
        QTest::newRow("1") << QByteArray("1") << JobState::Running;
        QTest::newRow("2") << QByteArray("2") << JobState::Failed;
        QTest::newRow("3") << QByteArray("3") << JobState::Cancelled;
        QTest::newRow("4") << QByteArray("4") << JobState::Finished;
        QTest::newRow("'4' as text") << QByteArray("\"4\"") << JobState::Finished;
        QTest::newRow("5") << QByteArray("5") << JobState::Unknown;
        QTest::newRow("-1") << QByteArray("-1") << JobState::Unknown;
        QTest::newRow("1.5") << QByteArray("1.5") << JobState::Unknown;
        QTest::newRow("null") << QByteArray("null") << JobState::Unknown;
        QTest::newRow("other text") << QByteArray("\"Paused\"") << JobState::Unknown;
    }

    void statusCode()
    {
        QFETCH(QByteArray, value);
        QFETCH(JobState, state);
        const QJsonValue v = QJsonDocument::fromJson("[" + value + "]").array().at(0);
        QCOMPARE(parseStatusCode(v), state);
    }

    void jobStatus()
    {
        const QByteArray body
            = "{\"StatusCode\":4,\"Results\":{\"output1\":{\"ConnectionString\":null,\"RelativeLocation\":"
              "\"c/m.ilearner\",\"BaseLocation\":\"https://acct.blob.core.windows.net/"
              "\",\"SasBlobToken\":\"?sv=2013-08-15&sr=b&sig=SECRETSIG&sp=r\"},\"output2\":{"
              "\"relativelocation\":\"c/e.csv\",\"baselocation\":\"https://acct.blob.core.windows.net/"
              "\",\"sasblobtoken\":\"?sp=r&sig=x\"}},\"Details\":null,\"Extra\":1}";
        Error error;
        const std::optional<BesJobStatus> status = parseJobStatus(body, &error);
        QVERIFY(status);
        QCOMPARE(status->state, JobState::Finished);
        QCOMPARE(status->results.size(), 2);
        const BlobReference model = status->results.value(QStringLiteral("output1"));
        QCOMPARE(
            model.blobUrl().toString(), QStringLiteral("https://acct.blob.core.windows.net/c/m.ilearner"));
        QVERIFY(model.sasUrl().toString(QUrl::FullyEncoded).endsWith(QStringLiteral("sig=SECRETSIG&sp=r")));
        QCOMPARE(
            status->results.value(QStringLiteral("output2")).relativeLocation, QStringLiteral("c/e.csv"));
        QVERIFY(status->details.isEmpty());

        const std::optional<BesJobStatus> failed
            = parseJobStatus("{\"StatusCode\":\"Failed\",\"Results\":null,\"Details\":\"Error 0024: There is "
                             "no label column\"}",
                &error);
        QVERIFY(failed);
        QCOMPARE(failed->state, JobState::Failed);
        QVERIFY(failed->results.isEmpty());
        QCOMPARE(failed->details, QStringLiteral("Error 0024: There is no label column"));

        QVERIFY(!parseJobStatus("<html>", &error));
        QCOMPARE(error.kind, Error::Kind::Parse);
    }

    void requestBody()
    {
        BesJobRequest request;
        request.inputs.insert(QStringLiteral("input1"),
            BlobReference { {}, QStringLiteral("c/in.csv"), QStringLiteral("http://h/acct/"),
                QStringLiteral("?sp=r&sig=s") });
        request.outputs.insert(QStringLiteral("output1"),
            BlobReference { QStringLiteral("DefaultEndpointsProtocol=https;AccountName=a;AccountKey=k"),
                QStringLiteral("c/m.ilearner"), {}, {} });
        request.globalParameters.insert(QStringLiteral("Random seed"), 7);
        const QJsonObject o = QJsonDocument::fromJson(request.toJson()).object();
        QCOMPARE(o.value(QStringLiteral("Inputs"))
                     .toObject()
                     .value(QStringLiteral("input1"))
                     .toObject()
                     .value(QStringLiteral("SasBlobToken"))
                     .toString(),
            QStringLiteral("?sp=r&sig=s"));
        const QJsonObject out
            = o.value(QStringLiteral("Outputs")).toObject().value(QStringLiteral("output1")).toObject();
        QVERIFY(out.contains(QStringLiteral("ConnectionString")));
        QVERIFY(!out.contains(QStringLiteral("BaseLocation")));
        QCOMPARE(o.value(QStringLiteral("GlobalParameters"))
                     .toObject()
                     .value(QStringLiteral("Random seed"))
                     .toInt(),
            7);
    }

    // --- operations -------------------------------------------------------------------

    void submitSendsRequestAndReadsQuotedId()
    {
        FakeNetworkAccessManager nam(
            [](const SeenRequest &) { return json(200, "\"539d0bc2fde945b6ac986b851d0000f0\""); });
        BesJobRequest request;
        request.globalParameters.insert(QStringLiteral("Split fraction"), 0.5);
        BesSubmitJob job(&nam, testEndpoint(), request);
        QSignalSpy done(&job, &BesSubmitJob::finished);
        job.start();
        QVERIFY(done.isEmpty()); // never from inside start()
        QVERIFY(done.wait());
        QCOMPARE(done.first().at(0).toString(), QStringLiteral("539d0bc2fde945b6ac986b851d0000f0"));
        QVERIFY(!done.first().at(1).value<Error>());
        QCOMPARE(nam.seen().size(), 1);
        const SeenRequest &seen = nam.seen().first();
        QCOMPARE(seen.verb, QByteArray("POST"));
        QCOMPARE(seen.request.url().toString(), base.toString() + QStringLiteral("/jobs?api-version=2.0"));
        QCOMPARE(seen.request.rawHeader("Authorization"), "Bearer " + key.toUtf8());
        QVERIFY(seen.request.rawHeader("Content-Type").startsWith("application/json"));
        QCOMPARE(QJsonDocument::fromJson(seen.body)
                     .object()
                     .value(QStringLiteral("GlobalParameters"))
                     .toObject()
                     .value(QStringLiteral("Split fraction"))
                     .toDouble(),
            0.5);
    }

    void submitWrongKey()
    {
        FakeNetworkAccessManager nam([](const SeenRequest &) {
            return json(401,
                "{\"error\":{\"code\":\"Unauthorized\",\"message\":\"Invalid credentials "
                "provided.\",\"details\":[{\"code\":\"ScoreRequestUnauthorized\",\"message\":\"Invalid "
                "credentials provided.\"}]}}");
        });
        BesSubmitJob job(&nam, testEndpoint(), {});
        job.setRetryPolicy(fastPolicy());
        QSignalSpy done(&job, &BesSubmitJob::finished);
        job.start();
        QVERIFY(done.wait());
        const Error error = done.first().at(1).value<Error>();
        QVERIFY(error.isAuthError());
        QCOMPARE(error.serviceCode, QStringLiteral("Unauthorized"));
        QVERIFY(error.message().contains(QStringLiteral("401")));
        QVERIFY(!error.message().contains(key));
        QCOMPARE(nam.seen().size(), 1);
        QVERIFY(!job.mayHaveCreated());
    }

    void submitExtensionErrorShowsDetail()
    {
        FakeNetworkAccessManager nam([](const SeenRequest &) {
            return json(400,
                besError("BadArgument", "InvalidBlobExtension",
                    "The blob reference: c/model.csv has an invalid or missing file extension. Supported "
                    "file extensions for this output type are: \\\".ilearner\\\"."));
        });
        BesSubmitJob job(&nam, testEndpoint(), {});
        QSignalSpy done(&job, &BesSubmitJob::finished);
        job.start();
        QVERIFY(done.wait());
        const Error error = done.first().at(1).value<Error>();
        QCOMPARE(error.httpStatus, 400);
        QVERIFY2(
            error.message().contains(QStringLiteral("InvalidBlobExtension")), qPrintable(error.message()));
        QVERIFY(error.message().contains(QStringLiteral(".ilearner")));
    }

    // The POST is repeated only when the answer proves it had no effect.
    void submitRetries_data()
    {
        QTest::addColumn<int>("status"); // 0: network error below
        QTest::addColumn<int>("networkError");
        QTest::addColumn<int>("expectedRequests");
        QTest::addColumn<bool>("succeeds");
        QTest::addColumn<bool>("mayHaveCreated");
        QTest::newRow("429 then ok") << 429 << 0 << 2 << true << false;
        QTest::newRow("503 then ok") << 503 << 0 << 2 << true << false;
        QTest::newRow("refused then ok")
            << 0 << int(QNetworkReply::ConnectionRefusedError) << 2 << true << false;
        QTest::newRow("500: not repeated") << 500 << 0 << 1 << false << true;
        QTest::newRow("502: not repeated") << 502 << 0 << 1 << false << true;
        QTest::newRow("504: not repeated") << 504 << 0 << 1 << false << true;
        QTest::newRow("reset: not repeated")
            << 0 << int(QNetworkReply::RemoteHostClosedError) << 1 << false << true;
        QTest::newRow("timeout: not repeated") << 0 << int(QNetworkReply::TimeoutError) << 1 << false << true;
        QTest::newRow("400: not repeated") << 400 << 0 << 1 << false << false;
    }

    void submitRetries()
    {
        QFETCH(int, status);
        QFETCH(int, networkError);
        QFETCH(int, expectedRequests);
        QFETCH(bool, succeeds);
        QFETCH(bool, mayHaveCreated);
        int calls = 0;
        FakeNetworkAccessManager nam([&](const SeenRequest &) {
            if (++calls > 1)
                return json(200, "\"job2\"");
            if (status == 0)
                return FakeAnswer::failure(QNetworkReply::NetworkError(networkError));
            return json(status, "{\"error\":{\"code\":\"X\",\"message\":\"m\"}}", { { "Retry-After", "0" } });
        });
        BesSubmitJob job(&nam, testEndpoint(), {});
        job.setRetryPolicy(fastPolicy());
        QSignalSpy done(&job, &BesSubmitJob::finished);
        job.start();
        QVERIFY(done.wait());
        QCOMPARE(nam.seen().size(), expectedRequests);
        QCOMPARE(!done.first().at(1).value<Error>().isError(), succeeds);
        QCOMPARE(job.mayHaveCreated(), mayHaveCreated);
        if (mayHaveCreated)
            QVERIFY(done.first().at(1).value<Error>().message().contains(QStringLiteral("may have created")));
    }

    void getJobNotFound()
    {
        FakeNetworkAccessManager nam([](const SeenRequest &) {
            return json(404,
                "{\"error\":{\"code\":\"NotFound\",\"message\":\"Job not "
                "found.\",\"details\":[{\"code\":\"JobNotFound\",\"message\":\"No job 'nope' for this "
                "service.\"}]}}");
        });
        BesGetJob job(&nam, testEndpoint(), QStringLiteral("nope"));
        job.setRetryPolicy(fastPolicy());
        QSignalSpy done(&job, &BesGetJob::finished);
        job.start();
        QVERIFY(done.wait());
        const Error error = done.first().at(1).value<Error>();
        QVERIFY(error.isNotFound());
        QVERIFY(error.message().contains(QStringLiteral("JobNotFound")));
        QCOMPARE(nam.seen().first().request.url().path(), base.path() + QStringLiteral("/jobs/nope"));
    }

    void cancelDeletes()
    {
        FakeNetworkAccessManager nam([](const SeenRequest &) { return json(204, {}); });
        BesCancelJob job(&nam, testEndpoint(), QStringLiteral("j1"));
        QSignalSpy done(&job, &BesCancelJob::finished);
        job.start();
        QVERIFY(done.wait());
        QVERIFY(!done.first().at(0).value<Error>());
        QCOMPARE(nam.seen().first().verb, QByteArray("DELETE"));
    }

    void startRetriedAfterLostAnswerIsSuccess()
    {
        int calls = 0;
        FakeNetworkAccessManager nam([&](const SeenRequest &) {
            if (++calls == 1)
                return FakeAnswer::failure(QNetworkReply::RemoteHostClosedError); // started, answer lost
            return json(400,
                "{\"error\":{\"code\":\"InvalidOperation\",\"message\":\"The job cannot be started because "
                "it is in Running state.\"}}");
        });
        BesStartJob job(&nam, testEndpoint(), QStringLiteral("j1"));
        job.setRetryPolicy(fastPolicy());
        QSignalSpy done(&job, &BesStartJob::finished);
        job.start();
        QVERIFY(done.wait());
        QVERIFY(!done.first().at(0).value<Error>());
        QCOMPARE(calls, 2);
    }

    void startRefusedFirstTimeIsAnError()
    {
        FakeNetworkAccessManager nam([](const SeenRequest &) {
            return json(400,
                "{\"error\":{\"code\":\"InvalidOperation\",\"message\":\"The job cannot be started because "
                "it is in Cancelled state.\"}}");
        });
        BesStartJob job(&nam, testEndpoint(), QStringLiteral("j1"));
        QSignalSpy done(&job, &BesStartJob::finished);
        job.start();
        QVERIFY(done.wait());
        QCOMPARE(done.first().at(0).value<Error>().httpStatus, 400);
    }

    // --- monitor ----------------------------------------------------------------------

    void backoffSequence()
    {
        QList<qint64> delays;
        for (int n = 1; n <= 12; ++n)
            delays << BesJobMonitor::pollDelay(n).count();
        const QList<qint64> expected { 1000, 1500, 2250, 3375, 5062, 7593, 11390, 17085, 25628, 30000, 30000,
            30000 };
        QCOMPARE(delays, expected);
        QCOMPARE(BesJobMonitor::pollDelay(1, milliseconds(10), milliseconds(20)).count(), 10);
        QCOMPARE(BesJobMonitor::pollDelay(5, milliseconds(10), milliseconds(20)).count(), 20);
    }

    void monitorFollowsToFinished()
    {
        QList<QByteArray> answers { "{\"StatusCode\":\"NotStarted\"}", "{\"StatusCode\":1}",
            "{\"StatusCode\":\"Running\"}", "{\"StatusCode\":\"Running\"}",
            "{\"StatusCode\":4,\"Results\":{\"output1\":{\"RelativeLocation\":\"c/"
            "m.ilearner\",\"BaseLocation\":\"http://h/a/\",\"SasBlobToken\":\"?sig=1\"}}}" };
        FakeNetworkAccessManager nam([&](const SeenRequest &) {
            return json(
                200, answers.isEmpty() ? QByteArray("{\"StatusCode\":\"Finished\"}") : answers.takeFirst());
        });
        BesJobMonitor monitor(&nam, testEndpoint(), QStringLiteral("j1"));
        monitor.setPollDelays(milliseconds(5), milliseconds(20));
        QSignalSpy states(&monitor, &BesJobMonitor::stateChanged);
        QSignalSpy polled(&monitor, &BesJobMonitor::polled);
        QSignalSpy done(&monitor, &BesJobMonitor::finished);
        monitor.start();
        QVERIFY(done.wait());
        QCOMPARE(states.size(), 3); // NotStarted, Running, Finished
        QCOMPARE(states.at(0).at(0).value<JobState>(), JobState::NotStarted);
        QCOMPARE(states.at(1).at(0).value<JobState>(), JobState::Running);
        QCOMPARE(states.at(2).at(0).value<JobState>(), JobState::Finished);
        QCOMPARE(polled.size(), 5);
        const BesJobStatus status = done.first().at(0).value<BesJobStatus>();
        QCOMPARE(status.results.size(), 1);
        QVERIFY(!done.first().at(1).value<Error>());
        QTest::qWait(50);
        QCOMPARE(done.size(), 1); // exactly one terminal signal, and polling stopped
        QCOMPARE(nam.seen().size(), 5);
        for (const SeenRequest &s : nam.seen())
            QCOMPARE(s.verb, QByteArray("GET")); // never a DELETE
    }

    void monitorFailedJobCarriesDetails()
    {
        FakeNetworkAccessManager nam([](const SeenRequest &) {
            return json(200,
                "{\"StatusCode\":\"Failed\",\"Results\":null,\"Details\":\"Error 0024: There is no label "
                "column in \\\"Dataset\\\".\"}");
        });
        BesJobMonitor monitor(&nam, testEndpoint(), QStringLiteral("j1"));
        QSignalSpy done(&monitor, &BesJobMonitor::finished);
        monitor.start();
        QVERIFY(done.wait());
        const BesJobStatus status = done.first().at(0).value<BesJobStatus>();
        QCOMPARE(status.state, JobState::Failed);
        QVERIFY(status.details.contains(QStringLiteral("Error 0024")));
        QVERIFY(!done.first().at(1).value<Error>());
    }

    void monitorStopsOnWrongKey()
    {
        FakeNetworkAccessManager nam([](const SeenRequest &) {
            return json(
                401, "{\"error\":{\"code\":\"Unauthorized\",\"message\":\"Invalid credentials provided.\"}}");
        });
        BesJobMonitor monitor(&nam, testEndpoint(), QStringLiteral("j1"));
        monitor.setRetryPolicy(fastPolicy());
        QSignalSpy done(&monitor, &BesJobMonitor::finished);
        monitor.start();
        QVERIFY(done.wait());
        QVERIFY(done.first().at(1).value<Error>().isAuthError());
        QCOMPARE(nam.seen().size(), 1);
    }

    // A service that cannot be reached for a while (a restart): reported, polling goes on.
    void monitorSurvivesConnectionRefused()
    {
        int calls = 0;
        FakeNetworkAccessManager nam([&](const SeenRequest &) {
            ++calls;
            if (calls == 1)
                return json(200, "{\"StatusCode\":\"Running\"}");
            if (calls <= 4)
                return FakeAnswer::failure(QNetworkReply::ConnectionRefusedError);
            if (calls <= 6)
                return json(503, "{\"error\":{\"code\":\"ServiceUnavailable\",\"message\":\"busy\"}}",
                    { { "Retry-After", "0" } });
            return json(200,
                "{\"StatusCode\":\"Failed\",\"Details\":\"The job was interrupted: mlstudio-local "
                "stopped.\"}");
        });
        BesJobMonitor monitor(&nam, testEndpoint(), QStringLiteral("j1"));
        monitor.setPollDelays(milliseconds(5), milliseconds(10));
        monitor.setRetryPolicy(
            RetryPolicy { 1, milliseconds(1), milliseconds(1) }); // no retries inside a poll
        QSignalSpy problems(&monitor, &BesJobMonitor::connectionProblem);
        QSignalSpy restored(&monitor, &BesJobMonitor::connectionRestored);
        QSignalSpy done(&monitor, &BesJobMonitor::finished);
        monitor.start();
        QVERIFY(done.wait());
        QCOMPARE(problems.size(), 5);
        QCOMPARE(problems.at(2).at(1).toInt(), 3);
        QCOMPARE(restored.size(), 1);
        QCOMPARE(done.first().at(0).value<BesJobStatus>().state, JobState::Failed);
        QCOMPARE(done.size(), 1);
    }

    void monitorRefreshesResults()
    {
        int calls = 0;
        FakeNetworkAccessManager nam([&](const SeenRequest &) {
            ++calls;
            return json(200,
                QByteArray("{\"StatusCode\":\"Finished\",\"Results\":{\"output1\":{\"RelativeLocation\":\"c/"
                           "m.ilearner\",\"BaseLocation\":\"http://h/a/\",\"SasBlobToken\":\"?sig=")
                    + QByteArray::number(calls) + "\"}}}");
        });
        BesJobMonitor monitor(&nam, testEndpoint(), QStringLiteral("j1"));
        QSignalSpy done(&monitor, &BesJobMonitor::finished);
        monitor.start();
        QVERIFY(done.wait());
        QCOMPARE(monitor.lastStatus().results.value(QStringLiteral("output1")).sasBlobToken,
            QStringLiteral("?sig=1"));
        QSignalSpy refreshed(&monitor, &BesJobMonitor::resultsRefreshed);
        monitor.refreshResults();
        QVERIFY(refreshed.wait());
        QCOMPARE(refreshed.first()
                     .at(0)
                     .value<BesJobStatus>()
                     .results.value(QStringLiteral("output1"))
                     .sasBlobToken,
            QStringLiteral("?sig=2"));
        QCOMPARE(monitor.lastStatus().results.value(QStringLiteral("output1")).sasBlobToken,
            QStringLiteral("?sig=2"));
        QCOMPARE(done.size(), 1);
    }

    void monitorDestroyedWhilePolling()
    {
        FakeNetworkAccessManager nam([](const SeenRequest &) {
            return FakeAnswer { 200, {}, {}, QNetworkReply::NoError, true };
        });
        auto monitor = std::make_unique<BesJobMonitor>(&nam, testEndpoint(), QStringLiteral("j1"));
        QSignalSpy done(monitor.get(), &BesJobMonitor::finished);
        monitor->start();
        QTRY_COMPARE(nam.seen().size(), 1);
        monitor.reset(); // aborts the GET; no signal, no crash
        QTest::qWait(20);
        QCOMPARE(done.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestBesClient)
#include "tst_besclient.moc"
