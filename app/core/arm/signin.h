#pragma once

#include "arm/tokens.h"
#include "http/httpcall.h"
#include "http/requestfactory.h"
#include "http/retrypolicy.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class QNetworkAccessManager;

namespace mlr::arm {

// Sign-in operations against the Microsoft identity platform (v2.0 token endpoint).
//
// Contract (as every remote operation of the core): create, start() once; the object emits
// finished(token, error) exactly once, always from the event loop; destroying it cancels it
// (no signal then). It never deletes itself. Tokens live in memory only; nothing is written.
// AAD errors come back in plain words (see aadError): a wrong client secret says so.
class SignInOperation : public QObject
{
    Q_OBJECT

public:
    ~SignInOperation() override;

    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    void setRequestFactory(const RequestFactory &factory) { m_factory = factory; }
    // The scope asked for; armScope() for client secrets, interactiveScope() otherwise.
    void setScope(const QString &scope) { m_scope = scope; }
    QString scope() const { return m_scope; }
    void start();

Q_SIGNALS:
    void finished(const mlr::arm::AccessToken &token, const mlr::Error &error);

protected:
    SignInOperation(QNetworkAccessManager *nam, SignInSettings settings, QString scope, QObject *parent);

    virtual void begin() = 0;
    // POSTs a form to url; done(response, error) unless destroyed.
    void post(const QUrl &url, const QList<QPair<QString, QString>> &form, const RetryPolicy &policy,
        std::function<void(const HttpResponse &, const Error &)> done);
    void finish(const AccessToken &token, const Error &error);
    const SignInSettings &settings() const { return m_settings; }
    const RetryPolicy &policy() const { return m_policy; }

private:
    QPointer<QNetworkAccessManager> m_nam;
    SignInSettings m_settings;
    QString m_scope;
    RetryPolicy m_policy;
    RequestFactory m_factory;
    std::unique_ptr<HttpCall> m_call;
    bool m_started = false;
    bool m_finished = false;
};

// Service principal + client secret (client_credentials grant). No refresh token: renewing
// means running it again (TokenProvider does).
class ClientSecretSignIn : public SignInOperation
{
    Q_OBJECT

public:
    ClientSecretSignIn(
        QNetworkAccessManager *nam, SignInSettings settings, QString clientSecret, QObject *parent = nullptr);

protected:
    void begin() override;

private:
    QString m_secret;
};

// A refresh token for a new access token (refresh_token grant). The answer usually carries
// a new refresh token, which replaces the old one.
class RefreshTokenSignIn : public SignInOperation
{
    Q_OBJECT

public:
    RefreshTokenSignIn(
        QNetworkAccessManager *nam, SignInSettings settings, QString refreshToken, QObject *parent = nullptr);

protected:
    void begin() override;

private:
    QString m_refreshToken;
};

// Device code flow (RFC 8628 as AAD implements it): asks for a code, emits codeReady() with
// the user code, the verification URL and the service's message for the user, then polls the
// token endpoint every `interval` seconds: authorization_pending keeps polling, slow_down adds
// 5 s to the interval, expired_token (or the code's own expiry) / authorization_declined /
// access_denied / bad_verification_code end it with a clear error. Transient failures while
// polling are retried by the shared policy.
class DeviceCodeSignIn : public SignInOperation
{
    Q_OBJECT

public:
    DeviceCodeSignIn(QNetworkAccessManager *nam, SignInSettings settings, QObject *parent = nullptr);

    // Test hook: the unit of the interval (1000 ms in production).
    void setSecondMs(int ms) { m_secondMs = ms; }
    int intervalSeconds() const { return m_code.intervalSeconds; }
    int polls() const { return m_polls; }

Q_SIGNALS:
    // Show code.userCode and code.verificationUri (or code.message) to the user.
    void codeReady(const mlr::arm::DeviceCode &code);
    // A poll answered authorization_pending (or slow_down); the next one in nextPollSeconds.
    void waiting(int nextPollSeconds);

protected:
    void begin() override;

private:
    void poll();
    void onPollAnswer(const HttpResponse &response, const Error &error);
    void schedule();

    DeviceCode m_code;
    QElapsedTimer m_elapsed;
    QTimer m_timer;
    int m_secondMs = 1000;
    int m_polls = 0;
};

} // namespace mlr::arm
