#pragma once

#include "arm/signin.h"
#include "http/error.h"
#include "http/retrypolicy.h"

#include <QObject>
#include <QTimer>

#include <memory>

class QNetworkAccessManager;

namespace mlr::arm {
class TokenProvider;
}

namespace mlr::gui {

// One interactive sign-in to Azure for a page: with a service principal's client secret, or
// with a device code the user enters in a browser. The access token stays in memory, in the
// arm::TokenProvider that takeTokens() hands over once finished() reported success (it renews
// from the same credential). start() again or destroying the object cancels a sign-in that is
// running. Signals come from the event loop.
class AzureSignIn : public QObject
{
    Q_OBJECT

public:
    enum class Method
    {
        ClientSecret,
        DeviceCode
    };

    explicit AzureSignIn(QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~AzureSignIn() override;

    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    // Test hook: the unit of the device code's polling interval (1000 ms in production).
    void setDeviceCodeSecondMs(int ms) { m_secondMs = ms; }

    // Starts signing in (cancelling one that runs); `secret` is used by ClientSecret only.
    // Invalid settings or an empty secret end at once (from the event loop) with an
    // Error::Input.
    void start(const arm::SignInSettings &settings, Method method, const QString &secret = {});
    // Stops a running sign-in without finished(); nothing happens when none runs.
    void cancel();
    bool isRunning() const { return m_operation != nullptr || m_refusal != nullptr; }

    // After a successful finished(): the ARM provider, and one for https://ml.azure.com
    // (AADToken endpoints; it asks for its first token when a job needs one) renewed from the
    // same credential; owned by the caller. Null otherwise, and after the first call.
    std::unique_ptr<arm::TokenProvider> takeTokens();
    std::unique_ptr<arm::TokenProvider> takeMlTokens();

Q_SIGNALS:
    // Device code: show code.userCode and code.verificationUri to the user.
    void deviceCodeReady(const mlr::arm::DeviceCode &code);
    // Device code: the user has not signed in yet; the next check in `nextCheckSeconds`.
    void waiting(int nextCheckSeconds);
    // Exactly once per start() that was not cancelled: signed in (error empty) or why not.
    void finished(const mlr::Error &error);

private:
    void onFinished(const arm::AccessToken &token, const Error &error);

    QNetworkAccessManager *m_nam;
    RetryPolicy m_policy;
    int m_secondMs = 1000;
    arm::SignInSettings m_settings;
    Method m_method = Method::ClientSecret;
    QString m_secret;
    std::unique_ptr<arm::SignInOperation> m_operation;
    std::unique_ptr<QTimer> m_refusal; // reports invalid settings from the event loop
    std::unique_ptr<arm::TokenProvider> m_tokens;
    std::unique_ptr<arm::TokenProvider> m_mlTokens;
};

} // namespace mlr::gui
