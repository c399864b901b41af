#include "fakenetworkaccessmanager.h"
#include "http/httpcall.h"
#include "http/requestfactory.h"

#include <QSignalSpy>
#include <QTest>

using namespace mlr;
using namespace mlr::test;
using std::chrono::milliseconds;

namespace {

RetryPolicy fastPolicy()
{
    return RetryPolicy { 4, milliseconds(1), milliseconds(5) };
}

HttpCall *makeCall(QNetworkAccessManager *nam, QByteArray verb, QObject *parent)
{
    const RequestFactory factory;
    auto *call = new HttpCall(
        nam, std::move(verb), [factory](int) { return factory.make(QUrl(QStringLiteral("http://127.0.0.1:1/x"))); },
        parent);
    call->setRetryPolicy(fastPolicy());
    return call;
}

} // namespace

class TestHttpCall : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void retriesTransientThenSucceeds_data()
    {
        QTest::addColumn<int>("failStatus");
        QTest::addColumn<int>("failNetwork");
        QTest::newRow("503") << 503 << 0;
        QTest::newRow("429") << 429 << 0;
        QTest::newRow("reset") << 0 << int(QNetworkReply::RemoteHostClosedError);
    }

    void retriesTransientThenSucceeds()
    {
        QFETCH(int, failStatus);
        QFETCH(int, failNetwork);
        int count = 0;
        FakeNetworkAccessManager nam([&](const SeenRequest &) -> std::optional<FakeAnswer> {
            if (++count < 3) {
                if (failStatus)
                    return FakeAnswer { failStatus, {}, { { "Retry-After", "0" } }, {}, false };
                return FakeAnswer::failure(QNetworkReply::NetworkError(failNetwork));
            }
            return FakeAnswer::ok("done");
        });
        HttpCall *call = makeCall(&nam, "PUT", this);
        call->setBody("payload");
        QSignalSpy retrying(call, &HttpCall::retrying);
        QSignalSpy finished(call, &HttpCall::finished);
        call->start();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(retrying.size(), 2);
        const auto error = finished.at(0).at(1).value<Error>();
        QVERIFY2(!error.isError(), qPrintable(error.message()));
        QCOMPARE(finished.at(0).at(0).value<HttpResponse>().body, QByteArray("done"));
        QCOMPARE(nam.seen().size(), 3);
        for (const SeenRequest &seen : nam.seen())
            QCOMPARE(seen.body, QByteArray("payload"));
        // Each attempt is a freshly prepared request with its own client request id.
        QVERIFY(nam.seen().at(0).request.rawHeader("x-ms-client-request-id")
                != nam.seen().at(1).request.rawHeader("x-ms-client-request-id"));
        delete call;
    }

    void doesNotRetryPermanentErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("storage xml 403")
            << 403
            << QByteArray("<?xml version=\"1.0\"?><Error><Code>AuthorizationFailure</Code><Message>Server failed to "
                          "authenticate the request.\nRequestId:1</Message></Error>")
            << QStringLiteral("AuthorizationFailure") << QStringLiteral("Server failed to authenticate the request.");
        QTest::newRow("arm json 404") << 404
                                      << QByteArray(R"({"error":{"code":"ResourceNotFound","message":"Not here"}})")
                                      << QStringLiteral("ResourceNotFound") << QStringLiteral("Not here");
        QTest::newRow("aad 400") << 400
                                 << QByteArray(R"({"error":"invalid_client","error_description":"Bad secret"})")
                                 << QStringLiteral("invalid_client") << QStringLiteral("Bad secret");
        QTest::newRow("empty 409") << 409 << QByteArray() << QString() << QString();
    }

    void doesNotRetryPermanentErrors()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, code);
        QFETCH(QString, message);
        FakeNetworkAccessManager nam([&](const SeenRequest &) { return std::optional(FakeAnswer::ok(body, status)); });
        HttpCall *call = makeCall(&nam, "GET", this);
        call->setContext(QStringLiteral("Listing containers"));
        QSignalSpy finished(call, &HttpCall::finished);
        call->start();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(nam.seen().size(), 1);
        const auto error = finished.at(0).at(1).value<Error>();
        QCOMPARE(error.kind, Error::Kind::Http);
        QCOMPARE(error.httpStatus, status);
        QCOMPARE(error.serviceCode, code);
        QCOMPARE(error.serviceMessage, message);
        QVERIFY(error.message().startsWith(QStringLiteral("Listing containers: ")));
        if (!message.isEmpty())
            QVERIFY(error.message().contains(message));
        delete call;
    }

    void givesUpAfterMaxAttempts()
    {
        FakeNetworkAccessManager nam([](const SeenRequest &) { return std::optional(FakeAnswer::ok({}, 500)); });
        HttpCall *call = makeCall(&nam, "GET", this);
        QSignalSpy finished(call, &HttpCall::finished);
        call->start();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(nam.seen().size(), fastPolicy().maxAttempts);
        QCOMPARE(finished.at(0).at(1).value<Error>().httpStatus, 500);
        delete call;
    }

    void destructionCancelsWithoutSignal()
    {
        FakeNetworkAccessManager nam([](const SeenRequest &) {
            FakeAnswer hang;
            hang.hang = true;
            return std::optional(hang);
        });
        HttpCall *call = makeCall(&nam, "GET", this);
        QSignalSpy finished(call, &HttpCall::finished);
        call->start();
        QTest::qWait(20);
        delete call;
        QTest::qWait(20);
        QCOMPARE(finished.size(), 0);
    }

    void secretsSafety_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("safe");
        QTest::newRow("https") << QStringLiteral("https://acct.blob.core.windows.net/") << true;
        QTest::newRow("http loopback ip") << QStringLiteral("http://127.0.0.1:10000/devstoreaccount1") << true;
        QTest::newRow("http loopback v6") << QStringLiteral("http://[::1]:10000/") << true;
        QTest::newRow("http localhost") << QStringLiteral("http://localhost:10000/") << true;
        QTest::newRow("http remote") << QStringLiteral("http://acct.blob.core.windows.net/") << false;
        QTest::newRow("http private ip") << QStringLiteral("http://10.0.0.5/") << false;
        QTest::newRow("ftp") << QStringLiteral("ftp://127.0.0.1/") << false;
    }

    void secretsSafety()
    {
        QFETCH(QString, url);
        QFETCH(bool, safe);
        QCOMPARE(RequestFactory::isSafeForSecrets(QUrl(url)), safe);
    }
};

QTEST_GUILESS_MAIN(TestHttpCall)
#include "tst_httpcall.moc"
