#pragma once

#include "http/error.h"
#include "secrets/secretnames.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <memory>

namespace QKeychain {
class Job;
}

namespace mlr {

class SecretStore;

// The operations of a SecretStore. Contract shared by every job:
// - created by SecretStore, not started, parented to the caller's object;
// - start() once, from the thread that runs the main event loop (QtKeychain's Linux
//   backend is driven by the GLib main context);
// - finished fires exactly once, always from the event loop, never from inside start();
// - destroying a job cancels it: it emits nothing afterwards. A keychain request that was
//   already handed to the OS is left to complete (and cleaned up) in the background, so a
//   cancelled write or delete may still take effect;
// - the job does not delete itself: its owner does (deleteLater() from the slot is fine).

// Base of the single-entry jobs (read, write, delete of one secret of one profile).
class SecretJob : public QObject
{
    Q_OBJECT

public:
    ~SecretJob() override;

    void start();
    bool isStarted() const { return m_started; }

    QString profile() const { return m_profile; }
    SecretKind kind() const { return m_kind; }
    // Meaningful after finished: true when the keychain was not (successfully) used and the
    // value was served from, or kept in, this session's memory only.
    bool isSessionOnly() const { return m_sessionOnly; }

protected:
    enum class Action
    {
        Read,
        Write,
        Delete
    };

    SecretJob(SecretStore *store, Action action, const QString &profile, SecretKind kind,
        const QString &value, QObject *parent);

    // Emits the subclass's finished signal. Called exactly once, as the job's last act:
    // the receiver may delete the job.
    virtual void deliver(const QString &value, const Error &error) = 0;

private:
    QString entryKey() const;
    QString describe() const;
    void finishLater(const QString &value, const Error &error);
    void completeInMemory();
    void onKeychainFinished();
    void onTimeout();
    void abandonKeychainJob();

    QPointer<SecretStore> m_store;
    Action m_action;
    QString m_profile;
    SecretKind m_kind;
    QString m_value; // the value to write
    std::unique_ptr<QKeychain::Job> m_keychainJob;
    QTimer m_watchdog;
    bool m_started = false;
    bool m_sessionOnly = false;
};

// Reads one secret. An entry that does not exist is not an error: value is empty.
class SecretReadJob final : public SecretJob
{
    Q_OBJECT

public:
    ~SecretReadJob() override;

Q_SIGNALS:
    void finished(const QString &value, const mlr::Error &error);

private:
    friend class SecretStore;
    SecretReadJob(SecretStore *store, const QString &profile, SecretKind kind, QObject *parent);
    void deliver(const QString &value, const Error &error) override;
};

// Writes (creates or overwrites) one secret. Writing an empty value deletes the entry.
class SecretWriteJob final : public SecretJob
{
    Q_OBJECT

public:
    ~SecretWriteJob() override;

Q_SIGNALS:
    void finished(const mlr::Error &error);

private:
    friend class SecretStore;
    SecretWriteJob(
        SecretStore *store, const QString &profile, SecretKind kind, const QString &value, QObject *parent);
    void deliver(const QString &value, const Error &error) override;
};

// Deletes one secret. Deleting an entry that does not exist succeeds.
class SecretDeleteJob final : public SecretJob
{
    Q_OBJECT

public:
    ~SecretDeleteJob() override;

Q_SIGNALS:
    void finished(const mlr::Error &error);

private:
    friend class SecretStore;
    SecretDeleteJob(SecretStore *store, const QString &profile, SecretKind kind, QObject *parent);
    void deliver(const QString &value, const Error &error) override;
};

// Deletes, or moves to another profile name, every secret kind of a profile, one entry at a
// time (QtKeychain serialises requests anyway). Stops at the first failure and reports it;
// entries already handled stay handled. A rename never loses a value: for each kind it reads
// the source, writes the target, and only then deletes the source; a kind the source lacks
// is deleted from the target, so the target ends with exactly the source's secrets.
class SecretBatchJob final : public QObject
{
    Q_OBJECT

public:
    ~SecretBatchJob() override;

    void start();
    QString profile() const { return m_from; }
    QString newProfile() const { return m_to; } // empty for a removal

Q_SIGNALS:
    void finished(const mlr::Error &error);

private:
    friend class SecretStore;
    enum class Step
    {
        ReadSource,
        WriteTarget,
        DeleteSource,
        DeleteTarget
    };

    SecretBatchJob(SecretStore *store, const QString &from, const QString &to, QObject *parent);
    void runStep();
    void stepFinished(const QString &value, const Error &error);
    void finishLater(const Error &error);
    SecretKind currentKind() const;

    QPointer<SecretStore> m_store;
    QString m_from;
    QString m_to;
    std::unique_ptr<SecretJob> m_current;
    int m_kindIndex = 0;
    Step m_step = Step::ReadSource;
    QString m_value;
    bool m_started = false;
};

} // namespace mlr
