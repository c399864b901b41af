#include "secrets/secretjobs.h"
#include "secrets/secretstore.h"

namespace mlr {

SecretBatchJob::SecretBatchJob(SecretStore *store, const QString &from, const QString &to, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_from(from)
    , m_to(to)
{ }

SecretBatchJob::~SecretBatchJob() = default; // destroying m_current cancels the step in flight

SecretKind SecretBatchJob::currentKind() const
{
    return allSecretKinds().at(m_kindIndex);
}

void SecretBatchJob::start()
{
    Q_ASSERT_X(!m_started, "SecretBatchJob::start", "started twice");
    if (m_started)
        return;
    m_started = true;
    if (!m_store) {
        finishLater(Error::keychain(tr("the secret store was closed")));
        return;
    }
    if (m_from.isEmpty()) {
        finishLater(Error::input(tr("A profile name is needed.")));
        return;
    }
    if (m_from == m_to) { // nothing to move
        finishLater({});
        return;
    }
    m_step = m_to.isEmpty() ? Step::DeleteSource : Step::ReadSource;
    runStep();
}

void SecretBatchJob::finishLater(const Error &error)
{
    QMetaObject::invokeMethod(
        this, [this, error] { Q_EMIT finished(error); }, Qt::QueuedConnection);
}

void SecretBatchJob::runStep()
{
    if (!m_store) {
        Q_EMIT finished(Error::keychain(tr("the secret store was closed")));
        return;
    }
    const SecretKind kind = currentKind();
    SecretJob *job = nullptr;
    switch (m_step) {
    case Step::ReadSource: {
        auto *read = m_store->read(m_from, kind, nullptr);
        connect(read, &SecretReadJob::finished, this, &SecretBatchJob::stepFinished);
        job = read;
        break;
    }
    case Step::WriteTarget: {
        auto *write = m_store->write(m_to, kind, m_value, nullptr);
        connect(write, &SecretWriteJob::finished, this, [this](const Error &e) { stepFinished({}, e); });
        job = write;
        break;
    }
    case Step::DeleteSource:
    case Step::DeleteTarget: {
        auto *remove = m_store->remove(m_step == Step::DeleteSource ? m_from : m_to, kind, nullptr);
        connect(remove, &SecretDeleteJob::finished, this, [this](const Error &e) { stepFinished({}, e); });
        job = remove;
        break;
    }
    }
    m_current.reset(job);
    job->start();
}

// Runs inside the finished() of m_current: that job is handed to the event loop for deletion.
void SecretBatchJob::stepFinished(const QString &value, const Error &error)
{
    m_current.release()->deleteLater();
    if (error) {
        m_value.clear();
        Q_EMIT finished(error);
        return;
    }
    const bool renaming = !m_to.isEmpty();
    bool kindDone = false;
    switch (m_step) {
    case Step::ReadSource:
        m_value = value;
        m_step = value.isEmpty() ? Step::DeleteTarget : Step::WriteTarget;
        break;
    case Step::WriteTarget:
        m_value.clear();
        m_step = Step::DeleteSource;
        break;
    case Step::DeleteSource:
    case Step::DeleteTarget:
        kindDone = true;
        break;
    }
    if (kindDone) {
        if (++m_kindIndex >= allSecretKinds().size()) {
            Q_EMIT finished({});
            return;
        }
        m_step = renaming ? Step::ReadSource : Step::DeleteSource;
    }
    runStep();
}

} // namespace mlr
