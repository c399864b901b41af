#include "secrets/secretjobs.h"

#include "http/redaction.h"
#include "secrets/secretstore.h"

#include <qt6keychain/keychain.h>

namespace mlr {

namespace {

// QtKeychain errors that mean "there is no usable keychain here" rather than "this request failed".
bool meansUnavailable(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::OtherError:
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::AccessDenied:
        return true;
    default:
        return false;
    }
}

QString reasonText(const QKeychain::Job &job)
{
    const QString detail = job.errorString().trimmed();
    return SecretStore::tr(
        "The system keychain is not available (%1). Secrets are kept for this session only "
        "and will have to be entered again next time.")
        .arg(detail.isEmpty() ? SecretStore::tr("error %1").arg(int(job.error())) : detail);
}

} // namespace

SecretJob::SecretJob(SecretStore *store, Action action, const QString &profile, SecretKind kind,
    const QString &value, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_action(action)
    , m_profile(profile)
    , m_kind(kind)
    , m_value(value)
{
    if (m_action == Action::Write && m_value.isEmpty())
        m_action = Action::Delete;
    m_watchdog.setSingleShot(true);
    connect(&m_watchdog, &QTimer::timeout, this, &SecretJob::onTimeout);
}

SecretJob::~SecretJob()
{
    abandonKeychainJob();
}

QString SecretJob::entryKey() const
{
    return SecretStore::entryKey(m_profile, m_kind);
}

QString SecretJob::describe() const
{
    const QString what = secretKindLabel(m_kind);
    switch (m_action) {
    case Action::Read:
        return tr("Reading the %1 of profile '%2'").arg(what, m_profile);
    case Action::Write:
        return tr("Saving the %1 of profile '%2'").arg(what, m_profile);
    case Action::Delete:
        break;
    }
    return tr("Deleting the %1 of profile '%2'").arg(what, m_profile);
}

void SecretJob::start()
{
    Q_ASSERT_X(!m_started, "SecretJob::start", "started twice");
    if (m_started)
        return;
    m_started = true;
    if (!m_store) {
        finishLater({}, Error::keychain(tr("the secret store was closed")).withContext(describe()));
        return;
    }
    if (m_profile.isEmpty()) {
        finishLater({}, Error::input(tr("A profile name is needed.")).withContext(describe()));
        return;
    }
    // In memory: session-only mode, or an entry the keychain did not take earlier.
    if (m_store->isSessionOnly() || (m_action == Action::Read && m_store->m_memory.contains(entryKey()))) {
        QMetaObject::invokeMethod(this, &SecretJob::completeInMemory, Qt::QueuedConnection);
        return;
    }

    const QString service = SecretStore::serviceName();
    switch (m_action) {
    case Action::Read:
        m_keychainJob = std::make_unique<QKeychain::ReadPasswordJob>(service);
        break;
    case Action::Write: {
        auto job = std::make_unique<QKeychain::WritePasswordJob>(service);
        job->setTextData(m_value);
        m_keychainJob = std::move(job);
        break;
    }
    case Action::Delete:
        m_keychainJob = std::make_unique<QKeychain::DeletePasswordJob>(service);
        break;
    }
    m_keychainJob->setAutoDelete(false);
    m_keychainJob->setInsecureFallback(false); // never the plain-text file
    m_keychainJob->setKey(entryKey());
    connect(m_keychainJob.get(), &QKeychain::Job::finished, this, &SecretJob::onKeychainFinished);
    m_watchdog.start(m_store->timeout());
    m_keychainJob->start(); // QtKeychain posts the request: it never finishes synchronously
}

void SecretJob::finishLater(const QString &value, const Error &error)
{
    QMetaObject::invokeMethod(
        this, [this, value, error] { deliver(value, error); }, Qt::QueuedConnection);
}

void SecretJob::completeInMemory()
{
    m_sessionOnly = true;
    QString value;
    if (m_store) {
        QHash<QString, QString> &memory = m_store->m_memory;
        switch (m_action) {
        case Action::Read:
            value = memory.value(entryKey());
            redaction::registerSecret(value);
            break;
        case Action::Write:
            memory.insert(entryKey(), m_value);
            break;
        case Action::Delete:
            memory.remove(entryKey());
            break;
        }
    }
    deliver(value, {});
}

void SecretJob::onKeychainFinished()
{
    m_watchdog.stop();
    // Keep the job alive until we are done reading it, then let the event loop delete it:
    // we are inside its finished() signal.
    QKeychain::Job *job = m_keychainJob.release();
    job->disconnect(this);
    job->deleteLater();

    const QKeychain::Error code = job->error();
    if (code == QKeychain::NoError || code == QKeychain::EntryNotFound) {
        QString value;
        if (m_action == Action::Read && code == QKeychain::NoError) {
            value = static_cast<QKeychain::ReadPasswordJob *>(job)->textData();
            redaction::registerSecret(value);
        } else if (m_action == Action::Write && code == QKeychain::EntryNotFound) {
            deliver({}, Error::keychain(job->errorString()).withContext(describe()));
            return;
        }
        if (m_action != Action::Read && m_store)
            m_store->m_memory.remove(entryKey()); // the keychain now holds the truth
        deliver(value, {});
        return;
    }
    if (meansUnavailable(code) && m_store) {
        const QPointer<SecretJob> self(this);
        m_store->enterSessionOnly(reasonText(*job)); // may run arbitrary slots
        if (self)
            completeInMemory();
        return;
    }
    const QString detail
        = code == QKeychain::AccessDeniedByUser ? tr("access was denied") : job->errorString();
    deliver({}, Error::keychain(detail).withContext(describe()));
}

void SecretJob::onTimeout()
{
    abandonKeychainJob();
    m_sessionOnly = true;
    if (m_store) {
        if (m_action == Action::Write)
            m_store->m_memory.insert(entryKey(), m_value);
        else if (m_action == Action::Delete)
            m_store->m_memory.remove(entryKey());
    }
    const auto seconds = std::chrono::ceil<std::chrono::seconds>(m_watchdog.intervalAsDuration()).count();
    QString detail = tr("the keychain did not answer within %n second(s)", nullptr, int(seconds));
    if (m_action == Action::Write)
        detail += tr("; the value is kept for this session only");
    deliver({}, Error::keychain(detail).withContext(describe()));
}

// A QtKeychain request in flight keeps a raw pointer to its job (libsecret callbacks), so a
// started job must never be destroyed before it finishes: detach it and let it delete itself
// when (if ever) it finishes. QtKeychain 0.13 may emit finished() twice; a single-shot
// connection and deleteLater() make that harmless.
void SecretJob::abandonKeychainJob()
{
    m_watchdog.stop();
    if (!m_keychainJob)
        return;
    QKeychain::Job *job = m_keychainJob.release();
    job->disconnect(this);
    connect(job, &QKeychain::Job::finished, job, &QObject::deleteLater, Qt::SingleShotConnection);
}

SecretReadJob::SecretReadJob(SecretStore *store, const QString &profile, SecretKind kind, QObject *parent)
    : SecretJob(store, Action::Read, profile, kind, {}, parent)
{ }

SecretReadJob::~SecretReadJob() = default;

void SecretReadJob::deliver(const QString &value, const Error &error)
{
    Q_EMIT finished(value, error);
}

SecretWriteJob::SecretWriteJob(
    SecretStore *store, const QString &profile, SecretKind kind, const QString &value, QObject *parent)
    : SecretJob(store, Action::Write, profile, kind, value, parent)
{ }

SecretWriteJob::~SecretWriteJob() = default;

void SecretWriteJob::deliver(const QString &, const Error &error)
{
    Q_EMIT finished(error);
}

SecretDeleteJob::SecretDeleteJob(SecretStore *store, const QString &profile, SecretKind kind, QObject *parent)
    : SecretJob(store, Action::Delete, profile, kind, {}, parent)
{ }

SecretDeleteJob::~SecretDeleteJob() = default;

void SecretDeleteJob::deliver(const QString &, const Error &error)
{
    Q_EMIT finished(error);
}

} // namespace mlr
