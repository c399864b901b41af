#pragma once

#include "server/context.h"
#include "server/responder.h"

#include <QHash>
#include <QObject>

namespace mlr::server {

// Request-Response Service and the per-service swagger (reference §2), both URL families:
//   POST {svc}/execute?api-version=2.0[&details=true]   rrs.execute  classic ColumnNames/Values
//   POST {svc}/execute?api-version=2.0&format=swagger   rrs.execute  arrays of row objects
//   GET  {svc}/swagger.json                             rrs.swagger  no key needed
// The request body may use either input form whatever the query says; the answer uses the
// form the query asks for. Output cells are strings (numbers in their shortest form),
// missing values null; ColumnTypes use .NET names (String, Int32, Double, Boolean). The
// graph runs on the worker pool with the [trained model]s from the ModelCache. A service
// whose outputs include a trained model cannot answer RRS (400; use BES). More calls at
// once than realtimeConfiguration.maxConcurrentCalls (default 20) get 503
// ServiceUnavailable/TooManyConcurrentRequests.
class RrsService : public QObject
{
    Q_OBJECT

public:
    explicit RrsService(Context *context, QObject *parent = nullptr);

private:
    void onExecute(const Request &request, const ResponderPtr &responder);
    void onSwagger(const Request &request, const ResponderPtr &responder);

    Context *m_context;
    QHash<QString, int> m_inFlight; // by service id
};

} // namespace mlr::server
