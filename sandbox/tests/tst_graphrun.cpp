// executeGraph on the template services: a retraining graph trains on generated data and
// outputs a model, Studio's evaluation and the scored split; the predictive graph scores
// with whatever .ilearner its [trained model] asset gets; global parameters, inputs,
// assets, module failures and cancellation.

#include "engine/csvreader.h"
#include "engine/csvwriter.h"
#include "engine/evaluate.h"
#include "engine/generators.h"
#include "engine/ilearner.h"
#include "graph/graphexecutor.h"
#include "graph/templates.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mlr::studio;

namespace {

const QString modelUri = u"http://127.0.0.1:10000/devstoreaccount1/models/initial.ilearner"_s;

DataTable census(qint64 rows, quint64 seed, DataVariant variant = DataVariant::Initial)
{
    GeneratorOptions g;
    g.rows = rows;
    g.seed = seed;
    g.variant = variant;
    return generateCensus(g);
}

DataTable housing(qint64 rows, quint64 seed)
{
    GeneratorOptions g;
    g.rows = rows;
    g.seed = seed;
    return generateRegression(g);
}

DataTable without(DataTable t, const QString &column)
{
    t.removeColumn(t.indexOf(column));
    return t;
}

ServicePairDefinition pairFor(
    TemplateKind kind, const DataTable &sample, const QString &label, const QString &learner = {})
{
    TemplateRequest r;
    r.kind = kind;
    r.sample = sample;
    r.labelColumn = label;
    r.learner = learner;
    r.storageAccountName = u"devstoreaccount1"_s;
    r.initialModelUri = modelUri;
    auto pair = makeServicePair(r);
    if (auto *e = std::get_if<GraphError>(&pair))
        qFatal("makeServicePair: %s", qPrintable(e->message));
    return std::get<ServicePairDefinition>(pair);
}

QJsonObject props(const QJsonObject &service)
{
    return service.value(u"properties"_s).toObject();
}

ServiceGraph parse(const QJsonObject &properties)
{
    auto g = parseServiceGraph(properties);
    if (auto *e = std::get_if<GraphError>(&g))
        qFatal("parseServiceGraph: %s", qPrintable(e->message));
    return std::get<ServiceGraph>(g);
}

GraphRunResult run(const ServiceGraph &g, const GraphRunRequest &request)
{
    auto r = executeGraph(g, request);
    if (auto *e = std::get_if<GraphError>(&r))
        qFatal("executeGraph: %s %s", qPrintable(e->code), qPrintable(e->message));
    return std::get<GraphRunResult>(r);
}

GraphError failure(const ServiceGraph &g, const GraphRunRequest &request)
{
    auto r = executeGraph(g, request);
    if (!std::holds_alternative<GraphError>(r))
        qFatal("executeGraph succeeded where it should fail");
    return std::get<GraphError>(r);
}

// The table as a job reads it: written as CSV, read back with the graph's input options (the
// declared types: a template's numbers are Number even where the generator made integers).
DataTable asRead(const ServiceGraph &g, const DataTable &data)
{
    auto t = readCsv(writeCsv(data), inputReadOptions(g, u"input1"_s));
    if (!t.ok())
        qFatal("readCsv: %s", qPrintable(t.error().text()));
    return std::move(t).value();
}

GraphRunRequest trainingRequest(const DataTable &data)
{
    GraphRunRequest r;
    r.inputs.insert(u"input1"_s, data);
    return r;
}

double metric(const GraphOutput &evaluation, const QString &name)
{
    return evaluation.table->find(name)->numbers.at(0);
}

// The column names and types of an output schema (properties.output.<name>.properties).
Schema declared(const QJsonObject &properties, const QString &output)
{
    Schema s;
    const QJsonObject columns = properties[u"output"_s][u"properties"_s][output][u"properties"_s].toObject();
    for (auto it = columns.begin(); it != columns.end(); ++it)
        s.append({ it.key(), *parseValueType(it.value()[u"type"_s].toString()) });
    return s;
}

Schema sortedSchema(Schema s)
{
    std::sort(s.begin(), s.end(), [](const ColumnSpec &a, const ColumnSpec &b) { return a.name < b.name; });
    return s;
}

std::vector<double> probabilities(const GraphRunResult &r)
{
    return r.outputs.at(0).table->find(scoredProbabilitiesColumn)->numbers;
}

} // namespace

class TestGraphRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void twoClassRetrainingThenScoring()
    {
        const DataTable data = census(2000, 11);
        const ServicePairDefinition pair = pairFor(TemplateKind::TwoClass, census(50, 1), u"income"_s);
        const ServiceGraph training = parse(props(pair.trainingService));
        QVERIFY(isTrainingGraph(training));
        QVERIFY(requiredAssetUris(training).isEmpty());

        const GraphRunResult trained = run(training, trainingRequest(asRead(training, data)));
        QCOMPARE(trained.outputs.size(), 3);
        int models = 0;
        for (const GraphOutput &o : trained.outputs)
            models += o.kind == GraphOutput::TrainedModel ? 1 : 0;
        QCOMPARE(models, 1);
        const GraphOutput &model = trained.outputs.at(0);
        QCOMPARE(model.name, u"output1"_s);
        QCOMPARE(model.kind, GraphOutput::TrainedModel);
        QVERIFY(looksLikeIlearner(model.bytes));
        QVERIFY(!model.table);
        const auto loaded = loadIlearner(model.bytes);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->labelColumn, u"income"_s);
        QCOMPARE(loaded->trainingRows, 1500); // Split fraction 0.75 by default

        const GraphOutput &evaluation = trained.outputs.at(1);
        QCOMPARE(evaluation.kind, GraphOutput::Dataset);
        QCOMPARE(evaluation.table->columnNames(), binaryEvaluationColumns());
        QVERIFY(evaluation.bytes.startsWith(
            "True Positive,False Negative,False Positive,True Negative,Accuracy"));
        QVERIFY2(
            metric(evaluation, u"AUC"_s) > 0.8, qPrintable(QString::number(metric(evaluation, u"AUC"_s))));
        const double counts = metric(evaluation, u"True Positive"_s) + metric(evaluation, u"False Negative"_s)
            + metric(evaluation, u"False Positive"_s) + metric(evaluation, u"True Negative"_s);
        QCOMPARE(counts, 500.0);
        // The declared output schemas match what the graph produces.
        QCOMPARE(sortedSchema(evaluation.table->schema()),
            sortedSchema(declared(props(pair.trainingService), u"output2"_s)));
        const GraphOutput &scored = trained.outputs.at(2);
        QCOMPARE(scored.table->rowCount(), 500);
        QCOMPARE(sortedSchema(scored.table->schema()),
            sortedSchema(declared(props(pair.trainingService), u"output3"_s)));
        QVERIFY(scored.table->find(u"income"_s));
        QVERIFY(trained.log.join(u'\n').contains(
            u"node4 Split Data: 2000 rows -> 1500 + 500 (fraction 0.75, seed 42)"_s));

        // The predictive service scores with that model: no label needed, only the scores come out.
        const ServiceGraph predictive = parse(props(pair.predictiveService));
        QCOMPARE(requiredAssetUris(predictive), QStringList { modelUri });
        GraphRunRequest score;
        score.inputs.insert(u"input1"_s, without(census(40, 99, DataVariant::New), u"income"_s));
        score.assets.insert(modelUri, model.bytes);
        const GraphRunResult scoredNew = run(predictive, score);
        QCOMPARE(scoredNew.outputs.size(), 1);
        const DataTable &out = *scoredNew.outputs.at(0).table;
        QCOMPARE(out.columnNames(), (QStringList { scoredLabelsColumn, scoredProbabilitiesColumn }));
        QCOMPARE(out.rowCount(), 40);
        QCOMPARE(
            sortedSchema(out.schema()), sortedSchema(declared(props(pair.predictiveService), u"output1"_s)));
        for (qsizetype r = 0; r < out.rowCount(); ++r)
            QVERIFY(out.column(0).text(r) == u"<=50K"_s || out.column(0).text(r) == u">50K"_s);
        QVERIFY(scoredNew.outputs.at(0).bytes.startsWith("Scored Labels,Scored Probabilities\r\n"));

        // A client that sends the label too gets the same scores (Select Columns drops it).
        GraphRunRequest withLabel = score;
        withLabel.inputs.insert(u"input1"_s, census(40, 99, DataVariant::New));
        QCOMPARE(probabilities(run(predictive, withLabel)), probabilities(scoredNew));

        // A different .ilearner changes the predictions.
        const ServicePairDefinition trees = pairFor(
            TemplateKind::TwoClass, census(50, 1), u"income"_s, u"Two-Class Boosted Decision Tree"_s);
        const GraphRunResult retrained
            = run(parse(props(trees.trainingService)), trainingRequest(census(2000, 12, DataVariant::New)));
        QCOMPARE(loadIlearner(retrained.outputs.at(0).bytes)->learner.kind,
            LearnerKind::TwoClassBoostedDecisionTree);
        GraphRunRequest updated = score;
        updated.assets.insert(modelUri, retrained.outputs.at(0).bytes);
        QVERIFY(probabilities(run(predictive, updated)) != probabilities(scoredNew));

        // A preloaded model (the server's cache) is used instead of the bytes.
        GraphRunRequest cached = score;
        cached.assets.clear();
        cached.models.insert(modelUri,
            std::make_shared<const TrainedModel>(loadIlearner(retrained.outputs.at(0).bytes).value()));
        QCOMPARE(probabilities(run(predictive, cached)), probabilities(run(predictive, updated)));
    }

    void regressionRetrainingThenScoring()
    {
        const ServicePairDefinition pair = pairFor(TemplateKind::Regression, housing(30, 1), u"price"_s);
        const GraphRunResult trained
            = run(parse(props(pair.trainingService)), trainingRequest(housing(1500, 5)));
        QCOMPARE(trained.outputs.at(0).kind, GraphOutput::TrainedModel);
        const GraphOutput &evaluation = trained.outputs.at(1);
        QCOMPARE(evaluation.table->columnNames(), regressionEvaluationColumns());
        QVERIFY(metric(evaluation, u"Coefficient of Determination"_s) > 0.7);
        QCOMPARE(sortedSchema(evaluation.table->schema()),
            sortedSchema(declared(props(pair.trainingService), u"output2"_s)));
        QCOMPARE(trained.outputs.at(2).table->rowCount(), 375);

        GraphRunRequest score;
        score.inputs.insert(u"input1"_s, without(housing(25, 8), u"price"_s));
        score.assets.insert(modelUri, trained.outputs.at(0).bytes);
        const GraphRunResult scored = run(parse(props(pair.predictiveService)), score);
        const DataTable &out = *scored.outputs.at(0).table;
        QCOMPARE(out.columnNames(), QStringList { scoredLabelsColumn });
        QVERIFY(out.column(0).isNumeric());
        QCOMPARE(out.rowCount(), 25);
    }

    void globalParameters()
    {
        const ServicePairDefinition pair = pairFor(TemplateKind::TwoClass, census(50, 1), u"income"_s);
        const ServiceGraph g = parse(props(pair.trainingService));
        const DataTable data = census(800, 4);

        GraphRunRequest half = trainingRequest(data);
        half.globalParameters.insert(u"Split fraction"_s, u"0.5"_s);
        half.globalParameters.insert(u"random SEED"_s, u"7"_s); // names match case-insensitively
        half.globalParameters.insert(u"Unknown"_s, u"1"_s);
        const GraphRunResult r = run(g, half);
        QCOMPARE(r.outputs.at(2).table->rowCount(), 400);
        QVERIFY(r.log.join(u'\n').contains(u"(fraction 0.5, seed 7)"_s));
        QVERIFY(r.log.join(u'\n').contains(
            u"Global parameter 'Unknown' is not a parameter of this service: ignored."_s));

        // Without a default, "Random seed" is required.
        QJsonObject p = props(pair.trainingService);
        QJsonObject defaults = p.value(u"parameters"_s).toObject();
        defaults.remove(u"Random seed"_s);
        p.insert(u"parameters"_s, defaults);
        const ServiceGraph required = parse(p);
        QVERIFY(required.globalParameter(u"Random seed"_s)->required());
        const GraphError missing = failure(required, trainingRequest(data));
        QCOMPARE(missing.code, graphErrc::MissingRequiredGlobalParameters);
        QVERIFY2(missing.message.contains(u"'Random seed'"_s), qPrintable(missing.message));
        GraphRunRequest given = trainingRequest(data);
        given.globalParameters.insert(u"Random seed"_s, u"42"_s);
        QCOMPARE(run(required, given).outputs.at(1).bytes, run(g, trainingRequest(data)).outputs.at(1).bytes);

        GraphRunRequest bad = trainingRequest(data);
        bad.globalParameters.insert(u"Split fraction"_s, u"most"_s);
        const GraphError e = failure(g, bad);
        QCOMPARE(e.code, graphErrc::ModuleExecutionError);
        QCOMPARE(e.nodeId, u"node4"_s);
        QCOMPARE(e.studioCode, 2);
        QVERIFY2(e.message.startsWith(u"Error 0002: "_s)
                && e.message.endsWith(u"(module Split Data, node node4)"_s),
            qPrintable(e.message));
    }

    void failures()
    {
        const ServicePairDefinition pair = pairFor(TemplateKind::TwoClass, census(50, 1), u"income"_s);
        const ServiceGraph training = parse(props(pair.trainingService));
        const ServiceGraph predictive = parse(props(pair.predictiveService));

        QCOMPARE(failure(training, GraphRunRequest {}).code, graphErrc::MissingInput);

        const GraphError noLabel = failure(training, trainingRequest(without(census(100, 2), u"income"_s)));
        QCOMPARE(noLabel.code, graphErrc::InputSchemaMismatch);
        QCOMPARE(noLabel.nodeId, u"node1"_s);
        QVERIFY2(noLabel.message.startsWith(
                     u"Error 0001: Column with name or index \"income\" not found in input 'input1'"_s),
            qPrintable(noLabel.message));

        // One label value: Train Model fails like Studio (two-class needs two values).
        DataTable oneClass = census(200, 2);
        QStringList labels;
        for (qsizetype r = 0; r < oneClass.rowCount(); ++r)
            labels.append(u">50K"_s);
        oneClass.removeColumn(oneClass.indexOf(u"income"_s));
        QVERIFY(oneClass.addColumn(Column::categorical(u"income"_s, labels)).ok());
        const GraphError train = failure(training, trainingRequest(oneClass));
        QCOMPARE(train.code, graphErrc::ModuleExecutionError);
        QCOMPARE(train.nodeId, u"node6"_s);
        QVERIFY2(train.message.endsWith(u"(module Train Model, node node6)"_s), qPrintable(train.message));
        QVERIFY(train.message.startsWith(u"Error 00"_s));

        GraphRunRequest score;
        score.inputs.insert(u"input1"_s, without(census(10, 3), u"income"_s));
        const GraphError notFetched = failure(predictive, score);
        QCOMPARE(notFetched.code, graphErrc::MissingAsset);
        QCOMPARE(notFetched.nodeId, u"node3"_s);
        QVERIFY(notFetched.message.contains(modelUri));
        score.assets.insert(modelUri, QByteArray("not a model"));
        const GraphError corrupt = failure(predictive, score);
        QCOMPARE(corrupt.code, graphErrc::ModuleExecutionError);
        QCOMPARE(corrupt.studioCode, 82);
        QVERIFY2(corrupt.message.contains(u"node node3"_s), qPrintable(corrupt.message));

        GraphRunRequest missingFeature;
        missingFeature.inputs.insert(u"input1"_s, without(without(census(10, 3), u"income"_s), u"age"_s));
        missingFeature.assets = score.assets;
        QCOMPARE(failure(predictive, missingFeature).code, graphErrc::InputSchemaMismatch);
    }

    void cancellation()
    {
        const ServicePairDefinition pair = pairFor(TemplateKind::TwoClass, census(50, 1), u"income"_s);
        GraphRunRequest r = trainingRequest(census(300, 2));
        r.cancelled = [] {
            return true;
        };
        const ServiceGraph g = parse(props(pair.trainingService));
        const GraphError e = failure(g, r);
        QCOMPARE(e.code, graphErrc::Cancelled);
        QCOMPARE(e.nodeId, u"node1"_s);

        // Cancelled while the graph runs: stops at a later node.
        auto polls = std::make_shared<int>(0);
        r.cancelled = [polls] {
            return ++*polls > 4;
        };
        const GraphError later = failure(g, r);
        QCOMPARE(later.code, graphErrc::Cancelled);
        QVERIFY(later.nodeId != u"node1"_s);
        QVERIFY(g.order.indexOf(later.nodeId) > 0);
    }

    void inputReadOptionsFollowTheSchema()
    {
        const ServicePairDefinition pair = pairFor(TemplateKind::TwoClass, census(50, 1), u"income"_s);
        const ServiceGraph predictive = parse(props(pair.predictiveService));
        const CsvReadOptions o = inputReadOptions(predictive, u"input1"_s);
        QVERIFY(o.expectedSchema);
        QCOMPARE(o.expectedSchema->size(), 14);
        QVERIFY(o.allowExtraColumns);
        const auto bad
            = readCsv("age,workclass,fnlwgt,education,education-num,marital-status,occupation,relationship,"
                      "race,sex,capital-gain,capital-loss,hours-per-week,native-country\n"
                      "old,Private,1,HS-grad,9,Never-married,Sales,Unmarried,White,Male,0,0,40,Cuba\n",
                o);
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, 2);
    }
};

QTEST_GUILESS_MAIN(TestGraphRun)
#include "tst_graphrun.moc"
