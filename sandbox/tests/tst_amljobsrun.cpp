// mlstudio-amljobs: runJob really trains on generated census data (command and pipeline
// jobs), its output files, its errors and cancellation.

#include "azureml/jobs/jobexecution.h"
#include "engine/csvreader.h"
#include "engine/generators.h"
#include "engine/ilearner.h"
#include "engine/pipeline.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mlr::aml;
using namespace mlr::studio;

namespace {

QByteArray censusCsv(qint64 rows, DataVariant variant = DataVariant::Initial)
{
    GeneratorOptions o;
    o.rows = rows;
    o.seed = 7;
    o.variant = variant;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    writeCensusCsv(o, buffer);
    return buffer.data();
}

JobPlan plan(const QString &json)
{
    const auto r = parseJob(QJsonDocument::fromJson(json.toUtf8()).object());
    if (const auto *e = std::get_if<JobSpecError>(&r))
        qFatal("parseJob refused the test job: %s: %s", qPrintable(e->target), qPrintable(e->message));
    return std::get<JobPlan>(r);
}

JobPlan commandPlan(const QString &extraInputs = {})
{
    return plan(uR"({"properties":{"jobType":"Command","environmentId":"azureml:env:1",
      "componentId":"azureml:train_and_evaluate:1",
      "command":"mlstudio run train_and_evaluate --data ${{inputs.training_data}}",
      "inputs":{"training_data":{"jobInputType":"uri_file","uri":"azureml:census:1"},
                "label_column":{"jobInputType":"literal","value":"income"} %1},
      "outputs":{"model":{"jobOutputType":"mlflow_model"},"metrics":{"jobOutputType":"uri_folder"}}}})"_s.arg(
        extraInputs));
}

// The steps of train_and_evaluate's defaults as module components.
JobPlan pipelinePlan()
{
    // Clean Missing Data over every column but the label, as runRetraining does.
    const QString allButIncome
        = u"{\"isFilter\":true,\"rules\":[{\"ruleType\":\"AllColumns\",\"exclude\":false},"
          u"{\"ruleType\":\"ColumnNames\",\"exclude\":true,\"columns\":[\"income\"]}]}"_s;
    return plan(uR"({"properties":{"jobType":"Pipeline",
      "inputs":{"census":{"jobInputType":"uri_file","uri":"azureml:census:1"}},
      "outputs":{"metrics":{"jobOutputType":"uri_folder"},"model":{"jobOutputType":"mlflow_model"},
                 "scored":{"jobOutputType":"uri_folder"}},
      "jobs":{
        "clean":{"type":"command","componentId":"azureml:clean_missing_data:1",
          "inputs":{"dataset":"${{parent.inputs.census}}","cleaning_mode":"Replace with mean",
            "columns_to_be_cleaned":%1}},
        "split":{"type":"command","componentId":"azureml:split_data:1",
          "inputs":{"dataset":"${{parent.jobs.clean.outputs.cleaned_dataset}}",
            "fraction_of_rows_in_the_first_output_dataset":"0.75","random_seed":"42",
            "stratified_split":"true","stratification_key_column":"income"}},
        "learner":{"type":"command","componentId":"azureml:two_class_logistic_regression:1"},
        "train":{"type":"command","componentId":"azureml:train_model:1",
          "inputs":{"untrained_model":"${{parent.jobs.learner.outputs.untrained_model}}",
            "dataset":"${{parent.jobs.split.outputs.results_dataset1}}","label_column":"income"},
          "outputs":{"trained_model":"${{parent.outputs.model}}"}},
        "score":{"type":"command","componentId":"azureml:score_model:1",
          "inputs":{"trained_model":"${{parent.jobs.train.outputs.trained_model}}",
            "dataset":"${{parent.jobs.split.outputs.results_dataset2}}"},
          "outputs":{"scored_dataset":"${{parent.outputs.scored}}"}},
        "evaluate":{"type":"command","componentId":"azureml:evaluate_model:1",
          "inputs":{"scored_dataset":"${{parent.jobs.score.outputs.scored_dataset}}"},
          "outputs":{"evaluation_results":"${{parent.outputs.metrics}}"}}}}})"_s.arg(
        QString::fromUtf8(QJsonDocument(QJsonArray { allButIncome }).toJson(QJsonDocument::Compact))
            .mid(1)
            .chopped(1)));
}

JobRunResult run(
    const JobPlan &p, const QMap<QString, QByteArray> &bytes, std::function<bool()> cancelled = {})
{
    auto r = runJob(p, bytes, std::move(cancelled));
    if (const auto *e = std::get_if<JobRunError>(&r))
        qFatal("runJob failed: %s", qPrintable(e->message));
    return std::get<JobRunResult>(std::move(r));
}

QByteArray file(const OutputFiles &files, const QString &path)
{
    for (const OutputFile &f : files) {
        if (f.relativePath == path)
            return f.bytes;
    }
    return {};
}

double metricsJsonAuc(const JobRunResult &r)
{
    return QJsonDocument::fromJson(file(r.outputs.value(u"metrics"_s), u"metrics.json"_s))
        .object()
        .value(u"AUC"_s)
        .toDouble(-1);
}

} // namespace

class TestAmlJobsRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void trainAndEvaluateMatchesTheEngine()
    {
        const QByteArray csv = censusCsv(3000);
        const JobRunResult r = run(commandPlan(), { { u"training_data"_s, csv } });

        RetrainSpec spec;
        spec.labelColumn = u"income"_s;
        const auto expected = runRetraining(readCsv(csv).value(), spec);
        QVERIFY(expected.ok());
        const double auc = expected->evaluation.binary.auc;
        QVERIFY2(auc > 0.8, qPrintable(QString::number(auc)));
        QCOMPARE(metricsJsonAuc(r), auc);
        QCOMPARE(r.metrics.value(u"AUC"_s), auc);
        QCOMPARE(r.metrics.value(u"Accuracy"_s), expected->evaluation.binary.accuracy);
        QCOMPARE(file(r.outputs.value(u"metrics"_s), u"evaluation.csv"_s), expected->evaluationCsv);
        QCOMPARE(file(r.outputs.value(u"scored_data"_s), u"scored.csv"_s), expected->scoredCsv);
        QCOMPARE(r.params.value(u"learner"_s), u"two_class_logistic_regression"_s);
        QCOMPARE(r.params.value(u"l2_regularization_weight"_s), u"1"_s);
        QCOMPARE(r.params.value(u"split_seed"_s), u"42"_s);
        QVERIFY(r.stepOutputs.isEmpty());
        QVERIFY(r.stdLog().contains("train_and_evaluate"));
        QVERIFY(r.stdLog().contains("2250 + 750 rows"));

        // The model folder: MLmodel + a loadable .ilearner that rescoring agrees with.
        const OutputFiles model = r.outputs.value(u"model"_s);
        const QString mlmodel = QString::fromUtf8(file(model, u"MLmodel"_s));
        QVERIFY2(mlmodel.startsWith(u"artifact_path: model\n"_s), qPrintable(mlmodel));
        for (const QString &line :
            { u"  mlstudio:\n"_s, u"    model_file: model.ilearner\n"_s, u"    format: mlstudio-ilearner\n"_s,
                u"    version: 1\n"_s, u"model_uuid: "_s, u"utc_time_created: '"_s,
                u"{\"name\":\"age\",\"type\":\"long\"}"_s, u"{\"name\":\"workclass\",\"type\":\"string\"}"_s,
                u"{\"name\":\"Scored Probabilities\",\"type\":\"double\"}"_s })
            QVERIFY2(mlmodel.contains(line), qPrintable(line));
        QVERIFY(!mlmodel.contains(u"\"name\":\"income\""_s));
        const auto loaded = loadIlearner(file(model, u"model.ilearner"_s));
        QVERIFY(loaded.ok());
        const auto scoredTable = readCsv(file(r.outputs.value(u"scored_data"_s), u"scored.csv"_s));
        QVERIFY(scoredTable.ok());
        const auto rescored = scoreModel(loaded.value(), scoredTable.value());
        QVERIFY(rescored.ok());
        const Column &before = *scoredTable->find(scoredProbabilitiesColumn);
        const Column &after = *rescored->table.find(scoredProbabilitiesColumn);
        QCOMPARE(before.size(), qsizetype(750));
        for (qsizetype i = 0; i < before.size(); ++i)
            QCOMPARE(after.numbers[size_t(i)], before.numbers[size_t(i)]);
    }

    void differentDataDifferentModel()
    {
        const JobRunResult a = run(commandPlan(), { { u"training_data"_s, censusCsv(3000) } });
        const JobRunResult b
            = run(commandPlan(), { { u"training_data"_s, censusCsv(3000, DataVariant::New) } });
        QVERIFY(metricsJsonAuc(a) > 0.5 && metricsJsonAuc(b) > 0.5);
        QVERIFY(metricsJsonAuc(a) != metricsJsonAuc(b));
        QVERIFY(file(a.outputs.value(u"model"_s), u"model.ilearner"_s)
            != file(b.outputs.value(u"model"_s), u"model.ilearner"_s));
    }

    void learnerParametersReachTheEngine()
    {
        const JobRunResult r = run(
            commandPlan(uR"(,"learner":{"jobInputType":"literal","value":"two_class_boosted_decision_tree"},
            "number_of_trees":{"jobInputType":"literal","value":"15"},"train_fraction":{"jobInputType":"literal","value":"0.6"})"_s),
            { { u"training_data"_s, censusCsv(2000) } });
        QCOMPARE(r.params.value(u"learner"_s), u"two_class_boosted_decision_tree"_s);
        QCOMPARE(r.params.value(u"number_of_trees_constructed"_s), u"15"_s);
        QCOMPARE(r.metrics.value(u"True Positive"_s) + r.metrics.value(u"False Negative"_s)
                + r.metrics.value(u"False Positive"_s) + r.metrics.value(u"True Negative"_s),
            800.0);
    }

    void pipelineOfModulesMatchesTrainAndEvaluate()
    {
        const QByteArray csv = censusCsv(3000);
        const JobRunResult command = run(commandPlan(), { { u"training_data"_s, csv } });
        const JobRunResult pipeline = run(pipelinePlan(), { { u"census"_s, csv } });
        QVERIFY(!pipeline.metrics.isEmpty());
        QCOMPARE(pipeline.metrics, command.metrics);
        QCOMPARE(file(pipeline.outputs.value(u"metrics"_s), u"metrics.json"_s),
            file(command.outputs.value(u"metrics"_s), u"metrics.json"_s));
        QCOMPARE(file(pipeline.outputs.value(u"scored"_s), u"scored.csv"_s),
            file(command.outputs.value(u"scored_data"_s), u"scored.csv"_s));
        QVERIFY(!file(pipeline.outputs.value(u"model"_s), u"MLmodel"_s).isEmpty());
        // Every step output is listed.
        QCOMPARE(pipeline.stepOutputs.keys(),
            QStringList({ u"clean"_s, u"evaluate"_s, u"learner"_s, u"score"_s, u"split"_s, u"train"_s }));
        QCOMPARE(pipeline.stepOutputs[u"split"_s].keys(),
            QStringList({ u"results_dataset1"_s, u"results_dataset2"_s }));
        QVERIFY(!file(pipeline.stepOutputs[u"split"_s][u"results_dataset1"_s], u"data.csv"_s).isEmpty());
        QVERIFY(!file(pipeline.stepOutputs[u"learner"_s][u"untrained_model"_s], u"learner.json"_s).isEmpty());
        QCOMPARE(pipeline.params.value(u"learner"_s), u"two_class_logistic_regression"_s);
        QVERIFY(pipeline.stdLog().contains("split Split Data: 3000 rows -> 2250 + 750"));
    }

    void regressionAndModuleCommandJobs()
    {
        GeneratorOptions o;
        o.rows = 1200;
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        writeRegressionCsv(o, buffer);
        JobPlan regression
            = commandPlan(u",\"learner\":{\"jobInputType\":\"literal\",\"value\":\"linear_regression\"}"_s);
        regression.inputs[u"label_column"_s].value = u"price"_s;
        const JobRunResult r = run(regression, { { u"training_data"_s, buffer.data() } });
        QVERIFY2(r.metrics.value(u"Coefficient of Determination"_s) > 0.8,
            qPrintable(QString::number(r.metrics.value(u"Coefficient of Determination"_s))));
        QVERIFY(!r.metrics.contains(u"AUC"_s));
        QVERIFY(QString::fromUtf8(file(r.outputs.value(u"model"_s), u"MLmodel"_s))
                    .contains(u"{\"name\":\"Scored Labels\",\"type\":\"double\"}"_s));

        // A command job running one module: Score Model with a model input (the .ilearner).
        const QByteArray census = censusCsv(1000);
        const JobRunResult trained = run(commandPlan(), { { u"training_data"_s, census } });
        const JobPlan score = plan(uR"({"properties":{"jobType":"Command","environmentId":"azureml:env:1",
          "command":"mlstudio run azureml:score_model:1 --model ${{inputs.trained_model}}",
          "inputs":{"trained_model":{"jobInputType":"mlflow_model","uri":"azureml:census-model:1"},
                    "dataset":{"jobInputType":"uri_file","uri":"azureml:census:1"}},
          "outputs":{"scored_dataset":{"jobOutputType":"uri_folder"}}}})"_s);
        QCOMPARE(score.dataInputs(), QStringList({ u"dataset"_s, u"trained_model"_s }));
        const JobRunResult scored = run(score,
            { { u"trained_model"_s, file(trained.outputs.value(u"model"_s), u"model.ilearner"_s) },
                { u"dataset"_s, census } });
        const auto table = readCsv(file(scored.outputs.value(u"scored_dataset"_s), u"scored.csv"_s));
        QVERIFY(table.ok());
        QCOMPARE(table->rowCount(), qsizetype(1000));
        QVERIFY(table->find(scoredProbabilitiesColumn));
        QVERIFY(scored.metrics.isEmpty());
        const auto badModel = runJob(score, { { u"trained_model"_s, "junk" }, { u"dataset"_s, census } });
        QVERIFY(std::holds_alternative<JobRunError>(badModel));
        QVERIFY(std::get<JobRunError>(badModel).message.startsWith(u"Error 0082"_s));
    }

    void badCsvIsUserError()
    {
        const QByteArray csv = "age,income\n39,<=50K\n40\n";
        const auto r = runJob(commandPlan(), { { u"training_data"_s, csv } });
        QVERIFY(std::holds_alternative<JobRunError>(r));
        const JobRunError &e = std::get<JobRunError>(r);
        QCOMPARE(e.code, u"UserError"_s);
        QVERIFY2(e.message.startsWith(u"Error 0018: "_s), qPrintable(e.message));
        QVERIFY2(e.message.contains(u"row 2 (line 3)"_s), qPrintable(e.message));
        QVERIFY(!e.cancelled);
    }

    void missingLabelIsUserError()
    {
        JobPlan p = commandPlan();
        p.inputs[u"label_column"_s].value = u"salary"_s;
        const auto r = runJob(p, { { u"training_data"_s, censusCsv(200) } });
        QVERIFY(std::holds_alternative<JobRunError>(r));
        QVERIFY2(std::get<JobRunError>(r).message.startsWith(u"Error 0024: "_s),
            qPrintable(std::get<JobRunError>(r).message));
        QCOMPARE(std::get<JobRunError>(r).code, u"UserError"_s);
    }

    void unfetchedInputIsSystemError()
    {
        const auto r = runJob(commandPlan(), {});
        QVERIFY(std::holds_alternative<JobRunError>(r));
        QCOMPARE(std::get<JobRunError>(r).code, u"SystemError"_s);
        QVERIFY(std::get<JobRunError>(r).message.contains(u"azureml:census:1"_s));
    }

    void cancellationStops()
    {
        const QByteArray csv = censusCsv(3000);
        auto now = runJob(commandPlan(), { { u"training_data"_s, csv } }, [] { return true; });
        QVERIFY(std::holds_alternative<JobRunError>(now));
        QVERIFY(std::get<JobRunError>(now).cancelled);
        QCOMPARE(std::get<JobRunError>(now).message, u"The job was canceled."_s);

        // Cancelled while boosting (polled between rounds).
        int polls = 0;
        const JobPlan trees
            = commandPlan(uR"(,"learner":{"jobInputType":"literal","value":"two_class_boosted_decision_tree"},
            "number_of_trees":{"jobInputType":"literal","value":"2000"})"_s);
        auto later = runJob(trees, { { u"training_data"_s, csv } }, [&polls] { return ++polls > 20; });
        QVERIFY(std::holds_alternative<JobRunError>(later));
        QVERIFY(std::get<JobRunError>(later).cancelled);

        int pipelinePolls = 0;
        auto pipeline = runJob(
            pipelinePlan(), { { u"census"_s, csv } }, [&pipelinePolls] { return ++pipelinePolls > 3; });
        QVERIFY(std::holds_alternative<JobRunError>(pipeline));
        QVERIFY(std::get<JobRunError>(pipeline).cancelled);
    }
};

QTEST_GUILESS_MAIN(TestAmlJobsRun)
#include "tst_amljobsrun.moc"
