// LoginService: the device code flow (RFC 8628 as AAD answers it) and its approval.
#include "server/errors.h"
#include "server/jsonutil.h"
#include "server/login.h"
#include "server/login_p.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace mlr::server {

using namespace login_detail;

void LoginService::onDeviceCode(const Request &request, const ResponderPtr &responder)
{
    const QUrlQuery form = parseForm(request.body);
    const QString clientId = formValue(form, u"client_id"_s);
    const QString scope = formValue(form, u"scope"_s);
    const QString tenant = resolveTenant(request.capture(1), true);
    if (tenant.isEmpty())
        return sendAadError(responder, 400, u"invalid_request"_s, 90002,
            u"Tenant '%1' not found. Check to make sure you have the correct tenant ID."_s.arg(
                request.capture(1)));
    if (clientId.isEmpty())
        return sendAadError(responder, 400, u"invalid_request"_s, 900144,
            u"The request body must contain the following parameter: 'client_id'."_s);
    const auto it = m_context->state->clients.constFind(clientId.toLower());
    if (it == m_context->state->clients.cend()
        || (tenant != u"*"_s && it->tenant.compare(tenant, Qt::CaseInsensitive) != 0))
        return sendAadError(responder, 400, u"unauthorized_client"_s, 700016,
            u"Application with identifier '%1' was not found in the directory '%2'."_s.arg(
                clientId, request.capture(1)));
    if (scope.isEmpty())
        return sendAadError(responder, 400, u"invalid_request"_s, 900144,
            u"The request body must contain the following parameter: 'scope'."_s);
    bool hasDefault = false;
    if (resourceOf(scope, &hasDefault).isEmpty())
        return sendAadError(responder, 400, u"invalid_scope"_s, 70011,
            u"The provided value for the input parameter 'scope' is not valid. The scope %1 is not valid: "
            u"name a resource, as in https://management.azure.com/.default."_s.arg(scope));

    const QString deviceCode = u"DAQABAAEAAAD--LOCAL-"_s + randomHex(40);
    DeviceCode record;
    record.deviceCodeHash = State::hashSecret(deviceCode);
    record.userCode = makeUserCode();
    record.tenant = it->tenant;
    record.clientId = it->clientId;
    record.scope = scope;
    record.interval = m_context->config.deviceCodeIntervalSeconds;
    record.expiresUtc = QDateTime::currentDateTimeUtc().addSecs(m_context->config.deviceCodeLifetimeSeconds);
    m_context->state->deviceCodes.insert(record.deviceCodeHash, record);
    m_context->state->changed();
    const QString verification = m_context->loginBase() + u"/devicelogin"_s;
    responder->sendJson(200,
        QJsonObject {
            { u"user_code"_s, record.userCode },
            { u"device_code"_s, deviceCode },
            { u"verification_uri"_s, verification },
            { u"expires_in"_s, m_context->config.deviceCodeLifetimeSeconds },
            { u"interval"_s, record.interval },
            { u"message"_s,
                u"To sign in, use a web browser to open the page %1 and enter the code %2 to authenticate."_s
                    .arg(verification, record.userCode) },
        });
}

void LoginService::deviceCodeGrant(
    const QString &tenant, const QUrlQuery &form, const ResponderPtr &responder)
{
    const QString code = formValue(form, u"device_code"_s);
    const QString clientId = formValue(form, u"client_id"_s);
    if (code.isEmpty())
        return sendAadError(responder, 400, u"invalid_request"_s, 900144,
            u"The request body must contain the following parameter: 'device_code'."_s);
    const auto it = m_context->state->deviceCodes.find(State::hashSecret(code));
    if (it == m_context->state->deviceCodes.end() || it->clientId.compare(clientId, Qt::CaseInsensitive) != 0
        || (tenant != u"*"_s && it->tenant.compare(tenant, Qt::CaseInsensitive) != 0))
        return sendAadError(responder, 400, u"bad_verification_code"_s, 70019,
            u"The device code is unknown, or belongs to another client or tenant."_s);
    DeviceCode &device = *it;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (now >= device.expiresUtc)
        return sendAadError(responder, 400, u"expired_token"_s, 70019,
            u"Verification code expired. Request a new device code."_s);
    switch (device.status) {
    case DeviceCode::Status::Denied:
        return sendAadError(responder, 400, u"authorization_declined"_s, 70000,
            u"The end user denied the authorization request."_s);
    case DeviceCode::Status::Redeemed:
        return sendAadError(
            responder, 400, u"invalid_grant"_s, 54005, u"The device code was already redeemed."_s);
    case DeviceCode::Status::Approved: {
        device.status = DeviceCode::Status::Redeemed;
        const bool offline = device.scope.split(u' ').contains(u"offline_access"_s);
        const QJsonObject answer = issueTokens(
            device.tenant, device.clientId, device.scope, u"user:"_s + device.userCode, offline);
        responder->sendJson(
            200, answer, { { "Cache-Control", "no-store, no-cache" }, { "Pragma", "no-cache" } });
        return;
    }
    case DeviceCode::Status::Pending:
        break;
    }
    // RFC 8628: polling faster than the interval gives slow_down, and the interval grows by 5 s.
    const bool tooFast
        = device.lastPollUtc.isValid() && device.lastPollUtc.msecsTo(now) < device.interval * 1000 - 100;
    device.lastPollUtc = now;
    if (m_context->config.autoApproveDeviceCodes)
        device.status = DeviceCode::Status::Approved; // the next poll gets the tokens
    m_context->state->changed();
    if (tooFast) {
        device.interval += 5;
        return sendAadError(responder, 400, u"slow_down"_s, 70016,
            u"The client is polling too fast: wait at least %1 seconds between requests."_s.arg(
                device.interval));
    }
    sendAadError(responder, 400, u"authorization_pending"_s, 70016,
        u"OAuth 2.0 device flow error. Authorization is pending. Continue polling."_s);
}

bool LoginService::decideDeviceCode(const QString &userCode, bool approve)
{
    for (DeviceCode &device : m_context->state->deviceCodes) {
        if (device.userCode.compare(userCode.trimmed(), Qt::CaseInsensitive) == 0
            && device.status == DeviceCode::Status::Pending
            && device.expiresUtc > QDateTime::currentDateTimeUtc()) {
            device.status = approve ? DeviceCode::Status::Approved : DeviceCode::Status::Denied;
            m_context->state->changed();
            return true;
        }
    }
    return false;
}

QJsonArray LoginService::pendingDeviceCodes() const
{
    QJsonArray list;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const DeviceCode &device : std::as_const(m_context->state->deviceCodes))
        if (device.status == DeviceCode::Status::Pending && device.expiresUtc > now)
            list.append(QJsonObject { { u"user_code"_s, device.userCode },
                { u"client_id"_s, device.clientId }, { u"tenant"_s, device.tenant },
                { u"scope"_s, device.scope }, { u"expires"_s, device.expiresUtc.toString(Qt::ISODate) } });
    return list;
}

void LoginService::onDeviceLoginPage(const Request &request, const ResponderPtr &responder)
{
    QString note;
    if (request.method == "POST") {
        const QUrlQuery form = parseForm(request.body);
        const QString code = formValue(form, u"user_code"_s);
        const bool approve = formValue(form, u"decision"_s) != u"deny"_s;
        note = decideDeviceCode(code, approve)
            ? (approve ? u"<p>Signed in: you can close this page and return to the application.</p>"_s
                       : u"<p>Sign-in denied.</p>"_s)
            : u"<p>That code is unknown or expired. Check it and try again.</p>"_s;
    }
    const QByteArray page
        = (u"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>mlstudio-local sign-in"
           u"</title></head><body><h1>mlstudio-local: device sign-in</h1>%1"
           u"<form method=\"post\" action=\"/devicelogin\"><label>Code <input name=\"user_code\" "
           u"autofocus></label> <button name=\"decision\" value=\"approve\">Sign in</button> "
           u"<button name=\"decision\" value=\"deny\">Deny</button></form></body></html>"_s)
              .arg(note)
              .toUtf8();
    responder->send(200, page, { { "Content-Type", "text/html; charset=utf-8" } });
}

} // namespace mlr::server
