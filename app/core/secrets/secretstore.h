#pragma once

#include "secrets/secretjobs.h"
#include "secrets/secretnames.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <chrono>

namespace mlr {

// Asynchronous access to the secrets of connection profiles, kept in the OS keychain through
// QtKeychain (Secret Service on Linux, Keychain on macOS, Credential Manager on Windows).
//
// Entries: keychain service "mlretrain", entry key "<profile>/<kind-id>", e.g.
// "Local sandbox/storage-account-key" (the key is namespaced itself because Windows ignores
// the service). Values are stored as text. Every value read or written is registered with
// redaction::registerSecret(), so it is masked in every log and message.
//
// Session-only mode: when the keychain is unavailable (QtKeychain reports OtherError,
// NoBackendAvailable, NotImplemented or AccessDenied, e.g. no Secret Service on the session
// bus or a keyring that stays locked), the store switches, for the rest of its life, to
// keeping values in memory: they work for this run and are never written to disk. The
// failing operation and every later one then complete successfully in memory, with
// SecretJob::isSessionOnly() true; keychainUnavailable() tells the user why, once.
// The insecure plain-text fallback of QtKeychain is never enabled.
//
// Environment: MLR_KEYCHAIN=session forces session-only mode from construction (for users
// without a keyring and for tests or CI that must not touch a keychain); keychainUnavailable()
// is then emitted once from the event loop right after construction. Any other value (or
// none) uses the keychain.
//
// Watchdog: a keychain request that does not answer within timeout() (default 15 s) finishes
// with Error::Kind::Keychain "the keychain did not answer"; a value being written is then kept
// in memory for this session (reads of that entry answer from memory from then on).
//
// Use one store per process (values kept in memory are per store), from the main thread.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    explicit SecretStore(QObject *parent = nullptr);
    ~SecretStore() override;

    static QString serviceName(); // "mlretrain"
    static QString entryKey(const QString &profile, SecretKind kind); // "<profile>/<kind-id>"

    bool isSessionOnly() const { return m_sessionOnly; }
    // Why the store is session-only, in plain words for people; empty while the keychain works.
    QString unavailableReason() const { return m_reason; }

    std::chrono::milliseconds timeout() const { return m_timeout; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; } // for jobs started later

    // Each returns a new job, not started, parented to `parent` (see SecretJob for the contract).
    // read: finished(value, error) — value is empty when there is no such entry (not an error).
    SecretReadJob *read(const QString &profile, SecretKind kind, QObject *parent);
    // write: finished(error) — an empty value deletes the entry.
    SecretWriteJob *write(const QString &profile, SecretKind kind, const QString &value, QObject *parent);
    // remove: finished(error) — a missing entry is success.
    SecretDeleteJob *remove(const QString &profile, SecretKind kind, QObject *parent);

    // All kinds of a profile, for deleting or renaming a profile (after ProfileStore has
    // accepted the removal or rename). finished(error).
    SecretBatchJob *removeProfile(const QString &profile, QObject *parent);
    SecretBatchJob *renameProfile(const QString &from, const QString &to, QObject *parent);

Q_SIGNALS:
    // Emitted once, when the store switches to session-only mode. reason == unavailableReason().
    void keychainUnavailable(const QString &reason);
    // Emitted with true together with keychainUnavailable(); the mode never switches back.
    void sessionOnlyChanged(bool sessionOnly);

private:
    friend class SecretJob;

    void enterSessionOnly(const QString &reason);

    QHash<QString, QString> m_memory; // entry key -> value kept for this session only
    QString m_reason;
    std::chrono::milliseconds m_timeout { 15000 };
    bool m_sessionOnly = false;
};

} // namespace mlr
