#pragma once

#include "arm/signin.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class QNetworkAccessManager;

namespace mlr::arm {

class TokenProvider;

// One request for a usable access token (see TokenProvider::request). finished() exactly
// once, from the event loop, with the token or the renewal's error; destroying it cancels
// the wait (a renewal already running continues for the other requests).
class TokenRequest : public QObject
{
    Q_OBJECT

public:
    ~TokenRequest() override;
    void start();

Q_SIGNALS:
    void finished(const QString &accessToken, const mlr::Error &error);

private:
    friend class TokenProvider;
    TokenRequest(TokenProvider *provider, bool force, QString rejected, QObject *parent);
    void finish(const QString &token, const Error &error);

    QPointer<TokenProvider> m_provider;
    bool m_force = false;
    QString m_rejected;
    bool m_started = false;
    bool m_finished = false;
};

// The access token of one Azure sign-in, kept in memory only, and renewed before it expires:
// with the client secret (a new client_credentials token) or with the refresh token (the
// refresh_token grant). One renewal at a time; concurrent requests share it.
//
// "Stay signed in": the refresh token is handed to the caller, through refreshTokenChanged(),
// only when setPersistRefreshToken(true) was called (the user asked); the caller stores it in
// the keychain (SecretKind::ArmRefreshToken). The provider never writes anything.
//
// Use from one thread; the provider must outlive nothing in particular: requests and
// operations hold it through QPointer and fail with a clear error when it is gone.
class TokenProvider : public QObject
{
    Q_OBJECT

public:
    TokenProvider(QNetworkAccessManager *nam, SignInSettings settings, QObject *parent = nullptr);
    ~TokenProvider() override;

    const SignInSettings &settings() const { return m_settings; }
    // The resource scope of the tokens (default armScope(); e.g. "https://ml.azure.com/.default"
    // for Azure ML's AADToken scoring). A client-secret renewal asks for it as is, a
    // refresh-token renewal with " offline_access" (so a new refresh token comes back). Set it
    // before the first request; a token given by setAccessToken() is taken as it is.
    void setScope(const QString &scope) { m_scope = scope; }
    const QString &scope() const { return m_scope; }
    // How to renew. A client secret wins over a refresh token when both are set.
    void setClientSecret(const QString &secret);
    void setRefreshToken(const QString &refreshToken);
    // A token obtained elsewhere (DeviceCodeSignIn); its refresh token is kept too.
    void setAccessToken(const AccessToken &token);
    void setPersistRefreshToken(bool persist);
    bool persistRefreshToken() const { return m_persist; }
    // Renew when the token expires within this many seconds (default 300).
    void setRefreshMargin(qint64 seconds) { m_margin = seconds; }
    // Renew on a timer before expiry even when nobody asks (default off).
    void setAutoRefresh(bool on);
    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    // Forgets every token (in memory); requests then fail until new credentials are set.
    void signOut();

    AccessToken current() const { return m_token; }
    bool canRenew() const { return !m_secret.isEmpty() || !m_token.refreshToken.isEmpty(); }
    int renewals() const { return m_renewals; }

    // A request for a token valid beyond the margin. force: renew even so, unless the current
    // token is no longer `rejected` (someone renewed it meanwhile). Not started; parented.
    TokenRequest *request(QObject *parent, bool force = false, const QString &rejected = {});

Q_SIGNALS:
    void tokenChanged(); // a new access token is current
    // The refresh token changed and the caller asked to keep it (setPersistRefreshToken).
    void refreshTokenChanged(const QString &refreshToken);
    void renewalFinished(const mlr::Error &error); // for TokenRequest

private:
    friend class TokenRequest;
    void renew();
    void adopt(const AccessToken &token);
    void armTimer();

    QPointer<QNetworkAccessManager> m_nam;
    SignInSettings m_settings;
    QString m_scope = armScope();
    QString m_secret;
    AccessToken m_token;
    RetryPolicy m_policy;
    std::unique_ptr<SignInOperation> m_renewal;
    QTimer m_autoTimer;
    qint64 m_margin = 300;
    int m_renewals = 0;
    bool m_persist = false;
    bool m_auto = false;
};

} // namespace mlr::arm
