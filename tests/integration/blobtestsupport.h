#pragma once

#include "azuriteenv.h"
#include "storage/blobservice.h"

#include <QByteArray>
#include <QString>

class QTemporaryDir;

namespace mlr::test {

// The account of the fixture's Azurite (dev account, loopback endpoint).
StorageAccount azuriteAccount(const AzuriteEnv &env);
// A fresh, valid container name: prefix + random suffix.
QString uniqueContainerName(const QString &prefix);

// Test-side helpers that run one job to completion with QSignalSpy::wait (tests only; the
// core never waits). They return false and set *error on failure.
bool createContainer(BlobService &service, const QString &name, Error *error = nullptr);
bool uploadFile(BlobService &service, const QString &file, const QString &container, const QString &blob,
    UploadResult *result = nullptr, Error *error = nullptr, int timeoutMs = 120000);
bool downloadFile(BlobService &service, const QString &container, const QString &blob, const QString &file,
    DownloadResult *result = nullptr, Error *error = nullptr, int timeoutMs = 120000);

// Writes size pseudo-random bytes (from seed) to dir/name in 1 MiB slices; returns the path
// (empty on failure) and the base64 MD5 of the content in *md5.
QString generateFile(
    const QTemporaryDir &dir, const QString &name, qint64 size, quint32 seed, QByteArray *md5);
// Base64 MD5 of a file, read in slices; empty if it cannot be read.
QByteArray fileMd5(const QString &path);
// Peak resident set size of this process (VmHWM), in bytes; 0 when unknown.
qint64 peakRss();

} // namespace mlr::test
