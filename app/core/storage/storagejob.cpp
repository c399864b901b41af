#include "storage/storagejob.h"

#include <QtDebug>

namespace mlr {

StorageJob::StorageJob(StorageClient client, QObject *parent)
    : QObject(parent)
    , m_client(std::move(client))
{ }

StorageJob::~StorageJob() = default;

bool StorageJob::markStarted()
{
    if (m_started) {
        qWarning("mlr::StorageJob::start() called twice; ignored");
        return false;
    }
    m_started = true;
    return true;
}

bool StorageJob::markFinished()
{
    if (m_finished)
        return false;
    m_finished = true;
    return true;
}

void StorageJob::runLater(std::function<void()> fn)
{
    QMetaObject::invokeMethod(this, std::move(fn), Qt::QueuedConnection);
}

Error StorageJob::checkAccount() const
{
    if (!m_client.nam)
        return Error::input(tr("No network access manager was given to the storage client."));
    return m_client.account.checkTransportSecurity();
}

} // namespace mlr
