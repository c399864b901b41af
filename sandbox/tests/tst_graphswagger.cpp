// serviceSwagger (the per-service swagger.json) and the service-pair templates
// (makeServicePair: the ARM bodies, their errors, the template files).

#include "engine/generators.h"
#include "graph/serviceswagger.h"
#include "graph/templates.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mlr::studio;

namespace {

const QString modelUri = u"https://acct.blob.core.windows.net/models/initial.ilearner"_s;

DataTable census(qint64 rows)
{
    GeneratorOptions g;
    g.rows = rows;
    g.seed = 5;
    return generateCensus(g);
}

TemplateRequest request(TemplateKind kind = TemplateKind::TwoClass)
{
    TemplateRequest r;
    r.kind = kind;
    if (kind == TemplateKind::TwoClass) {
        r.sample = census(40);
        r.labelColumn = u"income"_s;
    } else {
        GeneratorOptions g;
        g.rows = 40;
        r.sample = generateRegression(g);
        r.labelColumn = u"price"_s;
    }
    r.storageAccountName = u"mystorage"_s;
    r.initialModelUri = modelUri;
    return r;
}

ServicePairDefinition pair(const TemplateRequest &r)
{
    auto p = makeServicePair(r);
    if (auto *e = std::get_if<GraphError>(&p))
        qFatal("makeServicePair: %s", qPrintable(e->message));
    return std::get<ServicePairDefinition>(p);
}

GraphError pairError(const TemplateRequest &r)
{
    auto p = makeServicePair(r);
    if (!std::holds_alternative<GraphError>(p))
        qFatal("makeServicePair succeeded where it should fail");
    return std::get<GraphError>(p);
}

ServiceGraph parse(const QJsonObject &properties)
{
    auto g = parseServiceGraph(properties);
    if (auto *e = std::get_if<GraphError>(&g))
        qFatal("parseServiceGraph: %s", qPrintable(e->message));
    return std::get<ServiceGraph>(g);
}

QJsonObject props(const QJsonObject &service)
{
    return service.value(u"properties"_s).toObject();
}

} // namespace

class TestGraphSwagger : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void predictiveSwagger()
    {
        const ServicePairDefinition p = pair(request());
        const QJsonObject properties = props(p.predictiveService);
        const QJsonObject s = serviceSwagger(parse(properties), properties, u"Census [predictive exp.]"_s,
            QUrl(u"http://127.0.0.1:8123/subscriptions/abc/services/def"_s));
        QCOMPARE(s[u"swagger"_s].toString(), u"2.0"_s);
        QCOMPARE(s[u"info"_s][u"title"_s].toString(), u"Census [predictive exp.]"_s);
        QCOMPARE(s[u"host"_s].toString(), u"127.0.0.1:8123"_s);
        QCOMPARE(s[u"basePath"_s].toString(), u"/subscriptions/abc/services/def"_s);
        QCOMPARE(s[u"schemes"_s].toArray(), QJsonArray { u"http"_s });
        QCOMPARE(s[u"paths"_s].toObject().keys(),
            (QStringList { u"/execute?api-version=2.0&format=swagger"_s,
                u"/jobs/{jobId}/start?api-version=2.0"_s, u"/jobs/{jobId}?api-version=2.0"_s,
                u"/jobs?api-version=2.0"_s, u"/swagger.json"_s }));
        QCOMPARE(s[u"paths"_s][u"/jobs/{jobId}?api-version=2.0"_s][u"delete"_s][u"operationId"_s].toString(),
            u"canceljob"_s);
        QCOMPARE(s[u"securityDefinitions"_s][u"api_key"_s][u"name"_s].toString(), u"Authorization"_s);

        const QJsonObject defs = s[u"definitions"_s].toObject();
        const QJsonObject item = defs[u"input1Item"_s][u"properties"_s].toObject();
        QStringList features = census(1).columnNames();
        features.removeAll(u"income"_s);
        std::sort(features.begin(), features.end());
        QCOMPARE(item.keys(), features);
        // Whole numbers in the sample, but a template types numbers Number unless asked.
        QCOMPARE(item[u"age"_s].toObject(),
            (QJsonObject { { u"type"_s, u"number"_s }, { u"format"_s, u"double"_s } }));
        QCOMPARE(item[u"workclass"_s].toObject(), (QJsonObject { { u"type"_s, u"string"_s } }));
        QVERIFY(defs[u"input1Item"_s][u"required"_s].toArray().contains(u"workclass"_s));
        const QJsonObject out = defs[u"output1Item"_s][u"properties"_s].toObject();
        QCOMPARE(out[u"Scored Labels"_s][u"type"_s].toString(), u"string"_s);
        QCOMPARE(out[u"Scored Probabilities"_s].toObject(),
            (QJsonObject { { u"type"_s, u"number"_s }, { u"format"_s, u"double"_s } }));
        QCOMPARE(defs[u"ExecutionInputs"_s][u"properties"_s][u"input1"_s][u"items"_s][u"$ref"_s].toString(),
            u"#/definitions/input1Item"_s);
        QCOMPARE(defs[u"BatchInputs"_s][u"properties"_s][u"input1"_s][u"$ref"_s].toString(),
            u"#/definitions/AzureBlobDataReference"_s);
        QCOMPARE(defs[u"BatchOutputs"_s][u"properties"_s].toObject().keys(), QStringList { u"output1"_s });
        QVERIFY(defs[u"GlobalParameters"_s][u"properties"_s].toObject().isEmpty());
        // The example request: rows of the sample, as objects over the input columns.
        const QJsonArray example
            = defs[u"ExecutionRequest"_s][u"example"_s][u"Inputs"_s][u"input1"_s].toArray();
        QCOMPARE(example.size(), 3);
        QCOMPARE(example[0].toObject().keys(), features);
        QCOMPARE(example[0][u"age"_s].toDouble(), census(1).find(u"age"_s)->numbers.at(0));
        QCOMPARE(
            defs[u"BatchExecutionStatus"_s][u"properties"_s][u"StatusCode"_s][u"enum"_s].toArray().size(), 5);
    }

    void trainingSwagger()
    {
        const ServicePairDefinition p = pair(request());
        const QJsonObject properties = props(p.trainingService);
        const QJsonObject s = serviceSwagger(parse(properties), properties, u"Census"_s);
        QVERIFY(!s.contains(u"host"_s));
        const QJsonObject defs = s[u"definitions"_s].toObject();
        QVERIFY(defs[u"input1Item"_s][u"properties"_s].toObject().contains(u"income"_s));
        const QJsonObject globals = defs[u"GlobalParameters"_s][u"properties"_s].toObject();
        QCOMPARE(globals[u"Split fraction"_s].toObject(),
            (QJsonObject {
                { u"description"_s,
                    u"Fraction of the rows used for training; the rest is scored and evaluated"_s },
                { u"type"_s, u"number"_s }, { u"format"_s, u"double"_s }, { u"default"_s, 0.75 } }));
        QCOMPARE(globals[u"Random seed"_s][u"type"_s].toString(), u"integer"_s);
        QCOMPARE(globals[u"Random seed"_s][u"default"_s].toDouble(), 42.0);
        QCOMPARE(
            defs[u"ExecutionRequest"_s][u"example"_s][u"GlobalParameters"_s][u"Random seed"_s].toDouble(),
            42.0);
        // Models travel through BES only.
        QCOMPARE(defs[u"BatchOutputs"_s][u"properties"_s].toObject().keys(),
            (QStringList { u"output1"_s, u"output2"_s, u"output3"_s }));
        QCOMPARE(defs[u"ExecutionOutputs"_s][u"properties"_s].toObject().keys(),
            (QStringList { u"output2"_s, u"output3"_s }));
        QVERIFY(defs[u"output2Item"_s][u"properties"_s].toObject().contains(u"AUC"_s));
        QVERIFY(!defs.contains(u"output1Item"_s));
    }

    void serviceBodies()
    {
        TemplateRequest r = request();
        r.title = u"Census Model"_s;
        r.location = u"West Europe"_s;
        const ServicePairDefinition p = pair(r);
        QCOMPARE(p.trainingService[u"location"_s].toString(), u"West Europe"_s);
        const QJsonObject t = props(p.trainingService), q = props(p.predictiveService);
        QCOMPARE(t[u"title"_s].toString(), u"Census Model"_s);
        QCOMPARE(q[u"title"_s].toString(), u"Census Model [predictive exp.]"_s);
        for (const QJsonObject &o : { t, q }) {
            QCOMPARE(o[u"packageType"_s].toString(), u"Graph"_s);
            QCOMPARE(o[u"readOnly"_s].toBool(true), false);
            QCOMPARE(o[u"storageAccount"_s][u"name"_s].toString(), u"mystorage"_s);
            QCOMPARE(o[u"machineLearningWorkspace"_s][u"id"_s].toString().size(), 32);
            QVERIFY(o[u"commitmentPlan"_s][u"id"_s].toString().contains(u"/commitmentPlans/"_s));
            QVERIFY(o.contains(u"realtimeConfiguration"_s) && o.contains(u"diagnostics"_s));
            QVERIFY(o.contains(u"exampleRequest"_s) && o.contains(u"exposeSampleData"_s));
        }
        QCOMPARE(q[u"assets"_s][u"asset3"_s][u"name"_s].toString(), u"Census Model [trained model]"_s);
        QCOMPARE(q[u"assets"_s][u"asset3"_s][u"type"_s].toString(), u"Resource"_s);
        QCOMPARE(q[u"assets"_s][u"asset3"_s][u"locationInfo"_s][u"uri"_s].toString(), modelUri);
        // Every placeholder is filled.
        for (const QJsonObject &o : { p.trainingService, p.predictiveService })
            QVERIFY(!QJsonDocument(o).toJson().contains("${"));
        QCOMPARE(t[u"input"_s][u"properties"_s][u"input1"_s][u"properties"_s][u"age"_s].toObject(),
            (QJsonObject {
                { u"type"_s, u"Number"_s }, { u"format"_s, u"Double"_s }, { u"x-ms-isnullable"_s, true } }));
        QVERIFY(
            !q[u"input"_s][u"properties"_s][u"input1"_s][u"properties"_s].toObject().contains(u"income"_s));
        QCOMPARE(t[u"parameters"_s][u"Split fraction"_s][u"value"_s].toString(), u"0.75"_s);
    }

    void learners_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("learner");
        QTest::addColumn<QString>("asset");
        QTest::newRow("two-class default")
            << int(TemplateKind::TwoClass) << QString() << u"Two-Class Logistic Regression"_s;
        QTest::newRow("two-class trees")
            << int(TemplateKind::TwoClass) << u"two-class boosted decision tree"_s
            << u"Two-Class Boosted Decision Tree"_s;
        QTest::newRow("regression default")
            << int(TemplateKind::Regression) << QString() << u"Linear Regression"_s;
        QTest::newRow("regression trees")
            << int(TemplateKind::Regression) << u"Boosted Decision Tree Regression"_s
            << u"Boosted Decision Tree Regression"_s;
    }

    void learners()
    {
        QFETCH(int, kind);
        QFETCH(QString, learner);
        QFETCH(QString, asset);
        TemplateRequest r = request(TemplateKind(kind));
        r.learner = learner;
        const QJsonObject t = props(pair(r).trainingService);
        QCOMPARE(t[u"assets"_s][u"asset4"_s][u"name"_s].toString(), asset);
        const QJsonObject params = t[u"package"_s][u"nodes"_s][u"node5"_s][u"parameters"_s].toObject();
        QVERIFY(params.contains(u"Random number seed"_s));
        const ServiceGraph g = parse(t);
        QCOMPARE(learnerModuleName(*g.node(u"node5"_s)->learner), asset);
    }

    void templateErrors_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        const int two = int(TemplateKind::TwoClass), reg = int(TemplateKind::Regression);
        QTest::newRow("no label") << two << u"label"_s << u"salary"_s << u"NoLabelColumn"_s
                                  << u"The label column 'salary' is not in the data"_s;
        QTest::newRow("many classes") << two << u"label"_s << u"education"_s << u"InvalidLabel"_s
                                      << u"exactly two values, but column 'education' has more than five"_s;
        QTest::newRow("text regression label")
            << reg << u"label"_s << u"neighbourhood"_s << u"InvalidLabel"_s
            << u"needs a numeric label, but column 'neighbourhood' holds text"_s;
        QTest::newRow("learner of the other task")
            << two << u"learner"_s << u"Linear Regression"_s << u"UnknownLearner"_s
            << u"'Linear Regression' is not a learner of the two-class template"_s;
        QTest::newRow("model uri") << two << u"uri"_s << u"models/initial.ilearner"_s << u"InvalidModelUri"_s
                                   << u"is not an http(s) uri"_s;
        QTest::newRow("template file")
            << two << u"template"_s << u"/nonexistent/template.json"_s << u"InvalidTemplate"_s
            << u"Cannot read the template /nonexistent/template.json"_s;
    }

    void templateErrors()
    {
        QFETCH(int, kind);
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, code);
        QFETCH(QString, message);
        TemplateRequest r = request(TemplateKind(kind));
        if (field == u"label"_s)
            r.labelColumn = value;
        else if (field == u"learner"_s)
            r.learner = value;
        else if (field == u"uri"_s)
            r.initialModelUri = value;
        else
            r.templatePath = value;
        const GraphError e = pairError(r);
        QCOMPARE(e.code, code);
        QVERIFY2(e.message.contains(message), qPrintable(e.message));
    }

    void customTemplateFile()
    {
        // A template file with a placeholder makeServicePair does not know is refused.
        auto doc = loadTemplate(TemplateKind::Regression);
        QVERIFY(std::holds_alternative<QJsonObject>(doc));
        QJsonObject t = std::get<QJsonObject>(doc);
        QJsonObject training = t[u"trainingService"_s].toObject();
        training.insert(u"location"_s, u"${region}"_s);
        t.insert(u"trainingService"_s, training);
        QTemporaryDir dir;
        QFile f(dir.filePath(u"custom.json"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(t).toJson());
        f.close();
        TemplateRequest r = request(TemplateKind::Regression);
        r.templatePath = f.fileName();
        const GraphError e = pairError(r);
        QCOMPARE(e.code, u"InvalidTemplate"_s);
        QVERIFY2(e.message.contains(u"unknown placeholders: region"_s), qPrintable(e.message));
    }

    void kindNames()
    {
        QCOMPARE(templateKindFromName(u"two-class"_s), std::optional(TemplateKind::TwoClass));
        QCOMPARE(templateKindFromName(u"Regression"_s), std::optional(TemplateKind::Regression));
        QCOMPARE(templateKindFromName(u"multiclass"_s), std::nullopt);
        QCOMPARE(templateKindName(TemplateKind::TwoClass), u"two-class"_s);
    }
};

QTEST_GUILESS_MAIN(TestGraphSwagger)
#include "tst_graphswagger.moc"
