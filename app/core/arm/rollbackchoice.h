#pragma once

#include "arm/modelsourcejob.h"
#include "arm/webservice.h"
#include "http/retrypolicy.h"
#include "storage/storageaccount.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>
#include <optional>

class QNetworkAccessManager;

// `rollback` without a backup named: which backup to go back to.
namespace mlr::arm {

class TokenProvider;
class WebServiceGetJob;

// Why a backup whose trained model is `uri` is not a way back for a service that uses
// currentUri, given what ModelSourceCheckJob found about it (readError: the backup did not
// read); empty when it is one. Skipped: a backup that does not read, one that names the model
// the service uses now (or the same bytes), one whose model blob does not exist.
QString rollbackSkipReason(
    const QString &uri, const Error &readError, const QString &currentUri, const ModelSourceReport &report);

struct RollbackChoice
{
    QString file; // the backup chosen; empty when none
    QString uri; // its trained model
    QStringList skipped; // "<file>: <reason>", newest first
};

// Reads the service (GET) and goes through its backups in backupDirectory, newest first, until
// one is a way back (rollbackSkipReason); with a storage account the model blobs are looked at
// (HEAD, and the bytes against the current model's), without one only the uris are compared.
// finished() once, always asynchronously: the choice, or Error::Input naming every backup
// skipped and why (no backup, or none usable). Destroying the job cancels it.
class RollbackChoiceJob : public QObject
{
    Q_OBJECT

public:
    RollbackChoiceJob(QNetworkAccessManager *nam, TokenProvider *tokens, ArmTarget target,
        QString serviceName, QString assetId, QString backupDirectory, std::optional<StorageAccount> storage,
        QObject *parent = nullptr);
    ~RollbackChoiceJob() override;

    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    void start();

Q_SIGNALS:
    void finished(const mlr::arm::RollbackChoice &choice, const mlr::Error &error);

private:
    void next();
    void finish(const Error &error);

    QPointer<QNetworkAccessManager> m_nam;
    QPointer<TokenProvider> m_tokens;
    ArmTarget m_target;
    QString m_serviceName, m_assetId, m_directory;
    std::optional<StorageAccount> m_storage;
    RetryPolicy m_policy;
    QJsonObject m_service;
    QString m_currentUri;
    QStringList m_backups;
    int m_index = 0;
    RollbackChoice m_choice;
    std::unique_ptr<WebServiceGetJob> m_get;
    std::unique_ptr<ModelSourceCheckJob> m_check;
    bool m_started = false;
    bool m_finished = false;
};

} // namespace mlr::arm

Q_DECLARE_METATYPE(mlr::arm::RollbackChoice)
