#include "graph/graphexecutor.h"

#include "engine/catalogue.h"
#include "engine/csvwriter.h"
#include "engine/ilearner.h"
#include "engine/labelcheck.h"
#include "graph/moduleparameters.h"
#include "graph/modulerun.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace mlr::studio {

namespace {

GraphError moduleError(const GraphNode &node, const StudioError &e)
{
    const QString number = QStringLiteral("%1").arg(e.code, 4, 10, QLatin1Char('0'));
    return GraphError { node.id, graphErrc::ModuleExecutionError,
        u"Error %1: %2 (module %3, node %4)"_s.arg(number, e.message, node.displayName(), node.id), e.code };
}

GraphError cancelledError(const QString &nodeId)
{
    return GraphError { nodeId, graphErrc::Cancelled, u"The experiment was cancelled."_s, 0 };
}

// The nodes the outputs depend on.
QSet<QString> neededNodes(const ServiceGraph &g)
{
    QSet<QString> needed;
    QStringList todo;
    for (const GraphOutputSpec &o : g.outputs)
        todo.append(o.nodeId);
    while (!todo.isEmpty()) {
        const QString id = todo.takeLast();
        if (needed.contains(id))
            continue;
        needed.insert(id);
        for (const GraphEdge *e : g.edgesInto(id))
            todo.append(e->sourceNodeId);
    }
    return needed;
}

std::variant<ModelPtr, GraphError> resourceModel(const GraphNode &node, const GraphRunRequest &request)
{
    if (const auto m = request.models.value(node.resourceUri))
        return m;
    const auto bytes = request.assets.constFind(node.resourceUri);
    if (bytes == request.assets.constEnd()) {
        return GraphError { node.id, graphErrc::MissingAsset,
            u"Node '%1' (%2) reads the trained model at '%3', which was not fetched."_s.arg(
                node.id, node.assetName, node.resourceUri),
            0 };
    }
    auto model = loadIlearner(*bytes);
    if (!model)
        return moduleError(node, model.error());
    return std::make_shared<const TrainedModel>(std::move(model).value());
}

std::optional<GraphError> checkInput(const GraphInputSpec &spec, const DataTable &table)
{
    for (const ColumnSpec &c : spec.schema) {
        if (table.find(c.name))
            continue;
        QStringList expected;
        for (const ColumnSpec &s : spec.schema)
            expected.append(s.name);
        return GraphError { spec.nodeId, graphErrc::InputSchemaMismatch,
            u"Error 0001: Column with name or index \"%1\" not found in input '%2' (node %3). The input "
            u"schema has: %4."_s.arg(c.name, spec.name, spec.nodeId, expected.join(u", "_s)),
            1 };
    }
    return std::nullopt;
}

// True when data flows from node `from` into node `id` (through any modules).
bool isFedBy(const ServiceGraph &g, const QString &id, const QString &from)
{
    QStringList todo { id };
    QSet<QString> seen;
    while (!todo.isEmpty()) {
        const QString n = todo.takeLast();
        if (n == from)
            return true;
        if (seen.contains(n))
            continue;
        seen.insert(n);
        for (const GraphEdge *e : g.edgesInto(n)) {
            if (e->kind == PortKind::Dataset)
                todo.append(e->sourceNodeId);
        }
    }
    return false;
}

// Train Model's label check, on the whole input before anything runs (so the lines are the
// CSV's): for each Train Model with a two-class learner fed by this input, the label's values
// against the input schema's enum of the label column (checkTwoClassLabel). The error is
// Train Model's (Error 0023).
std::optional<GraphError> checkTrainingLabels(const ServiceGraph &g, const GraphInputSpec &spec,
    const DataTable &table, const QHash<QString, QString> &globals)
{
    for (const GraphNode &node : g.nodes) {
        if (node.kind != GraphNodeKind::Module || !node.module || node.module->name() != u"Train Model"_s)
            continue;
        const GraphNode *learner = nullptr;
        bool fed = false;
        for (const GraphEdge *e : g.edgesInto(node.id)) {
            if (e->kind == PortKind::UntrainedModel)
                learner = g.node(e->sourceNodeId);
            else if (e->kind == PortKind::Dataset)
                fed = isFedBy(g, e->sourceNodeId, spec.nodeId);
        }
        if (!fed || !learner || !learner->learner || taskOf(*learner->learner) != Task::BinaryClassification)
            continue;
        const auto label = labelColumnFromParameters(effectiveParameters(g, node, globals));
        if (!label)
            continue; // Train Model says so when it runs
        const Status checked = checkTwoClassLabel(table, label.value(), spec.values.value(label.value()));
        if (!checked)
            return moduleError(node, StudioError(checked.error()).inModule(node.displayName()));
    }
    return std::nullopt;
}

GraphOutput makeOutput(const GraphOutputSpec &spec, const PortValue &value)
{
    GraphOutput out;
    out.name = spec.name;
    if (const auto *model = std::get_if<ModelPtr>(&value)) {
        out.kind = GraphOutput::TrainedModel;
        out.bytes = saveIlearner(**model);
    } else {
        const DatasetPtr &data = std::get<DatasetPtr>(value);
        out.kind = GraphOutput::Dataset;
        out.bytes = writeCsv(data->table);
        out.table = data->table;
    }
    return out;
}

} // namespace

std::variant<QHash<QString, QString>, GraphError> resolveGlobalParameters(
    const ServiceGraph &graph, const QMap<QString, QString> &given, QStringList *log)
{
    QHash<QString, QString> values;
    QStringList missing;
    QSet<QString> used;
    for (const GlobalParameter &gp : graph.globalParameters) {
        auto it = given.constFind(gp.name);
        for (auto g = given.constBegin(); it == given.constEnd() && g != given.constEnd(); ++g) {
            if (g.key().compare(gp.name, Qt::CaseInsensitive) == 0)
                it = g;
        }
        if (it != given.constEnd()) {
            values.insert(gp.name, it.value());
            used.insert(it.key());
        } else if (gp.defaultValue) {
            values.insert(gp.name, *gp.defaultValue);
        } else {
            missing.append(u"'"_s + gp.name + u"'"_s);
        }
    }
    if (!missing.isEmpty()) {
        return GraphError { {}, graphErrc::MissingRequiredGlobalParameters,
            u"Missing required global parameters: %1 (they have no default value; give them in "
            u"GlobalParameters)."_s.arg(missing.join(u", "_s)),
            0 };
    }
    for (auto g = given.constBegin(); log && g != given.constEnd(); ++g) {
        if (!used.contains(g.key()))
            log->append(u"Global parameter '%1' is not a parameter of this service: ignored."_s.arg(g.key()));
    }
    return values;
}

CsvReadOptions inputReadOptions(const ServiceGraph &graph, const QString &inputName)
{
    CsvReadOptions o;
    if (const GraphInputSpec *spec = graph.input(inputName); spec && !spec->schema.isEmpty())
        o.expectedSchema = spec->schema;
    o.allowExtraColumns = true;
    return o;
}

std::variant<GraphRunResult, GraphError> executeGraph(
    const ServiceGraph &graph, const GraphRunRequest &request)
{
    GraphRunResult result;
    auto globals = resolveGlobalParameters(graph, request.globalParameters, &result.log);
    if (auto *e = std::get_if<GraphError>(&globals))
        return *e;
    const auto &globalValues = std::get<QHash<QString, QString>>(globals);
    for (const GraphInputSpec &spec : graph.inputs) {
        const auto table = request.inputs.constFind(spec.name);
        if (table == request.inputs.constEnd()) {
            return GraphError { spec.nodeId, graphErrc::MissingInput,
                u"Input '%1' (node %2) was not given."_s.arg(spec.name, spec.nodeId), 0 };
        }
        if (auto e = checkInput(spec, *table))
            return *e;
        if (auto e = checkTrainingLabels(graph, spec, *table, globalValues))
            return *e;
    }
    const auto isCancelled = [&] {
        return request.cancelled && request.cancelled();
    };
    const QSet<QString> needed = neededNodes(graph);
    QHash<QString, QHash<QString, PortValue>> values; // node -> port -> value ("" for inputs, resources)
    for (const QString &id : graph.order) {
        if (!needed.contains(id))
            continue;
        if (isCancelled())
            return cancelledError(id);
        const GraphNode &node = *graph.node(id);
        switch (node.kind) {
        case GraphNodeKind::Input: {
            auto data = std::make_shared<DatasetValue>();
            data->table = request.inputs.value(node.inputName);
            values[id].insert(QString(), DatasetPtr(data));
            result.log.append(u"%1 Web Service Input '%2': %3 rows, %4 columns"_s.arg(id, node.inputName)
                                  .arg(data->table.rowCount())
                                  .arg(data->table.columnCount()));
            break;
        }
        case GraphNodeKind::TrainedModelResource: {
            auto model = resourceModel(node, request);
            if (auto *e = std::get_if<GraphError>(&model))
                return *e;
            values[id].insert(QString(), std::get<ModelPtr>(model));
            result.log.append(u"%1 %2: %3 model loaded"_s.arg(
                id, node.assetName, learnerModuleName(std::get<ModelPtr>(model)->learner.kind)));
            break;
        }
        case GraphNodeKind::Output:
            break;
        case GraphNodeKind::Module: {
            ModuleRun run;
            run.node = &node;
            run.parameters = effectiveParameters(graph, node, globalValues);
            run.cancelled = request.cancelled;
            for (const GraphEdge *e : graph.edgesInto(id)) {
                const GraphNodeKind sourceKind = graph.node(e->sourceNodeId)->kind;
                const bool single
                    = sourceKind == GraphNodeKind::Input || sourceKind == GraphNodeKind::TrainedModelResource;
                run.inputs.insert(
                    e->targetPort, values[e->sourceNodeId].value(single ? QString() : e->sourcePort));
            }
            auto out = runModule(run);
            if (!out)
                return isCancelled() ? cancelledError(id) : moduleError(node, out.error());
            values[id] = std::move(out->outputs);
            result.log.append(u"%1 %2: %3"_s.arg(id, node.displayName(), out->summary));
            break;
        }
        }
    }
    for (const GraphOutputSpec &spec : graph.outputs) {
        const GraphEdge *feed = graph.edgesInto(spec.nodeId).value(0);
        const GraphNodeKind sourceKind = graph.node(feed->sourceNodeId)->kind;
        const bool single
            = sourceKind == GraphNodeKind::Input || sourceKind == GraphNodeKind::TrainedModelResource;
        result.outputs.append(
            makeOutput(spec, values[feed->sourceNodeId].value(single ? QString() : feed->sourcePort)));
    }
    return result;
}

} // namespace mlr::studio
