#pragma once

#include "http/error.h"
#include "http/retrypolicy.h"

#include <QByteArray>
#include <QList>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace mlr {

struct HttpResponse
{
    int status = 0; // 0 when no HTTP response arrived
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    QByteArray header(QByteArrayView name) const; // case-insensitive; empty when absent
};

// One logical HTTP operation, retried on transient failures.
//
// The request is rebuilt by the Prepare callback before every attempt, so each attempt
// gets a fresh date, signature and client request id. The body (if any) is kept and resent.
// Destroying the call aborts it; finished() is then never emitted. Otherwise finished()
// fires exactly once, with error.isError() false for any 2xx answer. The call does not
// delete itself; its owner does.
class HttpCall : public QObject
{
    Q_OBJECT

public:
    using Prepare = std::function<QNetworkRequest(int attempt)>;

    HttpCall(QNetworkAccessManager *nam, QByteArray verb, Prepare prepare, QObject *parent = nullptr);
    ~HttpCall() override;

    void setBody(const QByteArray &body) { m_body = body; }
    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    // Description used as Error::context, e.g. "Creating container 'data'".
    void setContext(const QString &context) { m_context = context; }

    void start();
    int attempts() const { return m_attempt; }
    bool isRunning() const { return m_started && !m_done; }

Q_SIGNALS:
    void uploadProgress(qint64 bytesSent, qint64 bytesTotal);
    void downloadProgress(qint64 bytesReceived, qint64 bytesTotal);
    // A transient failure happened; the next attempt starts after delayMs.
    void retrying(int nextAttempt, qint64 delayMs, const mlr::Error &reason);
    void finished(const mlr::HttpResponse &response, const mlr::Error &error);

private:
    void sendAttempt();
    void onReplyFinished();

    QPointer<QNetworkAccessManager> m_nam;
    QByteArray m_verb;
    Prepare m_prepare;
    QByteArray m_body;
    RetryPolicy m_policy;
    QString m_context;
    std::unique_ptr<QNetworkReply> m_reply;
    QTimer m_retryTimer;
    int m_attempt = 0;
    bool m_started = false;
    bool m_done = false;
};

// Fills serviceCode/serviceMessage from an error answer: the x-ms-error-code header, a
// Storage XML <Error>, an ARM/BES {"error":{code,message}} or an AAD {error, error_description}.
void fillServiceError(Error &error, const HttpResponse &response);

} // namespace mlr

Q_DECLARE_METATYPE(mlr::HttpResponse)
