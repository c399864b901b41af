// The whole retraining of the article by raw HTTP against mlstudio-local and Azurite
// (token, listKeys, BES submit/start/poll, results through the SAS, evaluation, ARM PATCH of
// the predictive service's model, async operation, RRS predictions change), the state kept
// across restarts (a job running at shutdown comes back Failed), and a pair created from a
// template for an arbitrary CSV.
#include "azuriteenv.h"
#include "storage/sas.h"
#include "storage/storageaccount.h"
#include "tst_serversupport.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace mlr::test;

namespace {

// The evaluation CSV (one header, one row) as name -> value.
QHash<QString, QString> parseEvaluation(const QByteArray &csv)
{
    const QList<QByteArray> lines = csv.trimmed().split('\n');
    QHash<QString, QString> out;
    if (lines.size() < 2)
        return out;
    const QStringList names = QString::fromUtf8(lines[0].trimmed()).split(u',');
    const QStringList values = QString::fromUtf8(lines[1].trimmed()).split(u',');
    for (qsizetype i = 0; i < names.size() && i < values.size(); ++i)
        out.insert(names[i], values[i]);
    return out;
}

QJsonArray scores(const QString &requestUrl, const QString &key)
{
    const QJsonObject body {
        { u"Inputs"_s,
            QJsonObject { { u"input1"_s,
                QJsonObject { { u"ColumnNames"_s, QJsonArray::fromStringList(censusFeatures()) },
                    { u"Values"_s, censusRows() } } } } },
        { u"GlobalParameters"_s, QJsonObject {} }
    };
    const HttpResult r = httpJson("POST", QUrl(requestUrl), body, bearer(key));
    return r.json()[u"Results"_s]
        .toObject()[u"output1"_s]
        .toObject()[u"value"_s]
        .toObject()[u"Values"_s]
        .toArray();
}

} // namespace

class TestServerRetrain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fullRetrainingByRawHttp()
    {
        ServerProcess server;
        QString why;
        QVERIFY2(server.start({ u"--seed-demo"_s }, &why), qPrintable(why));
        const QJsonObject demo = server.demo();
        for (const char *member :
            { "loginUrl", "armUrl", "tenant", "clientId", "clientSecret", "subscriptionId", "resourceGroup",
                "storageConnectionString", "trainingService", "predictiveService", "regression" })
            QVERIFY2(demo.contains(QLatin1StringView(member)), member);
        for (const char *file :
            { "census-initial.csv", "census-new.csv", "regression-initial.csv", "regression-new.csv" })
            QVERIFY(QFile::exists(QDir(server.dataDir()).filePath(QLatin1StringView(file))));

        // 1. Token (client credentials).
        const QString token = demoToken(demo);
        QVERIFY(!token.isEmpty());
        // 2. The training service's key through ARM listKeys.
        const QString training = demo[u"trainingService"_s].toObject()[u"name"_s].toString();
        const QString predictive = demo[u"predictiveService"_s].toObject()[u"name"_s].toString();
        const HttpResult keys
            = http("GET", QUrl(groupUrl(demo) + u'/' + training + u"/listKeys?api-version=2017-01-01"_s), {},
                bearer(token));
        QCOMPARE(keys.status, 200);
        const QString apiKey = keys.json()[u"primary"_s].toString();
        // 3. Upload the new data, then BES with least-privilege SAS references.
        const QString conn = demo[u"storageConnectionString"_s].toString();
        mlr::Error error;
        const mlr::StorageAccount account = *mlr::StorageAccount::fromConnectionString(conn, &error);
        QFile csv(QDir(server.dataDir()).filePath(u"census-new.csv"_s));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QVERIFY(putBlob(conn, u"retrain"_s, u"census-new.csv"_s, csv.readAll()));
        const QDateTime expiry = QDateTime::currentDateTimeUtc().addSecs(3600);
        const QString base = account.blobEndpoint.toString() + u'/';
        const auto ref = [&](const QString &blob, const mlr::SasPermissions &permissions) {
            return QJsonObject {
                { u"BaseLocation"_s, base }, { u"RelativeLocation"_s, QString(u"retrain/"_s + blob) },
                { u"SasBlobToken"_s,
                    QString(u'?' + mlr::serviceSasToken(account, u"retrain"_s, blob, permissions, expiry)) }
            };
        };
        const QJsonObject request {
            { u"Inputs"_s,
                QJsonObject { { u"input1"_s, ref(u"census-new.csv"_s, mlr::SasPermissions::readOnly()) } } },
            { u"Outputs"_s,
                QJsonObject {
                    { u"output1"_s, ref(u"model-new.ilearner"_s, mlr::SasPermissions::createWrite()) },
                    { u"output2"_s, ref(u"evaluation-new.csv"_s, mlr::SasPermissions::createWrite()) } } },
            { u"GlobalParameters"_s, QJsonObject {} }
        };
        const QString batch = demo[u"trainingService"_s].toObject()[u"batchUrl"_s].toString();
        const HttpResult submitted
            = httpJson("POST", QUrl(batch + u"/jobs?api-version=2.0"_s), request, bearer(apiKey));
        QVERIFY2(submitted.status == 200, qPrintable(submitted.describe()));
        const QString jobId = QString::fromLatin1(submitted.body.mid(1).chopped(1));
        QCOMPARE(
            http("POST", QUrl(batch + u"/jobs/"_s + jobId + u"/start?api-version=2.0"_s), {}, bearer(apiKey))
                .status,
            204);
        const QJsonObject status = waitJob(batch + u"/jobs/"_s + jobId + u"?api-version=2.0"_s, apiKey);
        QVERIFY2(
            status[u"StatusCode"_s].toString() == u"Finished"_s, QJsonDocument(status).toJson().constData());
        // 4. Results through the fresh read-only SAS.
        const QJsonObject results = status[u"Results"_s].toObject();
        const auto fetch = [](const QJsonObject &r) {
            return getUrl(QUrl(r[u"BaseLocation"_s].toString() + r[u"RelativeLocation"_s].toString()
                + r[u"SasBlobToken"_s].toString()));
        };
        const QByteArray model = fetch(results[u"output1"_s].toObject());
        QVERIFY(model.startsWith("MLSTUDIO-ILEARNER\n"));
        const QHash<QString, QString> evaluation = parseEvaluation(fetch(results[u"output2"_s].toObject()));
        const double auc = evaluation.value(u"AUC"_s).toDouble();
        QVERIFY2(auc > 0.75 && auc <= 1.0, qPrintable(u"AUC %1"_s.arg(auc)));
        const double accuracy = evaluation.value(u"Accuracy"_s).toDouble();
        QVERIFY(accuracy > 0.7);
        const int tp = evaluation.value(u"True Positive"_s).toInt(),
                  fn = evaluation.value(u"False Negative"_s).toInt();
        const int fp = evaluation.value(u"False Positive"_s).toInt(),
                  tn = evaluation.value(u"True Negative"_s).toInt();
        QCOMPARE(tp + fn + fp + tn, 2500); // the 25 % test split of 10 000 rows
        QCOMPARE(accuracy, double(tp + tn) / 2500);
        QCOMPARE(evaluation.value(u"Positive Label"_s), u">50K"_s);

        // 5. Predictions before the update.
        const QString requestUrl = demo[u"predictiveService"_s].toObject()[u"requestUrl"_s].toString();
        const QString predictKey = demo[u"predictiveService"_s].toObject()[u"apiKey"_s].toString();
        const QJsonArray before = scores(requestUrl, predictKey);
        QCOMPARE(before.size(), censusRows().size());

        // 6. ARM: GET the predictive service, change the [trained model] uri, PATCH.
        const QString serviceArm = serviceUrl(demo, predictive);
        const QJsonObject definition = http("GET", QUrl(serviceArm), {}, bearer(token)).json();
        QJsonObject assets = definition[u"properties"_s].toObject()[u"assets"_s].toObject();
        QString assetId;
        for (auto it = assets.begin(); it != assets.end(); ++it)
            if (it.value().toObject()[u"name"_s].toString().endsWith(u"[trained model]"_s))
                assetId = it.key();
        QVERIFY(!assetId.isEmpty());
        const QJsonObject output1 = results[u"output1"_s].toObject();
        const QString newUri
            = output1[u"BaseLocation"_s].toString() + output1[u"RelativeLocation"_s].toString();
        QJsonObject asset = assets[assetId].toObject();
        asset.insert(u"locationInfo"_s, QJsonObject { { u"uri"_s, newUri } });
        assets.insert(assetId, asset);
        const QJsonObject patch { { u"location"_s, definition[u"location"_s] },
            { u"properties"_s, QJsonObject { { u"packageType"_s, u"Graph"_s }, { u"assets"_s, assets } } } };
        const HttpResult patched = httpJson("PATCH", QUrl(serviceArm), patch, bearer(token));
        QVERIFY2(patched.status == 200, qPrintable(patched.describe()));
        // 7. The async operation to Succeeded, then read back.
        const QJsonObject op
            = waitOperation(QString::fromUtf8(patched.header("Azure-AsyncOperation")), token);
        QCOMPARE(op[u"status"_s].toString(), u"Succeeded"_s);
        const QJsonObject readBack = http("GET", QUrl(serviceArm), {}, bearer(token)).json();
        QCOMPARE(readBack[u"properties"_s]
                     .toObject()[u"assets"_s]
                     .toObject()[assetId]
                     .toObject()[u"locationInfo"_s]
                     .toObject()[u"uri"_s]
                     .toString(),
            newUri);
        QCOMPARE(readBack[u"properties"_s].toObject()[u"provisioningState"_s].toString(), u"Succeeded"_s);
        // 8. RRS predictions changed.
        const QJsonArray after = scores(requestUrl, predictKey);
        QCOMPARE(after.size(), before.size());
        QVERIFY2(after != before, QJsonDocument(after).toJson().constData());
    }

    void jobRunningAtShutdownComesBackFailed()
    {
        ServerProcess server;
        QString why;
        QVERIFY2(server.start({ u"--seed-demo"_s, u"--job-delay"_s, u"20000"_s }, &why), qPrintable(why));
        QJsonObject demo = server.demo();
        const QString conn = demo[u"storageConnectionString"_s].toString();
        const QJsonObject training = demo[u"trainingService"_s].toObject();
        const QString key = training[u"apiKey"_s].toString();
        const QString token = demoToken(demo);
        const QJsonObject request { { u"Inputs"_s,
            QJsonObject { { u"input1"_s,
                QJsonObject { { u"ConnectionString"_s, conn },
                    { u"RelativeLocation"_s, u"mlstudio-demo/census-initial.csv"_s } } } } } };
        const auto submit = [&](const QString &batch) {
            return QString::fromLatin1(
                httpJson("POST", QUrl(batch + u"/jobs?api-version=2.0"_s), request, bearer(key))
                    .body.mid(1)
                    .chopped(1));
        };
        QString batch = training[u"batchUrl"_s].toString();
        const QString killed = submit(batch);
        const QString waiting = submit(batch);
        QCOMPARE(
            http("POST", QUrl(batch + u"/jobs/"_s + killed + u"/start?api-version=2.0"_s), {}, bearer(key))
                .status,
            204);
        QTest::qWait(1000); // let the state file record it

        // kill -9: no chance to save anything more.
        server.kill();
        ServerProcess again;
        QVERIFY2(again.start({ u"--seed-demo"_s }, &why, server.dataDir()), qPrintable(why));
        demo = again.demo();
        QCOMPARE(demo[u"armUrl"_s].toString(), again.arm); // demo.json follows the new ports
        batch = demo[u"trainingService"_s].toObject()[u"batchUrl"_s].toString();
        QCOMPARE(demo[u"trainingService"_s].toObject()[u"apiKey"_s].toString(), key); // same services
        QJsonObject status
            = http("GET", QUrl(batch + u"/jobs/"_s + killed + u"?api-version=2.0"_s), {}, bearer(key)).json();
        QCOMPARE(status[u"StatusCode"_s].toString(), u"Failed"_s);
        QVERIFY2(status[u"Details"_s].toString().contains(u"interrupted"_s),
            qPrintable(status[u"Details"_s].toString()));
        QVERIFY(status[u"Details"_s].toString().contains(u"submit the job again"_s));
        // A job that was not started can still be started, and finishes.
        status = http("GET", QUrl(batch + u"/jobs/"_s + waiting + u"?api-version=2.0"_s), {}, bearer(key))
                     .json();
        QCOMPARE(status[u"StatusCode"_s].toString(), u"NotStarted"_s);
        QCOMPARE(
            http("POST", QUrl(batch + u"/jobs/"_s + waiting + u"/start?api-version=2.0"_s), {}, bearer(key))
                .status,
            204);
        QCOMPARE(
            waitJob(batch + u"/jobs/"_s + waiting + u"?api-version=2.0"_s, key)[u"StatusCode"_s].toString(),
            u"Finished"_s);
        // The token issued before the restart still works; the services are there.
        QCOMPARE(
            http("GET", QUrl(serviceUrl(demo, training[u"name"_s].toString())), {}, bearer(token)).status,
            200);

        // A graceful stop (SIGTERM) while a job runs: the same.
        const QString running = submit(batch);
        ServerProcess third;
        {
            ServerProcess slow;
            again.stop();
            QVERIFY2(slow.start({ u"--job-delay"_s, u"20000"_s }, &why, server.dataDir()), qPrintable(why));
            const QString slowBatch = batch.replace(again.ml, slow.ml);
            QCOMPARE(http("POST", QUrl(slowBatch + u"/jobs/"_s + running + u"/start?api-version=2.0"_s), {},
                         bearer(key))
                         .status,
                204);
            slow.stop();
        }
        QVERIFY2(third.start({}, &why, server.dataDir()), qPrintable(why));
        const QString thirdBatch
            = demo[u"trainingService"_s].toObject()[u"batchUrl"_s].toString().replace(again.ml, third.ml);
        status
            = http("GET", QUrl(thirdBatch + u"/jobs/"_s + running + u"?api-version=2.0"_s), {}, bearer(key))
                  .json();
        QCOMPARE(status[u"StatusCode"_s].toString(), u"Failed"_s);
        QVERIFY(status[u"Details"_s].toString().contains(u"interrupted"_s));
    }

    void createFromTemplate()
    {
        // Any CSV: a two-class problem with made-up columns.
        QTemporaryDir dir;
        QFile csv(dir.filePath(u"leads.csv"_s));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("visits,spend,channel,converted\n");
        for (int i = 0; i < 400; ++i) {
            const int visits = (i * 7) % 23;
            const double spend = double((i * 13) % 97) / 3.0;
            const char *channel = i % 3 == 0 ? "ads" : (i % 3 == 1 ? "mail" : "search");
            const bool converted = visits * 2 + spend / 4 + (i % 5) > 30;
            csv.write(QByteArray::number(visits) + ',' + QByteArray::number(spend) + ',' + channel + ','
                + (converted ? "yes" : "no") + '\n');
        }
        csv.close();
        ServerProcess server;
        QString why;
        QVERIFY2(server.start({ u"--create-from-template"_s, u"two-class"_s, u"--schema-from"_s,
                                  csv.fileName(), u"--label"_s, u"converted"_s, u"--name"_s, u"leads"_s },
                     &why),
            qPrintable(why));
        const QJsonObject line = server.line;
        QCOMPARE(line[u"ml"_s].toString(), server.ml);
        QCOMPARE(line[u"trainingService"_s].toObject()[u"name"_s].toString(), u"leads-retraining"_s);
        const QJsonObject predictive = line[u"predictiveService"_s].toObject();
        QCOMPARE(predictive[u"name"_s].toString(), u"leads-predictive"_s);
        QVERIFY(QFile::exists(QDir(server.dataDir()).filePath(u"leads.json"_s)));
        const QJsonObject body { { u"Inputs"_s,
            QJsonObject { { u"input1"_s,
                QJsonObject { { u"ColumnNames"_s, QJsonArray { u"visits"_s, u"spend"_s, u"channel"_s } },
                    { u"Values"_s,
                        QJsonArray {
                            QJsonArray { 20, 30.5, u"ads"_s }, QJsonArray { 1, 0, u"mail"_s } } } } } } } };
        const HttpResult r = httpJson("POST", QUrl(predictive[u"requestUrl"_s].toString()), body,
            bearer(predictive[u"apiKey"_s].toString()));
        QVERIFY2(r.status == 200, qPrintable(r.describe()));
        const QJsonArray values = r.json()[u"Results"_s]
                                      .toObject()[u"output1"_s]
                                      .toObject()[u"value"_s]
                                      .toObject()[u"Values"_s]
                                      .toArray();
        QCOMPARE(values.size(), 2);
        QCOMPARE(values[0].toArray()[0].toString(), u"yes"_s);
        QCOMPARE(values[1].toArray()[0].toString(), u"no"_s);
        const HttpResult swagger = http("GET", QUrl(predictive[u"swaggerUrl"_s].toString()));
        QVERIFY(swagger.body.contains("channel"));

        // The same in the running server, through the admin route (a regression this time).
        QByteArray prices = "rooms,area,town,price\n";
        for (int i = 0; i < 300; ++i) {
            const int rooms = 1 + i % 6;
            const int area = 30 + (i * 17) % 120;
            const char *town = i % 2 ? "north" : "south";
            prices += QByteArray::number(rooms) + ',' + QByteArray::number(area) + ',' + town + ','
                + QByteArray::number(50 + 2.5 * area + 10 * rooms + (i % 2 ? 40 : 0) + (i % 7)) + '\n';
        }
        const HttpResult created = httpJson("POST", QUrl(server.arm + u"/admin/services/from-template"_s),
            { { u"template"_s, u"regression"_s }, { u"label"_s, u"price"_s }, { u"name"_s, u"prices"_s },
                { u"csv"_s, QString::fromUtf8(prices) } });
        QVERIFY2(created.status == 201, qPrintable(created.describe()));
        QCOMPARE(created.json()[u"arm"_s].toString(), server.arm);
        const QJsonObject pricing = created.json()[u"predictiveService"_s].toObject();
        QCOMPARE(pricing[u"name"_s].toString(), u"prices-predictive"_s);
        const QJsonObject query { { u"Inputs"_s,
            QJsonObject { { u"input1"_s,
                QJsonArray { QJsonObject {
                    { u"rooms"_s, 3 }, { u"area"_s, 100 }, { u"town"_s, u"north"_s } } } } } } };
        const HttpResult priced = httpJson("POST",
            QUrl(pricing[u"batchUrl"_s].toString() + u"/execute?api-version=2.0&format=swagger"_s), query,
            bearer(pricing[u"apiKey"_s].toString()));
        QVERIFY2(priced.status == 200, qPrintable(priced.describe()));
        const double price = priced.json()[u"Results"_s]
                                 .toObject()[u"output1"_s]
                                 .toArray()
                                 .at(0)
                                 .toObject()[u"Scored Labels"_s]
                                 .toString()
                                 .toDouble();
        QVERIFY2(price > 350 && price < 400, qPrintable(QString::number(price))); // 50 + 250 + 30 + 40 + ~3
        QCOMPARE(httpJson("POST", QUrl(server.arm + u"/admin/services/from-template"_s),
                     { { u"name"_s, u"x y"_s } })
                     .status,
            400);
        const HttpResult badLabel = httpJson("POST", QUrl(server.arm + u"/admin/services/from-template"_s),
            { { u"template"_s, u"two-class"_s }, { u"label"_s, u"price"_s }, { u"name"_s, u"p2"_s },
                { u"csv"_s, QString::fromUtf8(prices) } });
        QCOMPARE(badLabel.status, 400);
        QCOMPARE(badLabel.json()[u"error"_s].toObject()[u"code"_s].toString(), u"TemplateFailed"_s);

        // A label that is not in the CSV: a clear error, exit code 1.
        ServerProcess failing;
        QVERIFY(!failing.start({ u"--create-from-template"_s, u"two-class"_s, u"--schema-from"_s,
                                   csv.fileName(), u"--label"_s, u"nothing"_s, u"--name"_s, u"bad"_s },
            &why));
        QVERIFY2(why.contains(u"nothing"_s), qPrintable(why));
    }
};

QTEST_GUILESS_MAIN(TestServerRetrain)
#include "tst_server_retrain.moc"
