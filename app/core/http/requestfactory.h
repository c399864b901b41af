#pragma once

#include <QNetworkRequest>
#include <QUrl>

#include <chrono>

namespace mlr {

// Builds every outgoing request: idle timeout (setTransferTimeout, which fires only when no
// data has moved for that long), a fresh x-ms-client-request-id, the user agent, and for
// https the extra trusted CAs (http/trustedcas.h).
class RequestFactory
{
public:
    static constexpr std::chrono::milliseconds defaultIdleTimeout { 60'000 };

    explicit RequestFactory(std::chrono::milliseconds idleTimeout = defaultIdleTimeout);

    QNetworkRequest make(const QUrl &url) const;
    std::chrono::milliseconds idleTimeout() const { return m_idleTimeout; }

    static QByteArray userAgent();
    static QByteArray newClientRequestId();

    // True when the url may carry a secret: https anywhere, or plain http to a loopback host.
    static bool isSafeForSecrets(const QUrl &url);

private:
    std::chrono::milliseconds m_idleTimeout;
};

} // namespace mlr
