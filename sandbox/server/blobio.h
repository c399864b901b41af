#pragma once

#include "http/error.h"
#include "server/blobref.h"

#include <QObject>

#include <functional>

class QNetworkAccessManager;

namespace mlr::server {

// Blob I/O for the service side, on the core's asynchronous storage client (Shared Key or
// SAS signing, retries of transient failures). Callbacks run on the main thread, once,
// unless `context` is destroyed first (then never).
namespace blobio {

struct Properties
{
    QByteArray etag;
    qint64 size = 0;
};

// HEAD: the blob's ETag and size. A missing blob fails with an Http error, status 404.
void head(QNetworkAccessManager *nam, const BlobLocation &blob, QObject *context,
    std::function<void(const Properties &properties, const Error &error)> done);
// GET of the whole blob into memory (for models and small tables).
void get(QNetworkAccessManager *nam, const BlobLocation &blob, QObject *context,
    std::function<void(const QByteArray &data, const Properties &properties, const Error &error)> done);
// Downloads the blob to filePath with the core's BlobDownloadJob (ranged, MD5-checked).
void download(QNetworkAccessManager *nam, const BlobLocation &blob, const QString &filePath, QObject *context,
    std::function<void(const Error &error)> done);
// Put Blob (block blob) of `data`. When the container does not exist and the account has a
// key, the container is created and the put repeated.
void put(QNetworkAccessManager *nam, const BlobLocation &blob, const QByteArray &data,
    const QByteArray &contentType, QObject *context, std::function<void(const Error &error)> done);

} // namespace blobio

} // namespace mlr::server
