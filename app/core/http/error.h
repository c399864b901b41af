#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QNetworkReply>
#include <QString>

namespace mlr {

// A typed failure of any operation in the core. Every text it yields is redacted and
// phrased for people; the service's own code and message are kept verbatim (redacted).
struct Error
{
    Q_DECLARE_TR_FUNCTIONS(Error)

public:
    enum class Kind {
        None,      // not an error
        Network,   // no usable HTTP response (refused, reset, timeout, TLS, ...)
        Http,      // the service answered with a non-success status
        Parse,     // a response or file could not be understood
        Input,     // the user's input is invalid (connection string, file, name, ...)
        Keychain,  // the OS keychain failed or is unavailable
        Cancelled, // the user or the caller cancelled
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString serviceCode;    // e.g. "AuthorizationFailure", "ContainerNotFound"
    QString serviceMessage; // the service's own message, first line
    QString detail;         // technical detail or the plain text of an Input/Parse error
    QString context;        // what was being done, e.g. "Listing containers"

    static Error network(QNetworkReply::NetworkError code, const QString &detail);
    static Error http(int status, const QString &code = {}, const QString &message = {});
    static Error parse(const QString &what);
    static Error input(const QString &what);
    static Error keychain(const QString &what);
    static Error cancelled();

    bool isError() const { return kind != Kind::None; }
    explicit operator bool() const { return isError(); }
    bool isCancelled() const { return kind == Kind::Cancelled; }
    bool isAuthError() const;
    bool isNotFound() const;
    // Transient failures are worth retrying: 408, 429, 5xx gateway/availability, resets and timeouts.
    bool isTransient() const;

    Error &withContext(const QString &what);

    // One plain-language sentence (or two) for people, redacted, with the service's message.
    QString message() const;
};

} // namespace mlr

Q_DECLARE_METATYPE(mlr::Error)
