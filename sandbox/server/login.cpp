#include "server/login.h"

#include "server/errors.h"
#include "server/httpfront.h"
#include "server/jsonutil.h"
#include "server/login_p.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace mlr::server {

namespace login_detail {

// The audiences ARM accepts (reference §5).
const QStringList armResources
    = { u"https://management.azure.com"_s, u"https://management.core.windows.net"_s };

QString stripSlashes(QString s)
{
    while (s.endsWith(u'/'))
        s.chop(1);
    return s;
}

QString resourceOf(const QString &scope, bool *hasDefault)
{
    *hasDefault = false;
    for (const QString &item : scope.split(u' ', Qt::SkipEmptyParts)) {
        if (item == u"offline_access"_s || item == u"openid"_s || item == u"profile"_s)
            continue;
        const qsizetype slash = item.lastIndexOf(u'/');
        const QString suffix = slash >= 0 ? item.mid(slash + 1) : QString();
        if (suffix != u".default"_s && suffix != u"user_impersonation"_s)
            return {};
        *hasDefault = suffix == u".default"_s;
        const QString resource = stripSlashes(item.left(slash));
        for (const QString &arm : armResources)
            if (resource.compare(arm, Qt::CaseInsensitive) == 0)
                return arm + u'/';
        const bool isUrl = QUrl(resource).isValid() && resource.contains(u"://"_s);
        const bool isAppId = QUuid::fromString(resource).isNull() == false;
        return isUrl || isAppId ? resource : QString();
    }
    return {};
}

bool isArmResource(const QString &audience)
{
    for (const QString &arm : armResources)
        if (stripSlashes(audience).compare(arm, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

QString base64Url(const QByteArray &data)
{
    return QString::fromLatin1(data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QUrlQuery parseForm(const QByteArray &body)
{
    QByteArray text = body;
    text.replace('+', ' '); // application/x-www-form-urlencoded spaces
    return QUrlQuery(QString::fromUtf8(text));
}

QString formValue(const QUrlQuery &form, const QString &name)
{
    return form.queryItemValue(name, QUrl::FullyDecoded);
}

QString makeUserCode()
{
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QString code;
    for (int i = 0; i < 9; ++i)
        code += QChar::fromLatin1(alphabet[QRandomGenerator::system()->bounded(int(sizeof alphabet - 1))]);
    return code;
}

} // namespace login_detail

using namespace login_detail;

LoginService::LoginService(Context *context, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_signingKey(randomHex(32).toLatin1())
{
    HttpFront *front = context->login;
    const QString tenant = u"/([^/]+)/oauth2/v2\\.0"_s;
    front->addRoute("POST", tenant + u"/token"_s, u"login.token"_s,
        [this](const Request &r, const ResponderPtr &p) { onToken(r, p); });
    front->addRoute("POST", tenant + u"/devicecode"_s, u"login.devicecode"_s,
        [this](const Request &r, const ResponderPtr &p) { onDeviceCode(r, p); });
    front->addRoute("GET", u"/devicelogin"_s, u"login.devicelogin"_s,
        [this](const Request &r, const ResponderPtr &p) { onDeviceLoginPage(r, p); });
    front->addRoute("POST", u"/devicelogin"_s, u"login.devicelogin"_s,
        [this](const Request &r, const ResponderPtr &p) { onDeviceLoginPage(r, p); });
}

ClientApp LoginService::registerClient(
    const QString &tenant, const QString &clientId, const QString &secret, const QString &name)
{
    ClientApp app { tenant, clientId, secret, name };
    m_context->state->clients.insert(clientId.toLower(), app);
    m_context->state->changed();
    return app;
}

QString LoginService::resolveTenant(const QString &segment, bool allowAlias) const
{
    if (allowAlias
        && (segment.compare(u"organizations"_s, Qt::CaseInsensitive) == 0
            || segment.compare(u"common"_s, Qt::CaseInsensitive) == 0)) {
        return u"*"_s; // the client's own tenant
    }
    for (const ClientApp &app : std::as_const(m_context->state->clients))
        if (app.tenant.compare(segment, Qt::CaseInsensitive) == 0)
            return app.tenant;
    return {};
}

QString LoginService::makeJwt(const QJsonObject &claims) const
{
    const QString header = base64Url(R"({"typ":"JWT","alg":"HS256","kid":"mlstudio-local"})");
    const QString payload = base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    const QByteArray signingInput = (header + u'.' + payload).toLatin1();
    return header + u'.' + payload + u'.'
        + base64Url(QMessageAuthenticationCode::hash(signingInput, m_signingKey, QCryptographicHash::Sha256));
}

QJsonObject LoginService::issueTokens(const QString &tenant, const QString &clientId, const QString &scope,
    const QString &subject, bool withRefresh)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const int lifetime = m_context->config.tokenLifetimeSeconds;
    bool hasDefault = false;
    const QString audience = resourceOf(scope, &hasDefault);
    const QString access = makeJwt({
        { u"aud"_s, audience },
        { u"iss"_s, u"https://sts.windows.net/%1/"_s.arg(tenant) },
        { u"iat"_s, now.toSecsSinceEpoch() },
        { u"nbf"_s, now.toSecsSinceEpoch() },
        { u"exp"_s, now.toSecsSinceEpoch() + lifetime },
        { u"appid"_s, clientId },
        { u"tid"_s, tenant },
        { u"sub"_s, subject },
        { u"uti"_s, randomHex(8) },
        { u"ver"_s, u"1.0"_s },
    });
    TokenRecord record { TokenRecord::Kind::Access, tenant, clientId, scope, subject, now.addSecs(lifetime) };
    m_context->state->tokens.insert(State::hashSecret(access), record);
    QJsonObject answer {
        { u"token_type"_s, u"Bearer"_s },
        { u"scope"_s, scope },
        { u"expires_in"_s, lifetime },
        { u"ext_expires_in"_s, lifetime },
        { u"access_token"_s, access },
    };
    if (withRefresh) {
        const QString refresh = u"0.LOCAL."_s + randomBase64(48).replace(u'/', u'_').replace(u'+', u'-');
        record.kind = TokenRecord::Kind::Refresh;
        record.expiresUtc = now.addDays(90);
        m_context->state->tokens.insert(State::hashSecret(refresh), record);
        answer.insert(u"refresh_token"_s, refresh);
    }
    if (scope.split(u' ').contains(u"openid"_s))
        answer.insert(u"id_token"_s,
            makeJwt({ { u"aud"_s, clientId }, { u"tid"_s, tenant }, { u"sub"_s, subject },
                { u"iat"_s, now.toSecsSinceEpoch() }, { u"exp"_s, now.toSecsSinceEpoch() + lifetime } }));
    // Forget tokens that expired more than a day ago.
    for (auto it = m_context->state->tokens.begin(); it != m_context->state->tokens.end();)
        it = it->expiresUtc < now.addDays(-1) ? m_context->state->tokens.erase(it) : std::next(it);
    m_context->state->changed();
    return answer;
}

void LoginService::onToken(const Request &request, const ResponderPtr &responder)
{
    const QUrlQuery form = parseForm(request.body);
    const QString grant = formValue(form, u"grant_type"_s);
    if (grant.isEmpty())
        return sendAadError(responder, 400, u"invalid_request"_s, 900144,
            u"The request body must contain the following parameter: 'grant_type'."_s);
    const bool alias = grant != u"client_credentials"_s;
    const QString tenant = resolveTenant(request.capture(1), alias);
    if (tenant.isEmpty())
        return sendAadError(responder, 400, u"invalid_request"_s, 90002,
            u"Tenant '%1' not found. Check to make sure you have the correct tenant ID and are signing into "
            u"the "
            u"correct cloud."_s.arg(request.capture(1)));
    if (grant == u"client_credentials"_s)
        return clientCredentials(tenant, form, responder);
    if (grant == u"urn:ietf:params:oauth:grant-type:device_code"_s || grant == u"device_code"_s)
        return deviceCodeGrant(tenant, form, responder);
    if (grant == u"refresh_token"_s)
        return refreshGrant(tenant, form, responder);
    sendAadError(responder, 400, u"unsupported_grant_type"_s, 70003,
        u"The app requested an unsupported grant type '%1'."_s.arg(grant));
}

void LoginService::clientCredentials(
    const QString &tenant, const QUrlQuery &form, const ResponderPtr &responder)
{
    const QString clientId = formValue(form, u"client_id"_s);
    const QString secret = formValue(form, u"client_secret"_s);
    const QString scope = formValue(form, u"scope"_s);
    if (clientId.isEmpty())
        return sendAadError(responder, 400, u"invalid_request"_s, 900144,
            u"The request body must contain the following parameter: 'client_id'."_s);
    const auto it = m_context->state->clients.constFind(clientId.toLower());
    if (it == m_context->state->clients.cend() || it->tenant.compare(tenant, Qt::CaseInsensitive) != 0)
        return sendAadError(responder, 400, u"unauthorized_client"_s, 700016,
            u"Application with identifier '%1' was not found in the directory '%2'. This can happen if the "
            u"application has not been installed by the administrator of the tenant."_s.arg(
                clientId, tenant));
    if (scope.isEmpty())
        return sendAadError(responder, 400, u"invalid_request"_s, 900144,
            u"The request body must contain the following parameter: 'scope'."_s);
    if (it->secret.isEmpty() || secret.isEmpty())
        return sendAadError(responder, 401, u"invalid_client"_s, 7000218,
            u"The request body must contain the following parameter: 'client_assertion' or 'client_secret'."_s);
    if (secret != it->secret)
        return sendAadError(responder, 401, u"invalid_client"_s, 7000215,
            u"Invalid client secret provided. Ensure the secret being sent in the request is the client "
            u"secret "
            u"value, not the client secret ID, for a secret added to app '%1'."_s.arg(clientId));
    bool hasDefault = false;
    const QString resource = resourceOf(scope, &hasDefault);
    if (resource.isEmpty() || !hasDefault || scope.split(u' ', Qt::SkipEmptyParts).size() != 1)
        return sendAadError(responder, 400, u"invalid_scope"_s, 1002012,
            u"The provided value for scope %1 is not valid. Client credential flows must have a scope value "
            u"with /.default suffixed to the resource identifier (application ID URI), for example "
            u"https://management.azure.com/.default."_s.arg(scope));
    QJsonObject answer = issueTokens(tenant, it->clientId, scope, u"app:"_s + it->clientId, false);
    answer.remove(u"scope"_s); // the client-credentials answer has no scope member
    responder->sendJson(200, answer, { { "Cache-Control", "no-store, no-cache" }, { "Pragma", "no-cache" } });
}

void LoginService::refreshGrant(const QString &tenant, const QUrlQuery &form, const ResponderPtr &responder)
{
    const QString refresh = formValue(form, u"refresh_token"_s);
    const QString clientId = formValue(form, u"client_id"_s);
    if (refresh.isEmpty())
        return sendAadError(responder, 400, u"invalid_request"_s, 900144,
            u"The request body must contain the following parameter: 'refresh_token'."_s);
    const auto it = m_context->state->tokens.constFind(State::hashSecret(refresh));
    if (it == m_context->state->tokens.cend() || it->kind != TokenRecord::Kind::Refresh
        || it->clientId.compare(clientId, Qt::CaseInsensitive) != 0
        || (tenant != u"*"_s && it->tenant.compare(tenant, Qt::CaseInsensitive) != 0))
        return sendAadError(responder, 400, u"invalid_grant"_s, 9002313,
            u"Invalid request. Request is malformed or invalid: the refresh token is unknown or was issued "
            u"to "
            u"another client."_s);
    if (it->expiresUtc <= QDateTime::currentDateTimeUtc())
        return sendAadError(responder, 400, u"invalid_grant"_s, 700082,
            u"The refresh token has expired due to inactivity."_s);
    const TokenRecord record = *it;
    const QString scope = formValue(form, u"scope"_s).isEmpty() ? record.scope : formValue(form, u"scope"_s);
    const QJsonObject answer = issueTokens(record.tenant, record.clientId, scope, record.subject, true);
    responder->sendJson(200, answer, { { "Cache-Control", "no-store, no-cache" }, { "Pragma", "no-cache" } });
}

bool LoginService::authorizeArm(const Request &request, const ResponderPtr &responder)
{
    return authorizeBearer(request, responder, armResources);
}

bool LoginService::authorizeBearer(
    const Request &request, const ResponderPtr &responder, const QStringList &audiences)
{
    const QByteArray authorization = request.header("authorization");
    const QByteArray challenge = "Bearer authorization_uri=\"" + m_context->loginBase().toLatin1()
        + "/\", error=\"invalid_token\", error_description=\"";
    const auto reject = [&](const QString &code, const QString &message) {
        responder->sendJson(401, errorBody(code, message),
            armHeaders(responder->requestId())
                + RawHeaders { { "WWW-Authenticate", challenge + message.toLatin1() + '"' } });
        return false;
    };
    if (authorization.isEmpty())
        return reject(
            u"AuthenticationFailed"_s, u"Authentication failed. The 'Authorization' header is missing."_s);
    if (!authorization.startsWith("Bearer ") && !authorization.startsWith("bearer "))
        return reject(u"InvalidAuthenticationToken"_s,
            u"Authentication failed. The 'Authorization' header is provided in an invalid format."_s);
    const QString token = QString::fromLatin1(authorization.mid(7).trimmed());
    const auto it = m_context->state->tokens.constFind(State::hashSecret(token));
    if (it == m_context->state->tokens.cend() || it->kind != TokenRecord::Kind::Access)
        return reject(u"InvalidAuthenticationToken"_s, u"The access token is invalid."_s);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (it->expiresUtc <= now)
        return reject(u"ExpiredAuthenticationToken"_s,
            u"The access token expiry UTC time '%1' is earlier than current UTC time '%2'."_s.arg(
                it->expiresUtc.toString(u"M/d/yyyy h:mm:ss AP"_s), now.toString(u"M/d/yyyy h:mm:ss AP"_s)));
    bool hasDefault = false;
    const QString audience = stripSlashes(resourceOf(it->scope, &hasDefault));
    for (const QString &allowed : audiences)
        if (audience.compare(stripSlashes(allowed), Qt::CaseInsensitive) == 0)
            return true;
    QStringList spelled;
    for (const QString &allowed : audiences)
        spelled << u"'%1'"_s.arg(allowed);
    return reject(u"InvalidAuthenticationTokenAudience"_s,
        u"The access token has been obtained for wrong audience or resource '%1'. It should exactly match "
        u"with one of the allowed audiences %2."_s.arg(audience, spelled.join(u',')));
}

const QStringList &LoginService::armAudiences()
{
    return armResources;
}

int LoginService::expireAccessTokens()
{
    int count = 0;
    const QDateTime past = QDateTime::currentDateTimeUtc().addSecs(-1);
    for (TokenRecord &token : m_context->state->tokens) {
        if (token.kind == TokenRecord::Kind::Access && token.expiresUtc > past) {
            token.expiresUtc = past;
            ++count;
        }
    }
    m_context->state->changed();
    return count;
}

} // namespace mlr::server
