#pragma once

#include "arm/definition.h"
#include "http/error.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QStringList>
#include <QUrl>

// The guard of a model update and the backups, as pure functions (no network). The flow
// itself is ModelUpdateJob (modelupdatejob.h).
namespace mlr::arm {

// What the guard found. refusals non-empty: the update must not run.
struct UpdateGuard
{
    QStringList refusals; // e.g. "this is a training service", "the service is read-only"
    QStringList warnings; // e.g. the .ilearner lives in another storage account
    TrainedModelAsset asset; // the asset that will change (when found)
    bool isAllowed() const { return refusals.isEmpty(); }
};

// Checks an update of `service` (a GET answer) to the model at newUri:
// - refused: a training service (an output fed by a trained model), no `[trained model]`
//   asset, several of them and no assetId chosen (or an unknown one), a read-only service, a
//   definition kept in blob storage (payloadsInBlobStorage), an operation still running
//   (provisioningState Provisioning), a uri that is not an http(s) .ilearner blob;
// - warned: the .ilearner is in another storage account than the service's storageAccount
//   (the service may not be able to read it), the service is in state Failed, the asset
//   already points at newUri.
UpdateGuard checkModelUpdate(const QJsonObject &service, const QUrl &newUri, const QString &assetId = {});

// Two asset uris name the same blob (scheme and host case-insensitive, percent-encoding
// normalised, no query).
bool sameModelUri(const QString &a, const QString &b);

// Backups: "<directory>/<service>-<yyyyMMdd-HHmmss-zzz>Z.json", the Export-AzMlWebService form.
QString backupFileName(const QString &serviceName, const QDateTime &utc);
// Writes the export of `service` atomically, owner-only; the path, or an empty string and
// Error::Input naming the file and the reason. Creates the directory.
QString writeBackup(const QString &directory, const QString &serviceName, const QJsonObject &service,
    const QDateTime &utc, Error *error);
// Writes `bytes` to "<directory>/<fileName>" atomically, owner-only (the directory is created);
// the path, or an empty string and Error::Input naming the file and the reason. The writer of
// writeBackup, shared with the Azure ML (v2) roll-out backups.
QString writeBackupFile(
    const QString &directory, const QString &fileName, const QByteArray &bytes, Error *error);
// The backups of a service in directory, newest first.
QStringList listBackups(const QString &directory, const QString &serviceName);
// The trained model uri a backup file holds (its asset `assetId`, or its only trained model
// asset when assetId is empty); empty with Error::Input when the file does not import or does
// not name exactly one model.
QString backupModelUri(const QString &backupFile, const QString &assetId, Error *error);

} // namespace mlr::arm

Q_DECLARE_METATYPE(mlr::arm::UpdateGuard)
