#include "server/besroutes.h"

#include "server/blobio.h"
#include "server/blobref.h"
#include "server/errors.h"
#include "server/httpfront.h"
#include "server/jobrunner.h"
#include "server/jsonutil.h"
#include "storage/sas.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace mlr::server {

namespace {

const QStringList datasetExtensions = { u".csv"_s, u".tsv"_s, u".arff"_s };

QString extensionList(const QStringList &extensions)
{
    return extensions.join(u", "_s);
}

// The global parameters as text (strings, numbers and booleans accepted).
std::optional<QMap<QString, QString>> globalParameterTexts(const QJsonObject &given, QString *bad)
{
    QMap<QString, QString> out;
    for (auto it = given.begin(); it != given.end(); ++it) {
        const QJsonValue v = it.value();
        if (v.isString())
            out.insert(it.key(), v.toString());
        else if (v.isDouble())
            out.insert(it.key(), QString::number(v.toDouble(), 'g', 17));
        else if (v.isBool())
            out.insert(it.key(), v.toBool() ? u"True"_s : u"False"_s);
        else if (!v.isNull()) {
            *bad = it.key();
            return std::nullopt;
        }
    }
    return out;
}

// Keeps the state bounded: beyond 1000 jobs, the oldest finished ones are forgotten.
void forgetOldJobs(State *state)
{
    constexpr qsizetype limit = 1000;
    if (state->jobs.size() <= limit)
        return;
    QList<std::pair<QDateTime, QString>> finished;
    for (auto it = state->jobs.cbegin(); it != state->jobs.cend(); ++it)
        if (it->isTerminal())
            finished.append({ it->createdUtc, it.key() });
    std::sort(finished.begin(), finished.end());
    for (qsizetype i = 0; i < finished.size() && state->jobs.size() > limit; ++i)
        state->jobs.remove(finished[i].second);
}

} // namespace

BesService::BesService(Context *context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
    HttpFront *ml = context->ml;
    const QString jobs = dataplane::servicePattern + u"/jobs"_s;
    ml->addRoute(
        "POST", jobs, u"bes.submit"_s, [this](const Request &r, const ResponderPtr &p) { onSubmit(r, p); });
    ml->addRoute(
        "GET", jobs, u"bes.list"_s, [this](const Request &r, const ResponderPtr &p) { onList(r, p); });
    ml->addRoute("POST", jobs + u"/([^/]+)/start"_s, u"bes.start"_s,
        [this](const Request &r, const ResponderPtr &p) { onStart(r, p); });
    ml->addRoute("GET", jobs + u"/([^/]+)"_s, u"bes.get"_s,
        [this](const Request &r, const ResponderPtr &p) { onGet(r, p); });
    ml->addRoute("DELETE", jobs + u"/([^/]+)"_s, u"bes.delete"_s,
        [this](const Request &r, const ResponderPtr &p) { onDelete(r, p); });
}

void BesService::onSubmit(const Request &request, const ResponderPtr &responder)
{
    const auto target = dataplane::resolve(m_context, request, responder, true, true);
    if (!target)
        return;
    QString error;
    const auto body = parseObject(request.body, &error);
    if (!body)
        return dataplane::badArgument(responder, u"InvalidRequestBody"_s,
            u"The request body is not a valid BatchExecutionRequest: %1"_s.arg(error));
    const studio::ServiceGraph &graph = *target->graph;

    // Inputs: the Inputs map and/or the legacy single Input.
    const QJsonValue inputsValue = ciValue(*body, u"Inputs");
    const QJsonValue legacy = ciValue(*body, u"Input");
    if (inputsValue.isObject() && !inputsValue.toObject().isEmpty() && legacy.isObject())
        return dataplane::badArgument(responder, u"DuplicateInputInBatchCall"_s,
            u"The request specifies both 'Input' and 'Inputs'; use 'Inputs' only."_s);
    QJsonObject inputs = inputsValue.toObject();
    if (legacy.isObject() && graph.inputs.size() == 1)
        inputs.insert(graph.inputs.first().name, legacy);
    QStringList unknown, missing;
    for (auto it = inputs.begin(); it != inputs.end(); ++it)
        if (!graph.input(it.key()))
            unknown.append(it.key());
    for (const studio::GraphInputSpec &input : graph.inputs)
        if (!inputs.contains(input.name))
            missing.append(input.name);
    if (!unknown.isEmpty())
        return dataplane::badArgument(responder,
            inputs.size() > graph.inputs.size() ? u"BatchJobInputsTooManySpecified"_s
                                                : u"InvalidInputNames"_s,
            u"The input(s) %1 are not inputs of this web service; its inputs are: %2."_s.arg(
                unknown.join(u", "_s), graph.inputNames().join(u", "_s)));
    if (!missing.isEmpty())
        return dataplane::badArgument(responder, u"BatchJobInputsNotSpecified"_s,
            u"The following required input(s) were not specified with the request: %1. Please verify all "
            u"required "
            u"input data is specified and try again."_s.arg(missing.join(u", "_s)));

    QJsonObject normalizedInputs, normalizedOutputs;
    QList<BlobLocation> inputBlobs;
    for (auto it = inputs.begin(); it != inputs.end(); ++it) {
        const auto resolved = resolveBesReference(it.value().toObject());
        if (const auto *problem = std::get_if<ReferenceError>(&resolved))
            return dataplane::badArgument(responder, problem->code, problem->message, it.key());
        const BlobLocation blob = std::get<BlobLocation>(resolved);
        if (!datasetExtensions.contains(blobExtension(blob.blob)))
            return dataplane::badArgument(responder, u"InvalidBlobExtension"_s,
                u"The blob reference: %1 has an invalid or missing file extension. Supported file extensions "
                u"for "
                u"this output type are: \"%2\"."_s.arg(
                    blob.relativeLocation(), extensionList(datasetExtensions)),
                it.key());
        inputBlobs.append(blob);
        normalizedInputs.insert(it.key(), normalizeBesReference(it.value().toObject()));
    }

    const QJsonObject outputs = ciValue(*body, u"Outputs").toObject();
    for (auto it = outputs.begin(); it != outputs.end(); ++it) {
        const studio::GraphOutputSpec *spec = graph.output(it.key()); // case-sensitive, as the service
        if (!spec || spec->name != it.key())
            return dataplane::badArgument(responder, u"InvalidOutputOverrideName"_s,
                u"Invalid output override name '%1': the web service's outputs are %2 (names are case-sensitive)."_s
                    .arg(it.key(), graph.outputNames().join(u", "_s)),
                it.key());
        const auto resolved = resolveBesReference(it.value().toObject());
        if (const auto *problem = std::get_if<ReferenceError>(&resolved))
            return dataplane::badArgument(responder, problem->code, problem->message, it.key());
        const BlobLocation blob = std::get<BlobLocation>(resolved);
        const QStringList allowed = spec->kind == studio::OutputKind::TrainedModel
            ? QStringList { u".ilearner"_s }
            : datasetExtensions;
        if (!allowed.contains(blobExtension(blob.blob)))
            return dataplane::badArgument(responder, u"InvalidBlobExtension"_s,
                u"The blob reference: %1 has an invalid or missing file extension. Supported file extensions "
                u"for "
                u"this output type are: \"%2\"."_s.arg(blob.relativeLocation(), extensionList(allowed)),
                it.key());
        normalizedOutputs.insert(it.key(), normalizeBesReference(it.value().toObject()));
    }

    QString badParameter;
    const auto globals = globalParameterTexts(ciValue(*body, u"GlobalParameters").toObject(), &badParameter);
    if (!globals)
        return dataplane::badArgument(responder, u"InvalidGlobalParameterValue"_s,
            u"The global parameter '%1' must be a string, a number or a boolean."_s.arg(badParameter),
            badParameter);
    const auto resolvedGlobals = studio::resolveGlobalParameters(graph, *globals);
    if (const auto *problem = std::get_if<studio::GraphError>(&resolvedGlobals))
        return dataplane::badArgument(responder, u"MissingRequiredGlobalParameters"_s, problem->message);
    QJsonObject globalJson;
    for (auto it = globals->begin(); it != globals->end(); ++it)
        globalJson.insert(it.key(), it.value());

    BatchJob job;
    job.id = randomHex(16);
    job.serviceId = target->service->serviceId;
    job.createdUtc = QDateTime::currentDateTimeUtc();
    job.request = { { u"Inputs"_s, normalizedInputs }, { u"Outputs"_s, normalizedOutputs },
        { u"GlobalParameters"_s, globalJson } };

    // Last check: the input blobs exist (HEAD each), then the job is registered.
    struct Pending
    {
        qsizetype remaining = 0;
        QString failedCode;
        QString failedMessage;
    };
    auto pending = std::make_shared<Pending>();
    pending->remaining = inputBlobs.size();
    const auto finish = [this, responder, job, pending]() {
        if (!pending->failedCode.isEmpty())
            return dataplane::badArgument(responder, pending->failedCode, pending->failedMessage);
        m_context->state->jobs.insert(job.id.toLower(), job);
        forgetOldJobs(m_context->state);
        m_context->state->changed();
        responder->sendJson(200, job.id);
    };
    if (inputBlobs.isEmpty())
        return finish();
    for (const BlobLocation &blob : std::as_const(inputBlobs)) {
        blobio::head(
            m_context->nam, blob, this, [pending, finish, blob](const blobio::Properties &, const Error &e) {
                if (e && pending->failedCode.isEmpty()) {
                    pending->failedCode
                        = e.httpStatus == 404 ? u"BlobNotFound"_s : u"InvalidBlobConnectionString"_s;
                    pending->failedMessage = e.httpStatus == 404
                        ? u"The blob reference: %1 was not found."_s.arg(blob.relativeLocation())
                        : u"The blob reference: %1 cannot be read with the given credentials: %2"_s.arg(
                            blob.relativeLocation(), e.message());
                }
                if (--pending->remaining == 0)
                    finish();
            });
    }
}

BatchJob *BesService::findJob(
    const dataplane::Target &target, const QString &jobId, const ResponderPtr &responder)
{
    const auto it = m_context->state->jobs.find(jobId.toLower());
    if (it == m_context->state->jobs.end() || it->serviceId != target.service->serviceId) {
        sendDataError(responder, 404, u"NotFound"_s, u"Resource not found."_s,
            { { u"JobNotFound"_s, u"No job with id '%1' exists for this web service."_s.arg(jobId), {} } });
        return nullptr;
    }
    return &*it;
}

void BesService::onStart(const Request &request, const ResponderPtr &responder)
{
    const auto target = dataplane::resolve(m_context, request, responder, true, true);
    if (!target)
        return;
    BatchJob *job = findJob(*target, request.capture(4), responder);
    if (!job)
        return;
    if (job->status != u"NotStarted"_s)
        return sendDataError(responder, 400, u"InvalidOperation"_s,
            u"The requested operation is invalid in the current state."_s,
            { { u"CannotStartJob"_s,
                u"The job cannot be started because it is in %1 state."_s.arg(job->status), {} } });
    job->status = u"Running"_s;
    job->startedUtc = QDateTime::currentDateTimeUtc();
    m_context->state->changed();
    m_context->jobs->run(job->id, target->service->key(), target->graph, target->service->deployed);
    responder->sendEmpty(204);
}

QJsonObject BesService::statusJson(const BatchJob &job) const
{
    QJsonValue results = QJsonValue::Null;
    if (job.status == u"Finished"_s) {
        QJsonObject map;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (auto it = job.results.begin(); it != job.results.end(); ++it) {
            const QJsonObject where = it.value().toObject();
            QString sas = where.value(u"SasBlobToken"_s).toString();
            // A fresh read-only SAS on every GET (about 24 h, as the service's).
            Error error;
            const auto account
                = StorageAccount::fromConnectionString(where.value(u"ConnectionString"_s).toString(), &error);
            if (account && account->hasKey()) {
                QString container, blob;
                const QString relative = where.value(u"RelativeLocation"_s).toString();
                container = relative.section(u'/', 0, 0);
                blob = relative.section(u'/', 1);
                sas = u"?"_s
                    + serviceSasToken(*account, container, blob, SasPermissions::readOnly(),
                        now.addSecs(24 * 3600), now.addSecs(-5 * 60));
            }
            map.insert(it.key(),
                QJsonObject { { u"ConnectionString"_s, QJsonValue::Null },
                    { u"RelativeLocation"_s, where.value(u"RelativeLocation"_s) },
                    { u"BaseLocation"_s, where.value(u"BaseLocation"_s) }, { u"SasBlobToken"_s, sas } });
        }
        results = map;
    }
    return { { u"StatusCode"_s, job.status }, { u"Results"_s, results },
        { u"Details"_s, job.details.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(job.details) } };
}

void BesService::onGet(const Request &request, const ResponderPtr &responder)
{
    const auto target = dataplane::resolve(m_context, request, responder, true, true);
    if (!target)
        return;
    if (BatchJob *job = findJob(*target, request.capture(4), responder))
        responder->sendJson(200, statusJson(*job));
}

void BesService::onDelete(const Request &request, const ResponderPtr &responder)
{
    const auto target = dataplane::resolve(m_context, request, responder, true, true);
    if (!target)
        return;
    BatchJob *job = findJob(*target, request.capture(4), responder);
    if (!job)
        return;
    if (!job->isTerminal()) {
        m_context->jobs->cancel(job->id);
        job->status = u"Cancelled"_s;
        job->endedUtc = QDateTime::currentDateTimeUtc();
        job->details = u"The job was cancelled by a DELETE request."_s;
        m_context->state->changed();
    }
    responder->sendEmpty(204);
}

void BesService::onList(const Request &request, const ResponderPtr &responder)
{
    const auto target = dataplane::resolve(m_context, request, responder, true, true);
    if (!target)
        return;
    QList<const BatchJob *> mine;
    for (const BatchJob &job : std::as_const(m_context->state->jobs))
        if (job.serviceId == target->service->serviceId)
            mine.append(&job);
    std::sort(mine.begin(), mine.end(),
        [](const BatchJob *a, const BatchJob *b) { return a->createdUtc < b->createdUtc; });
    QJsonArray list;
    for (const BatchJob *job : mine)
        list.append(QJsonObject { { u"Id"_s, job->id }, { u"StatusCode"_s, job->status },
            { u"CreatedAt"_s, armTime(job->createdUtc) } });
    responder->sendJson(200, QJsonObject { { u"Jobs"_s, list } });
}

} // namespace mlr::server
