#include "arm/tokens.h"

#include "http/redaction.h"
#include "http/requestfactory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace mlr::arm {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mlr::arm::Tokens)
};

QJsonObject jsonObject(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    return doc.isObject() ? doc.object() : QJsonObject {};
}

QUrl endpoint(const SignInSettings &s, const QString &leaf)
{
    QUrl url = s.loginUrl;
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + u'/' + s.tenantId + QStringLiteral("/oauth2/v2.0/") + leaf);
    return url;
}

// Plain words for the AADSTS codes people meet with these flows.
QString explain(int code, const QString &oauth)
{
    switch (code) {
    case 7000215:
        return Tr::tr("the client secret is wrong. Use the secret's Value (not its ID) from the app "
                      "registration's \"Certificates & secrets\" page");
    case 7000222:
        return Tr::tr("the client secret has expired. Create a new one in the app registration");
    case 7000218:
        return Tr::tr("no client secret was given for this application");
    case 700016:
        return Tr::tr("the application (client) id is not known in this tenant. Check the client id and "
                      "the tenant");
    case 90002:
    case 900023:
        return Tr::tr("the tenant was not found. Check the tenant id or domain");
    case 70011:
    case 1002012:
        return Tr::tr("the requested permission scope was refused");
    case 700082:
    case 70008:
        return Tr::tr("the saved sign-in has expired. Sign in again");
    case 9002313:
    case 50173:
        return Tr::tr("the saved sign-in is no longer valid. Sign in again");
    case 70019:
        return Tr::tr("the sign-in code expired before it was used. Start the sign-in again");
    case 70000:
        return Tr::tr("the sign-in was declined");
    case 50076:
    case 50079:
        return Tr::tr("the account needs multi-factor authentication: use the device code sign-in");
    case 65001:
        return Tr::tr("the application has not been granted consent in this tenant");
    case 7000112:
        return Tr::tr("the application is disabled");
    default:
        break;
    }
    if (oauth == u"invalid_client")
        return Tr::tr("the application or its secret was not accepted");
    if (oauth == u"invalid_grant")
        return Tr::tr("the sign-in is no longer valid. Sign in again");
    if (oauth == u"unauthorized_client")
        return Tr::tr("the application may not use this sign-in method");
    return {};
}

} // namespace

QString armScope()
{
    return QStringLiteral("https://management.azure.com/.default");
}

QString interactiveScope()
{
    return armScope() + QStringLiteral(" offline_access");
}

QString azureMlScope()
{
    return QStringLiteral("https://ml.azure.com/.default");
}

QUrl defaultLoginUrl()
{
    return QUrl(QStringLiteral("https://login.microsoftonline.com"));
}

QUrl SignInSettings::tokenUrl() const
{
    return endpoint(*this, QStringLiteral("token"));
}

QUrl SignInSettings::deviceCodeUrl() const
{
    return endpoint(*this, QStringLiteral("devicecode"));
}

Error SignInSettings::validate() const
{
    if (tenantId.trimmed().isEmpty())
        return Error::input(Tr::tr("No tenant is set: give the directory (tenant) id or domain."));
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9.-]+$"));
    if (!safe.match(tenantId).hasMatch())
        return Error::input(Tr::tr("The tenant \"%1\" is not a valid tenant id or domain.").arg(tenantId));
    if (clientId.trimmed().isEmpty())
        return Error::input(Tr::tr("No application (client) id is set."));
    if (!loginUrl.isValid() || loginUrl.host().isEmpty())
        return Error::input(Tr::tr("The sign-in URL is not valid."));
    if (!RequestFactory::isSafeForSecrets(loginUrl))
        return Error::input(Tr::tr("The sign-in URL %1 is not https: credentials are only sent over https "
                                   "(or to this computer).")
                                .arg(loginUrl.toString()));
    return {};
}

std::optional<EnvironmentCredential> credentialFromEnvironment()
{
    const QString tenant = qEnvironmentVariable("AZURE_TENANT_ID").trimmed();
    const QString client = qEnvironmentVariable("AZURE_CLIENT_ID").trimmed();
    const QString secret = qEnvironmentVariable("AZURE_CLIENT_SECRET");
    if (tenant.isEmpty() || client.isEmpty() || secret.isEmpty())
        return std::nullopt;
    redaction::registerSecret(secret);
    EnvironmentCredential c;
    c.settings.tenantId = tenant;
    c.settings.clientId = client;
    const QString authority = qEnvironmentVariable("AZURE_AUTHORITY_HOST").trimmed();
    if (!authority.isEmpty())
        c.settings.loginUrl = QUrl(authority);
    c.clientSecret = secret;
    return c;
}

bool AccessToken::expiresWithin(qint64 marginSeconds, const QDateTime &now) const
{
    return token.isEmpty() || !expiresUtc.isValid() || now.secsTo(expiresUtc) <= marginSeconds;
}

std::optional<AccessToken> parseTokenResponse(const QByteArray &body, const QDateTime &now, Error *error)
{
    const QJsonObject o = jsonObject(body);
    const QString token = o.value(QStringLiteral("access_token")).toString();
    const QJsonValue expires = o.value(QStringLiteral("expires_in"));
    // expires_in is a number on v2.0, a string on some v1 answers.
    const qint64 seconds = expires.isString() ? expires.toString().toLongLong() : expires.toInteger(-1);
    if (token.isEmpty() || seconds <= 0) {
        if (error)
            *error = Error::parse(Tr::tr("the sign-in service's answer has no access token and lifetime"));
        return std::nullopt;
    }
    AccessToken t;
    t.token = token;
    t.expiresUtc = now.addSecs(seconds);
    t.refreshToken = o.value(QStringLiteral("refresh_token")).toString();
    t.scope = o.value(QStringLiteral("scope")).toString();
    redaction::registerSecret(t.token);
    if (!t.refreshToken.isEmpty())
        redaction::registerSecret(t.refreshToken);
    return t;
}

std::optional<DeviceCode> parseDeviceCode(const QByteArray &body, const QDateTime &now, Error *error)
{
    const QJsonObject o = jsonObject(body);
    DeviceCode d;
    d.deviceCode = o.value(QStringLiteral("device_code")).toString();
    d.userCode = o.value(QStringLiteral("user_code")).toString();
    // v1 endpoints spell it verification_url.
    d.verificationUri = QUrl(o.value(QStringLiteral("verification_uri"))
                                 .toString(o.value(QStringLiteral("verification_url")).toString()));
    d.message = o.value(QStringLiteral("message")).toString();
    d.expiresInSeconds = int(o.value(QStringLiteral("expires_in")).toInteger(900));
    d.intervalSeconds = int(o.value(QStringLiteral("interval")).toInteger(5));
    if (d.deviceCode.isEmpty() || d.userCode.isEmpty() || !d.verificationUri.isValid()
        || d.verificationUri.isEmpty()) {
        if (error)
            *error = Error::parse(Tr::tr("the sign-in service's device code answer is incomplete"));
        return std::nullopt;
    }
    d.intervalSeconds = qBound(1, d.intervalSeconds, 60);
    d.expiresInSeconds = qMax(1, d.expiresInSeconds);
    d.expiresUtc = now.addSecs(d.expiresInSeconds);
    redaction::registerSecret(d.deviceCode);
    return d;
}

int aadCode(const QByteArray &body)
{
    const QJsonObject o = jsonObject(body);
    const QJsonArray codes = o.value(QStringLiteral("error_codes")).toArray();
    if (!codes.isEmpty() && codes.first().toInteger() > 0)
        return int(codes.first().toInteger());
    static const QRegularExpression re(QStringLiteral("AADSTS(\\d+)"));
    const auto m = re.match(o.value(QStringLiteral("error_description")).toString());
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

QString oauthError(const QByteArray &body)
{
    return jsonObject(body).value(QStringLiteral("error")).toString();
}

Error aadError(const HttpResponse &response, const Error &transportError)
{
    Error e = transportError;
    if (e.kind != Error::Kind::Http)
        return e.withContext(Tr::tr("Signing in to Azure"));
    const QString oauth = oauthError(response.body);
    const int code = aadCode(response.body);
    if (!oauth.isEmpty()) {
        e.serviceCode = oauth;
        QString description = QJsonDocument::fromJson(response.body)
                                  .object()
                                  .value(QStringLiteral("error_description"))
                                  .toString()
                                  .trimmed();
        const qsizetype cut = description.indexOf(QRegularExpression(QStringLiteral("[\\r\\n]")));
        if (cut >= 0)
            description.truncate(cut);
        e.serviceMessage = redaction::redact(description);
    }
    const QString why = explain(code, oauth);
    e.withContext(
        why.isEmpty() ? Tr::tr("Signing in to Azure") : Tr::tr("Signing in to Azure failed: %1").arg(why));
    return e;
}

} // namespace mlr::arm
