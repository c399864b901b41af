// LroFollower without a network, through a minimal ArmOperation (one write, then its answer
// followed) over a fake QNetworkAccessManager, so the token, its renewal and the host rule are
// those of ArmOperation::send: what plan() follows (Azure-AsyncOperation, also next to a
// Location; Location on 202; the resource; nothing); Azure ML's Updating, InProgress and an
// unknown status as running; Failed with the operation's own code and message; Canceled; the
// final GET after a PUT; Location 202 -> 202 -> 200 (body), -> 204 (empty), -> 400 (the ARM
// error); Retry-After in seconds and as an HTTP date over the backoff; the timeout; the token
// kept from a foreign polling host (refused, never polled without it); cancel by destruction.
#include "arm/armoperation.h"
#include "arm/lrofollower.h"
#include "fakenetworkaccessmanager.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace mlr;
using namespace mlr::arm;
using namespace mlr::test;
using std::chrono::milliseconds;

namespace {

const QString loopback = QStringLiteral("http://127.0.0.1:7002");
const QString ws = QStringLiteral(
    "/subscriptions/sub/resourceGroups/rg/providers/Microsoft.MachineLearningServices/workspaces/ws");
const QString endpointPath = ws + QStringLiteral("/onlineEndpoints/ep");
const QString opsPath = QStringLiteral("/subscriptions/sub/providers/Microsoft.MachineLearningServices/"
                                       "locations/eastus2/mfeOperationsStatus/oe:1");
const QString resultsPath = QStringLiteral("/subscriptions/sub/providers/Microsoft.MachineLearningServices/"
                                           "locations/eastus2/mfeOperationResults/oe:1");
const QByteArray endpointBody
    = R"({"name":"ep","properties":{"provisioningState":"Succeeded","traffic":{"blue":100}}})";

using Headers = QList<QPair<QByteArray, QByteArray>>;

FakeAnswer json(int status, const QByteArray &body, Headers headers = {})
{
    headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json; charset=utf-8")));
    return FakeAnswer { status, body, headers, QNetworkReply::NoError, false };
}

QByteArray operation(const QByteArray &status)
{
    QJsonObject o { { QStringLiteral("id"), QStringLiteral("x") },
        { QStringLiteral("name"), QStringLiteral("oe:1") },
        { QStringLiteral("percentComplete"), status == "Succeeded" ? 100.0 : 0.0 },
        { QStringLiteral("status"), QString::fromLatin1(status) } };
    if (status == "Failed")
        o.insert(QStringLiteral("error"),
            QJsonObject { { QStringLiteral("code"), QStringLiteral("BadArgument") },
                { QStringLiteral("message"), QStringLiteral("Deployment has traffic") } });
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray httpDate(int secondsFromNow)
{
    return QLocale::c()
               .toString(
                   QDateTime::currentDateTimeUtc().addSecs(secondsFromNow), u"ddd, dd MMM yyyy hh:mm:ss")
               .toLatin1()
        + " GMT";
}

ArmTarget target(const QString &arm = loopback)
{
    ArmTarget t;
    t.armUrl = QUrl(arm);
    t.subscriptionId = QStringLiteral("sub");
    t.resourceGroup = QStringLiteral("rg");
    return t;
}

// A fake ARM + login (tokens "token-1", ...); `arm` answers everything but the login.
struct Fake
{
    int tokens = 0;
    std::function<std::optional<FakeAnswer>(const SeenRequest &)> arm;
    FakeNetworkAccessManager nam { [this](const SeenRequest &r) -> std::optional<FakeAnswer> {
        if (r.request.url().port() == 7001)
            return json(
                200, "{\"access_token\":\"token-" + QByteArray::number(++tokens) + "\",\"expires_in\":3599}");
        return arm(r);
    } };
    TokenProvider provider { &nam, [] {
                                SignInSettings s;
                                s.loginUrl = QUrl(QStringLiteral("http://127.0.0.1:7001"));
                                s.tenantId = QStringLiteral("t");
                                s.clientId = QStringLiteral("c");
                                return s;
                            }() };
    Fake() { provider.setClientSecret(QStringLiteral("client-secret-value")); }
    QList<SeenRequest> armRequests() const
    {
        QList<SeenRequest> out;
        for (const SeenRequest &r : nam.seen())
            if (r.request.url().port() != 7001)
                out.append(r);
        return out;
    }
};

} // namespace

// One write (verb on url), then its answer followed: what an Azure ML v2 job will do.
class FollowJob : public ArmOperation
{
    Q_OBJECT

public:
    FollowJob(Fake &fake, ArmTarget target, QByteArray verb, QUrl url, QUrl resourceUrl = {})
        : ArmOperation(&fake.nam, &fake.provider, std::move(target), nullptr)
        , follower([this](const QUrl &u, const QString &context, LroFollower::Done done) {
            send("GET", u, {}, context, std::move(done));
        })
        , m_verb(std::move(verb))
        , m_url(std::move(url))
        , m_resourceUrl(std::move(resourceUrl))
    {
        setRetryPolicy(RetryPolicy { 2, milliseconds(1), milliseconds(2) });
        follower.setPollInterval(milliseconds(1), milliseconds(4));
        follower.setContext(QStringLiteral("Waiting for the operation"));
        connect(&follower, &LroFollower::finished, this, [this](const LroOutcome &o, const Error &e) {
            if (markFinished())
                Q_EMIT finished(o, e);
        });
    }

    LroFollower follower;

Q_SIGNALS:
    void finished(const mlr::arm::LroOutcome &outcome, const mlr::Error &error);

protected:
    void begin() override
    {
        send(m_verb, m_url, m_verb == "DELETE" ? QByteArray() : QByteArray("{}"), QStringLiteral("Writing"),
            [this](const HttpResponse &response, const Error &error) {
                if (error)
                    failBeforeStart(error);
                else
                    follower.follow(response, m_resourceUrl);
            });
    }
    void failBeforeStart(const Error &error) override
    {
        if (markFinished())
            Q_EMIT finished({}, error);
    }

private:
    QByteArray m_verb;
    QUrl m_url;
    QUrl m_resourceUrl;
};

namespace {

struct Run
{
    LroOutcome outcome;
    Error error;
    QStringList statuses; // progress, in order
    bool done = false;
};

Run run(FollowJob &job, int timeoutMs = 5000)
{
    QSignalSpy done(&job, &FollowJob::finished);
    QSignalSpy progress(&job.follower, &LroFollower::progress);
    job.start();
    Run r;
    r.done = done.wait(timeoutMs);
    QTest::qWait(5); // a second finished() would show here
    if (!r.done || done.size() != 1)
        return r;
    r.outcome = done.first().at(0).value<LroOutcome>();
    r.error = done.first().at(1).value<Error>();
    for (const QList<QVariant> &p : progress)
        r.statuses.append(p.first().toString());
    return r;
}

QUrl endpointUrl(const QString &arm = loopback)
{
    return QUrl(arm + endpointPath + QStringLiteral("?api-version=2022-10-01"));
}

} // namespace

class TestLroFollower : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<LroOutcome>(); }

    void plan_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<Headers>("headers");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("withResource");
        QTest::addColumn<int>("via");
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("error");
        const QByteArray op = "https://management.azure.com/op", loc = "https://management.azure.com/res";
        const QByteArray creating = R"({"properties":{"provisioningState":"Creating"}})";
        const QByteArray succeeded = R"({"properties":{"provisioningState":"Succeeded"}})";
        const auto v = [](LroVia via) {
            return int(via);
        };
        QTest::newRow("async") << 201 << Headers { { "Azure-AsyncOperation", op } } << creating << true
                               << v(LroVia::AsyncOperation) << QString::fromLatin1(op) << false;
        QTest::newRow("async beside location")
            << 202 << Headers { { "Location", loc }, { "Azure-AsyncOperation", op } } << QByteArray("null")
            << false << v(LroVia::AsyncOperation) << QString::fromLatin1(op) << false;
        QTest::newRow("location on 202") << 202 << Headers { { "Location", loc } } << QByteArray() << false
                                         << v(LroVia::Location) << QString::fromLatin1(loc) << false;
        QTest::newRow("location on 200: done") << 200 << Headers { { "Location", loc } } << succeeded << false
                                               << v(LroVia::None) << QString() << false;
        QTest::newRow("resource") << 201 << Headers {} << creating << true << v(LroVia::Resource)
                                  << endpointUrl().toString() << false;
        QTest::newRow("resource failed: read again")
            << 200 << Headers {} << QByteArray(R"({"properties":{"provisioningState":"Failed"}})") << true
            << v(LroVia::Resource) << endpointUrl().toString() << false;
        QTest::newRow("resource done")
            << 200 << Headers {} << succeeded << true << v(LroVia::None) << QString() << false;
        QTest::newRow("no resource url")
            << 201 << Headers {} << creating << false << v(LroVia::None) << QString() << false;
        QTest::newRow("bad async url") << 201 << Headers { { "Azure-AsyncOperation", "http://[bad" } }
                                       << creating << true << v(LroVia::AsyncOperation) << QString() << true;
        QTest::newRow("bad location url") << 202 << Headers { { "Location", "http://[bad" } } << QByteArray()
                                          << false << v(LroVia::Location) << QString() << true;
    }
    void plan()
    {
        QFETCH(int, status);
        QFETCH(Headers, headers);
        QFETCH(QByteArray, body);
        QFETCH(bool, withResource);
        QFETCH(int, via);
        QFETCH(QString, url);
        QFETCH(bool, error);
        const LroPlan p = LroFollower::plan(
            HttpResponse { status, body, headers }, withResource ? endpointUrl() : QUrl());
        QCOMPARE(int(p.via), via);
        QCOMPARE(bool(p.error), error);
        if (error)
            QCOMPARE(p.error.kind, Error::Kind::Parse);
        else
            QCOMPARE(p.url.toString(), url);
    }

    void asyncOperation_data()
    {
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<bool>("withLocation");
        QTest::addColumn<QByteArrayList>("states");
        QTest::addColumn<bool>("finalGet");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("words");
        QTest::newRow("Updating, Updating, Succeeded, final GET")
            << QByteArray("PUT") << false << QByteArrayList { "Updating", "Updating", "Succeeded" } << true
            << QString() << QString();
        QTest::newRow("InProgress") << QByteArray("PUT") << false
                                    << QByteArrayList { "InProgress", "Succeeded" } << false << QString()
                                    << QString();
        QTest::newRow("unknown status, lower case")
            << QByteArray("PUT") << false << QByteArrayList { "Rebalancing", "updating", "succeeded" }
            << false << QString() << QString();
        QTest::newRow("DELETE with Location too: no final GET")
            << QByteArray("DELETE") << true << QByteArrayList { "Updating", "Succeeded" } << false
            << QString() << QString();
        QTest::newRow("Failed") << QByteArray("DELETE") << true << QByteArrayList { "Updating", "Failed" }
                                << false << QStringLiteral("BadArgument")
                                << QStringLiteral("ended 'Failed': BadArgument: Deployment has traffic");
        QTest::newRow("Canceled") << QByteArray("PUT") << false << QByteArrayList { "Canceled" } << true
                                  << QString() << QStringLiteral("ended 'Canceled' without saying why");
        QTest::newRow("Cancelled") << QByteArray("PUT") << false << QByteArrayList { "Cancelled" } << true
                                   << QString() << QStringLiteral("ended 'Cancelled'");
    }
    void asyncOperation()
    {
        QFETCH(QByteArray, verb);
        QFETCH(bool, withLocation);
        QFETCH(QByteArrayList, states);
        QFETCH(bool, finalGet);
        QFETCH(QString, code);
        QFETCH(QString, words);
        Fake fake;
        int polls = 0;
        const QByteArray opUrl = (loopback + opsPath + QStringLiteral("?api-version=2022-10-01")).toUtf8();
        fake.arm = [&](const SeenRequest &r) -> std::optional<FakeAnswer> {
            const QString path = r.request.url().path();
            if (r.verb == verb && path == endpointPath) {
                Headers h { { "Azure-AsyncOperation", opUrl } };
                if (withLocation)
                    h.append({ "Location", (loopback + resultsPath).toUtf8() });
                return verb == "DELETE"
                    ? json(202, "null", h)
                    : json(201, R"({"name":"ep","properties":{"provisioningState":"Updating","traffic":{}}})",
                        h);
            }
            if (r.verb == "GET" && path == opsPath)
                return json(200, operation(states.value(polls++, "Succeeded")));
            if (r.verb == "GET" && path == endpointPath)
                return json(200, endpointBody);
            return std::nullopt;
        };
        FollowJob job(fake, target(), verb, endpointUrl());
        if (finalGet)
            job.follower.setFinalGetUrl(endpointUrl());
        const Run r = run(job);
        QVERIFY(r.done);
        const bool success = states.last().compare("succeeded", Qt::CaseInsensitive) == 0;
        QVERIFY2(bool(r.error) != success, qPrintable(r.error.message()));
        QCOMPARE(int(r.outcome.via), int(LroVia::AsyncOperation));
        QCOMPARE(r.outcome.url.toEncoded(), opUrl);
        QCOMPARE(r.outcome.polls, states.size());
        QCOMPARE(r.statuses.join(u','), QString::fromLatin1(states.join(',')));
        QCOMPARE(r.outcome.status.status, QString::fromLatin1(states.last()));
        QList<SeenRequest> seen = fake.armRequests();
        const bool gotFinal = success && finalGet;
        QCOMPARE(seen.size(), 1 + states.size() + (gotFinal ? 1 : 0));
        for (const SeenRequest &s : seen) {
            QCOMPARE(s.request.rawHeader("Authorization"), QByteArray("Bearer token-1"));
            QVERIFY(s.request.url().path() != resultsPath); // Location is not followed
        }
        if (gotFinal) {
            QCOMPARE(seen.last().request.url(), endpointUrl());
            QCOMPARE(r.outcome.body, endpointBody);
        } else {
            QVERIFY(r.outcome.body.isEmpty());
        }
        if (success)
            return;
        QCOMPARE(r.error.kind, Error::Kind::Input);
        QCOMPARE(r.error.serviceCode, code);
        if (!code.isEmpty())
            QCOMPARE(r.error.serviceMessage, QStringLiteral("Deployment has traffic"));
        QVERIFY2(r.error.message().contains(words), qPrintable(r.error.message()));
        QVERIFY2(r.error.message().contains(u"Waiting for the operation"), qPrintable(r.error.message()));
    }

    void location_data()
    {
        QTest::addColumn<QList<int>>("codes");
        QTest::addColumn<QByteArray>("last");
        QTest::addColumn<bool>("ok");
        QTest::newRow("202, 202, 200 with a body")
            << QList<int> { 202, 202, 200 } << QByteArray(R"({"primaryKey":"k1"})") << true;
        QTest::newRow("202, 204 empty") << QList<int> { 202, 204 } << QByteArray() << true;
        QTest::newRow("202, 200 empty") << QList<int> { 200 } << QByteArray() << true;
        QTest::newRow("202, 400 error")
            << QList<int> { 202, 400 }
            << QByteArray(R"({"error":{"code":"UserError","message":"The job has already finished."}})")
            << false;
    }
    void location()
    {
        QFETCH(QList<int>, codes);
        QFETCH(QByteArray, last);
        QFETCH(bool, ok);
        Fake fake;
        int polls = 0;
        const QString resultUrl = loopback + resultsPath + QStringLiteral("?api-version=2022-10-01");
        const QUrl postUrl(
            loopback + endpointPath + QStringLiteral("/regenerateKeys?api-version=2022-10-01"));
        fake.arm = [&](const SeenRequest &r) -> std::optional<FakeAnswer> {
            if (r.verb == "POST")
                return json(202, {}, { { "Location", resultUrl.toUtf8() } });
            if (r.verb == "GET" && r.request.url().path() == resultsPath) {
                const int code = codes.value(polls++, 200);
                return json(code, polls == codes.size() ? last : QByteArray());
            }
            return std::nullopt;
        };
        FollowJob job(fake, target(), "POST", postUrl);
        job.follower.setFinalGetUrl(endpointUrl()); // only after an Azure-AsyncOperation
        const Run r = run(job);
        QVERIFY(r.done);
        QCOMPARE(int(r.outcome.via), int(LroVia::Location));
        QCOMPARE(r.outcome.url.toString(), resultUrl);
        QCOMPARE(r.outcome.polls, codes.size());
        QCOMPARE(fake.armRequests().size(), 1 + codes.size());
        if (ok) {
            QVERIFY2(!r.error, qPrintable(r.error.message()));
            QCOMPARE(r.outcome.body, last);
            QCOMPARE(r.outcome.status.status, QStringLiteral("Succeeded"));
            QCOMPARE(r.statuses.size(), codes.size());
            QCOMPARE(r.statuses.last(), QStringLiteral("Succeeded"));
            if (codes.size() > 1)
                QCOMPARE(r.statuses.first(), QStringLiteral("InProgress"));
            return;
        }
        QCOMPARE(r.error.kind, Error::Kind::Http);
        QCOMPARE(r.error.httpStatus, 400);
        QCOMPARE(r.error.serviceCode, QStringLiteral("UserError"));
        QVERIFY2(r.error.message().contains(u"The job has already finished."), qPrintable(r.error.message()));
    }

    void resource()
    {
        // A PUT with neither header: the resource's provisioningState is followed.
        Fake fake;
        int gets = 0;
        fake.arm = [&](const SeenRequest &r) -> std::optional<FakeAnswer> {
            if (r.verb == "PUT")
                return json(201, R"({"properties":{"provisioningState":"Creating"}})");
            ++gets;
            return json(200,
                gets < 2 ? QByteArray(R"({"properties":{"provisioningState":"Updating"}})") : endpointBody);
        };
        FollowJob job(fake, target(), "PUT", endpointUrl(), endpointUrl());
        const Run r = run(job);
        QVERIFY2(!r.error, qPrintable(r.error.message()));
        QCOMPARE(int(r.outcome.via), int(LroVia::Resource));
        QCOMPARE(r.statuses, QStringList({ QStringLiteral("Updating"), QStringLiteral("Succeeded") }));
        QCOMPARE(r.outcome.body, endpointBody);
    }

    void retryAfterOverBackoff_data()
    {
        QTest::addColumn<bool>("date");
        QTest::newRow("seconds") << false;
        QTest::newRow("HTTP date") << true;
    }
    void retryAfterOverBackoff()
    {
        // The backoff alone would wait 10 s before the first poll; Retry-After says 1-2 s.
        QFETCH(bool, date);
        Fake fake;
        int polls = 0;
        const auto retryAfter = [date] {
            return date ? httpDate(2) : QByteArray("1");
        };
        fake.arm = [&](const SeenRequest &r) -> std::optional<FakeAnswer> {
            if (r.verb == "PUT")
                return json(201, "{}",
                    { { "Azure-AsyncOperation", (loopback + opsPath).toUtf8() },
                        { "Retry-After", retryAfter() } });
            return json(
                200, operation(polls++ == 0 ? "Updating" : "Succeeded"), { { "Retry-After", retryAfter() } });
        };
        FollowJob job(fake, target(), "PUT", endpointUrl());
        job.follower.setPollInterval(std::chrono::seconds(10), std::chrono::seconds(10));
        QElapsedTimer clock;
        clock.start();
        const Run r = run(job, 9000);
        QVERIFY2(r.done && !r.error, qPrintable(r.error.message()));
        QCOMPARE(r.outcome.polls, 2);
        QVERIFY2(clock.elapsed() >= 1800, qPrintable(QString::number(clock.elapsed())));
        QVERIFY2(clock.elapsed() < 8000, qPrintable(QString::number(clock.elapsed())));
    }

    void timeout()
    {
        Fake fake;
        fake.arm = [](const SeenRequest &r) -> std::optional<FakeAnswer> {
            if (r.verb == "PUT")
                return json(201, "{}", { { "Azure-AsyncOperation", (loopback + opsPath).toUtf8() } });
            return json(200, operation("Updating"));
        };
        FollowJob job(fake, target(), "PUT", endpointUrl());
        job.follower.setPollInterval(milliseconds(5), milliseconds(5));
        job.follower.setTimeout(milliseconds(60));
        const Run r = run(job);
        QVERIFY(r.done);
        QVERIFY(r.outcome.timedOut);
        QVERIFY(r.outcome.polls >= 2);
        QCOMPARE(r.outcome.status.status, QStringLiteral("Updating"));
        QCOMPARE(r.error.kind, Error::Kind::Input);
        QVERIFY2(r.error.message().contains(u"still 'Updating'"), qPrintable(r.error.message()));
        QVERIFY2(r.error.message().contains(u"outcome is unknown"), qPrintable(r.error.message()));
    }

    void tokenOnlyToArm_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QString>("pollUrl");
        QTest::addColumn<bool>("allowed");
        const QString op = QStringLiteral("/operations/oe:1");
        QTest::newRow("async, regional ARM host")
            << QByteArray("Azure-AsyncOperation")
            << QStringLiteral("https://eastus2.management.azure.com") + op << true;
        QTest::newRow("async, foreign host")
            << QByteArray("Azure-AsyncOperation")
            << QStringLiteral("https://management.azure.com.evil.example") + op << false;
        QTest::newRow("async, plain http") << QByteArray("Azure-AsyncOperation")
                                           << QStringLiteral("http://management.azure.com") + op << false;
        QTest::newRow("location, foreign host")
            << QByteArray("Location") << QStringLiteral("https://evil.example") + op << false;
    }
    void tokenOnlyToArm()
    {
        // Refused, not polled without the token: a foreign host gets no request at all.
        QFETCH(QByteArray, header);
        QFETCH(QString, pollUrl);
        QFETCH(bool, allowed);
        const QString arm = QStringLiteral("https://management.azure.com");
        Fake fake;
        fake.arm = [&](const SeenRequest &r) -> std::optional<FakeAnswer> {
            if (r.verb == "DELETE")
                return json(202, {}, { { header, pollUrl.toUtf8() } });
            if (allowed && r.request.url() == QUrl(pollUrl))
                return json(200, operation("Succeeded"));
            return std::nullopt;
        };
        FollowJob job(fake, target(arm), "DELETE", endpointUrl(arm));
        const Run r = run(job);
        QVERIFY(r.done);
        const QList<SeenRequest> seen = fake.armRequests();
        QCOMPARE(seen.size(), allowed ? 2 : 1);
        if (allowed) {
            QVERIFY2(!r.error, qPrintable(r.error.message()));
            QCOMPARE(seen.last().request.rawHeader("Authorization"), QByteArray("Bearer token-1"));
            return;
        }
        QCOMPARE(r.error.kind, Error::Kind::Input);
        QVERIFY2(r.error.message().contains(u"was not sent there"), qPrintable(r.error.message()));
        QCOMPARE(r.outcome.polls, 1); // the one refused
    }

    void destroyedMidPoll_data()
    {
        QTest::addColumn<bool>("inFlight");
        QTest::newRow("waiting to poll") << false;
        QTest::newRow("poll in flight") << true;
    }
    void destroyedMidPoll()
    {
        QFETCH(bool, inFlight);
        Fake fake;
        fake.arm = [&](const SeenRequest &r) -> std::optional<FakeAnswer> {
            if (r.verb == "PUT")
                return json(201, "{}",
                    { { "Azure-AsyncOperation", (loopback + opsPath).toUtf8() },
                        { "Retry-After", inFlight ? "0" : "0.3" } });
            FakeAnswer a = json(200, operation("Succeeded"));
            a.hang = inFlight;
            return a;
        };
        auto *job = new FollowJob(fake, target(), "PUT", endpointUrl());
        QSignalSpy done(job, &FollowJob::finished);
        QSignalSpy progress(&job->follower, &LroFollower::progress);
        job->start();
        QTRY_COMPARE(fake.armRequests().size(), inFlight ? 2 : 1);
        delete job;
        QTest::qWait(inFlight ? 100 : 500);
        QCOMPARE(done.size(), 0);
        QCOMPARE(progress.size(), 0);
        QCOMPARE(fake.armRequests().size(), inFlight ? 2 : 1); // no poll after the destruction
    }
};

QTEST_GUILESS_MAIN(TestLroFollower)
#include "tst_lrofollower.moc"
