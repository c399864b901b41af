#pragma once

#include "arm/tokenprovider.h"
#include "arm/webservice.h"
#include "http/httpcall.h"
#include "http/requestfactory.h"
#include "http/retrypolicy.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace mlr::arm {

// Base of every ARM operation.
//
// Contract (as every remote operation of the core): create, start() once; the subclass emits
// its finished(...) exactly once, from the event loop, with a result or a typed mlr::Error;
// destroying the object cancels it (no signal then); it never deletes itself.
//
// Every request gets a bearer token from the TokenProvider (renewed before expiry). A 401
// renews the token once and repeats the request once; a second 401 is a clear "sign in again"
// error. Transient failures (408, 429, 5xx, resets) are retried by the shared RetryPolicy,
// honouring Retry-After. The token is sent only where ArmTarget::mayReceiveToken allows.
class ArmOperation : public QObject
{
    Q_OBJECT

public:
    ~ArmOperation() override;

    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    void setRequestFactory(const RequestFactory &factory) { m_factory = factory; }
    const ArmTarget &target() const { return m_target; }
    void start();

Q_SIGNALS:
    // A transient failure; the next attempt starts after delayMs.
    void retrying(int nextAttempt, qint64 delayMs, const mlr::Error &reason);

protected:
    using Done = std::function<void(const HttpResponse &, const Error &)>;

    ArmOperation(QNetworkAccessManager *nam, TokenProvider *tokens, ArmTarget target, QObject *parent);

    // Called from the event loop after start(); the target was validated (needsResourceGroup).
    virtual void begin() = 0;
    virtual bool needsResourceGroup() const { return true; }
    // One request (with token, 401 handling and retries). Errors carry context and the ARM
    // error details (addArmErrorDetails).
    void send(
        const QByteArray &verb, const QUrl &url, const QByteArray &body, const QString &context, Done done);
    void later(std::function<void()> fn);
    const RetryPolicy &policy() const { return m_policy; }
    // Marks finished; false when already finished (then do not emit).
    bool markFinished();
    virtual void failBeforeStart(const Error &error) = 0;

private:
    void sendWithToken(const QByteArray &verb, const QUrl &url, const QByteArray &body,
        const QString &context, const QString &token, bool renewed, Done done);

    QPointer<QNetworkAccessManager> m_nam;
    QPointer<TokenProvider> m_tokens;
    ArmTarget m_target;
    RetryPolicy m_policy;
    RequestFactory m_factory;
    std::unique_ptr<TokenRequest> m_tokenRequest;
    std::unique_ptr<HttpCall> m_call;
    bool m_started = false;
    bool m_finished = false;
};

} // namespace mlr::arm
