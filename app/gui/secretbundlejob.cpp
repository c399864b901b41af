#include "secretbundlejob.h"

#include "secrets/secretjobs.h"
#include "secrets/secretstore.h"

namespace mlr::gui {

SecretBundleJob::SecretBundleJob(SecretStore *store, const QString &profile, bool writing, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_profile(profile)
    , m_writing(writing)
{
}

SecretBundleJob::~SecretBundleJob() = default;

SecretBundleJob *SecretBundleJob::read(SecretStore *store, const QString &profile,
                                       const QList<SecretKind> &kinds, QObject *parent)
{
    auto *job = new SecretBundleJob(store, profile, false, parent);
    job->m_pending = kinds;
    return job;
}

SecretBundleJob *SecretBundleJob::write(SecretStore *store, const QString &profile, const Values &values,
                                        QObject *parent)
{
    auto *job = new SecretBundleJob(store, profile, true, parent);
    job->m_pending = values.keys();
    job->m_values = values;
    return job;
}

void SecretBundleJob::start()
{
    Q_ASSERT(!m_started);
    m_started = true;
    // Always finish from the event loop, even with nothing to do.
    QMetaObject::invokeMethod(this, &SecretBundleJob::next, Qt::QueuedConnection);
}

void SecretBundleJob::next()
{
    if (m_pending.isEmpty()) {
        m_current.reset();
        Q_EMIT finished(m_values, m_error);
        return;
    }
    const SecretKind kind = m_pending.takeFirst();
    if (m_writing) {
        SecretWriteJob *job = m_store->write(m_profile, kind, m_values.value(kind), this);
        connect(job, &SecretWriteJob::finished, this,
                [this, kind](const Error &error) { entryFinished(kind, m_values.value(kind), error); });
        m_current.reset(job);
        job->start();
    } else {
        SecretReadJob *job = m_store->read(m_profile, kind, this);
        connect(job, &SecretReadJob::finished, this,
                [this, kind](const QString &value, const Error &error) { entryFinished(kind, value, error); });
        m_current.reset(job);
        job->start();
    }
}

void SecretBundleJob::entryFinished(SecretKind kind, const QString &value, const Error &error)
{
    m_sessionOnly = m_sessionOnly || m_current->isSessionOnly();
    // The finished job is still on the stack: delete it later, not here.
    m_current.release()->deleteLater();
    if (error.isError() && !m_error.isError())
        m_error = error;
    if (!m_writing && !error.isError())
        m_values.insert(kind, value);
    next();
}

} // namespace mlr::gui
