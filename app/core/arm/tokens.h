#pragma once

#include "http/error.h"
#include "http/httpcall.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QUrl>

#include <optional>

// Microsoft identity platform (v2.0 endpoints) for Azure Resource Manager: the values that go
// over the wire and their parsing. Pure functions, no network.
namespace mlr::arm {

// The ARM audience. Client-credential tokens use "<resource>/.default"; interactive sign-in
// adds offline_access so that a refresh token comes back.
QString armScope(); // "https://management.azure.com/.default"
QString interactiveScope(); // armScope() + " offline_access"
QString azureMlScope(); // "https://ml.azure.com/.default" (AADToken scoring of Azure ML endpoints)
QUrl defaultLoginUrl(); // https://login.microsoftonline.com

// Who signs in, and where. The secret (client secret) is not part of it.
struct SignInSettings
{
    QUrl loginUrl = defaultLoginUrl(); // authority host; "/{tenant}/oauth2/v2.0/..." follows
    QString tenantId; // a GUID or a domain; "organizations" for device code without a tenant
    QString clientId; // application (client) id

    QUrl tokenUrl() const; // {login}/{tenant}/oauth2/v2.0/token
    QUrl deviceCodeUrl() const; // {login}/{tenant}/oauth2/v2.0/devicecode
    // Error::Input naming what is missing or wrong (empty tenant or client id, a login URL
    // that is not https, or http to anything but loopback); no error when usable.
    Error validate() const;
};

// A client secret credential as Azure Identity's EnvironmentCredential reads it:
// AZURE_TENANT_ID, AZURE_CLIENT_ID, AZURE_CLIENT_SECRET (and AZURE_AUTHORITY_HOST for the
// login URL, when set). nullopt unless the three are all set and non-empty. The secret is
// registered with the redaction.
struct EnvironmentCredential
{
    SignInSettings settings;
    QString clientSecret;
};
std::optional<EnvironmentCredential> credentialFromEnvironment();

// An access token held in memory only. refreshToken is present after an interactive
// sign-in (offline_access) or a refresh.
struct AccessToken
{
    QString token;
    QDateTime expiresUtc;
    QString refreshToken;
    QString scope;

    bool isNull() const { return token.isEmpty(); }
    // True when the token is missing or expires within `margin` seconds of `now`.
    bool expiresWithin(qint64 marginSeconds, const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
};

// The answer of POST .../devicecode.
struct DeviceCode
{
    QString deviceCode; // secret: sent back when polling, never shown
    QString userCode; // shown to the user
    QUrl verificationUri; // where the user enters userCode
    QString message; // the service's own instruction text
    int expiresInSeconds = 900;
    int intervalSeconds = 5;
    QDateTime expiresUtc;
};

// Parses a token answer ({token_type, expires_in, access_token, refresh_token?, scope?});
// nullopt with Error::Parse when it is not one. Tokens are registered with the redaction.
std::optional<AccessToken> parseTokenResponse(const QByteArray &body, const QDateTime &now, Error *error);
// Parses a devicecode answer; nullopt with Error::Parse when it is not one.
std::optional<DeviceCode> parseDeviceCode(const QByteArray &body, const QDateTime &now, Error *error);

// The error of an AAD answer ({error, error_description "AADSTSnnnn: ...", error_codes}):
// Error::Http with serviceCode = the OAuth error ("invalid_client"), serviceMessage = the
// first line of the description, and context = a plain-language explanation chosen from the
// AADSTS code (wrong client secret, unknown application or tenant, expired refresh token...).
Error aadError(const HttpResponse &response, const Error &transportError);
// The AADSTS number in an AAD answer (error_codes[0], or the digits after "AADSTS"); 0 if none.
int aadCode(const QByteArray &body);
// The OAuth "error" member of an AAD answer ("authorization_pending", ...); empty if none.
QString oauthError(const QByteArray &body);

} // namespace mlr::arm

Q_DECLARE_METATYPE(mlr::arm::AccessToken)
Q_DECLARE_METATYPE(mlr::arm::DeviceCode)
