#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QUrl>

namespace mlr {

struct ContainerInfo
{
    QString name;
    QDateTime lastModified; // UTC; invalid when the service did not say
};

struct BlobInfo
{
    QString name;
    qint64 size = 0;
    QString contentType;
    QString contentMd5; // base64, empty when the blob has none
    QDateTime lastModified;
};

// A snapshot of a transfer. bytesPerSecond is smoothed and counts only bytes that went over
// the network (blocks skipped on resume are not "transferred"); etaSeconds is -1 while unknown.
struct TransferProgress
{
    qint64 bytesDone = 0;
    qint64 bytesTotal = 0;
    double bytesPerSecond = 0;
    qint64 etaSeconds = -1;
};

struct UploadResult
{
    QUrl blobUrl; // without any SAS
    qint64 size = 0;
    QString contentMd5; // base64 MD5 of the whole file, as stored on the blob
    int blocksSent = 0; // Put Block requests that succeeded (a single Put Blob counts as 1)
    int blocksSkipped = 0; // blocks already staged by an earlier, interrupted upload
    qint64 bytesSent = 0; // payload bytes sent by this job (retries counted once)
    bool resumed = false; // blocksSkipped > 0
    bool md5Verified = false; // the stored blob was read back: same size and Content-MD5
};

struct DownloadResult
{
    QString filePath;
    qint64 size = 0;
    QString contentMd5; // base64 MD5 of the bytes written
    bool md5Verified = false; // the blob had a Content-MD5 and it matched
};

} // namespace mlr

Q_DECLARE_METATYPE(mlr::ContainerInfo)
Q_DECLARE_METATYPE(mlr::BlobInfo)
Q_DECLARE_METATYPE(mlr::TransferProgress)
Q_DECLARE_METATYPE(mlr::UploadResult)
Q_DECLARE_METATYPE(mlr::DownloadResult)
