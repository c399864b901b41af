#include "server/jobrunner.h"

#include "server/blobio.h"
#include "server/blobref.h"
#include "server/modelcache.h"

#include <QDir>
#include <QFutureWatcher>
#include <QTemporaryDir>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace mlr::server {

struct JobRunner::Active
{
    QString jobId;
    QString serviceKey;
    GraphPtr graph;
    QJsonObject deployed;
    QJsonObject request;
    std::shared_ptr<std::atomic_bool> cancelled = std::make_shared<std::atomic_bool>(false);
    std::unique_ptr<QObject> scope = std::make_unique<QObject>(); // owns the blob calls
    std::unique_ptr<QTemporaryDir> work;
    QMap<QString, QString> inputFiles; // input name -> local CSV
    QMap<QString, std::shared_ptr<const studio::TrainedModel>> models;
    QJsonObject results;
};

namespace {

struct RunOutcome
{
    std::optional<studio::GraphRunResult> result;
    QString error;
};

} // namespace

JobRunner::JobRunner(Context *context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{ }

JobRunner::~JobRunner()
{
    for (const auto &active : std::as_const(m_active))
        active->cancelled->store(true);
}

void JobRunner::release(const std::shared_ptr<Active> &active)
{
    m_active.remove(active->jobId.toLower());
    // The scope's children (blob calls, the pool watcher) hold `active` in their callbacks, and
    // one of them may be calling us: delete them later, which frees `active` and removes
    // its work folder.
    if (active->scope)
        active->scope.release()->deleteLater();
}

BatchJob *JobRunner::job(const std::shared_ptr<Active> &active) const
{
    if (active->cancelled->load())
        return nullptr;
    const auto it = m_context->state->jobs.find(active->jobId.toLower());
    return it == m_context->state->jobs.end() || it->status != u"Running"_s ? nullptr : &*it;
}

void JobRunner::run(
    const QString &jobId, const QString &serviceKey, GraphPtr graph, const QJsonObject &deployed)
{
    auto active = std::make_shared<Active>();
    active->jobId = jobId;
    active->serviceKey = serviceKey;
    active->graph = std::move(graph);
    active->deployed = deployed;
    active->request = m_context->state->jobs.value(jobId.toLower()).request;
    const QString base = m_context->config.dataDir.isEmpty()
        ? QDir::tempPath()
        : QDir(m_context->config.dataDir).filePath(u"work"_s);
    QDir().mkpath(base);
    active->work = std::make_unique<QTemporaryDir>(QDir(base).filePath(jobId + u"-XXXXXX"_s));
    m_active.insert(jobId.toLower(), active);
    QTimer::singleShot(std::max(0, m_context->config.jobDelayMs), active->scope.get(),
        [this, active]() { download(active); });
}

void JobRunner::cancel(const QString &jobId)
{
    if (const auto active = m_active.take(jobId.toLower())) {
        active->cancelled->store(true);
        active->scope.reset(); // aborts blob transfers and pending timers
    }
}

void JobRunner::download(const std::shared_ptr<Active> &active)
{
    if (!job(active))
        return;
    const QJsonObject inputs = active->request.value(u"Inputs"_s).toObject();
    if (inputs.isEmpty())
        return fetchModels(active);
    auto remaining = std::make_shared<qsizetype>(inputs.size());
    auto failed = std::make_shared<bool>(false);
    for (auto it = inputs.begin(); it != inputs.end(); ++it) {
        const auto resolved = resolveBesReference(it.value().toObject());
        if (const auto *problem = std::get_if<ReferenceError>(&resolved))
            return fail(
                active, u"Error 0030: Unable to read input '%1': %2"_s.arg(it.key(), problem->message));
        const BlobLocation blob = std::get<BlobLocation>(resolved);
        const QString file = active->work->filePath(it.key() + u".csv"_s);
        active->inputFiles.insert(it.key(), file);
        blobio::download(m_context->nam, blob, file, active->scope.get(),
            [this, active, remaining, failed, blob, name = it.key()](const Error &error) {
                if (*failed)
                    return;
                if (error) {
                    *failed = true;
                    return fail(active,
                        u"Error 0030: Unable to download the input blob '%1' of '%2': %3"_s.arg(
                            blob.relativeLocation(), name, error.message()));
                }
                if (--*remaining == 0)
                    fetchModels(active);
            });
    }
}

void JobRunner::fetchModels(const std::shared_ptr<Active> &active)
{
    if (!job(active))
        return;
    QList<ModelCache::Asset> assets;
    const QJsonObject assetMap = active->deployed.value(u"assets"_s).toObject();
    for (const studio::TrainedModelAsset &asset : active->graph->trainedModels)
        assets.append({ asset.uri,
            assetMap.value(asset.assetId)
                .toObject()
                .value(u"locationInfo"_s)
                .toObject()
                .value(u"credentials"_s)
                .toString() });
    QList<StorageAccount> fallbacks;
    if (m_context->storage)
        fallbacks.append(*m_context->storage);
    m_context->models->fetch(
        assets, fallbacks, [this, active](const ModelCache::Models &models, const QString &error) {
            if (!job(active))
                return;
            if (!error.isEmpty())
                return fail(active, u"Error 0082: Model could not be deserialized: %1"_s.arg(error));
            for (auto it = models.begin(); it != models.end(); ++it)
                active->models.insert(it.key(), it.value()->model);
            execute(active);
        });
}

void JobRunner::execute(const std::shared_ptr<Active> &active)
{
    if (!job(active))
        return;
    QMap<QString, QString> globals;
    const QJsonObject given = active->request.value(u"GlobalParameters"_s).toObject();
    for (auto it = given.begin(); it != given.end(); ++it)
        globals.insert(it.key(), it.value().toString());
    using Outcome = std::shared_ptr<RunOutcome>;
    auto *watcher = new QFutureWatcher<Outcome>(active->scope.get());
    connect(watcher, &QFutureWatcherBase::finished, this, [this, active, watcher]() {
        const Outcome outcome = watcher->result();
        if (!job(active))
            return;
        if (!outcome->result)
            return fail(active, outcome->error);
        upload(active, outcome->result->outputs);
    });
    GraphPtr graph = active->graph;
    const QMap<QString, QString> files = active->inputFiles;
    const auto models = active->models;
    const auto cancelled = active->cancelled;
    watcher->setFuture(QtConcurrent::run(m_context->pool, [graph, files, globals, models, cancelled]() {
        auto outcome = std::make_shared<RunOutcome>();
        studio::GraphRunRequest request;
        for (auto it = files.begin(); it != files.end(); ++it) {
            studio::CsvReadOptions options = studio::inputReadOptions(*graph, it.key());
            auto table = studio::readCsvFile(it.value(), options);
            if (!table.ok()) {
                outcome->error = u"Module execution encountered an error reading input '%1'. %2"_s.arg(
                    it.key(), table.error().text());
                return outcome;
            }
            request.inputs.insert(it.key(), std::move(table).value());
        }
        request.globalParameters = globals;
        request.models = models;
        request.cancelled = [cancelled]() {
            return cancelled->load();
        };
        auto run = studio::executeGraph(*graph, request);
        if (auto *error = std::get_if<studio::GraphError>(&run))
            outcome->error = error->message;
        else
            outcome->result = std::get<studio::GraphRunResult>(std::move(run));
        return outcome;
    }));
}

void JobRunner::upload(const std::shared_ptr<Active> &active, const QList<studio::GraphOutput> &outputs)
{
    const QJsonObject overrides = active->request.value(u"Outputs"_s).toObject();
    auto remaining = std::make_shared<qsizetype>(outputs.size());
    auto failed = std::make_shared<bool>(false);
    if (outputs.isEmpty())
        return finish(active);
    for (const studio::GraphOutput &output : outputs) {
        const bool model = output.kind == studio::GraphOutput::TrainedModel;
        BlobLocation blob;
        if (overrides.contains(output.name)) {
            blob = std::get<BlobLocation>(resolveBesReference(overrides.value(output.name).toObject()));
        } else if (m_context->storage) {
            blob.account = *m_context->storage;
            blob.container = u"experimentoutput"_s;
            blob.blob = active->jobId + u'/' + output.name + (model ? u".ilearner"_s : u".csv"_s);
        } else {
            return fail(active,
                u"Output '%1' has no location: give it one in Outputs (mlstudio-local runs without "
                u"--storage, so it has no default storage account)."_s.arg(output.name));
        }
        // Where the output went, with a key when one is known (to mint read SAS on GET).
        StorageAccount reader = blob.account;
        if (!reader.hasKey() && m_context->storage && m_context->storage->name == reader.name
            && m_context->storage->blobEndpoint.host() == reader.blobEndpoint.host()
            && m_context->storage->blobEndpoint.port() == reader.blobEndpoint.port())
            reader = *m_context->storage;
        QJsonObject where { { u"RelativeLocation"_s, blob.relativeLocation() },
            { u"BaseLocation"_s, blob.baseLocation() } };
        if (reader.hasKey())
            where.insert(u"ConnectionString"_s, reader.toConnectionString());
        else
            where.insert(u"SasBlobToken"_s, QString(u"?"_s + reader.sas));
        active->results.insert(output.name, where);
        blobio::put(m_context->nam, blob, output.bytes,
            model ? "application/octet-stream" : "text/csv; charset=utf-8", active->scope.get(),
            [this, active, remaining, failed, blob, name = output.name](const Error &error) {
                if (*failed || !job(active))
                    return;
                if (error) {
                    *failed = true;
                    return fail(active,
                        u"Error 0030: Unable to write output '%1' to blob '%2': %3"_s.arg(
                            name, blob.relativeLocation(), error.message()));
                }
                if (--*remaining == 0)
                    finish(active);
            });
    }
}

void JobRunner::fail(const std::shared_ptr<Active> &active, const QString &details)
{
    if (BatchJob *j = job(active)) {
        j->status = u"Failed"_s;
        j->details = details;
        j->endedUtc = QDateTime::currentDateTimeUtc();
        m_context->state->changed();
    }
    release(active);
}

void JobRunner::finish(const std::shared_ptr<Active> &active)
{
    if (BatchJob *j = job(active)) {
        j->status = u"Finished"_s;
        j->results = active->results;
        j->endedUtc = QDateTime::currentDateTimeUtc();
        m_context->state->changed();
    }
    release(active);
}

} // namespace mlr::server
