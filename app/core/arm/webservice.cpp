#include "arm/webservice.h"

#include "http/redaction.h"
#include "http/requestfactory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace mlr::arm {

namespace {

QJsonObject objectOf(const QByteArray &body, bool *ok)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    *ok = parseError.error == QJsonParseError::NoError && doc.isObject();
    return doc.object();
}

bool badSegment(const QString &s)
{
    return s.contains(u'/') || s.contains(u'?') || s.contains(u'#') || s.contains(u'\\');
}

QString base(const QUrl &armUrl)
{
    QString path = armUrl.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    return path;
}

} // namespace

QString defaultApiVersion()
{
    return QStringLiteral("2017-01-01");
}

QUrl defaultArmUrl()
{
    return QUrl(QStringLiteral("https://management.azure.com"));
}

static QUrl withPath(const ArmTarget &t, const QString &path)
{
    QUrl url = t.armUrl;
    url.setPath(base(t.armUrl) + path);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("api-version"), t.apiVersion);
    url.setQuery(query);
    return url;
}

QUrl ArmTarget::webServiceUrl(const QString &name) const
{
    return withPath(*this,
        QStringLiteral(
            "/subscriptions/%1/resourceGroups/%2/providers/Microsoft.MachineLearning/webServices/%3")
            .arg(subscriptionId, resourceGroup, name));
}

QUrl ArmTarget::listKeysUrl(const QString &name) const
{
    QUrl url = webServiceUrl(name);
    url.setPath(url.path() + QStringLiteral("/listKeys"));
    return url;
}

QUrl ArmTarget::listUrl(bool byResourceGroup) const
{
    if (byResourceGroup)
        return withPath(*this,
            QStringLiteral(
                "/subscriptions/%1/resourceGroups/%2/providers/Microsoft.MachineLearning/webServices")
                .arg(subscriptionId, resourceGroup));
    return withPath(*this,
        QStringLiteral("/subscriptions/%1/providers/Microsoft.MachineLearning/webServices")
            .arg(subscriptionId));
}

Error ArmTarget::validate(bool needResourceGroup) const
{
    if (!armUrl.isValid() || armUrl.host().isEmpty())
        return Error::input(tr("The Azure Resource Manager URL is not valid."));
    if (!RequestFactory::isSafeForSecrets(armUrl))
        return Error::input(
            tr("The Azure Resource Manager URL %1 is not https: the sign-in token is only sent "
               "over https (or to this computer).")
                .arg(armUrl.toString()));
    if (subscriptionId.trimmed().isEmpty())
        return Error::input(tr("No subscription id is set."));
    if (badSegment(subscriptionId))
        return Error::input(tr("The subscription id \"%1\" is not valid.").arg(subscriptionId));
    if (needResourceGroup && resourceGroup.trimmed().isEmpty())
        return Error::input(tr("No resource group is set."));
    if (badSegment(resourceGroup))
        return Error::input(tr("The resource group \"%1\" is not valid.").arg(resourceGroup));
    return {};
}

bool ArmTarget::mayReceiveToken(const QUrl &url) const
{
    if (!url.isValid() || !RequestFactory::isSafeForSecrets(url))
        return false;
    const QString host = url.host().toLower();
    const QString arm = armUrl.host().toLower();
    if (host == arm)
        return url.scheme() == u"https" || url.port() == armUrl.port();
    return url.scheme() == u"https" && host.endsWith(u'.' + arm);
}

WebServiceSummary summaryFromJson(const QJsonObject &resource)
{
    WebServiceSummary s;
    s.raw = resource;
    s.id = resource.value(QStringLiteral("id")).toString();
    s.name = resource.value(QStringLiteral("name")).toString();
    s.location = resource.value(QStringLiteral("location")).toString();
    const QStringList parts = s.id.split(u'/');
    const qsizetype rg = parts.indexOf(QStringLiteral("resourceGroups"), 0);
    const qsizetype rgAny = rg >= 0 ? rg : parts.indexOf(QStringLiteral("resourcegroups"), 0);
    if (rgAny >= 0 && rgAny + 1 < parts.size())
        s.resourceGroup = parts.at(rgAny + 1);
    const QJsonObject p = resource.value(QStringLiteral("properties")).toObject();
    s.title = p.value(QStringLiteral("title")).toString();
    s.description = p.value(QStringLiteral("description")).toString();
    s.provisioningState = p.value(QStringLiteral("provisioningState")).toString();
    s.storageAccount
        = p.value(QStringLiteral("storageAccount")).toObject().value(QStringLiteral("name")).toString();
    s.packageType = p.value(QStringLiteral("packageType")).toString();
    s.readOnly = p.value(QStringLiteral("readOnly")).toBool();
    s.createdOn = QDateTime::fromString(p.value(QStringLiteral("createdOn")).toString(), Qt::ISODateWithMs);
    s.modifiedOn = QDateTime::fromString(p.value(QStringLiteral("modifiedOn")).toString(), Qt::ISODateWithMs);
    return s;
}

std::optional<WebServiceKeys> parseKeys(const QByteArray &body, Error *error)
{
    bool ok = false;
    const QJsonObject o = objectOf(body, &ok);
    WebServiceKeys keys { o.value(QStringLiteral("primary")).toString(),
        o.value(QStringLiteral("secondary")).toString() };
    if (!ok || (keys.primary.isEmpty() && keys.secondary.isEmpty())) {
        if (error)
            *error = Error::parse(ArmTarget::tr("the web service keys answer has no keys"));
        return std::nullopt;
    }
    redaction::registerSecret(keys.primary);
    redaction::registerSecret(keys.secondary);
    return keys;
}

std::optional<WebServicePage> parsePage(const QByteArray &body, Error *error)
{
    bool ok = false;
    const QJsonObject o = objectOf(body, &ok);
    const QJsonValue value = o.value(QStringLiteral("value"));
    if (!ok || !value.isArray()) {
        if (error)
            *error = Error::parse(
                ArmTarget::tr("the list of web services is not a {\"value\": [...]} document"));
        return std::nullopt;
    }
    WebServicePage page;
    for (const QJsonValue &item : value.toArray())
        page.items.append(summaryFromJson(item.toObject()));
    const QString next = o.value(QStringLiteral("nextLink")).toString();
    if (!next.isEmpty())
        page.nextLink = QUrl::fromEncoded(next.toUtf8());
    return page;
}

bool OperationStatus::isTerminal() const
{
    return status.compare(u"Succeeded", Qt::CaseInsensitive) == 0
        || status.compare(u"Failed", Qt::CaseInsensitive) == 0
        || status.compare(u"Canceled", Qt::CaseInsensitive) == 0
        || status.compare(u"Cancelled", Qt::CaseInsensitive) == 0;
}

bool OperationStatus::succeeded() const
{
    return status.compare(u"Succeeded", Qt::CaseInsensitive) == 0;
}

std::optional<OperationStatus> parseOperationStatus(const QByteArray &body, Error *error)
{
    bool ok = false;
    const QJsonObject o = objectOf(body, &ok);
    OperationStatus s;
    s.status
        = o.value(QStringLiteral("status")).toString(o.value(QStringLiteral("provisioningState")).toString());
    if (!ok || s.status.isEmpty()) {
        if (error)
            *error = Error::parse(ArmTarget::tr("the operation status has no \"status\""));
        return std::nullopt;
    }
    const QJsonValue percent = o.value(QStringLiteral("percentComplete"));
    if (percent.isDouble())
        s.percentComplete = percent.toDouble();
    QJsonObject e = o.value(QStringLiteral("error")).toObject();
    if (e.isEmpty())
        e = o.value(QStringLiteral("errorInfo")).toObject();
    s.errorCode = e.value(QStringLiteral("code")).toString();
    s.errorMessage = redaction::redact(e.value(QStringLiteral("message")).toString().trimmed());
    const QJsonArray details = e.value(QStringLiteral("details")).toArray();
    if (!details.isEmpty()) {
        const QString detail = details.first().toObject().value(QStringLiteral("message")).toString();
        if (!detail.isEmpty())
            s.errorMessage += u' ' + redaction::redact(detail);
    }
    return s;
}

void addArmErrorDetails(Error &error, const QByteArray &body)
{
    const QJsonObject inner
        = QJsonDocument::fromJson(body).object().value(QStringLiteral("error")).toObject();
    const QJsonArray details = inner.value(QStringLiteral("details")).toArray();
    if (details.isEmpty())
        return;
    const QJsonObject first = details.first().toObject();
    const QString code = first.value(QStringLiteral("code")).toString();
    const QString message = first.value(QStringLiteral("message")).toString().section(u'\n', 0, 0).trimmed();
    if (!code.isEmpty())
        error.serviceCode = redaction::redact(code);
    if (!message.isEmpty())
        error.serviceMessage = redaction::redact(
            error.serviceMessage.isEmpty() ? message : error.serviceMessage + u' ' + message);
}

} // namespace mlr::arm
