#pragma once

#include "azureml/amlsupport.h"

#include <QObject>

namespace mlr::server {

// The MFE long-running operations of online endpoints and deployments (reference §3):
//   GET /subscriptions/{s}/providers/Microsoft.MachineLearningServices/locations/{l}/mfeOperationsStatus/{id}
//       -> 200 {id, name, status: Updating|Succeeded|Failed, startTime, endTime?, percentComplete, error?}
//   GET .../locations/{l}/mfeOperationResults/{id}
//       -> 202 (Location, Retry-After) while Updating; 200 with the result body (empty for
//          POSTs) when Succeeded; the error (400, or 500 for InternalServerError) when Failed
// An operation stays Updating for its delay, then calls its Apply, which finishes it (now or
// later) with an empty error code (Succeeded) or a code and message (Failed).
class AmlOperations : public QObject
{
    Q_OBJECT

public:
    using Finish = std::function<void(const QString &errorCode, const QString &errorMessage)>;
    using Apply = std::function<void(AmlOperation &operation, Finish finish)>;

    AmlOperations(AmlSupport *support, QObject *parent = nullptr);

    // kind: "oe" (endpoint) or "od" (deployment). Returns the operation id.
    QString start(const QString &kind, const AmlWorkspace &workspace, const QString &verb,
        const QString &targetKey, const QJsonObject &pending, int delayMs, Apply apply);
    // Azure-AsyncOperation (+ x-ms-async-operation-timeout) of a PUT's 201.
    RawHeaders asyncHeaders(const QString &operationId) const;
    // Location (mfeOperationResults) + Retry-After of a 202 (DELETE, POST regenerateKeys);
    // DELETE also carries Azure-AsyncOperation (withStatus), as the service does.
    RawHeaders locationHeaders(const QString &operationId, bool withStatus) const;
    // An operation of this target is Updating.
    bool isBusy(const QString &targetKey) const;
    // 409 Conflict naming the operation in progress on the target.
    void sendBusy(const ResponderPtr &responder, const QString &what) const;
    // Body the result route gives for a Succeeded operation (e.g. {} for regenerateKeys).
    void setResultBody(const QString &operationId, const QJsonObject &body);

Q_SIGNALS:
    void finished(const QString &operationId);

private:
    void onStatus(const Request &request, const ResponderPtr &responder);
    void onResult(const Request &request, const ResponderPtr &responder);
    QString url(const AmlOperation &op, const QString &route) const;
    AmlOperation *find(const Request &request, const ResponderPtr &responder) const;

    AmlSupport *m_support;
    QHash<QString, QJsonObject> m_results;
};

} // namespace mlr::server
