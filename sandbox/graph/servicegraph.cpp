#include "graph/servicegraph.h"

#include "graph/graphwiring.h"
#include "graph/iospec.h"
#include "graph/jsonaccess.h"
#include "graph/moduleparameters.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mlr::studio {

namespace {

struct Asset
{
    QString name;
    QString type; // "Module" / "Resource"
    QString uri;
    QStringList outputPorts;
};

std::variant<QMap<QString, Asset>, GraphError> parseAssets(const QJsonObject &assets)
{
    QMap<QString, Asset> out;
    for (auto it = assets.begin(); it != assets.end(); ++it) {
        const QJsonObject a = it.value().toObject();
        Asset asset;
        asset.name = json::string(a, u"name").trimmed();
        asset.type = json::string(a, u"type").trimmed();
        asset.uri = json::string(json::object(a, u"locationInfo"), u"uri").trimmed();
        asset.outputPorts = json::object(a, u"outputPorts").keys();
        if (asset.name.isEmpty()) {
            return detail::graphError({}, graphErrc::InvalidAsset,
                u"Asset '%1' has no name (assets are identified by their name, e.g. \"Train Model\")."_s.arg(
                    it.key()));
        }
        if (asset.type.compare(u"Module"_s, Qt::CaseInsensitive) == 0)
            asset.type = u"Module"_s;
        else if (asset.type.compare(u"Resource"_s, Qt::CaseInsensitive) == 0)
            asset.type = u"Resource"_s;
        else {
            return detail::graphError({}, graphErrc::InvalidAsset,
                u"Asset '%1' (%2) has type '%3': the type must be Module or Resource."_s.arg(
                    it.key(), asset.name, asset.type));
        }
        out.insert(it.key(), asset);
    }
    return out;
}

std::optional<GraphError> parseNode(
    const QString &id, const QJsonObject &o, const QMap<QString, Asset> &assets, GraphNode *node)
{
    node->id = id;
    const QString assetId = json::string(o, u"assetId");
    const QString inputId = json::string(o, u"inputId");
    const QString outputId = json::string(o, u"outputId");
    const int ids = int(!assetId.isEmpty()) + int(!inputId.isEmpty()) + int(!outputId.isEmpty());
    if (ids != 1) {
        return detail::graphError(id, graphErrc::InvalidNode,
            u"Node '%1' must have exactly one of assetId, inputId and outputId."_s.arg(id));
    }
    if (!inputId.isEmpty()) {
        node->kind = GraphNodeKind::Input;
        node->inputName = inputId;
    } else if (!outputId.isEmpty()) {
        node->kind = GraphNodeKind::Output;
        node->outputName = outputId;
    } else {
        const auto asset = assets.constFind(assetId);
        if (asset == assets.constEnd()) {
            return detail::graphError(id, graphErrc::UnknownAsset,
                u"Node '%1' uses asset '%2', which is not in assets."_s.arg(id, assetId));
        }
        node->assetId = assetId;
        node->assetName = asset->name;
        if (asset->type == u"Resource"_s) {
            if (!isTrainedModelResource(asset->name, asset->uri)) {
                return detail::graphError(id, graphErrc::UnsupportedResource,
                    u"Node '%1' uses the Resource asset '%2' (%3), which is not a trained model: "
                    u"only \"... [trained model]\" resources pointing at an .ilearner are supported."_s.arg(
                        id, assetId, asset->name));
            }
            if (asset->uri.isEmpty()) {
                return detail::graphError(id, graphErrc::InvalidAsset,
                    u"Node '%1' uses the trained model asset '%2' (%3), which has no locationInfo.uri."_s.arg(
                        id, assetId, asset->name));
            }
            node->kind = GraphNodeKind::TrainedModelResource;
            node->resourceUri = asset->uri;
        } else {
            node->module = findModuleDescriptor(asset->name);
            if (!node->module) {
                return detail::graphError(id, graphErrc::UnknownModule,
                    u"Node '%1' uses module '%2' (asset '%3'), which mlstudio-local does not implement. "
                    u"Supported modules: %4."_s.arg(
                        id, asset->name, assetId, supportedModuleNames().join(u", "_s)));
            }
            node->kind = GraphNodeKind::Module;
            node->learner = node->module->info->learner;
        }
    }
    const QJsonObject params = json::object(o, u"parameters");
    for (auto it = params.begin(); it != params.end(); ++it) {
        const auto value = json::parameterText(it.value());
        const auto [name, text] = normaliseNodeParameter(*node, it.key(), value.value_or(QString()));
        node->parameters.insert(name, text);
    }
    return std::nullopt;
}

// Inputs and outputs: one node each, declared in the schemas when those are declared.
std::optional<GraphError> collectInputsOutputs(ServiceGraph &g, const QJsonObject &properties)
{
    auto inSpec = parseIoSpecification(json::object(properties, u"input"), u"input"_s);
    if (auto *e = std::get_if<QString>(&inSpec))
        return detail::graphError({}, graphErrc::InvalidSchema, *e);
    auto outSpec = parseIoSpecification(json::object(properties, u"output"), u"output"_s);
    if (auto *e = std::get_if<QString>(&outSpec))
        return detail::graphError({}, graphErrc::InvalidSchema, *e);
    const auto &inputs = std::get<QMap<QString, Schema>>(inSpec);
    const auto &outputs = std::get<QMap<QString, Schema>>(outSpec);
    QStringList ids = g.nodes.keys();
    std::sort(ids.begin(), ids.end(), naturalLess); // the first node of a name wins
    for (const QString &id : std::as_const(ids)) {
        const GraphNode &n = g.nodes[id];
        if (n.kind == GraphNodeKind::Input) {
            if (g.input(n.inputName)) {
                return detail::graphError(id, graphErrc::DuplicateInput,
                    u"Node '%1' is a second node for input '%2' (first: node '%3')."_s.arg(
                        id, n.inputName, g.input(n.inputName)->nodeId));
            }
            if (!inputs.isEmpty() && !inputs.contains(n.inputName)) {
                return detail::graphError(id, graphErrc::UndeclaredInput,
                    u"Node '%1' is input '%2', which is not in the input schema (%3)."_s.arg(
                        id, n.inputName, inputs.keys().join(u", "_s)));
            }
            g.inputs.append({ n.inputName, id, inputs.value(n.inputName),
                columnEnums(json::object(properties, u"input"), n.inputName) });
        } else if (n.kind == GraphNodeKind::Output) {
            if (const GraphOutputSpec *first = g.output(n.outputName)) {
                return detail::graphError(id, graphErrc::DuplicateOutput,
                    u"Node '%1' is a second node for output '%2' (first: node '%3')."_s.arg(
                        id, n.outputName, first->nodeId));
            }
            if (!outputs.isEmpty() && !outputs.contains(n.outputName)) {
                return detail::graphError(id, graphErrc::UndeclaredOutput,
                    u"Node '%1' is output '%2', which is not in the output schema (%3)."_s.arg(
                        id, n.outputName, outputs.keys().join(u", "_s)));
            }
            const GraphEdge *feed = g.edgesInto(id).value(0);
            const OutputKind kind = feed && feed->kind == PortKind::TrainedModel ? OutputKind::TrainedModel
                                                                                 : OutputKind::Dataset;
            g.outputs.append({ n.outputName, id, kind, outputs.value(n.outputName) });
        }
    }
    for (const QString &name : inputs.keys()) {
        if (!g.input(name)) {
            return detail::graphError({}, graphErrc::MissingInputNode,
                u"Input '%1' is in the input schema but no node of the graph has inputId '%1'."_s.arg(name));
        }
    }
    for (const QString &name : outputs.keys()) {
        if (!g.output(name)) {
            return detail::graphError({}, graphErrc::MissingOutputNode,
                u"Output '%1' is in the output schema but no node of the graph has outputId '%1'."_s.arg(
                    name));
        }
    }
    std::sort(g.inputs.begin(), g.inputs.end(), [](auto &a, auto &b) { return naturalLess(a.name, b.name); });
    std::sort(
        g.outputs.begin(), g.outputs.end(), [](auto &a, auto &b) { return naturalLess(a.name, b.name); });
    return std::nullopt;
}

} // namespace

std::variant<ServiceGraph, GraphError> parseServiceGraph(const QJsonObject &properties)
{
    const QString packageType = json::string(properties, u"packageType");
    if (!packageType.isEmpty() && packageType.compare(u"Graph"_s, Qt::CaseInsensitive) != 0) {
        return detail::graphError({}, graphErrc::InvalidPackage,
            u"packageType is '%1': the only package type is \"Graph\"."_s.arg(packageType));
    }
    const QJsonValue packageValue = json::member(properties, u"package");
    if (!packageValue.isObject()) {
        return detail::graphError({}, graphErrc::InvalidPackage,
            u"The web service has no package (properties.package with nodes, edges and graphParameters)."_s);
    }
    const QJsonObject package = packageValue.toObject();
    const QJsonValue nodesValue = json::member(package, u"nodes");
    if (!nodesValue.isObject() || nodesValue.toObject().isEmpty()) {
        return detail::graphError(
            {}, graphErrc::InvalidPackage, u"The package has no nodes (package.nodes)."_s);
    }
    auto assets = parseAssets(json::object(properties, u"assets"));
    if (auto *e = std::get_if<GraphError>(&assets))
        return *e;
    const auto &assetMap = std::get<QMap<QString, Asset>>(assets);

    ServiceGraph g;
    const QJsonObject nodes = nodesValue.toObject();
    for (auto it = nodes.begin(); it != nodes.end(); ++it) {
        GraphNode node;
        if (auto e = parseNode(it.key(), it.value().toObject(), assetMap, &node))
            return *e;
        g.nodes.insert(node.id, node);
    }
    const QJsonValue edges = json::member(package, u"edges");
    if (!edges.isUndefined() && !edges.isNull() && !edges.isArray())
        return detail::graphError({}, graphErrc::InvalidPackage, u"package.edges is not an array."_s);
    if (auto e = detail::wireEdges(g, edges.toArray()))
        return *e;
    if (auto e = collectInputsOutputs(g, properties))
        return *e;
    if (auto e = detail::parseGlobalParameters(
            g, json::object(package, u"graphParameters"), json::object(properties, u"parameters")))
        return *e;
    if (auto e = detail::checkNodeParameters(g))
        return *e;

    for (auto it = assetMap.begin(); it != assetMap.end(); ++it) {
        if (it->type != u"Resource"_s || !isTrainedModelResource(it->name, it->uri))
            continue;
        TrainedModelAsset a { it.key(), it->name, it->uri, {} };
        for (const GraphNode &n : std::as_const(g.nodes)) {
            if (n.assetId == it.key())
                a.nodeIds.append(n.id);
        }
        g.trainedModels.append(a);
    }
    return g;
}

} // namespace mlr::studio
