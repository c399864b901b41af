// parseServiceGraph: the official ARM example, the reference's predictive service, both
// api-version shapes, property names in any case, and the graphs it must reject.

#include "engine/generators.h"
#include "graph/moduleparameters.h"
#include "graph/servicegraph.h"
#include "graph/templates.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mlr::studio;

namespace {

QJsonObject readJson(const QString &name)
{
    QFile f(QStringLiteral(MLR_GRAPH_TESTDATA) + u'/' + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(f.fileName()));
    return QJsonDocument::fromJson(f.readAll()).object();
}

// Sets (or, with an undefined value, removes) the member at `path`; array indices are
// numbers, "+" appends.
QJsonValue setPath(const QJsonValue &root, QStringList path, const QJsonValue &value)
{
    const QString head = path.takeFirst();
    if (root.isArray()) {
        QJsonArray a = root.toArray();
        const qsizetype i = head == u"+"_s ? a.size() : head.toLongLong();
        if (path.isEmpty() && value.isUndefined())
            a.removeAt(i);
        else if (i == a.size())
            a.append(path.isEmpty() ? value : setPath(QJsonObject(), path, value));
        else
            a[i] = path.isEmpty() ? value : setPath(a[i], path, value);
        return a;
    }
    QJsonObject o = root.toObject();
    if (path.isEmpty() && value.isUndefined())
        o.remove(head);
    else
        o.insert(head, path.isEmpty() ? value : setPath(o.value(head), path, value));
    return o;
}

QJsonObject set(const QJsonObject &o, const QString &path, const QJsonValue &v)
{
    return setPath(o, path.split(u'/'), v).toObject();
}

std::pair<QJsonObject, QJsonObject> censusPair()
{
    GeneratorOptions g;
    g.rows = 60;
    g.seed = 3;
    TemplateRequest r;
    r.kind = TemplateKind::TwoClass;
    r.sample = generateCensus(g);
    r.labelColumn = u"income"_s;
    r.initialModelUri = u"http://127.0.0.1:10000/devstoreaccount1/models/initial.ilearner"_s;
    const auto pair = makeServicePair(r);
    if (!std::holds_alternative<ServicePairDefinition>(pair))
        qFatal("makeServicePair: %s", qPrintable(std::get<GraphError>(pair).message));
    const auto &p = std::get<ServicePairDefinition>(pair);
    return { p.trainingService.value(u"properties"_s).toObject(),
        p.predictiveService.value(u"properties"_s).toObject() };
}

// Every {"value": x, "certificateThumbprint": ...} becomes x (the 2016-05-01-preview shape).
QJsonValue to2016(const QJsonValue &v)
{
    if (v.isArray()) {
        QJsonArray out;
        for (const QJsonValue &x : v.toArray())
            out.append(to2016(x));
        return out;
    }
    if (!v.isObject())
        return v;
    const QJsonObject o = v.toObject();
    if (o.contains(u"value"_s) && o.contains(u"certificateThumbprint"_s))
        return o.value(u"value"_s);
    QJsonObject out;
    for (auto it = o.begin(); it != o.end(); ++it)
        out.insert(it.key(), to2016(it.value()));
    return out;
}

ServiceGraph ok(const std::variant<ServiceGraph, GraphError> &parsed)
{
    if (const auto *e = std::get_if<GraphError>(&parsed))
        qFatal("unexpected GraphError %s: %s", qPrintable(e->code), qPrintable(e->message));
    return std::get<ServiceGraph>(parsed);
}

} // namespace

using Mutation = std::function<QJsonObject(const QJsonObject &)>;
Q_DECLARE_METATYPE(Mutation)

class TestGraphParse : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void officialExample()
    {
        const QJsonObject put = readJson(u"putWebService.json"_s);
        const QJsonObject properties = put.value(u"parameters"_s)
                                           .toObject()
                                           .value(u"createOrUpdatePayload"_s)
                                           .toObject()
                                           .value(u"properties"_s)
                                           .toObject();
        const auto parsed = parseServiceGraph(properties);
        QVERIFY(std::holds_alternative<GraphError>(parsed));
        const GraphError &e = std::get<GraphError>(parsed);
        QCOMPARE(e.code, graphErrc::UnknownModule);
        QCOMPARE(e.nodeId, u"node1"_s);
        QVERIFY2(e.message.contains(u"Node 'node1' uses module 'Execute R Script'"_s), qPrintable(e.message));
        QVERIFY(e.message.contains(u"Score Model"_s)); // names what is supported
    }

    void predictiveSample()
    {
        const QJsonObject properties
            = readJson(u"predictive-sample.json"_s).value(u"properties"_s).toObject();
        const ServiceGraph &g = ok(parseServiceGraph(properties));
        QVERIFY(!isTrainingGraph(g));
        QCOMPARE(trainedModelAssetIds(g), QStringList { u"asset3"_s });
        QCOMPARE(requiredAssetUris(g),
            QStringList { u"https://mltestaccount.blob.core.windows.net/azuremlassetscontainer/"
                          u"baca7bca650f46218633552c0bcbba0e.ilearner"_s });
        QCOMPARE(g.inputNames(), QStringList { u"input1"_s });
        QCOMPARE(g.outputNames(), QStringList { u"output1"_s });
        QCOMPARE(g.outputs.first().kind, OutputKind::Dataset);
        QCOMPARE(g.inputs.first().schema,
            (Schema { { u"age"_s, ValueType::Integer }, { u"workclass"_s, ValueType::String } }));
        QVERIFY(g.order.indexOf(u"node3"_s) < g.order.indexOf(u"node2"_s));
        QVERIFY(g.order.indexOf(u"node1"_s) < g.order.indexOf(u"node2"_s));
        const GraphNode *select = g.node(u"node1"_s);
        QVERIFY(select && select->module);
        QCOMPARE(select->module->name(), u"Select Columns in Dataset"_s);
        // Canonical parameter name, percent-decoded picker.
        QVERIFY(select->parameters.value(u"Select columns"_s).startsWith(u"{\"isFilter\":true"_s));
        const GraphNode *model = g.node(u"node3"_s);
        QCOMPARE(model->kind, GraphNodeKind::TrainedModelResource);
        QCOMPARE(g.edgesInto(u"node2"_s).size(), 2);
    }

    void mixedCaseNames()
    {
        const ServiceGraph &g = ok(parseServiceGraph(readJson(u"mixed-case.json"_s)));
        QCOMPARE(g.node(u"n2"_s)->parameters.value(u"Append score columns to output"_s), u"False"_s);
        QCOMPARE(g.edges.at(1).targetPort, u"Trained model"_s);
        QCOMPARE(g.edges.at(2).sourcePort, u"Scored dataset"_s);
        QCOMPARE(g.inputs.first().schema, (Schema { { u"x1"_s, ValueType::Number } }));
        QCOMPARE(trainedModelAssetIds(g), QStringList { u"a2"_s });
    }

    void templatesParseBothShapes()
    {
        const auto [training, predictive] = censusPair();
        for (const QJsonObject &p :
            { training, predictive, to2016(training).toObject(), to2016(predictive).toObject() }) {
            const auto parsed = parseServiceGraph(p);
            QVERIFY2(std::holds_alternative<ServiceGraph>(parsed),
                qPrintable(
                    std::get_if<GraphError>(&parsed) ? std::get<GraphError>(parsed).message : QString()));
        }
        const ServiceGraph &t = ok(parseServiceGraph(to2016(training).toObject()));
        QVERIFY(isTrainingGraph(t));
        QVERIFY(trainedModelAssetIds(t).isEmpty());
        QCOMPARE(t.outputNames(), (QStringList { u"output1"_s, u"output2"_s, u"output3"_s }));
        QCOMPARE(t.outputs.at(0).kind, OutputKind::TrainedModel);
        QCOMPARE(t.outputs.at(1).kind, OutputKind::Dataset);
        QCOMPARE(t.globalParameter(u"split FRACTION"_s)->defaultValue, std::optional<QString>(u"0.75"_s));
        QCOMPARE(t.globalParameter(u"Random seed"_s)->links.first().parameterKey, u"Random seed"_s);
        QCOMPARE(t.node(u"node6"_s)->parameters.value(u"Label column"_s),
            u"{\"isFilter\":true,\"rules\":[{\"columns\":[\"income\"],\"exclude\":false,\"ruleType\":\"ColumnNames\"}]}"_s);
        const ServiceGraph &p = ok(parseServiceGraph(predictive));
        QVERIFY(!isTrainingGraph(p));
        QCOMPARE(trainedModelAssetIds(p), QStringList { u"asset3"_s });
    }

    void plainLabelColumn()
    {
        const auto [training, predictive] = censusPair();
        const ServiceGraph &g = ok(
            parseServiceGraph(set(training, u"package/nodes/node6/parameters/Label column"_s, u"income"_s)));
        QCOMPARE(g.node(u"node6"_s)->parameters.value(u"Label column"_s), u"income"_s);
    }

    void rejects_data()
    {
        QTest::addColumn<bool>("training");
        QTest::addColumn<Mutation>("mutate");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("nodeId");
        QTest::addColumn<QString>("message");
        const auto row = [](const char *name, bool training, Mutation m, const QString &code,
                             const QString &node, const QString &message) {
            QTest::newRow(name) << training << m << code << node << message;
        };
        row(
            "unknown asset", false,
            [](auto p) { return set(p, u"package/nodes/node2/assetId"_s, u"asset9"_s); },
            graphErrc::UnknownAsset, u"node2"_s,
            u"Node 'node2' uses asset 'asset9', which is not in assets."_s);
        row(
            "unknown module", false,
            [](auto p) { return set(p, u"assets/asset1/name"_s, u"Execute Python Script"_s); },
            graphErrc::UnknownModule, u"node2"_s, u"uses module 'Execute Python Script'"_s);
        row(
            "dangling edge", false,
            [](auto p) {
                return set(p, u"package/edges/+"_s,
                    QJsonObject { { u"sourceNodeId"_s, u"node2"_s },
                        { u"sourcePortId"_s, u"Results dataset"_s }, { u"targetNodeId"_s, u"node99"_s } });
            },
            graphErrc::DanglingEdge, u"node99"_s,
            u"refers to node 'node99', which is not in package.nodes"_s);
        row(
            "cycle", false,
            [](auto p) {
                p = set(p, u"package/edges/0/sourceNodeId"_s, u"node6"_s); // node6 -> node2 -> node6
                p = set(p, u"package/edges/0/sourcePortId"_s, u"Results dataset"_s);
                p = set(p, u"package/edges/+"_s,
                    QJsonObject { { u"sourceNodeId"_s, u"node2"_s },
                        { u"sourcePortId"_s, u"Results dataset"_s }, { u"targetNodeId"_s, u"node6"_s },
                        { u"targetPortId"_s, u"Dataset"_s } });
                return set(p, u"package/nodes/node6"_s,
                    QJsonObject { { u"assetId"_s, u"asset1"_s },
                        { u"parameters"_s, QJsonObject { { u"Select columns"_s, u"age"_s } } } });
            },
            graphErrc::Cycle, u"node2"_s, u"Node 'node2' is part of a cycle: node2 -> node6 -> node2."_s);
        row(
            "missing Train Model label", true,
            [](auto p) { return set(p, u"package/nodes/node6/parameters"_s, QJsonObject()); },
            graphErrc::MissingLabelColumn, u"node6"_s,
            u"Node 'node6' (Train Model) has no \"Label column\""_s);
        row(
            "duplicate output", true,
            [](auto p) {
                p = set(p, u"package/nodes/node12"_s, QJsonObject { { u"outputId"_s, u"output2"_s } });
                return set(p, u"package/edges/+"_s,
                    QJsonObject { { u"sourceNodeId"_s, u"node7"_s },
                        { u"sourcePortId"_s, u"Scored dataset"_s }, { u"targetNodeId"_s, u"node12"_s } });
            },
            graphErrc::DuplicateOutput, u"node12"_s, u"second node for output 'output2'"_s);
        row(
            "learner not connected", true,
            [](auto p) {
                return set(p, u"package/nodes/node12"_s, QJsonObject { { u"assetId"_s, u"asset4"_s } });
            },
            graphErrc::LearnerNotConnected, u"node12"_s,
            u"Node 'node12' (Two-Class Logistic Regression) is not connected"_s);
        row(
            "unconnected Train Model port", true,
            [](auto p) { return set(p, u"package/edges/3"_s, QJsonValue(QJsonValue::Undefined)); },
            graphErrc::LearnerNotConnected, u"node5"_s, u"is not connected"_s);
        row(
            "unknown port", false,
            [](auto p) { return set(p, u"package/edges/1/targetPortId"_s, u"Datasets"_s); },
            graphErrc::UnknownPort, u"node4"_s,
            u"input port 'Datasets' of node 'node4' (Score Model), which has no such port"_s);
        row(
            "source port not on the module", true,
            [](auto p) { return set(p, u"package/edges/5/sourceNodeId"_s, u"node4"_s); },
            graphErrc::UnknownPort, u"node4"_s,
            u"output port 'Trained model' of node 'node4' (Split Data)"_s);
        row(
            "dataset into a model port", false,
            [](auto p) {
                p = set(p, u"package/edges/2/sourceNodeId"_s, u"node2"_s);
                return set(p, u"package/edges/2/sourcePortId"_s, u"Results dataset"_s);
            },
            graphErrc::PortTypeMismatch, u"node4"_s,
            u"takes a trained model, but node 'node2' sends a dataset"_s);
        row(
            "missing input port", false,
            [](auto p) { return set(p, u"package/edges/1"_s, QJsonValue(QJsonValue::Undefined)); },
            graphErrc::MissingPort, u"node4"_s,
            u"Node 'node4' (Score Model) has nothing connected to its input port 'Dataset'."_s);
        row(
            "two edges into a port", false,
            [](auto p) { return set(p, u"package/edges/+"_s, p.value(u"package"_s)[u"edges"_s][1]); },
            graphErrc::PortAlreadyConnected, u"node4"_s, u"more than one incoming edge"_s);
        row(
            "bad parameter default", true,
            [](auto p) { return set(p, u"parameters/Split fraction/value"_s, u"half"_s); },
            graphErrc::InvalidParameter, u"node4"_s,
            u"Node 'node4' (Split Data) has an invalid parameter: Error 0002"_s);
        row(
            "bad learner parameter", true,
            [](auto p) { return set(p, u"package/nodes/node5/parameters/Learning rate"_s, u"2"_s); },
            QString(), QString(), QString()); // not a logistic regression parameter: ignored
        row(
            "graph parameter to unknown key", true,
            [](auto p) {
                return set(p, u"package/graphParameters/Random seed/links/0/parameterKey"_s, u"Seed"_s);
            },
            graphErrc::InvalidGraphParameter, u"node4"_s,
            u"linked to parameter 'Seed' of node 'node4' (Split Data)"_s);
        row(
            "default without graph parameter", true,
            [](auto p) {
                return set(p, u"parameters/Threshold"_s, QJsonObject { { u"value"_s, u"0.5"_s } });
            },
            graphErrc::InvalidGraphParameter, QString(), u"Parameter 'Threshold' of properties.parameters"_s);
        row(
            "undeclared output", false,
            [](auto p) { return set(p, u"package/nodes/node5/outputId"_s, u"output9"_s); },
            graphErrc::UndeclaredOutput, u"node5"_s,
            u"output 'output9', which is not in the output schema"_s);
        row(
            "non-model resource", false,
            [](auto p) {
                p = set(p, u"assets/asset3/name"_s, u"Census data"_s);
                return set(
                    p, u"assets/asset3/locationInfo/uri"_s, u"https://a.blob.core.windows.net/c/data.csv"_s);
            },
            graphErrc::UnsupportedResource, u"node3"_s, u"is not a trained model"_s);
        row(
            "no package", false,
            [](auto p) { return set(p, u"package"_s, QJsonValue(QJsonValue::Undefined)); },
            graphErrc::InvalidPackage, QString(), u"has no package"_s);
        row(
            "two ids on a node", false,
            [](auto p) { return set(p, u"package/nodes/node1/assetId"_s, u"asset1"_s); },
            graphErrc::InvalidNode, u"node1"_s, u"exactly one of assetId, inputId and outputId"_s);
        row(
            "edge into an input", false,
            [](auto p) { return set(p, u"package/edges/1/targetNodeId"_s, u"node1"_s); },
            graphErrc::InvalidEdge, u"node1"_s,
            u"An edge goes into node 'node1' (input 'input1'), which has no inputs."_s);
        row(
            "edge into itself", false,
            [](auto p) { return set(p, u"package/edges/0/targetNodeId"_s, u"node1"_s); }, graphErrc::Cycle,
            u"node1"_s, u"an edge goes from it into itself"_s);
        row(
            "edge out of an output", false,
            [](auto p) { return set(p, u"package/edges/0/sourceNodeId"_s, u"node5"_s); },
            graphErrc::InvalidEdge, u"node5"_s, u"is a Web Service Output: no edge can start from it"_s);
        row(
            "unsupported picker rule", false,
            [](auto p) {
                return set(p, u"package/nodes/node2/parameters/Select columns/value"_s,
                    u"{\"isFilter\":true,\"rules\":[{\"ruleType\":\"ColumnTypes\",\"exclude\":false}]}"_s);
            },
            graphErrc::InvalidParameter, u"node2"_s, u"rule type \"ColumnTypes\" is not supported"_s);
        row(
            "schema type", false,
            [](auto p) { return set(p, u"input/properties/input1/properties/age/type"_s, u"Date"_s); },
            graphErrc::InvalidSchema, QString(), u"Column 'age' of input 'input1' has type 'Date'"_s);
    }

    void rejects()
    {
        QFETCH(bool, training);
        QFETCH(Mutation, mutate);
        QFETCH(QString, code);
        QFETCH(QString, nodeId);
        QFETCH(QString, message);
        const auto [t, p] = censusPair();
        const auto parsed = parseServiceGraph(mutate(training ? t : p));
        if (code.isEmpty()) {
            QVERIFY(std::holds_alternative<ServiceGraph>(parsed));
            return;
        }
        QVERIFY2(std::holds_alternative<GraphError>(parsed), "the graph was accepted");
        const GraphError &e = std::get<GraphError>(parsed);
        QVERIFY2(e.message.contains(message), qPrintable(e.message));
        QCOMPARE(e.code, code);
        QCOMPARE(e.nodeId, nodeId);
    }

    void columnPickers()
    {
        QCOMPARE(decodeColumnPicker(u"income"_s), u"income"_s);
        QCOMPARE(decodeColumnPicker(u"100%"_s), u"100%"_s);
        const QString encoded = encodeColumnPicker({ u"a b"_s, u"c"_s }, true);
        QVERIFY(encoded.startsWith(u"%7B%22isFilter%22%3Atrue"_s));
        const auto selection = parseColumnSelection(decodeColumnPicker(encoded));
        QVERIFY(selection.ok());
        QVERIFY(selection->allColumns);
        QCOMPARE(selection->exclude, (QStringList { u"a b"_s, u"c"_s }));
    }

    void naturalOrder()
    {
        QStringList names { u"output10"_s, u"output2"_s, u"output1"_s, u"node02"_s, u"node1"_s };
        std::sort(names.begin(), names.end(), naturalLess);
        QCOMPARE(names, (QStringList { u"node1"_s, u"node02"_s, u"output1"_s, u"output2"_s, u"output10"_s }));
    }
};

QTEST_GUILESS_MAIN(TestGraphParse)
#include "tst_graphparse.moc"
