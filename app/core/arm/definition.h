#pragma once

#include "http/error.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

// A web service definition (the ARM resource: {location, tags, properties{...}}) and its
// `[trained model]` assets. Pure functions; member names as ARM answers them (camelCase;
// run normalizeDefinition() on anything read from a file first).
namespace mlr::arm {

struct Definition
{
    Q_DECLARE_TR_FUNCTIONS(Definition)
};

// A Resource asset that holds a trained model: its name ends with "[trained model]" (any
// case), or it is of type Resource and its uri ends with ".ilearner".
struct TrainedModelAsset
{
    QString assetId; // key in properties.assets, e.g. "asset3"
    QString name; // e.g. "Census Model [trained model]"
    QString type; // "Resource"
    QString uri; // locationInfo.uri
    bool hasCredentials = false; // locationInfo.credentials is set (never shown)
};

// In assetId order. Empty when the service has none (a training service, or a definition
// with payloadsInBlobStorage).
QList<TrainedModelAsset> trainedModelAssets(const QJsonObject &resource);

// True when a web service output is fed by a trained model (a Train Model's "Trained model"
// port): the service trains models; it is not the one to update.
bool outputsTrainedModel(const QJsonObject &resource);

// BaseLocation + RelativeLocation of a BES output, without any SAS query: the uri the
// `[trained model]` asset gets. Exactly one '/' joins them. Invalid when either is empty.
QUrl modelUriFromLocation(const QString &baseLocation, const QString &relativeLocation);
// The same from a blob URL (a JobRecord output): its query (SAS) and fragment removed.
QUrl modelUriFromBlobUrl(const QUrl &blobUrl);

// The storage account of a blob URL: "acct" for https://acct.blob.core.windows.net/..., the
// first path segment for path-style URLs (Azurite, http://127.0.0.1:10000/devstoreaccount1/...).
QString storageAccountOfBlobUrl(const QUrl &url);
// properties.storageAccount.name; empty when absent.
QString serviceStorageAccount(const QJsonObject &resource);

// A copy of the resource whose asset `assetId` has locationInfo.uri = uri (credentials are
// kept). nullopt with Error::Input when the asset does not exist or is not a trained model, or
// the uri is not an absolute http(s) URL ending with ".ilearner".
std::optional<QJsonObject> withTrainedModelUri(
    const QJsonObject &resource, const QString &assetId, const QUrl &uri, Error *error);

// The PATCH body that changes only the assets: {"location", "properties": {"packageType":
// "Graph", "assets": {every asset, as in `changed`}}}. The whole assets map is sent (rather
// than the one asset) because only scalar and keys merging of this provider's PATCH was ever
// observed: with the full map, a PATCH that replaced the map would still keep every asset.
QJsonObject assetsPatchBody(const QJsonObject &changed);

} // namespace mlr::arm
