#include "azureml/assetroutes.h"

#include "azureml/amluris.h"
#include "server/jsonutil.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace mlr::server {

namespace {

QString typeOf(const QString &kind, bool version)
{
    return u"Microsoft.MachineLearningServices/workspaces/%1%2"_s.arg(
        kind, version ? u"/versions"_s : QString());
}

// "UriFile" -> "uri_file" (old samples send PascalCase, reference §5).
QString snakeType(const QString &value)
{
    QString out;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c.isUpper() && i > 0 && value.at(i - 1) != u'_')
            out += u'_';
        out += c.toLower();
    }
    return out;
}

} // namespace

AssetRoutes::AssetRoutes(AmlSupport *support)
    : m_support(support)
{
    const auto bind = [this](void (AssetRoutes::*method)(const Request &, const ResponderPtr &)) {
        return [this, method](const Request &r, const ResponderPtr &p) {
            (this->*method)(r, p);
        };
    };
    const QString ws = AmlSupport::workspacePattern;
    const QString kinds = u"/(data|models)"_s;
    support->addArmRoute("PUT", ws + kinds + u"/([^/]+)/versions/([^/]+)"_s, u"aml.assets.put"_s,
        bind(&AssetRoutes::onPutVersion));
    support->addArmRoute("GET", ws + kinds + u"/([^/]+)/versions/([^/]+)"_s, u"aml.assets.get"_s,
        bind(&AssetRoutes::onGetVersion));
    support->addArmRoute(
        "GET", ws + kinds + u"/([^/]+)/versions"_s, u"aml.assets.list"_s, bind(&AssetRoutes::onListVersions));
    support->addArmRoute(
        "GET", ws + kinds + u"/([^/]+)"_s, u"aml.assets.container"_s, bind(&AssetRoutes::onGetContainer));
    support->addArmRoute("GET", ws + kinds, u"aml.assets.containers"_s, bind(&AssetRoutes::onListContainers));
}

QJsonObject AssetRoutes::versionJson(const AmlWorkspace &workspace, const AmlAssetVersion &v) const
{
    QJsonObject body = AmlSupport::resource(
        workspace.armId() + u'/' + v.kind + u'/' + v.name + u"/versions/"_s + v.version, v.version,
        typeOf(v.kind, true), v.created, v.modified);
    QJsonObject properties = v.properties;
    if (v.kind == u"models"_s && !properties.contains(u"flavors"_s))
        properties.insert(u"flavors"_s, QJsonObject {});
    body.insert(u"properties"_s, properties);
    return body;
}

QString AssetRoutes::put(const AmlWorkspace &workspace, const QString &kind, const QString &name,
    const QString &version, const QJsonObject &given, int *status)
{
    *status = 400;
    if (!AmlSupport::isAssetName(name))
        return u"The name '%1' is not valid: use letters, digits, '-', '_' and '.' (up to 255)."_s.arg(name);
    bool numeric = false;
    version.toLongLong(&numeric);
    if (!AmlSupport::isAssetName(version))
        return u"The version '%1' is not valid."_s.arg(version);
    QJsonObject properties = given;
    const bool isData = kind == u"data"_s;
    const QString typeKey = isData ? u"dataType"_s : u"modelType"_s;
    const QString uriKey = isData ? u"dataUri"_s : u"modelUri"_s;
    const QString uri = properties.value(uriKey).toString();
    if (uri.isEmpty())
        return u"Request is invalid and/or missing fields: properties.%1 is required."_s.arg(uriKey);
    QString type = snakeType(properties.value(typeKey).toString());
    if (isData && type != u"uri_file"_s && type != u"uri_folder"_s && type != u"mltable"_s)
        return u"properties.dataType must be uri_file, uri_folder or mltable (got '%1')."_s.arg(
            properties.value(typeKey).toString());
    if (!isData && type.isEmpty())
        type = u"custom_model"_s;
    properties.insert(typeKey, type);
    const StorageAccount account = m_support->context()->storage.value_or(StorageAccount {});
    if (auto resolved = resolveAmlUri(m_support->state(), workspace, account, uri);
        std::holds_alternative<UriError>(resolved))
        return u"properties.%1: %2"_s.arg(uriKey, std::get<UriError>(resolved).message);
    const QString job = properties.value(u"jobName"_s).toString();
    if (!job.isEmpty() && !m_support->state().jobs.contains(workspace.key() + u"/jobs/"_s + job.toLower()))
        return u"properties.jobName: job '%1' does not exist in workspace '%2'."_s.arg(job, workspace.name);
    for (const QString &flag : { u"isAnonymous"_s, u"isArchived"_s })
        if (!properties.contains(flag))
            properties.insert(flag, false);

    const QString key = AmlAssetVersion::makeKey(workspace.key(), kind, name, version);
    auto &assets = m_support->state().assets;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (auto it = assets.find(key); it != assets.end()) {
        if (it->properties.value(uriKey).toString() != uri
            || it->properties.value(typeKey).toString() != type) {
            *status = 409;
            return u"%1 '%2' version '%3' already exists with another %4; versions are immutable. Register "
                   u"a new version."_s.arg(isData ? u"Data"_s : u"Model"_s, name, version, uriKey);
        }
        it->properties = properties;
        it->modified = now;
        *status = 200;
    } else {
        assets.insert(key, AmlAssetVersion { workspace.key(), kind, name, version, properties, now, now });
        *status = 201;
    }
    m_support->changed();
    return {};
}

void AssetRoutes::onPutVersion(const Request &request, const ResponderPtr &responder)
{
    const AmlWorkspace *w = m_support->workspace(request, responder);
    if (!w)
        return;
    const auto body = m_support->body(request, responder);
    if (!body)
        return;
    const QString kind = request.capture(4).toLower();
    int status = 400;
    const QString error = put(
        *w, kind, request.capture(5), request.capture(6), body->value(u"properties"_s).toObject(), &status);
    if (!error.isEmpty())
        return m_support->sendError(
            responder, status, status == 409 ? u"Conflict"_s : u"UserError"_s, error, u"properties"_s);
    const AmlAssetVersion &stored
        = m_support->state()
              .assets[AmlAssetVersion::makeKey(w->key(), kind, request.capture(5), request.capture(6))];
    m_support->sendJson(responder, status, versionJson(*w, stored));
}

void AssetRoutes::onGetVersion(const Request &request, const ResponderPtr &responder)
{
    const AmlWorkspace *w = m_support->workspace(request, responder);
    if (!w)
        return;
    const QString kind = request.capture(4).toLower();
    const auto it = m_support->state().assets.constFind(
        AmlAssetVersion::makeKey(w->key(), kind, request.capture(5), request.capture(6)));
    if (it == m_support->state().assets.cend())
        return m_support->sendNotFound(
            responder, typeOf(kind, true), request.capture(5) + u'/' + request.capture(6));
    m_support->sendJson(responder, 200, versionJson(*w, *it));
}

QList<const AmlAssetVersion *> AssetRoutes::versions(
    const AmlWorkspace &workspace, const QString &kind, const QString &name) const
{
    QList<const AmlAssetVersion *> list;
    for (const AmlAssetVersion &a : std::as_const(m_support->state().assets))
        if (a.workspaceKey == workspace.key() && a.kind == kind
            && (name.isEmpty() || a.name.compare(name, Qt::CaseInsensitive) == 0))
            list.append(&a);
    return list;
}

void AssetRoutes::onListVersions(const Request &request, const ResponderPtr &responder)
{
    const AmlWorkspace *w = m_support->workspace(request, responder);
    if (!w)
        return;
    QList<const AmlAssetVersion *> list = versions(*w, request.capture(4).toLower(), request.capture(5));
    const QString order = request.query(u"$orderBy").toLower();
    const bool newestFirst = order.startsWith(u"createdtime desc"_s) || order.startsWith(u"createdat desc"_s);
    std::sort(list.begin(), list.end(), [newestFirst](const AmlAssetVersion *a, const AmlAssetVersion *b) {
        if (a->created != b->created)
            return newestFirst ? a->created > b->created : a->created < b->created;
        return newestFirst ? a->version.toLongLong() > b->version.toLongLong()
                           : a->version.toLongLong() < b->version.toLongLong();
    });
    QJsonArray items;
    for (const AmlAssetVersion *a : std::as_const(list))
        items.append(versionJson(*w, *a));
    m_support->sendList(request, responder, items);
}

QJsonObject AssetRoutes::containerJson(
    const AmlWorkspace &workspace, const QString &kind, const QString &name) const
{
    const QList<const AmlAssetVersion *> list = versions(workspace, kind, name);
    qlonglong latest = 0;
    QString spelled = name;
    QDateTime created = list.first()->created, modified = list.first()->modified;
    QString latestText;
    for (const AmlAssetVersion *a : list) {
        created = std::min(created, a->created);
        modified = std::max(modified, a->modified);
        if (a->version.toLongLong() >= latest) {
            latest = a->version.toLongLong();
            latestText = a->version;
            spelled = a->name;
        }
    }
    QJsonObject body = AmlSupport::resource(
        workspace.armId() + u'/' + kind + u'/' + spelled, spelled, typeOf(kind, false), created, modified);
    body.insert(u"properties"_s,
        QJsonObject { { u"latestVersion"_s, latestText }, { u"nextVersion"_s, QString::number(latest + 1) },
            { u"isArchived"_s, false }, { u"tags"_s, QJsonObject {} }, { u"properties"_s, QJsonObject {} } });
    return body;
}

void AssetRoutes::onGetContainer(const Request &request, const ResponderPtr &responder)
{
    const AmlWorkspace *w = m_support->workspace(request, responder);
    if (!w)
        return;
    const QString kind = request.capture(4).toLower();
    if (versions(*w, kind, request.capture(5)).isEmpty())
        return m_support->sendNotFound(responder, typeOf(kind, false), request.capture(5));
    m_support->sendJson(responder, 200, containerJson(*w, kind, request.capture(5)));
}

void AssetRoutes::onListContainers(const Request &request, const ResponderPtr &responder)
{
    const AmlWorkspace *w = m_support->workspace(request, responder);
    if (!w)
        return;
    const QString kind = request.capture(4).toLower();
    QStringList names;
    for (const AmlAssetVersion *a : versions(*w, kind, {}))
        if (!names.contains(a->name, Qt::CaseInsensitive))
            names.append(a->name);
    QJsonArray items;
    for (const QString &name : std::as_const(names))
        items.append(containerJson(*w, kind, name));
    m_support->sendList(request, responder, items);
}

} // namespace mlr::server
