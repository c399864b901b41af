#include "storage/containerjobs.h"

#include "storage/blobservice.h"
#include "storage/listparsing.h"

namespace mlr {

ContainerListJob::ContainerListJob(StorageClient client, QObject *parent)
    : StorageJob(std::move(client), parent)
{ }

void ContainerListJob::start()
{
    if (!markStarted())
        return;
    runLater([this] {
        if (const Error error = checkAccount())
            return finish(Error(error).withContext(tr("Listing containers")));
        fetch({});
    });
}

void ContainerListJob::fetch(const QString &marker)
{
    QByteArray query = "comp=list";
    addQueryItem(query, "prefix", m_prefix);
    addQueryItem(query, "marker", marker);
    if (m_maxResults > 0)
        addQueryItem(query, "maxresults", QString::number(m_maxResults));
    HttpCall *call = m_client.newCall("GET", m_client.url({}, query), {}, {}, tr("Listing containers"), this);
    connect(call, &HttpCall::finished, this, [this, call](const HttpResponse &response, const Error &error) {
        call->deleteLater();
        if (error)
            return finish(error);
        ++m_pages;
        Error parseError;
        const auto page = listparsing::parseContainerList(response.body, &parseError);
        if (!page)
            return finish(parseError.withContext(tr("Listing containers")));
        m_containers += page->containers;
        if (!page->nextMarker.isEmpty())
            return fetch(page->nextMarker);
        finish({});
    });
    call->start();
}

void ContainerListJob::finish(const Error &error)
{
    if (markFinished())
        Q_EMIT finished(m_containers, error);
}

ContainerCreateJob::ContainerCreateJob(StorageClient client, const QString &name, QObject *parent)
    : StorageJob(std::move(client), parent)
    , m_name(name)
{ }

void ContainerCreateJob::start()
{
    if (!markStarted())
        return;
    runLater([this] {
        const QString context = tr("Creating container '%1'").arg(m_name);
        if (Error error = BlobService::validateContainerName(m_name))
            return finish(false, error.withContext(context));
        if (Error error = checkAccount())
            return finish(false, error.withContext(context));
        HttpCall *call = m_client.newCall(
            "PUT", m_client.containerUrl(m_name, "restype=container"), {}, {}, context, this);
        connect(call, &HttpCall::finished, this, [this, call](const HttpResponse &, const Error &error) {
            call->deleteLater();
            if (error.httpStatus == 409 && error.serviceCode == u"ContainerAlreadyExists")
                return finish(false, {});
            finish(!error, error);
        });
        call->start();
    });
}

void ContainerCreateJob::finish(bool created, const Error &error)
{
    if (markFinished())
        Q_EMIT finished(created, error);
}

} // namespace mlr
