#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>

namespace mlr::server {

// The Azure Machine Learning (v2) side of mlstudio-local's state (part of State, saved in
// state.json under "azureml"). Keys are lowercase "sub/rg/ws[/...]" paths (ARM names are
// case-insensitive); names keep the casing of their creation.

struct AmlWorkspace
{
    QString subscriptionId;
    QString resourceGroup;
    QString name;
    QString location;
    QString workspaceId; // GUID: the default container is azureml-blobstore-{workspaceId}
    QString friendlyName;
    QDateTime created;

    QString key() const;
    QString armId() const; // /subscriptions/.../workspaces/{name}
    QString blobContainer() const { return QStringLiteral("azureml-blobstore-") + workspaceId; }
    static QString makeKey(const QString &subscription, const QString &group, const QString &name);
};

// A version of a data or model asset (`properties` as stored: description, tags, dataType /
// modelType, dataUri / modelUri, jobName, ...).
struct AmlAssetVersion
{
    QString workspaceKey;
    QString kind; // "data" | "models"
    QString name;
    QString version;
    QJsonObject properties;
    QDateTime created;
    QDateTime modified;

    QString key() const;
    static QString makeKey(
        const QString &workspaceKey, const QString &kind, const QString &name, const QString &version);
};

// A job. `properties` is the submitted definition (normalised), without the members the
// service computes (status, services, the outputs' uris).
struct AmlJob
{
    QString workspaceKey;
    QString name;
    QJsonObject properties;
    QString status = QStringLiteral("NotStarted");
    QDateTime created;
    QDateTime started;
    QDateTime ended;
    QString errorCode;
    QString errorMessage;
    QJsonObject outputUris; // output name -> azureml://datastores/... where it was written
    QJsonObject metrics; // name -> number (MLflow and metrics.json)
    QJsonObject params; // name -> text
    bool cancelRequested = false;

    QString key() const { return workspaceKey + QStringLiteral("/jobs/") + name.toLower(); }
    bool isTerminal() const;
};

struct AmlEndpoint
{
    QString workspaceKey;
    QString name;
    QString location;
    QJsonObject identity;
    QJsonObject tags;
    QJsonObject properties; // authMode, description, traffic, mirrorTraffic, properties
    QString provisioningState = QStringLiteral("Creating");
    QString primaryKey;
    QString secondaryKey;
    QString endpointId; // GUID
    QDateTime created;
    QDateTime modified;

    QString key() const { return workspaceKey + QStringLiteral("/onlineendpoints/") + name.toLower(); }
};

struct AmlDeployment
{
    QString endpointKey;
    QString name;
    QString location;
    QJsonObject sku;
    QJsonObject tags;
    QJsonObject properties; // endpointComputeType, model, instanceType, ...
    QString provisioningState = QStringLiteral("Creating");
    QDateTime created;
    QDateTime modified;
    QString log; // what getLogs shows

    QString key() const { return endpointKey + QStringLiteral("/deployments/") + name.toLower(); }
};

// An MFE long-running operation (mfeOperationsStatus / mfeOperationResults).
struct AmlOperation
{
    QString id; // "{kind}:{workspaceId}:{guid}"
    QString subscriptionId;
    QString location;
    QString verb; // "put" | "delete" | "regenerateKeys"
    QString targetKey; // AmlEndpoint::key() or AmlDeployment::key()
    QString status = QStringLiteral("Updating"); // Updating | Succeeded | Failed
    QDateTime start;
    QDateTime end;
    QString errorCode;
    QString errorMessage;
    QJsonObject pending; // put: the definition that takes effect on success
    bool noEffect = false;
};

struct AmlState
{
    QMap<QString, AmlWorkspace> workspaces;
    QMap<QString, AmlAssetVersion> assets;
    QMap<QString, AmlJob> jobs;
    QMap<QString, AmlEndpoint> endpoints;
    QMap<QString, AmlDeployment> deployments;
    QMap<QString, AmlOperation> operations; // by id, lowercase

    QJsonObject toJson() const;
    // Jobs that were not terminal come back Failed, operations in progress Failed (and their
    // endpoints or deployments Failed), each with a message saying the sandbox restarted.
    void fromJson(const QJsonObject &json);
};

} // namespace mlr::server
