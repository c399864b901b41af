#pragma once

#include "storage/storageclient.h"

#include <QObject>

#include <functional>

namespace mlr {

// Base of every storage operation.
//
// Contract shared by all jobs: a job is created (not started) by BlobService, parented to the
// caller's object, and started with start(), once. It then emits its own finished(...) signal
// exactly once, always asynchronously (never from inside start()), carrying a result or an
// mlr::Error. It never deletes itself: the owner deletes it, and deleting it at any time cancels
// it (in-flight requests are aborted; no signal is emitted after destruction starts).
class StorageJob : public QObject
{
    Q_OBJECT

public:
    ~StorageJob() override;

    virtual void start() = 0;
    bool isStarted() const { return m_started; }
    bool isFinished() const { return m_finished; }
    const StorageAccount &account() const { return m_client.account; }

protected:
    StorageJob(StorageClient client, QObject *parent);

    // Marks the job started; false (with a warning) when it already was.
    bool markStarted();
    // Marks the job finished; false when it already was (the caller must then not emit).
    bool markFinished();
    // Runs fn on the next event-loop pass, unless the job is destroyed first.
    void runLater(std::function<void()> fn);
    // Error of the common preconditions (transport security), or no error.
    Error checkAccount() const;

    StorageClient m_client;

private:
    bool m_started = false;
    bool m_finished = false;
};

} // namespace mlr
