#pragma once

#include "storage/storageaccount.h"

#include <QJsonObject>
#include <QString>

#include <optional>
#include <variant>

namespace mlr::server {

// One blob and how to reach it: the account (endpoint + key or SAS), container and name.
struct BlobLocation
{
    StorageAccount account;
    QString container;
    QString blob;

    QString relativeLocation() const { return container + u'/' + blob; } // "container/blob"
    // The account's endpoint with a trailing '/': BES BaseLocation.
    QString baseLocation() const;
    QUrl url() const; // without any SAS
};

// A problem with a blob reference, as a BES detail code (reference §3) and message.
struct ReferenceError
{
    QString code; // InvalidBlobConnectionString, MissingInputBlobInformation, ...
    QString message;
};

// A BES AzureBlobDataReference (members normalised to PascalCase) in either addressing form
// (reference §1.3): ConnectionString + RelativeLocation, or BaseLocation + RelativeLocation
// + SasBlobToken. RelativeLocation is "container/blob" (a leading '/' is accepted).
std::variant<BlobLocation, ReferenceError> resolveBesReference(const QJsonObject &reference);

// An asset uri (BlobLocation.uri of ARM): an http(s) blob URL, path style
// (http://127.0.0.1:10000/devstoreaccount1/container/blob) or host style
// (https://acct.blob.core.windows.net/container/blob), optionally carrying a SAS query.
// Credentials, in order: the SAS of the URL; `credentials` (a connection string, or a SAS
// token); `fallback` when its account name and endpoint match the URL's (the server's
// own storage account, or the service's storageAccount with its key); else anonymous.
std::variant<BlobLocation, ReferenceError> resolveAssetUri(
    const QString &uri, const QString &credentials, const QList<StorageAccount> &fallbacks);

// Lowercased extension with the dot (".csv"), empty when the last name segment has none.
QString blobExtension(const QString &blob);

// Normalises a BES reference's members to PascalCase (ConnectionString, RelativeLocation,
// BaseLocation, SasBlobToken), dropping nulls.
QJsonObject normalizeBesReference(const QJsonObject &reference);

} // namespace mlr::server
