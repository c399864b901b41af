#include "azureml/amljobrunner.h"

#include "azureml/amluris.h"
#include "azureml/jobs/jobexecution.h"
#include "server/blobio.h"

#include <QFutureWatcher>
#include <QJsonArray>
#include <QPointer>
#include <QRegularExpression>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace mlr::server {

struct AmlJobRunner::Run
{
    QString key;
    QString name;
    aml::JobPlan plan;
    QMap<QString, QByteArray> inputs;
    std::shared_ptr<std::atomic_bool> cancelled = std::make_shared<std::atomic_bool>(false);
    std::optional<aml::JobRunResult> result;
    int pendingUploads = 0;
    QString uploadError;
};

AmlJobRunner::AmlJobRunner(AmlSupport *support, QObject *parent)
    : QObject(parent)
    , m_support(support)
{ }

AmlJobRunner::~AmlJobRunner()
{
    for (const auto &run : std::as_const(m_runs))
        *run->cancelled = true;
}

QString AmlJobRunner::outputUri(const QString &jobName, const QString &output)
{
    return datastoreUri(u"workspaceblobstore"_s, u"azureml/%1/%2/"_s.arg(jobName, output));
}

AmlJob *AmlJobRunner::job(const std::shared_ptr<Run> &run) const
{
    auto it = m_support->state().jobs.find(run->key);
    return it == m_support->state().jobs.end() ? nullptr : &*it;
}

void AmlJobRunner::start(const QString &jobKey, const aml::JobPlan &plan)
{
    auto run = std::make_shared<Run>();
    run->key = jobKey;
    run->plan = plan;
    run->name = m_support->state().jobs[jobKey].name;
    m_runs.insert(jobKey, run);
    QTimer::singleShot(
        m_support->context()->config.amlJobStepMs, this, [this, run]() { advance(run, u"Preparing"_s); });
}

void AmlJobRunner::cancel(const QString &jobKey)
{
    const auto it = m_runs.constFind(jobKey);
    if (it == m_runs.cend())
        return;
    *(*it)->cancelled = true;
    if (AmlJob *j = job(*it); j && !j->isTerminal()) {
        j->status = u"CancelRequested"_s;
        j->cancelRequested = true;
        m_support->changed();
    }
}

void AmlJobRunner::advance(const std::shared_ptr<Run> &run, const QString &status)
{
    AmlJob *j = job(run);
    if (!j || j->isTerminal())
        return;
    if (*run->cancelled)
        return finish(run, u"Canceled"_s);
    j->status = status;
    m_support->changed();
    const int pace = m_support->context()->config.amlJobStepMs;
    if (status == u"Preparing"_s)
        QTimer::singleShot(pace, this, [this, run]() { advance(run, u"Queued"_s); });
    else if (status == u"Queued"_s)
        QTimer::singleShot(pace, this, [this, run]() { advance(run, u"Running"_s); });
    else if (status == u"Running"_s) {
        j->started = QDateTime::currentDateTimeUtc();
        fetchInputs(run);
    }
}

void AmlJobRunner::fetchInputs(const std::shared_ptr<Run> &run)
{
    const QStringList names = run->plan.dataInputs();
    for (const QString &name : names) {
        if (run->inputs.contains(name))
            continue;
        const AmlJob *j = job(run);
        if (!j)
            return;
        const AmlWorkspace &w = m_support->state().workspaces[j->workspaceKey];
        const aml::JobInput input = run->plan.inputs.value(name);
        auto resolved = resolveAmlUri(
            m_support->state(), w, m_support->context()->storage.value_or(StorageAccount {}), input.uri);
        if (const auto *error = std::get_if<UriError>(&resolved))
            return finish(run, u"Failed"_s, u"UserError"_s, u"Input '%1': %2"_s.arg(name, error->message));
        BlobLocation blob = std::get<BlobLocation>(resolved);
        const bool isModel = input.type == u"mlflow_model"_s || input.type == u"custom_model"_s;
        if (blob.blob.endsWith(u'/'))
            blob.blob += isModel ? u"model.ilearner"_s : u"data.csv"_s;
        blobio::get(m_support->context()->nam, blob, this,
            [this, run, name, input](const QByteArray &data, const blobio::Properties &, const Error &error) {
                if (error)
                    return finish(run, u"Failed"_s, error.isNotFound() ? u"UserError"_s : u"SystemError"_s,
                        u"Input '%1' (%2) cannot be read: %3"_s.arg(name, input.uri, error.message()));
                run->inputs.insert(name, data);
                fetchInputs(run);
            });
        return;
    }
    execute(run);
}

void AmlJobRunner::execute(const std::shared_ptr<Run> &run)
{
    using Outcome = std::shared_ptr<std::variant<aml::JobRunResult, aml::JobRunError>>;
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, run]() {
        watcher->deleteLater();
        const Outcome outcome = watcher->result();
        if (const auto *error = std::get_if<aml::JobRunError>(outcome.get()))
            return finish(run, error->cancelled ? u"Canceled"_s : u"Failed"_s, error->code,
                error->step.isEmpty() ? error->message : u"Step '%1': %2"_s.arg(error->step, error->message));
        run->result = std::get<aml::JobRunResult>(*outcome);
        if (AmlJob *j = job(run)) {
            j->status = u"Finalizing"_s;
            m_support->changed();
        }
        upload(run);
    });
    const auto cancelled = run->cancelled;
    watcher->setFuture(
        QtConcurrent::run(m_support->context()->pool, [plan = run->plan, inputs = run->inputs, cancelled]() {
            return Outcome(std::make_shared<std::variant<aml::JobRunResult, aml::JobRunError>>(
                aml::runJob(plan, inputs, [cancelled]() { return cancelled->load(); })));
        }));
}

void AmlJobRunner::upload(const std::shared_ptr<Run> &run)
{
    const AmlJob *j = job(run);
    if (!j)
        return;
    const AmlWorkspace &w = m_support->state().workspaces[j->workspaceKey];
    const StorageAccount account = m_support->context()->storage.value_or(StorageAccount {});
    QList<std::pair<BlobLocation, aml::OutputFile>> files;
    QJsonObject uris;
    for (auto it = run->result->outputs.cbegin(); it != run->result->outputs.cend(); ++it) {
        const aml::JobOutput output = run->plan.outputs.value(it.key());
        QString uri = output.uri.isEmpty() ? outputUri(run->name, it.key()) : output.uri;
        if (!uri.endsWith(u'/'))
            uri += u'/';
        auto resolved = resolveAmlUri(m_support->state(), w, account, uri + u"x"_s);
        if (const auto *error = std::get_if<UriError>(&resolved))
            return finish(
                run, u"Failed"_s, u"UserError"_s, u"Output '%1': %2"_s.arg(it.key(), error->message));
        BlobLocation folder = std::get<BlobLocation>(resolved);
        folder.blob.chop(1);
        for (const aml::OutputFile &file : it.value()) {
            BlobLocation target = folder;
            target.blob += file.relativePath;
            files.append({ target, file });
        }
        uris.insert(it.key(), uri);
    }
    const BlobLocation log { account, u"azureml"_s,
        u"ExperimentRun/dcid.%1/user_logs/std_log.txt"_s.arg(run->name) };
    files.append({ log, aml::OutputFile { u"std_log.txt"_s, run->result->stdLog(), u"text/plain"_s } });
    uris.insert(u"default"_s,
        u"azureml://datastores/workspaceartifactstore/paths/ExperimentRun/dcid.%1/"_s.arg(run->name));
    if (AmlJob *writable = job(run))
        writable->outputUris = uris;
    run->pendingUploads = int(files.size());
    for (const auto &[blob, file] : files)
        blobio::put(m_support->context()->nam, blob, file.bytes, file.contentType.toLatin1(), this,
            [this, run, blob](const Error &error) {
                if (error && run->uploadError.isEmpty())
                    run->uploadError = u"cannot write %1: %2"_s.arg(blob.relativeLocation(), error.message());
                if (--run->pendingUploads > 0)
                    return;
                if (!run->uploadError.isEmpty())
                    return finish(run, u"Failed"_s, u"SystemError"_s,
                        u"The outputs could not be saved: "_s + run->uploadError);
                finish(run, u"Completed"_s);
            });
}

void AmlJobRunner::finish(
    const std::shared_ptr<Run> &run, const QString &status, const QString &code, const QString &message)
{
    m_runs.remove(run->key);
    AmlJob *j = job(run);
    if (!j || j->isTerminal())
        return;
    j->status = status;
    j->ended = QDateTime::currentDateTimeUtc();
    if (!j->started.isValid())
        j->started = j->ended;
    if (status == u"Canceled"_s) {
        j->errorCode = u"UserError"_s;
        j->errorMessage = u"The job was canceled."_s;
    } else {
        j->errorCode = code;
        j->errorMessage = message;
    }
    if (run->result && status == u"Completed"_s) {
        QJsonObject metrics, params;
        for (auto it = run->result->metrics.cbegin(); it != run->result->metrics.cend(); ++it)
            metrics.insert(it.key(), it.value());
        for (auto it = run->result->params.cbegin(); it != run->result->params.cend(); ++it)
            params.insert(it.key(), it.value());
        j->metrics = metrics;
        j->params = params;
    } else if (status != u"Completed"_s) {
        j->outputUris = {};
    }
    m_support->changed();
    Q_EMIT jobFinished(run->key, status);
}

} // namespace mlr::server
