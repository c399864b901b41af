#pragma once

#include "server/context.h"
#include "server/responder.h"

#include <QObject>

namespace mlr::server {

// The classic web services management API's endpoints (reference §4.7), on the data-plane
// port, for the classic retraining route. An ARM service doubles as the classic web
// service {webServiceId} = its service id; every endpoint name maps to its one deployment.
// Authorization: Bearer <the service's primary or secondary key>.
//   GET   /workspaces/{ws}/webservices/{wsvc}/endpoints/{name}   classic.get    the Endpoint
//   PATCH /workspaces/{ws}/webservices/{wsvc}/endpoints/{name}   classic.patch  {"Resources":
//         [{"Name": "<asset name> [trained model]", "Location": {BaseLocation, RelativeLocation,
//         SasBlobToken}}]} -> 200; the asset's uri becomes BaseLocation + RelativeLocation
//         (the SAS kept as its credentials) and the new model goes live once loaded (as after
//         an ARM PATCH). A service without trained models: 400 "This Web Service has no
//         updatable resources". Errors are {"error":{"code","message"}}.
class ClassicEndpointService : public QObject
{
    Q_OBJECT

public:
    explicit ClassicEndpointService(Context *context, QObject *parent = nullptr);

private:
    WebService *resolve(const Request &request, const ResponderPtr &responder);
    void onGet(const Request &request, const ResponderPtr &responder);
    void onPatch(const Request &request, const ResponderPtr &responder);

    Context *m_context;
};

} // namespace mlr::server
