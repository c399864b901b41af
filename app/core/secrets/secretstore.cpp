#include "secrets/secretstore.h"

#include "http/redaction.h"

#include <QDebug>

namespace mlr {

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{
    const QByteArray mode = qgetenv("MLR_KEYCHAIN");
    if (mode == "session") {
        m_sessionOnly = true;
        m_reason
            = tr("MLR_KEYCHAIN=session is set, so secrets are kept for this session only and never saved.");
        // Queued so that whoever connects right after construction hears about it.
        QMetaObject::invokeMethod(
            this,
            [this] {
                Q_EMIT keychainUnavailable(m_reason);
                Q_EMIT sessionOnlyChanged(true);
            },
            Qt::QueuedConnection);
    } else if (!mode.isEmpty() && mode != "keychain") {
        qWarning("MLR_KEYCHAIN=%s is not understood (use \"session\" or \"keychain\"); using the keychain",
            mode.constData());
    }
}

SecretStore::~SecretStore() = default;

QString SecretStore::serviceName()
{
    return QStringLiteral("mlretrain");
}

QString SecretStore::entryKey(const QString &profile, SecretKind kind)
{
    return profile + u'/' + secretKindId(kind);
}

SecretReadJob *SecretStore::read(const QString &profile, SecretKind kind, QObject *parent)
{
    return new SecretReadJob(this, profile, kind, parent);
}

SecretWriteJob *SecretStore::write(
    const QString &profile, SecretKind kind, const QString &value, QObject *parent)
{
    redaction::registerSecret(value);
    return new SecretWriteJob(this, profile, kind, value, parent);
}

SecretDeleteJob *SecretStore::remove(const QString &profile, SecretKind kind, QObject *parent)
{
    return new SecretDeleteJob(this, profile, kind, parent);
}

SecretBatchJob *SecretStore::removeProfile(const QString &profile, QObject *parent)
{
    return new SecretBatchJob(this, profile, QString(), parent);
}

SecretBatchJob *SecretStore::renameProfile(const QString &from, const QString &to, QObject *parent)
{
    return new SecretBatchJob(this, from, to, parent);
}

void SecretStore::enterSessionOnly(const QString &reason)
{
    if (m_sessionOnly)
        return;
    m_sessionOnly = true;
    m_reason = redaction::redact(reason);
    qWarning().noquote() << "Keychain unavailable, secrets are kept for this session only:" << m_reason;
    Q_EMIT keychainUnavailable(m_reason);
    Q_EMIT sessionOnlyChanged(true);
}

} // namespace mlr
