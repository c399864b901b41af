#include "server/armmodel.h"

#include "server/jsonutil.h"

using namespace Qt::StringLiterals;

namespace mlr::server::armmodel {

namespace {

// Applies fn to every WebServiceParameter map of the properties (global parameters and
// node parameters), finding members case-insensitively.
QJsonObject mapParameterMaps(
    const QJsonObject &properties, const std::function<QJsonValue(const QJsonValue &)> &fn)
{
    const auto mapAll = [&fn](const QJsonObject &parameters) {
        QJsonObject out;
        for (auto it = parameters.begin(); it != parameters.end(); ++it)
            out.insert(it.key(), fn(it.value()));
        return out;
    };
    QJsonObject out = properties;
    if (const QString key = ciKey(out, u"parameters"); !key.isEmpty() && out.value(key).isObject())
        out.insert(key, mapAll(out.value(key).toObject()));
    const QString packageKey = ciKey(out, u"package");
    if (packageKey.isEmpty())
        return out;
    QJsonObject package = out.value(packageKey).toObject();
    const QString nodesKey = ciKey(package, u"nodes");
    if (nodesKey.isEmpty())
        return out;
    QJsonObject nodes = package.value(nodesKey).toObject();
    for (auto it = nodes.begin(); it != nodes.end(); ++it) {
        QJsonObject node = it.value().toObject();
        if (const QString key = ciKey(node, u"parameters"); !key.isEmpty() && node.value(key).isObject())
            node.insert(key, mapAll(node.value(key).toObject()));
        *it = node;
    }
    package.insert(nodesKey, nodes);
    out.insert(packageKey, package);
    return out;
}

} // namespace

bool isSupportedApiVersion(const QString &version)
{
    return version == apiVersion2017 || version == apiVersion2016;
}

QJsonObject upgradeParameters(const QJsonObject &properties)
{
    return mapParameterMaps(properties, [](const QJsonValue &v) -> QJsonValue {
        if (v.isObject() || v.isNull())
            return v;
        return QJsonObject { { u"value"_s, v } };
    });
}

QJsonObject downgradeParameters(const QJsonObject &properties)
{
    return mapParameterMaps(properties, [](const QJsonValue &v) -> QJsonValue {
        if (!v.isObject())
            return v;
        const QJsonValue value = ciValue(v.toObject(), u"value");
        if (value.isString())
            return value;
        if (value.isDouble())
            return QString::number(value.toDouble(), 'g', 17);
        if (value.isBool())
            return value.toBool() ? u"True"_s : u"False"_s;
        return QJsonValue(QJsonValue::Null);
    });
}

ParsedBody parseBody(const QJsonObject &body, const QString &apiVersion, bool partial)
{
    QJsonObject input = body;
    if (isPreview(apiVersion)) {
        const QString key = ciKey(input, u"properties");
        if (!key.isEmpty() && input.value(key).isObject())
            input.insert(key, upgradeParameters(input.value(key).toObject()));
    }
    ParsedBody parsed;
    parsed.resource
        = ArmSchema::instance().normalize(input, u"WebService"_s, !partial, &parsed.issues).toObject();
    return parsed;
}

Secrets takeSecrets(QJsonObject &properties)
{
    Secrets secrets;
    if (properties.contains(u"keys"_s)) {
        const QJsonObject keys = properties.take(u"keys"_s).toObject();
        if (keys.value(u"primary"_s).isString())
            secrets.primaryKey = keys.value(u"primary"_s).toString();
        if (keys.value(u"secondary"_s).isString())
            secrets.secondaryKey = keys.value(u"secondary"_s).toString();
    }
    if (properties.value(u"storageAccount"_s).isObject()) {
        QJsonObject storage = properties.value(u"storageAccount"_s).toObject();
        if (storage.contains(u"key"_s)) {
            secrets.storageKey = storage.take(u"key"_s).toString();
            properties.insert(u"storageAccount"_s, storage);
        }
    }
    if (properties.contains(u"commitmentPlan"_s)) {
        secrets.hasCommitmentPlan = true;
        const QJsonValue id = properties.take(u"commitmentPlan"_s).toObject().value(u"id"_s);
        if (id.isString())
            secrets.commitmentPlanId = id.toString();
    }
    return secrets;
}

QString subscriptionNoDashes(const QString &subscription)
{
    QString out = subscription;
    return out.remove(u'-').toLower();
}

QString dataPlaneBase(const WebService &service, const QString &mlBase)
{
    return u"%1/subscriptions/%2/services/%3"_s.arg(
        mlBase, subscriptionNoDashes(service.subscriptionId), service.serviceId);
}

QJsonObject render(const WebService &service, View view, const QString &apiVersion, const QString &mlBase)
{
    QJsonObject properties;
    if (view == View::Accepted) {
        properties = {
            { u"payloadsInBlobStorage"_s, false },
            { u"provisioningState"_s, service.provisioningState },
            // Not in the captured answer, but the swagger requires the discriminator.
            { u"packageType"_s, u"Graph"_s },
        };
    } else {
        QJsonObject all
            = isPreview(apiVersion) ? downgradeParameters(service.properties) : service.properties;
        all.insert(u"provisioningState"_s, service.provisioningState);
        all.insert(u"createdOn"_s, armTime(service.createdOn));
        all.insert(u"modifiedOn"_s, armTime(service.modifiedOn));
        all.insert(u"swaggerLocation"_s, QString(dataPlaneBase(service, mlBase) + u"/swagger.json"_s));
        if (!isPreview(apiVersion))
            all.insert(u"payloadsInBlobStorage"_s, false);
        if (!all.contains(u"readOnly"_s))
            all.insert(u"readOnly"_s, false);
        if (!all.contains(u"exposeSampleData"_s))
            all.insert(u"exposeSampleData"_s, true);
        if (view == View::Full) {
            properties = all;
        } else {
            static const QStringList sparse = { u"title"_s, u"description"_s, u"readOnly"_s,
                u"exposeSampleData"_s, u"storageAccount"_s, u"createdOn"_s, u"modifiedOn"_s,
                u"provisioningState"_s, u"swaggerLocation"_s, u"realtimeConfiguration"_s, u"diagnostics"_s,
                u"payloadsInBlobStorage"_s, u"packageType"_s };
            for (const QString &name : sparse)
                if (all.contains(name))
                    properties.insert(name, all.value(name));
            if (!service.commitmentPlanId.isEmpty())
                properties.insert(u"commitmentPlan"_s, QJsonObject { { u"id"_s, service.commitmentPlanId } });
        }
    }
    return {
        { u"id"_s, service.armId() },
        { u"name"_s, service.name },
        { u"type"_s, u"Microsoft.MachineLearning/webServices"_s },
        { u"location"_s, service.location },
        { u"tags"_s, service.tags },
        { u"properties"_s, properties },
    };
}

} // namespace mlr::server::armmodel
