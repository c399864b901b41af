#pragma once

#include "azureml/amlsupport.h"
#include "azureml/jobs/jobspec.h"
#include "server/blobref.h"

namespace mlr::server {

class AmlJobRunner;
class AmlOperations;

// Jobs (reference §6):
//   PUT  {WS}/jobs/{name}          201 (new) with status Starting; the job then runs
//                                  (AmlJobRunner). A body that does not parse, or names an
//                                  unknown component, datastore, data asset or a missing blob,
//                                  is 400 with an ARM error. A second PUT of an existing job
//                                  is 409 (jobs are immutable here).
//   GET  {WS}/jobs/{name}          properties.status, services (Tracking, Studio), outputs
//                                  with their uris once Completed, and `error` when Failed
//   GET  {WS}/jobs[?jobType=]      paged
//   POST {WS}/jobs/{name}/cancel   202 + Location (mfeOperationResults) + Retry-After
//   GET  {WS}/components/{name}/versions/{v}, GET {WS}/components: the sandbox's components
class JobRoutes
{
public:
    JobRoutes(AmlSupport *support, AmlOperations *operations, AmlJobRunner *runner);

    QJsonObject jobJson(const AmlJob &job) const;
    // Submits a job as PUT does (the seeder's way in): empty on success, else the ARM error
    // body, with *status. done() runs once (after the input blobs were checked).
    void submit(const AmlWorkspace &workspace, const QString &name, const QJsonObject &body,
        std::function<void(int status, const QJsonObject &error)> done);

private:
    void onPut(const Request &request, const ResponderPtr &responder);
    void onGet(const Request &request, const ResponderPtr &responder);
    void onList(const Request &request, const ResponderPtr &responder);
    void onCancel(const Request &request, const ResponderPtr &responder);
    void onComponent(const Request &request, const ResponderPtr &responder);
    void onComponents(const Request &request, const ResponderPtr &responder);
    AmlJob *job(const Request &request, const ResponderPtr &responder) const;
    // A submission waiting for its input blobs to be found (HEAD, one after the other).
    struct PendingSubmit
    {
        QString workspaceKey;
        QString key;
        QString name;
        aml::JobPlan plan;
        QList<BlobLocation> blobs;
        QStringList inputs; // the input each blob is for
        std::function<void(int, const QJsonObject &)> done;
    };
    void checkInputBlobs(const std::shared_ptr<PendingSubmit> &pending, int index);

    AmlSupport *m_support;
    AmlOperations *m_operations;
    AmlJobRunner *m_runner;
};

} // namespace mlr::server
