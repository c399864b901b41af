// Sign-in without a network: token and device code parsing, AAD errors in plain words (wrong
// client secret, unknown app, expired refresh token), the environment credential, the client
// secret, refresh and device code flows (pending, slow_down, expiry, decline) over a fake
// QNetworkAccessManager, and the token provider (renewal before expiry, one renewal for
// concurrent requests, the refresh token handed out only when asked).
#include "arm/signin.h"
#include "arm/tokenprovider.h"
#include "fakenetworkaccessmanager.h"
#include "http/redaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace mlr;
using namespace Qt::StringLiterals;
using namespace mlr::arm;
using namespace mlr::test;
using std::chrono::milliseconds;

namespace {

SignInSettings settings()
{
    SignInSettings s;
    s.loginUrl = QUrl(QStringLiteral("http://127.0.0.1:7001"));
    s.tenantId = QStringLiteral("contoso.example");
    s.clientId = QStringLiteral("11111111-2222-3333-4444-555555555555");
    return s;
}

RetryPolicy fastPolicy()
{
    return RetryPolicy { 3, milliseconds(1), milliseconds(5) };
}

FakeAnswer json(int status, const QByteArray &body)
{
    return FakeAnswer { status, body, { { "Content-Type", "application/json" } }, QNetworkReply::NoError,
        false };
}

QByteArray aad(const char *error, int code, const char *description)
{
    return QByteArray("{\"error\":\"") + error + "\",\"error_description\":\"AADSTS"
        + QByteArray::number(code) + ": " + description + "\\r\\nTrace ID: 1\",\"error_codes\":["
        + QByteArray::number(code) + "]}";
}

QByteArray tokenBody(const QByteArray &access, int expiresIn = 3599, const QByteArray &refresh = {})
{
    QByteArray body = "{\"token_type\":\"Bearer\",\"expires_in\":" + QByteArray::number(expiresIn)
        + ",\"access_token\":\"" + access + "\"";
    if (!refresh.isEmpty())
        body += ",\"refresh_token\":\"" + refresh + "\"";
    return body + '}';
}

QUrlQuery form(const SeenRequest &r)
{
    return QUrlQuery(QString::fromLatin1(r.body));
}

} // namespace

class TestArmSignIn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<AccessToken>();
        qRegisterMetaType<DeviceCode>();
    }

    void urls()
    {
        QCOMPARE(settings().tokenUrl().toString(),
            QStringLiteral("http://127.0.0.1:7001/contoso.example/oauth2/v2.0/token"));
        SignInSettings s = settings();
        s.loginUrl = QUrl(QStringLiteral("https://login.microsoftonline.com/"));
        QCOMPARE(s.deviceCodeUrl().toString(),
            QStringLiteral("https://login.microsoftonline.com/contoso.example/oauth2/v2.0/devicecode"));
    }

    void settingsRefused_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("tenant");
        QTest::addColumn<QString>("client");
        QTest::addColumn<QString>("words");
        QTest::newRow("no tenant") << "https://login.microsoftonline.com"
                                   << ""
                                   << "c"
                                   << "No tenant";
        QTest::newRow("bad tenant") << "https://login.microsoftonline.com"
                                    << "a/b"
                                    << "c"
                                    << "not a valid tenant";
        QTest::newRow("no client") << "https://login.microsoftonline.com"
                                   << "t"
                                   << ""
                                   << "client) id";
        QTest::newRow("plain http") << "http://login.example.com"
                                    << "t"
                                    << "c"
                                    << "not https";
    }
    void settingsRefused()
    {
        QFETCH(QString, login);
        QFETCH(QString, tenant);
        QFETCH(QString, client);
        QFETCH(QString, words);
        SignInSettings s;
        s.loginUrl = QUrl(login);
        s.tenantId = tenant;
        s.clientId = client;
        const Error e = s.validate();
        QCOMPARE(e.kind, Error::Kind::Input);
        QVERIFY2(e.message().contains(words), qPrintable(e.message()));
    }

    void parsing()
    {
        const QDateTime now = QDateTime::fromString(QStringLiteral("2026-01-01T00:00:00Z"), Qt::ISODate);
        Error error;
        auto t = parseTokenResponse(tokenBody("abc.def.ghi", 100, "refresh-1"), now, &error);
        QVERIFY(t);
        QCOMPARE(t->expiresUtc, now.addSecs(100));
        QCOMPARE(t->refreshToken, QStringLiteral("refresh-1"));
        QVERIFY(t->expiresWithin(100, now));
        QVERIFY(!t->expiresWithin(99, now));
        QVERIFY(redaction::redact(QStringLiteral("x abc.def.ghi y")).contains(QStringLiteral("***")));
        // v1 answers give expires_in as text.
        QVERIFY(parseTokenResponse(R"({"access_token":"tok-v1-answer","expires_in":"3599"})", now, &error));
        QVERIFY(!parseTokenResponse(R"({"token_type":"Bearer"})", now, &error));
        QCOMPARE(error.kind, Error::Kind::Parse);

        auto d = parseDeviceCode(R"({"device_code":"DC-secret-123","user_code":"ABCD-EFGH",
            "verification_uri":"https:\/\/microsoft.com/devicelogin","expires_in":900,"interval":5,"message":"Go"})",
            now, &error);
        QVERIFY(d);
        QCOMPARE(d->userCode, QStringLiteral("ABCD-EFGH"));
        QCOMPARE(d->intervalSeconds, 5);
        QCOMPARE(d->expiresUtc, now.addSecs(900));
        QVERIFY(!parseDeviceCode(R"({"user_code":"A"})", now, &error));
    }

    void aadErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("words");
        QTest::newRow("wrong secret")
            << 401 << aad("invalid_client", 7000215, "Invalid client secret provided.") << "invalid_client"
            << "the client secret is wrong";
        QTest::newRow("unknown app") << 400 << aad("unauthorized_client", 700016, "Application not found.")
                                     << "unauthorized_client"
                                     << "client) id is not known";
        QTest::newRow("tenant") << 400 << aad("invalid_request", 90002, "Tenant not found.")
                                << "invalid_request"
                                << "tenant was not found";
        QTest::newRow("refresh expired")
            << 400 << aad("invalid_grant", 700082, "expired due to inactivity.") << "invalid_grant"
            << "saved sign-in has expired";
        QTest::newRow("unknown code")
            << 400 << aad("invalid_request", 12345, "Something.") << "invalid_request"
            << "AADSTS12345: Something.";
    }
    void aadErrors()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, code);
        QFETCH(QString, words);
        HttpResponse response;
        response.status = status;
        response.body = body;
        const Error e = aadError(response, Error::http(status));
        QCOMPARE(e.serviceCode, code);
        QVERIFY2(e.message().contains(words), qPrintable(e.message()));
        QVERIFY2(!e.message().contains(QStringLiteral("Trace ID")), qPrintable(e.message()));
    }

    void environmentCredential()
    {
        qunsetenv("AZURE_AUTHORITY_HOST");
        qputenv("AZURE_TENANT_ID", "tenant-from-env");
        qputenv("AZURE_CLIENT_ID", "client-from-env");
        qunsetenv("AZURE_CLIENT_SECRET");
        QVERIFY(!credentialFromEnvironment());
        qputenv("AZURE_CLIENT_SECRET", "secret-from-env-123");
        const auto c = credentialFromEnvironment();
        QVERIFY(c);
        QCOMPARE(c->settings.tenantId, QStringLiteral("tenant-from-env"));
        QCOMPARE(c->settings.clientId, QStringLiteral("client-from-env"));
        QCOMPARE(c->clientSecret, QStringLiteral("secret-from-env-123"));
        QCOMPARE(c->settings.loginUrl, defaultLoginUrl());
        QVERIFY(!redaction::redact(QStringLiteral("secret-from-env-123"))
                     .contains(QStringLiteral("secret-from")));
        qputenv("AZURE_AUTHORITY_HOST", "https://login.microsoftonline.us");
        QCOMPARE(credentialFromEnvironment()->settings.loginUrl.host(),
            QStringLiteral("login.microsoftonline.us"));
        for (const char *v :
            { "AZURE_TENANT_ID", "AZURE_CLIENT_ID", "AZURE_CLIENT_SECRET", "AZURE_AUTHORITY_HOST" })
            qunsetenv(v);
    }

    void clientSecret()
    {
        FakeNetworkAccessManager nam([](const SeenRequest &r) -> std::optional<FakeAnswer> {
            const QUrlQuery f = form(r);
            if (f.queryItemValue(QStringLiteral("client_secret"), QUrl::FullyDecoded) != u"s3cret+/=value")
                return json(401, aad("invalid_client", 7000215, "Invalid client secret provided."));
            return json(200, tokenBody("access-token-1"));
        });
        ClientSecretSignIn ok(&nam, settings(), QStringLiteral("s3cret+/=value"));
        QSignalSpy done(&ok, &ClientSecretSignIn::finished);
        ok.start();
        QVERIFY(done.wait());
        QCOMPARE(done.size(), 1);
        QVERIFY(!done.first().at(1).value<Error>());
        QCOMPARE(done.first().at(0).value<AccessToken>().token, QStringLiteral("access-token-1"));
        const QUrlQuery sent = form(nam.seen().first());
        QCOMPARE(sent.queryItemValue(QStringLiteral("grant_type")), QStringLiteral("client_credentials"));
        QCOMPARE(sent.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded), armScope());
        QCOMPARE(nam.seen().first().request.url(), settings().tokenUrl());
        QVERIFY(nam.seen().first().body.contains("client_secret=s3cret%2B%2F%3Dvalue")); // '+' is not a space
        QCOMPARE(nam.seen().first().request.header(QNetworkRequest::ContentTypeHeader).toString(),
            QStringLiteral("application/x-www-form-urlencoded"));

        ClientSecretSignIn wrong(&nam, settings(), QStringLiteral("wrong-secret-value"));
        QSignalSpy failed(&wrong, &ClientSecretSignIn::finished);
        wrong.start();
        QVERIFY(failed.wait());
        const Error e = failed.first().at(1).value<Error>();
        QCOMPARE(e.httpStatus, 401);
        QVERIFY2(e.message().contains(QStringLiteral("the client secret is wrong")), qPrintable(e.message()));
        QVERIFY2(!e.message().contains(QStringLiteral("wrong-secret-value")), qPrintable(e.message()));
    }

    void transientRetried()
    {
        int calls = 0;
        FakeNetworkAccessManager nam([&calls](const SeenRequest &) -> std::optional<FakeAnswer> {
            return ++calls == 1 ? json(503, "{}") : json(200, tokenBody("access-after-503"));
        });
        ClientSecretSignIn op(&nam, settings(), QStringLiteral("secret-value-x"));
        op.setRetryPolicy(fastPolicy());
        QSignalSpy done(&op, &ClientSecretSignIn::finished);
        op.start();
        QVERIFY(done.wait());
        QCOMPARE(calls, 2);
        QCOMPARE(done.first().at(0).value<AccessToken>().token, QStringLiteral("access-after-503"));
    }

    void refresh()
    {
        FakeNetworkAccessManager nam([](const SeenRequest &r) -> std::optional<FakeAnswer> {
            const QUrlQuery f = form(r);
            if (f.queryItemValue(QStringLiteral("refresh_token")) == u"old-refresh")
                return json(200, tokenBody("access-refreshed", 3599, "new-refresh"));
            if (f.queryItemValue(QStringLiteral("refresh_token")) == u"kept-refresh")
                return json(200, tokenBody("access-kept"));
            return json(
                400, aad("invalid_grant", 700082, "The refresh token has expired due to inactivity."));
        });
        RefreshTokenSignIn op(&nam, settings(), QStringLiteral("old-refresh"));
        QSignalSpy done(&op, &RefreshTokenSignIn::finished);
        op.start();
        QVERIFY(done.wait());
        QCOMPARE(done.first().at(0).value<AccessToken>().refreshToken, QStringLiteral("new-refresh"));
        QCOMPARE(form(nam.seen().first()).queryItemValue(QStringLiteral("grant_type")),
            QStringLiteral("refresh_token"));

        RefreshTokenSignIn kept(&nam, settings(), QStringLiteral("kept-refresh"));
        QSignalSpy keptDone(&kept, &RefreshTokenSignIn::finished);
        kept.start();
        QVERIFY(keptDone.wait());
        QCOMPARE(keptDone.first().at(0).value<AccessToken>().refreshToken, QStringLiteral("kept-refresh"));

        RefreshTokenSignIn expired(&nam, settings(), QStringLiteral("stale-refresh"));
        QSignalSpy failed(&expired, &RefreshTokenSignIn::finished);
        expired.start();
        QVERIFY(failed.wait());
        QVERIFY(failed.first().at(1).value<Error>().message().contains(QStringLiteral("Sign in again")));
    }

    void deviceCode_data()
    {
        QTest::addColumn<QStringList>("answers"); // one per poll
        const auto w = [](std::initializer_list<const char *> list) {
            QStringList out;
            for (const char *item : list)
                out.append(QString::fromUtf8(item));
            return out;
        };
        QTest::addColumn<bool>("success");
        QTest::addColumn<int>("finalInterval");
        QTest::addColumn<QString>("words");
        QTest::addColumn<int>("expiresIn");
        QTest::newRow("pending then ok")
            << w({ "authorization_pending", "authorization_pending", "ok" }) << true << 1 << QString() << 100;
        QTest::newRow("slow down") << w({ "slow_down", "ok" }) << true << 6 << QString() << 100;
        QTest::newRow("declined") << w({ "authorization_pending", "authorization_declined" }) << false << 1
                                  << "declined" << 100;
        QTest::newRow("access denied") << w({ "access_denied" }) << false << 1 << "declined" << 100;
        QTest::newRow("expired") << w({ "expired_token" }) << false << 1 << "expired" << 100;
        QTest::newRow("bad code") << w({ "bad_verification_code" }) << false << 1 << "does not know" << 100;
        QTest::newRow("local expiry")
            << w({ "authorization_pending", "authorization_pending", "authorization_pending",
                   "authorization_pending", "authorization_pending", "authorization_pending" })
            << false << 1 << "expired before it was used" << 3;
    }
    void deviceCode()
    {
        QFETCH(QStringList, answers);
        QFETCH(bool, success);
        QFETCH(int, finalInterval);
        QFETCH(QString, words);
        QFETCH(int, expiresIn);
        int polls = 0;
        FakeNetworkAccessManager nam([&](const SeenRequest &r) -> std::optional<FakeAnswer> {
            if (r.request.url().path().endsWith(u"/devicecode"))
                return json(200,
                    R"({"device_code":"device-code-secret","user_code":"WXYZ-1234",
                    "verification_uri":"http:\/\/127.0.0.1:7001/devicelogin","expires_in":)"
                        + QByteArray::number(expiresIn) + R"(,"interval":1,
                    "message":"To sign in, open the page and enter WXYZ-1234."})");
            const QString a = answers.value(polls++, QStringLiteral("authorization_pending"));
            if (a == u"ok")
                return json(200, tokenBody("device-access", 3599, "device-refresh"));
            return json(400, aad(a.toLatin1().constData(), 70016, "Pending."));
        });
        DeviceCodeSignIn op(&nam, settings());
        op.setSecondMs(40);
        QSignalSpy code(&op, &DeviceCodeSignIn::codeReady);
        QSignalSpy done(&op, &DeviceCodeSignIn::finished);
        op.start();
        QVERIFY(done.wait(5000));
        QCOMPARE(done.size(), 1);
        QCOMPARE(code.size(), 1);
        const DeviceCode shown = code.first().first().value<DeviceCode>();
        QCOMPARE(shown.userCode, QStringLiteral("WXYZ-1234"));
        QCOMPARE(shown.verificationUri.path(), QStringLiteral("/devicelogin"));
        QVERIFY(shown.message.contains(QStringLiteral("WXYZ-1234")));
        const Error e = done.first().at(1).value<Error>();
        QCOMPARE(!e, success);
        QCOMPARE(op.intervalSeconds(), finalInterval);
        if (success) {
            QCOMPARE(done.first().at(0).value<AccessToken>().refreshToken, QStringLiteral("device-refresh"));
            const QUrlQuery poll = form(nam.seen().last());
            QCOMPARE(poll.queryItemValue(QStringLiteral("grant_type"), QUrl::FullyDecoded),
                QStringLiteral("urn:ietf:params:oauth:grant-type:device_code"));
            QCOMPARE(
                poll.queryItemValue(QStringLiteral("device_code")), QStringLiteral("device-code-secret"));
            QVERIFY(form(nam.seen().first())
                        .queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded)
                        .contains(QStringLiteral("offline_access")));
        } else {
            QVERIFY2(e.message().contains(words), qPrintable(e.message()));
            QVERIFY(!e.message().contains(QStringLiteral("device-code-secret")));
        }
    }

    void deviceCodeCancelledByDestruction()
    {
        FakeNetworkAccessManager nam([](const SeenRequest &r) -> std::optional<FakeAnswer> {
            if (r.request.url().path().endsWith(u"/devicecode"))
                return json(200,
                    R"({"device_code":"dc-x","user_code":"U","verification_uri":"http:\/\/127.0.0.1/d","interval":1})");
            return json(400, aad("authorization_pending", 70016, "Pending."));
        });
        auto *op = new DeviceCodeSignIn(&nam, settings());
        op->setSecondMs(10);
        QSignalSpy code(op, &DeviceCodeSignIn::codeReady);
        QSignalSpy done(op, &DeviceCodeSignIn::finished);
        op->start();
        QVERIFY(code.wait());
        QTest::qWait(30);
        delete op;
        const qsizetype seen = nam.seen().size();
        QTest::qWait(60);
        QCOMPARE(nam.seen().size(), seen);
        QCOMPARE(done.size(), 0);
    }

    void providerRenewsOnceForConcurrentRequests()
    {
        int tokenCalls = 0;
        FakeNetworkAccessManager nam([&](const SeenRequest &) -> std::optional<FakeAnswer> {
            ++tokenCalls;
            return json(200, tokenBody("provider-token-" + QByteArray::number(tokenCalls)));
        });
        TokenProvider provider(&nam, settings());
        provider.setClientSecret(QStringLiteral("client-secret-1"));
        std::unique_ptr<TokenRequest> a(provider.request(nullptr));
        std::unique_ptr<TokenRequest> b(provider.request(nullptr));
        QSignalSpy aDone(a.get(), &TokenRequest::finished);
        QSignalSpy bDone(b.get(), &TokenRequest::finished);
        a->start();
        b->start();
        QVERIFY(aDone.wait());
        if (bDone.isEmpty())
            QVERIFY(bDone.wait());
        QCOMPARE(tokenCalls, 1);
        QCOMPARE(aDone.first().first().toString(), QStringLiteral("provider-token-1"));
        QCOMPARE(bDone.first().first().toString(), QStringLiteral("provider-token-1"));

        // Valid token: no call. Forced with the current token rejected: a renewal.
        std::unique_ptr<TokenRequest> c(provider.request(nullptr));
        QSignalSpy cDone(c.get(), &TokenRequest::finished);
        c->start();
        QVERIFY(cDone.wait());
        QCOMPARE(tokenCalls, 1);
        std::unique_ptr<TokenRequest> d(provider.request(nullptr, true, QStringLiteral("provider-token-1")));
        QSignalSpy dDone(d.get(), &TokenRequest::finished);
        d->start();
        QVERIFY(dDone.wait());
        QCOMPARE(dDone.first().first().toString(), QStringLiteral("provider-token-2"));
        // Forced, but the rejected token is no longer current: no renewal.
        std::unique_ptr<TokenRequest> e(provider.request(nullptr, true, QStringLiteral("provider-token-1")));
        QSignalSpy eDone(e.get(), &TokenRequest::finished);
        e->start();
        QVERIFY(eDone.wait());
        QCOMPARE(tokenCalls, 2);
    }

    // The provider's scope: ARM unless set; a client-secret renewal asks for it as is, a
    // refresh-token renewal with offline_access.
    void providerScope_data()
    {
        QTest::addColumn<QString>("scope"); // empty: not set
        QTest::addColumn<bool>("withSecret");
        QTest::addColumn<QString>("asked");
        QTest::newRow("default, client secret") << QString() << true << armScope();
        QTest::newRow("default, refresh token") << QString() << false << interactiveScope();
        QTest::newRow("ml, client secret") << azureMlScope() << true << u"https://ml.azure.com/.default"_s;
        QTest::newRow("ml, refresh token")
            << azureMlScope() << false << u"https://ml.azure.com/.default offline_access"_s;
    }

    void providerScope()
    {
        QFETCH(QString, scope);
        QFETCH(bool, withSecret);
        QFETCH(QString, asked);
        FakeNetworkAccessManager nam([](const SeenRequest &) -> std::optional<FakeAnswer> {
            return json(200, tokenBody("scoped-access", 3599, "scoped-refresh"));
        });
        TokenProvider provider(&nam, settings());
        QCOMPARE(provider.scope(), armScope());
        if (!scope.isEmpty())
            provider.setScope(scope);
        if (withSecret)
            provider.setClientSecret(u"client-secret-2"_s);
        else
            provider.setRefreshToken(u"stored-refresh"_s);
        std::unique_ptr<TokenRequest> r(provider.request(nullptr));
        QSignalSpy done(r.get(), &TokenRequest::finished);
        r->start();
        QVERIFY(done.wait());
        QCOMPARE(done.first().first().toString(), u"scoped-access"_s);
        QCOMPARE(nam.seen().size(), 1);
        const QUrlQuery sent = form(nam.seen().first());
        QCOMPARE(sent.queryItemValue(u"scope"_s, QUrl::FullyDecoded), asked);
        QCOMPARE(
            sent.queryItemValue(u"grant_type"_s), withSecret ? u"client_credentials"_s : u"refresh_token"_s);
    }

    void providerRenewsBeforeExpiryAndPersistsOnlyWhenAsked()
    {
        int calls = 0;
        FakeNetworkAccessManager nam([&](const SeenRequest &r) -> std::optional<FakeAnswer> {
            ++calls;
            const QString rt = form(r).queryItemValue(QStringLiteral("refresh_token"));
            return json(200,
                tokenBody("renewed-access-" + QByteArray::number(calls), 3599, "rotated-" + rt.toLatin1()));
        });
        TokenProvider provider(&nam, settings());
        QSignalSpy persisted(&provider, &TokenProvider::refreshTokenChanged);
        AccessToken fromDevice;
        fromDevice.token = QStringLiteral("device-access-token");
        fromDevice.expiresUtc = QDateTime::currentDateTimeUtc().addSecs(120); // within the 300 s margin
        fromDevice.refreshToken = QStringLiteral("device-refresh-token");
        provider.setAccessToken(fromDevice);
        QCOMPARE(persisted.size(), 0); // not asked to stay signed in
        std::unique_ptr<TokenRequest> r(provider.request(nullptr));
        QSignalSpy done(r.get(), &TokenRequest::finished);
        r->start();
        QVERIFY(done.wait());
        QCOMPARE(done.first().first().toString(), QStringLiteral("renewed-access-1"));
        QCOMPARE(provider.current().refreshToken, QStringLiteral("rotated-device-refresh-token"));
        QCOMPARE(persisted.size(), 0);
        provider.setPersistRefreshToken(true);
        QCOMPARE(persisted.size(), 1);
        QCOMPARE(persisted.first().first().toString(), QStringLiteral("rotated-device-refresh-token"));

        provider.signOut();
        std::unique_ptr<TokenRequest> after(provider.request(nullptr));
        QSignalSpy afterDone(after.get(), &TokenRequest::finished);
        after->start();
        QVERIFY(afterDone.wait());
        QVERIFY(afterDone.first().at(1).value<Error>().message().contains(QStringLiteral("not signed in")));
    }

    void providerDestroyedWhileRenewing()
    {
        FakeNetworkAccessManager nam([](const SeenRequest &) -> std::optional<FakeAnswer> {
            FakeAnswer a = json(200, tokenBody("never"));
            a.hang = true;
            return a;
        });
        auto *provider = new TokenProvider(&nam, settings());
        provider->setClientSecret(QStringLiteral("client-secret-3"));
        std::unique_ptr<TokenRequest> r(provider->request(nullptr));
        QSignalSpy done(r.get(), &TokenRequest::finished);
        r->start();
        QTRY_COMPARE(nam.seen().size(), 1);
        delete provider;
        QTRY_COMPARE(done.size(), 1);
        QVERIFY(done.first().at(1).value<Error>().message().contains(QStringLiteral("closed")));
    }

    void providerAutoRefresh()
    {
        int calls = 0;
        FakeNetworkAccessManager nam([&](const SeenRequest &) -> std::optional<FakeAnswer> {
            ++calls;
            return json(200, tokenBody("auto-token-" + QByteArray::number(calls), 3599));
        });
        TokenProvider provider(&nam, settings());
        provider.setClientSecret(QStringLiteral("client-secret-2"));
        provider.setRefreshMargin(300);
        AccessToken soon;
        soon.token = QStringLiteral("expiring-token");
        soon.expiresUtc = QDateTime::currentDateTimeUtc().addSecs(300); // renew now
        provider.setAccessToken(soon);
        QSignalSpy changed(&provider, &TokenProvider::tokenChanged);
        provider.setAutoRefresh(true);
        QVERIFY(changed.wait());
        QCOMPARE(provider.current().token, QStringLiteral("auto-token-1"));
    }
};

QTEST_GUILESS_MAIN(TestArmSignIn)
#include "tst_armsignin.moc"
