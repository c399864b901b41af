// mlstudio-local's Azure ML (v2) surface over HTTPS (the sandbox CA trusted explicitly): the
// demo seed, jobs that really train on the new CSV (metrics.json and MLflow agree), cancel,
// and bad input answered with clear ARM errors.

#include "http/requestfactory.h"
#include "http/trustedcas.h"
#include "tst_amlsupport.h"

#include <QNetworkAccessManager>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mlr::test;

class TestServerAzureMl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void demoSeeded();
    void datastoreSecretsReadTheBlobs();
    void jobTrainsForReal();
    void jobCancel();
    void pipelineJobOfModules();
    void badCsvFailsWithItsLine();
    void badInput_data();
    void badInput();
    void tokenAudienceAndExpiry();
    void plainHttpIsRefused();
    void faultsOnV2Routes();
    void coreRequestsTrustTheProfileCa();
    void answersMatchTheSwagger();

private:
    ServerProcess m_server;
    AmlClient m_aml;
    QString m_newDataUri;
};

void TestServerAzureMl::initTestCase()
{
    QString why;
    QVERIFY2(
        m_server.start(
            { u"--seed-demo"_s, u"--aml-job-pace"_s, u"50"_s, u"--aml-provision-delay"_s, u"200"_s }, &why),
        qPrintable(why));
    QVERIFY(m_server.azureml.startsWith(u"https://127.0.0.1:"_s));
    QCOMPARE(m_server.caFile, QDir(m_server.dataDir()).filePath(u"ca.pem"_s));
    const QJsonObject section = m_server.demo().value(u"azureml"_s).toObject();
    QCOMPARE(section[u"caFile"_s].toString(), m_server.caFile);
    QCOMPARE(section[u"armUrl"_s].toString(), m_server.azureml);
    QVERIFY2(m_aml.open(section, &why), qPrintable(why));
    m_newDataUri = uploadToDatastore(section, section[u"newData"_s].toString(), u"retrain/census-new.csv"_s);
    QVERIFY(!m_newDataUri.isEmpty());
}

void TestServerAzureMl::demoSeeded()
{
    const HttpResult list = http("GET",
        QUrl(
            u"%1/subscriptions/%2/providers/Microsoft.MachineLearningServices/workspaces?api-version=2022-10-01"_s
                .arg(m_aml.demo[u"armUrl"_s].toString(), m_aml.demo[u"subscriptionId"_s].toString())),
        {}, bearer(m_aml.token));
    QCOMPARE(list.status, 200);
    QCOMPARE(list.json()[u"value"_s].toArray().size(), 1);
    m_aml.record(u"Workspaces_ListBySubscription"_s, list);

    const HttpResult ws = m_aml.get({});
    QCOMPARE(ws.status, 200);
    m_aml.record(u"Workspaces_Get"_s, ws);
    const QJsonObject p = ws.json()[u"properties"_s].toObject();
    QCOMPARE(p[u"workspaceId"_s].toString(), m_aml.demo[u"workspaceId"_s].toString());
    QVERIFY(p[u"mlFlowTrackingUri"_s].toString().startsWith(u"azureml://127.0.0.1:"_s));
    QVERIFY(p[u"discoveryUrl"_s].toString().startsWith(m_server.azureml));
    QVERIFY(p[u"storageAccount"_s].toString().endsWith(u"/storageAccounts/devstoreaccount1"_s));

    const HttpResult job = m_aml.get(u"/jobs/census-train-1"_s);
    QCOMPARE(job.status, 200);
    m_aml.record(u"Jobs_Get"_s, job);
    QCOMPARE(job.json()[u"properties"_s][u"status"_s].toString(), u"Completed"_s);
    QVERIFY(job.json()[u"properties"_s][u"outputs"_s][u"model"_s][u"uri"_s].toString().startsWith(
        u"azureml://datastores/workspaceblobstore/paths/azureml/census-train-1/model/"_s));

    const HttpResult model = m_aml.get(u"/models/census-income/versions/1"_s);
    QCOMPARE(model.status, 200);
    m_aml.record(u"ModelVersions_Get"_s, model);
    QCOMPARE(model.json()[u"properties"_s][u"jobName"_s].toString(), u"census-train-1"_s);
    const HttpResult container = m_aml.get(u"/models/census-income"_s);
    QCOMPARE(container.json()[u"properties"_s][u"nextVersion"_s].toString(), u"2"_s);
    m_aml.record(u"ModelContainers_Get"_s, container);

    const HttpResult endpoint = m_aml.get(u"/onlineEndpoints/census-endpoint"_s);
    QCOMPARE(endpoint.status, 200);
    m_aml.record(u"OnlineEndpoints_Get"_s, endpoint);
    QCOMPARE(endpoint.json()[u"properties"_s][u"traffic"_s].toObject(), (QJsonObject { { u"blue"_s, 100 } }));
    const HttpResult deployments = m_aml.get(u"/onlineEndpoints/census-endpoint/deployments"_s);
    QCOMPARE(deployments.json()[u"value"_s].toArray().size(), 1);
    m_aml.record(u"OnlineDeployments_List"_s, deployments);
    QVERIFY(deployments.json()[u"value"_s][0][u"properties"_s][u"model"_s].toString().endsWith(
        u"/models/census-income/versions/1"_s));
}

void TestServerAzureMl::datastoreSecretsReadTheBlobs()
{
    const HttpResult stores = m_aml.get(u"/datastores?isDefault=true"_s);
    QCOMPARE(stores.status, 200);
    m_aml.record(u"Datastores_List"_s, stores);
    const QJsonArray value = stores.json()[u"value"_s].toArray();
    QCOMPARE(value.size(), 1);
    QCOMPARE(value[0][u"name"_s].toString(), u"workspaceblobstore"_s);
    const QString container = value[0][u"properties"_s][u"containerName"_s].toString();
    QCOMPARE(container, u"azureml-blobstore-"_s + m_aml.demo[u"workspaceId"_s].toString());
    const HttpResult secrets = m_aml.post(u"/datastores/workspaceblobstore/listSecrets"_s);
    QCOMPARE(secrets.status, 200);
    m_aml.record(u"Datastores_ListSecrets"_s, secrets);
    QCOMPARE(secrets.json()[u"secretsType"_s].toString(), u"AccountKey"_s);
    // The key is the account's: a connection string made of it reads the seeded training data.
    const QString endpoint
        = value[0][u"properties"_s][u"properties"_s][u"mlstudio.blobEndpoint"_s].toString();
    const QString connection
        = u"DefaultEndpointsProtocol=http;AccountName=%1;AccountKey=%2;BlobEndpoint=%3;"_s.arg(
            value[0][u"properties"_s][u"accountName"_s].toString(), secrets.json()[u"key"_s].toString(),
            endpoint);
    QVERIFY(putBlob(connection, container, u"probe/secret-check.txt"_s, "written with listSecrets' key"));
    QCOMPARE(m_aml.get(u"/datastores/nosuchstore"_s).status, 404);
}

void TestServerAzureMl::jobTrainsForReal()
{
    m_aml.recordRequest(u"Jobs_CreateOrUpdate"_s, trainingJobBody(m_newDataUri));
    const HttpResult put = m_aml.put(u"/jobs/retrain-new-1"_s, trainingJobBody(m_newDataUri));
    QVERIFY2(put.status == 201, qPrintable(put.describe()));
    m_aml.record(u"Jobs_CreateOrUpdate"_s, put);
    QCOMPARE(put.json()[u"properties"_s][u"status"_s].toString(), u"Starting"_s);
    const QJsonObject done = m_aml.waitJob(u"retrain-new-1"_s);
    QVERIFY2(done[u"properties"_s][u"status"_s].toString() == u"Completed"_s,
        QJsonDocument(done).toJson().constData());

    // metrics.json of the metrics output, read from the storage account.
    const QString metricsUri = done[u"properties"_s][u"outputs"_s][u"metrics"_s][u"uri"_s].toString();
    QVERIFY(metricsUri.startsWith(u"azureml://datastores/workspaceblobstore/paths/"_s));
    const QString container = u"azureml-blobstore-"_s + m_aml.demo[u"workspaceId"_s].toString();
    const QString blob = metricsUri.mid(QStringView(u"azureml://datastores/workspaceblobstore/paths/").size())
        + u"metrics.json"_s;
    const QByteArray metricsJson
        = getBlob(m_aml.demo[u"storageConnectionString"_s].toString(), container, blob);
    const double fileAuc = QJsonDocument::fromJson(metricsJson).object()[u"AUC"_s].toDouble(-1);
    QVERIFY2(fileAuc > 0.7 && fileAuc < 1, metricsJson.constData());

    // MLflow reports the same AUC under the job's name as run id.
    const QString tracking = m_aml.workspaceUrl().replace(
        m_aml.demo[u"armUrl"_s].toString(), m_aml.demo[u"armUrl"_s].toString() + u"/mlflow/v1.0"_s);
    const HttpResult run = http(
        "GET", QUrl(tracking + u"/api/2.0/mlflow/runs/get?run_id=retrain-new-1"_s), {}, bearer(m_aml.token));
    QCOMPARE(run.status, 200);
    QCOMPARE(run.json()[u"run"_s][u"info"_s][u"status"_s].toString(), u"FINISHED"_s);
    double mlflowAuc = -1;
    for (const QJsonValue &m : run.json()[u"run"_s][u"data"_s][u"metrics"_s].toArray())
        if (m[u"key"_s].toString() == u"AUC"_s)
            mlflowAuc = m[u"value"_s].toDouble();
    QCOMPARE(mlflowAuc, fileAuc);
    const HttpResult history = http("GET",
        QUrl(tracking + u"/api/2.0/mlflow/metrics/get-history?run_id=retrain-new-1&metric_key=AUC"_s), {},
        bearer(m_aml.token));
    QCOMPARE(history.json()[u"metrics"_s][0][u"value"_s].toDouble(), fileAuc);
    const HttpResult experiment = http("GET",
        QUrl(tracking + u"/api/2.0/mlflow/experiments/get-by-name?experiment_name=retrain-tests"_s), {},
        bearer(m_aml.token));
    QCOMPARE(experiment.status, 200);
    QCOMPARE(http("GET", QUrl(tracking + u"/api/2.0/mlflow/runs/get?run_id=no-such-run"_s), {},
                 bearer(m_aml.token))
                 .json()[u"error_code"_s]
                 .toString(),
        u"RESOURCE_DOES_NOT_EXIST"_s);

    // The production model's job trained on other data: another AUC.
    const HttpResult old = http(
        "GET", QUrl(tracking + u"/api/2.0/mlflow/runs/get?run_id=census-train-1"_s), {}, bearer(m_aml.token));
    double oldAuc = -1;
    for (const QJsonValue &m : old.json()[u"run"_s][u"data"_s][u"metrics"_s].toArray())
        if (m[u"key"_s].toString() == u"AUC"_s)
            oldAuc = m[u"value"_s].toDouble();
    QVERIFY(oldAuc > 0.7);
    QVERIFY(qAbs(oldAuc - fileAuc) > 1e-6);

    // Listed, newest first.
    const HttpResult jobs = m_aml.get(u"/jobs"_s);
    QCOMPARE(jobs.status, 200);
    m_aml.record(u"Jobs_List"_s, jobs);
    QCOMPARE(jobs.json()[u"value"_s][0][u"name"_s].toString(), u"retrain-new-1"_s);
    // Jobs are immutable: the same name again is a conflict.
    QCOMPARE(m_aml.put(u"/jobs/retrain-new-1"_s, trainingJobBody(m_newDataUri)).status, 409);
}

void TestServerAzureMl::jobCancel()
{
    // Boosted trees on the new CSV, canceled while it is being prepared or run.
    const HttpResult put = m_aml.put(u"/jobs/retrain-cancel-1"_s,
        trainingJobBody(m_newDataUri, u"income"_s, u"two_class_boosted_decision_tree"_s));
    QCOMPARE(put.status, 201);
    const HttpResult cancel = m_aml.post(u"/jobs/retrain-cancel-1/cancel"_s);
    QCOMPARE(cancel.status, 202);
    const QUrl location(QString::fromUtf8(cancel.header("Location")));
    QVERIFY(location.path().contains(u"/mfeOperationResults/"_s));
    QVERIFY(!cancel.header("Retry-After").isEmpty());
    HttpResult polled;
    QTRY_VERIFY_WITH_TIMEOUT((polled = http("GET", location, {}, bearer(m_aml.token))).status == 200, 10000);
    const QJsonObject done = m_aml.waitJob(u"retrain-cancel-1"_s);
    QCOMPARE(done[u"properties"_s][u"status"_s].toString(), u"Canceled"_s);
    QVERIFY(!done[u"properties"_s][u"outputs"_s][u"model"_s].toObject().contains(u"uri"_s)
        || done[u"properties"_s][u"outputs"_s][u"model"_s][u"uri"_s].isNull());
    QCOMPARE(m_aml.post(u"/jobs/retrain-cancel-1/cancel"_s).status, 400); // already Canceled
}

// A pipeline of the sandbox's module components, on the seeded data asset.
void TestServerAzureMl::pipelineJobOfModules()
{
    const QByteArray body
        = R"({"properties":{"jobType":"Pipeline","displayName":"modules","experimentName":"retrain-tests",
      "inputs":{"census":{"jobInputType":"uri_file","uri":"azureml:census-data:1"}},
      "outputs":{"metrics":{"jobOutputType":"uri_folder"},"model":{"jobOutputType":"mlflow_model"}},
      "settings":{"continue_on_step_failure":false},
      "jobs":{
        "split":{"type":"command","componentId":"azureml://registries/azureml/components/split_data/versions/1",
          "inputs":{"dataset":"${{parent.inputs.census}}","fraction_of_rows_in_the_first_output_dataset":"0.7",
                    "random_seed":"7"}},
        "learner":{"type":"command","component_id":"azureml:two_class_boosted_decision_tree:1",
          "inputs":{"number_of_trees_constructed":"20"}},
        "train":{"type":"command","componentId":"azureml:train_model:1",
          "inputs":{"untrained_model":"${{parent.jobs.learner.outputs.untrained_model}}",
            "dataset":"${{parent.jobs.split.outputs.results_dataset1}}","label_column":"income"},
          "outputs":{"trained_model":"${{parent.outputs.model}}"}},
        "score":{"type":"command","componentId":"azureml:score_model:1",
          "inputs":{"trained_model":"${{parent.jobs.train.outputs.trained_model}}",
            "dataset":"${{parent.jobs.split.outputs.results_dataset2}}"}},
        "evaluate":{"type":"command","componentId":"azureml:evaluate_model:1",
          "inputs":{"scored_dataset":"${{parent.jobs.score.outputs.scored_dataset}}"},
          "outputs":{"evaluation_results":"${{parent.outputs.metrics}}"}}}}})";
    const HttpResult put = http("PUT", QUrl(m_aml.url(u"/jobs/pipeline-1"_s)), body, bearer(m_aml.token));
    QVERIFY2(put.status == 201, qPrintable(put.describe()));
    QCOMPARE(put.json()[u"properties"_s][u"jobType"_s].toString(), u"Pipeline"_s);
    const QJsonObject done = m_aml.waitJob(u"pipeline-1"_s);
    QVERIFY2(done[u"properties"_s][u"status"_s].toString() == u"Completed"_s,
        QJsonDocument(done).toJson().constData());
    const QString container = u"azureml-blobstore-"_s + m_aml.demo[u"workspaceId"_s].toString();
    const QString connection = m_aml.demo[u"storageConnectionString"_s].toString();
    const double auc = QJsonDocument::fromJson(
        getBlob(connection, container, u"azureml/pipeline-1/metrics/metrics.json"_s))
                           .object()[u"AUC"_s]
                           .toDouble(-1);
    QVERIFY2(auc > 0.7 && auc < 1, qPrintable(QString::number(auc)));
    QVERIFY(getBlob(connection, container, u"azureml/pipeline-1/model/MLmodel"_s)
                .contains("model_file: model.ilearner"));
    const QByteArray log
        = getBlob(connection, u"azureml"_s, u"ExperimentRun/dcid.pipeline-1/user_logs/std_log.txt"_s);
    QVERIFY2(log.contains("Train Model") || log.contains("train"), log.constData());
}

void TestServerAzureMl::badCsvFailsWithItsLine()
{
    QVERIFY(putBlob(m_aml.demo[u"storageConnectionString"_s].toString(),
        u"azureml-blobstore-"_s + m_aml.demo[u"workspaceId"_s].toString(), u"retrain/ragged.csv"_s,
        "age,education,income\n39,Bachelors,<=50K\n50,Masters\n"));
    const HttpResult put = m_aml.put(u"/jobs/ragged-1"_s,
        trainingJobBody(u"azureml://datastores/workspaceblobstore/paths/retrain/ragged.csv"_s));
    QCOMPARE(put.status, 201);
    const QJsonObject done = m_aml.waitJob(u"ragged-1"_s);
    QCOMPARE(done[u"properties"_s][u"status"_s].toString(), u"Failed"_s);
    const QJsonObject error = done[u"properties"_s][u"properties"_s].toObject();
    QCOMPARE(error[u"mlstudio.errorCode"_s].toString(), u"UserError"_s);
    QVERIFY2(error[u"mlstudio.errorMessage"_s].toString().contains(u"row 2 (line 3)"_s),
        qPrintable(error[u"mlstudio.errorMessage"_s].toString()));
    const HttpResult run = http("GET",
        QUrl(m_aml.workspaceUrl().replace(
                 m_aml.demo[u"armUrl"_s].toString(), m_aml.demo[u"armUrl"_s].toString() + u"/mlflow/v1.0"_s)
            + u"/api/2.0/mlflow/runs/get?run_id=ragged-1"_s),
        {}, bearer(m_aml.token));
    QCOMPARE(run.json()[u"run"_s][u"info"_s][u"status"_s].toString(), u"FAILED"_s);
}

void TestServerAzureMl::badInput_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("says");
    const auto job = [](const std::function<void(QJsonObject &)> &edit) {
        QJsonObject body
            = trainingJobBody(u"azureml://datastores/workspaceblobstore/paths/retrain/census-new.csv"_s);
        QJsonObject p = body[u"properties"_s].toObject();
        edit(p);
        body.insert(u"properties"_s, p);
        return QJsonDocument(body).toJson(QJsonDocument::Compact);
    };
    const auto setInput = [](QJsonObject &p, const QString &name, const QJsonValue &value) {
        QJsonObject inputs = p[u"inputs"_s].toObject();
        if (value.isUndefined())
            inputs.remove(name);
        else
            inputs.insert(name, value);
        p.insert(u"inputs"_s, inputs);
    };
    QTest::newRow("not JSON") << QByteArray("{\"properties\": {\"jobType\": ") << 400 << u"UserError"_s
                              << u"not a JSON object"_s;
    QTest::newRow("unknown component") << job([](QJsonObject &p) {
        p.insert(u"componentId"_s, u"azureml://registries/azureml/components/no_such_module/versions/1"_s);
    }) << 400 << u"UserError"_s << u"no_such_module"_s;
    QTest::newRow("missing input") << job([&](QJsonObject &p) {
        setInput(p, u"label_column"_s, QJsonValue::Undefined);
    }) << 400 << u"UserError"_s << u"label_column"_s;
    QTest::newRow("uri input without uri") << job([&](QJsonObject &p) {
        setInput(p, u"training_data"_s, QJsonObject { { u"jobInputType"_s, u"uri_file"_s } });
    }) << 400 << u"BadRequest"_s << u"Request is invalid and/or missing fields."_s;
    QTest::newRow("unknown datastore") << job([&](QJsonObject &p) {
        setInput(p, u"training_data"_s,
            QJsonObject { { u"jobInputType"_s, u"uri_file"_s },
                { u"uri"_s, u"azureml://datastores/nosuchstore/paths/retrain/census-new.csv"_s } });
    }) << 400 << u"UserError"_s << u"Datastore 'nosuchstore'"_s;
    QTest::newRow("unknown datastore path") << job([&](QJsonObject &p) {
        setInput(p, u"training_data"_s,
            QJsonObject { { u"jobInputType"_s, u"uri_file"_s },
                { u"uri"_s, u"azureml://datastores/workspaceblobstore/paths/retrain/no-such-file.csv"_s } });
    }) << 400 << u"UserError"_s << u"retrain/no-such-file.csv does not exist"_s;
    QTest::newRow("unknown data asset") << job([&](QJsonObject &p) {
        setInput(p, u"training_data"_s,
            QJsonObject { { u"jobInputType"_s, u"uri_file"_s }, { u"uri"_s, u"azureml:no-such-data:3"_s } });
    }) << 400 << u"UserError"_s << u"Data asset 'azureml:no-such-data:3' does not exist"_s;
    QTest::newRow("no command") << job([](QJsonObject &p) { p.remove(u"command"_s); }) << 400
                                << u"BadRequest"_s << u"properties.command is required"_s;
}

void TestServerAzureMl::badInput()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, says);
    static int n = 0;
    const HttpResult r
        = http("PUT", QUrl(m_aml.url(u"/jobs/bad-input-%1"_s.arg(++n))), body, bearer(m_aml.token));
    QCOMPARE(r.status, status);
    const QJsonObject error = r.json()[u"error"_s].toObject();
    QCOMPARE(error[u"code"_s].toString(), code);
    QVERIFY2(error[u"message"_s].toString().contains(says), qPrintable(error[u"message"_s].toString()));
    QCOMPARE(m_aml.get(u"/jobs/bad-input-%1"_s.arg(n)).status, 404); // nothing was created
}

void TestServerAzureMl::tokenAudienceAndExpiry()
{
    const QString storageToken = demoToken(m_aml.demo, u"https://storage.azure.com/.default"_s);
    QVERIFY(!storageToken.isEmpty());
    HttpResult r = http("GET", QUrl(m_aml.url({})), {}, bearer(storageToken));
    QCOMPARE(r.status, 401);
    QCOMPARE(r.json()[u"error"_s][u"code"_s].toString(), u"InvalidAuthenticationTokenAudience"_s);
    QVERIFY(r.json()[u"error"_s][u"message"_s].toString().contains(u"https://storage.azure.com"_s));
    // The SDK asks for "<its endpoint>/.default": that audience is accepted too.
    const QString ownToken = demoToken(m_aml.demo, m_server.azureml + u"/.default"_s);
    QCOMPARE(http("GET", QUrl(m_aml.url({})), {}, bearer(ownToken)).status, 200);
    // Classic ARM does not take the v2 listener's audience.
    QCOMPARE(http("GET", QUrl(groupUrl(m_server.demo()) + u"?api-version=2017-01-01"_s), {}, bearer(ownToken))
                 .status,
        401);

    QCOMPARE(http("POST", QUrl(m_server.login + u"/admin/tokens/expire"_s)).status, 200);
    r = http("GET", QUrl(m_aml.url({})), {}, bearer(m_aml.token));
    QCOMPARE(r.status, 401);
    QCOMPARE(r.json()[u"error"_s][u"code"_s].toString(), u"ExpiredAuthenticationToken"_s);
    m_aml.token = demoToken(m_aml.demo);
    QCOMPARE(m_aml.get({}).status, 200);
    QCOMPARE(
        http("GET", QUrl(m_aml.url({}))).json()[u"error"_s][u"code"_s].toString(), u"AuthenticationFailed"_s);
}

void TestServerAzureMl::plainHttpIsRefused()
{
    QString plain = m_aml.url({});
    plain.replace(u"https://"_s, u"http://"_s);
    const HttpResult r = http("GET", QUrl(plain), {}, bearer(m_aml.token));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json()[u"error"_s][u"code"_s].toString(), u"HttpsRequired"_s);
    QVERIFY(r.json()[u"error"_s][u"message"_s].toString().contains(u"HTTPS only"_s));
    // Without the sandbox CA, the certificate is not trusted: the check stays on.
    QNetworkAccessManager nam;
    QNetworkReply *reply = nam.get(QNetworkRequest(QUrl(m_aml.url({}))));
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(reply->error(), QNetworkReply::SslHandshakeFailedError);
    delete reply;
}

// The fault injector covers the v2 routes (ids aml.*, sandbox/README.md): a 429 with
// Retry-After and an ARM body, a reset, and an update that succeeds without effect.
void TestServerAzureMl::faultsOnV2Routes()
{
    const QUrl faults(m_server.login + u"/admin/faults"_s);
    QCOMPARE(http("PUT", faults, "aml.jobs.get=429,times=1,retry-after=2").status, 200);
    HttpResult r = m_aml.get(u"/jobs/census-train-1"_s);
    QCOMPARE(r.status, 429);
    QCOMPARE(r.header("Retry-After"), QByteArray("2"));
    QCOMPARE(r.json()[u"error"_s][u"code"_s].toString(), u"TooManyRequests"_s);
    QCOMPARE(m_aml.get(u"/jobs/census-train-1"_s).status, 200);
    // Resets (every time: Qt resends a request whose connection was reset before any answer).
    QCOMPARE(http("PUT", faults, "aml.endpoints.keys=reset").status, 200);
    const HttpResult reset = m_aml.post(u"/onlineEndpoints/census-endpoint/listKeys"_s);
    QCOMPARE(reset.status, 0);
    QVERIFY(reset.error != QNetworkReply::NoError);
    QCOMPARE(http("DELETE", faults).status, 200);
    QCOMPARE(m_aml.post(u"/onlineEndpoints/census-endpoint/listKeys"_s).status, 200);

    QCOMPARE(http("PUT", faults, "aml.endpoints.put=noop,times=1").status, 200);
    const QJsonObject before = m_aml.get(u"/onlineEndpoints/census-endpoint"_s).json();
    QJsonObject body { { u"location"_s, before[u"location"_s] },
        { u"properties"_s,
            QJsonObject { { u"authMode"_s, u"Key"_s }, { u"description"_s, u"changed, but not really"_s },
                { u"traffic"_s, QJsonObject { { u"blue"_s, 100 } } } } } };
    const HttpResult put = m_aml.put(u"/onlineEndpoints/census-endpoint"_s, body);
    QCOMPARE(put.status, 201);
    QCOMPARE(m_aml.waitOperation(put)[u"status"_s].toString(), u"Succeeded"_s);
    QCOMPARE(m_aml.get(u"/onlineEndpoints/census-endpoint"_s).json()[u"properties"_s][u"description"_s],
        before[u"properties"_s][u"description"_s]);
    QCOMPARE(http("DELETE", faults).status, 200);
}

// The core's requests (RequestFactory) trust the sandbox CA once the profile's
// caCertificateFile is added, and not before: the certificate check stays on.
void TestServerAzureMl::coreRequestsTrustTheProfileCa()
{
    mlr::tls::clearForTests();
    const QUrl discovery(m_server.azureml + u"/discovery"_s);
    const auto get = [&]() {
        QNetworkAccessManager nam;
        QNetworkReply *reply = nam.get(mlr::RequestFactory().make(discovery));
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
            reply->abort();
        const auto result = std::make_pair(
            reply->error(), reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt());
        delete reply;
        return result;
    };
    QCOMPARE(get().first, QNetworkReply::SslHandshakeFailedError);
    QVERIFY(mlr::tls::trustCaFile(QDir(m_server.dataDir()).filePath(u"nothing.pem"_s)).isError());
    QVERIFY(mlr::tls::trustCaFile(QDir(m_server.dataDir()).filePath(u"identity.json"_s)).isError());
    const mlr::Error trusted = mlr::tls::trustCaFile(m_server.caFile);
    QVERIFY2(!trusted, qPrintable(trusted.message()));
    QCOMPARE(get(), std::make_pair(QNetworkReply::NoError, 200));
    mlr::tls::clearForTests();
}

// What the tests sent and received, against the official swagger (mfe.json 2022-10-01).
void TestServerAzureMl::answersMatchTheSwagger()
{
    const HttpResult pipeline = m_aml.get(u"/jobs/pipeline-1"_s);
    m_aml.record(u"Jobs_Get"_s, pipeline);
    m_aml.record(u"Jobs_Get"_s, m_aml.get(u"/jobs/ragged-1"_s));
    m_aml.record(u"DataVersions_Get"_s, m_aml.get(u"/data/census-data/versions/1"_s));
    m_aml.recordRequest(u"Jobs_CreateOrUpdate"_s, QJsonDocument::fromJson(pipeline.body).object());
    QVERIFY(m_aml.recorded().size() >= 16);
    QString output, failures;
    QVERIFY2(m_aml.validateRecorded(&output, &failures), qPrintable(failures + output.right(300)));
    QCOMPARE(output.count(u'\n'), m_aml.recorded().size());
}

QTEST_GUILESS_MAIN(TestServerAzureMl)
#include "tst_server_azureml.moc"
