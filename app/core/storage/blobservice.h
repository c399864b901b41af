#pragma once

#include "http/error.h"
#include "http/retrypolicy.h"
#include "storage/blobdownloadjob.h"
#include "storage/bloblistjob.h"
#include "storage/blobtypes.h"
#include "storage/blobuploadjob.h"
#include "storage/containerjobs.h"
#include "storage/sas.h"
#include "storage/storageaccount.h"

#include <QObject>
#include <QPointer>

#include <chrono>

class QNetworkAccessManager;

namespace mlr {

// Entry point of the Blob storage module: holds the account and a QNetworkAccessManager (not
// owned; it must outlive the jobs) and creates jobs.
//
// Every job is returned new and not started, parented to `parent` (the caller owns it and
// deletes it; deleting it cancels it). Each job emits finished(...) exactly once after
// start(), asynchronously. Requests are signed with Shared Key when the account has a key,
// otherwise they carry its SAS token; a key or SAS is never sent over plain HTTP to a
// non-loopback host (the job fails with Error::Input before any request).
class BlobService : public QObject
{
    Q_OBJECT

public:
    BlobService(QNetworkAccessManager *nam, StorageAccount account, QObject *parent = nullptr);

    const StorageAccount &account() const { return m_client.account; }

    // Plain URLs (no SAS); blob names are percent-encoded per '/'-separated segment.
    QUrl containerUrl(const QString &container) const;
    QUrl blobUrl(const QString &container, const QString &blob) const;
    // blobUrl + a service SAS (spr=https,http) for that blob; an empty QUrl when the account
    // has no key. For handing short-lived, least-privilege references to other services.
    QUrl blobSasUrl(const QString &container, const QString &blob, SasPermissions permissions,
        const QDateTime &expiryUtc) const;
    // containerUrl + a container SAS; empty when the account has no key.
    QUrl containerSasUrl(
        const QString &container, SasPermissions permissions, const QDateTime &expiryUtc) const;

    // 3-63 characters: lowercase letters, digits and single hyphens, starting and ending with a
    // letter or digit (or one of the special $root, $logs, $web). Returns an Error::Input saying
    // plainly what is wrong, or no error.
    static Error validateContainerName(const QString &name);

    // Retry policy and idle timeout given to the jobs created from now on.
    void setRetryPolicy(const RetryPolicy &policy) { m_client.retryPolicy = policy; }
    const RetryPolicy &retryPolicy() const { return m_client.retryPolicy; }
    void setIdleTimeout(std::chrono::milliseconds timeout) { m_client.factory = RequestFactory(timeout); }

    ContainerListJob *listContainers(QObject *parent);
    ContainerCreateJob *createContainer(const QString &name, QObject *parent);
    BlobListJob *listBlobs(const QString &container, const QString &prefix, QObject *parent);
    BlobUploadJob *upload(
        const QString &filePath, const QString &container, const QString &blobName, QObject *parent);
    BlobDownloadJob *download(
        const QString &container, const QString &blobName, const QString &filePath, QObject *parent);

private:
    StorageClient m_client;
};

} // namespace mlr
