#pragma once

#include "server/context.h"
#include "server/responder.h"

#include <QObject>

namespace mlr::server {

class LoginService;

// ARM Microsoft.MachineLearning/webServices, api-version 2017-01-01 and 2016-05-01-preview
// (reference §4). {ws} = /subscriptions/{sub}/resourceGroups/{rg}/providers/
// Microsoft.MachineLearning/webServices/{name}; names are case-insensitive.
//   GET    /subscriptions/{sub}/providers/Microsoft.MachineLearning/webServices   arm.list
//   GET    /subscriptions/{sub}/resourceGroups/{rg}/providers/.../webServices    arm.list
//          pages of config.armPageSize, nextLink with $skiptoken
//   GET    {ws}[?region=]        arm.get      200 (no keys, storage key, commitment plan)
//   PUT    {ws}                  arm.put      201 create / 200 update, LRO
//   PATCH  {ws}                  arm.patch    200, LRO; deep merge (jsonutil.h)
//   DELETE {ws}                  arm.delete   202, LRO (also when it did not exist)
//   GET    {ws}/listKeys         arm.listkeys 200 {primary, secondary}
//   POST   {ws}/CreateRegionalBlob?region=   arm.regional  202, LRO
//   GET    /providers/Microsoft.MachineLearning/operations                       arm.operations
// Every route needs a live token from the login surface (401 otherwise) and a supported
// api-version (400 otherwise). Bodies are read case-insensitively and checked against the
// official swagger (armschema.h) and by parseServiceGraph (a graph the sandbox cannot run
// is a 400 naming the node).
class ArmService : public QObject
{
    Q_OBJECT

public:
    ArmService(Context *context, LoginService *login, QObject *parent = nullptr);

    // The PUT path, callable in-process (seeding, --create-from-template): same checks, same
    // answer. Returns the HTTP status and sets *answer (the response body or ARM error) and
    // *operationId (when accepted).
    int put(const QString &subscription, const QString &group, const QString &name, const QJsonObject &body,
        const QString &apiVersion, bool noEffect, QJsonObject *answer, QString *operationId);

private:
    bool precheck(const Request &request, const ResponderPtr &responder);
    void onList(const Request &request, const ResponderPtr &responder);
    void onGet(const Request &request, const ResponderPtr &responder);
    void onPut(const Request &request, const ResponderPtr &responder);
    void onPatch(const Request &request, const ResponderPtr &responder);
    void onDelete(const Request &request, const ResponderPtr &responder);
    void onListKeys(const Request &request, const ResponderPtr &responder);
    void onRegional(const Request &request, const ResponderPtr &responder);
    void onOperations(const Request &request, const ResponderPtr &responder);
    WebService *findOr404(const Request &request, const ResponderPtr &responder);

    Context *m_context;
    LoginService *m_login;
};

} // namespace mlr::server
