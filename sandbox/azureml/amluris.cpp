#include "azureml/amluris.h"

#include "azureml/workspaceroutes.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace mlr::server {

namespace {

const AmlAssetVersion *latest(
    const AmlState &state, const QString &workspaceKey, const QString &kind, const QString &name)
{
    const AmlAssetVersion *best = nullptr;
    for (const AmlAssetVersion &a : state.assets)
        if (a.workspaceKey == workspaceKey && a.kind == kind && a.name.compare(name, Qt::CaseInsensitive) == 0
            && (!best || a.version.toLongLong() > best->version.toLongLong()))
            best = &a;
    return best;
}

const AmlAssetVersion *asset(const AmlState &state, const AmlWorkspace &workspace, const QString &kind,
    const QString &name, const QString &version)
{
    if (version.isEmpty() || version == u"latest"_s)
        return latest(state, workspace.key(), kind, name);
    const auto it = state.assets.constFind(AmlAssetVersion::makeKey(workspace.key(), kind, name, version));
    return it == state.assets.cend() ? nullptr : &*it;
}

// azureml:{name}:{version} / azureml:{name}@latest / an ARM id .../{kind}/{name}/versions/{v}.
const AmlAssetVersion *assetByReference(
    const AmlState &state, const AmlWorkspace &workspace, const QString &kind, const QString &id)
{
    static const QRegularExpression shortForm(u"^azureml:([^:/@]+)(?::([^:/@]+)|@(latest))?$"_s);
    if (const auto m = shortForm.match(id); m.hasMatch())
        return asset(state, workspace, kind, m.captured(1), m.captured(2));
    const QRegularExpression armForm(
        u"^/subscriptions/([^/]+)/resourceGroups/([^/]+)/providers/"
        u"Microsoft\\.MachineLearningServices/workspaces/([^/]+)/%1/([^/]+)/versions/([^/]+)$"_s.arg(kind),
        QRegularExpression::CaseInsensitiveOption);
    if (const auto m = armForm.match(id); m.hasMatch()) {
        if (AmlWorkspace::makeKey(m.captured(1), m.captured(2), m.captured(3)) != workspace.key())
            return nullptr;
        return asset(state, workspace, kind, m.captured(4), m.captured(5));
    }
    return nullptr;
}

} // namespace

QString datastoreUri(const QString &datastore, const QString &path)
{
    return u"azureml://datastores/%1/paths/%2"_s.arg(datastore, path);
}

const AmlAssetVersion *findModelVersion(
    const AmlState &state, const AmlWorkspace &workspace, const QString &id)
{
    return assetByReference(state, workspace, u"models"_s, id);
}

std::variant<BlobLocation, UriError> resolveAmlUri(
    const AmlState &state, const AmlWorkspace &workspace, const StorageAccount &account, const QString &uri)
{
    static const QRegularExpression datastoreForm(
        u"^azureml://(?:subscriptions/([^/]+)/resourcegroups/([^/]+)/workspaces/([^/]+)/)?datastores/([^/]+)/paths/(.*)$"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression jobForm(
        u"^azureml://jobs/([^/]+)/outputs/([^/]+)/paths/?(.*)$"_s, QRegularExpression::CaseInsensitiveOption);
    if (const auto m = datastoreForm.match(uri); m.hasMatch()) {
        if (!m.captured(1).isEmpty()
            && AmlWorkspace::makeKey(m.captured(1), m.captured(2), m.captured(3)) != workspace.key())
            return UriError { u"UserError"_s,
                u"The uri '%1' names another workspace than '%2'."_s.arg(uri, workspace.name) };
        const QString container = WorkspaceRoutes::datastoreContainer(workspace, m.captured(4));
        if (container.isEmpty())
            return UriError { u"UserError"_s,
                u"Datastore '%1' of uri '%2' does not exist in workspace '%3' (it has %4)."_s.arg(
                    m.captured(4), uri, workspace.name, WorkspaceRoutes::datastoreNames().join(u", "_s)) };
        if (m.captured(5).isEmpty())
            return UriError { u"UserError"_s, u"The uri '%1' names no path in the datastore."_s.arg(uri) };
        return BlobLocation { account, container, m.captured(5) };
    }
    if (const auto m = jobForm.match(uri); m.hasMatch()) {
        const auto job = state.jobs.constFind(workspace.key() + u"/jobs/"_s + m.captured(1).toLower());
        if (job == state.jobs.cend())
            return UriError { u"UserError"_s,
                u"Job '%1' of uri '%2' does not exist."_s.arg(m.captured(1), uri) };
        const QString output = job->outputUris.value(m.captured(2)).toString();
        if (job->status != u"Completed"_s || output.isEmpty())
            return UriError { u"UserError"_s,
                u"Job '%1' has no output '%2' (status %3)."_s.arg(
                    m.captured(1), m.captured(2), job->status) };
        QString base = output;
        if (!base.endsWith(u'/'))
            base += u'/';
        return resolveAmlUri(state, workspace, account, base + m.captured(3));
    }
    if (uri.startsWith(u"azureml:"_s, Qt::CaseInsensitive)
        || uri.startsWith(u"/subscriptions/"_s, Qt::CaseInsensitive)) {
        const AmlAssetVersion *data = assetByReference(state, workspace, u"data"_s, uri);
        if (!data)
            return UriError { u"UserError"_s,
                u"Data asset '%1' does not exist in workspace '%2'."_s.arg(uri, workspace.name) };
        const QString dataUri = data->properties.value(u"dataUri"_s).toString();
        if (dataUri.startsWith(u"azureml:"_s, Qt::CaseInsensitive) && !dataUri.startsWith(u"azureml://"_s))
            return UriError { u"UserError"_s, u"Data asset '%1' points at another asset."_s.arg(uri) };
        return resolveAmlUri(state, workspace, account, dataUri);
    }
    if (uri.startsWith(u"http://"_s, Qt::CaseInsensitive)
        || uri.startsWith(u"https://"_s, Qt::CaseInsensitive)) {
        auto resolved = resolveAssetUri(uri, QString(), { account });
        if (auto *error = std::get_if<ReferenceError>(&resolved))
            return UriError { u"UserError"_s, error->message };
        return std::get<BlobLocation>(resolved);
    }
    return UriError { u"UserError"_s,
        u"Unsupported uri '%1': use azureml://datastores/{datastore}/paths/{path}, "
        u"azureml://jobs/{job}/outputs/{output}/paths/{path}, azureml:{data asset}:{version} or a blob URL."_s
            .arg(uri) };
}

} // namespace mlr::server
