#pragma once

#include "azureml/amlget.h"
#include "azureml/amlwrite.h"
#include "storage/storageaccount.h"

#include <QObject>

#include <memory>
#include <optional>

namespace mlr::azureml {

// A path of a datastore: azureml://datastores/{datastore}/paths/{path}.
struct DatastorePath
{
    QString datastore;
    QString path; // no leading '/'
};

// nullopt for any other form (a job output, a data asset, a URL). Pure.
std::optional<DatastorePath> parseDatastoreUri(const QString &uri);
QString datastoreUri(const QString &datastore, const QString &path);

// What it takes to read and write the blobs of an Azure Blob datastore.
struct DatastoreAccess
{
    QString name; // the datastore (e.g. workspaceblobstore)
    StorageAccount account; // with the account key of listSecrets
    QString container;
};

// The account and container of a datastore body and its listSecrets answer: accountName,
// containerName, protocol + endpoint (https://{account}.blob.{endpoint}), or the sandbox's
// properties["mlstudio.blobEndpoint"]; the key registered with the redaction. Error::Input
// for a datastore that is not Azure Blob or whose secrets are not an account key (SAS and
// identity-based datastores need the user's own storage credentials). Pure.
std::optional<DatastoreAccess> datastoreAccess(
    const QJsonObject &datastore, const QJsonObject &secrets, Error *error);
// Where a datastore body says its blobs are (name, account name, blob endpoint as above,
// container), without a key. Pure.
DatastoreAccess datastoreLocation(const QJsonObject &datastore);

// Finds a datastore of the workspace (empty name: the default one, GET datastores?isDefault=true)
// and its account key (POST listSecrets). Contract: start() once; finished() exactly once;
// destroying the job cancels it. When the datastore was found but its key could not be had
// (listSecrets refused, or not an account key), the error comes with datastoreLocation():
// what the user's own credentials are for.
class DatastoreAccessJob : public QObject
{
    Q_OBJECT

public:
    DatastoreAccessJob(QNetworkAccessManager *nam, arm::TokenProvider *tokens, WorkspaceTarget target,
        QString datastore = {}, QObject *parent = nullptr);
    ~DatastoreAccessJob() override;

    // Before start(): the user's own credentials for the datastore's account (a key or a SAS),
    // instead of the workspace's listSecrets (e.g. a datastore without an account key). The
    // account must be the datastore's (Error::Input otherwise).
    void setOwnAccount(const StorageAccount &account) { m_own = account; }
    void start();

Q_SIGNALS:
    void finished(const mlr::azureml::DatastoreAccess &access, const mlr::Error &error);

private:
    void onDatastore(const QJsonObject &body, const Error &error);
    void finish(const DatastoreAccess &access, const Error &error);

    QNetworkAccessManager *m_nam;
    arm::TokenProvider *m_tokens;
    WorkspaceTarget m_target;
    QString m_name;
    QJsonObject m_datastore;
    std::optional<StorageAccount> m_own;
    std::unique_ptr<WorkspaceGetJob> m_get;
    std::unique_ptr<WorkspaceWriteJob> m_secrets;
    bool m_finished = false;
};

} // namespace mlr::azureml

Q_DECLARE_METATYPE(mlr::azureml::DatastoreAccess)
