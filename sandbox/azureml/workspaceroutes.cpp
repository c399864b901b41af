#include "azureml/workspaceroutes.h"

#include "server/httpfront.h"
#include "server/jsonutil.h"

using namespace Qt::StringLiterals;

namespace mlr::server {

namespace {

const QString provider = u"/providers/Microsoft\\.MachineLearningServices/workspaces"_s;
const QString blobStore = u"workspaceblobstore"_s;
const QString artifactStore = u"workspaceartifactstore"_s;

} // namespace

WorkspaceRoutes::WorkspaceRoutes(AmlSupport *support)
    : m_support(support)
{
    const auto bind = [this](void (WorkspaceRoutes::*method)(const Request &, const ResponderPtr &)) {
        return [this, method](const Request &r, const ResponderPtr &p) {
            (this->*method)(r, p);
        };
    };
    const QString ws = AmlSupport::workspacePattern;
    // Microsoft.Resources' Subscriptions - List: the subscriptions that hold a workspace.
    support->addArmRoute(
        "GET", u"/subscriptions"_s, u"aml.subscriptions.list"_s, bind(&WorkspaceRoutes::onSubscriptions));
    support->addArmRoute("GET", AmlSupport::subscriptionPattern + provider, u"aml.workspaces.list"_s,
        bind(&WorkspaceRoutes::onList));
    support->addArmRoute("GET", AmlSupport::subscriptionPattern + u"/resourceGroups/([^/]+)"_s + provider,
        u"aml.workspaces.list"_s, bind(&WorkspaceRoutes::onList));
    support->addArmRoute("GET", ws, u"aml.workspaces.get"_s, bind(&WorkspaceRoutes::onGet));
    support->addArmRoute("POST", ws + u"/listStorageAccountKeys"_s, u"aml.workspaces.keys"_s,
        bind(&WorkspaceRoutes::onStorageKeys));
    support->addArmRoute(
        "GET", ws + u"/datastores"_s, u"aml.datastores.list"_s, bind(&WorkspaceRoutes::onDatastores));
    support->addArmRoute(
        "GET", ws + u"/datastores/([^/]+)"_s, u"aml.datastores.get"_s, bind(&WorkspaceRoutes::onDatastore));
    support->addArmRoute("POST", ws + u"/datastores/([^/]+)/listSecrets"_s, u"aml.datastores.secrets"_s,
        bind(&WorkspaceRoutes::onListSecrets));
    support->context()->azureml->addRoute(
        "GET", u"/discovery"_s, u"aml.discovery"_s, [support](const Request &, const ResponderPtr &p) {
            const QString base = support->base();
            support->sendJson(p, 200,
                { { u"api"_s, base }, { u"catalog"_s, base }, { u"experimentation"_s, base },
                    { u"history"_s, base }, { u"modelmanagement"_s, base }, { u"pipelines"_s, base },
                    { u"studiocoreservices"_s, base } });
        });
}

QStringList WorkspaceRoutes::datastoreNames()
{
    return { blobStore, artifactStore };
}

QString WorkspaceRoutes::datastoreContainer(const AmlWorkspace &workspace, const QString &datastore)
{
    if (datastore.compare(blobStore, Qt::CaseInsensitive) == 0)
        return workspace.blobContainer();
    if (datastore.compare(artifactStore, Qt::CaseInsensitive) == 0)
        return u"azureml"_s;
    return {};
}

QJsonObject WorkspaceRoutes::workspaceJson(const AmlWorkspace &w) const
{
    const QString base = m_support->base();
    const QString account = m_support->context()->storage ? m_support->context()->storage->name : QString();
    const QString group
        = u"/subscriptions/%1/resourceGroups/%2/providers/"_s.arg(w.subscriptionId, w.resourceGroup);
    QJsonObject body = AmlSupport::resource(
        w.armId(), w.name, u"Microsoft.MachineLearningServices/workspaces"_s, w.created, w.created);
    body.insert(u"location"_s, w.location);
    body.insert(u"tags"_s, QJsonObject {});
    body.insert(u"identity"_s,
        QJsonObject { { u"type"_s, u"SystemAssigned"_s }, { u"principalId"_s, w.workspaceId },
            { u"tenantId"_s, w.workspaceId } });
    body.insert(u"sku"_s, QJsonObject { { u"name"_s, u"Basic"_s }, { u"tier"_s, u"Basic"_s } });
    body.insert(u"properties"_s,
        QJsonObject { { u"workspaceId"_s, w.workspaceId }, { u"friendlyName"_s, w.friendlyName },
            { u"description"_s, u"mlstudio-local workspace"_s }, { u"provisioningState"_s, u"Succeeded"_s },
            { u"storageAccount"_s, QString(group + u"Microsoft.Storage/storageAccounts/"_s + account) },
            { u"keyVault"_s, QString(group + u"Microsoft.KeyVault/vaults/kv-"_s + w.name) },
            { u"applicationInsights"_s, QString(group + u"Microsoft.insights/components/ai-"_s + w.name) },
            { u"publicNetworkAccess"_s, u"Enabled"_s },
            { u"discoveryUrl"_s, QString(base + u"/discovery"_s) },
            { u"mlFlowTrackingUri"_s,
                QString(u"azureml://"_s + QUrl(base).authority() + u"/mlflow/v1.0"_s + w.armId()) },
            { u"v1LegacyMode"_s, false }, { u"hbiWorkspace"_s, false } });
    return body;
}

void WorkspaceRoutes::onSubscriptions(const Request &request, const ResponderPtr &responder)
{
    QStringList ids;
    for (const AmlWorkspace &w : std::as_const(m_support->state().workspaces))
        if (!ids.contains(w.subscriptionId, Qt::CaseInsensitive))
            ids.append(w.subscriptionId);
    ids.sort(Qt::CaseInsensitive);
    QJsonArray items;
    for (const QString &id : std::as_const(ids))
        items.append(QJsonObject { { u"id"_s, QString(u"/subscriptions/"_s + id) },
            { u"authorizationSource"_s, u"RoleBased"_s }, { u"subscriptionId"_s, id },
            { u"displayName"_s, u"mlstudio-local %1"_s.arg(id.left(8)) }, { u"state"_s, u"Enabled"_s },
            { u"subscriptionPolicies"_s,
                QJsonObject { { u"locationPlacementId"_s, u"Public_2014-09-01"_s },
                    { u"quotaId"_s, u"PayAsYouGo_2014-09-01"_s }, { u"spendingLimit"_s, u"Off"_s } } } });
    m_support->sendList(request, responder, items);
}

void WorkspaceRoutes::onList(const Request &request, const ResponderPtr &responder)
{
    const bool byGroup
        = !request.capture(2).isEmpty() && request.path.contains(u"/resourceGroups/"_s, Qt::CaseInsensitive);
    QJsonArray items;
    for (const AmlWorkspace &w : std::as_const(m_support->state().workspaces))
        if (w.subscriptionId.compare(request.capture(1), Qt::CaseInsensitive) == 0
            && (!byGroup || w.resourceGroup.compare(request.capture(2), Qt::CaseInsensitive) == 0))
            items.append(workspaceJson(w));
    m_support->sendList(request, responder, items);
}

void WorkspaceRoutes::onGet(const Request &request, const ResponderPtr &responder)
{
    if (const AmlWorkspace *w = m_support->workspace(request, responder))
        m_support->sendJson(responder, 200, workspaceJson(*w));
}

void WorkspaceRoutes::onStorageKeys(const Request &request, const ResponderPtr &responder)
{
    if (!m_support->workspace(request, responder))
        return;
    const auto &storage = m_support->context()->storage;
    m_support->sendJson(responder, 200,
        { { u"userStorageKey"_s, storage ? storage->key : QString() },
            { u"userStorageResourceId"_s, QString() } });
}

QJsonObject WorkspaceRoutes::datastoreJson(const AmlWorkspace &w, const QString &name) const
{
    const bool isBlob = name == blobStore;
    const auto &storage = m_support->context()->storage;
    QJsonObject body = AmlSupport::resource(w.armId() + u"/datastores/"_s + name, name,
        u"Microsoft.MachineLearningServices/workspaces/datastores"_s, w.created, w.created);
    body.insert(u"properties"_s,
        QJsonObject { { u"datastoreType"_s, u"AzureBlob"_s }, { u"isDefault"_s, isBlob },
            { u"credentials"_s, QJsonObject { { u"credentialsType"_s, u"AccountKey"_s } } },
            { u"accountName"_s, storage ? storage->name : QString() },
            { u"containerName"_s, datastoreContainer(w, name) }, { u"endpoint"_s, u"core.windows.net"_s },
            { u"protocol"_s, u"https"_s },
            { u"serviceDataAccessAuthIdentity"_s, u"WorkspaceSystemAssignedIdentity"_s },
            { u"description"_s,
                isBlob ? u"The workspace's default blob store."_s : u"The workspace's run artifacts."_s },
            // The sandbox's account is Azurite, not *.blob.core.windows.net: its endpoint.
            { u"properties"_s,
                QJsonObject { { u"mlstudio.blobEndpoint"_s,
                    storage ? storage->blobEndpoint.toString() : QString() } } },
            { u"tags"_s, QJsonObject {} } });
    return body;
}

void WorkspaceRoutes::onDatastores(const Request &request, const ResponderPtr &responder)
{
    const AmlWorkspace *w = m_support->workspace(request, responder);
    if (!w)
        return;
    const bool onlyDefault = request.query(u"isDefault").compare(u"true"_s, Qt::CaseInsensitive) == 0;
    const QStringList names = request.query(u"names").split(u',', Qt::SkipEmptyParts);
    QJsonArray items;
    for (const QString &name : datastoreNames())
        if ((!onlyDefault || name == blobStore)
            && (names.isEmpty() || names.contains(name, Qt::CaseInsensitive)))
            items.append(datastoreJson(*w, name));
    m_support->sendList(request, responder, items);
}

void WorkspaceRoutes::onDatastore(const Request &request, const ResponderPtr &responder)
{
    const AmlWorkspace *w = m_support->workspace(request, responder);
    if (!w)
        return;
    for (const QString &name : datastoreNames())
        if (name.compare(request.capture(4), Qt::CaseInsensitive) == 0)
            return m_support->sendJson(responder, 200, datastoreJson(*w, name));
    m_support->sendNotFound(responder, u"datastores"_s, request.capture(4));
}

void WorkspaceRoutes::onListSecrets(const Request &request, const ResponderPtr &responder)
{
    const AmlWorkspace *w = m_support->workspace(request, responder);
    if (!w)
        return;
    if (!datastoreNames().contains(request.capture(4), Qt::CaseInsensitive))
        return m_support->sendNotFound(responder, u"datastores"_s, request.capture(4));
    const auto &storage = m_support->context()->storage;
    m_support->sendJson(responder, 200,
        { { u"secretsType"_s, u"AccountKey"_s }, { u"key"_s, storage ? storage->key : QString() } });
}

} // namespace mlr::server
