#pragma once

// Web services are graphs. parseServiceGraph() turns the `properties` of an ARM
// Microsoft.MachineLearning/webServices resource (2017-01-01 or 2016-05-01-preview,
// property names in any case) into a validated, executable ServiceGraph, or a GraphError
// naming the node at fault (the server answers it as an ARM 400).
//
// What is read: package.nodes / edges / graphParameters, assets (Module assets by name from
// the catalogue of moduleports.h; Resource assets "... [trained model]" whose
// locationInfo.uri is an .ilearner), input / output (ServiceInputOutputSpecification:
// the column schema of each Web Service Input / Output), parameters (global parameter
// defaults; a global parameter without one is required). Node parameters are 2017
// {"value": ..., "certificateThumbprint": ...} objects or 2016 plain strings; ColumnPicker
// values may be Studio's URL-encoded JSON or a plain column name. Everything else
// (title, keys, storageAccount, ...) is the server's business and ignored here.

#include "engine/datatable.h"
#include "engine/learners.h"
#include "graph/moduleports.h"

#include <QHash>
#include <QJsonObject>
#include <QMap>

#include <variant>

namespace mlr::studio {

// Why a graph cannot be accepted or run. `nodeId` is the node at fault (empty when the
// fault is not one node's); `code` is one of graphErrc; `message` is a whole sentence
// naming the node and what is wrong, e.g. "Node 'node3' uses asset 'asset9', which is not
// in assets." For ModuleExecutionError, `studioCode` is the module error number (3 for
// "Error 0003: ...") and the message reads like Studio's job Details.
struct GraphError
{
    QString nodeId;
    QString code;
    QString message;
    int studioCode = 0;
};

// The GraphError codes (stable; tests and the server match on them).
namespace graphErrc {
// parseServiceGraph
inline const QString InvalidPackage = QStringLiteral("InvalidPackage");
inline const QString InvalidNode = QStringLiteral("InvalidNode");
inline const QString UnknownAsset = QStringLiteral("UnknownAsset");
inline const QString InvalidAsset = QStringLiteral("InvalidAsset");
inline const QString UnknownModule = QStringLiteral("UnknownModule");
inline const QString UnsupportedResource = QStringLiteral("UnsupportedResource");
inline const QString DanglingEdge = QStringLiteral("DanglingEdge");
inline const QString InvalidEdge = QStringLiteral("InvalidEdge");
inline const QString UnknownPort = QStringLiteral("UnknownPort");
inline const QString MissingPort = QStringLiteral("MissingPort");
inline const QString PortTypeMismatch = QStringLiteral("PortTypeMismatch");
inline const QString PortAlreadyConnected = QStringLiteral("PortAlreadyConnected");
inline const QString UnsupportedPort = QStringLiteral("UnsupportedPort");
inline const QString LearnerNotConnected = QStringLiteral("LearnerNotConnected");
inline const QString Cycle = QStringLiteral("Cycle");
inline const QString DuplicateInput = QStringLiteral("DuplicateInput");
inline const QString DuplicateOutput = QStringLiteral("DuplicateOutput");
inline const QString UndeclaredInput = QStringLiteral("UndeclaredInput");
inline const QString UndeclaredOutput = QStringLiteral("UndeclaredOutput");
inline const QString MissingInputNode = QStringLiteral("MissingInputNode");
inline const QString MissingOutputNode = QStringLiteral("MissingOutputNode");
inline const QString InvalidSchema = QStringLiteral("InvalidSchema");
inline const QString InvalidGraphParameter = QStringLiteral("InvalidGraphParameter");
inline const QString InvalidParameter = QStringLiteral("InvalidParameter");
inline const QString MissingLabelColumn = QStringLiteral("MissingLabelColumn");
// executeGraph
inline const QString MissingRequiredGlobalParameters = QStringLiteral("MissingRequiredGlobalParameters");
inline const QString MissingInput = QStringLiteral("MissingInput");
inline const QString MissingAsset = QStringLiteral("MissingAsset");
inline const QString InputSchemaMismatch = QStringLiteral("InputSchemaMismatch");
inline const QString ModuleExecutionError = QStringLiteral("ModuleExecutionError");
inline const QString Cancelled = QStringLiteral("Cancelled");
} // namespace graphErrc

enum class GraphNodeKind
{
    Input, // {"inputId": "input1"}: a Web Service Input
    Output, // {"outputId": "output1"}: a Web Service Output
    Module, // {"assetId": ...} of a Module asset in the catalogue
    TrainedModelResource, // {"assetId": ...} of a "[trained model]" Resource asset
};

struct GraphNode
{
    QString id;
    GraphNodeKind kind = GraphNodeKind::Module;
    QString inputName; // Input
    QString outputName; // Output
    QString assetId; // Module, TrainedModelResource
    QString assetName; // the asset's friendly name, as declared
    const ModuleDescriptor *module = nullptr; // Module
    std::optional<LearnerKind> learner; // learner modules
    QString resourceUri; // TrainedModelResource: assets.<id>.locationInfo.uri
    // Node parameters as text. Names known to the catalogue are spelled as the catalogue
    // spells them; ColumnPicker values are percent-decoded when they were URL-encoded JSON.
    QHash<QString, QString> parameters;

    // "Web Service Input", "Web Service Output", the module name or the resource name.
    QString displayName() const;
};

// An edge with its ports resolved to their catalogue names (empty on Web Service Input
// and Output nodes) and the kind of value it carries.
struct GraphEdge
{
    QString sourceNodeId;
    QString sourcePort;
    QString targetNodeId;
    QString targetPort;
    PortKind kind = PortKind::Dataset;
};

enum class OutputKind
{
    Dataset, // CSV
    TrainedModel, // .ilearner
};

struct GraphInputSpec
{
    QString name; // "input1"
    QString nodeId;
    Schema schema; // from properties.input; empty when not declared (then not checked)
    // Columns whose specification lists "enum" values: the values the service knows (a
    // two-class label's two values; see checkTwoClassLabel).
    QHash<QString, QStringList> values;
};

struct GraphOutputSpec
{
    QString name; // "output1"
    QString nodeId;
    OutputKind kind = OutputKind::Dataset; // from the port feeding it
    Schema schema; // from properties.output (empty for trained models)
};

struct GraphParameterLink
{
    QString nodeId;
    QString parameterKey; // the node parameter, catalogue spelling
};

// A global (web service) parameter: package.graphParameters joined with properties.parameters.
struct GlobalParameter
{
    QString name; // e.g. "Random seed"
    QString type; // GraphParameter type: String, Int, Float, Double, Boolean, Enumerated, ...
    QString description;
    std::optional<QString> defaultValue; // nullopt: required
    QList<GraphParameterLink> links;
    bool required() const { return !defaultValue.has_value(); }
};

// A Resource asset holding a trained model (the asset a retrain updates).
struct TrainedModelAsset
{
    QString assetId;
    QString name; // e.g. "Census Model [trained model]"
    QString uri; // locationInfo.uri of the .ilearner
    QStringList nodeIds; // nodes using it
};

struct ServiceGraph
{
    QMap<QString, GraphNode> nodes;
    QList<GraphEdge> edges;
    QStringList order; // every node, dependencies first (ties in natural node-id order)
    QList<GraphInputSpec> inputs; // natural name order: input1, input2, ..., input10
    QList<GraphOutputSpec> outputs; // natural name order
    QList<GlobalParameter> globalParameters; // natural name order
    QList<TrainedModelAsset> trainedModels; // every [trained model] Resource asset, by id

    QStringList inputNames() const;
    QStringList outputNames() const;
    const GraphNode *node(const QString &id) const; // nullptr when absent
    const GraphInputSpec *input(const QString &name) const;
    const GraphOutputSpec *output(const QString &name) const;
    // Exact name first, then case-insensitively; nullptr when absent.
    const GlobalParameter *globalParameter(const QString &name) const;
    QList<const GraphEdge *> edgesInto(const QString &nodeId) const;
    QList<const GraphEdge *> edgesFrom(const QString &nodeId) const;
};

// Parses and validates. Rejects what it cannot execute: an unknown module or asset, a
// non-model Resource, a dangling edge, a cycle, an unknown / ambiguous / unconnected
// required port, mismatched port kinds, two edges into one port, a learner feeding
// nothing, a Train Model without "Label column", node parameters the module rejects,
// duplicate inputs / outputs, inputs / outputs missing from the input / output schemas
// (when those are declared) and graph parameters linked to unknown nodes or keys.
std::variant<ServiceGraph, GraphError> parseServiceGraph(const QJsonObject &properties);

// A training (retraining) service: it has a Train Model node and outputs a trained model.
// Such a service has no [trained model] to update (refuse to patch it).
bool isTrainingGraph(const ServiceGraph &graph);
// The ids of the [trained model] Resource assets (the ones a retrain updates), sorted.
QStringList trainedModelAssetIds(const ServiceGraph &graph);
// The .ilearner uris the graph reads when it runs (fetch them into GraphRunRequest::assets).
QStringList requiredAssetUris(const ServiceGraph &graph);

// Orders "input2" before "input10": digit runs compare as numbers, the rest as text.
bool naturalLess(const QString &a, const QString &b);

} // namespace mlr::studio
