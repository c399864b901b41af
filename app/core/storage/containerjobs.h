#pragma once

#include "storage/blobtypes.h"
#include "storage/storagejob.h"

namespace mlr {

// Lists the containers of the account (List Containers), following NextMarker until the
// last page. finished() carries every container, or an error (and the pages read so far).
class ContainerListJob : public StorageJob
{
    Q_OBJECT

public:
    ContainerListJob(StorageClient client, QObject *parent);

    void setPrefix(const QString &prefix) { m_prefix = prefix; }
    // Containers per page (1-5000); 0 = the service's default (5000). Set before start().
    void setMaxResults(int perPage) { m_maxResults = perPage; }
    int pagesFetched() const { return m_pages; }

    void start() override;

Q_SIGNALS:
    void finished(const QList<mlr::ContainerInfo> &containers, const mlr::Error &error);

private:
    void fetch(const QString &marker);
    void finish(const Error &error);

    QString m_prefix;
    int m_maxResults = 0;
    int m_pages = 0;
    QList<ContainerInfo> m_containers;
};

// Creates a container (Create Container). finished(true) when it was created, finished(false)
// with no error when it already existed. An invalid name fails with Error::Input before any
// request.
class ContainerCreateJob : public StorageJob
{
    Q_OBJECT

public:
    ContainerCreateJob(StorageClient client, const QString &name, QObject *parent);

    const QString &name() const { return m_name; }
    void start() override;

Q_SIGNALS:
    void finished(bool created, const mlr::Error &error);

private:
    void finish(bool created, const Error &error);

    QString m_name;
};

} // namespace mlr
