#include "server/rrsroutes.h"

#include "engine/csvwriter.h"
#include "graph/serviceswagger.h"
#include "server/armmodel.h"
#include "server/dataplane.h"
#include "server/errors.h"
#include "server/httpfront.h"
#include "server/jsonutil.h"
#include "server/modelcache.h"

#include <QFutureWatcher>
#include <QJsonArray>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace mlr::server {

namespace {

QString cellText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return studio::formatNumber(v.toDouble());
    if (v.isBool())
        return v.toBool() ? u"True"_s : u"False"_s;
    return {};
}

QByteArray csvLine(const QStringList &cells)
{
    QByteArray line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i)
            line += ',';
        line += studio::csvCell(cells[i]);
    }
    return line + "\r\n";
}

// An RRS input (classic or swagger form) as CSV text; empty with *error on a shape problem.
QByteArray inputCsv(const QJsonValue &input, QString *error)
{
    QByteArray csv;
    if (input.isObject()) { // {"ColumnNames": [...], "Values": [[...], ...]}
        const QJsonObject table = input.toObject();
        QStringList names;
        for (const QJsonValue &name : ciValue(table, u"ColumnNames").toArray())
            names.append(name.toString());
        if (names.isEmpty()) {
            *error = u"The input has no ColumnNames."_s;
            return {};
        }
        csv += csvLine(names);
        for (const QJsonValue &row : ciValue(table, u"Values").toArray()) {
            const QJsonArray cells = row.toArray();
            if (cells.size() != names.size()) {
                *error = u"A row of Values has %1 values for %2 ColumnNames."_s.arg(cells.size())
                             .arg(names.size());
                return {};
            }
            QStringList texts;
            for (const QJsonValue &cell : cells)
                texts.append(cellText(cell));
            csv += csvLine(texts);
        }
        return csv;
    }
    if (input.isArray()) { // [{"col": value, ...}, ...]
        QStringList names;
        const QJsonArray rows = input.toArray();
        for (const QJsonValue &row : rows)
            for (const QString &key : row.toObject().keys())
                if (!names.contains(key))
                    names.append(key);
        if (names.isEmpty()) {
            *error = u"The input has no rows with columns."_s;
            return {};
        }
        csv += csvLine(names);
        for (const QJsonValue &row : rows) {
            QStringList texts;
            for (const QString &name : std::as_const(names))
                texts.append(cellText(row.toObject().value(name)));
            csv += csvLine(texts);
        }
        return csv;
    }
    *error = u"Each input must be a table ({\"ColumnNames\", \"Values\"}) or an array of row objects."_s;
    return {};
}

QString dotNetType(studio::ValueType type)
{
    switch (type) {
    case studio::ValueType::Integer:
        return u"Int32"_s;
    case studio::ValueType::Number:
        return u"Double"_s;
    case studio::ValueType::Boolean:
        return u"Boolean"_s;
    case studio::ValueType::String:
        return u"String"_s;
    }
    return u"String"_s;
}

QJsonValue cellValue(const studio::Column &column, qsizetype row)
{
    return column.isMissing(row) ? QJsonValue(QJsonValue::Null) : QJsonValue(column.text(row));
}

struct RrsOutcome
{
    std::optional<studio::GraphRunResult> result;
    studio::GraphError error;
    bool parseError = false;
};

} // namespace

RrsService::RrsService(Context *context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
    context->ml->addRoute("POST", dataplane::servicePattern + u"/execute"_s, u"rrs.execute"_s,
        [this](const Request &r, const ResponderPtr &p) { onExecute(r, p); });
    context->ml->addRoute("GET", dataplane::servicePattern + u"/swagger\\.json"_s, u"rrs.swagger"_s,
        [this](const Request &r, const ResponderPtr &p) { onSwagger(r, p); });
}

void RrsService::onSwagger(const Request &request, const ResponderPtr &responder)
{
    const auto target = dataplane::resolve(m_context, request, responder, false, false);
    if (!target)
        return;
    const QJsonObject &properties = target->service->deployed;
    const QString title = properties.value(u"title"_s).toString(target->service->name);
    responder->sendJson(200,
        studio::serviceSwagger(*target->graph, properties, title,
            QUrl(armmodel::dataPlaneBase(*target->service, m_context->mlBase()))));
}

void RrsService::onExecute(const Request &request, const ResponderPtr &responder)
{
    const auto target = dataplane::resolve(m_context, request, responder, true, true);
    if (!target)
        return;
    const GraphPtr graph = target->graph;
    for (const studio::GraphOutputSpec &output : graph->outputs)
        if (output.kind == studio::OutputKind::TrainedModel)
            return dataplane::badArgument(responder, u"OutputTypeNotSupported"_s,
                u"Output '%1' is a trained model, which the Request-Response Service cannot return. Use the "
                u"Batch "
                u"Execution Service (jobs) with an .ilearner output."_s.arg(output.name));
    QString error;
    const auto body = parseObject(request.body, &error);
    if (!body)
        return sendDataError(responder, 400, u"BadUserArgument"_s, u"Invalid user argument provided."_s,
            { { u"InputParseError"_s, u"Parsing of the request body failed: %1"_s.arg(error), {} } });
    const QJsonObject inputs = ciValue(*body, u"Inputs").toObject();
    QMap<QString, QByteArray> csvs;
    for (auto it = inputs.begin(); it != inputs.end(); ++it) {
        if (!graph->input(it.key()))
            return dataplane::badArgument(responder, u"InvalidInputNames"_s,
                u"'%1' is not an input of this web service; its inputs are: %2."_s.arg(
                    it.key(), graph->inputNames().join(u", "_s)));
        const QByteArray csv = inputCsv(it.value(), &error);
        if (csv.isEmpty())
            return sendDataError(responder, 400, u"BadUserArgument"_s, u"Invalid user argument provided."_s,
                { { u"InputParseError"_s, u"Input '%1': %2"_s.arg(it.key(), error), it.key() } });
        csvs.insert(it.key(), csv);
    }
    QMap<QString, QString> globals;
    const QJsonObject given = ciValue(*body, u"GlobalParameters").toObject();
    for (auto it = given.begin(); it != given.end(); ++it)
        globals.insert(it.key(), cellText(it.value()));

    const QString serviceId = target->service->serviceId;
    const int limit = target->service->deployed.value(u"realtimeConfiguration"_s)
                          .toObject()
                          .value(u"maxConcurrentCalls"_s)
                          .toInt(20);
    if (m_inFlight.value(serviceId) >= limit)
        return sendDataError(responder, 503, u"ServiceUnavailable"_s,
            u"Service is temporarily unavailable."_s,
            { { u"TooManyConcurrentRequests"_s,
                u"The web service allows %1 concurrent calls (realtimeConfiguration.maxConcurrentCalls)."_s
                    .arg(limit),
                {} } },
            { { "Retry-After", "1" } });
    ++m_inFlight[serviceId];

    const bool swagger = request.query(u"format").compare(u"swagger"_s, Qt::CaseInsensitive) == 0;
    const bool details = request.query(u"details").compare(u"true"_s, Qt::CaseInsensitive) == 0;
    QList<ModelCache::Asset> assets;
    const QJsonObject assetMap = target->service->deployed.value(u"assets"_s).toObject();
    for (const studio::TrainedModelAsset &asset : graph->trainedModels)
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
        assets, fallbacks, [=, this](const ModelCache::Models &models, const QString &fetchError) {
            if (!fetchError.isEmpty()) {
                --m_inFlight[serviceId];
                return sendDataError(responder, 500, u"ModelPackageFormatError"_s, fetchError);
            }
            QMap<QString, std::shared_ptr<const studio::TrainedModel>> loaded;
            for (auto it = models.begin(); it != models.end(); ++it)
                loaded.insert(it.key(), it.value()->model);
            using Outcome = std::shared_ptr<RrsOutcome>;
            auto *watcher = new QFutureWatcher<Outcome>(this);
            connect(watcher, &QFutureWatcherBase::finished, this, [=, this]() {
                watcher->deleteLater();
                --m_inFlight[serviceId];
                const Outcome outcome = watcher->result();
                if (!outcome->result) {
                    const studio::GraphError &e = outcome->error;
                    if (outcome->parseError || e.code == studio::graphErrc::InputSchemaMismatch)
                        return sendDataError(responder, 400, u"BadUserArgument"_s,
                            u"Invalid user argument provided."_s,
                            { { u"InputParseError"_s, e.message, {} } });
                    if (e.code == studio::graphErrc::MissingRequiredGlobalParameters
                        || e.code == studio::graphErrc::MissingInput)
                        return dataplane::badArgument(responder, e.code, e.message);
                    return sendDataError(responder, 400, u"ModuleExecutionError"_s,
                        u"Module execution encountered an error."_s,
                        { { u"ModuleExecutionError"_s, e.message, e.nodeId } });
                }
                QJsonObject results;
                for (const studio::GraphOutput &output : outcome->result->outputs) {
                    if (!output.table)
                        continue;
                    const studio::DataTable &table = *output.table;
                    if (swagger) {
                        QJsonArray rows;
                        for (qsizetype r = 0; r < table.rowCount(); ++r) {
                            QJsonObject row;
                            for (const studio::Column &column : table.columns())
                                row.insert(column.name, cellValue(column, r));
                            rows.append(row);
                        }
                        results.insert(output.name, rows);
                        continue;
                    }
                    QJsonArray values, names, types;
                    for (const studio::Column &column : table.columns()) {
                        names.append(column.name);
                        types.append(dotNetType(column.type));
                    }
                    for (qsizetype r = 0; r < table.rowCount(); ++r) {
                        QJsonArray row;
                        for (const studio::Column &column : table.columns())
                            row.append(cellValue(column, r));
                        values.append(row);
                    }
                    QJsonObject value { { u"Values"_s, values } };
                    if (details) {
                        value.insert(u"ColumnNames"_s, names);
                        value.insert(u"ColumnTypes"_s, types);
                    }
                    results.insert(
                        output.name, QJsonObject { { u"type"_s, u"table"_s }, { u"value"_s, value } });
                }
                responder->sendJson(200, QJsonObject { { u"Results"_s, results } });
            });
            watcher->setFuture(QtConcurrent::run(m_context->pool, [graph, csvs, globals, loaded]() {
                auto outcome = std::make_shared<RrsOutcome>();
                studio::GraphRunRequest run;
                for (auto it = csvs.begin(); it != csvs.end(); ++it) {
                    auto table = studio::readCsv(it.value(), studio::inputReadOptions(*graph, it.key()));
                    if (!table.ok()) {
                        outcome->parseError = true;
                        outcome->error.message = u"Input '%1': %2"_s.arg(it.key(), table.error().text());
                        return outcome;
                    }
                    run.inputs.insert(it.key(), std::move(table).value());
                }
                run.globalParameters = globals;
                run.models = loaded;
                auto result = studio::executeGraph(*graph, run);
                if (auto *e = std::get_if<studio::GraphError>(&result))
                    outcome->error = *e;
                else
                    outcome->result = std::get<studio::GraphRunResult>(std::move(result));
                return outcome;
            }));
        });
}

} // namespace mlr::server
