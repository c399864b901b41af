#pragma once

#include "http/error.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QUrl>

#include <chrono>

namespace mlr {
struct StorageAccount;
}

namespace mlr::ml {

// BES's AzureBlobDataReference. Two addressing forms: ConnectionString + RelativeLocation
// ("container/blob"), or BaseLocation (the blob endpoint, ending in '/') + RelativeLocation +
// SasBlobToken (starting with '?'). Holds secrets (the account key or the SAS): never log it.
struct BlobReference
{
    Q_DECLARE_TR_FUNCTIONS(BlobReference)

public:
    QString connectionString;
    QString relativeLocation;
    QString baseLocation;
    QString sasBlobToken;

    bool isSas() const { return connectionString.isEmpty() && !baseLocation.isEmpty(); }
    // Only the members that are set (the service accepts absent and null members alike).
    QJsonObject toJson() const;
    // Members by any case; non-string members are ignored.
    static BlobReference fromJson(const QJsonObject &object);
    // BaseLocation + RelativeLocation, without the SAS; empty in the connection-string form
    // (the endpoint is inside the connection string).
    QUrl blobUrl() const;
    // blobUrl() + SasBlobToken: what a download needs. Empty unless isSas().
    QUrl sasUrl() const;

    friend bool operator==(const BlobReference &, const BlobReference &) = default;
};

// What the job may do with a blob: read an input, create and write an output.
enum class BlobAccess
{
    Read,
    Write
};

// How the references handed to a job are made.
struct BlobReferencePolicy
{
    // Default: a blob SAS (read-only for inputs, create+write for outputs) valid from five
    // minutes ago (clock skew) for `lifetime`. With useConnectionString, the account-key
    // connection string instead (broad: the whole account, no expiry).
    bool useConnectionString = false;
    std::chrono::seconds lifetime { 6 * 3600 };
};

// A reference to CONTAINER/BLOB of the account for the access asked. The SAS form needs the
// account key (to sign); an account that only has a SAS gets that SAS as the token (it is
// then as broad as that SAS). Error::Input when the account has neither, or when the
// connection-string form is asked without an account key. `now` is for tests.
BlobReference makeBlobReference(const StorageAccount &account, const QString &container, const QString &blob,
    BlobAccess access, const BlobReferencePolicy &policy, Error *error,
    const QDateTime &now = QDateTime::currentDateTimeUtc());

} // namespace mlr::ml

Q_DECLARE_METATYPE(mlr::ml::BlobReference)
