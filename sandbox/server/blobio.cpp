#include "server/blobio.h"

#include "storage/blobservice.h"
#include "storage/storageclient.h"

#include <QPointer>

using namespace Qt::StringLiterals;

namespace mlr::server::blobio {

namespace {

StorageClient clientFor(QNetworkAccessManager *nam, const StorageAccount &account)
{
    StorageClient client;
    client.nam = nam;
    client.account = account;
    client.retryPolicy = RetryPolicy {};
    client.factory = RequestFactory(std::chrono::milliseconds(30'000));
    return client;
}

void putOnce(QNetworkAccessManager *nam, const BlobLocation &blob, const QByteArray &data,
    const QByteArray &contentType, QObject *context, bool mayCreate, std::function<void(const Error &)> done)
{
    const StorageClient client = clientFor(nam, blob.account);
    HttpCall *call = client.newCall("PUT", client.blobUrl(blob.container, blob.blob),
        { { "x-ms-blob-type", "BlockBlob" }, { "Content-Type", contentType } }, data,
        u"Writing blob '%1'"_s.arg(blob.relativeLocation()), context);
    QObject::connect(call, &HttpCall::finished, context, [=](const HttpResponse &, const Error &error) {
        call->deleteLater();
        if (error && mayCreate && error.httpStatus == 404 && error.serviceCode == u"ContainerNotFound"_s
            && blob.account.hasKey()) {
            BlobService service(nam, blob.account);
            ContainerCreateJob *create = service.createContainer(blob.container, context);
            QObject::connect(
                create, &ContainerCreateJob::finished, context, [=](bool, const Error &createError) {
                    create->deleteLater();
                    if (createError)
                        return done(createError);
                    putOnce(nam, blob, data, contentType, context, false, done);
                });
            create->start();
            return;
        }
        done(error);
    });
    call->start();
}

} // namespace

void head(QNetworkAccessManager *nam, const BlobLocation &blob, QObject *context,
    std::function<void(const Properties &, const Error &)> done)
{
    const StorageClient client = clientFor(nam, blob.account);
    HttpCall *call = client.newCall("HEAD", client.blobUrl(blob.container, blob.blob), {}, {},
        u"Reading the properties of blob '%1'"_s.arg(blob.relativeLocation()), context);
    QObject::connect(
        call, &HttpCall::finished, context, [call, done](const HttpResponse &response, const Error &error) {
            call->deleteLater();
            Properties properties;
            properties.etag = response.header("ETag");
            properties.size = response.header("Content-Length").toLongLong();
            done(properties, error);
        });
    call->start();
}

void get(QNetworkAccessManager *nam, const BlobLocation &blob, QObject *context,
    std::function<void(const QByteArray &, const Properties &, const Error &)> done)
{
    const StorageClient client = clientFor(nam, blob.account);
    HttpCall *call = client.newCall("GET", client.blobUrl(blob.container, blob.blob), {}, {},
        u"Reading blob '%1'"_s.arg(blob.relativeLocation()), context);
    QObject::connect(
        call, &HttpCall::finished, context, [call, done](const HttpResponse &response, const Error &error) {
            call->deleteLater();
            Properties properties;
            properties.etag = response.header("ETag");
            properties.size = response.body.size();
            done(response.body, properties, error);
        });
    call->start();
}

void download(QNetworkAccessManager *nam, const BlobLocation &blob, const QString &filePath, QObject *context,
    std::function<void(const Error &)> done)
{
    BlobService service(nam, blob.account);
    BlobDownloadJob *job = service.download(blob.container, blob.blob, filePath, context);
    QObject::connect(
        job, &BlobDownloadJob::finished, context, [job, done](const DownloadResult &, const Error &error) {
            job->deleteLater();
            done(error);
        });
    job->start();
}

void put(QNetworkAccessManager *nam, const BlobLocation &blob, const QByteArray &data,
    const QByteArray &contentType, QObject *context, std::function<void(const Error &)> done)
{
    putOnce(nam, blob, data, contentType, context, true, std::move(done));
}

} // namespace mlr::server::blobio
