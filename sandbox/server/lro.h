#pragma once

#include "server/context.h"
#include "server/responder.h"

#include <QObject>

namespace mlr::server {

class LoginService;

// ARM long-running operations (reference §4.2): PUT, PATCH, DELETE and CreateRegionalBlob
// start one; it stays "Provisioning" at least config.operationDelayMs, then:
//  - create/update: the service's [trained model] blobs are fetched and loaded (ModelCache);
//    if that works the new definition goes live on the data plane (WebService::deployed)
//    and the operation and the service become Succeeded; otherwise both become Failed with
//    an error naming the blob, and the data plane keeps the previous deployment;
//  - delete: the service is removed;
//  - a "noop" fault: Succeeded, nothing changed (the update never happened).
// Routes (any api-version accepted):
//   GET /subscriptions/{sub}/providers/Microsoft.MachineLearning/locations/{loc}/operationsStatus/{op}
//       -> 200 {id, name, status, startTime, endTime?, percentComplete, error?}
//   GET .../locations/{loc}/operationresults/{op}
//       -> 202 while running, 204 when Succeeded, the error (400/500) when Failed
class OperationManager : public QObject
{
    Q_OBJECT

public:
    OperationManager(Context *context, LoginService *login, QObject *parent = nullptr);

    // Starts an operation on the service (by WebService::key()) and returns its id.
    QString start(const QString &kind, const WebService &service, bool noEffect);
    // Azure-AsyncOperation (+ Azure-AsyncOperationPercentComplete), and Location when asked.
    RawHeaders headers(const QString &operationId, bool withLocation) const;
    bool isBusy(const QString &serviceKey) const; // an operation is Provisioning

Q_SIGNALS:
    void operationFinished(const QString &operationId, const QString &status);

private:
    void complete(const QString &operationId);
    void finish(const QString &operationId, const QString &errorCode, const QString &errorMessage);
    void onStatus(const Request &request, const ResponderPtr &responder);
    void onResult(const Request &request, const ResponderPtr &responder);
    QString statusUrl(const Operation &op) const;
    QString resultUrl(const Operation &op) const;

    Context *m_context;
    LoginService *m_login;
};

} // namespace mlr::server
