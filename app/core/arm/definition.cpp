#include "arm/definition.h"

#include <QHostAddress>
#include <QJsonArray>

namespace mlr::arm {

namespace {

QJsonObject propertiesOf(const QJsonObject &resource)
{
    return resource.value(QStringLiteral("properties")).toObject();
}

bool isTrainedModel(const QJsonObject &asset)
{
    const QString name = asset.value(QStringLiteral("name")).toString().trimmed();
    if (name.endsWith(QStringLiteral("[trained model]"), Qt::CaseInsensitive))
        return true;
    const QString uri
        = asset.value(QStringLiteral("locationInfo")).toObject().value(QStringLiteral("uri")).toString();
    const QString path = QUrl(uri).path();
    return asset.value(QStringLiteral("type")).toString().compare(u"Resource", Qt::CaseInsensitive) == 0
        && path.endsWith(QStringLiteral(".ilearner"), Qt::CaseInsensitive);
}

// "asset2" < "asset10".
bool naturalLess(const QString &a, const QString &b)
{
    qsizetype i = 0;
    while (i < a.size() && i < b.size() && !a.at(i).isDigit() && a.at(i) == b.at(i))
        ++i;
    bool okA = false, okB = false;
    const qlonglong na = a.mid(i).toLongLong(&okA);
    const qlonglong nb = b.mid(i).toLongLong(&okB);
    if (okA && okB && na != nb)
        return na < nb;
    return a < b;
}

} // namespace

QList<TrainedModelAsset> trainedModelAssets(const QJsonObject &resource)
{
    const QJsonObject assets = propertiesOf(resource).value(QStringLiteral("assets")).toObject();
    QStringList ids = assets.keys();
    std::sort(ids.begin(), ids.end(), naturalLess);
    QList<TrainedModelAsset> found;
    for (const QString &id : std::as_const(ids)) {
        const QJsonObject asset = assets.value(id).toObject();
        if (!isTrainedModel(asset))
            continue;
        const QJsonObject location = asset.value(QStringLiteral("locationInfo")).toObject();
        TrainedModelAsset t;
        t.assetId = id;
        t.name = asset.value(QStringLiteral("name")).toString();
        t.type = asset.value(QStringLiteral("type")).toString();
        t.uri = location.value(QStringLiteral("uri")).toString();
        t.hasCredentials = !location.value(QStringLiteral("credentials")).toString().isEmpty();
        found.append(t);
    }
    return found;
}

bool outputsTrainedModel(const QJsonObject &resource)
{
    const QJsonObject properties = propertiesOf(resource);
    const QJsonObject assets = properties.value(QStringLiteral("assets")).toObject();
    const QJsonObject package = properties.value(QStringLiteral("package")).toObject();
    const QJsonObject nodes = package.value(QStringLiteral("nodes")).toObject();
    for (const QJsonValue &edgeValue : package.value(QStringLiteral("edges")).toArray()) {
        const QJsonObject edge = edgeValue.toObject();
        const QJsonObject target
            = nodes.value(edge.value(QStringLiteral("targetNodeId")).toString()).toObject();
        if (!target.contains(QStringLiteral("outputId")))
            continue;
        if (edge.value(QStringLiteral("sourcePortId"))
                .toString()
                .compare(u"Trained model", Qt::CaseInsensitive)
            == 0)
            return true;
        const QJsonObject source
            = nodes.value(edge.value(QStringLiteral("sourceNodeId")).toString()).toObject();
        const QJsonObject asset = assets.value(source.value(QStringLiteral("assetId")).toString()).toObject();
        if (asset.value(QStringLiteral("name")).toString().compare(u"Train Model", Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QUrl modelUriFromLocation(const QString &baseLocation, const QString &relativeLocation)
{
    QString base = baseLocation.trimmed();
    QString relative = relativeLocation.trimmed();
    if (base.isEmpty() || relative.isEmpty())
        return {};
    while (base.endsWith(u'/'))
        base.chop(1);
    while (relative.startsWith(u'/'))
        relative.remove(0, 1);
    return modelUriFromBlobUrl(QUrl(base + u'/' + relative));
}

QUrl modelUriFromBlobUrl(const QUrl &blobUrl)
{
    QUrl url = blobUrl;
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

QString storageAccountOfBlobUrl(const QUrl &url)
{
    const QString host = url.host().toLower();
    const bool pathStyle = host == u"localhost" || !QHostAddress(host).isNull() || !host.contains(u'.');
    if (pathStyle)
        return url.path().section(u'/', 1, 1);
    const qsizetype dot = host.indexOf(QStringLiteral(".blob."));
    return dot > 0 ? host.left(dot) : host.section(u'.', 0, 0);
}

QString serviceStorageAccount(const QJsonObject &resource)
{
    return propertiesOf(resource)
        .value(QStringLiteral("storageAccount"))
        .toObject()
        .value(QStringLiteral("name"))
        .toString();
}

std::optional<QJsonObject> withTrainedModelUri(
    const QJsonObject &resource, const QString &assetId, const QUrl &uri, Error *error)
{
    const auto fail = [error](const QString &text) {
        if (error)
            *error = Error::input(text);
        return std::nullopt;
    };
    QJsonObject properties = propertiesOf(resource);
    QJsonObject assets = properties.value(QStringLiteral("assets")).toObject();
    if (!assets.contains(assetId))
        return fail(Definition::tr("The web service has no asset '%1'.").arg(assetId));
    QJsonObject asset = assets.value(assetId).toObject();
    if (!isTrainedModel(asset))
        return fail(Definition::tr("Asset '%1' (%2) is not a trained model.")
                        .arg(assetId, asset.value(QStringLiteral("name")).toString()));
    const QString scheme = uri.scheme().toLower();
    if (!uri.isValid() || uri.host().isEmpty() || (scheme != u"https" && scheme != u"http"))
        return fail(
            Definition::tr("The model location '%1' is not an http(s) blob URL.").arg(uri.toString()));
    if (!uri.path().endsWith(QStringLiteral(".ilearner"), Qt::CaseInsensitive))
        return fail(Definition::tr("The model location '%1' does not end with .ilearner: it is not a trained "
                                   "model output.")
                        .arg(uri.toString(QUrl::RemoveQuery)));
    QJsonObject location = asset.value(QStringLiteral("locationInfo")).toObject();
    location.insert(QStringLiteral("uri"), uri.toString(QUrl::FullyEncoded));
    asset.insert(QStringLiteral("locationInfo"), location);
    assets.insert(assetId, asset);
    properties.insert(QStringLiteral("assets"), assets);
    QJsonObject changed = resource;
    changed.insert(QStringLiteral("properties"), properties);
    return changed;
}

QJsonObject assetsPatchBody(const QJsonObject &changed)
{
    const QJsonObject properties = propertiesOf(changed);
    QJsonObject patch {
        { QStringLiteral("packageType"),
            properties.value(QStringLiteral("packageType")).toString(QStringLiteral("Graph")) },
        { QStringLiteral("assets"), properties.value(QStringLiteral("assets")) }
    };
    QJsonObject body { { QStringLiteral("properties"), patch } };
    if (changed.contains(QStringLiteral("location")))
        body.insert(QStringLiteral("location"), changed.value(QStringLiteral("location")));
    return body;
}

} // namespace mlr::arm
