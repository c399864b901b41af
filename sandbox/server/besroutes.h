#pragma once

#include "server/context.h"
#include "server/dataplane.h"
#include "server/responder.h"

#include <QObject>

namespace mlr::server {

// Batch Execution Service v2 (reference §1), under both URL families (dataplane.h), with
// api-version=2.0 and the service's API key:
//   POST   {svc}/jobs                 bes.submit  200, the job id as a JSON string
//   POST   {svc}/jobs/{id}/start      bes.start   204; 400 InvalidOperation/CannotStartJob
//                                                 unless NotStarted
//   GET    {svc}/jobs/{id}            bes.get     200 {StatusCode, Results, Details}; Results
//                                                 only when Finished, each with a fresh
//                                                 read-only SAS
//   DELETE {svc}/jobs/{id}            bes.delete  204; cancels a job that is not finished
//   GET    {svc}/jobs                 bes.list    200 (an extension: BES has no list)
// The state keeps the last 1000 jobs (older finished ones are forgotten).
// Submit checks, in order: the body, the inputs (BatchJobInputsNotSpecified,
// BatchJobInputsTooManySpecified, InvalidInputNames, DuplicateInputInBatchCall), the blob
// references (MissingInputBlobInformation, InvalidBlobConnectionString,
// InvalidBlobExtension), the output names (InvalidOutputOverrideName) and extensions, the
// global parameters (MissingRequiredGlobalParameters), and finally that each input blob
// exists (BlobNotFound).
class BesService : public QObject
{
    Q_OBJECT

public:
    explicit BesService(Context *context, QObject *parent = nullptr);

private:
    void onSubmit(const Request &request, const ResponderPtr &responder);
    void onStart(const Request &request, const ResponderPtr &responder);
    void onGet(const Request &request, const ResponderPtr &responder);
    void onDelete(const Request &request, const ResponderPtr &responder);
    void onList(const Request &request, const ResponderPtr &responder);
    BatchJob *findJob(const dataplane::Target &target, const QString &jobId, const ResponderPtr &responder);
    QJsonObject statusJson(const BatchJob &job) const;

    Context *m_context;
};

} // namespace mlr::server
