#pragma once

#include "azureml/rolloutplan.h"

#include <QDateTime>
#include <QMetaType>

// The backup of an online endpoint taken before a roll-out changes it (the v2 twin of the
// classic definition backups of arm/modelupdate.h, named and written by the same helpers):
// the endpoint, every deployment and the model versions they serve, as the service answered
// them, and what a rollback restores. Pure functions and files, no network.
namespace mlr::azureml {

// What a rollback restores: the traffic back on the previous deployment.
struct RollbackHandle
{
    QString endpoint;
    QString previousDeployment; // the deployment in production before the roll-out
    QString candidate; // the deployment being rolled out (may be empty)
    TrafficMap traffic; // the map to restore (previousDeployment has the candidate's share)
    bool isValid() const { return !endpoint.isEmpty() && !previousDeployment.isEmpty(); }
};

struct RolloutBackup
{
    QString file;
    QDateTime takenUtc;
    QString workspace; // the workspace's resource id
    OnlineEndpoint endpoint;
    QList<OnlineDeployment> deployments;
    QList<ModelVersion> models;
    RollbackHandle rollback;
};

// "azureml-<endpoint>": the name backups of an endpoint are filed under (arm::backupFileName:
// "<dir>/azureml-<endpoint>-<yyyyMMdd-HHmmss-zzz>Z.json").
QString rolloutBackupName(const QString &endpoint);

// Writes the backup (indented JSON, owner-only, atomically; the directory is created):
// {"format":"mlretrain-azureml-rollout-backup","version":1,"takenUtc","workspace","endpoint",
// "deployments":[...],"models":[...],"rollback":{"previousDeployment","candidate","traffic"}}.
// The path, or an empty string and Error::Input naming the file and the reason.
QString writeRolloutBackup(const QString &directory, const RolloutBackup &backup, Error *error);

// Reads a backup. Without a "rollback" member (or an invalid one) the handle is the
// deployment with the most traffic and the endpoint's traffic map. Error::Input naming the
// file when it cannot be read or is not such a backup.
std::optional<RolloutBackup> readRolloutBackup(const QString &file, Error *error);

// The backups of an endpoint in directory, newest first.
QStringList listRolloutBackups(const QString &directory, const QString &endpoint);

} // namespace mlr::azureml

Q_DECLARE_METATYPE(mlr::azureml::RollbackHandle)
