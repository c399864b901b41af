#pragma once

#include "http/error.h"
#include "secrets/secretnames.h"

#include <QMap>
#include <QObject>
#include <QString>

#include <memory>

namespace mlr {
class SecretJob;
class SecretStore;
} // namespace mlr

namespace mlr::gui {

// Reads or writes several secrets of one profile as a single job, one entry at a time.
// Same contract as the core jobs: start() once; finished fires exactly once, from the
// event loop; destroying the job cancels it (nothing is emitted afterwards); the job does
// not delete itself.
class SecretBundleJob : public QObject
{
    Q_OBJECT

public:
    using Values = QMap<SecretKind, QString>;

    // Reads `kinds`; finished() gets the values found (a missing entry reads as empty).
    static SecretBundleJob *read(SecretStore *store, const QString &profile, const QList<SecretKind> &kinds,
                                 QObject *parent);
    // Writes `values` (an empty value deletes the entry); finished() gets them back.
    static SecretBundleJob *write(SecretStore *store, const QString &profile, const Values &values,
                                  QObject *parent);
    ~SecretBundleJob() override;

    void start();
    QString profile() const { return m_profile; }
    // Meaningful after finished: some value was served from, or kept in, session memory only.
    bool isSessionOnly() const { return m_sessionOnly; }

Q_SIGNALS:
    // Every entry is attempted; `error` is the first failure (the others are dropped).
    void finished(const QMap<mlr::SecretKind, QString> &values, const mlr::Error &error);

private:
    SecretBundleJob(SecretStore *store, const QString &profile, bool writing, QObject *parent);
    void next();
    void entryFinished(SecretKind kind, const QString &value, const Error &error);

    SecretStore *m_store;
    QString m_profile;
    bool m_writing;
    QList<SecretKind> m_pending;
    Values m_values;
    Error m_error;
    std::unique_ptr<SecretJob> m_current;
    bool m_started = false;
    bool m_sessionOnly = false;
};

} // namespace mlr::gui
