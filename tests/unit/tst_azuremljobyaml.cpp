// `az ml job create --file` YAML -> the REST properties of a Command job (jobPropertiesFromYaml),
// and readJobFile's dispatch between JSON and YAML. Fixtures: tests/data/jobyaml (README.md).

#include "azureml/jobfile.h"
#include "azureml/jobyaml.h"
#include "azureml/retrainrequest.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mlr;
using namespace mlr::azureml;

namespace {

const QString workspace = u"/subscriptions/s1/resourceGroups/rg1/providers/"
                          u"Microsoft.MachineLearningServices/workspaces/ws1"_s;

QString fixture(const QString &name)
{
    return QStringLiteral(MLR_JOBYAML_TEST_DATA "/") + name;
}

QByteArray read(const QString &name)
{
    QFile f(fixture(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(text).object();
}

} // namespace

class TestAzureMlJobYaml : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fullCommandJob()
    {
        Error error;
        QString name;
        const auto p = jobPropertiesFromYaml(
            read(u"full-command.yml"_s), u"full-command.yml"_s, &error, workspace, &name);
        QVERIFY2(p, qPrintable(error.message()));
        QCOMPARE(name, u"census-train-yaml"_s);
        QCOMPARE((*p)[u"jobType"_s].toString(), u"Command"_s);
        QCOMPARE((*p)[u"displayName"_s].toString(), u"census income training"_s);
        QCOMPARE((*p)[u"experimentName"_s].toString(), u"census-income"_s);
        QCOMPARE((*p)[u"description"_s].toString(), u"The training run of the deployed model."_s);
        QVERIFY((*p)[u"command"_s].toString().startsWith(
            u"mlstudio run train_and_evaluate --training_data ${{inputs.training_data}} --label_column"_s));
        QCOMPARE((*p)[u"codeId"_s].toString(), workspace + u"/codes/train-src/versions/3"_s);
        QCOMPARE(
            (*p)[u"environmentId"_s].toString(), u"azureml:AzureML-sklearn-1.0-ubuntu20.04-py38-cpu:33"_s);
        QCOMPARE((*p)[u"computeId"_s].toString(), workspace + u"/computes/cpu-cluster"_s);
        QCOMPARE((*p)[u"tags"_s].toObject(), json("{\"team\":\"risk\",\"stage\":\"prod\"}"));
        QCOMPARE((*p)[u"environmentVariables"_s].toObject(), json("{\"LOG_LEVEL\":\"info\"}"));
        QCOMPARE((*p)[u"inputs"_s].toObject(),
            json("{\"training_data\":{\"jobInputType\":\"uri_file\",\"uri\":\"azureml://datastores/"
                 "workspaceblobstore/paths/data/census-initial.csv\",\"mode\":\"ReadOnlyMount\"},"
                 "\"label_column\":{\"jobInputType\":\"literal\",\"value\":\"income\"},"
                 "\"train_fraction\":{\"jobInputType\":\"literal\",\"value\":\"0.75\"}}"));
        QCOMPARE((*p)[u"outputs"_s].toObject(),
            json("{\"model\":{\"jobOutputType\":\"mlflow_model\",\"mode\":\"Upload\"},"
                 "\"metrics\":{\"jobOutputType\":\"uri_folder\",\"mode\":\"ReadWriteMount\"}}"));
        QCOMPARE((*p)[u"resources"_s].toObject(),
            json("{\"instanceCount\":2,\"instanceType\":\"Standard_DS3_v2\"}"));
        QCOMPARE((*p)[u"distribution"_s].toObject(),
            json("{\"distributionType\":\"PyTorch\",\"processCountPerInstance\":4}"));
        QCOMPARE(
            (*p)[u"limits"_s].toObject(), json("{\"jobLimitsType\":\"Command\",\"timeout\":\"PT3600S\"}"));
    }

    // Without the workspace's id, azureml: references stay in the short form.
    void shortFormsWithoutWorkspace()
    {
        Error error;
        const auto p = jobPropertiesFromYaml(read(u"full-command.yml"_s), u"full-command.yml"_s, &error);
        QVERIFY2(p, qPrintable(error.message()));
        QCOMPARE((*p)[u"codeId"_s].toString(), u"azureml:train-src:3"_s);
        QCOMPARE((*p)[u"computeId"_s].toString(), u"azureml:cpu-cluster"_s);
    }

    void inputs_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("uri_file") << u"training_data"_s
                                  << QByteArray(
                                         "{\"jobInputType\":\"uri_file\",\"uri\":\"azureml://datastores/"
                                         "workspaceblobstore/paths/data/census-initial.csv\"}");
        QTest::newRow("literal text")
            << u"label_column"_s << QByteArray("{\"jobInputType\":\"literal\",\"value\":\"income\"}");
        QTest::newRow("literal boolean")
            << u"stratified"_s << QByteArray("{\"jobInputType\":\"literal\",\"value\":\"true\"}");
        QTest::newRow("uri_folder by default")
            << u"folder"_s
            << QByteArray("{\"jobInputType\":\"uri_folder\",\"uri\":\"https://account.blob.core.windows.net/"
                          "data/census/\"}");
    }

    void inputs()
    {
        QFETCH(QString, input);
        QFETCH(QByteArray, expected);
        Error error;
        const auto p = jobPropertiesFromYaml(
            read(u"literal-inputs.yaml"_s), u"literal-inputs.yaml"_s, &error, workspace);
        QVERIFY2(p, qPrintable(error.message()));
        QCOMPARE((*p)[u"inputs"_s][input].toObject(), QJsonDocument::fromJson(expected).object());
        QCOMPARE((*p)[u"environmentId"_s].toString(),
            u"azureml://registries/azureml/environments/mlstudio-engine/versions/1"_s);
        QVERIFY(!p->contains(u"computeId"_s));
    }

    void refused_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("mentions"); // file, line, key, reason
        QTest::newRow("missing command")
            << u"missing-command.yml"_s << QStringList { u"line 1"_s, u"'command'"_s, u"needs a command"_s };
        QTest::newRow("pipeline") << u"pipeline.yml"_s
                                  << QStringList { u"line 2"_s, u"'type'"_s, u"'pipeline' jobs"_s };
        QTest::newRow("syntax error")
            << u"syntax-error.yml"_s << QStringList { u"not valid YAML"_s, u"line 6"_s };
        QTest::newRow("local code") << u"local-code.yml"_s
                                    << QStringList { u"line 3"_s, u"'code'"_s,
                                           u"'./src' is a local folder"_s };
        QTest::newRow("local data") << u"local-data.yml"_s
                                    << QStringList { u"line 7"_s, u"'inputs.training_data.path'"_s,
                                           u"upload"_s };
    }

    void refused()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, mentions);
        Error error;
        QVERIFY(!jobPropertiesFromYaml(read(file), fixture(file), &error, workspace));
        QCOMPARE(error.kind, Error::Kind::Input);
        QVERIFY2(error.message().contains(fixture(file)), qPrintable(error.message()));
        for (const QString &m : mentions)
            QVERIFY2(error.message().contains(m), qPrintable(error.message()));
    }

    void refusedKeys_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("key");
        const QByteArray head = "command: python train.py\nenvironment: azureml:env:1\n";
        QTest::newRow("sweep") << QByteArray("type: sweep\n" + head) << u"'type'"_s;
        QTest::newRow("unknown key") << QByteArray(head + "identity:\n  type: managed\n") << u"'identity'"_s;
        QTest::newRow("inline environment")
            << QByteArray("command: python train.py\nenvironment:\n  image: x\n") << u"'environment'"_s;
        QTest::newRow("no environment") << QByteArray("command: python train.py\n") << u"'environment'"_s;
        QTest::newRow("bad input type")
            << QByteArray(head + "inputs:\n  d:\n    type: blob\n    path: https://x/y\n")
            << u"'inputs.d.type'"_s;
        QTest::newRow("bad mode") << QByteArray(head + "outputs:\n  m:\n    mode: download\n")
                                  << u"'outputs.m.mode'"_s;
        QTest::newRow("output mode download")
            << QByteArray(head + "outputs:\n  m:\n    mode: direct\n") << u"'outputs.m.mode'"_s;
        QTest::newRow("tensorflow process count")
            << QByteArray(head + "distribution:\n  type: tensorflow\n  process_count_per_instance: 2\n")
            << u"'distribution.process_count_per_instance'"_s;
        QTest::newRow("distribution type")
            << QByteArray(head + "distribution:\n  type: ray\n") << u"'distribution.type'"_s;
        QTest::newRow("bad instance count")
            << QByteArray(head + "resources:\n  instance_count: two\n") << u"'resources.instance_count'"_s;
    }

    void refusedKeys()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, key);
        Error error;
        QVERIFY(!jobPropertiesFromYaml(yaml, u"job.yml"_s, &error));
        QVERIFY2(error.message().contains(key) && error.message().contains(u"job.yml"_s),
            qPrintable(error.message()));
    }

    void tensorflowDistribution()
    {
        Error error;
        const auto p = jobPropertiesFromYaml("command: python train.py\nenvironment: azureml:env:1\n"
                                             "distribution:\n  type: tensorflow\n  worker_count: 3\n"
                                             "  parameter_server_count: 1\n",
            u"tf.yml"_s, &error);
        QVERIFY2(p, qPrintable(error.message()));
        QCOMPARE((*p)[u"distribution"_s].toObject(),
            json("{\"distributionType\":\"TensorFlow\",\"workerCount\":3,\"parameterServerCount\":1}"));
    }

    // readJobFile: YAML by extension (or content that is not JSON), JSON otherwise; the job is
    // one retrainJobBody re-runs on new data.
    void readJobFileDispatch()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString yamlPath = dir.filePath(u"job.definition"_s); // neither .json nor .yml
        QVERIFY(QFile::copy(fixture(u"literal-inputs.yaml"_s), yamlPath));
        Error error;
        const auto job = readJobFile(yamlPath, &error, workspace);
        QVERIFY2(job, qPrintable(error.message()));
        QCOMPARE(job->name, u"job"_s);
        QCOMPARE(job->jobType, u"Command"_s);
        const auto request
            = retrainJobBody(*job, u"azureml://datastores/workspaceblobstore/paths/new.csv"_s, {});
        QVERIFY(std::holds_alternative<RetrainRequest>(request));

        const auto full = readJobFile(fixture(u"full-command.yml"_s), &error, workspace);
        QVERIFY2(full, qPrintable(error.message()));
        QCOMPARE(full->name, u"census-train-yaml"_s);

        const QString broken = dir.filePath(u"broken.json"_s);
        QFile f(broken);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"properties\": [");
        f.close();
        QVERIFY(!readJobFile(broken, &error));
        QVERIFY2(error.message().contains(u"not a JSON object"_s), qPrintable(error.message()));
        QVERIFY(!readJobFile(fixture(u"pipeline.yml"_s), &error));
        QCOMPARE(error.kind, Error::Kind::Input);
    }
};

QTEST_GUILESS_MAIN(TestAzureMlJobYaml)
#include "tst_azuremljobyaml.moc"
