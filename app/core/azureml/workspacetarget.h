#pragma once

#include "arm/webservice.h"

#include <QUrlQuery>

namespace mlr {
struct Profile;
}

namespace mlr::azureml {

// An Azure Machine Learning workspace as ARM addresses it (docs/reference/azureml-v2-api.md
// §1): {armUrl}/subscriptions/{s}/resourceGroups/{g}/providers/
// Microsoft.MachineLearningServices/workspaces/{w}, api-version 2022-10-01.
struct WorkspaceTarget
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceTarget)

public:
    static QString apiVersion() { return QStringLiteral("2022-10-01"); }

    arm::ArmTarget arm; // armUrl, subscriptionId, resourceGroup; apiVersion is apiVersion()
    QString workspace;

    // The workspace's ARM id, "/subscriptions/{s}/resourceGroups/{g}/providers/
    // Microsoft.MachineLearningServices/workspaces/{w}" ({WS} of the reference).
    QString resourceId() const;
    // The workspace's URL + path (e.g. "/onlineEndpoints/e"), with api-version and `query`.
    QUrl url(const QString &path, const QUrlQuery &query = {}) const;
    // The workspace's URL without api-version (how the job journal names a v2 job's workspace).
    QUrl workspaceUrl() const { return url({}).adjusted(QUrl::RemoveQuery); }
    // arm.validate() and a workspace name.
    Error validate() const;
    // From an azureml profile: armUrl (default https://management.azure.com), subscription,
    // resource group, workspace.
    static WorkspaceTarget fromProfile(const Profile &profile);
};

} // namespace mlr::azureml
