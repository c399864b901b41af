#pragma once

#include "storage/blobtypes.h"
#include "storage/storagejob.h"

namespace mlr {

// Lists the blobs of a container (List Blobs, flat), optionally under a name prefix,
// following NextMarker until the last page. A missing container fails with an Http error
// whose serviceCode is "ContainerNotFound".
class BlobListJob : public StorageJob
{
    Q_OBJECT

public:
    BlobListJob(StorageClient client, const QString &container, const QString &prefix, QObject *parent);

    // Blobs per page (1-5000); 0 = the service's default. Set before start().
    void setMaxResults(int perPage) { m_maxResults = perPage; }
    int pagesFetched() const { return m_pages; }

    void start() override;

Q_SIGNALS:
    void finished(const QList<mlr::BlobInfo> &blobs, const mlr::Error &error);

private:
    void fetch(const QString &marker);
    void finish(const Error &error);
    QString context() const;

    QString m_container;
    QString m_prefix;
    int m_maxResults = 0;
    int m_pages = 0;
    QList<BlobInfo> m_blobs;
};

} // namespace mlr
