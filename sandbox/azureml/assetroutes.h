#pragma once

#include "azureml/amlsupport.h"

namespace mlr::server {

// Versioned data and model assets (reference §5, §8), synchronous:
//   PUT|GET {WS}/data/{n}/versions/{v}    GET {WS}/data/{n}/versions    GET {WS}/data/{n}
//   PUT|GET {WS}/models/{n}/versions/{v}  GET {WS}/models/{n}/versions[?$orderBy=createdtime desc&$top=]
//   GET {WS}/models/{n} (latestVersion, nextVersion)  GET {WS}/models
// PUT answers 201 (new) or 200. A version is immutable but for description, tags and
// isArchived: another dataUri / modelUri / type is 409 Conflict. A model's jobName must name
// a job of the workspace; uris must resolve (known datastore, existing job output).
class AssetRoutes
{
public:
    explicit AssetRoutes(AmlSupport *support);

    // The body GET answers. kind: "data" | "models".
    QJsonObject versionJson(const AmlWorkspace &workspace, const AmlAssetVersion &version) const;
    // Registers a version as PUT does (the seeder's way in); empty on success, else the error.
    QString put(const AmlWorkspace &workspace, const QString &kind, const QString &name,
        const QString &version, const QJsonObject &properties, int *status);

private:
    void onPutVersion(const Request &request, const ResponderPtr &responder);
    void onGetVersion(const Request &request, const ResponderPtr &responder);
    void onListVersions(const Request &request, const ResponderPtr &responder);
    void onGetContainer(const Request &request, const ResponderPtr &responder);
    void onListContainers(const Request &request, const ResponderPtr &responder);
    QJsonObject containerJson(const AmlWorkspace &workspace, const QString &kind, const QString &name) const;
    QList<const AmlAssetVersion *> versions(
        const AmlWorkspace &workspace, const QString &kind, const QString &name) const;

    AmlSupport *m_support;
};

} // namespace mlr::server
