#pragma once

#include "http/httpcall.h"
#include "http/requestfactory.h"
#include "http/retrypolicy.h"
#include "storage/storageaccount.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;

namespace mlr {

using RawHeaders = QList<QPair<QByteArray, QByteArray>>;

// Internal: what every storage job needs to address and authorize requests. A value, copied
// into each job so that jobs do not depend on the BlobService that made them.
struct StorageClient
{
    QPointer<QNetworkAccessManager> nam;
    StorageAccount account;
    RetryPolicy retryPolicy;
    RequestFactory factory;

    // Endpoint + "/" + encodedPath [+ "?" + encodedQuery]; no SAS.
    QUrl url(const QByteArray &encodedPath, const QByteArray &encodedQuery = {}) const;
    QUrl containerUrl(const QString &container, const QByteArray &encodedQuery = {}) const;
    QUrl blobUrl(const QString &container, const QString &blob, const QByteArray &encodedQuery = {}) const;

    // A new, not started call. Every attempt builds a fresh request for url (+ the SAS token
    // when the account has no key), sets headers and x-ms-version, and signs it with Shared
    // Key when the account has a key. The call is parented to parent.
    HttpCall *newCall(const QByteArray &verb, const QUrl &url, const RawHeaders &headers,
        const QByteArray &body, const QString &context, QObject *parent) const;

    static QByteArray encodeBlobName(const QString &blob); // percent-encodes each '/'-separated segment
};

// Appends name=percent-encoded(value) to an encoded query; empty values are left out.
void addQueryItem(QByteArray &query, const char *name, const QString &value);

} // namespace mlr
