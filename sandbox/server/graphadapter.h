#pragma once

#include "graph/graphexecutor.h"
#include "graph/servicegraph.h"

#include <QJsonObject>

#include <memory>
#include <variant>

namespace mlr::server {

using GraphPtr = std::shared_ptr<const studio::ServiceGraph>;

// parseServiceGraph() with a small cache keyed by the SHA-1 of the properties' compact JSON,
// so the data plane does not re-parse a service's graph on every call. Main thread only.
std::variant<GraphPtr, studio::GraphError> serviceGraph(const QJsonObject &properties);

// "Node 'node4' (Train Model): ..." as an ARM error detail target / message.
QString describeGraphError(const studio::GraphError &error);

} // namespace mlr::server
