#pragma once

#include "storage/blobtypes.h"
#include "storage/storagejob.h"
#include "storage/transferprogress.h"

#include <QCryptographicHash>
#include <QHash>
#include <QMap>

#include <memory>

class QSaveFile;

namespace mlr {

// Downloads a blob to a local file.
//
// The job reads the blob's properties (size, ETag, Content-MD5), then fetches it with ranged
// GETs (x-ms-range, chunkSize() bytes each, at most concurrency() read or waiting to be
// written, each with If-Match: <ETag> so a concurrent overwrite fails with 412 instead of
// mixing versions) and writes the chunks in order to a QSaveFile: the target file appears,
// complete, only on success; on failure or cancellation nothing is left behind. The whole-file
// MD5 is computed while writing and checked against the blob's Content-MD5 when it has one.
//
// Signals: progress() at most ~10 times a second and once at 100 %; finished() exactly once.
class BlobDownloadJob : public StorageJob
{
    Q_OBJECT

public:
    static constexpr qint64 defaultChunkSize = 4 * 1024 * 1024;
    static constexpr int maxConcurrency = 4;

    BlobDownloadJob(StorageClient client, const QString &container, const QString &blobName,
        const QString &filePath, QObject *parent);
    ~BlobDownloadJob() override;

    // Before start(): chunk size (bytes, >= 1; default 4 MiB) and chunks in flight (1-4).
    void setChunkSize(qint64 bytes) { m_chunkSize = bytes; }
    void setConcurrency(int chunks) { m_concurrency = chunks; }

    void start() override;
    // Stops now and emits finished() with Error::cancelled() before returning.
    void cancel();

Q_SIGNALS:
    void progress(const mlr::TransferProgress &progress);
    void finished(const mlr::DownloadResult &result, const mlr::Error &error);

private:
    void begin();
    void pump();
    void onChunk(qint64 index, const QByteArray &data);
    void writeReady();
    void complete();
    void fail(const Error &error);
    void stopAll();
    void reportProgress();
    QString context() const;

    QString m_container;
    QString m_blobName;
    QString m_filePath;
    qint64 m_chunkSize = defaultChunkSize;
    int m_concurrency = maxConcurrency;

    std::unique_ptr<QSaveFile> m_file;
    QCryptographicHash m_md5 { QCryptographicHash::Md5 };
    qint64 m_size = 0;
    QByteArray m_etag;
    QByteArray m_expectedMd5;
    qint64 m_chunkCount = 0;
    qint64 m_nextToFetch = 0;
    qint64 m_nextToWrite = 0;
    qint64 m_bytesWritten = 0;
    QHash<HttpCall *, qint64> m_inFlight; // ranged GET -> bytes received so far
    QMap<qint64, QByteArray> m_ready; // chunks received out of order, waiting to be written
    HttpCall *m_call = nullptr; // the properties request
    ProgressMeter m_meter;
    DownloadResult m_result;
};

} // namespace mlr
