// service list | get NAME | export NAME FILE | import FILE NAME | create ...: reading web
// services and writing whole definitions.
#include "arm/armjobs.h"
#include "arm/armwrite.h"
#include "arm/definitionfile.h"
#include "arm/sandboxtemplate.h"
#include "history/history.h"
#include "output.h"
#include "profile/profilestore.h"
#include "profilecommands.h"
#include "secrets/secretstore.h"
#include "servicecommand.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

namespace mlr::cli {

namespace {

using namespace mlr::arm;

class ListCommand final : public ServiceCommand
{
    Q_OBJECT

public:
    using ServiceCommand::ServiceCommand;

protected:
    void run() override
    {
        const auto scope = m_target.resourceGroup.isEmpty() ? WebServiceListJob::Scope::Subscription
                                                            : WebServiceListJob::Scope::ResourceGroup;
        auto *job = new WebServiceListJob(ctx().network(), m_tokens.get(), m_target, scope, this);
        connect(job, &WebServiceListJob::finished, this,
            [this](const QList<WebServiceSummary> &services, const Error &error) {
                if (error)
                    return fail(error);
                if (out().isJson()) {
                    QJsonArray array;
                    for (const WebServiceSummary &s : services)
                        array.append(QJsonObject { { QStringLiteral("name"), s.name },
                            { QStringLiteral("resourceGroup"), s.resourceGroup },
                            { QStringLiteral("location"), s.location }, { QStringLiteral("title"), s.title },
                            { QStringLiteral("provisioningState"), s.provisioningState },
                            { QStringLiteral("readOnly"), s.readOnly },
                            { QStringLiteral("storageAccount"), s.storageAccount } });
                    out().json(array);
                } else {
                    QStringList lines;
                    for (const WebServiceSummary &s : services)
                        lines.append(QStringLiteral("%1\t%2\t%3%4")
                                         .arg(s.name, s.resourceGroup, s.provisioningState,
                                             s.readOnly ? tr("\tread-only") : QString()));
                    if (lines.isEmpty())
                        lines.append(tr("(no web services)"));
                    out().text(lines.join(u'\n'));
                }
                succeed();
            });
        job->start();
    }
};

// get NAME | export NAME FILE
class GetCommand final : public ServiceCommand
{
    Q_OBJECT

public:
    using ServiceCommand::ServiceCommand;

protected:
    void run() override
    {
        const QString name = invocation().args.value(0);
        auto *job = new WebServiceGetJob(ctx().network(), m_tokens.get(), m_target, name, this);
        connect(job, &WebServiceGetJob::finished, this,
            [this, name](const QJsonObject &resource, const Error &error) {
                if (error)
                    return fail(error);
                if (invocation().command == u"export")
                    return exportTo(name, resource, invocation().args.value(1));
                if (out().isJson())
                    out().json(resource);
                else
                    out().text(describe(resource));
                succeed();
            });
        job->start();
    }

private:
    void exportTo(const QString &name, const QJsonObject &resource, const QString &file)
    {
        if (QFileInfo::exists(file) && !invocation().hasOption(QStringLiteral("overwrite")))
            return failInput(tr("%1 already exists; add --overwrite to replace it.").arg(file));
        QSaveFile f(file);
        if (!f.open(QIODevice::WriteOnly))
            return failInput(tr("%1 cannot be written: %2").arg(file, f.errorString()));
        f.write(exportDefinition(resource));
        if (!f.commit())
            return failInput(tr("%1 cannot be written: %2").arg(file, f.errorString()));
        if (out().isJson())
            out().json(QJsonObject { { QStringLiteral("service"), name }, { QStringLiteral("file"), file } });
        else
            out().text(tr("Exported %1 to %2").arg(name, file));
        succeed();
    }

    QString describe(const QJsonObject &resource) const
    {
        const WebServiceSummary s = summaryFromJson(resource);
        QStringList lines { tr("Name: %1").arg(s.name), tr("Title: %1").arg(s.title),
            tr("State: %1").arg(s.provisioningState),
            tr("Read-only: %1").arg(s.readOnly ? tr("yes") : tr("no")),
            tr("Storage account: %1").arg(s.storageAccount) };
        for (const TrainedModelAsset &a : trainedModelAssets(resource))
            lines.append(tr("Trained model %1 (%2): %3").arg(a.name, a.assetId, a.uri));
        if (outputsTrainedModel(resource))
            lines.append(tr("This is a training service (an output is a trained model)."));
        return lines.join(u'\n');
    }
};

// import FILE NAME | create --definition FILE NAME: PUT the definition.
class PutCommand final : public ServiceCommand
{
    Q_OBJECT

public:
    using ServiceCommand::ServiceCommand;

protected:
    void run() override
    {
        const bool create = invocation().command == u"create";
        if (create && !invocation().hasOption(QStringLiteral("definition")))
            return failInput(tr(
                "service create needs --definition FILE, or --template T --schema-from CSV --label COLUMN."));
        const QString file
            = create ? invocation().option(QStringLiteral("definition")) : invocation().args.value(0);
        const QString name = create ? invocation().args.value(0) : invocation().args.value(1);
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return failInput(tr("%1 cannot be read: %2").arg(file, f.errorString()));
        Error error;
        const auto imported = importDefinition(f.readAll(), file, &error);
        if (!imported)
            return fail(error);
        for (const QString &ignored : imported->ignored)
            out().note(tr("ignored read-only member %1").arg(ignored));
        QJsonObject definition = imported->definition;
        // Exported definitions never carry the commitment plan (ARM's GET does not return it).
        const QString plan = invocation().option(QStringLiteral("commitment-plan"));
        if (!plan.isEmpty()) {
            QJsonObject props = definition.value(QStringLiteral("properties")).toObject();
            props.insert(QStringLiteral("commitmentPlan"), QJsonObject { { QStringLiteral("id"), plan } });
            definition.insert(QStringLiteral("properties"), props);
        }
        auto *job = new WebServiceWriteJob(ctx().network(), m_tokens.get(), m_target, name,
            WebServiceWriteJob::Method::Put, definition, this);
        job->setAllowOverwrite(invocation().hasOption(QStringLiteral("overwrite")));
        connect(job, &WebServiceWriteJob::progress, this,
            [this](const QString &status, double) { out().note(tr("operation: %1").arg(status)); });
        connect(job, &WebServiceWriteJob::finished, this,
            [this, name, file, create](const OperationResult &result, const Error &error) {
                if (error && error.kind == Error::Kind::Http && error.httpStatus >= 400
                    && error.httpStatus < 500 && result.httpStatus == 0) {
                    // The PUT itself was refused (e.g. CannotChangeStorageAccount): nothing changed.
                    Error refused = error;
                    return fail(refused.withContext(
                        tr("%1 was refused; web service %2 is unchanged").arg(file, name)));
                }
                if (error)
                    return fail(error);
                record(name, file, create, result);
            });
        job->start();
    }

private:
    void record(const QString &name, const QString &file, bool create, const OperationResult &result)
    {
        history::Event e;
        e.kind = create ? history::EventKind::ServiceCreated : history::EventKind::Import;
        e.profile = m_profile.name;
        e.service = name;
        e.summary = (create ? tr("Created %1 from %2") : tr("Imported %2 as %1")).arg(name, file);
        e.details
            = QVariantMap { { QStringLiteral("file"), file }, { QStringLiteral("created"), result.created },
                  { QStringLiteral("operation"), result.final.status } };
        if (const Error h = history::HistoryStore().append(e))
            out().note(h.message());
        if (out().isJson())
            out().json(QJsonObject { { QStringLiteral("service"), name }, { QStringLiteral("file"), file },
                { QStringLiteral("created"), result.created },
                { QStringLiteral("status"), result.final.status } });
        else
            out().text(tr("%1 %2 (operation %3)")
                           .arg(name, result.created ? tr("created") : tr("replaced"), result.final.status));
        succeed();
    }
};

// create --template T --schema-from CSV --label COL NAME (mlstudio-local): a retraining and
// predictive pair for the CSV; the pair becomes the profile's services, their keys go to the
// keychain. No Azure sign-in: mlstudio-local's admin route.
class TemplateCommand final : public ServiceCommand
{
    Q_OBJECT

public:
    using ServiceCommand::ServiceCommand;

protected:
    bool needsSignIn() const override { return false; }

    void run() override
    {
        const QString csvPath = invocation().option(QStringLiteral("schema-from"));
        const QString label = invocation().option(QStringLiteral("label"));
        if (csvPath.isEmpty() || label.isEmpty())
            return failInput(tr("service create --template needs --schema-from CSV and --label COLUMN."));
        QFile csv(csvPath);
        if (!csv.open(QIODevice::ReadOnly))
            return failInput(tr("%1 cannot be read: %2").arg(csvPath, csv.errorString()));
        m_request.server = m_target.armUrl;
        m_request.templateName = invocation().option(QStringLiteral("template"));
        m_request.labelColumn = label;
        m_request.name = invocation().args.value(0);
        m_request.csv = csv.readAll();
        m_request.learner = invocation().option(QStringLiteral("learner"));
        for (const QString &column :
            invocation().option(QStringLiteral("integer-columns")).split(u',', Qt::SkipEmptyParts))
            m_request.integerColumns << column.trimmed();
        out().note(
            tr("creating %1-retraining and %1-predictive (training the first model)").arg(m_request.name));
        auto *job = new SandboxServicePairJob(ctx().network(), m_request, this);
        connect(
            job, &SandboxServicePairJob::finished, this, [this](const QJsonObject &pair, const Error &error) {
                if (error)
                    return fail(error);
                created(pair);
            });
        job->start();
    }

private:
    void created(const QJsonObject &pair)
    {
        const QJsonObject training = pair.value(QStringLiteral("trainingService")).toObject();
        const QJsonObject predictive = pair.value(QStringLiteral("predictiveService")).toObject();
        const QList<std::pair<QString, QString>> settings = {
            { QStringLiteral("trainingBatchUrl"), training.value(QStringLiteral("batchUrl")).toString() },
            { QStringLiteral("trainingServiceName"), training.value(QStringLiteral("name")).toString() },
            { QStringLiteral("predictiveRequestUrl"),
                predictive.value(QStringLiteral("requestUrl")).toString() },
            { QStringLiteral("predictiveServiceName"), predictive.value(QStringLiteral("name")).toString() },
        };
        for (const auto &[key, value] : settings) {
            if (const Error e = m_profile.set(key, value))
                return fail(e);
        }
        if (const Error e = ctx().profiles().save(m_profile))
            return fail(e);
        history::Event e;
        e.kind = history::EventKind::ServiceCreated;
        e.profile = m_profile.name;
        e.service = m_profile.predictiveServiceName;
        e.summary = tr("Created %1 and %2 from template %3")
                        .arg(m_profile.trainingServiceName, m_profile.predictiveServiceName,
                            m_request.templateName);
        e.details = QVariantMap { { QStringLiteral("template"), m_request.templateName },
            { QStringLiteral("label"), m_request.labelColumn },
            { QStringLiteral("training"), m_profile.trainingServiceName },
            { QStringLiteral("predictive"), m_profile.predictiveServiceName } };
        if (const Error h = history::HistoryStore().append(e))
            out().note(h.message());
        m_pairKeys = { { SecretKind::TrainingApiKey, training.value(QStringLiteral("apiKey")).toString() },
            { SecretKind::PredictiveApiKey, predictive.value(QStringLiteral("apiKey")).toString() } };
        storePairKeys();
    }

    void storePairKeys()
    {
        if (m_pairKeys.isEmpty() || ctx().secrets().isSessionOnly()) {
            // Without a keychain the keys stay in the pair's description, which the sandbox wrote.
            const QString keysNotStored = m_pairKeys.isEmpty()
                ? QString()
                : tr("The keychain is unavailable, so the new services' API keys were not stored: they are "
                     "in %1.json in mlstudio-local's data folder (the pair's description; '%2 profile "
                     "from-sandbox DIR/%1.json' makes a profile of it).")
                        .arg(m_request.name, QLatin1StringView(toolName))
                    + u'\n' + environmentInsteadOfKeychainText(tr("that file"));
            if (out().isJson())
                out().json(QJsonObject { { QStringLiteral("profile"), m_profile.name },
                    { QStringLiteral("trainingService"), m_profile.trainingServiceName },
                    { QStringLiteral("predictiveService"), m_profile.predictiveServiceName },
                    { QStringLiteral("trainingBatchUrl"), m_profile.trainingBatchUrl.toString() },
                    { QStringLiteral("predictiveRequestUrl"), m_profile.predictiveRequestUrl.toString() },
                    { QStringLiteral("keysStored"), m_pairKeys.isEmpty() },
                    { QStringLiteral("keysFile"), QString(m_request.name + QStringLiteral(".json")) } });
            else
                out().text(
                    tr("Created %1 and %2; profile '%3' now uses them.")
                        .arg(m_profile.trainingServiceName, m_profile.predictiveServiceName, m_profile.name)
                    + (keysNotStored.isEmpty() ? QString() : u'\n' + keysNotStored));
            return succeed();
        }
        const auto [kind, value] = m_pairKeys.takeFirst();
        auto *job = ctx().secrets().write(m_profile.name, kind, value, this);
        connect(job, &SecretWriteJob::finished, this, [this](const Error &error) {
            if (error)
                return fail(error);
            storePairKeys();
        });
        job->start();
    }

    SandboxServicePairJob::Request m_request;
    QList<std::pair<SecretKind, QString>> m_pairKeys;
};

} // namespace

std::unique_ptr<Command> createServiceReadCommand(Context &context)
{
    const Invocation &inv = context.invocation();
    if (inv.command == u"list")
        return std::make_unique<ListCommand>(context);
    if (inv.command == u"get" || inv.command == u"export")
        return std::make_unique<GetCommand>(context);
    if (inv.command == u"create" && inv.hasOption(QStringLiteral("template")))
        return std::make_unique<TemplateCommand>(context);
    if (inv.command == u"import" || inv.command == u"create")
        return std::make_unique<PutCommand>(context);
    return nullptr;
}

} // namespace mlr::cli

#include "servicereadcommands.moc"
