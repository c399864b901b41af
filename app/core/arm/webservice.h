#pragma once

#include "http/error.h"
#include "http/httpcall.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QUrl>

// Microsoft.MachineLearning/webServices (api-version 2017-01-01) on the wire: URLs, list
// items, keys, operation status and ARM error bodies. Pure functions, no network.
namespace mlr::arm {

QString defaultApiVersion(); // "2017-01-01"
QUrl defaultArmUrl(); // https://management.azure.com

// Where the web services live: ARM endpoint, subscription, resource group.
struct ArmTarget
{
    Q_DECLARE_TR_FUNCTIONS(ArmTarget)

public:
    QUrl armUrl = defaultArmUrl();
    QString subscriptionId;
    QString resourceGroup; // may be empty for listing by subscription only
    QString apiVersion = defaultApiVersion();

    // /subscriptions/{sub}/resourceGroups/{rg}/providers/Microsoft.MachineLearning/webServices/{name}
    QUrl webServiceUrl(const QString &name) const;
    QUrl listKeysUrl(const QString &name) const;
    // byResourceGroup: .../resourceGroups/{rg}/providers/...; else the whole subscription.
    QUrl listUrl(bool byResourceGroup) const;

    // Error::Input when the ARM URL is not https (or http to loopback), the subscription is
    // empty, or needResourceGroup and the group is empty; names are checked against ARM's
    // rules (no '/', '?', '#').
    Error validate(bool needResourceGroup = true) const;
    // May the bearer token be sent to url? https (or loopback http) and the ARM host itself or
    // a regional host under it (westus.management.azure.com for management.azure.com).
    bool mayReceiveToken(const QUrl &url) const;
};

// A web service as a list item (sparse) or a GET answer (full: raw has everything).
struct WebServiceSummary
{
    QString id, name, location, resourceGroup; // resourceGroup parsed from id
    QString title, description, provisioningState, storageAccount, packageType;
    bool readOnly = false;
    QDateTime createdOn, modifiedOn;
    QJsonObject raw;
};
WebServiceSummary summaryFromJson(const QJsonObject &resource);

struct WebServiceKeys
{
    QString primary, secondary;
};
// {"primary","secondary"}; both registered with the redaction. nullopt with Error::Parse.
std::optional<WebServiceKeys> parseKeys(const QByteArray &body, Error *error);

// One page of a list: items and the absolute nextLink (empty on the last page).
struct WebServicePage
{
    QList<WebServiceSummary> items;
    QUrl nextLink;
};
std::optional<WebServicePage> parsePage(const QByteArray &body, Error *error);

// The state of a long-running operation (GET on its Azure-AsyncOperation URL).
struct OperationStatus
{
    QString status; // "Provisioning", "Succeeded", "Failed", "Canceled", ...
    double percentComplete = -1; // 0..1 when given
    QString errorCode, errorMessage; // when Failed / Canceled
    bool isTerminal() const; // Succeeded, Failed, Canceled (any case)
    bool succeeded() const;
};
// Reads `status` (also the spec's `provisioningState`) and `error` (or `errorInfo`).
std::optional<OperationStatus> parseOperationStatus(const QByteArray &body, Error *error);

// Makes an ARM error specific: serviceCode becomes the first detail's code when the body has
// details (e.g. "CannotChangeStorageAccount" under "BadRequest"), and serviceMessage joins
// the top-level and the detail messages (redacted).
void addArmErrorDetails(Error &error, const QByteArray &body);

} // namespace mlr::arm

Q_DECLARE_METATYPE(mlr::arm::WebServiceSummary)
Q_DECLARE_METATYPE(mlr::arm::WebServiceKeys)
Q_DECLARE_METATYPE(mlr::arm::OperationStatus)
