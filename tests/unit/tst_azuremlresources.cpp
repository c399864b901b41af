// The Azure ML (v2) resources the core reads, which deployment is in production, which model
// a deployment serves, and the body of a job that re-runs the production model's job.

#include "azureml/amlresources.h"
#include "azureml/retrainrequest.h"
#include "azureml/workspacetarget.h"
#include "profile/profile.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mlr;
using namespace mlr::azureml;

namespace {

QJsonObject json(const QByteArray &text)
{
    return QJsonDocument::fromJson(text).object();
}

// A completed command job as the sandbox answers GET jobs/census-train-1.
Job completedJob()
{
    Error error;
    return *parseJob(
        json("{\"name\":\"census-train-1\",\"properties\":{\"jobType\":\"Command\",\"status\":\"Completed\","
             " \"displayName\":\"census-income training\",\"command\":\"mlstudio run train_and_evaluate\","
             " \"environmentId\":\"azureml://registries/azureml/environments/mlstudio-engine/versions/1\","
             " \"services\":{\"Studio\":{\"endpoint\":\"https://ml.azure.com/runs/census-train-1\"}},"
             " \"inputs\":{\"training_data\":{\"jobInputType\":\"uri_file\",\"uri\":\"azureml://datastores/"
             "workspaceblobstore/paths/data/old.csv\"},"
             " \"label_column\":{\"jobInputType\":\"literal\",\"value\":\"income\"}},"
             " \"outputs\":{\"model\":{\"jobOutputType\":\"mlflow_model\",\"uri\":\"azureml://datastores/"
             "workspaceblobstore/paths/azureml/census-train-1/model/\"},"
             " \"default\":{\"jobOutputType\":\"uri_folder\",\"uri\":\"azureml://datastores/"
             "workspaceartifactstore/paths/x/\"}},"
             " \"properties\":{\"mlstudio.errorMessage\":\"old\",\"team\":\"data\"},\"tags\":{\"owner\":"
             "\"me\"}}}"),
        &error);
}

} // namespace

class TestAzureMlResources : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void endpointAndProduction_data()
    {
        QTest::addColumn<QByteArray>("traffic");
        QTest::addColumn<QString>("production");
        QTest::newRow("one at 100") << QByteArray("{\"blue\":100}") << u"blue"_s;
        QTest::newRow("canary") << QByteArray("{\"blue\":90,\"green\":10}") << u"blue"_s;
        QTest::newRow("cut over") << QByteArray("{\"blue\":0,\"green\":100}") << u"green"_s;
        QTest::newRow("tie by name") << QByteArray("{\"green\":50,\"blue\":50}") << u"blue"_s;
        QTest::newRow("no traffic") << QByteArray("{\"blue\":0}") << QString();
        QTest::newRow("empty") << QByteArray("{}") << QString();
    }
    void endpointAndProduction()
    {
        QFETCH(QByteArray, traffic);
        QFETCH(QString, production);
        Error error;
        const auto e = parseEndpoint(
            json(QByteArray(
                     "{\"name\":\"census-endpoint\",\"properties\":{\"authMode\":\"Key\","
                     " \"scoringUri\":\"https://x/score\",\"provisioningState\":\"Succeeded\",\"traffic\":")
                + traffic + "}}"),
            &error);
        QVERIFY2(e, qPrintable(error.message()));
        QCOMPARE(e->authMode, u"Key"_s);
        QCOMPARE(productionDeployment(*e).value_or(QString()), production);
    }

    void malformedAnswersAreParseErrors()
    {
        Error error;
        QVERIFY(!parseEndpoint(json("{\"properties\":{}}"), &error));
        QCOMPARE(error.kind, Error::Kind::Parse);
        QVERIFY(!parseDeployment(json("{}"), &error));
        QVERIFY(!parseModelVersion(json("{\"name\":\"1\",\"properties\":{}}"), &error));
        QVERIFY2(error.message().contains(u"modelUri"_s), qPrintable(error.message()));
        QVERIFY(!parseJob(json("{\"name\":\"j\",\"properties\":{}}"), &error));
    }

    void deploymentAndModel()
    {
        Error error;
        const auto d = parseDeployment(
            json("{\"name\":\"blue\",\"sku\":{\"name\":\"Default\",\"capacity\":3},"
                 " \"properties\":{\"model\":\"/subscriptions/s/resourceGroups/g/providers/"
                 "Microsoft.MachineLearningServices/workspaces/w/models/census-income/versions/7\","
                 " \"instanceType\":\"Standard_DS3_v2\",\"provisioningState\":\"Succeeded\"}}"),
            &error);
        QVERIFY(d);
        QCOMPARE(d->instanceCount, 3);
        const auto m = parseModelVersion(
            json("{\"id\":\"/subscriptions/s/resourceGroups/g/providers/Microsoft.MachineLearningServices/"
                 "workspaces/w/models/census-income/versions/7\","
                 " \"name\":\"7\",\"properties\":{\"modelType\":\"mlflow_model\",\"modelUri\":\"azureml://"
                 "jobs/j/outputs/model/paths/\",\"jobName\":\"j\"}}"),
            &error);
        QVERIFY(m);
        QCOMPARE(m->name, u"census-income"_s);
        QCOMPARE(m->version, u"7"_s);
        QCOMPARE(m->jobName, u"j"_s);
    }

    void modelReferences_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("version");
        QTest::newRow("arm id")
            << u"/subscriptions/s/resourceGroups/g/providers/Microsoft.MachineLearningServices/workspaces/w/models/m/versions/2"_s
            << u"m"_s << u"2"_s;
        QTest::newRow("arm id, other casing")
            << u"/subscriptions/s/resourcegroups/g/providers/microsoft.machinelearningservices/workspaces/w/Models/m/Versions/2"_s
            << u"m"_s << u"2"_s;
        QTest::newRow("short") << u"azureml:census-income:1"_s << u"census-income"_s << u"1"_s;
        QTest::newRow("registry") << u"azureml://registries/azureml/models/m/versions/1"_s << QString()
                                  << QString();
        QTest::newRow("latest") << u"azureml:m@latest"_s << QString() << QString();
        QTest::newRow("a path") << u"azureml://datastores/workspaceblobstore/paths/model/"_s << QString()
                                << QString();
    }
    void modelReferences()
    {
        QFETCH(QString, id);
        QFETCH(QString, name);
        QFETCH(QString, version);
        const auto ref = parseModelReference(id);
        QCOMPARE(ref.has_value(), !name.isEmpty());
        if (ref) {
            QCOMPARE(ref->name, name);
            QCOMPARE(ref->version, version);
        }
    }

    void retrainBodyClonesTheJob()
    {
        const Job job = completedJob();
        QVERIFY(job.isTerminal());
        const auto made
            = retrainJobBody(job, u"azureml://datastores/workspaceblobstore/paths/retrain/new.csv"_s);
        QVERIFY(std::holds_alternative<RetrainRequest>(made));
        const RetrainRequest r = std::get<RetrainRequest>(made);
        QCOMPARE(r.input, u"training_data"_s);
        const QJsonObject p = r.body[u"properties"_s].toObject();
        QVERIFY(!p.contains(u"status"_s));
        QVERIFY(!p.contains(u"services"_s));
        QCOMPARE(p[u"inputs"_s][u"training_data"_s][u"uri"_s].toString(),
            u"azureml://datastores/workspaceblobstore/paths/retrain/new.csv"_s);
        QCOMPARE(p[u"inputs"_s][u"label_column"_s][u"value"_s].toString(), u"income"_s);
        QVERIFY(!p[u"outputs"_s].toObject().contains(u"default"_s));
        QVERIFY(!p[u"outputs"_s][u"model"_s].toObject().contains(u"uri"_s));
        QCOMPARE(p[u"outputs"_s][u"model"_s][u"jobOutputType"_s].toString(), u"mlflow_model"_s);
        QCOMPARE(p[u"properties"_s].toObject(), (QJsonObject { { u"team"_s, u"data"_s } }));
        QCOMPARE(p[u"tags"_s][u"mlretrain.retrainOf"_s].toString(), u"census-train-1"_s);
        QCOMPARE(p[u"tags"_s][u"owner"_s].toString(), u"me"_s);
        QCOMPARE(p[u"displayName"_s].toString(), u"census-income training (retrained)"_s);
        QCOMPARE(p[u"command"_s], job.raw[u"properties"_s][u"command"_s]);
    }

    void retrainBodyInputChoice_data()
    {
        QTest::addColumn<QByteArray>("inputs");
        QTest::addColumn<QString>("asked");
        QTest::addColumn<QString>("chosen"); // empty: an error naming the inputs
        QTest::newRow("the only data input") << QByteArray(
            "{\"census\":{\"jobInputType\":\"uri_file\",\"uri\":\"a\"},\"k\":{\"jobInputType\":\"literal\","
            "\"value\":\"1\"}}") << QString() << u"census"_s;
        QTest::newRow("PascalCase type")
            << QByteArray("{\"data\":{\"jobInputType\":\"UriFolder\",\"uri\":\"a\"}}") << QString()
            << u"data"_s;
        QTest::newRow("ambiguous") << QByteArray("{\"a\":{\"jobInputType\":\"uri_file\",\"uri\":\"a\"},\"b\":"
                                                 "{\"jobInputType\":\"uri_file\",\"uri\":\"b\"}}")
                                   << QString() << QString();
        QTest::newRow("asked") << QByteArray("{\"a\":{\"jobInputType\":\"uri_file\",\"uri\":\"a\"},\"b\":{"
                                             "\"jobInputType\":\"uri_file\",\"uri\":\"b\"}}")
                               << u"b"_s << u"b"_s;
        QTest::newRow("asked for a literal")
            << QByteArray("{\"k\":{\"jobInputType\":\"literal\",\"value\":\"1\"}}") << u"k"_s << QString();
        QTest::newRow("no data input")
            << QByteArray("{\"k\":{\"jobInputType\":\"literal\",\"value\":\"1\"}}") << QString() << QString();
    }
    void retrainBodyInputChoice()
    {
        QFETCH(QByteArray, inputs);
        QFETCH(QString, asked);
        QFETCH(QString, chosen);
        Error error;
        const auto job = parseJob(json(QByteArray("{\"name\":\"j\",\"properties\":{\"jobType\":\"Pipeline\","
                                                  "\"status\":\"Completed\",\"inputs\":")
                                      + inputs + "}}"),
            &error);
        QVERIFY(job);
        const auto made = retrainJobBody(*job, u"azureml:new-data:1"_s, asked);
        if (chosen.isEmpty()) {
            QVERIFY(std::holds_alternative<Error>(made));
            const QString message = std::get<Error>(made).message();
            QVERIFY2(message.contains(u"'j'"_s), qPrintable(message));
            return;
        }
        QVERIFY(std::holds_alternative<RetrainRequest>(made));
        QCOMPARE(std::get<RetrainRequest>(made).input, chosen);
        QCOMPARE(
            std::get<RetrainRequest>(made).body[u"properties"_s][u"inputs"_s][chosen][u"uri"_s].toString(),
            u"azureml:new-data:1"_s);
    }

    void workspaceTargetFromProfile()
    {
        Profile p;
        QVERIFY(!p.set(u"kind"_s, u"azureml"_s));
        QVERIFY(!p.set(u"armUrl"_s, u"https://127.0.0.1:8443"_s));
        QVERIFY(!p.set(u"subscriptionId"_s, u"00000000-1111-2222-3333-444444444444"_s));
        QVERIFY(!p.set(u"resourceGroup"_s, u"rg"_s));
        QVERIFY(!p.set(u"workspace"_s, u"ws1"_s));
        const WorkspaceTarget t = WorkspaceTarget::fromProfile(p);
        QVERIFY(!t.validate());
        QCOMPARE(t.url(u"/jobs/j1"_s).toString(),
            u"https://127.0.0.1:8443/subscriptions/00000000-1111-2222-3333-444444444444/resourceGroups/rg/"
            u"providers/"
            u"Microsoft.MachineLearningServices/workspaces/ws1/jobs/j1?api-version=2022-10-01"_s);
        QVERIFY(t.arm.mayReceiveToken(t.url(u"/jobs"_s)));
        WorkspaceTarget noWorkspace = t;
        noWorkspace.workspace.clear();
        QVERIFY(noWorkspace.validate().message().contains(u"workspace"_s));
    }
};

QTEST_GUILESS_MAIN(TestAzureMlResources)
#include "tst_azuremlresources.moc"
