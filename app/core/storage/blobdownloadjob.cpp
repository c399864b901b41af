#include "storage/blobdownloadjob.h"

#include "storage/blobservice.h"

#include <QDir>
#include <QSaveFile>

#include <algorithm>

namespace mlr {

BlobDownloadJob::BlobDownloadJob(StorageClient client, const QString &container, const QString &blobName,
    const QString &filePath, QObject *parent)
    : StorageJob(std::move(client), parent)
    , m_container(container)
    , m_blobName(blobName)
    , m_filePath(filePath)
{ }

BlobDownloadJob::~BlobDownloadJob()
{
    stopAll();
}

QString BlobDownloadJob::context() const
{
    return tr("Downloading %1/%2 to '%3'").arg(m_container, m_blobName, QDir::toNativeSeparators(m_filePath));
}

void BlobDownloadJob::start()
{
    if (!markStarted())
        return;
    runLater([this] { begin(); });
}

void BlobDownloadJob::cancel()
{
    fail(Error::cancelled());
}

void BlobDownloadJob::begin()
{
    if (isFinished())
        return;
    if (m_blobName.isEmpty())
        return fail(Error::input(tr("The blob name is empty.")));
    if (Error error = BlobService::validateContainerName(m_container))
        return fail(error);
    if (Error error = checkAccount())
        return fail(error);
    m_chunkSize = std::max<qint64>(1, m_chunkSize);
    m_concurrency = std::clamp(m_concurrency, 1, maxConcurrency);
    m_result.filePath = m_filePath;
    m_file = std::make_unique<QSaveFile>(m_filePath);
    if (m_filePath.isEmpty() || !m_file->open(QIODevice::WriteOnly))
        return fail(Error::input(tr("The file '%1' cannot be written: %2")
                                     .arg(QDir::toNativeSeparators(m_filePath), m_file->errorString())));

    m_call = m_client.newCall("HEAD", m_client.blobUrl(m_container, m_blobName), {}, {}, context(), this);
    connect(m_call, &HttpCall::finished, this, [this](const HttpResponse &response, const Error &error) {
        m_call->deleteLater();
        m_call = nullptr;
        if (error)
            return fail(error);
        bool ok = false;
        m_size = response.header("Content-Length").toLongLong(&ok);
        m_etag = response.header("ETag");
        m_expectedMd5 = response.header("Content-MD5");
        if (!ok || m_size < 0)
            return fail(Error::parse(tr("the blob's properties have no valid Content-Length")));
        m_result.size = m_size;
        m_chunkCount = (m_size + m_chunkSize - 1) / m_chunkSize;
        m_meter.start(m_size);
        if (m_size == 0)
            return complete();
        pump();
    });
    m_call->start();
}

void BlobDownloadJob::pump()
{
    while (
        !isFinished() && m_inFlight.size() + m_ready.size() < m_concurrency && m_nextToFetch < m_chunkCount) {
        const qint64 index = m_nextToFetch++;
        const qint64 first = index * m_chunkSize;
        const qint64 last = std::min(m_size, first + m_chunkSize) - 1;
        RawHeaders headers = {
            { "x-ms-range", "bytes=" + QByteArray::number(first) + '-' + QByteArray::number(last) },
            { "Accept-Encoding", "identity" },
        };
        if (!m_etag.isEmpty())
            headers.append(qMakePair(QByteArray("If-Match"), QByteArray(m_etag)));
        HttpCall *call = m_client.newCall(
            "GET", m_client.blobUrl(m_container, m_blobName), headers, {}, context(), this);
        m_inFlight.insert(call, 0);
        connect(call, &HttpCall::downloadProgress, this, [this, call](qint64 received, qint64) {
            m_inFlight[call] = received;
            reportProgress();
        });
        const qint64 expected = last - first + 1;
        connect(call, &HttpCall::finished, this,
            [this, call, index, expected](const HttpResponse &response, const Error &error) {
                m_inFlight.remove(call);
                call->deleteLater();
                if (error)
                    return fail(error);
                if (response.body.size() != expected)
                    return fail(Error::parse(tr("a part of the blob arrived with %1 bytes instead of %2")
                                                 .arg(response.body.size())
                                                 .arg(expected)));
                onChunk(index, response.body);
            });
        call->start();
    }
}

void BlobDownloadJob::onChunk(qint64 index, const QByteArray &data)
{
    m_ready.insert(index, data);
    writeReady();
    if (isFinished())
        return;
    if (m_nextToWrite == m_chunkCount)
        return complete();
    reportProgress();
    pump();
}

void BlobDownloadJob::writeReady()
{
    for (auto it = m_ready.find(m_nextToWrite); it != m_ready.end() && it.key() == m_nextToWrite;
         it = m_ready.find(m_nextToWrite)) {
        const QByteArray data = it.value();
        m_ready.erase(it);
        if (m_file->write(data) != data.size())
            return fail(Error::input(tr("Writing '%1' failed: %2")
                                         .arg(QDir::toNativeSeparators(m_filePath), m_file->errorString())));
        m_md5.addData(data);
        m_bytesWritten += data.size();
        ++m_nextToWrite;
    }
}

void BlobDownloadJob::complete()
{
    const QByteArray md5 = m_md5.result().toBase64();
    m_result.contentMd5 = QString::fromLatin1(md5);
    if (!m_expectedMd5.isEmpty()) {
        if (m_expectedMd5 != md5)
            return fail(
                Error::parse(tr("the downloaded data has MD5 '%1' but the blob's Content-MD5 is '%2'. The "
                                "file was not saved.")
                                 .arg(QString::fromLatin1(md5), QString::fromLatin1(m_expectedMd5))));
        m_result.md5Verified = true;
    }
    if (!m_file->commit())
        return fail(Error::input(
            tr("Saving '%1' failed: %2").arg(QDir::toNativeSeparators(m_filePath), m_file->errorString())));
    m_file.reset();
    reportProgress();
    if (markFinished())
        Q_EMIT finished(m_result, {});
}

void BlobDownloadJob::reportProgress()
{
    qint64 done = m_bytesWritten;
    for (const QByteArray &chunk : std::as_const(m_ready))
        done += chunk.size();
    for (const qint64 received : std::as_const(m_inFlight))
        done += received;
    if (m_meter.update(std::min(done, m_size)))
        Q_EMIT progress(m_meter.current());
}

void BlobDownloadJob::stopAll()
{
    const auto calls = m_inFlight.keys();
    m_inFlight.clear();
    qDeleteAll(calls);
    delete m_call;
    m_call = nullptr;
    m_ready.clear();
    if (m_file) {
        m_file->cancelWriting();
        m_file.reset(); // discards the temporary file
    }
}

void BlobDownloadJob::fail(const Error &error)
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

} // namespace mlr
