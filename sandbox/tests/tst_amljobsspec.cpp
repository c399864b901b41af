// mlstudio-amljobs: the published components (ids, specs) and parseJob's rules.

#include "azureml/jobs/components.h"
#include "azureml/jobs/jobspec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mlr::aml;

namespace {

QJsonObject parse(const QString &text)
{
    QJsonParseError e;
    const QJsonDocument d = QJsonDocument::fromJson(text.toUtf8(), &e);
    if (e.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s in %s", qPrintable(e.errorString()), qPrintable(text));
    return d.object();
}

// A command job running train_and_evaluate; `extra` is spliced into properties.
QString commandJob(
    const QString &extraInputs = {}, const QString &command = {}, const QString &component = {})
{
    const QString cmd = command.isEmpty()
        ? u"mlstudio run train_and_evaluate --data ${{inputs.training_data}} "
          u"--label ${{inputs.label_column}} --model ${{outputs.model}}"_s
        : command;
    const QString id = component.isEmpty()
        ? u"azureml://registries/azureml/components/train_and_evaluate/versions/1"_s
        : component;
    return uR"({"properties":{"jobType":"Command","experimentName":"wizard-retrain","displayName":"retrain",
      "environmentId":"azureml:AzureML-sklearn-1.0-ubuntu20.04-py38-cpu:33","command":"%1",
      %2 "inputs":{"training_data":{"jobInputType":"uri_file","uri":"azureml://datastores/workspaceblobstore/paths/train.csv"},
                "label_column":{"jobInputType":"literal","value":"income"} %3},
      "outputs":{"model":{"jobOutputType":"mlflow_model","mode":"Upload"}}}})"_s.arg(
        cmd, id == u"-"_s ? QString() : u"\"componentId\":\"%1\","_s.arg(id), extraInputs);
}

// clean -> split -> learner -> train -> score -> evaluate; `steps` replaces parts by key.
QString pipelineJob(
    const QString &trainInputs = {}, const QString &extraSteps = {}, const QString &outputs = {})
{
    const QString train = trainInputs.isEmpty()
        ? uR"("untrained_model":{"job_input_type":"literal","value":"${{parent.jobs.learner.outputs.untrained_model}}"},
             "dataset":"${{parent.jobs.split.outputs.results_dataset1}}","label_column":"income")"_s
        : trainInputs;
    return uR"({"properties":{"jobType":"Pipeline","experimentName":"wizard-retrain",
      "inputs":{"census":{"jobInputType":"UriFile","uri":"azureml:census:1"},
                "label":{"jobInputType":"Literal","value":"income"}},
      "outputs":{"metrics":{"jobOutputType":"uri_folder"}, "model":{"jobOutputType":"mlflow_model"} %3},
      "settings":{"default_compute":"cpu"},
      "jobs":{
        "clean":{"type":"command","componentId":"azureml:clean_missing_data:1",
                 "inputs":{"dataset":{"job_input_type":"literal","value":"${{parent.inputs.census}}"},
                           "cleaning_mode":"replace_with_mean"}},
        "split":{"type":"command","component_id":"azureml:split_data@latest",
                 "inputs":{"dataset":"${{parent.jobs.clean.outputs.cleaned_dataset}}",
                           "fraction_of_rows_in_the_first_output_dataset":0.75,"random_seed":42,
                           "stratified_split":true,"stratification_key_column":"${{parent.inputs.label}}"}},
        "learner":{"type":"command","componentId":"azureml:two_class_logistic_regression:1"},
        "train":{"type":"command","componentId":"azureml:train_model:1","inputs":{%1},
                 "outputs":{"trained_model":{"value":"${{parent.outputs.model}}","type":"literal"}}},
        "score":{"type":"command","componentId":"azureml:score_model:1",
                 "inputs":{"trained_model":"${{parent.jobs.train.outputs.trained_model}}",
                           "dataset":"${{parent.jobs.split.outputs.results_dataset2}}"}},
        "evaluate":{"type":"command","componentId":"azureml:evaluate_model:1",
                 "inputs":{"scored_dataset":"${{parent.jobs.score.outputs.scored_dataset}}"},
                 "outputs":{"evaluation_results":"${{parent.outputs.metrics}}"}} %2
      }}})"_s.arg(train, extraSteps, outputs);
}

QString errorText(const std::variant<JobPlan, JobSpecError> &r)
{
    const auto *e = std::get_if<JobSpecError>(&r);
    return e ? e->target + u": "_s + e->message : QString();
}

} // namespace

class TestAmlJobsSpec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void componentIds_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("name"); // empty: refused
        QTest::newRow("registry")
            << u"azureml://registries/azureml/components/train_and_evaluate/versions/1"_s
            << u"train_and_evaluate"_s;
        QTest::newRow("registry case")
            << u"AzureML://registries/azureml/components/Split_Data/versions/1"_s << u"split_data"_s;
        QTest::newRow("short") << u"azureml:score_model:1"_s << u"score_model"_s;
        QTest::newRow("latest") << u"azureml:Evaluate_Model@latest"_s << u"evaluate_model"_s;
        QTest::newRow("arm")
            << u"/subscriptions/s1/resourceGroups/rg/providers/Microsoft.MachineLearningServices/"
               u"workspaces/ws/components/train_model/versions/1"_s
            << u"train_model"_s;
        QTest::newRow("arm lower")
            << u"/subscriptions/s1/resourcegroups/rg/providers/microsoft.machinelearningservices/"
               u"workspaces/ws/components/LINEAR_REGRESSION/versions/1"_s
            << u"linear_regression"_s;
        QTest::newRow("version 2") << u"azureml:score_model:2"_s << QString();
        QTest::newRow("unknown") << u"azureml:train_pytorch:1"_s << QString();
        QTest::newRow("bare name") << u"train_and_evaluate"_s << QString();
        QTest::newRow("garbage") << u"azureml://registries/azureml/components//versions/1"_s << QString();
        QTest::newRow("empty") << QString() << QString();
    }
    void componentIds()
    {
        QFETCH(QString, id);
        QFETCH(QString, name);
        const Component *c = findComponent(id);
        QCOMPARE(c ? c->name : QString(), name);
    }

    void componentCatalogue()
    {
        QCOMPARE(componentNames(),
            QStringList({ u"train_and_evaluate"_s, u"select_columns"_s, u"clean_missing_data"_s,
                u"split_data"_s, u"two_class_logistic_regression"_s, u"two_class_boosted_decision_tree"_s,
                u"linear_regression"_s, u"boosted_decision_tree_regression"_s, u"train_model"_s,
                u"score_model"_s, u"evaluate_model"_s }));
        QCOMPARE(snakeCase(u"Memory size for L-BFGS"_s), u"memory_size_for_l_bfgs"_s);
        QCOMPARE(findComponent(u"azureml:select_columns_in_dataset:1"_s),
            findComponent(u"azureml:select_columns:1"_s));
        QVERIFY(findComponent(u"azureml:select_columns:1"_s)->input(u"select_columns"_s));
        QCOMPARE(findComponentByName(u"Train_And_Evaluate"_s)->name, u"train_and_evaluate"_s);
        const Component *split = findComponentByName(u"split_data"_s);
        QVERIFY(split->input(u"fraction_of_rows_in_the_first_output_dataset"_s));
        QCOMPARE(split->input(u"fraction_of_rows_in_the_first_output_dataset"_s)->type, u"number"_s);
        QCOMPARE(split->output(u"results_dataset2"_s)->studioName, u"Results dataset2"_s);
        const Component *train = findComponentByName(u"train_model"_s);
        QCOMPARE(train->input(u"untrained_model"_s)->port, PortKind::UntrainedModel);
        QVERIFY(!train->input(u"label_column"_s)->optional);
        QVERIFY(!findComponentByName(u"evaluate_model"_s)->input(u"scored_dataset_to_compare"_s));

        const QString arm = u"/subscriptions/s/resourceGroups/rg/providers/Microsoft.MachineLearningServices/"
                            u"workspaces/ws/components/train_and_evaluate/versions/1"_s;
        const QJsonObject v = componentVersionJson(*findComponent(arm), arm);
        QCOMPARE(v.value(u"id"_s).toString(), arm);
        QCOMPARE(v.value(u"type"_s).toString(),
            u"Microsoft.MachineLearningServices/workspaces/components/versions"_s);
        const QJsonObject spec = v[u"properties"_s][u"componentSpec"_s].toObject();
        QCOMPARE(spec.value(u"name"_s).toString(), u"train_and_evaluate"_s);
        QCOMPARE(spec.value(u"version"_s).toString(), u"1"_s);
        QCOMPARE(spec.value(u"type"_s).toString(), u"command"_s);
        QCOMPARE(spec[u"inputs"_s][u"training_data"_s][u"type"_s].toString(), u"uri_file"_s);
        QCOMPARE(
            spec[u"inputs"_s][u"learner"_s][u"default"_s].toString(), u"two_class_logistic_regression"_s);
        QCOMPARE(spec[u"inputs"_s][u"learner"_s][u"enum"_s].toArray().size(), 4);
        QCOMPARE(spec[u"outputs"_s][u"model"_s][u"type"_s].toString(), u"mlflow_model"_s);
        QVERIFY(spec.value(u"$schema"_s).toString().startsWith(u"https://"_s));
        QCOMPARE(v[u"properties"_s][u"isAnonymous"_s].toBool(true), false);
    }

    // The names README.md documents: inputs (type), then outputs (type).
    void componentPorts_data()
    {
        QTest::addColumn<QString>("component");
        QTest::addColumn<QString>("inputs");
        QTest::addColumn<QString>("outputs");
        QTest::newRow("train_and_evaluate")
            << u"train_and_evaluate"_s
            << u"training_data:uri_file label_column:string learner:string feature_columns:string "
               u"optimization_tolerance:number l1_regularization_weight:number "
               u"l2_regularization_weight:number "
               u"memory_size_for_l_bfgs:integer maximum_number_of_leaves_per_tree:integer "
               u"minimum_number_of_samples_per_leaf_node:integer learning_rate:number "
               u"number_of_trees:integer "
               u"include_intercept_term:boolean random_seed:integer allow_unknown_categorical_levels:boolean "
               u"train_fraction:number split_seed:integer stratified_split:boolean cleaning_mode:string"_s
            << u"model:mlflow_model metrics:uri_folder scored_data:uri_folder"_s;
        QTest::newRow("select_columns")
            << u"select_columns"_s << u"dataset:uri_folder select_columns:string"_s
            << u"results_dataset:uri_folder"_s;
        QTest::newRow("clean_missing_data")
            << u"clean_missing_data"_s
            << u"dataset:uri_folder columns_to_be_cleaned:string minimum_missing_value_ratio:number "
               u"maximum_missing_value_ratio:number cleaning_mode:string replacement_value:string"_s
            << u"cleaned_dataset:uri_folder"_s;
        QTest::newRow("split_data")
            << u"split_data"_s
            << u"dataset:uri_folder splitting_mode:string "
               u"fraction_of_rows_in_the_first_output_dataset:number randomized_split:boolean "
               u"random_seed:integer stratified_split:boolean stratification_key_column:string"_s
            << u"results_dataset1:uri_folder results_dataset2:uri_folder"_s;
        QTest::newRow("two_class_logistic_regression")
            << u"two_class_logistic_regression"_s
            << u"allow_unknown_categorical_levels:boolean l1_regularization_weight:number "
               u"l2_regularization_weight:number memory_size_for_l_bfgs:integer "
               u"optimization_tolerance:number "
               u"random_number_seed:integer"_s
            << u"untrained_model:custom_model"_s;
        QTest::newRow("two_class_boosted_decision_tree")
            << u"two_class_boosted_decision_tree"_s
            << u"allow_unknown_categorical_levels:boolean learning_rate:number "
               u"maximum_number_of_leaves_per_tree:integer "
               u"minimum_number_of_samples_per_leaf_node:integer number_of_trees_constructed:integer "
               u"random_number_seed:integer"_s
            << u"untrained_model:custom_model"_s;
        QTest::newRow("linear_regression")
            << u"linear_regression"_s
            << u"allow_unknown_categorical_levels:boolean include_intercept_term:boolean "
               u"l2_regularization_weight:number random_number_seed:integer "
               u"solution_method:string"_s
            << u"untrained_model:custom_model"_s;
        QTest::newRow("train_model")
            << u"train_model"_s << u"untrained_model:custom_model dataset:uri_folder label_column:string"_s
            << u"trained_model:mlflow_model"_s;
        QTest::newRow("score_model") << u"score_model"_s
                                     << u"trained_model:mlflow_model dataset:uri_folder "
                                        u"append_score_columns_to_output:boolean"_s
                                     << u"scored_dataset:uri_folder"_s;
        QTest::newRow("evaluate_model")
            << u"evaluate_model"_s << u"scored_dataset:uri_folder"_s << u"evaluation_results:uri_folder"_s;
    }
    void componentPorts()
    {
        QFETCH(QString, component);
        QFETCH(QString, inputs);
        QFETCH(QString, outputs);
        const Component *c = findComponentByName(component);
        QVERIFY(c);
        QStringList in, out;
        for (const ComponentInput &i : c->inputs)
            in.append(i.name + u":"_s + i.type);
        for (const ComponentOutput &o : c->outputs)
            out.append(o.name + u":"_s + o.type);
        QCOMPARE(in.join(u' '), inputs);
        QCOMPARE(out.join(u' '), outputs);
    }

    void goodCommandJob()
    {
        const auto r = parseJob(parse(
            commandJob(uR"(,"learner":{"jobInputType":"literal","value":"Two-Class Boosted Decision Tree"},
            "number_of_trees":{"jobInputType":"literal","value":20})"_s)));
        QVERIFY2(std::holds_alternative<JobPlan>(r), qPrintable(errorText(r)));
        const JobPlan &p = std::get<JobPlan>(r);
        QCOMPARE(p.type, JobType::Command);
        QCOMPARE(p.component()->name, u"train_and_evaluate"_s);
        QCOMPARE(p.experimentName, u"wizard-retrain"_s);
        QCOMPARE(p.dataInputs(), QStringList { u"training_data"_s });
        QCOMPARE(p.inputs.value(u"learner"_s).value, u"two_class_boosted_decision_tree"_s);
        QCOMPARE(p.inputs.value(u"number_of_trees"_s).value, u"20"_s);
        QCOMPARE(p.outputs.size(), 3);
        QVERIFY(p.outputs.value(u"model"_s).declared);
        QVERIFY(!p.outputs.value(u"metrics"_s).declared);
        QCOMPARE(p.properties.value(u"jobType"_s).toString(), u"Command"_s);
        QCOMPARE(p.properties[u"inputs"_s][u"training_data"_s][u"jobInputType"_s].toString(), u"uri_file"_s);
        QVERIFY(p.properties[u"outputs"_s][u"model"_s][u"uri"_s].isNull());
        QVERIFY(!p.properties.contains(u"status"_s));
    }

    void commandNamesComponentInCommand()
    {
        // No componentId: "mlstudio run <component>"; member names in other cases.
        QString body = commandJob({}, {}, u"-"_s);
        body.replace(u"\"jobInputType\""_s, u"\"JobInputType\""_s)
            .replace(u"\"Command\""_s, u"\"command\""_s);
        const auto r = parseJob(parse(body));
        QVERIFY2(std::holds_alternative<JobPlan>(r), qPrintable(errorText(r)));
        QCOMPARE(std::get<JobPlan>(r).component()->name, u"train_and_evaluate"_s);
    }

    void goodPipelineJob()
    {
        const auto r = parseJob(parse(pipelineJob()));
        QVERIFY2(std::holds_alternative<JobPlan>(r), qPrintable(errorText(r)));
        const JobPlan &p = std::get<JobPlan>(r);
        QCOMPARE(p.type, JobType::Pipeline);
        QStringList order;
        for (const JobStep &s : p.steps)
            order.append(s.name);
        QCOMPARE(order,
            QStringList({ u"clean"_s, u"learner"_s, u"split"_s, u"train"_s, u"score"_s, u"evaluate"_s }));
        QCOMPARE(p.dataInputs(), QStringList { u"census"_s });
        QCOMPARE(p.step(u"train"_s)->outputs.value(u"trained_model"_s), u"model"_s);
        QCOMPARE(p.step(u"split"_s)->inputs.value(u"stratified_split"_s).value, u"True"_s);
        QCOMPARE(p.properties[u"inputs"_s][u"census"_s][u"jobInputType"_s].toString(), u"uri_file"_s);
        QVERIFY(p.properties.value(u"jobs"_s).isObject());
    }

    void rejected_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("message"); // a part of it

        const QString missing = u"Request is invalid and/or missing fields."_s;
        QTest::newRow("not json object") << u"{}"_s << u"BadRequest"_s << u"properties"_s << missing;
        QTest::newRow("properties not object")
            << uR"({"properties":[1]})"_s << u"BadRequest"_s << u"properties"_s << missing;
        QTest::newRow("no jobType") << uR"({"properties":{"command":"x"}})"_s << u"BadRequest"_s
                                    << u"properties.jobType"_s << missing;
        QTest::newRow("sweep") << uR"({"properties":{"jobType":"Sweep"}})"_s << u"UserError"_s
                               << u"properties.jobType"_s << u"not supported by this sandbox"_s;
        QTest::newRow("automl") << uR"({"properties":{"jobType":"AutoML"}})"_s << u"UserError"_s
                                << u"properties.jobType"_s << u"not supported by this sandbox"_s;
        QTest::newRow("inputs not object") << uR"({"properties":{"jobType":"Command","inputs":"x"}})"_s
                                           << u"BadRequest"_s << u"properties.inputs"_s << missing;
        QString noCommand = commandJob();
        noCommand.replace(u"\"command\":"_s, u"\"kommand\":"_s);
        QTest::newRow("no command") << noCommand << u"BadRequest"_s << u"properties.command"_s << missing;
        QString noEnv = commandJob();
        noEnv.replace(u"\"environmentId\":"_s, u"\"env\":"_s);
        QTest::newRow("no environmentId")
            << noEnv << u"BadRequest"_s << u"properties.environmentId"_s << missing;
        QTest::newRow("unknown componentId")
            << commandJob({}, {}, u"azureml:train_pytorch:1"_s) << u"UserError"_s
            << u"properties.componentId"_s << u"Unknown component 'azureml:train_pytorch:1'"_s;
        QTest::newRow("python command")
            << commandJob({}, u"python train.py --data ${{inputs.training_data}}"_s, u"-"_s) << u"UserError"_s
            << u"properties.command"_s
            << u"azureml://registries/azureml/components/train_and_evaluate/versions/1"_s;
        QTest::newRow("mlstudio run unknown")
            << commandJob({}, u"mlstudio run nothing"_s, u"-"_s) << u"UserError"_s << u"properties.command"_s
            << u"Unknown component 'nothing'"_s;
        QTest::newRow("undeclared input")
            << commandJob({}, u"mlstudio run train_and_evaluate --x ${{inputs.alpha}}"_s) << u"UserError"_s
            << u"properties.command"_s << u"declares no input 'alpha'"_s;
        QTest::newRow("undeclared output")
            << commandJob({}, u"mlstudio run train_and_evaluate ${{outputs.metrics}}"_s) << u"UserError"_s
            << u"properties.command"_s << u"declares no output 'metrics'"_s;
        QTest::newRow("uri input without uri")
            << commandJob(u",\"extra\":{\"jobInputType\":\"uri_folder\",\"mode\":\"ReadOnlyMount\"}"_s)
            << u"BadRequest"_s << u"properties.inputs.extra.uri"_s << missing;
        QString noUri = commandJob();
        noUri.replace(u"\"uri\":\"azureml://datastores/workspaceblobstore/paths/train.csv\""_s,
            u"\"mode\":\"Download\""_s);
        QTest::newRow("training_data without uri")
            << noUri << u"BadRequest"_s << u"properties.inputs.training_data.uri"_s << missing;
        QString noLabel = commandJob();
        noLabel.replace(u"\"label_column\""_s, u"\"label\""_s);
        QTest::newRow("unknown input")
            << noLabel << u"UserError"_s << u"properties.inputs.label"_s << u"has no input 'label'"_s;
        QString noLabel2 = commandJob({}, u"mlstudio run train_and_evaluate"_s);
        noLabel2.replace(
            u",\n                \"label_column\":{\"jobInputType\":\"literal\",\"value\":\"income\"}"_s,
            QString());
        noLabel2.replace(u"\"label_column\":{\"jobInputType\":\"literal\",\"value\":\"income\"}"_s,
            u"\"learner\":{\"jobInputType\":\"literal\",\"value\":\"linear_regression\"}"_s);
        QTest::newRow("missing required input")
            << noLabel2 << u"UserError"_s << u"properties.inputs"_s << u"requires the input 'label_column'"_s;
        QTest::newRow("bad learner") << commandJob(
            u",\"learner\":{\"jobInputType\":\"literal\",\"value\":\"svm\"}"_s)
                                     << u"UserError"_s << u"properties.inputs.learner.value"_s
                                     << u"'svm', which is not one of"_s;
        QTest::newRow("bad number") << commandJob(
            u",\"learning_rate\":{\"jobInputType\":\"literal\",\"value\":\"fast\"}"_s)
                                    << u"UserError"_s << u"properties.inputs.learning_rate.value"_s
                                    << u"not a number"_s;
        QTest::newRow("out of range")
            << commandJob(u",\"train_fraction\":{\"jobInputType\":\"literal\",\"value\":\"1.5\"}"_s)
            << u"UserError"_s << u"properties.inputs"_s << u"Error 0008"_s;
        QTest::newRow("literal for data")
            << commandJob(u",\"training_data\":{\"jobInputType\":\"literal\",\"value\":\"a.csv\"}"_s)
            << u"UserError"_s << u"properties.inputs.training_data"_s << u"expects a Dataset"_s;
        QTest::newRow("model for data")
            << commandJob(u",\"training_data\":{\"jobInputType\":\"mlflow_model\",\"uri\":\"azureml:m:1\"}"_s)
            << u"UserError"_s << u"properties.inputs.training_data"_s
            << u"expects a Dataset (uri_file), but it is given a Trained model"_s;
        QTest::newRow("bad input type")
            << commandJob(u",\"x\":{\"jobInputType\":\"tensor\",\"uri\":\"a\"}"_s) << u"BadRequest"_s
            << u"properties.inputs.x.jobInputType"_s << missing;

        // Pipelines.
        QString noJobs = pipelineJob();
        noJobs.replace(u"\"jobs\":"_s, u"\"steps\":"_s);
        QTest::newRow("pipeline without jobs")
            << noJobs << u"BadRequest"_s << u"properties.jobs"_s << missing;
        QString unknownStepComponent = pipelineJob();
        unknownStepComponent.replace(u"azureml:score_model:1"_s, u"azureml:score_everything:1"_s);
        QTest::newRow("pipeline unknown component")
            << unknownStepComponent << u"UserError"_s << u"properties.jobs.score.componentId"_s
            << u"Unknown component"_s;
        QString badRef = pipelineJob();
        badRef.replace(u"${{parent.jobs.score.outputs.scored_dataset}}"_s,
            u"${{parent.jobs.scorer.outputs.scored_dataset}}"_s);
        QTest::newRow("unknown step reference")
            << badRef << u"UserError"_s << u"properties.jobs.evaluate.inputs.scored_dataset"_s
            << u"there is no step 'scorer'"_s;
        QString badOut = pipelineJob();
        badOut.replace(
            u"${{parent.jobs.score.outputs.scored_dataset}}"_s, u"${{parent.jobs.score.outputs.scores}}"_s);
        QTest::newRow("unknown step output")
            << badOut << u"UserError"_s << u"properties.jobs.evaluate.inputs.scored_dataset"_s
            << u"has no output 'scores'"_s;
        QString badParent = pipelineJob();
        badParent.replace(u"${{parent.inputs.census}}"_s, u"${{parent.inputs.adult}}"_s);
        QTest::newRow("unknown parent input")
            << badParent << u"UserError"_s << u"properties.jobs.clean.inputs.dataset"_s
            << u"has no input 'adult'"_s;
        QString cycle = pipelineJob();
        cycle.replace(u"\"dataset\":\"${{parent.jobs.clean.outputs.cleaned_dataset}}\""_s,
            u"\"dataset\":\"${{parent.jobs.evaluate.outputs.evaluation_results}}\""_s);
        QTest::newRow("cycle") << cycle << u"UserError"_s << u"properties.jobs"_s
                               << u"cycle: split -> score -> evaluate -> split"_s;
        QTest::newRow("port kind mismatch")
            << pipelineJob(uR"("untrained_model":"${{parent.jobs.split.outputs.results_dataset1}}",
                 "dataset":"${{parent.jobs.split.outputs.results_dataset1}}","label_column":"income")"_s)
            << u"UserError"_s << u"properties.jobs.train.inputs.untrained_model"_s
            << u"expects a Untrained model (custom_model), but ${{parent.jobs.split.outputs.results_dataset1}} is a Dataset"_s;
        QTest::newRow("missing step input") << pipelineJob(
            uR"("untrained_model":"${{parent.jobs.learner.outputs.untrained_model}}","label_column":"income")"_s)
                                            << u"UserError"_s << u"properties.jobs.train.inputs"_s
                                            << u"requires the input 'dataset'"_s;
        QTest::newRow("missing label")
            << pipelineJob(uR"("untrained_model":"${{parent.jobs.learner.outputs.untrained_model}}",
                 "dataset":"${{parent.jobs.split.outputs.results_dataset1}}")"_s)
            << u"UserError"_s << u"properties.jobs.train.inputs"_s << u"requires the input 'label_column'"_s;
        QTest::newRow("unbound pipeline output")
            << pipelineJob({}, {}, u",\"extra\":{\"jobOutputType\":\"uri_folder\"}"_s) << u"UserError"_s
            << u"properties.outputs.extra"_s << u"not bound"_s;
        QTest::newRow("sweep step") << pipelineJob(
            {}, u",\"tune\":{\"type\":\"sweep\",\"componentId\":\"azureml:train_model:1\"}"_s)
                                    << u"UserError"_s << u"properties.jobs.tune.type"_s
                                    << u"command steps only"_s;
        QString badParam = pipelineJob();
        badParam.replace(u"\"cleaning_mode\":\"replace_with_mean\""_s, u"\"cleaning_mode\":\"guess\""_s);
        QTest::newRow("bad step literal")
            << badParam << u"UserError"_s << u"properties.jobs.clean.inputs.cleaning_mode"_s
            << u"not one of"_s;
        QString badRatio = pipelineJob();
        badRatio.replace(u"\"componentId\":\"azureml:two_class_logistic_regression:1\""_s,
            u"\"componentId\":\"azureml:two_class_logistic_regression:1\",\"inputs\":{\"l2_regularization_weight\":-1}"_s);
        QTest::newRow("engine refuses parameter")
            << badRatio << u"UserError"_s << u"properties.jobs.learner.inputs"_s << u"Error 0008"_s;
        QString literalForData = pipelineJob();
        literalForData.replace(u"\"dataset\":\"${{parent.jobs.split.outputs.results_dataset2}}\""_s,
            u"\"dataset\":\"test.csv\""_s);
        QTest::newRow("literal to a data port")
            << literalForData << u"UserError"_s << u"properties.jobs.score.inputs.dataset"_s
            << u"given the literal 'test.csv'"_s;
    }
    void rejected()
    {
        QFETCH(QString, body);
        QFETCH(QString, code);
        QFETCH(QString, target);
        QFETCH(QString, message);
        const auto r = parseJob(parse(body));
        QVERIFY2(std::holds_alternative<JobSpecError>(r), "accepted");
        const JobSpecError &e = std::get<JobSpecError>(r);
        QVERIFY2(e.message.contains(message), qPrintable(e.message));
        QCOMPARE(e.status, 400);
        QCOMPARE(e.code, code);
        QCOMPARE(e.target, target);
        QCOMPARE(e.toJson()[u"error"_s][u"code"_s].toString(), code);
    }

    void garbageNeverCrashes()
    {
        const QStringList bodies = { u"{\"properties\":{\"jobType\":\"Pipeline\",\"jobs\":{\"a\":1}}}"_s,
            u"{\"properties\":{\"jobType\":\"Pipeline\",\"jobs\":{\"a\":{\"componentId\":5,\"inputs\":[]}}}}"_s,
            u"{\"properties\":{\"jobType\":1}}"_s,
            u"{\"properties\":{\"jobType\":\"Command\",\"inputs\":{\"a\":null},\"outputs\":{\"b\":7}}}"_s,
            u"{\"properties\":{\"jobType\":\"Pipeline\",\"jobs\":{\"a\":{\"componentId\":\"azureml:train_"
            u"model:1\","
            u"\"inputs\":{\"dataset\":{\"value\":{}}}}}}}"_s };
        for (const QString &b : bodies)
            QVERIFY(std::holds_alternative<JobSpecError>(parseJob(parse(b))));
    }
};

QTEST_GUILESS_MAIN(TestAmlJobsSpec)
#include "tst_amljobsspec.moc"
