#include "azureml/workspacetarget.h"

#include "profile/profile.h"

namespace mlr::azureml {

QString WorkspaceTarget::resourceId() const
{
    return QStringLiteral(
        "/subscriptions/%1/resourceGroups/%2/providers/Microsoft.MachineLearningServices/workspaces/%3")
        .arg(arm.subscriptionId, arm.resourceGroup, workspace);
}

QUrl WorkspaceTarget::url(const QString &path, const QUrlQuery &query) const
{
    QUrl u = arm.armUrl;
    QString base = u.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    u.setPath(base + resourceId() + path);
    QUrlQuery q = query;
    q.removeAllQueryItems(QStringLiteral("api-version"));
    q.addQueryItem(QStringLiteral("api-version"), apiVersion());
    u.setQuery(q);
    return u;
}

Error WorkspaceTarget::validate() const
{
    if (Error error = arm.validate(true))
        return error;
    if (workspace.isEmpty())
        return Error::input(tr("The profile names no Azure Machine Learning workspace (set workspace)."));
    if (workspace.contains(u'/') || workspace.contains(u'?') || workspace.contains(u'#'))
        return Error::input(tr("The workspace name '%1' is not valid.").arg(workspace));
    return {};
}

WorkspaceTarget WorkspaceTarget::fromProfile(const Profile &profile)
{
    WorkspaceTarget t;
    if (!profile.armUrl.isEmpty())
        t.arm.armUrl = profile.armUrl;
    t.arm.subscriptionId = profile.subscriptionId;
    t.arm.resourceGroup = profile.resourceGroup;
    t.arm.apiVersion = apiVersion();
    t.workspace = profile.workspace;
    return t;
}

} // namespace mlr::azureml
