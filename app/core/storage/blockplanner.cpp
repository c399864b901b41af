#include "storage/blockplanner.h"

#include <QCryptographicHash>

#include <algorithm>

namespace mlr {

qint64 BlockPlan::blockLength(int index) const
{
    if (isSingleShot())
        return fileSize;
    return std::min(blockSize, fileSize - blockOffset(index));
}

QByteArray BlockPlan::blockId(int index) const
{
    return makeBlockId(tag, index);
}

qint64 BlockPlan::chooseBlockSize(qint64 fileSize, qint64 startSize)
{
    qint64 block = std::max<qint64>(1, startSize);
    while ((fileSize + block - 1) / block > maxBlocks)
        block *= 2;
    return block;
}

int BlockPlan::chooseConcurrency(qint64 blockSize)
{
    return int(std::clamp<qint64>(memoryBudget / std::max<qint64>(1, blockSize), 1, maxConcurrency));
}

QByteArray BlockPlan::makeTag(
    qint64 fileSize, const QDateTime &lastModified, const QString &blobName, qint64 blockSize)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArray::number(fileSize));
    hash.addData("\n");
    hash.addData(QByteArray::number(lastModified.toMSecsSinceEpoch()));
    hash.addData("\n");
    hash.addData(blobName.toUtf8());
    hash.addData("\n");
    hash.addData(QByteArray::number(blockSize));
    return hash.result().toHex().left(16);
}

QByteArray BlockPlan::makeBlockId(const QByteArray &tag, int index)
{
    const QByteArray raw = tag + '-' + QByteArray::number(index).rightJustified(7, '0');
    return raw.toBase64();
}

BlockPlan BlockPlan::make(
    qint64 fileSize, const QDateTime &lastModified, const QString &blobName, qint64 blockSizeOverride)
{
    BlockPlan plan;
    plan.fileSize = fileSize;
    plan.blockSize = chooseBlockSize(fileSize, blockSizeOverride > 0 ? blockSizeOverride : minBlockSize);
    if (plan.blockSize > maxBlockSize) {
        plan.blockSize = 0; // too large: invalid plan
        return plan;
    }
    plan.tag = makeTag(fileSize, lastModified, blobName, plan.blockSize);
    if (fileSize > plan.blockSize)
        plan.blockCount = int((fileSize + plan.blockSize - 1) / plan.blockSize);
    return plan;
}

} // namespace mlr
