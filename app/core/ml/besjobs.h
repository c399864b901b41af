#pragma once

#include "http/httpcall.h"
#include "http/requestfactory.h"
#include "http/retrypolicy.h"
#include "ml/besendpoint.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class QNetworkAccessManager;

namespace mlr::ml {

// The four BES job operations, one QObject each.
//
// Contract (as every remote operation of the core): create, start() once, and the object
// emits its finished(...) exactly once, always from the event loop, with a result or a typed
// mlr::Error; destroying it cancels it (no signal then). The objects never delete themselves.
// Errors of the data plane carry the service's code and its first detail
// ("InvalidBlobExtension: ..."), and a context saying what was being done.
class BesOperation : public QObject
{
    Q_OBJECT

public:
    ~BesOperation() override;

    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    void setRequestFactory(const RequestFactory &factory) { m_factory = factory; }
    void start();

Q_SIGNALS:
    // A transient failure; the next attempt starts after delayMs.
    void retrying(int nextAttempt, qint64 delayMs, const mlr::Error &reason);

protected:
    BesOperation(QNetworkAccessManager *nam, BesEndpoint endpoint, QObject *parent);

    // One attempt = one HttpCall with the given policy (subclasses may choose none()).
    void send(const QByteArray &verb, const QUrl &url, const QByteArray &body, const QString &context,
        const RetryPolicy &policy);
    virtual void begin() = 0;
    virtual void onAnswer(const HttpResponse &response, const Error &error) = 0;
    const BesEndpoint &endpoint() const { return m_endpoint; }
    const RetryPolicy &policy() const { return m_policy; }
    // Runs fn from the event loop unless this is destroyed first.
    void later(std::function<void()> fn);

private:
    QPointer<QNetworkAccessManager> m_nam;
    BesEndpoint m_endpoint;
    RetryPolicy m_policy;
    RequestFactory m_factory;
    std::unique_ptr<HttpCall> m_call;
    bool m_started = false;
};

// POST .../jobs: creates a job (NotStarted) and answers its id.
//
// Never creates a job twice: the POST is retried only when the failure proves the service
// did not act on it: a 429 or 503 answer (throttling / not available: the request was
// refused) or a connection that could not be made (refused, host not found: nothing was
// sent). Any other failure after the request may have reached the service (a reset or a
// timeout before the answer, a 500/502/504) is not retried: finished() carries the error and
// mayHaveCreated() is true, so the caller can tell the user to look before submitting again.
// (Qt itself resends a request once when a kept-alive connection closes before any answer;
// that resend happens below this class and cannot be turned off.)
class BesSubmitJob : public BesOperation
{
    Q_OBJECT

public:
    BesSubmitJob(
        QNetworkAccessManager *nam, BesEndpoint endpoint, BesJobRequest request, QObject *parent = nullptr);

    bool mayHaveCreated() const { return m_mayHaveCreated; }
    int attempts() const { return m_attempt; }
    // The rule above, as a pure function (for tests).
    static bool provesNoEffect(const Error &error);

Q_SIGNALS:
    void finished(const QString &jobId, const mlr::Error &error);

protected:
    void begin() override;
    void onAnswer(const HttpResponse &response, const Error &error) override;

private:
    BesJobRequest m_request;
    QTimer m_retryTimer;
    int m_attempt = 0;
    bool m_mayHaveCreated = false;
};

// POST .../jobs/{id}/start. Retried on transient failures; when a retry is refused with
// 400 InvalidOperation (CannotStartJob), an earlier attempt did start the job, so that is
// success.
class BesStartJob : public BesOperation
{
    Q_OBJECT

public:
    BesStartJob(QNetworkAccessManager *nam, BesEndpoint endpoint, QString jobId, QObject *parent = nullptr);

Q_SIGNALS:
    void finished(const mlr::Error &error);

protected:
    void begin() override;
    void onAnswer(const HttpResponse &response, const Error &error) override;

private:
    QString m_jobId;
    int m_retries = 0;
};

// GET .../jobs/{id}: the state, the results (fresh read-only SAS on every call) and Details.
class BesGetJob : public BesOperation
{
    Q_OBJECT

public:
    BesGetJob(QNetworkAccessManager *nam, BesEndpoint endpoint, QString jobId, QObject *parent = nullptr);

Q_SIGNALS:
    void finished(const mlr::ml::BesJobStatus &status, const mlr::Error &error);

protected:
    void begin() override;
    void onAnswer(const HttpResponse &response, const Error &error) override;

private:
    QString m_jobId;
};

// DELETE .../jobs/{id}: cancels a job that has not finished (a finished one is kept).
class BesCancelJob : public BesOperation
{
    Q_OBJECT

public:
    BesCancelJob(QNetworkAccessManager *nam, BesEndpoint endpoint, QString jobId, QObject *parent = nullptr);

Q_SIGNALS:
    void finished(const mlr::Error &error);

protected:
    void begin() override;
    void onAnswer(const HttpResponse &response, const Error &error) override;

private:
    QString m_jobId;
};

} // namespace mlr::ml
