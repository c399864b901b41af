#include "azureml/datastoreaccess.h"

#include "http/redaction.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace mlr::azureml {

std::optional<DatastorePath> parseDatastoreUri(const QString &uri)
{
    static const QRegularExpression form(
        u"^azureml://(?:subscriptions/[^/]+/resourcegroups/[^/]+/workspaces/[^/]+/)?datastores/([^/]+)/paths/(.*)$"_s,
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = form.match(uri);
    if (!m.hasMatch())
        return std::nullopt;
    QString path = m.captured(2);
    while (path.startsWith(u'/'))
        path.remove(0, 1);
    return DatastorePath { m.captured(1), path };
}

QString datastoreUri(const QString &datastore, const QString &path)
{
    return u"azureml://datastores/"_s + datastore + u"/paths/"_s + path;
}

DatastoreAccess datastoreLocation(const QJsonObject &datastore)
{
    const QJsonObject p = datastore[u"properties"_s].toObject();
    DatastoreAccess access;
    access.name = datastore[u"name"_s].toString();
    access.container = p[u"containerName"_s].toString();
    access.account.name = p[u"accountName"_s].toString();
    const QString own = p[u"properties"_s].toObject()[u"mlstudio.blobEndpoint"_s].toString();
    const QString protocol = p[u"protocol"_s].toString(u"https"_s);
    const QString suffix = p[u"endpoint"_s].toString(u"core.windows.net"_s);
    if (!access.account.name.isEmpty())
        access.account.blobEndpoint = !own.isEmpty()
            ? QUrl(own)
            : QUrl(protocol + u"://"_s + access.account.name + u".blob."_s + suffix);
    return access;
}

std::optional<DatastoreAccess> datastoreAccess(
    const QJsonObject &datastore, const QJsonObject &secrets, Error *error)
{
    const auto fail = [error](const QString &text) -> std::optional<DatastoreAccess> {
        if (error)
            *error = Error::input(text);
        return std::nullopt;
    };
    const QString name = datastore[u"name"_s].toString();
    const QJsonObject p = datastore[u"properties"_s].toObject();
    if (p[u"datastoreType"_s].toString().compare(u"AzureBlob"_s, Qt::CaseInsensitive) != 0)
        return fail(QCoreApplication::translate("mlr::azureml",
            "Datastore %1 is of type %2, not Azure Blob: give your own storage account instead.")
                        .arg(name, p[u"datastoreType"_s].toString()));
    const QString key = secrets[u"key"_s].toString();
    if (secrets[u"secretsType"_s].toString().compare(u"AccountKey"_s, Qt::CaseInsensitive) != 0
        || key.isEmpty())
        return fail(QCoreApplication::translate("mlr::azureml",
            "Datastore %1 gives no account key (its credentials are %2): give your own storage account "
            "instead.")
                        .arg(name, secrets[u"secretsType"_s].toString()));
    DatastoreAccess access = datastoreLocation(datastore);
    access.account.key = key;
    redaction::registerSecret(key);
    if (access.account.name.isEmpty() || access.container.isEmpty() || !access.account.blobEndpoint.isValid())
        return fail(
            QCoreApplication::translate("mlr::azureml", "Datastore %1 names no storage account or container.")
                .arg(name));
    return access;
}

DatastoreAccessJob::DatastoreAccessJob(QNetworkAccessManager *nam, arm::TokenProvider *tokens,
    WorkspaceTarget target, QString datastore, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_tokens(tokens)
    , m_target(std::move(target))
    , m_name(std::move(datastore))
{ }

DatastoreAccessJob::~DatastoreAccessJob() = default;

void DatastoreAccessJob::start()
{
    if (m_get)
        return;
    const bool byName = !m_name.isEmpty();
    m_get = std::make_unique<WorkspaceGetJob>(m_nam, m_tokens, m_target,
        byName ? u"/datastores/"_s + m_name : u"/datastores"_s,
        byName ? WorkspaceGetJob::Kind::One : WorkspaceGetJob::Kind::List,
        byName ? tr("datastore %1").arg(m_name) : tr("the workspace's default datastore"));
    if (!byName)
        m_get->setQuery(QUrlQuery { { u"isDefault"_s, u"true"_s } });
    connect(m_get.get(), &WorkspaceGetJob::finished, this, &DatastoreAccessJob::onDatastore);
    m_get->start();
}

void DatastoreAccessJob::onDatastore(const QJsonObject &body, const Error &error)
{
    if (error)
        return finish({}, error);
    if (!m_name.isEmpty()) {
        m_datastore = body;
    } else {
        for (const QJsonValue &v : body[u"value"_s].toArray())
            if (v[u"properties"_s][u"isDefault"_s].toBool())
                m_datastore = v.toObject();
        if (m_datastore.isEmpty())
            return finish(
                {}, Error::input(tr("Workspace %1 has no default datastore.").arg(m_target.workspace)));
    }
    const QString name = m_datastore[u"name"_s].toString();
    if (m_own) {
        const QString account = m_datastore[u"properties"_s][u"accountName"_s].toString();
        if (account.compare(m_own->name, Qt::CaseInsensitive) != 0)
            return finish({},
                Error::input(tr("Datastore %1 is in storage account %2, and the storage credentials given "
                                "are for %3.")
                                 .arg(name, account, m_own->name)));
        DatastoreAccess access;
        access.name = name;
        access.container = m_datastore[u"properties"_s][u"containerName"_s].toString();
        access.account = *m_own;
        return finish(access, {});
    }
    m_secrets = std::make_unique<WorkspaceWriteJob>(m_nam, m_tokens, m_target, "POST",
        u"/datastores/"_s + name + u"/listSecrets"_s, QJsonObject {},
        tr("the secrets of datastore %1").arg(name));
    connect(m_secrets.get(), &WorkspaceWriteJob::finished, this,
        [this](const WriteResult &result, const Error &e) {
            if (e)
                return finish(datastoreLocation(m_datastore), e);
            Error invalid;
            const std::optional<DatastoreAccess> access
                = datastoreAccess(m_datastore, result.answer, &invalid);
            finish(access.value_or(datastoreLocation(m_datastore)), access ? Error {} : invalid);
        });
    m_secrets->start();
}

void DatastoreAccessJob::finish(const DatastoreAccess &access, const Error &error)
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(access, error);
}

} // namespace mlr::azureml
