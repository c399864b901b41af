#pragma once

// Running a ServiceGraph: pure, no I/O, safe on any worker thread (one call per thread;
// the graph and request are only read). The server prefetches the [trained model] blobs
// (requiredAssetUris) and parses the input CSVs (inputReadOptions) before calling.

#include "engine/csvreader.h"
#include "engine/model.h"
#include "graph/servicegraph.h"

#include <QMap>

#include <functional>
#include <memory>

namespace mlr::studio {

struct GraphRunRequest
{
    // By Web Service Input name (input1, ...). Every graph input is required; each table
    // must have the columns of the input's schema (others are allowed).
    QMap<QString, DataTable> inputs;
    // Global parameters as given by the client (strings, numbers and booleans already as
    // text). Missing ones take their default; a missing required one is
    // MissingRequiredGlobalParameters. Names not declared by the graph are ignored (logged).
    QMap<QString, QString> globalParameters;
    // uri -> the .ilearner bytes, for every uri of requiredAssetUris().
    QMap<QString, QByteArray> assets;
    // Optional: uri -> an already loaded model, used instead of `assets` (a cache the
    // server may keep between RRS calls).
    QMap<QString, std::shared_ptr<const TrainedModel>> models;
    // Polled between modules and inside training; true aborts with graphErrc::Cancelled.
    std::function<bool()> cancelled;
};

struct GraphOutput
{
    QString name; // "output1"
    enum Kind
    {
        Dataset,
        TrainedModel
    } kind
        = Dataset;
    QByteArray bytes; // the CSV (writeCsv) or the .ilearner
    std::optional<DataTable> table; // Dataset outputs
};

struct GraphRunResult
{
    QList<GraphOutput> outputs; // every graph output, in the graph's (natural) output order
    QStringList log; // one line per module run, e.g. "node3 Split Data: 800 rows -> 600 + 200"
};

// Runs the nodes the outputs depend on, in topological order. Errors: MissingInput,
// InputSchemaMismatch (a schema column absent), MissingRequiredGlobalParameters,
// MissingAsset (a model uri absent from assets / models), Cancelled, and
// ModuleExecutionError with Studio-like Details, e.g. "Error 0024: There is no label
// column in "Dataset" ... (module Train Model, node node5)". Resource models that do not
// load are Error 0082 on the resource's node. Before any module runs, each input feeding a
// two-class Train Model has its label's values checked (checkTwoClassLabel, against the input
// schema's enum of the label): Error 0023 of that Train Model, naming each unexpected value
// and its first line in the input CSV.
std::variant<GraphRunResult, GraphError> executeGraph(
    const ServiceGraph &graph, const GraphRunRequest &request);

// CSV read options for an input: its schema as the expected schema (columns must be
// present and convert to their types); extra columns allowed. Defaults when the input
// has no declared schema.
CsvReadOptions inputReadOptions(const ServiceGraph &graph, const QString &inputName);

// The global parameter values a run would use (request values over defaults), or the
// MissingRequiredGlobalParameters error.
std::variant<QHash<QString, QString>, GraphError> resolveGlobalParameters(
    const ServiceGraph &graph, const QMap<QString, QString> &given, QStringList *log = nullptr);

} // namespace mlr::studio
