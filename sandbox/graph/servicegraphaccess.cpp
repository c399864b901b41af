// ServiceGraph accessors and the queries the server asks of a parsed graph.

#include "graph/servicegraph.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mlr::studio {

QString GraphNode::displayName() const
{
    switch (kind) {
    case GraphNodeKind::Input:
        return u"Web Service Input"_s;
    case GraphNodeKind::Output:
        return u"Web Service Output"_s;
    case GraphNodeKind::Module:
        return module ? module->name() : assetName;
    case GraphNodeKind::TrainedModelResource:
        return assetName;
    }
    return assetName;
}

QStringList ServiceGraph::inputNames() const
{
    QStringList names;
    for (const GraphInputSpec &i : inputs)
        names.append(i.name);
    return names;
}

QStringList ServiceGraph::outputNames() const
{
    QStringList names;
    for (const GraphOutputSpec &o : outputs)
        names.append(o.name);
    return names;
}

const GraphNode *ServiceGraph::node(const QString &id) const
{
    const auto it = nodes.constFind(id);
    return it == nodes.constEnd() ? nullptr : &*it;
}

const GraphInputSpec *ServiceGraph::input(const QString &name) const
{
    for (const GraphInputSpec &i : inputs) {
        if (i.name == name)
            return &i;
    }
    return nullptr;
}

const GraphOutputSpec *ServiceGraph::output(const QString &name) const
{
    for (const GraphOutputSpec &o : outputs) {
        if (o.name == name)
            return &o;
    }
    return nullptr;
}

const GlobalParameter *ServiceGraph::globalParameter(const QString &name) const
{
    for (const GlobalParameter &p : globalParameters) {
        if (p.name == name)
            return &p;
    }
    for (const GlobalParameter &p : globalParameters) {
        if (p.name.compare(name, Qt::CaseInsensitive) == 0)
            return &p;
    }
    return nullptr;
}

QList<const GraphEdge *> ServiceGraph::edgesInto(const QString &nodeId) const
{
    QList<const GraphEdge *> out;
    for (const GraphEdge &e : edges) {
        if (e.targetNodeId == nodeId)
            out.append(&e);
    }
    return out;
}

QList<const GraphEdge *> ServiceGraph::edgesFrom(const QString &nodeId) const
{
    QList<const GraphEdge *> out;
    for (const GraphEdge &e : edges) {
        if (e.sourceNodeId == nodeId)
            out.append(&e);
    }
    return out;
}

bool isTrainingGraph(const ServiceGraph &graph)
{
    const bool trains = std::any_of(graph.nodes.begin(), graph.nodes.end(), [](const GraphNode &n) {
        return n.kind == GraphNodeKind::Module && n.module && n.module->name() == u"Train Model"_s;
    });
    const bool outputsModel = std::any_of(graph.outputs.begin(), graph.outputs.end(),
        [](const GraphOutputSpec &o) { return o.kind == OutputKind::TrainedModel; });
    return trains && outputsModel;
}

QStringList trainedModelAssetIds(const ServiceGraph &graph)
{
    QStringList ids;
    for (const TrainedModelAsset &a : graph.trainedModels)
        ids.append(a.assetId);
    std::sort(ids.begin(), ids.end(), naturalLess);
    return ids;
}

QStringList requiredAssetUris(const ServiceGraph &graph)
{
    QStringList uris;
    for (const TrainedModelAsset &a : graph.trainedModels) {
        if (!a.nodeIds.isEmpty() && !uris.contains(a.uri))
            uris.append(a.uri);
    }
    return uris;
}

bool naturalLess(const QString &a, const QString &b)
{
    qsizetype i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i].isDigit() && b[j].isDigit()) {
            qsizetype ei = i, ej = j;
            while (ei < a.size() && a[ei].isDigit())
                ++ei;
            while (ej < b.size() && b[ej].isDigit())
                ++ej;
            // Compare the digit runs as numbers: strip leading zeros, then length, then text.
            QStringView da = QStringView(a).mid(i, ei - i), db = QStringView(b).mid(j, ej - j);
            while (da.size() > 1 && da.front() == u'0')
                da = da.mid(1);
            while (db.size() > 1 && db.front() == u'0')
                db = db.mid(1);
            if (da.size() != db.size())
                return da.size() < db.size();
            if (const int c = da.compare(db); c != 0)
                return c < 0;
            i = ei;
            j = ej;
            continue;
        }
        if (a[i] != b[j])
            return a[i] < b[j];
        ++i;
        ++j;
    }
    return (a.size() - i) < (b.size() - j);
}

} // namespace mlr::studio
