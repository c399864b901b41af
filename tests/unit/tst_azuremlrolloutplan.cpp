// The pure rules of an Azure ML (v2) roll-out: deployment names, model versions, the bodies of
// the model version, deployment and endpoint PUTs, traffic stages, rollback maps, the endpoint
// backup file, and the sample rows of a smoke test taken from a CSV.

#include "azureml/rolloutbackup.h"
#include "azureml/rolloutplan.h"
#include "azureml/samplerows.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mlr;
using namespace mlr::azureml;

namespace {

QJsonObject json(const QByteArray &text)
{
    return QJsonDocument::fromJson(text).object();
}

const QString ws
    = u"/subscriptions/s/resourceGroups/g/providers/Microsoft.MachineLearningServices/workspaces/w"_s;

// The blue deployment as the sandbox answers GET .../deployments/blue.
OnlineDeployment blue()
{
    Error error;
    return *parseDeployment(
        json(QByteArray("{\"id\":\"") + ws.toUtf8()
            + "/onlineEndpoints/e/deployments/blue\",\"name\":\"blue\",\"type\":\"Microsoft."
              "MachineLearningServices/workspaces/onlineEndpoints/"
              "deployments\",\"systemData\":{\"createdAt\":"
              "\"2026-01-01T00:00:00Z\"},\"location\":\"westeurope\",\"kind\":\"Managed\",\"tags\":{\"team\":"
              "\"data\"},\"sku\":{\"name\":\"Default\",\"tier\":\"Standard\",\"capacity\":3},\"properties\":{"
              "\"endpointComputeType\":\"Managed\",\"instanceType\":\"Standard_DS3_v2\",\"model\":\""
            + ws.toUtf8()
            + "/models/census-income/versions/1\",\"environmentId\":\"azureml:sklearn-env:3\","
              "\"codeConfiguration\":{\"codeId\":\"azureml:score-src:1\",\"scoringScript\":\"score.py\"},"
              "\"requestSettings\":{\"requestTimeout\":\"PT5S\",\"maxConcurrentRequestsPerInstance\":2},"
              "\"livenessProbe\":{\"initialDelay\":\"PT10S\",\"period\":\"PT10S\"},\"environmentVariables\":{"
              "\"A\":\"1\"},\"provisioningState\":\"Succeeded\",\"properties\":{\"AzureAsyncOperationUri\":"
              "\"https://x\",\"owner\":\"me\"}}}"),
        &error);
}

OnlineEndpoint endpoint(const QByteArray &traffic, const QByteArray &mirror = {})
{
    Error error;
    return *parseEndpoint(
        json(
            "{\"id\":\"x/onlineEndpoints/e\",\"name\":\"e\",\"location\":\"westeurope\",\"kind\":\"Managed\","
            "\"identity\":{\"type\":\"SystemAssigned\",\"principalId\":\"p\",\"tenantId\":\"t\"},\"tags\":{"
            "\"a\":\"b\"},\"properties\":{\"authMode\":\"Key\",\"description\":\"census scorer\","
            "\"scoringUri\":\"https://e/score\",\"swaggerUri\":\"https://e/swagger.json\","
            "\"provisioningState\":\"Succeeded\",\"publicNetworkAccess\":\"Enabled\",\"properties\":{"
            "\"azureml.onlineendpointid\":\"x\"},\"traffic\":"
            + traffic + (mirror.isEmpty() ? QByteArray() : ",\"mirrorTraffic\":" + mirror) + "}}"),
        &error);
}

ModelVersion version(const QString &v, const QString &job = {})
{
    ModelVersion m;
    m.name = u"census-income"_s;
    m.version = v;
    m.jobName = job;
    return m;
}

TrafficMap traffic(const QByteArray &text)
{
    TrafficMap map;
    const QJsonObject o = json(text);
    for (auto it = o.begin(); it != o.end(); ++it)
        map.insert(it.key(), it.value().toInt());
    return map;
}

} // namespace

class TestAzureMlRolloutPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deploymentNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("green") << u"green"_s << true;
        QTest::newRow("dashes") << u"blue-2-a"_s << true;
        QTest::newRow("too short") << u"ab"_s << false;
        QTest::newRow("32") << QString(32, u'a') << true;
        QTest::newRow("33") << QString(33, u'a') << false;
        QTest::newRow("double dash") << u"blue--2"_s << false;
        QTest::newRow("leading digit") << u"2blue"_s << false;
        QTest::newRow("trailing dash") << u"blue-"_s << false;
        QTest::newRow("underscore") << u"blue_2"_s << false;
    }
    void deploymentNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QCOMPARE(isValidDeploymentName(name), valid);
    }

    void nextColour_data()
    {
        QTest::addColumn<QStringList>("taken");
        QTest::addColumn<QString>("current");
        QTest::addColumn<QString>("next");
        QTest::newRow("blue in production") << QStringList { u"blue"_s } << u"blue"_s << u"green"_s;
        QTest::newRow("green in production") << QStringList { u"green"_s } << u"green"_s << u"blue"_s;
        QTest::newRow("case-insensitive") << QStringList { u"Green"_s } << u"Green"_s << u"blue"_s;
        QTest::newRow("both taken") << QStringList { u"blue"_s, u"green"_s } << u"blue"_s << u"blue-2"_s;
        QTest::newRow("suffix continues")
            << QStringList { u"blue"_s, u"green"_s, u"blue-2"_s } << u"blue-2"_s << u"blue-3"_s;
        QTest::newRow("other name") << QStringList { u"blue"_s, u"green"_s, u"prod"_s } << u"prod"_s
                                    << u"prod-2"_s;
        QTest::newRow("long name stays valid") << QStringList { u"blue"_s, u"green"_s, QString(32, u'a') }
                                               << QString(32, u'a') << QString(QString(28, u'a') + u"-2"_s);
        QTest::newRow("invalid current")
            << QStringList { u"blue"_s, u"green"_s } << u"7up"_s << u"deployment-2"_s;
    }
    void nextColour()
    {
        QFETCH(QStringList, taken);
        QFETCH(QString, current);
        QFETCH(QString, next);
        QCOMPARE(nextDeploymentName(taken, current), next);
        QVERIFY(isValidDeploymentName(next));
    }

    void modelVersions_data()
    {
        QTest::addColumn<QStringList>("existing");
        QTest::addColumn<QString>("nextVersion");
        QTest::addColumn<QString>("next");
        QTest::newRow("none") << QStringList {} << QString() << u"1"_s;
        QTest::newRow("max + 1") << QStringList { u"1"_s, u"7"_s, u"3"_s } << QString() << u"8"_s;
        QTest::newRow("nextVersion larger") << QStringList { u"1"_s } << u"5"_s << u"5"_s;
        QTest::newRow("nextVersion smaller") << QStringList { u"9"_s } << u"2"_s << u"10"_s;
        QTest::newRow("text versions ignored") << QStringList { u"v2"_s, u"3"_s } << QString() << u"4"_s;
    }
    void modelVersions()
    {
        QFETCH(QStringList, existing);
        QFETCH(QString, nextVersion);
        QFETCH(QString, next);
        QList<ModelVersion> versions;
        for (const QString &v : existing)
            versions.append(version(v));
        QCOMPARE(nextModelVersion(versions, nextVersion), next);
    }

    void versionOfAJob()
    {
        const QList<ModelVersion> versions { version(u"1"_s, u"train-1"_s), version(u"2"_s, u"Retrain-7"_s) };
        QCOMPARE(versionOfJob(versions, u"retrain-7"_s)->version, u"2"_s);
        QVERIFY(!versionOfJob(versions, u"retrain-8"_s));
        QVERIFY(!versionOfJob(versions, QString()));
    }

    void modelVersionBodyHasLineage()
    {
        ModelRegistration r;
        r.jobName = u"retrain-7"_s;
        r.modelType = u"mlflow_model"_s;
        r.description = u"retrained"_s;
        r.previousModel = u"census-income:1"_s;
        r.tags.insert(u"auc"_s, u"0.91"_s);
        const QJsonObject p = modelVersionBody(r)[u"properties"_s].toObject();
        QCOMPARE(p[u"modelUri"_s].toString(), u"azureml://jobs/retrain-7/outputs/model/paths/"_s);
        QCOMPARE(p[u"jobName"_s].toString(), u"retrain-7"_s);
        QCOMPARE(p[u"modelType"_s].toString(), u"mlflow_model"_s);
        QCOMPARE(p[u"description"_s].toString(), u"retrained"_s);
        QCOMPARE(p[u"tags"_s][u"auc"_s].toString(), u"0.91"_s);
        QCOMPARE(p[u"tags"_s][u"mlretrain.job"_s].toString(), u"retrain-7"_s);
        QCOMPARE(p[u"tags"_s][u"mlretrain.replaces"_s].toString(), u"census-income:1"_s);
        QCOMPARE(p[u"isAnonymous"_s].toBool(true), false);
        r.output = u"best_model"_s;
        r.modelType.clear();
        const QJsonObject q = modelVersionBody(r)[u"properties"_s].toObject();
        QCOMPARE(q[u"modelUri"_s].toString(), u"azureml://jobs/retrain-7/outputs/best_model/paths/"_s);
        QCOMPARE(q[u"modelType"_s].toString(), u"custom_model"_s);
    }

    void deploymentIsCloned()
    {
        WorkspaceTarget target;
        target.arm.subscriptionId = u"s"_s;
        target.arm.resourceGroup = u"g"_s;
        target.workspace = u"w"_s;
        const QString id = modelVersionId(target, u"census-income"_s, u"2"_s);
        QCOMPARE(id, ws + u"/models/census-income/versions/2"_s);
        const OnlineDeployment current = blue();
        const QJsonObject body = deploymentBody(current, id);
        for (const QString &member : { u"id"_s, u"name"_s, u"type"_s, u"systemData"_s })
            QVERIFY2(!body.contains(member), qPrintable(member));
        const QJsonObject p = body[u"properties"_s].toObject();
        QVERIFY(!p.contains(u"provisioningState"_s));
        QCOMPARE(p[u"model"_s].toString(), id);
        QCOMPARE(p[u"properties"_s].toObject(), (QJsonObject { { u"owner"_s, u"me"_s } }));
        // Everything else as the current deployment has it.
        QCOMPARE(body[u"sku"_s][u"capacity"_s].toInt(), 3);
        QCOMPARE(body[u"location"_s].toString(), u"westeurope"_s);
        QCOMPARE(body[u"tags"_s], current.raw[u"tags"_s]);
        for (const QString &member :
            { u"instanceType"_s, u"environmentId"_s, u"codeConfiguration"_s, u"requestSettings"_s,
                u"livenessProbe"_s, u"environmentVariables"_s, u"endpointComputeType"_s })
            QCOMPARE(p[member], current.raw[u"properties"_s][member]);
    }

    void endpointBodyReplacesTraffic_data()
    {
        QTest::addColumn<QByteArray>("mirror");
        QTest::addColumn<QByteArray>("traffic");
        QTest::addColumn<QByteArray>("expectedMirror"); // empty: no mirrorTraffic member
        QTest::newRow("no mirror") << QByteArray() << QByteArray("{\"blue\":90,\"green\":10}")
                                   << QByteArray();
        QTest::newRow("mirror kept") << QByteArray("{\"shadow\":10}")
                                     << QByteArray("{\"blue\":90,\"green\":10}")
                                     << QByteArray("{\"shadow\":10}");
        QTest::newRow("mirror of a live deployment dropped")
            << QByteArray("{\"green\":10}") << QByteArray("{\"blue\":90,\"green\":10}") << QByteArray("{}");
    }
    void endpointBodyReplacesTraffic()
    {
        QFETCH(QByteArray, mirror);
        QFETCH(QByteArray, traffic);
        QFETCH(QByteArray, expectedMirror);
        const OnlineEndpoint e = endpoint("{\"blue\":100}", mirror);
        const QJsonObject body = endpointBody(e, ::traffic(traffic));
        QVERIFY(!body.contains(u"id"_s));
        QVERIFY(!body.contains(u"name"_s));
        QCOMPARE(body[u"identity"_s].toObject(), (QJsonObject { { u"type"_s, u"SystemAssigned"_s } }));
        QCOMPARE(body[u"tags"_s].toObject(), (QJsonObject { { u"a"_s, u"b"_s } }));
        const QJsonObject p = body[u"properties"_s].toObject();
        QCOMPARE(p[u"traffic"_s].toObject(), json(traffic));
        QCOMPARE(p[u"authMode"_s].toString(), u"Key"_s);
        QCOMPARE(p[u"description"_s].toString(), u"census scorer"_s);
        QCOMPARE(p[u"publicNetworkAccess"_s].toString(), u"Enabled"_s);
        for (const QString &member :
            { u"scoringUri"_s, u"swaggerUri"_s, u"provisioningState"_s, u"properties"_s })
            QVERIFY2(!p.contains(member), qPrintable(member));
        QCOMPARE(p.contains(u"mirrorTraffic"_s), !expectedMirror.isEmpty());
        if (!expectedMirror.isEmpty())
            QCOMPARE(p[u"mirrorTraffic"_s].toObject(), json(expectedMirror));
    }

    void stages_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<int>>("stages");
        QTest::addColumn<QString>("problem"); // part of the error
        QTest::newRow("default") << u"10,100"_s << QList<int> { 10, 100 } << QString();
        QTest::newRow("spaces") << u" 5, 50 ,100"_s << QList<int> { 5, 50, 100 } << QString();
        QTest::newRow("cut over") << u"100"_s << QList<int> { 100 } << QString();
        QTest::newRow("empty") << QString() << QList<int> {} << u"'' is not a whole number"_s;
        QTest::newRow("zero") << u"0,100"_s << QList<int> {} << u"'0' is not a whole number from 1 to 100"_s;
        QTest::newRow("too much") << u"10,101"_s << QList<int> {} << u"'101'"_s;
        QTest::newRow("text") << u"ten,100"_s << QList<int> {} << u"'ten'"_s;
        QTest::newRow("fraction") << u"12.5,100"_s << QList<int> {} << u"'12.5'"_s;
        QTest::newRow("decreasing") << u"50,10,100"_s << QList<int> {} << u"10 does not come after 50"_s;
        QTest::newRow("repeated") << u"10,10,100"_s << QList<int> {} << u"10 does not come after 10"_s;
        QTest::newRow("not ending at 100") << u"10,50"_s << QList<int> {} << u"the last stage is 50"_s;
    }
    void stages()
    {
        QFETCH(QString, text);
        QFETCH(QList<int>, stages);
        QFETCH(QString, problem);
        const auto parsed = parseStages(text);
        if (problem.isEmpty()) {
            QVERIFY(std::holds_alternative<QList<int>>(parsed));
            QCOMPARE(std::get<QList<int>>(parsed), stages);
            return;
        }
        QVERIFY(std::holds_alternative<Error>(parsed));
        const Error error = std::get<Error>(parsed);
        QCOMPARE(error.kind, Error::Kind::Input);
        QVERIFY2(error.message().contains(problem), qPrintable(error.message()));
        QVERIFY2(error.message().contains(u"\"10,100\""_s), qPrintable(error.message()));
    }

    void trafficOfEachStage_data()
    {
        QTest::addColumn<QByteArray>("current");
        QTest::addColumn<QList<int>>("percents");
        QTest::addColumn<QByteArrayList>("expected"); // traffic maps; empty: refused
        QTest::addColumn<QList<bool>>("done");
        QTest::addColumn<QString>("problem");
        QTest::newRow("blue to green")
            << QByteArray("{\"blue\":100}") << QList<int> { 10, 100 }
            << QByteArrayList { "{\"blue\":90,\"green\":10}", "{\"blue\":0,\"green\":100}" }
            << QList<bool> { false, false } << QString();
        QTest::newRow("a re-run after the canary")
            << QByteArray("{\"blue\":90,\"green\":10}") << QList<int> { 10, 100 }
            << QByteArrayList { "{\"blue\":90,\"green\":10}", "{\"blue\":0,\"green\":100}" }
            << QList<bool> { true, false } << QString();
        QTest::newRow("further than a stage")
            << QByteArray("{\"blue\":50,\"green\":50}") << QList<int> { 10, 25, 100 }
            << QByteArrayList { "{\"blue\":90,\"green\":10}", "{\"blue\":75,\"green\":25}",
                   "{\"blue\":0,\"green\":100}" }
            << QList<bool> { true, true, false } << QString();
        QTest::newRow("a third deployment at 0 % is left out")
            << QByteArray("{\"blue\":100,\"old\":0}") << QList<int> { 100 }
            << QByteArrayList { "{\"blue\":0,\"green\":100}" } << QList<bool> { false } << QString();
        QTest::newRow("a third deployment with traffic")
            << QByteArray("{\"blue\":80,\"red\":20}") << QList<int> { 10, 100 } << QByteArrayList {}
            << QList<bool> {} << u"red (20 %) also receive traffic"_s;
        QTest::newRow("no traffic") << QByteArray("{\"blue\":0}") << QList<int> { 100 } << QByteArrayList {}
                                    << QList<bool> {} << u"No deployment of the endpoint has traffic"_s;
        QTest::newRow("not ending at 100") << QByteArray("{\"blue\":100}") << QList<int> { 10 }
                                           << QByteArrayList {} << QList<bool> {} << u"end with 100"_s;
    }
    void trafficOfEachStage()
    {
        QFETCH(QByteArray, current);
        QFETCH(QList<int>, percents);
        QFETCH(QByteArrayList, expected);
        QFETCH(QList<bool>, done);
        QFETCH(QString, problem);
        const auto stages = trafficStages(traffic(current), u"blue"_s, u"green"_s, percents);
        if (!problem.isEmpty()) {
            QVERIFY(std::holds_alternative<Error>(stages));
            QVERIFY2(std::get<Error>(stages).message().contains(problem),
                qPrintable(std::get<Error>(stages).message()));
            return;
        }
        QVERIFY(std::holds_alternative<QList<TrafficStage>>(stages));
        const QList<TrafficStage> list = std::get<QList<TrafficStage>>(stages);
        QCOMPARE(list.size(), expected.size());
        for (qsizetype i = 0; i < list.size(); ++i) {
            QCOMPARE(list[i].traffic, traffic(expected[i]));
            QCOMPARE(list[i].percent, percents[i]);
            QCOMPARE(list[i].done, done[i]);
        }
    }

    void sameTrafficIgnoresZeros_data()
    {
        QTest::addColumn<QByteArray>("a");
        QTest::addColumn<QByteArray>("b");
        QTest::addColumn<bool>("same");
        QTest::newRow("equal") << QByteArray("{\"blue\":90,\"green\":10}")
                               << QByteArray("{\"green\":10,\"blue\":90}") << true;
        QTest::newRow("zero vs absent")
            << QByteArray("{\"blue\":100,\"green\":0}") << QByteArray("{\"blue\":100}") << true;
        QTest::newRow("case") << QByteArray("{\"Blue\":100}") << QByteArray("{\"blue\":100}") << true;
        QTest::newRow("different") << QByteArray("{\"blue\":90,\"green\":10}")
                                   << QByteArray("{\"blue\":100,\"green\":0}") << false;
        QTest::newRow("empty vs some") << QByteArray("{}") << QByteArray("{\"blue\":100}") << false;
    }
    void sameTrafficIgnoresZeros()
    {
        QFETCH(QByteArray, a);
        QFETCH(QByteArray, b);
        QFETCH(bool, same);
        QCOMPARE(sameTraffic(traffic(a), traffic(b)), same);
        QCOMPARE(sameTraffic(traffic(b), traffic(a)), same);
    }

    void rollbackMaps_data()
    {
        QTest::addColumn<QByteArray>("before");
        QTest::addColumn<QByteArray>("restored");
        QTest::newRow("first run") << QByteArray("{\"blue\":100}") << QByteArray("{\"blue\":100}");
        QTest::newRow("after the canary")
            << QByteArray("{\"blue\":90,\"green\":10}") << QByteArray("{\"blue\":100}");
        QTest::newRow("after the cut-over")
            << QByteArray("{\"blue\":0,\"green\":100}") << QByteArray("{\"blue\":100}");
        QTest::newRow("a mirror-free split kept")
            << QByteArray("{\"blue\":70,\"red\":30}") << QByteArray("{\"blue\":70,\"red\":30}");
    }
    void rollbackMaps()
    {
        QFETCH(QByteArray, before);
        QFETCH(QByteArray, restored);
        QCOMPARE(rollbackTraffic(traffic(before), u"blue"_s, u"green"_s), traffic(restored));
    }

    void descriptions()
    {
        QCOMPARE(describeTraffic(traffic("{\"blue\":90,\"green\":10}")), u"blue 90 %, green 10 %"_s);
        QCOMPARE(describeTraffic(traffic("{\"blue\":0}")), u"no deployment has traffic"_s);
        OnlineDeployment green = blue();
        green.name = u"green"_s;
        green.model = ws + u"/models/census-income/versions/2"_s;
        green.provisioningState = u"Failed"_s;
        QCOMPARE(describeDeployments({ blue(), green }),
            u"blue (Succeeded, census-income 1), green (Failed, census-income 2)"_s);
        QCOMPARE(describeDeployments({}), u"none"_s);
    }

    void backupRoundTrip()
    {
        QTemporaryDir dir;
        RolloutBackup backup;
        backup.takenUtc = QDateTime(QDate(2026, 3, 1), QTime(12, 30, 5, 7), Qt::UTC);
        backup.workspace = ws;
        backup.endpoint = endpoint("{\"blue\":90,\"green\":10}");
        backup.deployments = { blue() };
        ModelVersion model = version(u"1"_s, u"train-1"_s);
        model.raw = json(QByteArray("{\"id\":\"") + ws.toUtf8()
            + "/models/census-income/versions/1\",\"name\":\"1\",\"properties\":{\"modelUri\":\"azureml://"
              "jobs/train-1/outputs/model/paths/\",\"jobName\":\"train-1\"}}");
        backup.models = { model };
        backup.rollback = { u"e"_s, u"blue"_s, u"green"_s, traffic("{\"blue\":100}") };
        Error error;
        const QString file = writeRolloutBackup(dir.filePath(u"backups"_s), backup, &error);
        QVERIFY2(!file.isEmpty(), qPrintable(error.message()));
        QVERIFY(file.endsWith(u"/azureml-e-20260301-123005-007Z.json"_s));
        QCOMPARE(QFile::permissions(file) & (QFileDevice::ReadGroup | QFileDevice::ReadOther), 0);
        const auto read = readRolloutBackup(file, &error);
        QVERIFY2(read, qPrintable(error.message()));
        QCOMPARE(read->takenUtc, backup.takenUtc);
        QCOMPARE(read->workspace, ws);
        QCOMPARE(read->endpoint.traffic, backup.endpoint.traffic);
        QCOMPARE(read->deployments.size(), 1);
        QCOMPARE(read->deployments.first().raw, blue().raw);
        QCOMPARE(read->models.size(), 1);
        QCOMPARE(read->models.first().jobName, u"train-1"_s);
        QCOMPARE(read->rollback.endpoint, u"e"_s);
        QCOMPARE(read->rollback.previousDeployment, u"blue"_s);
        QCOMPARE(read->rollback.candidate, u"green"_s);
        QCOMPARE(read->rollback.traffic, traffic("{\"blue\":100}"));

        // Newest first; another endpoint whose name continues this one's is not listed.
        backup.takenUtc = backup.takenUtc.addSecs(60);
        const QString newer = writeRolloutBackup(dir.filePath(u"backups"_s), backup, &error);
        OnlineEndpoint other = backup.endpoint;
        other.name = u"e-2"_s;
        backup.endpoint = other;
        QVERIFY(!writeRolloutBackup(dir.filePath(u"backups"_s), backup, &error).isEmpty());
        QCOMPARE(listRolloutBackups(dir.filePath(u"backups"_s), u"e"_s), (QStringList { newer, file }));
    }

    void backupWithoutRollbackMember()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(u"b.json"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(
            QJsonObject { { u"format"_s, u"mlretrain-azureml-rollout-backup"_s }, { u"version"_s, 1 },
                { u"endpoint"_s, endpoint("{\"blue\":70,\"green\":30}").raw } })
                    .toJson());
        f.close();
        Error error;
        const auto read = readRolloutBackup(f.fileName(), &error);
        QVERIFY2(read, qPrintable(error.message()));
        QCOMPARE(read->rollback.previousDeployment, u"blue"_s);
        QCOMPARE(read->rollback.traffic, traffic("{\"blue\":70,\"green\":30}"));
    }

    void badBackups_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("problem");
        QTest::newRow("not JSON") << QByteArray("{\"format\":") << u"not JSON"_s;
        QTest::newRow("a classic export") << QByteArray("{\"properties\":{}}") << u"not a backup"_s;
        QTest::newRow("no traffic") << QByteArray(
            "{\"format\":\"mlretrain-azureml-rollout-backup\",\"endpoint\":{"
            "\"name\":\"e\",\"properties\":{\"traffic\":{}}}}")
                                    << u"nothing to roll back to"_s;
    }
    void badBackups()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, problem);
        QTemporaryDir dir;
        QFile f(dir.filePath(u"b.json"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        Error error;
        QVERIFY(!readRolloutBackup(f.fileName(), &error));
        QCOMPARE(error.kind, Error::Kind::Input);
        QVERIFY2(error.message().contains(problem), qPrintable(error.message()));
        QVERIFY(error.message().contains(f.fileName()));
        QVERIFY(!readRolloutBackup(dir.filePath(u"missing.json"_s), &error));
    }

    void sampleRows_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("label");
        QTest::addColumn<int>("maxRows");
        QTest::addColumn<QStringList>("columns");
        QTest::addColumn<int>("rows");
        QTest::addColumn<QString>("problem");
        const QByteArray census
            = "age,workclass,income\n39,State-gov,<=50K\n50,\"Self, emp\",>50K\n38,Private,<=50K\n";
        QTest::newRow("label dropped")
            << census << u"income"_s << 2 << QStringList { u"age"_s, u"workclass"_s } << 2 << QString();
        QTest::newRow("fewer rows than asked")
            << census << u"income"_s << 10 << QStringList { u"age"_s, u"workclass"_s } << 3 << QString();
        QTest::newRow("no label") << census << QString() << 1
                                  << QStringList { u"age"_s, u"workclass"_s, u"income"_s } << 1 << QString();
        QTest::newRow("unknown label")
            << census << u"class"_s << 2 << QStringList {} << 0 << u"the header has no column 'class'"_s;
        QTest::newRow("ragged") << QByteArray("a,b\n1,2\n3\n") << QString() << 5 << QStringList {} << 0
                                << u"line 3 has 1 cells"_s;
        QTest::newRow("header only") << QByteArray("a,b\n") << QString() << 5 << QStringList {} << 0
                                     << u"no data row"_s;
        QTest::newRow("empty") << QByteArray() << QString() << 5 << QStringList {} << 0 << u"empty"_s;
    }
    void sampleRows()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, label);
        QFETCH(int, maxRows);
        QFETCH(QStringList, columns);
        QFETCH(int, rows);
        QFETCH(QString, problem);
        QTemporaryDir dir;
        QFile f(dir.filePath(u"new.csv"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(csv);
        f.close();
        Error error;
        const auto sample = sampleRowsFromCsv(f.fileName(), label, maxRows, &error);
        if (!problem.isEmpty()) {
            QVERIFY(!sample);
            QVERIFY2(error.message().contains(problem), qPrintable(error.message()));
            return;
        }
        QVERIFY2(sample, qPrintable(error.message()));
        QCOMPARE(sample->columns, columns);
        QCOMPARE(int(sample->rows.size()), rows);
        if (label == u"income"_s)
            QCOMPARE(sample->rows[1], (QStringList { u"50"_s, u"Self, emp"_s }));
    }
};

QTEST_GUILESS_MAIN(TestAzureMlRolloutPlan)
#include "tst_azuremlrolloutplan.moc"
