#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace mlr {

// How a file is cut into blocks for a block-blob upload. A plain value, computed once per job.
//
// Block size: 4 MiB, doubled until ceil(size / block) <= 50,000. Files of at most one block
// (including empty ones) go as a single Put Blob. Block ids are base64 of a fixed-width ASCII
// string "<tag>-<index, 7 digits>" (24 characters, so 32 base64 characters without padding);
// the tag is derived from (file size, mtime, blob name, block size), so running the same
// upload again yields the same ids and can skip blocks that are already staged.
struct BlockPlan
{
    static constexpr qint64 minBlockSize = 4 * 1024 * 1024;
    static constexpr qint64 maxBlockSize = 4000LL * 1024 * 1024;
    static constexpr int maxBlocks = 50'000;
    static constexpr int maxConcurrency = 6; // Qt 6.4 QNAM: 6 connections per host
    // in-flight blocks x block size stays within this budget (memory bound of an upload)
    static constexpr qint64 memoryBudget = 24 * 1024 * 1024;

    qint64 fileSize = 0;
    qint64 blockSize = minBlockSize;
    int blockCount = 0; // 0 for a single Put Blob
    QByteArray tag; // 16 lower-case hex characters

    bool isSingleShot() const { return blockCount == 0; }
    bool isValid() const { return blockSize > 0 && (blockCount > 0 || fileSize <= blockSize); }
    qint64 blockOffset(int index) const { return qint64(index) * blockSize; }
    qint64 blockLength(int index) const;
    QByteArray blockId(int index) const; // base64

    // blockSizeOverride > 0 replaces the automatic size (tests, tuning); it is still doubled
    // if the file would need more than 50,000 blocks. The plan is invalid (isValid() false)
    // when the file is larger than 50,000 blocks of 4000 MiB.
    static BlockPlan make(qint64 fileSize, const QDateTime &lastModified, const QString &blobName,
        qint64 blockSizeOverride = 0);
    static qint64 chooseBlockSize(qint64 fileSize, qint64 startSize = minBlockSize);
    // Blocks in flight for that block size: memoryBudget / blockSize, clamped to [1, 6].
    static int chooseConcurrency(qint64 blockSize);
    static QByteArray makeTag(
        qint64 fileSize, const QDateTime &lastModified, const QString &blobName, qint64 blockSize);
    static QByteArray makeBlockId(const QByteArray &tag, int index);
};

} // namespace mlr
