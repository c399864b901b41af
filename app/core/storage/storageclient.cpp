#include "storage/storageclient.h"

#include "storage/sharedkey.h"

#include <QDateTime>

namespace mlr {

QUrl StorageClient::url(const QByteArray &encodedPath, const QByteArray &encodedQuery) const
{
    QByteArray text = account.blobEndpoint.toEncoded(QUrl::RemoveQuery | QUrl::RemoveFragment);
    while (text.endsWith('/'))
        text.chop(1);
    text += '/';
    text += encodedPath;
    if (!encodedQuery.isEmpty()) {
        text += '?';
        text += encodedQuery;
    }
    return QUrl::fromEncoded(text, QUrl::StrictMode);
}

QUrl StorageClient::containerUrl(const QString &container, const QByteArray &encodedQuery) const
{
    return url(QUrl::toPercentEncoding(container), encodedQuery);
}

QUrl StorageClient::blobUrl(
    const QString &container, const QString &blob, const QByteArray &encodedQuery) const
{
    return url(QUrl::toPercentEncoding(container) + '/' + encodeBlobName(blob), encodedQuery);
}

QByteArray StorageClient::encodeBlobName(const QString &blob)
{
    QByteArray out;
    const QStringList segments = blob.split(u'/');
    for (qsizetype i = 0; i < segments.size(); ++i) {
        if (i > 0)
            out += '/';
        out += QUrl::toPercentEncoding(segments.at(i));
    }
    return out;
}

HttpCall *StorageClient::newCall(const QByteArray &verb, const QUrl &url, const RawHeaders &headers,
    const QByteArray &body, const QString &context, QObject *parent) const
{
    QUrl target = url;
    if (!account.hasKey() && account.hasSas()) {
        QByteArray query = url.query(QUrl::FullyEncoded).toUtf8();
        if (!query.isEmpty())
            query += '&';
        query += account.sas.toUtf8();
        target.setQuery(QString::fromUtf8(query), QUrl::TolerantMode); // a pasted SAS may be loosely encoded
    }
    const qint64 contentLength = (verb == "GET" || verb == "HEAD" || verb == "DELETE") ? 0 : body.size();
    auto prepare = [factory = factory, account = account, verb, target, headers, contentLength](int) {
        QNetworkRequest request = factory.make(target);
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        request.setRawHeader("x-ms-version", storageApiVersion.toByteArray());
        if (account.hasKey())
            signSharedKey(request, verb, contentLength, account, QDateTime::currentDateTimeUtc());
        return request;
    };
    auto *call = new HttpCall(nam, verb, std::move(prepare), parent);
    call->setRetryPolicy(retryPolicy);
    call->setContext(context);
    if (contentLength > 0 || verb == "PUT")
        call->setBody(body);
    return call;
}

void addQueryItem(QByteArray &query, const char *name, const QString &value)
{
    if (value.isEmpty())
        return;
    if (!query.isEmpty())
        query += '&';
    query += name;
    query += '=';
    query += QUrl::toPercentEncoding(value);
}

} // namespace mlr
