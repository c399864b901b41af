// The ARM web services client without a network: URLs, list paging through nextLink, get
// (404 in plain words), listKeys, 401 -> one token renewal -> one retry -> a clear error,
// PATCH/PUT followed through Azure-AsyncOperation to Succeeded / Failed / Canceled (with the
// operation's error), Retry-After, PUT refusing to overwrite, ARM error details
// (CannotChangeStorageAccount), transient retries, a lost answer met by
// AnotherOperationInProgress, the token never sent to another host, timeouts, cancellation.
#include "arm/armjobs.h"
#include "arm/armwrite.h"
#include "arm/classicendpoint.h"
#include "fakenetworkaccessmanager.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace mlr;
using namespace mlr::arm;
using namespace mlr::test;
using std::chrono::milliseconds;

namespace {

const QString host = QStringLiteral("http://127.0.0.1:7002");
const QString sub = QStringLiteral("00000000-1111-2222-3333-444444444444");
const QString wsPath = QStringLiteral(
    "/subscriptions/%1/resourceGroups/rg1/providers/Microsoft.MachineLearning/webServices/svc")
                           .arg(sub);
const QString opPath = QStringLiteral(
    "/subscriptions/%1/providers/Microsoft.MachineLearning/locations/southcentralus/operationsStatus/op1")
                           .arg(sub);

ArmTarget target()
{
    ArmTarget t;
    t.armUrl = QUrl(host);
    t.subscriptionId = sub;
    t.resourceGroup = QStringLiteral("rg1");
    return t;
}

SignInSettings signIn()
{
    SignInSettings s;
    s.loginUrl = QUrl(QStringLiteral("http://127.0.0.1:7001"));
    s.tenantId = QStringLiteral("tenant1");
    s.clientId = QStringLiteral("client1");
    return s;
}

FakeAnswer json(int status, const QByteArray &body, QList<QPair<QByteArray, QByteArray>> headers = {})
{
    headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json; charset=utf-8")));
    return FakeAnswer { status, body, headers, QNetworkReply::NoError, false };
}

QByteArray armError(
    const char *code, const char *message, const char *detailCode = nullptr, const char *detail = nullptr)
{
    QByteArray body = QByteArray("{\"error\":{\"code\":\"") + code + "\",\"message\":\"" + message + "\"";
    if (detailCode)
        body += QByteArray(",\"details\":[{\"code\":\"") + detailCode + "\",\"message\":\"" + detail + "\"}]";
    return body + "}}";
}

QByteArray operation(const char *status, const char *errorCode = nullptr)
{
    QByteArray body
        = QByteArray("{\"id\":\"x\",\"name\":\"op1\",\"status\":\"") + status + "\",\"percentComplete\":0.5";
    if (errorCode)
        body += QByteArray(",\"error\":{\"code\":\"") + errorCode
            + "\",\"message\":\"The model blob could not be loaded.\"}";
    return body + '}';
}

QByteArray bearerOf(const SeenRequest &r)
{
    return r.request.rawHeader("Authorization");
}

// A fake ARM + login: tokens "token-1", "token-2"...; `arm` answers the ARM requests.
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
    TokenProvider provider { &nam, signIn() };
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

template<typename Job> QList<QVariant> run(Job &job, int timeoutMs = 5000)
{
    job.setRetryPolicy(RetryPolicy { 3, milliseconds(1), milliseconds(5) });
    QSignalSpy done(&job, &Job::finished);
    job.start();
    if (!done.wait(timeoutMs))
        return {};
    return done.size() == 1 ? done.first() : QList<QVariant> {};
}

} // namespace

class TestArmClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<OperationResult>();
        qRegisterMetaType<QList<WebServiceSummary>>();
        qRegisterMetaType<WebServiceKeys>();
    }

    void urls()
    {
        ArmTarget t = target();
        t.armUrl = QUrl(QStringLiteral("https://management.azure.com/"));
        QCOMPARE(t.webServiceUrl(QStringLiteral("svc")).toString(),
            QStringLiteral("https://management.azure.com") + wsPath
                + QStringLiteral("?api-version=2017-01-01"));
        QCOMPARE(t.listKeysUrl(QStringLiteral("svc")).path(), wsPath + QStringLiteral("/listKeys"));
        QCOMPARE(t.listUrl(false).path(),
            QStringLiteral("/subscriptions/%1/providers/Microsoft.MachineLearning/webServices").arg(sub));
        QVERIFY(t.mayReceiveToken(QUrl(QStringLiteral("https://westcentralus.management.azure.com/x"))));
        QVERIFY(!t.mayReceiveToken(QUrl(QStringLiteral("https://management.azure.com.evil.example/x"))));
        QVERIFY(!t.mayReceiveToken(QUrl(QStringLiteral("http://management.azure.com/x"))));
        QVERIFY(!t.mayReceiveToken(QUrl(QStringLiteral("https://evil.example/x"))));
        QVERIFY(target().mayReceiveToken(QUrl(host + QStringLiteral("/op"))));
        QVERIFY(!target().mayReceiveToken(QUrl(QStringLiteral("http://127.0.0.1:9999/op"))));
        t.resourceGroup.clear();
        QVERIFY(t.validate(true));
        QVERIFY(!t.validate(false));
        t.armUrl = QUrl(QStringLiteral("http://management.example.com"));
        QVERIFY(t.validate(false).message().contains(QStringLiteral("not https")));
    }

    void listAllPages()
    {
        Fake fake;
        fake.arm = [](const SeenRequest &r) -> std::optional<FakeAnswer> {
            const auto item = [](const char *id, const char *name, const QJsonObject &properties) {
                QJsonObject o { { QStringLiteral("name"), QString::fromLatin1(name) },
                    { QStringLiteral("properties"), properties } };
                if (id)
                    o.insert(QStringLiteral("id"), QString::fromLatin1(id));
                return o;
            };
            QJsonObject page;
            if (r.request.url().query().contains(QStringLiteral("skiptoken=2"))) {
                page.insert(QStringLiteral("value"),
                    QJsonArray { item("/subscriptions/s/resourceGroups/rgB/providers/"
                                      "Microsoft.MachineLearning/webServices/c",
                        "c",
                        QJsonObject { { QStringLiteral("readOnly"), true },
                            { QStringLiteral("storageAccount"),
                                QJsonObject { { QStringLiteral("name"), QStringLiteral("st") } } } }) });
            } else {
                page.insert(QStringLiteral("value"),
                    QJsonArray {
                        item("/subscriptions/s/resourceGroups/rg1/providers/x/webServices/a", "a",
                            QJsonObject { { QStringLiteral("title"), QStringLiteral("A") },
                                { QStringLiteral("provisioningState"), QStringLiteral("Succeeded") } }),
                        item(nullptr, "b", {}) });
                page.insert(QStringLiteral("nextLink"),
                    QString(host + wsPath.section(QLatin1Char('/'), 0, 6)
                        + QStringLiteral("/webServices?api-version=2017-01-01&$skiptoken=2")));
            }
            return json(200, QJsonDocument(page).toJson());
        };
        WebServiceListJob job(&fake.nam, &fake.provider, target(), WebServiceListJob::Scope::ResourceGroup);
        const QList<QVariant> out = run(job);
        QVERIFY(!out.isEmpty());
        QVERIFY2(!out.at(1).value<Error>(), qPrintable(out.at(1).value<Error>().message()));
        const auto items = out.at(0).value<QList<WebServiceSummary>>();
        QCOMPARE(items.size(), 3);
        QCOMPARE(job.pages(), 2);
        QCOMPARE(items.at(0).resourceGroup, QStringLiteral("rg1"));
        QCOMPARE(items.at(0).title, QStringLiteral("A"));
        QCOMPARE(items.at(2).resourceGroup, QStringLiteral("rgB"));
        QVERIFY(items.at(2).readOnly);
        QCOMPARE(items.at(2).storageAccount, QStringLiteral("st"));
        QCOMPARE(bearerOf(fake.armRequests().first()), QByteArray("Bearer token-1"));
        QCOMPARE(fake.armRequests().first().request.url().path(), target().listUrl(true).path());
    }

    void listRefusesForeignNextLink()
    {
        Fake fake;
        fake.arm = [](const SeenRequest &) -> std::optional<FakeAnswer> {
            return json(200, R"({"value":[{"name":"a"}],"nextLink":"http:\/\/127.0.0.1:9/steal?x=1"})");
        };
        WebServiceListJob job(&fake.nam, &fake.provider, target(), WebServiceListJob::Scope::Subscription);
        const QList<QVariant> out = run(job);
        const Error e = out.at(1).value<Error>();
        QVERIFY(e.message().contains(QStringLiteral("not sent")));
        QCOMPARE(fake.armRequests().size(), 1);
        QCOMPARE(job.items().size(), 1);
    }

    void getNotFound()
    {
        Fake fake;
        fake.arm = [](const SeenRequest &) -> std::optional<FakeAnswer> {
            return json(404,
                armError("NotFound", "The specified resource was not found.", "WebServiceNotFound",
                    "No Web Service could be found with the provided name: svc."));
        };
        WebServiceGetJob job(&fake.nam, &fake.provider, target(), QStringLiteral("svc"));
        const Error e = run(job).at(1).value<Error>();
        QVERIFY(e.isNotFound());
        QCOMPARE(e.serviceCode, QStringLiteral("WebServiceNotFound"));
        QVERIFY2(e.message().contains(QStringLiteral("'svc' was not found in resource group 'rg1'")),
            qPrintable(e.message()));
    }

    void unauthorizedRenewsOnce_data()
    {
        QTest::addColumn<int>("rejections");
        QTest::addColumn<bool>("success");
        QTest::newRow("expired token") << 1 << true;
        QTest::newRow("rejected twice") << 5 << false;
    }
    void unauthorizedRenewsOnce()
    {
        QFETCH(int, rejections);
        QFETCH(bool, success);
        Fake fake;
        int calls = 0;
        fake.arm = [&](const SeenRequest &) -> std::optional<FakeAnswer> {
            if (++calls <= rejections)
                return json(401,
                    armError("ExpiredAuthenticationToken", "The access token expiry UTC time is earlier."));
            return json(200, R"({"name":"svc","properties":{"title":"t"}})");
        };
        WebServiceGetJob job(&fake.nam, &fake.provider, target(), QStringLiteral("svc"));
        const QList<QVariant> out = run(job);
        QVERIFY(!out.isEmpty());
        const Error e = out.at(1).value<Error>();
        QCOMPARE(!e, success);
        QCOMPARE(calls, 2); // never more than one repeat
        QCOMPARE(fake.tokens, 2); // one renewal
        QCOMPARE(bearerOf(fake.armRequests().at(1)), QByteArray("Bearer token-2"));
        if (!success) {
            QCOMPARE(e.httpStatus, 401);
            QVERIFY2(e.message().contains(QStringLiteral("even after renewing it")), qPrintable(e.message()));
            QVERIFY(!e.message().contains(QStringLiteral("token-2")));
        }
    }

    void keys()
    {
        Fake fake;
        fake.arm = [](const SeenRequest &r) -> std::optional<FakeAnswer> {
            if (r.verb != "GET" || !r.request.url().path().endsWith(u"/listKeys"))
                return std::nullopt;
            return json(200, R"({"primary":"primary-key-abcdef","secondary":"secondary-key-abcdef"})");
        };
        WebServiceKeysJob job(&fake.nam, &fake.provider, target(), QStringLiteral("svc"));
        const QList<QVariant> out = run(job);
        QCOMPARE(out.at(0).value<WebServiceKeys>().primary, QStringLiteral("primary-key-abcdef"));
        Error e = Error::input(QStringLiteral("key secondary-key-abcdef"));
        QVERIFY(!e.message().contains(QStringLiteral("secondary-key-abcdef")));
    }

    void patchFollowsOperation_data()
    {
        QTest::addColumn<QByteArrayList>("states");
        QTest::addColumn<bool>("success");
        QTest::addColumn<QString>("words");
        QTest::newRow("succeeded") << QByteArrayList { "Provisioning", "Provisioning", "Succeeded" } << true
                                   << QString();
        QTest::newRow("failed") << QByteArrayList {
            "Provisioning", "Failed"
        } << false << "ended 'Failed': ModelPackageFormatError: The model blob could not be loaded.";
        QTest::newRow("canceled") << QByteArrayList { "Canceled" } << false << "ended 'Canceled'";
    }
    void patchFollowsOperation()
    {
        QFETCH(QByteArrayList, states);
        QFETCH(bool, success);
        QFETCH(QString, words);
        Fake fake;
        int polls = 0;
        const QByteArray opUrl = (host + opPath + QStringLiteral("?api-version=2017-01-01")).toUtf8();
        fake.arm = [&](const SeenRequest &r) -> std::optional<FakeAnswer> {
            if (r.verb == "PATCH")
                return json(200, R"({"name":"svc","properties":{"provisioningState":"Provisioning"}})",
                    { { "Azure-AsyncOperation", opUrl } });
            if (r.verb == "GET" && r.request.url().path() == opPath) {
                const QByteArray state = states.value(polls++, "Succeeded");
                return json(200,
                    operation(state.constData(), state == "Failed" ? "ModelPackageFormatError" : nullptr),
                    { { "Retry-After", "0" } });
            }
            return std::nullopt;
        };
        const QJsonObject body { { QStringLiteral("properties"),
            QJsonObject { { QStringLiteral("title"), QStringLiteral("new") } } } };
        WebServiceWriteJob job(&fake.nam, &fake.provider, target(), QStringLiteral("svc"),
            WebServiceWriteJob::Method::Patch, body);
        job.setPollInterval(milliseconds(1), milliseconds(5));
        QSignalSpy accepted(&job, &WebServiceWriteJob::accepted);
        QSignalSpy progress(&job, &WebServiceWriteJob::progress);
        const QList<QVariant> out = run(job);
        QVERIFY(!out.isEmpty());
        const OperationResult result = out.at(0).value<OperationResult>();
        const Error e = out.at(1).value<Error>();
        QCOMPARE(!e, success);
        QCOMPARE(accepted.size(), 1);
        QCOMPARE(accepted.first().first().toUrl().toEncoded(), opUrl);
        QCOMPARE(progress.size(), states.size());
        QCOMPARE(result.final.status, QString::fromLatin1(states.last()));
        QCOMPARE(QJsonDocument::fromJson(fake.armRequests().first().body).object(), body);
        QVERIFY(fake.armRequests()
                    .first()
                    .request.header(QNetworkRequest::ContentTypeHeader)
                    .toString()
                    .startsWith(u"application/json"));
        if (!success)
            QVERIFY2(e.message().contains(words), qPrintable(e.message()));
    }

    void operationUrlElsewhereRefused()
    {
        Fake fake;
        fake.arm = [](const SeenRequest &r) -> std::optional<FakeAnswer> {
            if (r.verb == "PATCH")
                return json(
                    200, "{}", { { "Azure-AsyncOperation", "http://127.0.0.1:9/operationsStatus/x" } });
            return std::nullopt;
        };
        WebServiceWriteJob job(&fake.nam, &fake.provider, target(), QStringLiteral("svc"),
            WebServiceWriteJob::Method::Patch, {});
        const Error e = run(job).at(1).value<Error>();
        QVERIFY2(e.message().contains(QStringLiteral("was not sent there")), qPrintable(e.message()));
        QCOMPARE(fake.armRequests().size(), 1);
    }

    void operationTimeout()
    {
        Fake fake;
        fake.arm = [](const SeenRequest &r) -> std::optional<FakeAnswer> {
            if (r.verb == "PATCH")
                return json(200, "{}", { { "Azure-AsyncOperation", (host + opPath).toUtf8() } });
            return json(200, operation("Provisioning"));
        };
        WebServiceWriteJob job(&fake.nam, &fake.provider, target(), QStringLiteral("svc"),
            WebServiceWriteJob::Method::Patch, {});
        job.setPollInterval(milliseconds(5), milliseconds(5));
        job.setOperationTimeout(milliseconds(60));
        const Error e = run(job).at(1).value<Error>();
        QVERIFY2(e.message().contains(QStringLiteral("outcome is unknown")), qPrintable(e.message()));
        QVERIFY(job.polls() >= 2);
    }

    void putRefusesOverwrite()
    {
        Fake fake;
        fake.arm = [](const SeenRequest &r) -> std::optional<FakeAnswer> {
            if (r.verb == "GET")
                return json(200, R"({"name":"svc","properties":{}})");
            return std::nullopt;
        };
        WebServiceWriteJob job(
            &fake.nam, &fake.provider, target(), QStringLiteral("svc"), WebServiceWriteJob::Method::Put, {});
        const Error e = run(job).at(1).value<Error>();
        QCOMPARE(e.kind, Error::Kind::Input);
        QVERIFY2(e.message().contains(QStringLiteral("already exists")), qPrintable(e.message()));
        QCOMPARE(fake.armRequests().size(), 1); // no PUT
    }

    void putCreates()
    {
        Fake fake;
        fake.arm = [](const SeenRequest &r) -> std::optional<FakeAnswer> {
            if (r.verb == "GET" && r.request.url().path() == wsPath)
                return json(404, armError("NotFound", "Not found.", "WebServiceNotFound", "No Web Service."));
            if (r.verb == "PUT")
                return json(201, R"({"name":"svc","properties":{"provisioningState":"Provisioning"}})",
                    { { "Azure-AsyncOperation", (host + opPath).toUtf8() } });
            return json(200, operation("Succeeded"));
        };
        WebServiceWriteJob job(
            &fake.nam, &fake.provider, target(), QStringLiteral("svc"), WebServiceWriteJob::Method::Put, {});
        job.setPollInterval(milliseconds(1), milliseconds(2));
        const QList<QVariant> out = run(job);
        QVERIFY(!out.at(1).value<Error>());
        QVERIFY(out.at(0).value<OperationResult>().created);
        QCOMPARE(fake.armRequests().size(), 3);
    }

    void writeErrorsExplained_data()
    {
        QTest::addColumn<QByteArray>("detail");
        QTest::addColumn<QString>("words");
        QTest::newRow("storage") << QByteArray("CannotChangeStorageAccount")
                                 << "storage account cannot be changed";
        QTest::newRow("read-only") << QByteArray("WebServiceIsReadOnly") << "read-only";
    }
    void writeErrorsExplained()
    {
        QFETCH(QByteArray, detail);
        QFETCH(QString, words);
        Fake fake;
        fake.arm = [&](const SeenRequest &) -> std::optional<FakeAnswer> {
            return json(
                400, armError("BadRequest", "The request is invalid.", detail.constData(), "Details."));
        };
        WebServiceWriteJob job(&fake.nam, &fake.provider, target(), QStringLiteral("svc"),
            WebServiceWriteJob::Method::Patch, {});
        const Error e = run(job).at(1).value<Error>();
        QCOMPARE(e.serviceCode, QString::fromLatin1(detail));
        QVERIFY2(e.message().contains(words), qPrintable(e.message()));
        QVERIFY2(e.message().contains(QStringLiteral("The request is invalid. Details.")),
            qPrintable(e.message()));
    }

    void transientThenLostAnswer()
    {
        // 503, then a reset after the service applied it, then 409: follow the resource instead.
        Fake fake;
        int patches = 0, gets = 0;
        fake.arm = [&](const SeenRequest &r) -> std::optional<FakeAnswer> {
            if (r.verb == "PATCH") {
                ++patches;
                if (patches == 1)
                    return json(503, armError("ServiceUnavailable", "Busy."), { { "Retry-After", "0" } });
                if (patches == 2)
                    return FakeAnswer::failure(QNetworkReply::RemoteHostClosedError);
                return json(
                    409, armError("Conflict", "Conflict.", "AnotherOperationInProgress", "Still running."));
            }
            ++gets;
            return json(200,
                gets < 2 ? R"({"properties":{"provisioningState":"Provisioning"}})"
                         : R"({"properties":{"provisioningState":"Succeeded"}})");
        };
        WebServiceWriteJob job(&fake.nam, &fake.provider, target(), QStringLiteral("svc"),
            WebServiceWriteJob::Method::Patch, {});
        job.setPollInterval(milliseconds(1), milliseconds(2));
        const QList<QVariant> out = run(job);
        QVERIFY2(!out.at(1).value<Error>(), qPrintable(out.at(1).value<Error>().message()));
        QVERIFY(out.at(0).value<OperationResult>().followedResource);
        QCOMPARE(out.at(0).value<OperationResult>().final.status, QStringLiteral("Succeeded"));
        QCOMPARE(patches, 3);
    }

    void classicEndpointUrls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("ok");
        QTest::newRow("azure") << "https://management.azureml.net/workspaces/w1/webservices/s1/endpoints/e1"
                               << true;
        QTest::newRow("loopback") << "http://127.0.0.1:5000/workspaces/w1/webservices/s1/endpoints/e1"
                                  << true;
        QTest::newRow("plain http") << "http://example.com/workspaces/w1/webservices/s1/endpoints/e1"
                                    << false;
        QTest::newRow("not an endpoint")
            << "https://management.azureml.net/workspaces/w1/webservices/s1" << false;
    }
    void classicEndpointUrls()
    {
        QFETCH(QString, url);
        QFETCH(bool, ok);
        Error error;
        const auto e = ClassicEndpoint::fromUrl(QUrl(url), QStringLiteral("endpoint-api-key-1"), &error);
        QCOMPARE(bool(e), ok);
        if (e)
            QCOMPARE(e->endpointName(), QStringLiteral("e1"));
        else
            QCOMPARE(error.kind, Error::Kind::Input);
    }

    void classicResources()
    {
        Error error;
        const auto r = parseClassicResources(
            "{\"Name\":\"e1\",\"Resources\":[{\"Name\":\"M [trained model]\",\"Kind\":\"TrainedModel\","
            "\"Location\":{\"BaseLocation\":\"https:\\/\\/a.blob.core.windows.net/"
            "\",\"RelativeLocation\":\"c/"
            "m.ilearner\"}}]}",
            &error);
        QVERIFY(r);
        QCOMPARE(r->size(), 1);
        QCOMPARE(r->first().uri(), QStringLiteral("https://a.blob.core.windows.net/c/m.ilearner"));
        QVERIFY(!parseClassicResources("[1]", &error));
    }

    void cancelledByDestruction()
    {
        Fake fake;
        fake.arm = [](const SeenRequest &) -> std::optional<FakeAnswer> {
            FakeAnswer a = json(200, "{}");
            a.hang = true;
            return a;
        };
        auto *job = new WebServiceGetJob(&fake.nam, &fake.provider, target(), QStringLiteral("svc"));
        QSignalSpy done(job, &WebServiceGetJob::finished);
        job->start();
        QTRY_COMPARE(fake.armRequests().size(), 1);
        delete job;
        QTest::qWait(20);
        QCOMPARE(done.size(), 0);
    }

    void notSignedIn()
    {
        FakeNetworkAccessManager nam(
            [](const SeenRequest &) -> std::optional<FakeAnswer> { return std::nullopt; });
        TokenProvider provider(&nam, signIn()); // no credentials
        WebServiceGetJob job(&nam, &provider, target(), QStringLiteral("svc"));
        const Error e = run(job).at(1).value<Error>();
        QVERIFY2(e.message().contains(QStringLiteral("not signed in")), qPrintable(e.message()));
        QVERIFY(nam.seen().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestArmClient)
#include "tst_armclient.moc"
