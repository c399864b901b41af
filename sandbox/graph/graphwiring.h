#pragma once

// Internal steps of parseServiceGraph (servicegraph.cpp): edges and ports, connectivity,
// topological order; global parameters and node parameter checks (moduleparameters.cpp).

#include "graph/servicegraph.h"

#include <QJsonArray>

namespace mlr::studio::detail {

GraphError graphError(const QString &nodeId, const QString &code, const QString &message);
// "node 'node4' (Train Model)"
QString describeNode(const GraphNode &node);

// Resolves package.edges onto g.nodes (ports, kinds), checks that every node is wired as
// its kind requires, and fills g.edges and g.order.
std::optional<GraphError> wireEdges(ServiceGraph &g, const QJsonArray &edges);

// Fills g.globalParameters from package.graphParameters and properties.parameters.
std::optional<GraphError> parseGlobalParameters(
    ServiceGraph &g, const QJsonObject &graphParameters, const QJsonObject &parameterDefaults);
// Checks every module node's parameters (with global parameter defaults applied; values
// of required global parameters are checked when the graph runs).
std::optional<GraphError> checkNodeParameters(const ServiceGraph &g);

} // namespace mlr::studio::detail
