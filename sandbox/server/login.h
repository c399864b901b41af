#pragma once

#include "server/context.h"
#include "server/responder.h"

#include <QObject>

namespace mlr::server {

// The login surface (Microsoft identity platform v2.0, reference §5):
//   POST /{tenant}/oauth2/v2.0/token       client_credentials | device_code | refresh_token
//   POST /{tenant}/oauth2/v2.0/devicecode
//   GET|POST /devicelogin                  the verification page (enter a user code, approve)
// Errors are AAD-shaped. Tokens are opaque JWT-looking strings; the server keeps only their
// SHA-256, with tenant, client, scope and expiry.
class LoginService : public QObject
{
    Q_OBJECT

public:
    explicit LoginService(Context *context, QObject *parent = nullptr);

    // Registers a client application (a confidential client when secret is non-empty).
    ClientApp registerClient(
        const QString &tenant, const QString &clientId, const QString &secret, const QString &name);

    // ARM's check of "Authorization: Bearer <token>": true when it is a live access token
    // for ARM; otherwise answers 401 with an ARM error body and returns false.
    bool authorizeArm(const Request &request, const ResponderPtr &responder);
    // The same for any bearer-token surface: the token's audience (the resource of the scope
    // it was issued for) must be one of `audiences` (compared case-insensitively, trailing
    // slashes ignored); 401 InvalidAuthenticationTokenAudience otherwise.
    bool authorizeBearer(const Request &request, const ResponderPtr &responder, const QStringList &audiences);
    static const QStringList &armAudiences(); // https://management.azure.com, ...

    // Admin: approve or deny a pending device code by its user code. False when unknown.
    bool decideDeviceCode(const QString &userCode, bool approve);
    // Admin: makes every issued access token expired (to test expiry without waiting).
    int expireAccessTokens();
    QJsonArray pendingDeviceCodes() const;

private:
    void onToken(const Request &request, const ResponderPtr &responder);
    void onDeviceCode(const Request &request, const ResponderPtr &responder);
    void onDeviceLoginPage(const Request &request, const ResponderPtr &responder);

    void clientCredentials(const QString &tenant, const QUrlQuery &form, const ResponderPtr &responder);
    void deviceCodeGrant(const QString &tenant, const QUrlQuery &form, const ResponderPtr &responder);
    void refreshGrant(const QString &tenant, const QUrlQuery &form, const ResponderPtr &responder);
    // The tenant id for a path segment (a known tenant, or organizations/common when allowed).
    QString resolveTenant(const QString &segment, bool allowAlias) const;
    QJsonObject issueTokens(const QString &tenant, const QString &clientId, const QString &scope,
        const QString &subject, bool withRefresh);
    QString makeJwt(const QJsonObject &claims) const;

    Context *m_context;
    QByteArray m_signingKey;
};

} // namespace mlr::server
