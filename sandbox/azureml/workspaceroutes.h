#pragma once

#include "azureml/amlsupport.h"

namespace mlr::server {

// Workspaces and their datastores (reference §4), read-only: workspaces are made by the
// seeder. Each workspace has two datastores in the server's storage account (Azurite):
// "workspaceblobstore" (the default, container azureml-blobstore-{workspaceId}) and
// "workspaceartifactstore" (container azureml). Routes (any api-version):
//   GET  /subscriptions/{s}/providers/Microsoft.MachineLearningServices/workspaces
//   GET  /subscriptions/{s}/resourceGroups/{g}/providers/.../workspaces[/{ws}]
//   POST {WS}/listStorageAccountKeys                      {"userStorageKey": key}
//   GET  {WS}/datastores[?isDefault=true]  GET {WS}/datastores/{name}
//   POST {WS}/datastores/{name}/listSecrets               {"secretsType":"AccountKey","key":...}
//   GET  /discovery                                       {"api": base, ...}
class WorkspaceRoutes
{
public:
    explicit WorkspaceRoutes(AmlSupport *support);

    // The workspace body as GET answers it.
    QJsonObject workspaceJson(const AmlWorkspace &workspace) const;
    // The datastore names of every workspace, and their containers.
    static QStringList datastoreNames();
    static QString datastoreContainer(const AmlWorkspace &workspace, const QString &datastore);

private:
    void onSubscriptions(const Request &request, const ResponderPtr &responder);
    void onList(const Request &request, const ResponderPtr &responder);
    void onGet(const Request &request, const ResponderPtr &responder);
    void onStorageKeys(const Request &request, const ResponderPtr &responder);
    void onDatastores(const Request &request, const ResponderPtr &responder);
    void onDatastore(const Request &request, const ResponderPtr &responder);
    void onListSecrets(const Request &request, const ResponderPtr &responder);
    QJsonObject datastoreJson(const AmlWorkspace &workspace, const QString &name) const;

    AmlSupport *m_support;
};

} // namespace mlr::server
