#include "storage/blockreader.h"

#include "storage/md5.h"
#include "threads/threadscheduling.h"

#include <QFile>
#include <QList>
#include <QMutex>

#include <algorithm>
#include <atomic>

namespace mlr {

// Worker-side state, shared with the tasks (which may outlive a read() call, never the reader).
struct BlockReader::State
{
    QFile file;
    Md5 whole;
    QByteArray wholeResult; // set after the last block
    // Block buffers, reused so that a long upload does not allocate (and page-fault) a fresh
    // block of memory for every block. A buffer is free again when only the pool holds it,
    // i.e. when the request that sent it (and its reply) are gone.
    QList<QByteArray> pool;
    qsizetype maxPooled = 8;
    std::atomic<bool> stopped { false };
    mutable QMutex mutex; // guards wholeResult

    QByteArray takeBuffer(qint64 length)
    {
        for (QByteArray &buffer : pool) {
            if (buffer.isDetached() && buffer.capacity() >= length) {
                buffer.resize(length); // within capacity: no allocation
                return buffer; // shared with the pool until the caller writes
            }
        }
        QByteArray fresh(length, Qt::Uninitialized);
        if (pool.size() < maxPooled)
            pool.append(fresh);
        return fresh;
    }
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

void BlockReader::stop()
{
    m_state->stopped = true;
    m_pool.clear();
}

void BlockReader::setMaxPooledBuffers(int count)
{
    m_state->maxPooled = count;
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
        // Reading and hashing is CPU-bound: the worker never preempts the thread that queued
        // the block (the GUI thread) when it wakes. Once per pool thread.
        thread_local const bool batch = threads::runAsBatch();
        Q_UNUSED(batch);
        ReadBlock block;
        block.index = index;
        block.skipped = skipOnly;
        QByteArray data = state->takeBuffer(length);
        // The pool's copy and ours share the bytes: write through a raw pointer taken while
        // the pool entry is the only other owner, so that no copy is made.
        char *bytes = const_cast<char *>(data.constData());
        QString problem;
        if (!state->file.seek(offset)) {
            problem = state->file.errorString();
        } else {
            qint64 got = 0;
            while (got < length) {
                const qint64 n = state->file.read(bytes + got, length - got);
                if (n <= 0)
                    break;
                got += n;
            }
            if (got != length)
                problem = tr("the file became shorter while it was being uploaded");
        }
        if (problem.isEmpty()) {
            if (skipOnly) {
                state->whole.addData(data);
            } else {
                Md5 blockHash;
                Md5::addDataToBoth(state->whole, blockHash, data);
                block.md5Base64 = blockHash.base64Result();
                block.data = std::move(data);
            }
            if (last) {
                QMutexLocker lock(&state->mutex);
                state->wholeResult = state->whole.base64Result();
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
