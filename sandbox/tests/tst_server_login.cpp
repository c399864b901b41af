// mlstudio-local's login surface (Microsoft identity platform v2.0 shapes) and how ARM
// accepts or rejects its tokens, over real HTTP.
#include "tst_serversupport.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mlr::test;

namespace {

const QByteArray armScope = "https%3A%2F%2Fmanagement.azure.com%2F.default";

struct Client
{
    QString tenant, clientId, secret;
};

Client registerClient(const ServerProcess &server, const QJsonObject &body = {})
{
    const HttpResult r = httpJson("POST", QUrl(server.login + u"/admin/clients"_s), body);
    const QJsonObject o = r.json();
    return { o[u"tenant"_s].toString(), o[u"clientId"_s].toString(), o[u"clientSecret"_s].toString() };
}

HttpResult postForm(const QString &url, const QByteArray &form)
{
    return http("POST", QUrl(url), form, { { "Content-Type", "application/x-www-form-urlencoded" } });
}

QByteArray enc(const QString &s)
{
    return QUrl::toPercentEncoding(s);
}

} // namespace

class TestServerLogin : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    Client m_client;
    QString tokenUrl(const QString &tenant) const
    {
        return m_server.login + u'/' + tenant + u"/oauth2/v2.0/token"_s;
    }
    QString deviceUrl(const QString &tenant) const
    {
        return m_server.login + u'/' + tenant + u"/oauth2/v2.0/devicecode"_s;
    }
    QString armList() const
    {
        return m_server.arm
            + u"/subscriptions/11111111-2222-3333-4444-555555555555/providers/Microsoft.MachineLearning/webServices?api-version=2017-01-01"_s;
    }
    QByteArray credentials(const Client &c) const
    {
        return "grant_type=client_credentials&client_id=" + enc(c.clientId)
            + "&client_secret=" + enc(c.secret) + "&scope=" + armScope;
    }
    void checkAadError(const HttpResult &r, int status, const QString &error, int aadsts)
    {
        QCOMPARE(r.status, status);
        const QJsonObject o = r.json();
        QCOMPARE(o[u"error"_s].toString(), error);
        QVERIFY(o[u"error_description"_s].toString().startsWith(u"AADSTS%1:"_s.arg(aadsts)));
        QCOMPARE(o[u"error_codes"_s].toArray().first().toInt(), aadsts);
        QVERIFY(!o[u"trace_id"_s].toString().isEmpty());
        QVERIFY(!o[u"correlation_id"_s].toString().isEmpty());
        QVERIFY(!o[u"timestamp"_s].toString().isEmpty());
    }
    QJsonObject startDeviceCode(
        const ServerProcess &server, const Client &c, const QByteArray &extraScope = {})
    {
        const HttpResult r = postForm(server.login + u'/' + c.tenant + u"/oauth2/v2.0/devicecode"_s,
            "client_id=" + enc(c.clientId) + "&scope=" + armScope + extraScope);
        if (r.status != 200)
            qWarning("devicecode: %s", qPrintable(r.describe()));
        return r.json();
    }
    HttpResult pollDevice(const ServerProcess &server, const Client &c, const QString &deviceCode)
    {
        return postForm(server.login + u'/' + c.tenant + u"/oauth2/v2.0/token"_s,
            "grant_type=urn:ietf:params:oauth:grant-type:device_code&client_id=" + enc(c.clientId)
                + "&device_code=" + enc(deviceCode));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        QVERIFY2(m_server.start({ u"--device-code-interval"_s, u"3"_s }, &why), qPrintable(why));
        m_client = registerClient(m_server);
        QVERIFY(!m_client.clientId.isEmpty());
    }

    void clientCredentials()
    {
        const HttpResult r = postForm(tokenUrl(m_client.tenant), credentials(m_client));
        QVERIFY2(r.status == 200, qPrintable(r.describe()));
        const QJsonObject o = r.json();
        QCOMPARE(o[u"token_type"_s].toString(), u"Bearer"_s);
        QCOMPARE(o[u"expires_in"_s].toInt(), 3599);
        const QString token = o[u"access_token"_s].toString();
        QVERIFY(token.startsWith(u"eyJ"_s));
        QCOMPARE(token.count(u'.'), 2);
        // The JWT's claims name the audience, tenant and app.
        const QJsonObject claims = QJsonDocument::fromJson(
            QByteArray::fromBase64(token.section(u'.', 1, 1).toLatin1(), QByteArray::Base64UrlEncoding))
                                       .object();
        QCOMPARE(claims[u"aud"_s].toString(), u"https://management.azure.com/"_s);
        QCOMPARE(claims[u"tid"_s].toString(), m_client.tenant);
        QCOMPARE(claims[u"appid"_s].toString(), m_client.clientId);
        QVERIFY(r.header("Cache-Control").contains("no-store"));
        // ARM accepts it.
        const HttpResult list = http("GET", QUrl(armList()), {}, bearer(token));
        QVERIFY2(list.status == 200, qPrintable(list.describe()));
        QCOMPARE(list.json()[u"value"_s].toArray().size(), 0);
    }

    void clientCredentialsLegacyResource()
    {
        Client c = m_client;
        const QByteArray form = "grant_type=client_credentials&client_id=" + enc(c.clientId)
            + "&client_secret=" + enc(c.secret)
            + "&scope=https%3A%2F%2Fmanagement.core.windows.net%2F%2F.default";
        const HttpResult r = postForm(tokenUrl(c.tenant), form);
        QVERIFY2(r.status == 200, qPrintable(r.describe()));
    }

    void clientCredentialsErrors()
    {
        Client wrong = m_client;
        wrong.secret = u"not-the-secret"_s;
        checkAadError(
            postForm(tokenUrl(m_client.tenant), credentials(wrong)), 401, u"invalid_client"_s, 7000215);
        Client unknown = m_client;
        unknown.clientId = u"00000000-0000-0000-0000-000000000001"_s;
        checkAadError(
            postForm(tokenUrl(m_client.tenant), credentials(unknown)), 400, u"unauthorized_client"_s, 700016);
        checkAadError(postForm(tokenUrl(u"99999999-9999-9999-9999-999999999999"_s), credentials(m_client)),
            400, u"invalid_request"_s, 90002);
        checkAadError(postForm(tokenUrl(m_client.tenant), "client_id=x"), 400, u"invalid_request"_s, 900144);
        checkAadError(postForm(tokenUrl(m_client.tenant), "grant_type=password&username=a"), 400,
            u"unsupported_grant_type"_s, 70003);
        const QByteArray badScope = "grant_type=client_credentials&client_id=" + enc(m_client.clientId)
            + "&client_secret=" + enc(m_client.secret)
            + "&scope=https%3A%2F%2Fgraph.microsoft.com%2FUser.Read";
        checkAadError(postForm(tokenUrl(m_client.tenant), badScope), 400, u"invalid_scope"_s, 1002012);
        // Any "<resource>/.default" is served, e.g. Azure ML's scoring audience (reference §2).
        const QByteArray mlScope = "grant_type=client_credentials&client_id=" + enc(m_client.clientId)
            + "&client_secret=" + enc(m_client.secret) + "&scope=https%3A%2F%2Fml.azure.com%2F.default";
        const HttpResult ml = postForm(tokenUrl(m_client.tenant), mlScope);
        QCOMPARE(ml.status, 200);
        const QByteArray payload = ml.json()[u"access_token"_s].toString().section(u'.', 1, 1).toLatin1();
        QCOMPARE(QJsonDocument::fromJson(QByteArray::fromBase64(payload, QByteArray::Base64UrlEncoding))
                     .object()[u"aud"_s]
                     .toString(),
            u"https://ml.azure.com"_s);
        const QByteArray noScope = "grant_type=client_credentials&client_id=" + enc(m_client.clientId)
            + "&client_secret=" + enc(m_client.secret);
        checkAadError(postForm(tokenUrl(m_client.tenant), noScope), 400, u"invalid_request"_s, 900144);
        // organizations/common are not allowed for client credentials.
        checkAadError(
            postForm(tokenUrl(u"organizations"_s), credentials(m_client)), 400, u"invalid_request"_s, 90002);
        // A public client (no secret) cannot use client credentials.
        const Client pub
            = registerClient(m_server, { { u"tenant"_s, m_client.tenant }, { u"clientSecret"_s, u""_s } });
        checkAadError(
            postForm(tokenUrl(m_client.tenant), credentials(pub)), 401, u"invalid_client"_s, 7000218);
        // Wrong method and unknown path on the login port.
        QCOMPARE(http("GET", QUrl(tokenUrl(m_client.tenant))).status, 405);
        QCOMPARE(http("POST", QUrl(m_server.login + u"/nothing"_s)).status, 404);
    }

    void deviceCodeFlow()
    {
        const QJsonObject codes = startDeviceCode(m_server, m_client, "%20offline_access");
        const QString deviceCode = codes[u"device_code"_s].toString();
        const QString userCode = codes[u"user_code"_s].toString();
        QVERIFY(!deviceCode.isEmpty());
        QCOMPARE(userCode.size(), 9);
        QCOMPARE(codes[u"verification_uri"_s].toString(), m_server.login + u"/devicelogin"_s);
        QCOMPARE(codes[u"expires_in"_s].toInt(), 900);
        QCOMPARE(codes[u"interval"_s].toInt(), 3);
        QVERIFY(codes[u"message"_s].toString().contains(userCode));
        QVERIFY(!codes.contains(u"verification_uri_complete"_s));

        checkAadError(pollDevice(m_server, m_client, deviceCode), 400, u"authorization_pending"_s, 70016);
        // Polling faster than the interval: slow_down.
        checkAadError(pollDevice(m_server, m_client, deviceCode), 400, u"slow_down"_s, 70016);
        // The pending code is listed and approved through the admin route.
        const QJsonArray pending
            = http("GET", QUrl(m_server.login + u"/admin/device-codes"_s)).json()[u"value"_s].toArray();
        QVERIFY(std::any_of(pending.begin(), pending.end(),
            [&](const QJsonValue &v) { return v.toObject()[u"user_code"_s].toString() == userCode; }));
        QCOMPARE(
            http("POST", QUrl(m_server.login + u"/admin/device-codes/"_s + userCode + u"/approve"_s)).status,
            200);
        const HttpResult granted = pollDevice(m_server, m_client, deviceCode);
        QVERIFY2(granted.status == 200, qPrintable(granted.describe()));
        const QJsonObject tokens = granted.json();
        QVERIFY(tokens[u"scope"_s].toString().contains(u"offline_access"_s));
        const QString access = tokens[u"access_token"_s].toString();
        const QString refresh = tokens[u"refresh_token"_s].toString();
        QVERIFY(!refresh.isEmpty());
        QCOMPARE(http("GET", QUrl(armList()), {}, bearer(access)).status, 200);
        // A redeemed code cannot be used twice.
        checkAadError(pollDevice(m_server, m_client, deviceCode), 400, u"invalid_grant"_s, 54005);
        checkAadError(
            pollDevice(m_server, m_client, u"no-such-code"_s), 400, u"bad_verification_code"_s, 70019);

        // Refresh.
        const HttpResult refreshed = postForm(tokenUrl(m_client.tenant),
            "grant_type=refresh_token&client_id=" + enc(m_client.clientId) + "&refresh_token=" + enc(refresh)
                + "&scope=" + armScope + "%20offline_access");
        QVERIFY2(refreshed.status == 200, qPrintable(refreshed.describe()));
        QCOMPARE(
            http("GET", QUrl(armList()), {}, bearer(refreshed.json()[u"access_token"_s].toString())).status,
            200);
        checkAadError(
            postForm(tokenUrl(m_client.tenant),
                "grant_type=refresh_token&client_id=" + enc(m_client.clientId) + "&refresh_token=bogus"),
            400, u"invalid_grant"_s, 9002313);
        checkAadError(postForm(tokenUrl(m_client.tenant),
                          "grant_type=refresh_token&client_id=" + enc(m_client.clientId)),
            400, u"invalid_request"_s, 900144);
    }

    void deviceCodeDeniedAndPage()
    {
        const QJsonObject denied = startDeviceCode(m_server, m_client);
        QCOMPARE(http("POST",
                     QUrl(m_server.login + u"/admin/device-codes/"_s + denied[u"user_code"_s].toString()
                         + u"/deny"_s))
                     .status,
            200);
        checkAadError(pollDevice(m_server, m_client, denied[u"device_code"_s].toString()), 400,
            u"authorization_declined"_s, 70000);
        QCOMPARE(http("POST", QUrl(m_server.login + u"/admin/device-codes/NOPE/approve"_s)).status, 404);

        // The verification page: a form that approves a code.
        const HttpResult page = http("GET", QUrl(m_server.login + u"/devicelogin"_s));
        QCOMPARE(page.status, 200);
        QVERIFY(page.header("Content-Type").startsWith("text/html"));
        QVERIFY(page.body.contains("user_code"));
        const QJsonObject codes = startDeviceCode(m_server, m_client);
        const HttpResult approved = postForm(m_server.login + u"/devicelogin"_s,
            "user_code=" + enc(codes[u"user_code"_s].toString()) + "&decision=approve");
        QVERIFY(approved.body.contains("Signed in"));
        QCOMPARE(pollDevice(m_server, m_client, codes[u"device_code"_s].toString()).status, 200);

        // Device code with an unknown client or a bad scope.
        checkAadError(postForm(deviceUrl(m_client.tenant), "client_id=unknown&scope=" + armScope), 400,
            u"unauthorized_client"_s, 700016);
        checkAadError(
            postForm(deviceUrl(m_client.tenant), "client_id=" + enc(m_client.clientId) + "&scope=User.Read"),
            400, u"invalid_scope"_s, 70011);
        checkAadError(
            postForm(deviceUrl(m_client.tenant), "scope=" + armScope), 400, u"invalid_request"_s, 900144);
        // "organizations" works for the device code flow.
        QCOMPARE(postForm(deviceUrl(u"organizations"_s),
                     "client_id=" + enc(m_client.clientId) + "&scope=" + armScope)
                     .status,
            200);
    }

    void deviceCodeExpiresAndAutoApprove()
    {
        ServerProcess server;
        QString why;
        QVERIFY2(server.start({ u"--device-code-interval"_s, u"0"_s, u"--device-code-lifetime"_s, u"3"_s,
                                  u"--auto-approve-device-codes"_s },
                     &why),
            qPrintable(why));
        const Client c = registerClient(server);
        const QJsonObject codes = startDeviceCode(server, c);
        // Auto-approve: the first poll is pending, the next one gets the token.
        checkAadError(pollDevice(server, c, codes[u"device_code"_s].toString()), 400,
            u"authorization_pending"_s, 70016);
        QCOMPARE(pollDevice(server, c, codes[u"device_code"_s].toString()).status, 200);
        const QJsonObject late = startDeviceCode(server, c);
        QTest::qWait(3200);
        checkAadError(
            pollDevice(server, c, late[u"device_code"_s].toString()), 400, u"expired_token"_s, 70019);
    }

    void armRejectsBadTokens()
    {
        const auto check = [this](const Headers &headers, const QString &code) {
            const HttpResult r = http("GET", QUrl(armList()), {}, headers);
            QCOMPARE(r.status, 401);
            QCOMPARE(r.json()[u"error"_s].toObject()[u"code"_s].toString(), code);
            QVERIFY(!r.json()[u"error"_s].toObject()[u"message"_s].toString().isEmpty());
            QVERIFY(r.header("WWW-Authenticate").startsWith("Bearer authorization_uri="));
            QVERIFY(!r.header("x-ms-request-id").isEmpty());
        };
        check({}, u"AuthenticationFailed"_s);
        check({ { "Authorization", "Basic abc" } }, u"InvalidAuthenticationToken"_s);
        check(bearer(u"eyJhbGciOi.unknown.token"_s), u"InvalidAuthenticationToken"_s);

        // Tokens expire: a short-lived one, and the admin route that expires them all.
        ServerProcess shortLived;
        QString why;
        QVERIFY2(shortLived.start({ u"--token-lifetime"_s, u"3"_s }, &why), qPrintable(why));
        const Client c = registerClient(shortLived);
        const HttpResult r
            = postForm(shortLived.login + u'/' + c.tenant + u"/oauth2/v2.0/token"_s, credentials(c));
        QCOMPARE(r.json()[u"expires_in"_s].toInt(), 3);
        const QString token = r.json()[u"access_token"_s].toString();
        const QString list = shortLived.arm
            + u"/subscriptions/11111111-2222-3333-4444-555555555555/providers/Microsoft.MachineLearning/webServices?api-version=2017-01-01"_s;
        QCOMPARE(http("GET", QUrl(list), {}, bearer(token)).status, 200);
        QTest::qWait(3100);
        const HttpResult expired = http("GET", QUrl(list), {}, bearer(token));
        QCOMPARE(expired.status, 401);
        QCOMPARE(
            expired.json()[u"error"_s].toObject()[u"code"_s].toString(), u"ExpiredAuthenticationToken"_s);

        const HttpResult fresh = postForm(tokenUrl(m_client.tenant), credentials(m_client));
        const QString freshToken = fresh.json()[u"access_token"_s].toString();
        QCOMPARE(http("GET", QUrl(armList()), {}, bearer(freshToken)).status, 200);
        QVERIFY(
            http("POST", QUrl(m_server.login + u"/admin/tokens/expire"_s)).json()[u"expired"_s].toInt() >= 1);
        QCOMPARE(http("GET", QUrl(armList()), {}, bearer(freshToken))
                     .json()[u"error"_s]
                     .toObject()[u"code"_s]
                     .toString(),
            u"ExpiredAuthenticationToken"_s);
    }

    void tokensSurviveRestart()
    {
        ServerProcess server;
        QString why;
        QVERIFY2(server.start({}, &why), qPrintable(why));
        const Client c = registerClient(server);
        const QString token
            = postForm(server.login + u'/' + c.tenant + u"/oauth2/v2.0/token"_s, credentials(c))
                  .json()[u"access_token"_s]
                  .toString();
        const QString dir = server.dataDir();
        server.stop();
        ServerProcess again;
        QVERIFY2(again.start({}, &why, dir), qPrintable(why));
        const QString list = again.arm
            + u"/subscriptions/11111111-2222-3333-4444-555555555555/providers/Microsoft.MachineLearning/webServices?api-version=2017-01-01"_s;
        QCOMPARE(http("GET", QUrl(list), {}, bearer(token)).status, 200);
        // The client is still registered.
        QCOMPARE(
            postForm(again.login + u'/' + c.tenant + u"/oauth2/v2.0/token"_s, credentials(c)).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestServerLogin)
#include "tst_server_login.moc"
