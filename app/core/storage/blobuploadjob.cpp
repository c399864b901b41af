#include "storage/blobuploadjob.h"

#include "storage/blobservice.h"
#include "storage/blockreader.h"
#include "storage/listparsing.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace mlr {

namespace {

QByteArray contentTypeFor(const QString &blobName, const QString &filePath)
{
    const auto isCsv = [](const QString &name) {
        return name.endsWith(u".csv", Qt::CaseInsensitive);
    };
    return isCsv(blobName) || isCsv(filePath) ? QByteArrayLiteral("text/csv")
                                              : QByteArrayLiteral("application/octet-stream");
}

} // namespace

BlobUploadJob::BlobUploadJob(StorageClient client, const QString &filePath, const QString &container,
    const QString &blobName, QObject *parent)
    : StorageJob(std::move(client), parent)
    , m_filePath(filePath)
    , m_container(container)
    , m_blobName(blobName)
{ }

BlobUploadJob::~BlobUploadJob()
{
    stopAll(); // the reader, a child, is deleted with the job (waiting for a read in progress)
}

QString BlobUploadJob::context() const
{
    return tr("Uploading '%1' to %2/%3").arg(QDir::toNativeSeparators(m_filePath), m_container, m_blobName);
}

void BlobUploadJob::start()
{
    if (!markStarted())
        return;
    runLater([this] { begin(); });
}

void BlobUploadJob::cancel()
{
    fail(Error::cancelled());
}

void BlobUploadJob::begin()
{
    if (isFinished())
        return;
    const QString file = QDir::toNativeSeparators(m_filePath);
    if (m_blobName.isEmpty())
        return fail(Error::input(tr("The blob name is empty.")));
    if (Error error = BlobService::validateContainerName(m_container))
        return fail(error);
    if (Error error = checkAccount())
        return fail(error);
    const QFileInfo info(m_filePath);
    if (m_filePath.isEmpty())
        return fail(Error::input(tr("No file was chosen to upload.")));
    if (!info.exists())
        return fail(Error::input(tr("The file '%1' does not exist.").arg(file)));
    if (info.isDir())
        return fail(Error::input(tr("'%1' is a folder, not a file.").arg(file)));

    m_plan = BlockPlan::make(info.size(), info.lastModified().toUTC(), m_blobName, m_blockSizeOverride);
    if (!m_plan.isValid())
        return fail(Error::input(tr("The file '%1' is too large for a block blob.").arg(file)));
    m_reader = new BlockReader(m_filePath, m_plan, this);
    QString reason;
    if (!m_reader->open(&reason))
        return fail(Error::input(tr("The file '%1' cannot be read: %2").arg(file, reason)));
    connect(m_reader, &BlockReader::blockRead, this, &BlobUploadJob::onBlockRead);
    connect(m_reader, &BlockReader::failed, this, [this, file](const QString &why) {
        fail(Error::input(tr("The file '%1' could not be read: %2").arg(file, why)));
    });

    m_concurrency = m_concurrency > 0 ? std::clamp(m_concurrency, 1, BlockPlan::maxConcurrency)
                                      : BlockPlan::chooseConcurrency(m_plan.blockSize);
    // Room for every block that may exist at once, and one being released.
    m_reader->setMaxPooledBuffers(m_concurrency + readAhead + 1);
    m_result.blobUrl = m_client.blobUrl(m_container, m_blobName);
    m_result.size = m_plan.fileSize;
    m_meter.start(m_plan.fileSize);

    if (m_plan.isSingleShot()) {
        m_reading = 1;
        m_reader->read(0, false);
    } else {
        fetchStagedBlocks();
    }
}

void BlobUploadJob::fetchStagedBlocks()
{
    const QUrl url = m_client.blobUrl(m_container, m_blobName, "comp=blocklist&blocklisttype=uncommitted");
    m_call = m_client.newCall("GET", url, {}, {}, context(), this);
    connect(m_call, &HttpCall::finished, this, [this](const HttpResponse &response, const Error &error) {
        m_call->deleteLater();
        m_call = nullptr;
        // No blob yet, or a write-only SAS that may not read the block list: nothing to resume.
        if (error && !(error.httpStatus == 404 && error.serviceCode == u"BlobNotFound") && !cannotRead(error))
            return fail(error);
        if (!error) {
            Error parseError;
            const auto list = listparsing::parseBlockList(response.body, &parseError);
            if (!list)
                return fail(parseError);
            for (const listparsing::BlockEntry &entry : list->uncommitted)
                m_staged.insert(entry.name.toLatin1(), entry.size);
        }
        pumpReads();
    });
    m_call->start();
}

void BlobUploadJob::pumpReads()
{
    const int buffers = m_concurrency + readAhead;
    while (!isFinished() && m_reading + m_ready.size() + m_inFlight.size() < buffers
        && m_nextToRead < m_plan.blockCount) {
        const int index = m_nextToRead++;
        const bool staged = m_staged.value(m_plan.blockId(index), -1) == m_plan.blockLength(index);
        ++m_reading;
        m_reader->read(index, staged);
    }
}

void BlobUploadJob::pumpSends()
{
    while (!isFinished() && m_inFlight.size() < m_concurrency && !m_ready.isEmpty())
        sendBlock(m_ready.takeFirst());
}

void BlobUploadJob::onBlockRead(const ReadBlock &block)
{
    if (isFinished())
        return;
    --m_reading;
    if (m_plan.isSingleShot())
        return sendSingleShot(block);
    if (!block.skipped) {
        m_ready.append(block);
        pumpSends();
        return pumpReads();
    }

    const qint64 length = m_plan.blockLength(block.index);
    ++m_blocksDone;
    ++m_result.blocksSkipped;
    m_result.resumed = true;
    m_bytesDone += length;
    m_meter.addInstant(length);
    reportProgress();
    if (m_blocksDone == m_plan.blockCount)
        return commit();
    pumpReads();
}

bool BlobUploadJob::cannotRead(const Error &error) const
{
    return !m_client.account.hasKey() && error.httpStatus == 403
        && error.serviceCode == u"AuthorizationPermissionMismatch";
}

RawHeaders BlobUploadJob::blobPropertyHeaders(const QByteArray &md5Base64) const
{
    return {
        { "x-ms-blob-content-type", contentTypeFor(m_blobName, m_filePath) },
        { "x-ms-blob-content-md5", md5Base64 },
    };
}

void BlobUploadJob::sendSingleShot(const ReadBlock &block)
{
    m_wholeMd5 = block.md5Base64;
    RawHeaders headers = blobPropertyHeaders(m_wholeMd5);
    headers.append(qMakePair(QByteArray("x-ms-blob-type"), QByteArray("BlockBlob")));
    headers.append(qMakePair(QByteArray("Content-Type"), QByteArray(contentTypeFor(m_blobName, m_filePath))));
    headers.append(qMakePair(QByteArray("Content-MD5"), QByteArray(block.md5Base64)));
    releaseReader();
    m_call = m_client.newCall(
        "PUT", m_client.blobUrl(m_container, m_blobName), headers, block.data, context(), this);
    connect(m_call, &HttpCall::uploadProgress, this, [this](qint64 sent, qint64) {
        m_bytesDone = std::min(sent, m_plan.fileSize);
        reportProgress();
    });
    connect(m_call, &HttpCall::finished, this, [this](const HttpResponse &, const Error &error) {
        m_call->deleteLater();
        m_call = nullptr;
        if (error)
            return fail(error);
        m_result.blocksSent = 1;
        m_result.bytesSent = m_plan.fileSize;
        m_bytesDone = m_plan.fileSize;
        reportProgress();
        verify();
    });
    m_call->start();
}

void BlobUploadJob::sendBlock(const ReadBlock &block)
{
    const int index = block.index;
    const qint64 length = block.data.size();
    QByteArray query = "comp=block";
    addQueryItem(query, "blockid", QString::fromLatin1(m_plan.blockId(index)));
    const RawHeaders headers = {
        { "Content-Type", "application/octet-stream" },
        { "Content-MD5", block.md5Base64 },
    };
    HttpCall *call = m_client.newCall(
        "PUT", m_client.blobUrl(m_container, m_blobName, query), headers, block.data, context(), this);
    m_inFlight.insert(call, 0);
    connect(call, &HttpCall::uploadProgress, this, [this, call, length](qint64 sent, qint64) {
        m_inFlight[call] = std::clamp<qint64>(sent, 0, length);
        reportProgress();
    });
    connect(call, &HttpCall::finished, this,
        [this, call, index, length](const HttpResponse &, const Error &error) {
            m_inFlight.remove(call);
            call->deleteLater();
            if (error)
                return fail(error);
            ++m_blocksDone;
            ++m_result.blocksSent;
            m_result.bytesSent += length;
            m_bytesDone += length;
            Q_EMIT blockStaged(index, length);
            if (isFinished()) // a slot cancelled us
                return;
            reportProgress();
            if (m_blocksDone == m_plan.blockCount)
                return commit();
            pumpSends(); // a block read ahead goes out at once
            // The next read waits one event-loop pass, until this call and its reply (which
            // hold the sent block) are deleted: at most concurrency + readAhead blocks exist.
            runLater([this] { pumpReads(); });
        });
    call->start();
}

void BlobUploadJob::commit()
{
    m_wholeMd5 = m_reader->wholeFileMd5();
    releaseReader(); // every block has been read: close the file
    QByteArray xml;
    xml.reserve(64 + qsizetype(m_plan.blockCount) * 48);
    xml += "<?xml version=\"1.0\" encoding=\"utf-8\"?><BlockList>";
    for (int i = 0; i < m_plan.blockCount; ++i) {
        xml += "<Latest>";
        xml += m_plan.blockId(i);
        xml += "</Latest>";
    }
    xml += "</BlockList>";
    RawHeaders headers = blobPropertyHeaders(m_wholeMd5);
    headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/xml; charset=utf-8")));
    m_call = m_client.newCall(
        "PUT", m_client.blobUrl(m_container, m_blobName, "comp=blocklist"), headers, xml, context(), this);
    connect(m_call, &HttpCall::finished, this, [this](const HttpResponse &, const Error &error) {
        m_call->deleteLater();
        m_call = nullptr;
        if (error)
            return fail(error);
        verify();
    });
    m_call->start();
}

void BlobUploadJob::verify()
{
    m_result.contentMd5 = QString::fromLatin1(m_wholeMd5);
    m_call = m_client.newCall("HEAD", m_client.blobUrl(m_container, m_blobName), {}, {}, context(), this);
    connect(m_call, &HttpCall::finished, this, [this](const HttpResponse &response, const Error &error) {
        m_call->deleteLater();
        m_call = nullptr;
        if (cannotRead(error))
            return succeed(); // committed; a write-only SAS cannot read it back
        if (error)
            return fail(error);
        const QByteArray storedMd5 = response.header("Content-MD5");
        const qint64 storedSize = response.header("Content-Length").toLongLong();
        if (storedMd5 != m_wholeMd5 || storedSize != m_plan.fileSize)
            return fail(
                Error::parse(tr("after the upload the blob has %1 bytes and MD5 '%2', but the file has %3 "
                                "bytes and MD5 '%4'. Upload it again.")
                                 .arg(storedSize)
                                 .arg(QString::fromLatin1(storedMd5))
                                 .arg(m_plan.fileSize)
                                 .arg(QString::fromLatin1(m_wholeMd5))));
        m_result.md5Verified = true;
        succeed();
    });
    m_call->start();
}

void BlobUploadJob::reportProgress()
{
    qint64 done = m_bytesDone;
    for (const qint64 sent : std::as_const(m_inFlight))
        done += sent;
    if (m_meter.update(std::min(done, m_plan.fileSize)))
        Q_EMIT progress(m_meter.current());
}

void BlobUploadJob::stopAll()
{
    const auto calls = m_inFlight.keys();
    m_inFlight.clear();
    qDeleteAll(calls);
    delete m_call;
    m_call = nullptr;
    m_ready.clear();
    releaseReader();
}

void BlobUploadJob::releaseReader()
{
    if (!m_reader)
        return;
    // Often called from a slot of the reader's own signal: stop it now, delete it later.
    disconnect(m_reader, nullptr, this, nullptr);
    m_reader->stop();
    m_reader->deleteLater();
    m_reader = nullptr;
}

void BlobUploadJob::fail(const Error &error)
{
    if (isFinished())
        return;
    stopAll();
    Error e = error;
    if (e.context.isEmpty())
        e.withContext(context());
    if (markFinished())
        Q_EMIT finished(m_result, e);
}

void BlobUploadJob::succeed()
{
    stopAll();
    if (markFinished())
        Q_EMIT finished(m_result, {});
}

} // namespace mlr
