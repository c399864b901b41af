#include "storage/bloblistjob.h"

#include "storage/blobservice.h"
#include "storage/listparsing.h"

namespace mlr {

BlobListJob::BlobListJob(
    StorageClient client, const QString &container, const QString &prefix, QObject *parent)
    : StorageJob(std::move(client), parent)
    , m_container(container)
    , m_prefix(prefix)
{ }

QString BlobListJob::context() const
{
    return tr("Listing blobs in container '%1'").arg(m_container);
}

void BlobListJob::start()
{
    if (!markStarted())
        return;
    runLater([this] {
        if (Error error = BlobService::validateContainerName(m_container))
            return finish(error.withContext(context()));
        if (Error error = checkAccount())
            return finish(error.withContext(context()));
        fetch({});
    });
}

void BlobListJob::fetch(const QString &marker)
{
    QByteArray query = "restype=container&comp=list";
    addQueryItem(query, "prefix", m_prefix);
    addQueryItem(query, "marker", marker);
    if (m_maxResults > 0)
        addQueryItem(query, "maxresults", QString::number(m_maxResults));
    HttpCall *call
        = m_client.newCall("GET", m_client.containerUrl(m_container, query), {}, {}, context(), this);
    connect(call, &HttpCall::finished, this, [this, call](const HttpResponse &response, const Error &error) {
        call->deleteLater();
        if (error)
            return finish(error);
        ++m_pages;
        Error parseError;
        const auto page = listparsing::parseBlobList(response.body, &parseError);
        if (!page)
            return finish(parseError.withContext(context()));
        m_blobs += page->blobs;
        if (!page->nextMarker.isEmpty())
            return fetch(page->nextMarker);
        finish({});
    });
    call->start();
}

void BlobListJob::finish(const Error &error)
{
    if (markFinished())
        Q_EMIT finished(m_blobs, error);
}

} // namespace mlr
