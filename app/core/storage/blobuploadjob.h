#pragma once

#include "storage/blobtypes.h"
#include "storage/blockplanner.h"
#include "storage/blockreader.h"
#include "storage/storagejob.h"
#include "storage/transferprogress.h"

#include <QHash>
#include <QPointer>

#include <memory>

namespace mlr {

// Uploads a local file as a block blob.
//
// Files of at most one block go as a single Put Blob. Larger files are streamed: each block
// is read (on a worker thread) just before it is sent, hashed (Content-MD5), and sent with Put
// Block, with at most concurrency() requests in flight and readAhead block read in advance,
// so memory stays near (concurrency() + readAhead) x block size whatever the file size. The whole-file MD5 is
// computed in order while streaming and stored with Put Block List (x-ms-blob-content-md5); the job then
// reads the blob's properties back and checks that its Content-MD5 equals ours.
//
// Resume: block ids are deterministic (see BlockPlan), and the job first asks for the blob's
// uncommitted blocks; blocks already staged with the same id and size are not sent again
// (they are read locally for the whole-file MD5 only).
//
// Signals: progress() at most ~10 times a second and once at 100 %; blockStaged() after each
// successful Put Block; finished() exactly once. A missing or unreadable file fails with
// Error::Input before any request.
class BlobUploadJob : public StorageJob
{
    Q_OBJECT

public:
    BlobUploadJob(StorageClient client, const QString &filePath, const QString &container,
        const QString &blobName, QObject *parent);
    ~BlobUploadJob() override;

    // One block is read ahead of the requests in flight, so that a request slot never waits
    // for the disk: memory holds at most concurrency() + readAhead blocks.
    static constexpr int readAhead = 1;

    // Before start(): Put Block requests in flight (1-6; default from the block size, 6 for
    // 4 MiB blocks) and the block size (0 = automatic; tests may use smaller blocks).
    void setConcurrency(int blocks) { m_concurrency = blocks; }
    void setBlockSize(qint64 bytes) { m_blockSizeOverride = bytes; }
    int concurrency() const { return m_concurrency; }
    const BlockPlan &plan() const { return m_plan; } // valid once the job has begun

    void start() override;
    // Stops the upload now: aborts in-flight requests and emits finished() with
    // Error::cancelled(). Blocks already staged stay staged (a later job can resume).
    void cancel();

Q_SIGNALS:
    void progress(const mlr::TransferProgress &progress);
    void blockStaged(int index, qint64 bytes);
    void finished(const mlr::UploadResult &result, const mlr::Error &error);

private:
    void begin();
    void fetchStagedBlocks();
    void pumpReads();
    void pumpSends();
    void onBlockRead(const ReadBlock &block);
    void sendSingleShot(const ReadBlock &block);
    void sendBlock(const ReadBlock &block);
    void commit();
    void verify();
    void fail(const Error &error);
    void succeed();
    void reportProgress();
    void stopAll();
    void releaseReader();
    QString context() const;
    // A SAS without read permission (e.g. create/write only) was refused a read.
    bool cannotRead(const Error &error) const;
    RawHeaders blobPropertyHeaders(const QByteArray &md5Base64) const;

    QString m_filePath;
    QString m_container;
    QString m_blobName;
    qint64 m_blockSizeOverride = 0;
    int m_concurrency = 0;

    BlockPlan m_plan;
    BlockReader *m_reader = nullptr; // child; released (stopped, deleteLater) once all is read
    QHash<QByteArray, qint64> m_staged; // uncommitted block id -> size, from an earlier run
    QHash<HttpCall *, qint64> m_inFlight; // Put Block call -> bytes sent so far
    QList<ReadBlock> m_ready; // read and hashed, waiting for a free request slot
    int m_nextToRead = 0;
    int m_reading = 0; // blocks requested from the reader, not yet delivered
    int m_blocksDone = 0; // staged or skipped
    qint64 m_bytesDone = 0;
    QByteArray m_wholeMd5;
    HttpCall *m_call = nullptr; // the block list / Put Blob / verification call
    ProgressMeter m_meter;
    UploadResult m_result;
};

} // namespace mlr
