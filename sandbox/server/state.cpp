#include "server/state.h"

#include "server/jsonutil.h"

#include <QCryptographicHash>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace mlr::server {

namespace {

QString time(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime time(const QJsonValue &v)
{
    return v.isString() ? parseTime(v.toString()) : QDateTime();
}

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &item : v.toArray())
        out.append(item.toString());
    return out;
}

const char *tokenKindName(TokenRecord::Kind kind)
{
    return kind == TokenRecord::Kind::Access ? "access" : "refresh";
}

const char *deviceStatusName(DeviceCode::Status status)
{
    switch (status) {
    case DeviceCode::Status::Pending:
        return "pending";
    case DeviceCode::Status::Approved:
        return "approved";
    case DeviceCode::Status::Denied:
        return "denied";
    case DeviceCode::Status::Redeemed:
        return "redeemed";
    }
    return "pending";
}

DeviceCode::Status parseDeviceStatus(const QString &s)
{
    if (s == u"approved"_s)
        return DeviceCode::Status::Approved;
    if (s == u"denied"_s)
        return DeviceCode::Status::Denied;
    if (s == u"redeemed"_s)
        return DeviceCode::Status::Redeemed;
    return DeviceCode::Status::Pending;
}

} // namespace

QString WebService::makeKey(const QString &subscription, const QString &group, const QString &name)
{
    return (subscription + u'/' + group + u'/' + name).toLower();
}

QString WebService::armId() const
{
    return u"/subscriptions/%1/resourceGroups/%2/providers/Microsoft.MachineLearning/webServices/%3"_s.arg(
        subscriptionId, resourceGroup, name);
}

bool BatchJob::isTerminal() const
{
    return status == u"Failed"_s || status == u"Cancelled"_s || status == u"Finished"_s;
}

State::State(QObject *parent)
    : QObject(parent)
{ }

WebService *State::serviceById(const QString &serviceId)
{
    for (WebService &service : services)
        if (service.serviceId.compare(serviceId, Qt::CaseInsensitive) == 0)
            return &service;
    return nullptr;
}

WebService *State::service(const QString &subscription, const QString &group, const QString &name)
{
    const auto it = services.find(WebService::makeKey(subscription, group, name));
    return it == services.end() ? nullptr : &*it;
}

QString State::hashSecret(const QString &value)
{
    return QString::fromLatin1(QCryptographicHash::hash(value.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QJsonObject State::toJson() const
{
    QJsonArray clientList, tokenList, deviceList, serviceList, operationList, jobList;
    for (const ClientApp &c : clients)
        clientList.append(QJsonObject { { u"tenant"_s, c.tenant }, { u"clientId"_s, c.clientId },
            { u"secret"_s, c.secret }, { u"name"_s, c.name } });
    for (auto it = tokens.begin(); it != tokens.end(); ++it)
        tokenList.append(QJsonObject { { u"hash"_s, it.key() },
            { u"kind"_s, QString::fromLatin1(tokenKindName(it->kind)) }, { u"tenant"_s, it->tenant },
            { u"clientId"_s, it->clientId }, { u"scope"_s, it->scope }, { u"subject"_s, it->subject },
            { u"expires"_s, time(it->expiresUtc) } });
    for (const DeviceCode &d : deviceCodes)
        deviceList.append(QJsonObject { { u"hash"_s, d.deviceCodeHash }, { u"userCode"_s, d.userCode },
            { u"tenant"_s, d.tenant }, { u"clientId"_s, d.clientId }, { u"scope"_s, d.scope },
            { u"expires"_s, time(d.expiresUtc) }, { u"interval"_s, d.interval },
            { u"lastPoll"_s, time(d.lastPollUtc) },
            { u"status"_s, QString::fromLatin1(deviceStatusName(d.status)) } });
    for (const WebService &s : services)
        serviceList.append(QJsonObject { { u"subscriptionId"_s, s.subscriptionId },
            { u"resourceGroup"_s, s.resourceGroup }, { u"name"_s, s.name }, { u"location"_s, s.location },
            { u"tags"_s, s.tags }, { u"properties"_s, s.properties }, { u"primaryKey"_s, s.primaryKey },
            { u"secondaryKey"_s, s.secondaryKey }, { u"storageKey"_s, s.storageKey },
            { u"commitmentPlanId"_s, s.commitmentPlanId }, { u"serviceId"_s, s.serviceId },
            { u"createdOn"_s, time(s.createdOn) }, { u"modifiedOn"_s, time(s.modifiedOn) },
            { u"provisioningState"_s, s.provisioningState }, { u"deployed"_s, s.deployed },
            { u"regions"_s, strings(s.regions) } });
    for (const Operation &o : operations)
        operationList.append(QJsonObject { { u"id"_s, o.id }, { u"subscriptionId"_s, o.subscriptionId },
            { u"location"_s, o.location }, { u"kind"_s, o.kind }, { u"serviceKey"_s, o.serviceKey },
            { u"status"_s, o.status }, { u"start"_s, time(o.startUtc) }, { u"end"_s, time(o.endUtc) },
            { u"percent"_s, o.percent }, { u"errorCode"_s, o.errorCode },
            { u"errorMessage"_s, o.errorMessage }, { u"noEffect"_s, o.noEffect },
            { u"previous"_s, o.previous } });
    for (const BatchJob &j : jobs)
        jobList.append(QJsonObject { { u"id"_s, j.id }, { u"serviceId"_s, j.serviceId },
            { u"status"_s, j.status }, { u"details"_s, j.details }, { u"created"_s, time(j.createdUtc) },
            { u"started"_s, time(j.startedUtc) }, { u"ended"_s, time(j.endedUtc) },
            { u"request"_s, j.request }, { u"results"_s, j.results } });
    return {
        { u"format"_s, u"mlstudio-local-state"_s },
        { u"version"_s, 1 },
        { u"clients"_s, clientList },
        { u"tokens"_s, tokenList },
        { u"deviceCodes"_s, deviceList },
        { u"services"_s, serviceList },
        { u"operations"_s, operationList },
        { u"jobs"_s, jobList },
        { u"azureml"_s, azureml.toJson() },
    };
}

bool State::fromJson(const QJsonObject &json, QString *error)
{
    if (json.value(u"format"_s).toString() != u"mlstudio-local-state"_s
        || json.value(u"version"_s).toInt() != 1) {
        if (error)
            *error = u"not an mlstudio-local state file (format/version 1 expected)"_s;
        return false;
    }
    clients.clear();
    tokens.clear();
    deviceCodes.clear();
    services.clear();
    operations.clear();
    jobs.clear();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QJsonValue &v : json.value(u"clients"_s).toArray()) {
        const QJsonObject o = v.toObject();
        ClientApp c { o[u"tenant"_s].toString(), o[u"clientId"_s].toString(), o[u"secret"_s].toString(),
            o[u"name"_s].toString() };
        clients.insert(c.clientId.toLower(), c);
    }
    for (const QJsonValue &v : json.value(u"tokens"_s).toArray()) {
        const QJsonObject o = v.toObject();
        TokenRecord t;
        t.kind = o[u"kind"_s].toString() == u"refresh"_s ? TokenRecord::Kind::Refresh
                                                         : TokenRecord::Kind::Access;
        t.tenant = o[u"tenant"_s].toString();
        t.clientId = o[u"clientId"_s].toString();
        t.scope = o[u"scope"_s].toString();
        t.subject = o[u"subject"_s].toString();
        t.expiresUtc = time(o[u"expires"_s]);
        if (t.expiresUtc > now) // expired tokens are forgotten
            tokens.insert(o[u"hash"_s].toString(), t);
    }
    for (const QJsonValue &v : json.value(u"deviceCodes"_s).toArray()) {
        const QJsonObject o = v.toObject();
        DeviceCode d;
        d.deviceCodeHash = o[u"hash"_s].toString();
        d.userCode = o[u"userCode"_s].toString();
        d.tenant = o[u"tenant"_s].toString();
        d.clientId = o[u"clientId"_s].toString();
        d.scope = o[u"scope"_s].toString();
        d.expiresUtc = time(o[u"expires"_s]);
        d.interval = o[u"interval"_s].toInt(5);
        d.lastPollUtc = time(o[u"lastPoll"_s]);
        d.status = parseDeviceStatus(o[u"status"_s].toString());
        deviceCodes.insert(d.deviceCodeHash, d);
    }
    for (const QJsonValue &v : json.value(u"services"_s).toArray()) {
        const QJsonObject o = v.toObject();
        WebService s;
        s.subscriptionId = o[u"subscriptionId"_s].toString();
        s.resourceGroup = o[u"resourceGroup"_s].toString();
        s.name = o[u"name"_s].toString();
        s.location = o[u"location"_s].toString();
        s.tags = o[u"tags"_s].toObject();
        s.properties = o[u"properties"_s].toObject();
        s.primaryKey = o[u"primaryKey"_s].toString();
        s.secondaryKey = o[u"secondaryKey"_s].toString();
        s.storageKey = o[u"storageKey"_s].toString();
        s.commitmentPlanId = o[u"commitmentPlanId"_s].toString();
        s.serviceId = o[u"serviceId"_s].toString();
        s.createdOn = time(o[u"createdOn"_s]);
        s.modifiedOn = time(o[u"modifiedOn"_s]);
        s.provisioningState = o[u"provisioningState"_s].toString();
        s.deployed = o[u"deployed"_s].toObject();
        s.regions = strings(o[u"regions"_s]);
        services.insert(s.key(), s);
    }
    for (const QJsonValue &v : json.value(u"operations"_s).toArray()) {
        const QJsonObject o = v.toObject();
        Operation op;
        op.id = o[u"id"_s].toString();
        op.subscriptionId = o[u"subscriptionId"_s].toString();
        op.location = o[u"location"_s].toString();
        op.kind = o[u"kind"_s].toString();
        op.serviceKey = o[u"serviceKey"_s].toString();
        op.status = o[u"status"_s].toString();
        op.startUtc = time(o[u"start"_s]);
        op.endUtc = time(o[u"end"_s]);
        op.percent = o[u"percent"_s].toDouble();
        op.errorCode = o[u"errorCode"_s].toString();
        op.errorMessage = o[u"errorMessage"_s].toString();
        op.noEffect = o[u"noEffect"_s].toBool();
        op.previous = o[u"previous"_s].toObject();
        if (op.status == u"Provisioning"_s) {
            op.status = u"Failed"_s;
            op.endUtc = now;
            op.errorCode = u"InternalError"_s;
            op.errorMessage = u"The operation was interrupted: mlstudio-local stopped before it completed. "
                              u"The web service keeps its previous deployment; repeat the request."_s;
            if (auto it = services.find(op.serviceKey); it != services.end())
                it->provisioningState = u"Failed"_s;
        }
        operations.insert(op.id.toLower(), op);
    }
    for (const QJsonValue &v : json.value(u"jobs"_s).toArray()) {
        const QJsonObject o = v.toObject();
        BatchJob j;
        j.id = o[u"id"_s].toString();
        j.serviceId = o[u"serviceId"_s].toString();
        j.status = o[u"status"_s].toString();
        j.details = o[u"details"_s].toString();
        j.createdUtc = time(o[u"created"_s]);
        j.startedUtc = time(o[u"started"_s]);
        j.endedUtc = time(o[u"ended"_s]);
        j.request = o[u"request"_s].toObject();
        j.results = o[u"results"_s].toObject();
        if (j.status == u"Running"_s) {
            j.status = u"Failed"_s;
            j.endedUtc = now;
            j.details = u"The job was interrupted: mlstudio-local stopped while it was running (started %1). "
                        u"No outputs were written; submit the job again."_s.arg(time(j.startedUtc));
        }
        jobs.insert(j.id.toLower(), j);
    }
    azureml.fromJson(json.value(u"azureml"_s).toObject());
    return true;
}

} // namespace mlr::server
