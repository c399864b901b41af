#include "storage/blockreader.h"

#include <QCryptographicHash>
#include <QFile>
#include <QMutex>

#include <algorithm>
#include <atomic>

namespace mlr {

struct BlockReader::State
{
    QFile file;
    QCryptographicHash whole { QCryptographicHash::Md5 };
    QByteArray wholeResult; // set after the last block
    std::atomic<bool> stopped { false };
    mutable QMutex mutex; // guards wholeResult
};

BlockReader::BlockReader(const QString &filePath, const BlockPlan &plan, QObject *parent)
    : QObject(parent)
    , m_state(std::make_shared<State>())
    , m_plan(plan)
{
    m_state->file.setFileName(filePath);
    m_pool.setMaxThreadCount(1); // one worker: blocks are read and hashed strictly in order
    m_pool.setExpiryTimeout(-1);
}

BlockReader::~BlockReader()
{
    m_state->stopped = true;
    m_pool.clear();
    m_pool.waitForDone();
}

bool BlockReader::open(QString *reason)
{
    if (m_state->file.open(QIODevice::ReadOnly))
        return true;
    if (reason)
        *reason = m_state->file.errorString();
    return false;
}

QByteArray BlockReader::wholeFileMd5() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->wholeResult;
}

void BlockReader::read(int index, bool skipOnly)
{
    const qint64 offset = m_plan.isSingleShot() ? 0 : m_plan.blockOffset(index);
    const qint64 length = m_plan.blockLength(index);
    const bool last = m_plan.isSingleShot() || index == m_plan.blockCount - 1;
    m_pool.start([this, state = m_state, index, offset, length, last, skipOnly] {
        if (state->stopped)
            return;
        ReadBlock block;
        block.index = index;
        block.skipped = skipOnly;
        QByteArray data(length, Qt::Uninitialized);
        QString problem;
        if (!state->file.seek(offset)) {
            problem = state->file.errorString();
        } else {
            qint64 got = 0;
            while (got < length) {
                const qint64 n = state->file.read(data.data() + got, length - got);
                if (n <= 0)
                    break;
                got += n;
            }
            if (got != length)
                problem = tr("the file became shorter while it was being uploaded");
        }
        if (problem.isEmpty()) {
            // Both hashes walk the block in the same cache-sized slices.
            QCryptographicHash blockHash(QCryptographicHash::Md5);
            constexpr qint64 slice = 256 * 1024;
            for (qint64 at = 0; at < length; at += slice) {
                const QByteArrayView part(data.constData() + at, std::min(slice, length - at));
                state->whole.addData(part);
                if (!skipOnly)
                    blockHash.addData(part);
            }
            if (last) {
                QMutexLocker lock(&state->mutex);
                state->wholeResult = state->whole.result().toBase64();
            }
            if (!skipOnly) {
                block.md5Base64 = blockHash.result().toBase64();
                block.data = std::move(data);
            }
        }
        if (state->stopped)
            return;
        // Safe: the destructor waits for this task before the QObject goes away, and posted
        // events to a destroyed object are discarded.
        if (problem.isEmpty())
            QMetaObject::invokeMethod(
                this, [this, block = std::move(block)] { Q_EMIT blockRead(block); }, Qt::QueuedConnection);
        else
            QMetaObject::invokeMethod(
                this, [this, problem] { Q_EMIT failed(problem); }, Qt::QueuedConnection);
    });
}

} // namespace mlr
