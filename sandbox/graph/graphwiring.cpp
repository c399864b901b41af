#include "graph/graphwiring.h"

#include "graph/jsonaccess.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mlr::studio::detail {

GraphError graphError(const QString &nodeId, const QString &code, const QString &message)
{
    return GraphError { nodeId, code, message, 0 };
}

QString describeNode(const GraphNode &node)
{
    switch (node.kind) {
    case GraphNodeKind::Input:
        return u"node '%1' (input '%2')"_s.arg(node.id, node.inputName);
    case GraphNodeKind::Output:
        return u"node '%1' (output '%2')"_s.arg(node.id, node.outputName);
    case GraphNodeKind::Module:
    case GraphNodeKind::TrainedModelResource:
        break;
    }
    return u"node '%1' (%2)"_s.arg(node.id, node.displayName());
}

namespace {

QString portList(const QList<PortInfo> &ports)
{
    QStringList names;
    for (const PortInfo &p : ports)
        names.append(u"'"_s + p.name + u"'"_s);
    return names.isEmpty() ? u"none"_s : names.join(u", "_s);
}

QString capitalised(QString s)
{
    if (!s.isEmpty())
        s[0] = s[0].toUpper();
    return s;
}

// Resolves the source end of an edge: its port name and the kind of value it carries.
std::optional<GraphError> resolveSource(const GraphNode &n, const QString &given, GraphEdge *edge)
{
    switch (n.kind) {
    case GraphNodeKind::Input:
        edge->kind = PortKind::Dataset;
        return std::nullopt;
    case GraphNodeKind::Output:
        return graphError(n.id, graphErrc::InvalidEdge,
            capitalised(describeNode(n)) + u" is a Web Service Output: no edge can start from it."_s);
    case GraphNodeKind::TrainedModelResource:
        edge->sourcePort = given.isEmpty() ? resourceOutputPort : given;
        edge->kind = PortKind::TrainedModel;
        return std::nullopt;
    case GraphNodeKind::Module:
        break;
    }
    const QList<PortInfo> &ports = n.module->outputs;
    const PortInfo *port = nullptr;
    if (given.isEmpty()) {
        if (ports.size() != 1) {
            return graphError(n.id, graphErrc::MissingPort,
                u"An edge from %1 names no sourcePortId; the module's output ports are %2."_s.arg(
                    describeNode(n), portList(ports)));
        }
        port = &ports.first();
    } else if (!(port = findPort(ports, given))) {
        return graphError(n.id, graphErrc::UnknownPort,
            u"An edge starts from output port '%1' of %2, which has no such port (output ports: %3)."_s.arg(
                given, describeNode(n), portList(ports)));
    }
    if (!port->supported) {
        return graphError(n.id, graphErrc::UnsupportedPort,
            u"An edge starts from output port '%1' of %2: a %3 cannot be used by mlstudio-local."_s.arg(
                port->name, describeNode(n), portKindName(port->kind).toLower()));
    }
    edge->sourcePort = port->name;
    edge->kind = port->kind;
    return std::nullopt;
}

// Resolves the target end of an edge whose source is already resolved.
std::optional<GraphError> resolveTarget(const GraphNode &n, const QString &given, GraphEdge *edge)
{
    if (n.kind == GraphNodeKind::Input || n.kind == GraphNodeKind::TrainedModelResource) {
        return graphError(n.id, graphErrc::InvalidEdge,
            u"An edge goes into %1, which has no inputs."_s.arg(describeNode(n)));
    }
    if (n.kind == GraphNodeKind::Output) {
        if (edge->kind != PortKind::Dataset && edge->kind != PortKind::TrainedModel) {
            return graphError(n.id, graphErrc::PortTypeMismatch,
                u"%1 receives an %2 from node '%3': a Web Service Output takes a dataset or a trained model."_s
                    .arg(capitalised(describeNode(n)), portKindName(edge->kind).toLower(),
                        edge->sourceNodeId));
        }
        return std::nullopt;
    }
    const QList<PortInfo> &ports = n.module->inputs;
    const PortInfo *port = nullptr;
    if (given.isEmpty()) {
        QList<const PortInfo *> candidates;
        for (const PortInfo &p : ports) {
            if (p.kind == edge->kind && p.supported)
                candidates.append(&p);
        }
        if (ports.size() == 1)
            port = &ports.first();
        else if (candidates.size() == 1)
            port = candidates.first();
        else {
            return graphError(n.id, graphErrc::MissingPort,
                u"An edge into %1 names no targetPortId; the module's input ports are %2."_s.arg(
                    describeNode(n), portList(ports)));
        }
    } else if (!(port = findPort(ports, given))) {
        return graphError(n.id, graphErrc::UnknownPort,
            u"An edge goes into input port '%1' of %2, which has no such port (input ports: %3)."_s.arg(
                given, describeNode(n), portList(ports)));
    }
    if (!port->supported) {
        return graphError(n.id, graphErrc::UnsupportedPort,
            u"An edge goes into input port '%1' of %2, which mlstudio-local does not support."_s.arg(
                port->name, describeNode(n)));
    }
    if (port->kind != edge->kind) {
        return graphError(n.id, graphErrc::PortTypeMismatch,
            u"Input port '%1' of %2 takes a %3, but node '%4' sends a %5."_s.arg(port->name, describeNode(n),
                portKindName(port->kind).toLower(), edge->sourceNodeId, portKindName(edge->kind).toLower()));
    }
    edge->targetPort = port->name;
    return std::nullopt;
}

std::optional<GraphError> checkConnections(const ServiceGraph &g)
{
    for (const GraphNode &n : g.nodes) {
        if (n.kind == GraphNodeKind::Output && g.edgesInto(n.id).isEmpty()) {
            return graphError(
                n.id, graphErrc::MissingPort, capitalised(describeNode(n)) + u" has no incoming edge."_s);
        }
        if (n.kind != GraphNodeKind::Module)
            continue;
        for (const PortInfo &p : n.module->inputs) {
            const auto in = g.edgesInto(n.id);
            const bool connected = std::any_of(
                in.begin(), in.end(), [&](const GraphEdge *e) { return e->targetPort == p.name; });
            if (p.required && !connected) {
                return graphError(n.id, graphErrc::MissingPort,
                    u"%1 has nothing connected to its input port '%2'."_s.arg(
                        capitalised(describeNode(n)), p.name));
            }
        }
        if (n.learner && g.edgesFrom(n.id).isEmpty()) {
            return graphError(n.id, graphErrc::LearnerNotConnected,
                u"%1 is not connected: a learner's \"Untrained model\" must go into a Train Model."_s.arg(
                    capitalised(describeNode(n))));
        }
    }
    return std::nullopt;
}

// Kahn's algorithm; among ready nodes the naturally smallest id goes first.
std::optional<GraphError> sortTopologically(ServiceGraph &g)
{
    QHash<QString, int> indegree;
    for (const GraphNode &n : g.nodes)
        indegree.insert(n.id, 0);
    for (const GraphEdge &e : g.edges)
        ++indegree[e.targetNodeId];
    QStringList ready;
    for (auto it = indegree.begin(); it != indegree.end(); ++it) {
        if (it.value() == 0)
            ready.append(it.key());
    }
    g.order.clear();
    while (!ready.isEmpty()) {
        std::sort(ready.begin(), ready.end(), naturalLess);
        const QString id = ready.takeFirst();
        g.order.append(id);
        for (const GraphEdge *e : g.edgesFrom(id)) {
            if (--indegree[e->targetNodeId] == 0)
                ready.append(e->targetNodeId);
        }
    }
    if (g.order.size() == g.nodes.size())
        return std::nullopt;
    // Walk back along edges between unsorted nodes until a node repeats: that is a cycle.
    QStringList left;
    for (auto it = indegree.begin(); it != indegree.end(); ++it) {
        if (it.value() > 0)
            left.append(it.key());
    }
    std::sort(left.begin(), left.end(), naturalLess);
    QStringList path { left.first() };
    while (true) {
        QString prev;
        for (const GraphEdge *e : g.edgesInto(path.last())) {
            if (left.contains(e->sourceNodeId)) {
                prev = e->sourceNodeId;
                break;
            }
        }
        const qsizetype seen = path.indexOf(prev);
        if (prev.isEmpty() || seen >= 0) {
            QStringList cycle = path.mid(seen < 0 ? 0 : seen);
            std::reverse(cycle.begin(), cycle.end());
            // Start the cycle at its naturally smallest node id, so the error names it.
            const auto first = std::min_element(cycle.begin(), cycle.end(), naturalLess);
            std::rotate(cycle.begin(), first, cycle.end());
            cycle.append(cycle.first());
            return graphError(cycle.first(), graphErrc::Cycle,
                u"Node '%1' is part of a cycle: %2."_s.arg(cycle.first(), cycle.join(u" -> "_s)));
        }
        path.append(prev);
    }
}

} // namespace

std::optional<GraphError> wireEdges(ServiceGraph &g, const QJsonArray &edges)
{
    QSet<QString> occupied; // "node\nport" of connected target ports
    for (qsizetype i = 0; i < edges.size(); ++i) {
        const QJsonObject o = edges.at(i).toObject();
        GraphEdge edge;
        edge.sourceNodeId = json::string(o, u"sourceNodeId");
        edge.targetNodeId = json::string(o, u"targetNodeId");
        if (edge.sourceNodeId.isEmpty() || edge.targetNodeId.isEmpty()) {
            return graphError({}, graphErrc::InvalidEdge,
                u"Edge %1 of package.edges needs both sourceNodeId and targetNodeId."_s.arg(i));
        }
        for (const QString &end : { edge.sourceNodeId, edge.targetNodeId }) {
            if (!g.node(end)) {
                return graphError(end, graphErrc::DanglingEdge,
                    u"Edge %1 (%2 -> %3) refers to node '%4', which is not in package.nodes."_s.arg(
                        QString::number(i), edge.sourceNodeId, edge.targetNodeId, end));
            }
        }
        if (edge.sourceNodeId == edge.targetNodeId) {
            return graphError(edge.sourceNodeId, graphErrc::Cycle,
                u"Node '%1' is part of a cycle: an edge goes from it into itself."_s.arg(edge.sourceNodeId));
        }
        if (auto e = resolveSource(g.nodes[edge.sourceNodeId], json::string(o, u"sourcePortId"), &edge))
            return e;
        if (auto e = resolveTarget(g.nodes[edge.targetNodeId], json::string(o, u"targetPortId"), &edge))
            return e;
        const QString slot = edge.targetNodeId + u'\n' + edge.targetPort;
        if (occupied.contains(slot)) {
            const GraphNode &t = g.nodes[edge.targetNodeId];
            const QString where = t.kind == GraphNodeKind::Output
                ? capitalised(describeNode(t))
                : u"Input port '%1' of %2"_s.arg(edge.targetPort, describeNode(t));
            return graphError(t.id, graphErrc::PortAlreadyConnected,
                where
                    + u" has more than one incoming edge (one is from node '%1')."_s.arg(edge.sourceNodeId));
        }
        occupied.insert(slot);
        g.edges.append(edge);
    }
    if (auto e = checkConnections(g))
        return e;
    return sortTopologically(g);
}

} // namespace mlr::studio::detail
