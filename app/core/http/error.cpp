#include "http/error.h"

#include "http/redaction.h"

namespace mlr {

Error Error::network(QNetworkReply::NetworkError code, const QString &detail)
{
    Error e;
    e.kind = Kind::Network;
    e.networkError = code;
    e.detail = detail;
    return e;
}

Error Error::http(int status, const QString &code, const QString &message)
{
    Error e;
    e.kind = Kind::Http;
    e.httpStatus = status;
    e.serviceCode = code;
    e.serviceMessage = message;
    return e;
}

Error Error::parse(const QString &what)
{
    Error e;
    e.kind = Kind::Parse;
    e.detail = what;
    return e;
}

Error Error::input(const QString &what)
{
    Error e;
    e.kind = Kind::Input;
    e.detail = what;
    return e;
}

Error Error::keychain(const QString &what)
{
    Error e;
    e.kind = Kind::Keychain;
    e.detail = what;
    return e;
}

Error Error::cancelled()
{
    Error e;
    e.kind = Kind::Cancelled;
    return e;
}

bool Error::isAuthError() const
{
    return kind == Kind::Http && (httpStatus == 401 || httpStatus == 403);
}

bool Error::isNotFound() const
{
    return kind == Kind::Http && httpStatus == 404;
}

bool Error::isTransient() const
{
    switch (kind) {
    case Kind::Http:
        return httpStatus == 408 || httpStatus == 429 || httpStatus == 500 || httpStatus == 502
            || httpStatus == 503 || httpStatus == 504;
    case Kind::Network:
        switch (networkError) {
        case QNetworkReply::RemoteHostClosedError:
        case QNetworkReply::TimeoutError:
        case QNetworkReply::OperationCanceledError: // an idle transfer timeout, not a user cancel
        case QNetworkReply::TemporaryNetworkFailureError:
        case QNetworkReply::NetworkSessionFailedError:
        case QNetworkReply::ProxyConnectionClosedError:
        case QNetworkReply::ProxyTimeoutError:
        case QNetworkReply::UnknownNetworkError:
        case QNetworkReply::InternalServerError:
        case QNetworkReply::ServiceUnavailableError:
            return true;
        default:
            return false;
        }
    default:
        return false;
    }
}

Error &Error::withContext(const QString &what)
{
    context = what;
    return *this;
}

static QString networkText(QNetworkReply::NetworkError code)
{
    switch (code) {
    case QNetworkReply::ConnectionRefusedError:
        return Error::tr("Nothing is listening at that address (connection refused). Check the endpoint "
                         "and that the service is running.");
    case QNetworkReply::RemoteHostClosedError:
        return Error::tr("The server closed the connection before answering.");
    case QNetworkReply::HostNotFoundError:
        return Error::tr("The host name could not be found. Check the endpoint or account name.");
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return Error::tr("The server stopped answering (timed out).");
    case QNetworkReply::SslHandshakeFailedError:
        return Error::tr("A secure (TLS) connection could not be established.");
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        return Error::tr("The network is temporarily unavailable.");
    case QNetworkReply::ProtocolUnknownError:
        return Error::tr("The address does not use a supported protocol (http or https).");
    default:
        return Error::tr("A network error occurred.");
    }
}

static QString httpText(int status)
{
    switch (status) {
    case 400:
        return Error::tr("The service rejected the request as invalid.");
    case 401:
        return Error::tr("The service did not accept the credentials (401). Check the key or sign in again.");
    case 403:
        return Error::tr("Access was denied (403). The account key, SAS or API key is wrong or has "
                         "expired, or lacks the needed permission.");
    case 404:
        return Error::tr("The service could not find what was asked for (404).");
    case 409:
        return Error::tr("The request conflicts with the current state (409).");
    case 412:
        return Error::tr("The resource changed while it was being used (412).");
    case 429:
        return Error::tr("The service is throttling requests (429). Try again shortly.");
    default:
        if (status >= 500)
            return Error::tr("The service had an internal problem (HTTP %1). Try again later.").arg(status);
        return Error::tr("The service answered with HTTP status %1.").arg(status);
    }
}

QString Error::message() const
{
    QString text;
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Network:
        text = networkText(networkError);
        break;
    case Kind::Http:
        text = httpText(httpStatus);
        if (!serviceCode.isEmpty() || !serviceMessage.isEmpty()) {
            const QString service = serviceCode.isEmpty() ? serviceMessage
                : serviceMessage.isEmpty()                ? serviceCode
                                                          : serviceCode + QStringLiteral(": ") + serviceMessage;
            text += u' ' + tr("The service said: %1").arg(service);
        }
        break;
    case Kind::Parse:
        text = tr("The response could not be understood: %1").arg(detail);
        break;
    case Kind::Input:
        text = detail;
        break;
    case Kind::Keychain:
        text = tr("The keychain failed: %1").arg(detail);
        break;
    case Kind::Cancelled:
        text = tr("Cancelled.");
        break;
    }
    if (!context.isEmpty())
        text = tr("%1: %2", "error message: what was being done: what went wrong").arg(context, text);
    return redaction::redact(text);
}

} // namespace mlr
