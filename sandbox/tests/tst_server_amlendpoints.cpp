// mlstudio-local's Azure ML (v2) online endpoints over HTTPS: a retrained model registered
// with its job, a green deployment beside blue, smoke tests through the
// azureml-model-deployment header, traffic weights honoured, the rules on traffic and
// deletion, keys, and state that survives a restart (a running job comes back Failed).

#include "tst_amlsupport.h"

#include <QNetworkAccessManager>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace mlr::test;

class TestServerAmlEndpoints : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void registerRetrainedModel();
    void greenDeploymentAtZeroTraffic();
    void trafficWeightsHonoured();
    void deploymentWithTrafficIsNotDeleted();
    void rollbackAndRetire();
    void badWrites_data();
    void badWrites();
    void keys();
    void tokenAuthModes();
    void restartKeepsStateAndFailsRunningJobs();
    void answersMatchTheSwagger();

private:
    // The scoring answers for `body` from the deployment named by the header (or by traffic).
    HttpResult score(const QByteArray &body, const QByteArray &deployment = {}, const QString &key = {});
    QJsonObject endpointBody(const QJsonObject &traffic) const;
    QStringList servedBy(int calls); // who answered each of `calls` requests (8 at a time)

    ServerProcess m_server;
    AmlClient m_aml;
    QString m_scoringUri;
    QString m_key;
};

void TestServerAmlEndpoints::initTestCase()
{
    QString why;
    QVERIFY2(
        m_server.start(
            { u"--seed-demo"_s, u"--aml-job-pace"_s, u"50"_s, u"--aml-provision-delay"_s, u"200"_s }, &why),
        qPrintable(why));
    QVERIFY2(m_aml.open(m_server.demo().value(u"azureml"_s).toObject(), &why), qPrintable(why));
    const HttpResult endpoint = m_aml.get(u"/onlineEndpoints/census-endpoint"_s);
    m_scoringUri = endpoint.json()[u"properties"_s][u"scoringUri"_s].toString();
    QVERIFY(m_scoringUri.startsWith(m_server.azureml));
    QCOMPARE(m_scoringUri, m_aml.demo[u"scoringUri"_s].toString());
    const HttpResult keys = m_aml.post(u"/onlineEndpoints/census-endpoint/listKeys"_s);
    QCOMPARE(keys.status, 200);
    m_aml.record(u"OnlineEndpoints_ListKeys"_s, keys);
    m_key = keys.json()[u"primaryKey"_s].toString();
    QVERIFY(!m_key.isEmpty());
}

HttpResult TestServerAmlEndpoints::score(
    const QByteArray &body, const QByteArray &deployment, const QString &key)
{
    Headers headers = bearer(key.isEmpty() ? m_key : key);
    if (!deployment.isEmpty())
        headers.append({ "azureml-model-deployment", deployment });
    return http("POST", QUrl(m_scoringUri), body, headers);
}

QJsonObject TestServerAmlEndpoints::endpointBody(const QJsonObject &traffic) const
{
    return { { u"location"_s, u"westeurope"_s },
        { u"identity"_s, QJsonObject { { u"type"_s, u"SystemAssigned"_s } } },
        { u"properties"_s, QJsonObject { { u"authMode"_s, u"Key"_s }, { u"traffic"_s, traffic } } } };
}

QStringList TestServerAmlEndpoints::servedBy(int calls)
{
    QNetworkAccessManager nam;
    QNetworkRequest request { QUrl(m_scoringUri) };
    applyTrustedCa(request);
    request.setRawHeader("Authorization", "Bearer " + m_key.toUtf8());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    const QByteArray body = censusScoringBody(1);
    QStringList who;
    int sent = 0, inFlight = 0;
    const auto sendOne = [&]() {
        ++sent;
        ++inFlight;
        QNetworkReply *reply = nam.post(request, body);
        QObject::connect(reply, &QNetworkReply::finished, reply, [&, reply]() {
            --inFlight;
            who.append(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200
                    ? QString::fromUtf8(reply->rawHeader("azureml-model-deployment"))
                    : u"error %1"_s.arg(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt()));
            reply->deleteLater();
        });
    };
    while (who.size() < calls) {
        while (inFlight < 8 && sent < calls)
            sendOne();
        const qsizetype before = who.size();
        if (!QTest::qWaitFor([&] { return who.size() > before; }, 30000))
            break;
    }
    return who;
}

void TestServerAmlEndpoints::registerRetrainedModel()
{
    const QString data
        = uploadToDatastore(m_aml.demo, m_aml.demo[u"newData"_s].toString(), u"retrain/new.csv"_s);
    QCOMPARE(m_aml.put(u"/jobs/retrain-2"_s, trainingJobBody(data)).status, 201);
    QCOMPARE(m_aml.waitJob(u"retrain-2"_s)[u"properties"_s][u"status"_s].toString(), u"Completed"_s);
    const QJsonObject version { { u"properties"_s,
        QJsonObject { { u"modelType"_s, u"mlflow_model"_s },
            { u"modelUri"_s, u"azureml://jobs/retrain-2/outputs/model/paths/"_s },
            { u"jobName"_s, u"retrain-2"_s }, { u"description"_s, u"retrained on the new data"_s } } } };
    m_aml.recordRequest(u"ModelVersions_CreateOrUpdate"_s, version);
    const HttpResult put = m_aml.put(u"/models/census-income/versions/2"_s, version);
    QCOMPARE(put.status, 201);
    m_aml.record(u"ModelVersions_CreateOrUpdate"_s, put);
    QCOMPARE(m_aml.put(u"/models/census-income/versions/2"_s, version).status, 200); // same definition
    QJsonObject other = version;
    QJsonObject p = other[u"properties"_s].toObject();
    p.insert(u"modelUri"_s, u"azureml://jobs/census-train-1/outputs/model/paths/"_s);
    other.insert(u"properties"_s, p);
    QCOMPARE(m_aml.put(u"/models/census-income/versions/2"_s, other).status, 409); // versions are immutable
    const HttpResult list = m_aml.get(u"/models/census-income/versions?$orderBy=createdtime%20desc&$top=1"_s);
    QCOMPARE(list.status, 200);
    m_aml.record(u"ModelVersions_List"_s, list);
    QCOMPARE(list.json()[u"value"_s].toArray().size(), 1);
    QCOMPARE(list.json()[u"value"_s][0][u"name"_s].toString(), u"2"_s);
    QCOMPARE(
        m_aml.get(u"/models/census-income"_s).json()[u"properties"_s][u"latestVersion"_s].toString(), u"2"_s);
}

void TestServerAmlEndpoints::greenDeploymentAtZeroTraffic()
{
    QJsonObject green = m_aml.get(u"/onlineEndpoints/census-endpoint/deployments/blue"_s).json();
    QJsonObject p = green[u"properties"_s].toObject();
    p.insert(u"model"_s,
        QString(m_aml.workspaceUrl().mid(m_aml.demo[u"armUrl"_s].toString().size())
            + u"/models/census-income/versions/2"_s));
    p.remove(u"provisioningState"_s);
    green
        = { { u"location"_s, green[u"location"_s] }, { u"sku"_s, green[u"sku"_s] }, { u"properties"_s, p } };
    m_aml.recordRequest(u"OnlineDeployments_CreateOrUpdate"_s, green);
    const HttpResult put = m_aml.put(u"/onlineEndpoints/census-endpoint/deployments/green"_s, green);
    QCOMPARE(put.status, 201);
    m_aml.record(u"OnlineDeployments_CreateOrUpdate"_s, put);
    QVERIFY(put.header("Azure-AsyncOperation").contains("/mfeOperationsStatus/od:"));
    QCOMPARE(put.json()[u"properties"_s][u"provisioningState"_s].toString(), u"Creating"_s);
    QCOMPARE(m_aml.waitOperation(put)[u"status"_s].toString(), u"Succeeded"_s);
    const HttpResult got = m_aml.get(u"/onlineEndpoints/census-endpoint/deployments/green"_s);
    m_aml.record(u"OnlineDeployments_Get"_s, got);
    QCOMPARE(got.json()[u"properties"_s][u"provisioningState"_s].toString(), u"Succeeded"_s);
    QCOMPARE(got.json()[u"sku"_s][u"capacity"_s].toInt(), 1);

    // 0 % traffic: only the header reaches green; both answer the same rows differently.
    const QByteArray rows = censusScoringBody(4);
    const HttpResult fromGreen = score(rows, "green");
    QCOMPARE(fromGreen.status, 200);
    QCOMPARE(fromGreen.header("azureml-model-deployment"), QByteArray("green"));
    const HttpResult fromBlue = score(rows, "blue");
    QCOMPARE(fromBlue.header("azureml-model-deployment"), QByteArray("blue"));
    const QJsonArray g = QJsonDocument::fromJson(fromGreen.body).array();
    const QJsonArray b = QJsonDocument::fromJson(fromBlue.body).array();
    QCOMPARE(g.size(), 4);
    QCOMPARE(b.size(), 4);
    double difference = 0;
    for (int i = 0; i < 4; ++i)
        difference += std::abs(
            g[i][u"Scored Probabilities"_s].toDouble() - b[i][u"Scored Probabilities"_s].toDouble());
    QVERIFY2(difference > 1e-3, "the new model's predictions equal the old model's");
    for (const QString &who : servedBy(40))
        QCOMPARE(who, u"blue"_s);
    QCOMPARE(score(rows, "no-such-deployment").status, 404);
}

void TestServerAmlEndpoints::trafficWeightsHonoured()
{
    const HttpResult put = m_aml.put(
        u"/onlineEndpoints/census-endpoint"_s, endpointBody({ { u"blue"_s, 70 }, { u"green"_s, 30 } }));
    QCOMPARE(put.status, 201);
    m_aml.record(u"OnlineEndpoints_CreateOrUpdate"_s, put);
    m_aml.recordRequest(
        u"OnlineEndpoints_CreateOrUpdate"_s, endpointBody({ { u"blue"_s, 70 }, { u"green"_s, 30 } }));
    // The 201 body and a read-back before the operation ends still show the old traffic.
    QCOMPARE(put.json()[u"properties"_s][u"traffic"_s].toObject(), (QJsonObject { { u"blue"_s, 100 } }));
    QCOMPARE(
        m_aml.get(u"/onlineEndpoints/census-endpoint"_s).json()[u"properties"_s][u"traffic"_s].toObject(),
        (QJsonObject { { u"blue"_s, 100 } }));
    QCOMPARE(m_aml.waitOperation(put)[u"status"_s].toString(), u"Succeeded"_s);
    QCOMPARE(
        m_aml.get(u"/onlineEndpoints/census-endpoint"_s).json()[u"properties"_s][u"traffic"_s].toObject(),
        (QJsonObject { { u"blue"_s, 70 }, { u"green"_s, 30 } }));

    const QStringList who = servedBy(1000);
    QCOMPARE(who.size(), 1000);
    const qsizetype green = who.count(u"green"_s);
    QCOMPARE(green + who.count(u"blue"_s), 1000);
    // Binomial(1000, 0.3): mean 300, standard deviation 14.5; 5 deviations either side.
    QVERIFY2(green >= 228 && green <= 372, qPrintable(u"green answered %1 of 1000"_s.arg(green)));
}

void TestServerAmlEndpoints::deploymentWithTrafficIsNotDeleted()
{
    const HttpResult del = m_aml.del(u"/onlineEndpoints/census-endpoint/deployments/green"_s);
    QCOMPARE(del.status, 202);
    QVERIFY(!del.header("Location").isEmpty());
    const QJsonObject op = m_aml.waitOperation(del);
    QCOMPARE(op[u"status"_s].toString(), u"Failed"_s);
    QCOMPARE(op[u"error"_s][u"code"_s].toString(), u"BadArgument"_s);
    QVERIFY(op[u"error"_s][u"message"_s].toString().startsWith(u"Deployment has traffic"_s));
    QCOMPARE(m_aml.get(u"/onlineEndpoints/census-endpoint/deployments/green"_s).status, 200);
}

void TestServerAmlEndpoints::rollbackAndRetire()
{
    const HttpResult back = m_aml.put(
        u"/onlineEndpoints/census-endpoint"_s, endpointBody({ { u"blue"_s, 100 }, { u"green"_s, 0 } }));
    QCOMPARE(back.status, 201);
    QCOMPARE(m_aml.waitOperation(back)[u"status"_s].toString(), u"Succeeded"_s);
    for (const QString &who : servedBy(30))
        QCOMPARE(who, u"blue"_s);
    const HttpResult del = m_aml.del(u"/onlineEndpoints/census-endpoint/deployments/green"_s);
    QCOMPARE(m_aml.waitOperation(del)[u"status"_s].toString(), u"Succeeded"_s);
    QCOMPARE(m_aml.get(u"/onlineEndpoints/census-endpoint/deployments/green"_s).status, 404);
    const HttpResult logs = m_aml.post(u"/onlineEndpoints/census-endpoint/deployments/blue/getLogs"_s,
        { { u"containerType"_s, u"InferenceServer"_s }, { u"tail"_s, 10 } });
    QCOMPARE(logs.status, 200);
    m_aml.record(u"OnlineDeployments_GetLogs"_s, logs);
    QVERIFY(logs.json()[u"content"_s].toString().contains(u"Model loaded"_s));
}

void TestServerAmlEndpoints::badWrites_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("says");
    const QJsonObject deployment { { u"location"_s, u"westeurope"_s },
        { u"properties"_s,
            QJsonObject { { u"endpointComputeType"_s, u"Managed"_s },
                { u"model"_s, u"azureml:census-income:9"_s } } } };
    QTest::newRow("unknown model") << u"/onlineEndpoints/census-endpoint/deployments/red"_s << deployment
                                   << 400 << u"Could not find asset with ID: azureml:census-income:9"_s;
    QJsonObject noType = deployment;
    noType.insert(u"properties"_s, QJsonObject { { u"model"_s, u"azureml:census-income:1"_s } });
    QTest::newRow("no endpointComputeType")
        << u"/onlineEndpoints/census-endpoint/deployments/red"_s << noType << 400 << u"endpointComputeType"_s;
    QTest::newRow("bad deployment name")
        << u"/onlineEndpoints/census-endpoint/deployments/9-x"_s << deployment << 400 << u"is not valid"_s;
    QTest::newRow("traffic sums to 90") << u"/onlineEndpoints/census-endpoint"_s
                                        << endpointBody({ { u"blue"_s, 90 } }) << 400 << u"add up to 90"_s;
    QTest::newRow("traffic to unknown deployment")
        << u"/onlineEndpoints/census-endpoint"_s << endpointBody({ { u"blue"_s, 50 }, { u"ghost"_s, 50 } })
        << 400 << u"'ghost'"_s;
    QTest::newRow("traffic as text") << u"/onlineEndpoints/census-endpoint"_s
                                     << endpointBody({ { u"blue"_s, u"100"_s } }) << 400 << u"whole number"_s;
    QJsonObject noAuth = endpointBody({});
    noAuth.insert(u"properties"_s, QJsonObject {});
    QTest::newRow("no authMode") << u"/onlineEndpoints/other-endpoint"_s << noAuth << 400 << u"authMode"_s;
}

void TestServerAmlEndpoints::badWrites()
{
    QFETCH(QString, path);
    QFETCH(QJsonObject, body);
    QFETCH(int, status);
    QFETCH(QString, says);
    const HttpResult r = m_aml.put(path, body);
    QCOMPARE(r.status, status);
    QVERIFY2(r.json()[u"error"_s][u"message"_s].toString().contains(says), qPrintable(r.describe()));
    QCOMPARE(
        m_aml.get(u"/onlineEndpoints/census-endpoint"_s).json()[u"properties"_s][u"traffic"_s].toObject(),
        (QJsonObject { { u"blue"_s, 100 }, { u"green"_s, 0 } }));
}

void TestServerAmlEndpoints::keys()
{
    // Overlapping writes: the second PUT while the first runs is a conflict.
    const HttpResult first
        = m_aml.put(u"/onlineEndpoints/census-endpoint"_s, endpointBody({ { u"blue"_s, 100 } }));
    QCOMPARE(first.status, 201);
    const HttpResult second
        = m_aml.put(u"/onlineEndpoints/census-endpoint"_s, endpointBody({ { u"blue"_s, 100 } }));
    QCOMPARE(second.status, 409);
    QCOMPARE(m_aml.waitOperation(first)[u"status"_s].toString(), u"Succeeded"_s);
    // PATCH changes tags only.
    const HttpResult patched = http("PATCH", QUrl(m_aml.url(u"/onlineEndpoints/census-endpoint"_s)),
        R"({"tags":{"owner":"tests"},"properties":{"traffic":{"blue":0}}})", bearer(m_aml.token));
    QCOMPARE(patched.status, 200);
    QCOMPARE(patched.json()[u"tags"_s][u"owner"_s].toString(), u"tests"_s);
    QCOMPARE(patched.json()[u"properties"_s][u"traffic"_s][u"blue"_s].toInt(), 100);

    const HttpResult regenerate = m_aml.post(
        u"/onlineEndpoints/census-endpoint/regenerateKeys"_s, { { u"keyType"_s, u"Primary"_s } });
    QCOMPARE(regenerate.status, 202);
    const QUrl location(QString::fromUtf8(regenerate.header("Location")));
    QTRY_COMPARE_WITH_TIMEOUT(http("GET", location, {}, bearer(m_aml.token)).status, 200, 10000);
    QCOMPARE(score(censusScoringBody(1)).status, 401); // the old primary key
    const QString fresh
        = m_aml.post(u"/onlineEndpoints/census-endpoint/listKeys"_s).json()[u"primaryKey"_s].toString();
    QVERIFY(fresh != m_key);
    m_key = fresh;
    QCOMPARE(score(censusScoringBody(1)).status, 200);
    QCOMPARE(m_aml.post(u"/onlineEndpoints/census-endpoint/token"_s).status, 400); // a Key endpoint
    QCOMPARE(m_aml.get(u"/onlineEndpoints/no-such-endpoint"_s).status, 404);
    const HttpResult list = m_aml.get(u"/onlineEndpoints"_s);
    m_aml.record(u"OnlineEndpoints_List"_s, list);
    QCOMPARE(list.json()[u"value"_s].toArray().size(), 2); // census-endpoint, housing-endpoint
}

// An AMLToken endpoint takes the tokens of POST .../token, an AADToken one Entra tokens for
// https://ml.azure.com; keys are refused by both.
void TestServerAmlEndpoints::tokenAuthModes()
{
    QJsonObject body = endpointBody({});
    QJsonObject p = body[u"properties"_s].toObject();
    p.insert(u"authMode"_s, u"AMLToken"_s);
    body.insert(u"properties"_s, p);
    HttpResult put = m_aml.put(u"/onlineEndpoints/token-endpoint"_s, body);
    QCOMPARE(put.status, 201);
    QCOMPARE(put.json()[u"properties"_s][u"scoringUri"_s], QJsonValue(QJsonValue::Null));
    QCOMPARE(m_aml.waitOperation(put)[u"status"_s].toString(), u"Succeeded"_s);
    const QJsonObject deployment { { u"location"_s, u"westeurope"_s },
        { u"sku"_s, QJsonObject { { u"name"_s, u"Default"_s }, { u"capacity"_s, 2 } } },
        { u"properties"_s,
            QJsonObject { { u"endpointComputeType"_s, u"Managed"_s },
                { u"model"_s, u"azureml:census-income:1"_s } } } };
    put = m_aml.put(u"/onlineEndpoints/token-endpoint/deployments/only"_s, deployment);
    QCOMPARE(put.status, 201);
    QCOMPARE(m_aml.waitOperation(put)[u"status"_s].toString(), u"Succeeded"_s);
    p.insert(u"traffic"_s, QJsonObject { { u"only"_s, 100 } });
    body.insert(u"properties"_s, p);
    QCOMPARE(
        m_aml.waitOperation(m_aml.put(u"/onlineEndpoints/token-endpoint"_s, body))[u"status"_s].toString(),
        u"Succeeded"_s);
    const QString uri
        = m_aml.get(u"/onlineEndpoints/token-endpoint"_s).json()[u"properties"_s][u"scoringUri"_s].toString();
    const HttpResult token = m_aml.post(u"/onlineEndpoints/token-endpoint/token"_s);
    QCOMPARE(token.status, 200);
    m_aml.record(u"OnlineEndpoints_GetToken"_s, token);
    QVERIFY(token.json()[u"expiryTimeUtc"_s].toInteger() > QDateTime::currentSecsSinceEpoch());
    const QString amlToken = token.json()[u"accessToken"_s].toString();
    const QString keyOfIt
        = m_aml.post(u"/onlineEndpoints/token-endpoint/listKeys"_s).json()[u"primaryKey"_s].toString();
    QCOMPARE(http("POST", QUrl(uri), censusScoringBody(1), bearer(amlToken)).status, 200);
    QCOMPARE(http("POST", QUrl(uri), censusScoringBody(1), bearer(keyOfIt)).status, 401);
    QCOMPARE(http("POST", QUrl(uri), censusScoringBody(1)).status, 401);

    p.insert(u"authMode"_s, u"AADToken"_s);
    body.insert(u"properties"_s, p);
    QCOMPARE(
        m_aml.waitOperation(m_aml.put(u"/onlineEndpoints/token-endpoint"_s, body))[u"status"_s].toString(),
        u"Succeeded"_s);
    const QString entra = demoToken(m_aml.demo, u"https://ml.azure.com/.default"_s);
    QCOMPARE(http("POST", QUrl(uri), censusScoringBody(1), bearer(entra)).status, 200);
    QCOMPARE(http("POST", QUrl(uri), censusScoringBody(1), bearer(amlToken)).status, 401);
    QCOMPARE(http("POST", QUrl(uri), censusScoringBody(1), bearer(m_aml.token)).status, 401); // ARM audience
}

void TestServerAmlEndpoints::restartKeepsStateAndFailsRunningJobs()
{
    const QString data
        = uploadToDatastore(m_aml.demo, m_aml.demo[u"newData"_s].toString(), u"retrain/new.csv"_s);
    QCOMPARE(m_aml.put(u"/jobs/interrupted-1"_s, trainingJobBody(data)).status, 201);
    const QString dir = m_server.dataDir();
    m_server.stop();
    QString why;
    // Re-seeding reuses everything and only refreshes the URLs (new ports) in demo.json.
    QVERIFY2(m_server.start({ u"--seed-demo"_s }, &why, dir), qPrintable(why));
    const QJsonObject section = m_server.demo().value(u"azureml"_s).toObject();
    QCOMPARE(section[u"armUrl"_s].toString(), m_server.azureml);
    QVERIFY2(m_aml.open(section, &why), qPrintable(why));
    const QJsonObject job = m_aml.get(u"/jobs/interrupted-1"_s).json();
    QCOMPARE(job[u"properties"_s][u"status"_s].toString(), u"Failed"_s);
    QVERIFY2(job[u"properties"_s][u"properties"_s][u"mlstudio.errorMessage"_s].toString().contains(
                 u"mlstudio-local stopped"_s),
        QJsonDocument(job).toJson().constData());
    QCOMPARE(m_aml.get(u"/jobs/retrain-2"_s).json()[u"properties"_s][u"status"_s].toString(), u"Completed"_s);
    QCOMPARE(m_aml.get(u"/models/census-income/versions/2"_s).status, 200);
    m_scoringUri = m_aml.get(u"/onlineEndpoints/census-endpoint"_s)
                       .json()[u"properties"_s][u"scoringUri"_s]
                       .toString();
    const HttpResult answer = score(censusScoringBody(2));
    QVERIFY2(answer.status == 200, qPrintable(answer.describe()));
    QCOMPARE(answer.header("azureml-model-deployment"), QByteArray("blue"));
}

// What the tests sent and received, against the official swagger (mfe.json 2022-10-01).
void TestServerAmlEndpoints::answersMatchTheSwagger()
{
    m_aml.record(u"OnlineEndpoints_Get"_s, m_aml.get(u"/onlineEndpoints/token-endpoint"_s));
    m_aml.record(
        u"OnlineDeployments_Get"_s, m_aml.get(u"/onlineEndpoints/token-endpoint/deployments/only"_s));
    QVERIFY(m_aml.recorded().size() >= 13);
    QString output, failures;
    QVERIFY2(m_aml.validateRecorded(&output, &failures), qPrintable(failures + output.right(300)));
    QCOMPARE(output.count(u'\n'), m_aml.recorded().size());
}

QTEST_GUILESS_MAIN(TestServerAmlEndpoints)
#include "tst_server_amlendpoints.moc"
