#pragma once

#include "arm/armoperation.h"
#include "arm/lrofollower.h"

#include <QJsonObject>

#include <chrono>

namespace mlr::arm {

// What a PUT or PATCH did.
struct OperationResult
{
    int httpStatus = 0; // of the PUT/PATCH answer (200, 201)
    bool created = false; // PUT answered 201
    QUrl operationUrl; // Azure-AsyncOperation, exactly as given (empty when none)
    OperationStatus final; // the last status read (Succeeded / Failed / Canceled when finished)
    QJsonObject answer; // the PUT/PATCH answer body
    bool followedResource = false; // no operation URL: the resource's provisioningState was followed
};

// PUT (create or replace) or PATCH (merge) of a web service, then the long-running operation
// followed to its end.
//
// The operation is followed by an LroFollower (its rules, in short): the Azure-AsyncOperation
// URL of the answer is polled exactly as given (the token goes only to the ARM host or a
// regional host under it), every Retry-After seconds when the service says, otherwise with a
// backoff from pollInterval to maxPollInterval, until Succeeded, Failed or Canceled.
// Failed/Canceled finish with an error carrying the operation's own code and message. Without
// the header (or when a retried write meets AnotherOperationInProgress, i.e. an earlier attempt
// was applied but its answer lost), the resource's provisioningState is followed instead. A
// timeout leaves the outcome unknown and says so. No final GET: the web service is not re-read.
//
// PUT refuses to replace an existing service unless setAllowOverwrite(true): it GETs first
// (ARM's PUT overwrites without warning).
class WebServiceWriteJob : public ArmOperation
{
    Q_OBJECT

public:
    enum class Method
    {
        Put,
        Patch
    };
    WebServiceWriteJob(QNetworkAccessManager *nam, TokenProvider *tokens, ArmTarget target, QString name,
        Method method, QJsonObject body, QObject *parent = nullptr);

    void setAllowOverwrite(bool allow) { m_allowOverwrite = allow; }
    void setWaitForCompletion(bool wait) { m_wait = wait; }
    void setPollInterval(std::chrono::milliseconds first, std::chrono::milliseconds max);
    void setOperationTimeout(std::chrono::milliseconds timeout) { m_follower.setTimeout(timeout); }
    const QString &name() const { return m_name; }
    Method method() const { return m_method; }
    int polls() const { return m_follower.polls(); }

Q_SIGNALS:
    // The write was accepted; the operation runs (operationUrl may be empty).
    void accepted(const QUrl &operationUrl);
    // A poll read this state (percent 0..1, or -1 when not given).
    void progress(const QString &status, double percent);
    void finished(const mlr::arm::OperationResult &result, const mlr::Error &error);

protected:
    void begin() override;
    void failBeforeStart(const Error &error) override { finish(error); }

private:
    void write();
    void onWritten(const HttpResponse &response, const Error &error);
    void onFollowed(const LroOutcome &outcome, const Error &error);
    void finish(const Error &error);
    QString verbText() const;
    QString operationContext() const;

    QString m_name;
    Method m_method;
    QJsonObject m_body;
    OperationResult m_result;
    LroFollower m_follower; // polls through send(); destroyed (cancelled) with the job
    int m_retries = 0;
    bool m_allowOverwrite = false;
    bool m_wait = true;
};

// Plain words for the ARM error codes of web service writes (CannotChangeStorageAccount,
// WebServiceIsReadOnly, AnotherOperationInProgress, CommitmentPlanRequired...); empty if none.
QString explainWriteError(const QString &code);

} // namespace mlr::arm

Q_DECLARE_METATYPE(mlr::arm::OperationResult)
