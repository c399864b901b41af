#pragma once

// What a user picks a workspace and an endpoint from: the subscriptions the sign-in can see,
// the Azure Machine Learning workspaces of one, the online endpoints of a workspace. The URLs
// to GET (through WorkspaceGetJob, Kind::List) and the parsing of the answers; pure.

#include "arm/webservice.h"
#include "http/error.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

namespace mlr::azureml {

struct SubscriptionSummary
{
    QString id; // the GUID
    QString displayName;
    QString state; // Enabled, Disabled, Warned, PastDue, Deleted
};

struct WorkspaceSummary
{
    QString name;
    QString resourceGroup; // from the resource id
    QString location;
    QString friendlyName; // properties.friendlyName; may be empty
};

// {arm}/subscriptions?api-version=2022-12-01 (Microsoft.Resources).
QUrl subscriptionsUrl(const QUrl &armUrl);
// {arm}/subscriptions/{s}/providers/Microsoft.MachineLearningServices/workspaces?api-version=
// (the workspace api-version).
QUrl workspacesUrl(const QUrl &armUrl, const QString &subscriptionId);

// The items of a {"value": [...]} list, sorted by display name (subscriptions) or by name
// and resource group (workspaces); an item without its id or name is an Error::Parse that
// names it. Subscriptions that are not Enabled are kept (the caller may show their state).
QList<SubscriptionSummary> parseSubscriptions(const QJsonObject &list, Error *error);
QList<WorkspaceSummary> parseWorkspaces(const QJsonObject &list, Error *error);

} // namespace mlr::azureml
