#include "storage/blobservice.h"

#include <QNetworkAccessManager>

namespace mlr {

BlobService::BlobService(QNetworkAccessManager *nam, StorageAccount account, QObject *parent)
    : QObject(parent)
{
    m_client.nam = nam;
    m_client.account = std::move(account);
}

QUrl BlobService::containerUrl(const QString &container) const
{
    return m_client.containerUrl(container);
}

QUrl BlobService::blobUrl(const QString &container, const QString &blob) const
{
    return m_client.blobUrl(container, blob);
}

QUrl BlobService::blobSasUrl(const QString &container, const QString &blob, SasPermissions permissions,
    const QDateTime &expiryUtc) const
{
    const QString token = serviceSasToken(m_client.account, container, blob, permissions, expiryUtc);
    if (token.isEmpty())
        return {};
    return m_client.blobUrl(container, blob, token.toLatin1());
}

QUrl BlobService::containerSasUrl(
    const QString &container, SasPermissions permissions, const QDateTime &expiryUtc) const
{
    const QString token = serviceSasToken(m_client.account, container, {}, permissions, expiryUtc);
    if (token.isEmpty())
        return {};
    return m_client.containerUrl(container, "restype=container&" + token.toLatin1());
}

Error BlobService::validateContainerName(const QString &name)
{
    if (name.isEmpty())
        return Error::input(
            tr("The container name is empty. Use 3 to 63 lowercase letters, digits and hyphens."));
    // The service's own special containers.
    if (name == u"$root" || name == u"$logs" || name == u"$web")
        return {};
    if (name.size() < 3)
        return Error::input(tr("The container name '%1' is too short: use 3 to 63 characters.").arg(name));
    if (name.size() > 63)
        return Error::input(
            tr("The container name is too long (%1 characters): use 3 to 63 characters.").arg(name.size()));
    for (const QChar c : name) {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-';
        if (!ok) {
            if (c >= u'A' && c <= u'Z')
                return Error::input(
                    tr("The container name '%1' has an uppercase letter: use lowercase letters only.")
                        .arg(name));
            return Error::input(
                tr("The container name '%1' has the character '%2': use only lowercase letters, "
                   "digits and hyphens.")
                    .arg(name, QString(c)));
        }
    }
    if (name.startsWith(u'-'))
        return Error::input(
            tr("The container name '%1' must start with a letter or a digit, not a hyphen.").arg(name));
    if (name.endsWith(u'-'))
        return Error::input(
            tr("The container name '%1' must end with a letter or a digit, not a hyphen.").arg(name));
    if (name.contains(u"--"))
        return Error::input(
            tr("The container name '%1' has two hyphens in a row: use single hyphens.").arg(name));
    return {};
}

ContainerListJob *BlobService::listContainers(QObject *parent)
{
    return new ContainerListJob(m_client, parent);
}

ContainerCreateJob *BlobService::createContainer(const QString &name, QObject *parent)
{
    return new ContainerCreateJob(m_client, name, parent);
}

BlobListJob *BlobService::listBlobs(const QString &container, const QString &prefix, QObject *parent)
{
    return new BlobListJob(m_client, container, prefix, parent);
}

BlobUploadJob *BlobService::upload(
    const QString &filePath, const QString &container, const QString &blobName, QObject *parent)
{
    return new BlobUploadJob(m_client, filePath, container, blobName, parent);
}

BlobDownloadJob *BlobService::download(
    const QString &container, const QString &blobName, const QString &filePath, QObject *parent)
{
    return new BlobDownloadJob(m_client, container, blobName, filePath, parent);
}

} // namespace mlr
