#pragma once

#include "http/error.h"
#include "ml/blobreference.h"
#include "storage/storageaccount.h"

#include <QDateTime>
#include <QString>
#include <QUrl>

#include <optional>

namespace mlr::ml {

// A blob to read and the account (credentials) to read it with.
struct BlobLocation
{
    StorageAccount account; // key, SAS, or a blob SAS from the job's Results
    QString container;
    QString blob;
};

// A job Result (BaseLocation + RelativeLocation + SasBlobToken) as an account that carries
// the SAS and the blob's container/name. Error::Input when it is not in the SAS form.
std::optional<BlobLocation> locationFromResult(const BlobReference &result, Error *error);

// A blob URL (no SAS) of the account: container and name are the path below the account's
// endpoint. Error::Input when the URL is not in that account.
std::optional<BlobLocation> locationFromUrl(const StorageAccount &account, const QUrl &blobUrl, Error *error);

// True when the SAS token's expiry (se=) is before now; false when it has none.
bool sasExpired(const QString &sasToken, const QDateTime &now = QDateTime::currentDateTimeUtc());

} // namespace mlr::ml
