// What real files do to a template pair: the training input declares the two label values
// (the enum of the label column) and Train Model refuses any other, a case variant or a single
// class before anything runs, naming the values and their first line in the CSV (the words
// mlretrain's data check uses); numbers are typed Number unless asked for as Integer; the CSV
// reader records the line each row starts on.

#include "engine/csvreader.h"
#include "engine/labelcheck.h"
#include "graph/graphexecutor.h"
#include "graph/templates.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mlr::studio;

namespace {

// 40 rows: x whole numbers, c text, y "benign"/"malignant"; `label(i)` overrides row i's label.
QByteArray sampleCsv(const std::function<QByteArray(int)> &label = {})
{
    QByteArray csv = "x,c,y\n";
    for (int i = 0; i < 40; ++i) {
        const QByteArray y = label ? label(i) : QByteArray();
        csv += QByteArray::number(i) + (i % 3 ? ",a," : ",b,")
            + (y.isNull() ? QByteArray(i % 2 ? "malignant" : "benign") : y) + '\n';
    }
    return csv;
}

DataTable read(const QByteArray &csv, const CsvReadOptions &options = {})
{
    auto t = readCsv(csv, options);
    if (!t.ok())
        qFatal("readCsv: %s", qPrintable(t.error().text()));
    return std::move(t).value();
}

std::variant<ServicePairDefinition, GraphError> pairFor(const QStringList &integerColumns = {})
{
    TemplateRequest r;
    r.kind = TemplateKind::TwoClass;
    r.sample = read(sampleCsv());
    r.labelColumn = u"y"_s;
    r.integerColumns = integerColumns;
    r.initialModelUri = u"http://127.0.0.1:10000/devstoreaccount1/models/initial.ilearner"_s;
    return makeServicePair(r);
}

ServiceGraph trainingGraph()
{
    const auto pair = pairFor();
    if (const auto *e = std::get_if<GraphError>(&pair))
        qFatal("makeServicePair: %s", qPrintable(e->message));
    auto g = parseServiceGraph(
        std::get<ServicePairDefinition>(pair).trainingService[u"properties"_s].toObject());
    if (const auto *e = std::get_if<GraphError>(&g))
        qFatal("parseServiceGraph: %s", qPrintable(e->message));
    return std::get<ServiceGraph>(g);
}

QJsonObject trainingColumns(const ServicePairDefinition &pair)
{
    return pair.trainingService[u"properties"_s][u"input"_s][u"properties"_s][u"input1"_s][u"properties"_s]
        .toObject();
}

} // namespace

class TestGraphLabels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void labelValues_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("expected"); // Train Model's error before " (module ...", empty: trains
        const QString known = u"but the service learns two values only: \"benign\" and \"malignant\""_s;
        QTest::newRow("both values") << sampleCsv() << QString();
        QTest::newRow("third value") << sampleCsv([](int i) {
            return i == 9 || i == 20 ? "cyst"_ba : QByteArray();
        }) << u"Error 0023: The label column \"y\" holds \"cyst\" (first on line 11), "_s + known + u"."_s;
        QTest::newRow("case variant")
            << sampleCsv([](int i) { return i == 5 ? "Malignant"_ba : QByteArray(); })
            << u"Error 0023: The label column \"y\" holds \"Malignant\" (first on line 7), "_s + known
                + u" (values are case-sensitive: \"Malignant\" is not \"malignant\")."_s;
        QTest::newRow("two unexpected values")
            << sampleCsv([](int i) { return i == 3 ? "BENIGN"_ba
                                         : i == 2  ? "x"_ba
                                                   : QByteArray(); })
            << u"Error 0023: The label column \"y\" holds \"x\" (first on line 4), "_s + known
                + u". The label column \"y\" holds \"BENIGN\" (first on line 5), "_s + known
                + u" (values are case-sensitive: \"BENIGN\" is not \"benign\")."_s;
        QTest::newRow("single class")
            << sampleCsv([](int) { return "benign"_ba; })
            << u"Error 0023: The label column \"y\" holds only \"benign\", but the service "
               u"learns two values, \"benign\" and \"malignant\": the training data needs "
               u"rows of both."_s;
        QTest::newRow("blank lines and a quoted line break keep the lines")
            << QByteArray("x,c,y\n\n1,\"a\nb\",benign\n2,b,malignant\n\n3,c,Benign\n") + sampleCsv().mid(6)
            << u"Error 0023: The label column \"y\" holds \"Benign\" (first on line 7), "_s + known
                + u" (values are case-sensitive: \"Benign\" is not \"benign\")."_s;
    }

    void labelValues()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, expected);
        const ServiceGraph g = trainingGraph();
        GraphRunRequest request;
        request.inputs.insert(u"input1"_s, read(csv, inputReadOptions(g, u"input1"_s)));
        const auto r = executeGraph(g, request);
        if (expected.isEmpty()) {
            QVERIFY2(std::holds_alternative<GraphRunResult>(r),
                qPrintable(std::get_if<GraphError>(&r) ? std::get<GraphError>(r).message : QString()));
            return;
        }
        QVERIFY(std::holds_alternative<GraphError>(r));
        const GraphError &e = std::get<GraphError>(r);
        QCOMPARE(e.code, graphErrc::ModuleExecutionError);
        QCOMPARE(e.studioCode, 23);
        QCOMPARE(g.node(e.nodeId)->displayName(), u"Train Model"_s);
        QCOMPARE(e.message, expected + u" (module Train Model, node "_s + e.nodeId + u")"_s);
    }

    // Without declared values (a graph not made by the templates), two-class still needs two.
    void undeclaredValues()
    {
        const DataTable t = read("x,y\n1,yes\n2,no\n3,Yes\n4,no\n");
        const Status s = checkTwoClassLabel(t, u"y"_s, {});
        QVERIFY(!s);
        QCOMPARE(s.error().message,
            u"The label column \"y\" holds 3 values (\"yes\" from line 2, \"no\" from line 3, \"Yes\" from "
            u"line 4), "
            u"but a two-class service learns exactly two."_s);
        QVERIFY(checkTwoClassLabel(read("x,y\n1,1\n2,0\n3,1.0\n"), u"y"_s, { u"0"_s, u"1"_s }));
        QVERIFY(!checkTwoClassLabel(read("x,y\n1,1\n2,1\n"), u"y"_s, {}));
    }

    void templateTypesAndLabelValues()
    {
        const auto plain = pairFor();
        QVERIFY(std::holds_alternative<ServicePairDefinition>(plain));
        const QJsonObject columns = trainingColumns(std::get<ServicePairDefinition>(plain));
        QCOMPARE(columns[u"x"_s][u"type"_s].toString(), u"Number"_s); // whole numbers in the sample
        QCOMPARE(columns[u"x"_s][u"format"_s].toString(), u"Double"_s);
        QCOMPARE(columns[u"y"_s][u"enum"_s].toArray(), (QJsonArray { u"benign"_s, u"malignant"_s }));
        const auto asked = pairFor({ u"x"_s });
        QVERIFY(std::holds_alternative<ServicePairDefinition>(asked));
        QCOMPARE(trainingColumns(std::get<ServicePairDefinition>(asked))[u"x"_s][u"type"_s].toString(),
            u"Integer"_s);
        // A Number column takes the next file's 42.5; the Integer one refuses it (Error 0002).
        const QByteArray next = "x,c,y\n42.5,a,benign\n";
        const QList<std::pair<QStringList, bool>> cases { { {}, true }, { { u"x"_s }, false } };
        for (const auto &[integers, ok] : cases) {
            const auto pair = pairFor(integers);
            auto g = parseServiceGraph(
                std::get<ServicePairDefinition>(pair).trainingService[u"properties"_s].toObject());
            QCOMPARE(readCsv(next, inputReadOptions(std::get<ServiceGraph>(g), u"input1"_s)).ok(), ok);
        }
        for (const QString &bad : { u"c"_s, u"nope"_s }) {
            const auto refused = pairFor({ bad });
            QVERIFY(std::holds_alternative<GraphError>(refused));
            QCOMPARE(std::get<GraphError>(refused).code, u"InvalidIntegerColumn"_s);
        }
    }

    void sourceLines()
    {
        const DataTable t = read("a,b\n\n1,\"x\ny\"\n2,z\r\n\r\n3,w\n4,v");
        QCOMPARE(t.rowCount(), 4);
        QCOMPARE(t.sourceLine(0), 3);
        QCOMPARE(t.sourceLine(1), 5);
        QCOMPARE(t.sourceLine(2), 7);
        QCOMPARE(t.sourceLine(3), 8);
        const std::vector<qsizetype> rows { 1 };
        QCOMPARE(t.takeRows(rows).sourceLine(0), 0);
    }
};

QTEST_GUILESS_MAIN(TestGraphLabels)
#include "tst_graphlabels.moc"
