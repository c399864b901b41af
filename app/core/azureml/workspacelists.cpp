#include "azureml/workspacelists.h"

#include "azureml/workspacetarget.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUrlQuery>

#include <algorithm>

namespace mlr::azureml {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mlr::azureml", text);
}

QUrl armPath(const QUrl &armUrl, const QString &path, const QString &apiVersion)
{
    QUrl url = armUrl;
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + path);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("api-version"), apiVersion);
    url.setQuery(query);
    return url;
}

QString resourceGroupOf(const QString &id)
{
    static const QRegularExpression group(
        QStringLiteral("/resourceGroups/([^/]+)/"), QRegularExpression::CaseInsensitiveOption);
    return group.match(id).captured(1);
}

} // namespace

QUrl subscriptionsUrl(const QUrl &armUrl)
{
    return armPath(armUrl, QStringLiteral("/subscriptions"), QStringLiteral("2022-12-01"));
}

QUrl workspacesUrl(const QUrl &armUrl, const QString &subscriptionId)
{
    return armPath(armUrl,
        QStringLiteral("/subscriptions/%1/providers/Microsoft.MachineLearningServices/workspaces")
            .arg(subscriptionId),
        WorkspaceTarget::apiVersion());
}

QList<SubscriptionSummary> parseSubscriptions(const QJsonObject &list, Error *error)
{
    QList<SubscriptionSummary> result;
    const QJsonArray items = list.value(QStringLiteral("value")).toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject item = items.at(i).toObject();
        SubscriptionSummary s;
        s.id = item.value(QStringLiteral("subscriptionId")).toString();
        s.displayName = item.value(QStringLiteral("displayName")).toString();
        s.state = item.value(QStringLiteral("state")).toString();
        if (s.id.isEmpty()) {
            if (error)
                *error = Error::parse(tr("Subscription %1 of the list has no subscriptionId.").arg(i + 1));
            return {};
        }
        if (s.displayName.isEmpty())
            s.displayName = s.id;
        result.append(s);
    }
    std::sort(result.begin(), result.end(), [](const SubscriptionSummary &a, const SubscriptionSummary &b) {
        const int byName = a.displayName.compare(b.displayName, Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a.id < b.id;
    });
    return result;
}

QList<WorkspaceSummary> parseWorkspaces(const QJsonObject &list, Error *error)
{
    QList<WorkspaceSummary> result;
    const QJsonArray items = list.value(QStringLiteral("value")).toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject item = items.at(i).toObject();
        WorkspaceSummary w;
        w.name = item.value(QStringLiteral("name")).toString();
        w.resourceGroup = resourceGroupOf(item.value(QStringLiteral("id")).toString());
        w.location = item.value(QStringLiteral("location")).toString();
        w.friendlyName = item.value(QStringLiteral("properties"))
                             .toObject()
                             .value(QStringLiteral("friendlyName"))
                             .toString();
        if (w.name.isEmpty() || w.resourceGroup.isEmpty()) {
            if (error)
                *error = Error::parse(tr("Workspace %1 of the list has no name or resource id.").arg(i + 1));
            return {};
        }
        result.append(w);
    }
    std::sort(result.begin(), result.end(), [](const WorkspaceSummary &a, const WorkspaceSummary &b) {
        const int byName = a.name.compare(b.name, Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a.resourceGroup.compare(b.resourceGroup, Qt::CaseInsensitive) < 0;
    });
    return result;
}

} // namespace mlr::azureml
