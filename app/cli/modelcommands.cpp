#include "modelcommands.h"

#include "amlcommand.h"
#include "azureml/amlget.h"
#include "azureml/amlresources.h"
#include "endpointcommands.h"
#include "format.h"
#include "output.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

namespace mlr::cli {

namespace {

using azureml::WorkspaceGetJob;

QJsonObject versionJson(const azureml::ModelVersion &m)
{
    const QJsonObject p = m.raw[QStringLiteral("properties")].toObject();
    return { { QStringLiteral("name"), m.name }, { QStringLiteral("version"), m.version },
        { QStringLiteral("modelType"), m.modelType }, { QStringLiteral("modelUri"), m.modelUri },
        { QStringLiteral("jobName"), m.jobName },
        { QStringLiteral("description"), p[QStringLiteral("description")] },
        { QStringLiteral("tags"), p[QStringLiteral("tags")] },
        { QStringLiteral("created"), m.raw[QStringLiteral("systemData")][QStringLiteral("createdAt")] } };
}

// model list: the model containers with their latest version; model list NAME: its versions,
// newest first.
class ModelListCommand final : public AmlCommand
{
    Q_OBJECT

public:
    using AmlCommand::AmlCommand;

protected:
    void runAml() override
    {
        const bool versions = !invocation().args.isEmpty();
        const QString name = versions ? invocation().args.first() : QString();
        m_get = std::make_unique<WorkspaceGetJob>(ctx().network(), m_tokens.get(), m_workspace,
            versions ? QStringLiteral("/models/") + name + QStringLiteral("/versions")
                     : QStringLiteral("/models"),
            WorkspaceGetJob::Kind::List,
            versions ? tr("the versions of model %1").arg(name)
                     : tr("the models of workspace %1").arg(m_workspace.workspace));
        if (versions)
            m_get->setQuery(QUrlQuery { { QStringLiteral("$orderBy"), QStringLiteral("createdtime desc") } });
        connect(m_get.get(), &WorkspaceGetJob::finished, this,
            [this, versions](const QJsonObject &body, const Error &error) {
                if (error)
                    return fail(error);
                versions ? printVersions(body) : printContainers(body);
            });
        m_get->start();
    }

private:
    void printContainers(const QJsonObject &body)
    {
        QJsonArray items;
        QList<QStringList> rows { { tr("MODEL"), tr("LATEST VERSION"), tr("DESCRIPTION") } };
        for (const QJsonValue &v : body[QStringLiteral("value")].toArray()) {
            const QJsonObject p = v[QStringLiteral("properties")].toObject();
            const QString name = v[QStringLiteral("name")].toString();
            const QString latest = p[QStringLiteral("latestVersion")].toString();
            items.append(
                QJsonObject { { QStringLiteral("name"), name }, { QStringLiteral("latestVersion"), latest },
                    { QStringLiteral("description"), p[QStringLiteral("description")] } });
            rows.append({ name, latest.isEmpty() ? QStringLiteral("-") : latest,
                format::oneLine(p[QStringLiteral("description")].toString()) });
        }
        if (out().isJson())
            out().json(items);
        else if (!items.isEmpty())
            out().text(format::table(rows));
        succeed();
    }

    void printVersions(const QJsonObject &body)
    {
        QJsonArray items;
        QList<QStringList> rows { { tr("VERSION"), tr("TYPE"), tr("JOB"), tr("CREATED") } };
        for (const QJsonValue &v : body[QStringLiteral("value")].toArray()) {
            Error invalid;
            const auto m = azureml::parseModelVersion(v.toObject(), &invalid);
            if (!m)
                return fail(invalid);
            const QJsonObject o = versionJson(*m);
            items.append(o);
            rows.append({ m->version, m->modelType, m->jobName.isEmpty() ? QStringLiteral("-") : m->jobName,
                o[QStringLiteral("created")].toString() });
        }
        if (out().isJson())
            out().json(items);
        else if (!items.isEmpty())
            out().text(format::table(rows));
        succeed();
    }

    std::unique_ptr<WorkspaceGetJob> m_get;
};

// model show NAME [VERSION]: one version (default: the latest), with its lineage.
class ModelShowCommand final : public AmlCommand
{
    Q_OBJECT

public:
    using AmlCommand::AmlCommand;

protected:
    void runAml() override
    {
        m_name = invocation().args.first();
        if (invocation().args.size() > 1)
            return showVersion(invocation().args.at(1));
        get(QStringLiteral("/models/") + m_name, tr("model %1").arg(m_name), [this](const QJsonObject &body) {
            const QString latest
                = body[QStringLiteral("properties")][QStringLiteral("latestVersion")].toString();
            if (latest.isEmpty())
                return failInput(tr("Model %1 has no version yet.").arg(m_name));
            showVersion(latest);
        });
    }

private:
    void showVersion(const QString &version)
    {
        get(QStringLiteral("/models/") + m_name + QStringLiteral("/versions/") + version,
            tr("version %1 of model %2").arg(version, m_name), [this](const QJsonObject &body) {
                Error invalid;
                const auto m = azureml::parseModelVersion(body, &invalid);
                if (!m)
                    return fail(invalid);
                const QJsonObject o = versionJson(*m);
                if (out().isJson()) {
                    out().json(o);
                    return succeed();
                }
                QList<QStringList> rows { { tr("KEY"), tr("VALUE") } };
                rows.append({ tr("model"), m->name });
                rows.append({ tr("version"), m->version });
                rows.append({ tr("type"), m->modelType });
                rows.append({ tr("uri"), m->modelUri });
                rows.append({ tr("trained by job"), m->jobName.isEmpty() ? tr("(unknown)") : m->jobName });
                rows.append({ tr("created"), o[QStringLiteral("created")].toString() });
                const QJsonObject tags = o[QStringLiteral("tags")].toObject();
                for (auto it = tags.begin(); it != tags.end(); ++it)
                    rows.append({ tr("tag %1").arg(it.key()), it.value().toString() });
                out().text(format::table(rows));
                succeed();
            });
    }

    void get(const QString &path, const QString &what, std::function<void(const QJsonObject &)> then)
    {
        m_get = std::make_unique<WorkspaceGetJob>(
            ctx().network(), m_tokens.get(), m_workspace, path, WorkspaceGetJob::Kind::One, what);
        connect(m_get.get(), &WorkspaceGetJob::finished, this,
            [this, then = std::move(then)](const QJsonObject &body, const Error &error) {
                if (error)
                    return fail(error);
                then(body);
            });
        m_get->start();
    }

    QString m_name;
    std::unique_ptr<WorkspaceGetJob> m_get;
};

} // namespace

QList<CommandSpec> modelCommandSpecs()
{
    const QString g = QStringLiteral("model");
    const PositionalSpec name { QStringLiteral("NAME"), Command::tr("The model's name."), {} };
    return { { g, QStringLiteral("list"),
                 Command::tr(
                     "List the workspace's registered models, or the versions of model NAME (newest first)."),
                 amlSignInHelp(), { { name.name, name.description, QStringLiteral("[NAME]") } }, 0, 1, {} },
        { g, QStringLiteral("show"),
            Command::tr(
                "Show a model version (default: the latest): its type, files and the job that trained it."),
            amlSignInHelp(),
            { name,
                { QStringLiteral("VERSION"), Command::tr("The version (default: the latest)."),
                    QStringLiteral("[VERSION]") } },
            1, 2, {} } };
}

std::unique_ptr<Command> createModelCommand(Context &context)
{
    const Invocation &inv = context.invocation();
    if (inv.group != u"model")
        return nullptr;
    if (inv.command == u"list")
        return std::make_unique<ModelListCommand>(context);
    if (inv.command == u"show")
        return std::make_unique<ModelShowCommand>(context);
    return nullptr;
}

} // namespace mlr::cli

#include "modelcommands.moc"
