#include "http/requestfactory.h"

#include "http/trustedcas.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QSysInfo>
#include <QUuid>

namespace mlr {

RequestFactory::RequestFactory(std::chrono::milliseconds idleTimeout)
    : m_idleTimeout(idleTimeout)
{
}

QNetworkRequest RequestFactory::make(const QUrl &url) const
{
    QNetworkRequest request(url);
    request.setTransferTimeout(int(m_idleTimeout.count()));
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setRawHeader("x-ms-client-request-id", newClientRequestId());
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    tls::apply(request);
    return request;
}

QByteArray RequestFactory::userAgent()
{
    static const QByteArray agent = QByteArrayLiteral("mlretrain/") + QByteArrayLiteral(MLR_VERSION_STRING)
        + QByteArrayLiteral(" (Qt ") + QByteArray(qVersion()) + QByteArrayLiteral("; ")
        + QSysInfo::kernelType().toLatin1() + QByteArrayLiteral(")");
    return agent;
}

QByteArray RequestFactory::newClientRequestId()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

bool RequestFactory::isSafeForSecrets(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    if (scheme == u"https")
        return true;
    if (scheme != u"http")
        return false;
    const QString host = url.host().toLower();
    if (host == u"localhost")
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace mlr
