#include "ml/blobreference.h"

#include "http/redaction.h"
#include "storage/sas.h"
#include "storage/storageaccount.h"
#include "storage/storageclient.h"

namespace mlr::ml {

namespace {

QString member(const QJsonObject &object, QStringView name)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key().compare(name, Qt::CaseInsensitive) == 0 && it.value().isString())
            return it.value().toString();
    }
    return {};
}

QString endpointBase(const StorageAccount &account)
{
    QString base = account.blobEndpoint.toString(QUrl::RemoveQuery | QUrl::RemoveFragment);
    if (!base.endsWith(u'/'))
        base += u'/';
    return base;
}

} // namespace

QJsonObject BlobReference::toJson() const
{
    QJsonObject o;
    if (!connectionString.isEmpty())
        o.insert(QStringLiteral("ConnectionString"), connectionString);
    if (!relativeLocation.isEmpty())
        o.insert(QStringLiteral("RelativeLocation"), relativeLocation);
    if (!baseLocation.isEmpty())
        o.insert(QStringLiteral("BaseLocation"), baseLocation);
    if (!sasBlobToken.isEmpty())
        o.insert(QStringLiteral("SasBlobToken"), sasBlobToken);
    return o;
}

BlobReference BlobReference::fromJson(const QJsonObject &object)
{
    BlobReference r;
    r.connectionString = member(object, u"ConnectionString");
    r.relativeLocation = member(object, u"RelativeLocation");
    r.baseLocation = member(object, u"BaseLocation");
    r.sasBlobToken = member(object, u"SasBlobToken");
    if (!r.sasBlobToken.isEmpty())
        redaction::registerSecret(r.sasBlobToken);
    return r;
}

QUrl BlobReference::blobUrl() const
{
    if (baseLocation.isEmpty())
        return {};
    QString base = baseLocation;
    if (!base.endsWith(u'/'))
        base += u'/';
    QString relative = relativeLocation;
    while (relative.startsWith(u'/'))
        relative.remove(0, 1);
    const QString container = relative.section(u'/', 0, 0);
    const QString blob = relative.section(u'/', 1);
    QUrl url(base);
    url.setPath(url.path() + container + u'/' + blob);
    return url;
}

QUrl BlobReference::sasUrl() const
{
    if (!isSas())
        return {};
    QUrl url = blobUrl();
    QString token = sasBlobToken;
    if (token.startsWith(u'?'))
        token.remove(0, 1);
    url.setQuery(token, QUrl::StrictMode);
    return url;
}

BlobReference makeBlobReference(const StorageAccount &account, const QString &container, const QString &blob,
    BlobAccess access, const BlobReferencePolicy &policy, Error *error, const QDateTime &now)
{
    BlobReference r;
    r.relativeLocation = container + u'/' + blob;
    if (policy.useConnectionString) {
        if (!account.hasKey()) {
            if (error)
                *error
                    = Error::input(BlobReference::tr("A connection-string blob reference needs the storage "
                                                     "account key, and only a SAS is known for account '%1'.")
                                       .arg(account.name));
            return {};
        }
        r.connectionString = account.toConnectionString();
        return r;
    }
    r.baseLocation = endpointBase(account);
    if (account.hasKey()) {
        const SasPermissions permissions
            = access == BlobAccess::Read ? SasPermissions::readOnly() : SasPermissions::createWrite();
        const QDateTime start = now.addSecs(-5 * 60);
        const QDateTime expiry = now.addSecs(policy.lifetime.count());
        r.sasBlobToken = u'?' + serviceSasToken(account, container, blob, permissions, expiry, start);
    } else if (account.hasSas()) {
        r.sasBlobToken = u'?' + account.sas;
    } else {
        if (error)
            *error = Error::input(
                BlobReference::tr("Storage account '%1' has neither a key nor a SAS, so the job "
                                  "cannot be given access to its blobs.")
                    .arg(account.name));
        return {};
    }
    redaction::registerSecret(r.sasBlobToken.mid(1));
    return r;
}

} // namespace mlr::ml
