#pragma once

#include "azureml/amlstate.h"
#include "server/blobref.h"

#include <variant>

namespace mlr::server {

struct UriError
{
    QString code; // UserError
    QString message;
};

// Where an Azure ML uri points in the sandbox's storage account (reference §5):
//   azureml://datastores/{ds}/paths/{p}
//   azureml://subscriptions/{s}/resourcegroups/{g}/workspaces/{w}/datastores/{ds}/paths/{p}
//   azureml://jobs/{job}/outputs/{output}/paths/{p}      (a finished job's output)
//   azureml:{name}:{version}, azureml:{name}@latest, {WS}/data/{name}/versions/{v}  (data assets)
//   an http(s) blob URL of the account
// Datastores are the workspace's two (WorkspaceRoutes::datastoreNames). Pure: reads `state`.
std::variant<BlobLocation, UriError> resolveAmlUri(
    const AmlState &state, const AmlWorkspace &workspace, const StorageAccount &account, const QString &uri);

// The model version an id names: {WS}/models/{n}/versions/{v} (any casing), azureml:{n}:{v}
// or azureml://registries/.../models/{n}/versions/{v} is refused (no registries here).
const AmlAssetVersion *findModelVersion(
    const AmlState &state, const AmlWorkspace &workspace, const QString &id);

// azureml://datastores/{ds}/paths/{p} of a blob in the workspace's default datastore.
QString datastoreUri(const QString &datastore, const QString &path);

} // namespace mlr::server
