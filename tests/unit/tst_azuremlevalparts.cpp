// The pure parts of the Azure ML (v2) evaluation: metric keys, metrics.json and MLflow runs,
// the tracking URL, the side-by-side table, MLmodel signatures, job output uris, the label
// input, reading a scored split and judging on reported metrics only.

#include "azureml/amlevaluationsteps.h"
#include "azureml/jobmetrics.h"
#include "azureml/joboutputfiles.h"
#include "azureml/mlmodelfile.h"
#include "azureml/trainingschema.h"
#include "eval/evaluationcsv.h"
#include "eval/gate.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace mlr;
using namespace mlr::azureml;

namespace {

// JSON written with ' for " (readable in C++ strings).
QByteArray j(const char *text)
{
    return QByteArray(text).replace('\'', '"');
}

Job jobOf(const QByteArray &json)
{
    Error error;
    const auto job = parseJob(QJsonDocument::fromJson(json).object(), &error);
    return job.value_or(Job {});
}

// The MLmodel mlstudio-local writes (sandbox/azureml/jobs/artifacts.cpp).
const QByteArray sandboxMlmodel = "artifact_path: model\n"
                                  "flavors:\n  mlstudio:\n    format: mlstudio-ilearner\n"
                                  "    model_file: model.ilearner\n    version: 1\n"
                                  "    learner: two_class_logistic_regression\n"
                                  "    task: binary_classification\n    label_column: 'income'\n"
                                  "model_uuid: 0a1b\nutc_time_created: '2026-01-01 10:00:00.000000'\n"
                                  "signature:\n"
                                  "  inputs: '[{\"name\":\"age\",\"type\":\"long\"},{\"name\":\"it''s\","
                                  "\"type\":\"string\"}]'\n"
                                  "  outputs: '[{\"name\":\"Scored Labels\",\"type\":\"string\"}]'\n";

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return {};
    return path;
}

} // namespace

class TestAzureMlEvalParts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void metricKeys_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("name");
        QTest::newRow("studio") << u"AUC"_s << u"AUC"_s;
        QTest::newRow("f-score") << u"F-Score"_s << u"F1 Score"_s;
        QTest::newRow("mlflow auc") << u"auc"_s << u"AUC"_s;
        QTest::newRow("roc_auc") << u"roc_auc"_s << u"AUC"_s;
        QTest::newRow("f1_score") << u"f1_score"_s << u"F1 Score"_s;
        QTest::newRow("log_loss") << u"log_loss"_s << u"Average Log Loss"_s;
        QTest::newRow("snake words") << u"root_mean_squared_error"_s << u"Root Mean Squared Error"_s;
        QTest::newRow("rmse") << u"RMSE"_s << u"Root Mean Squared Error"_s;
        QTest::newRow("r2") << u"r2_score"_s << u"Coefficient of Determination"_s;
        QTest::newRow("counts") << u"true_positive"_s << u"True Positive"_s;
        QTest::newRow("unknown kept") << u" deploy_flag "_s << u"deploy_flag"_s;
    }

    void metricKeys()
    {
        QFETCH(QString, key);
        QFETCH(QString, name);
        QCOMPARE(metricNameFromKey(key), name);
    }

    void metricsJson_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("task");
        QTest::addColumn<QString>("metric");
        QTest::addColumn<double>("value");
        QTest::newRow("sandbox") << j("{'AUC':0.85,'Accuracy':0.8,'True Positive':12,'Threshold':0.5}")
                                 << true << int(eval::Task::Binary) << u"AUC"_s << 0.85;
        QTest::newRow("mlflow keys, wrapped") << j("{'metrics':{'auc':'0.75','f1_score':0.5}}") << true
                                              << int(eval::Task::Binary) << u"AUC"_s << 0.75;
        QTest::newRow("regression") << j("{'rmse':2.5,'mae':1.5,'r2':0.4}") << true
                                    << int(eval::Task::Regression) << u"Root Mean Squared Error"_s << 2.5;
        QTest::newRow("not json") << QByteArray("AUC=0.9") << false << 0 << QString() << 0.0;
        QTest::newRow("an array") << QByteArray("[0.9]") << false << 0 << QString() << 0.0;
        QTest::newRow("no known metric") << j("{'loss':0.1}") << false << 0 << QString() << 0.0;
    }

    void metricsJson()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, ok);
        QFETCH(int, task);
        QFETCH(QString, metric);
        QFETCH(double, value);
        Error error;
        const auto e = parseMetricsJson(json, &error);
        QCOMPARE(bool(e), ok);
        if (!ok) {
            QCOMPARE(error.kind, Error::Kind::Parse);
            QVERIFY(!error.message().isEmpty());
            return;
        }
        QCOMPARE(int(e->task), task);
        QCOMPARE(e->metric(metric).value_or(-1), value);
    }

    // The evaluation CSV's reading, shared with metrics.json and MLflow.
    void evaluationFromCells()
    {
        Error error;
        const auto e
            = eval::evaluationFromCells({ u"F-Score"_s, u"AUC"_s, u"Positive Label"_s, u"Threshold"_s },
                { u"0.5"_s, u"0.9"_s, u">50K"_s }, &error);
        QVERIFY(e);
        QCOMPARE(e->task, eval::Task::Binary);
        QCOMPARE(e->metric(u"F1 Score"_s).value_or(-1), 0.5);
        QCOMPARE(e->positiveLabel, u">50K"_s);
        QVERIFY(!e->metric(u"Threshold"_s)); // no cell
        QVERIFY(!eval::evaluationFromCells({ u"loss"_s }, { u"1"_s }, &error));
        QCOMPARE(error.kind, Error::Kind::Parse);
        QVERIFY(error.context.isEmpty());
    }

    void mlflowRun_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<double>("auc");
        QTest::newRow("sandbox") << j("{'run':{'info':{'run_id':'j'},'data':{'metrics':["
                                      "{'key':'AUC','value':0.81,'timestamp':1,'step':0},"
                                      "{'key':'Accuracy','value':0.7,'timestamp':1,'step':0}]}}}")
                                 << true << 0.81;
        QTest::newRow("repeated key, last wins")
            << j("{'run':{'data':{'metrics':[{'key':'auc','value':0.6},{'key':'auc','value':0.9}]}}}") << true
            << 0.9;
        QTest::newRow("no metrics yet") << j("{'run':{'info':{'run_id':'j'},'data':{}}}") << false << 0.0;
        QTest::newRow("not a run") << j("{'error_code':'RESOURCE_DOES_NOT_EXIST'}") << false << 0.0;
    }

    void mlflowRun()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, ok);
        QFETCH(double, auc);
        Error error;
        const auto e = parseMlflowRun(json, &error);
        QCOMPARE(bool(e), ok);
        if (ok)
            QCOMPARE(e->metric(u"AUC"_s).value_or(-1), auc);
        else
            QCOMPARE(error.kind, Error::Kind::Parse);
    }

    void mlflowUrl_data()
    {
        QTest::addColumn<QString>("tracking");
        QTest::addColumn<QString>("url");
        const QString ws = u"/subscriptions/s/resourceGroups/g/providers/Microsoft.MachineLearningServices/"
                           u"workspaces/w"_s;
        QTest::newRow("azureml://") << u"azureml://eastus2.api.azureml.ms/mlflow/v1.0"_s + ws
                                    << u"https://eastus2.api.azureml.ms/mlflow/v1.0"_s + ws
                + u"/api/2.0/mlflow/runs/get?run_id=job-1"_s;
        QTest::newRow("https, port, slash")
            << u"https://127.0.0.1:8443/mlflow/v1.0/"_s
            << u"https://127.0.0.1:8443/mlflow/v1.0/api/2.0/mlflow/runs/get?run_id=job-1"_s;
        QTest::newRow("plain http refused") << u"http://127.0.0.1/mlflow"_s << QString();
        QTest::newRow("empty") << QString() << QString();
    }

    void mlflowUrl()
    {
        QFETCH(QString, tracking);
        QFETCH(QString, url);
        const QUrl made = mlflowRunsGetUrl(tracking, u"job-1"_s);
        QCOMPARE(made.isValid() ? made.toString() : QString(), url);
    }

    void reportedTable()
    {
        Error error;
        const auto mine = parseMetricsJson(j("{'AUC':0.9,'Accuracy':0.8,'Average Log Loss':0.3}"), &error);
        const auto theirs = parseMetricsJson(j("{'auc':0.85,'log_loss':0.4,'f1':0.5}"), &error);
        QVERIFY(mine && theirs);
        const QList<eval::MetricRow> rows = reportedMetricsTable(*mine, theirs);
        QStringList names;
        for (const eval::MetricRow &r : rows)
            names << r.metric;
        QCOMPARE(names, (QStringList { u"Accuracy"_s, u"F1 Score"_s, u"AUC"_s, u"Average Log Loss"_s }));
        QVERIFY(std::isnan(rows[0].champion) && std::isnan(rows[0].delta));
        QVERIFY(std::isnan(rows[1].challenger));
        QCOMPARE(rows[2].champion, 0.85);
        QVERIFY(std::fabs(rows[2].delta - 0.05) < 1e-12);
        QVERIFY(!rows[3].higherIsBetter);

        // A champion of another task compares nothing.
        const auto regression = parseMetricsJson(j("{'rmse':1}"), &error);
        for (const eval::MetricRow &r : reportedMetricsTable(*mine, regression))
            QVERIFY(std::isnan(r.champion));
        QCOMPARE(reportedMetricsTable(*mine, std::nullopt).size(), 3);
    }

    void mlmodel_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QStringList>("inputs");
        QTest::addColumn<QString>("label");
        QTest::newRow("sandbox") << sandboxMlmodel << true << QStringList { u"age"_s, u"it's"_s }
                                 << u"income"_s;
        QTest::newRow("folded, as PyYAML writes it")
            << QByteArray(
                   "flavors:\n  python_function:\n    loader_module: mlflow.sklearn\n"
                   "signature:\n  inputs: '[{\"name\": \"age\", \"type\": \"long\"}, {\"name\":\n"
                   "    \"hours-per-week\", \"type\": \"long\"}]'\n  outputs: '[{\"type\": \"double\"}]'\n")
            << true << QStringList { u"age"_s, u"hours-per-week"_s } << QString();
        QTest::newRow("double quoted, CRLF") << QByteArray(
            "signature:\r\n  inputs: \"[{\\\"name\\\": \\\"x\\\", \\\"type\\\": \\\"double\\\"}]\"\r\n")
                                             << true << QStringList { u"x"_s } << QString();
        QTest::newRow("plain") << QByteArray("signature:\n  inputs: [{\"name\": \"x\"}]\n") << true
                               << QStringList { u"x"_s } << QString();
        QTest::newRow("tensor spec") << QByteArray("signature:\n  inputs: '[{\"type\": \"tensor\"}]'\n")
                                     << true << QStringList() << QString();
        QTest::newRow("no signature")
            << QByteArray("artifact_path: model\n") << true << QStringList() << QString();
        QTest::newRow("broken signature")
            << QByteArray("signature:\n  inputs: 'age, sex'\n") << false << QStringList() << QString();
    }

    void mlmodel()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(bool, ok);
        QFETCH(QStringList, inputs);
        QFETCH(QString, label);
        Error error;
        const auto m = parseMlmodel(yaml, &error);
        QCOMPARE(bool(m), ok);
        if (!ok) {
            QVERIFY(error.message().contains(u"signature"_s));
            return;
        }
        QCOMPARE(m->inputNames(), inputs);
        QCOMPARE(m->labelColumn, label);
    }

    void outputUris_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("datastore"); // or "job:output" for a job output
        QTest::addColumn<QString>("path");
        QTest::newRow("short") << u"azureml://datastores/workspaceblobstore/paths/azureml/j/metrics/"_s
                               << u"workspaceblobstore"_s << u"azureml/j/metrics/"_s;
        QTest::newRow("long")
            << u"azureml://subscriptions/s/resourcegroups/g/workspaces/w/datastores/d/paths/a/b.csv"_s
            << u"d"_s << u"a/b.csv"_s;
        QTest::newRow("job output") << u"azureml://jobs/train-1/outputs/scored_data/paths/scored.csv"_s
                                    << u"train-1:scored_data"_s << u"scored.csv"_s;
        QTest::newRow("job output root")
            << u"azureml://jobs/train-1/outputs/model"_s << u"train-1:model"_s << QString();
        QTest::newRow("blob URL") << u"https://acct.blob.core.windows.net/c/x.csv"_s << QString()
                                  << QString();
        QTest::newRow("data asset") << u"azureml:census-data:1"_s << QString() << QString();
    }

    void outputUris()
    {
        QFETCH(QString, uri);
        QFETCH(QString, datastore);
        QFETCH(QString, path);
        const auto where = locateOutputUri(uri);
        if (const auto *d = std::get_if<DatastorePath>(&where)) {
            QCOMPARE(d->datastore, datastore);
            QCOMPARE(d->path, path);
        } else if (const auto *j = std::get_if<JobOutputPath>(&where)) {
            QCOMPARE(j->job + u':' + j->output, datastore);
            QCOMPARE(j->path, path);
        } else {
            QVERIFY(datastore.isEmpty());
            QCOMPARE(std::get<Error>(where).kind, Error::Kind::Input);
        }
    }

    void outputsAndLabel()
    {
        const Job command
            = jobOf(j("{'name':'j','properties':{'status':'Completed','inputs':{ "
                      "'label_column':{'jobInputType':'literal','value':'income'}},'outputs':{ "
                      "'default':{'jobOutputType':'uri_folder','uri':'azureml://datastores/"
                      "workspaceartifactstore/paths/x/'}, "
                      "'metrics':{'jobOutputType':'uri_folder','uri':'azureml://datastores/d/paths/azureml/j/"
                      "metrics/'}, "
                      "'scored':{'jobOutputType':'uri_file','uri':'azureml://datastores/d/paths/s.csv'}, "
                      "'unset':{'jobOutputType':'uri_folder','uri':null}}}}"));
        const QList<JobOutput> outputs = jobOutputs(command);
        QCOMPARE(outputs.size(), 2);
        QCOMPARE(outputs[0].name, u"metrics"_s);
        QVERIFY(!outputs[0].isFile());
        QVERIFY(outputs[1].isFile());
        QCOMPARE(labelColumnOf(command), u"income"_s); // the label the scored split is read with
    }

    // The retrain data check reads the signature through the same parser: MLflow's folded
    // lines and unnamed outputs included.
    void modelSignatureOfAFoldedMlmodel()
    {
        Error error;
        const auto signature = parseModelSignature(
            "signature:\n  inputs: '[{\"name\": \"age\", \"type\": \"long\"}, {\"name\":\n"
            "    \"hours-per-week\", \"type\": \"double\"}]'\n  outputs: '[{\"type\": \"double\"}]'\n",
            &error);
        QVERIFY2(signature, qPrintable(error.message()));
        QCOMPARE(signature->inputs.size(), 2);
        QCOMPARE(signature->inputs[1].name, u"hours-per-week"_s);
        QCOMPARE(signature->inputs[0].type, u"integer"_s);
        QCOMPARE(signature->inputs[1].type, u"number"_s);
        QVERIFY(signature->outputs.isEmpty());
        QVERIFY(!parseModelSignature("artifact_path: model\n", &error));
        QVERIFY(error.message().contains(u"no column signature"_s));
    }

    void scoredSplit_data()
    {
        QTest::addColumn<bool>("mlmodel");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("jobLabel");
        QTest::addColumn<QStringList>("features");
        QTest::addColumn<QString>("error"); // empty: it reads
        const QStringList modelFeatures { u"age"_s, u"it's"_s };
        QTest::newRow("MLmodel's label and inputs")
            << true << QString() << QString() << modelFeatures << QString();
        QTest::newRow("the job's label input")
            << false << QString() << u"income"_s << QStringList { u"age"_s, u"it's"_s, u"extra"_s }
            << QString();
        QTest::newRow("the caller's label") << false << u"income"_s << u"age"_s
                                            << QStringList { u"age"_s, u"it's"_s, u"extra"_s } << QString();
        QTest::newRow("no way to tell")
            << false << QString() << QString() << QStringList() << u"Cannot tell the label column"_s;
        QTest::newRow("unknown label")
            << true << u"salary"_s << QString() << QStringList() << u"no label column \"salary\""_s;
    }

    void scoredSplit()
    {
        QFETCH(bool, mlmodel);
        QFETCH(QString, label);
        QFETCH(QString, jobLabel);
        QFETCH(QStringList, features);
        QFETCH(QString, error);
        QTemporaryDir dir;
        ScoredSplitInput input;
        input.scoredCsv = writeFile(dir, u"scored.csv"_s,
            "age,it's,extra,income,Scored Labels,Scored Probabilities\n"
            "30,a,1,>50K,>50K,0.8\n40,b,2,<=50K,<=50K,0.3\n50,,3,>50K,<=50K,0.4\n");
        input.evaluationCsv
            = writeFile(dir, u"evaluation.csv"_s, "AUC,Positive Label,Negative Label\n0.9,>50K,<=50K\n");
        if (mlmodel)
            input.mlmodel = writeFile(dir, u"MLmodel"_s, sandboxMlmodel);
        input.labelColumn = label;
        input.jobLabel = jobLabel;
        const ScoredSplit split = readScoredSplit(input);
        if (!error.isEmpty()) {
            QCOMPARE(split.error.kind, Error::Kind::Input);
            QVERIFY2(split.error.message().contains(error), qPrintable(split.error.message()));
            return;
        }
        QVERIFY2(!split.error, qPrintable(split.error.message()));
        QCOMPARE(split.features, features);
        QCOMPARE(split.rows->labelColumn, u"income"_s);
        QCOMPARE(split.rows->rowCount(), 3);
        QCOMPARE(split.rows->classNames, (QStringList { u"<=50K"_s, u">50K"_s }));
        QCOMPARE(split.rows->keptColumns, features + QStringList { u"income"_s });
        QCOMPARE(split.rows->keptRows[2].value(1), QString()); // the empty cell stays empty
    }

    void scoredSplitMissesAModelInput()
    {
        QTemporaryDir dir;
        ScoredSplitInput input;
        input.scoredCsv
            = writeFile(dir, u"scored.csv"_s, "age,income,Scored Labels,Scored Probabilities\n1,a,a,0.9\n");
        input.mlmodel = writeFile(dir, u"MLmodel"_s, sandboxMlmodel);
        const ScoredSplit split = readScoredSplit(input);
        QVERIFY2(
            split.error.message().contains(u"lack the column \"it's\""_s), qPrintable(split.error.message()));
    }

    void judgedOnReportedMetrics()
    {
        Error error;
        const auto mine = parseMetricsJson(j("{'AUC':0.80,'Accuracy':0.7,'F1 Score':0.5}"), &error);
        const auto theirs = parseMetricsJson(j("{'AUC':0.85,'Accuracy':0.75,'F1 Score':0.5}"), &error);
        const auto table = reportedMetricsTable(*mine, theirs);
        const Judged judged = judgeReported(*mine, table, u"income"_s, eval::defaultGateRules());
        QCOMPARE(judged.comparison->challenger.rowCount(), 0);
        QCOMPARE(judged.comparison->challenger.labelColumn, u"income"_s);
        QCOMPARE(judged.comparison->metrics.size(), table.size());
        QVERIFY(!judged.verdict.passed); // AUC dropped by 0.05 > 0.01
        QVERIFY(!judged.verdict.checkFor(u"AUC"_s)->passed);
        QVERIFY(judged.verdict.checkFor(u"Accuracy"_s)->passed);
    }

    void judgedOnTheSameRows()
    {
        QTemporaryDir dir;
        ScoredSplitInput input;
        input.scoredCsv = writeFile(dir, u"scored.csv"_s,
            "x,y,Scored Labels,Scored Probabilities\n1,1,1,0.9\n2,0,0,0.2\n3,1,1,0.7\n4,0,1,0.6\n");
        input.labelColumn = u"y"_s;
        const ScoredSplit split = readScoredSplit(input);
        QVERIFY(!split.error);
        const Judged judged = judgeSameRows(*split.rows, *split.rows, std::nullopt, eval::defaultGateRules());
        QVERIFY(judged.comparison->challenger.keptRows.empty());
        QCOMPARE(judged.comparison->service.task, eval::Task::Binary);
        QCOMPARE(judged.comparison->champion.rowCount(), 4);
        QVERIFY(judged.verdict.passed); // the same model: no loss
    }
};

QTEST_GUILESS_MAIN(TestAzureMlEvalParts)
#include "tst_azuremlevalparts.moc"
