#include "azureml/amlstate.h"

#include <QJsonArray>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace mlr::server {

namespace {

QString time(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime time(const QJsonValue &v)
{
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    t.setTimeSpec(Qt::UTC);
    return t;
}

const QString restartMessage = u"mlstudio-local stopped while this was in progress (it restarted at %1)."_s;

} // namespace

QString AmlWorkspace::makeKey(const QString &subscription, const QString &group, const QString &name)
{
    return (subscription + u'/' + group + u'/' + name).toLower();
}

QString AmlWorkspace::key() const
{
    return makeKey(subscriptionId, resourceGroup, name);
}

QString AmlWorkspace::armId() const
{
    return u"/subscriptions/%1/resourceGroups/%2/providers/Microsoft.MachineLearningServices/workspaces/%3"_s
        .arg(subscriptionId, resourceGroup, name);
}

QString AmlAssetVersion::makeKey(
    const QString &workspaceKey, const QString &kind, const QString &name, const QString &version)
{
    return (workspaceKey + u'/' + kind + u'/' + name + u"/versions/"_s + version).toLower();
}

QString AmlAssetVersion::key() const
{
    return makeKey(workspaceKey, kind, name, version);
}

bool AmlJob::isTerminal() const
{
    return status == u"Completed"_s || status == u"Failed"_s || status == u"Canceled"_s;
}

QJsonObject AmlState::toJson() const
{
    QJsonArray ws, assetList, jobList, endpointList, deploymentList, operationList;
    for (const AmlWorkspace &w : workspaces)
        ws.append(
            QJsonObject { { u"subscriptionId"_s, w.subscriptionId }, { u"resourceGroup"_s, w.resourceGroup },
                { u"name"_s, w.name }, { u"location"_s, w.location }, { u"workspaceId"_s, w.workspaceId },
                { u"friendlyName"_s, w.friendlyName }, { u"created"_s, time(w.created) } });
    for (const AmlAssetVersion &a : assets)
        assetList.append(QJsonObject { { u"workspace"_s, a.workspaceKey }, { u"kind"_s, a.kind },
            { u"name"_s, a.name }, { u"version"_s, a.version }, { u"properties"_s, a.properties },
            { u"created"_s, time(a.created) }, { u"modified"_s, time(a.modified) } });
    for (const AmlJob &j : jobs)
        jobList.append(QJsonObject { { u"workspace"_s, j.workspaceKey }, { u"name"_s, j.name },
            { u"properties"_s, j.properties }, { u"status"_s, j.status }, { u"created"_s, time(j.created) },
            { u"started"_s, time(j.started) }, { u"ended"_s, time(j.ended) }, { u"errorCode"_s, j.errorCode },
            { u"errorMessage"_s, j.errorMessage }, { u"outputUris"_s, j.outputUris },
            { u"metrics"_s, j.metrics }, { u"params"_s, j.params },
            { u"cancelRequested"_s, j.cancelRequested } });
    for (const AmlEndpoint &e : endpoints)
        endpointList.append(QJsonObject { { u"workspace"_s, e.workspaceKey }, { u"name"_s, e.name },
            { u"location"_s, e.location }, { u"identity"_s, e.identity }, { u"tags"_s, e.tags },
            { u"properties"_s, e.properties }, { u"provisioningState"_s, e.provisioningState },
            { u"primaryKey"_s, e.primaryKey }, { u"secondaryKey"_s, e.secondaryKey },
            { u"endpointId"_s, e.endpointId }, { u"created"_s, time(e.created) },
            { u"modified"_s, time(e.modified) } });
    for (const AmlDeployment &d : deployments)
        deploymentList.append(QJsonObject { { u"endpoint"_s, d.endpointKey }, { u"name"_s, d.name },
            { u"location"_s, d.location }, { u"sku"_s, d.sku }, { u"tags"_s, d.tags },
            { u"properties"_s, d.properties }, { u"provisioningState"_s, d.provisioningState },
            { u"created"_s, time(d.created) }, { u"modified"_s, time(d.modified) }, { u"log"_s, d.log } });
    for (const AmlOperation &o : operations)
        operationList.append(QJsonObject { { u"id"_s, o.id }, { u"subscriptionId"_s, o.subscriptionId },
            { u"location"_s, o.location }, { u"verb"_s, o.verb }, { u"target"_s, o.targetKey },
            { u"status"_s, o.status }, { u"start"_s, time(o.start) }, { u"end"_s, time(o.end) },
            { u"errorCode"_s, o.errorCode }, { u"errorMessage"_s, o.errorMessage },
            { u"pending"_s, o.pending }, { u"noEffect"_s, o.noEffect } });
    return { { u"workspaces"_s, ws }, { u"assets"_s, assetList }, { u"jobs"_s, jobList },
        { u"onlineEndpoints"_s, endpointList }, { u"deployments"_s, deploymentList },
        { u"operations"_s, operationList } };
}

void AmlState::fromJson(const QJsonObject &json)
{
    *this = {};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString restarted = restartMessage.arg(time(now));
    for (const QJsonValue &v : json[u"workspaces"_s].toArray()) {
        const QJsonObject o = v.toObject();
        AmlWorkspace w { o[u"subscriptionId"_s].toString(), o[u"resourceGroup"_s].toString(),
            o[u"name"_s].toString(), o[u"location"_s].toString(), o[u"workspaceId"_s].toString(),
            o[u"friendlyName"_s].toString(), time(o[u"created"_s]) };
        workspaces.insert(w.key(), w);
    }
    for (const QJsonValue &v : json[u"assets"_s].toArray()) {
        const QJsonObject o = v.toObject();
        AmlAssetVersion a { o[u"workspace"_s].toString(), o[u"kind"_s].toString(), o[u"name"_s].toString(),
            o[u"version"_s].toString(), o[u"properties"_s].toObject(), time(o[u"created"_s]),
            time(o[u"modified"_s]) };
        assets.insert(a.key(), a);
    }
    for (const QJsonValue &v : json[u"jobs"_s].toArray()) {
        const QJsonObject o = v.toObject();
        AmlJob j;
        j.workspaceKey = o[u"workspace"_s].toString();
        j.name = o[u"name"_s].toString();
        j.properties = o[u"properties"_s].toObject();
        j.status = o[u"status"_s].toString();
        j.created = time(o[u"created"_s]);
        j.started = time(o[u"started"_s]);
        j.ended = time(o[u"ended"_s]);
        j.errorCode = o[u"errorCode"_s].toString();
        j.errorMessage = o[u"errorMessage"_s].toString();
        j.outputUris = o[u"outputUris"_s].toObject();
        j.metrics = o[u"metrics"_s].toObject();
        j.params = o[u"params"_s].toObject();
        j.cancelRequested = o[u"cancelRequested"_s].toBool();
        if (!j.isTerminal()) {
            j.errorCode = u"SystemError"_s;
            j.errorMessage = u"The job was interrupted in status %1: %2 No outputs were registered; submit "
                             u"the job again."_s.arg(j.status, restarted);
            j.status = u"Failed"_s;
            j.ended = now;
        }
        jobs.insert(j.key(), j);
    }
    for (const QJsonValue &v : json[u"onlineEndpoints"_s].toArray()) {
        const QJsonObject o = v.toObject();
        AmlEndpoint e;
        e.workspaceKey = o[u"workspace"_s].toString();
        e.name = o[u"name"_s].toString();
        e.location = o[u"location"_s].toString();
        e.identity = o[u"identity"_s].toObject();
        e.tags = o[u"tags"_s].toObject();
        e.properties = o[u"properties"_s].toObject();
        e.provisioningState = o[u"provisioningState"_s].toString();
        e.primaryKey = o[u"primaryKey"_s].toString();
        e.secondaryKey = o[u"secondaryKey"_s].toString();
        e.endpointId = o[u"endpointId"_s].toString();
        e.created = time(o[u"created"_s]);
        e.modified = time(o[u"modified"_s]);
        endpoints.insert(e.key(), e);
    }
    for (const QJsonValue &v : json[u"deployments"_s].toArray()) {
        const QJsonObject o = v.toObject();
        AmlDeployment d;
        d.endpointKey = o[u"endpoint"_s].toString();
        d.name = o[u"name"_s].toString();
        d.location = o[u"location"_s].toString();
        d.sku = o[u"sku"_s].toObject();
        d.tags = o[u"tags"_s].toObject();
        d.properties = o[u"properties"_s].toObject();
        d.provisioningState = o[u"provisioningState"_s].toString();
        d.created = time(o[u"created"_s]);
        d.modified = time(o[u"modified"_s]);
        d.log = o[u"log"_s].toString();
        deployments.insert(d.key(), d);
    }
    for (const QJsonValue &v : json[u"operations"_s].toArray()) {
        const QJsonObject o = v.toObject();
        AmlOperation op;
        op.id = o[u"id"_s].toString();
        op.subscriptionId = o[u"subscriptionId"_s].toString();
        op.location = o[u"location"_s].toString();
        op.verb = o[u"verb"_s].toString();
        op.targetKey = o[u"target"_s].toString();
        op.status = o[u"status"_s].toString();
        op.start = time(o[u"start"_s]);
        op.end = time(o[u"end"_s]);
        op.errorCode = o[u"errorCode"_s].toString();
        op.errorMessage = o[u"errorMessage"_s].toString();
        op.pending = o[u"pending"_s].toObject();
        op.noEffect = o[u"noEffect"_s].toBool();
        if (op.status == u"Updating"_s) {
            op.status = u"Failed"_s;
            op.end = now;
            op.errorCode = u"InternalServerError"_s;
            op.errorMessage = u"The operation did not complete: %1 Nothing of it took effect; repeat the "
                              u"request."_s.arg(restarted);
            if (auto e = endpoints.find(op.targetKey); e != endpoints.end())
                e->provisioningState = u"Failed"_s;
            if (auto d = deployments.find(op.targetKey); d != deployments.end())
                d->provisioningState = u"Failed"_s;
        }
        operations.insert(op.id.toLower(), op);
    }
}

} // namespace mlr::server
