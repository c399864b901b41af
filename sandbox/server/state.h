#pragma once

#include "azureml/amlstate.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QString>
#include <QStringList>

namespace mlr::server {

// An application registered with the login surface (a service principal or a public client).
struct ClientApp
{
    QString tenant; // tenant id (GUID)
    QString clientId;
    QString secret; // empty for a public client (device code only)
    QString name;
};

// An issued token, stored by the SHA-256 of its value (the value itself is never kept).
struct TokenRecord
{
    enum class Kind
    {
        Access,
        Refresh
    };
    Kind kind = Kind::Access;
    QString tenant;
    QString clientId;
    QString scope;
    QString subject; // "app:<clientId>" or "user:<user code owner>"
    QDateTime expiresUtc;
};

struct DeviceCode
{
    enum class Status
    {
        Pending,
        Approved,
        Denied,
        Redeemed
    };
    QString deviceCodeHash; // SHA-256 of the device_code
    QString userCode;
    QString tenant;
    QString clientId;
    QString scope;
    QDateTime expiresUtc;
    int interval = 5;
    QDateTime lastPollUtc;
    Status status = Status::Pending;
};

// An ARM web service. `properties` is the stored definition, camelCase as the swagger
// spells it, without the secret or immutable parts kept apart below and without the
// read-only members (which are computed on output).
struct WebService
{
    QString subscriptionId;
    QString resourceGroup;
    QString name;
    QString location;
    QJsonObject tags;
    QJsonObject properties;
    QString primaryKey;
    QString secondaryKey;
    QString storageKey; // storageAccount.key (never returned)
    QString commitmentPlanId; // commitmentPlan.id (never returned by GET)
    QString serviceId; // 32 hex: the data-plane id
    QDateTime createdOn;
    QDateTime modifiedOn;
    QString provisioningState = QStringLiteral("Provisioning");
    // What the data plane runs: the properties as of the last successful operation; empty
    // until the first one succeeded (the service then answers 503 InitializingContainers).
    QJsonObject deployed;
    QStringList regions; // from CreateRegionalBlob

    QString key() const { return makeKey(subscriptionId, resourceGroup, name); }
    QString armId() const;
    static QString makeKey(const QString &subscription, const QString &group, const QString &name);
};

// An ARM asynchronous operation (Azure-AsyncOperation).
struct Operation
{
    QString id; // GUID
    QString subscriptionId;
    QString location; // normalised ("southcentralus")
    QString kind; // "create", "update", "delete", "regionalBlob"
    QString serviceKey;
    QString status = QStringLiteral("Provisioning"); // Provisioning | Succeeded | Failed
    QDateTime startUtc;
    QDateTime endUtc;
    double percent = 0;
    QString errorCode;
    QString errorMessage;
    bool noEffect = false; // fault "noop": report success, change nothing
    QJsonObject previous; // update: the stored properties before (restored on noEffect)
};

// A BES job. `request` is the submitted BatchExecutionRequest with PascalCase members
// normalised (Inputs, Outputs, GlobalParameters; references ConnectionString,
// RelativeLocation, BaseLocation, SasBlobToken). `results` maps output name to
// {"RelativeLocation","BaseLocation","AccountName","ConnectionString"} where the output was written.
struct BatchJob
{
    QString id; // 32 hex
    QString serviceId;
    QString status = QStringLiteral("NotStarted"); // NotStarted | Running | Failed | Cancelled | Finished
    QString details;
    QDateTime createdUtc;
    QDateTime startedUtc;
    QDateTime endedUtc;
    QJsonObject request;
    QJsonObject results;

    bool isTerminal() const;
};

// Everything mlstudio-local remembers, owned by the main thread. Mutators call changed(),
// which the persistence layer turns into a (coalesced) save of DIR/state.json.
class State : public QObject
{
    Q_OBJECT

public:
    explicit State(QObject *parent = nullptr);

    QMap<QString, ClientApp> clients; // by clientId (lowercase)
    QMap<QString, TokenRecord> tokens; // by SHA-256 hex of the token
    QMap<QString, DeviceCode> deviceCodes; // by deviceCodeHash
    QMap<QString, WebService> services; // by WebService::key()
    QMap<QString, Operation> operations; // by id (lowercase)
    QMap<QString, BatchJob> jobs; // by id (lowercase)
    AmlState azureml; // the Azure Machine Learning (v2) side

    WebService *serviceById(const QString &serviceId); // data-plane id, case-insensitive
    WebService *service(const QString &subscription, const QString &group, const QString &name);

    void changed() { Q_EMIT stateChanged(); }

    QJsonObject toJson() const;
    // Replaces the content. Jobs that were Running come back Failed, operations that were
    // Provisioning come back Failed (and their services Failed), with a message saying so.
    bool fromJson(const QJsonObject &json, QString *error);

    static QString hashSecret(const QString &value); // SHA-256 hex

Q_SIGNALS:
    void stateChanged();
};

} // namespace mlr::server
