#pragma once

#include "storage/blockplanner.h"

#include <QByteArray>
#include <QObject>
#include <QThreadPool>

#include <memory>

namespace mlr {

// One block as read from the file. data is empty for a block read only to be hashed.
struct ReadBlock
{
    int index = 0;
    QByteArray data;
    QByteArray md5Base64; // MD5 of data; empty when skipped
    bool skipped = false;
};

// Internal to BlobUploadJob: reads the blocks of a file off the calling thread, in index
// order, one at a time, and hashes them (per-block MD5 and the running whole-file MD5). The
// reading thread runs as SCHED_BATCH (threads::runAsBatch).
//
// read() must be called with indexes 0, 1, 2, ... (each exactly once); blockRead() or failed()
// is then emitted in the reader's thread, in the same order. Only requested blocks are held
// in memory, so the caller bounds memory by how many it requests ahead. Destroying the reader
// stops it; it waits for a read in progress (at most one block, milliseconds) before returning.
class BlockReader : public QObject
{
    Q_OBJECT

public:
    BlockReader(const QString &filePath, const BlockPlan &plan, QObject *parent = nullptr);
    ~BlockReader() override;

    // Block buffers kept for reuse (default 8); set it to the most blocks the caller holds.
    void setMaxPooledBuffers(int count);
    // Opens the file (quick, synchronous). On failure returns false with a reason.
    bool open(QString *reason);
    // Queues block index: read and hash it, or (skipOnly) hash it for the whole-file MD5 only.
    void read(int index, bool skipOnly);
    // Stops reading: queued blocks are dropped and nothing more is emitted. Returns at once (a
    // block being read finishes in the background; the destructor waits for it).
    void stop();
    // Base64 MD5 of the whole file; valid once the last block has been reported.
    QByteArray wholeFileMd5() const;

Q_SIGNALS:
    void blockRead(const mlr::ReadBlock &block);
    void failed(const QString &reason);

private:
    struct State;
    std::shared_ptr<State> m_state;
    BlockPlan m_plan;
    QThreadPool m_pool;
};

} // namespace mlr

Q_DECLARE_METATYPE(mlr::ReadBlock)
