// mlstudio-local's Request-Response Service (classic and swagger forms, errors), the
// per-service swagger.json and the classic endpoint PATCH (reference §4.7), over real HTTP.
#include "azuriteenv.h"
#include "storage/sas.h"
#include "storage/storageaccount.h"
#include "tst_serversupport.h"

#include <QDir>
#include <QFile>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace mlr::test;

namespace {

const QString inputs = u"bes-input"_s;

QString detailCode(const HttpResult &r)
{
    return r.json()[u"error"_s].toObject()[u"details"_s].toArray().at(0).toObject()[u"code"_s].toString();
}

QString detailMessage(const HttpResult &r)
{
    return r.json()[u"error"_s].toObject()[u"details"_s].toArray().at(0).toObject()[u"message"_s].toString();
}

QJsonObject rrsClassic(const QJsonArray &rows)
{
    return { { u"Inputs"_s,
                 QJsonObject { { u"input1"_s,
                     QJsonObject { { u"ColumnNames"_s, QJsonArray::fromStringList(censusFeatures()) },
                         { u"Values"_s, rows } } } } },
        { u"GlobalParameters"_s, QJsonObject {} } };
}

} // namespace

class TestServerRrs : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    QJsonObject m_demo;
    QString m_conn;
    mlr::StorageAccount m_account;
    QString m_trainBase, m_trainKey, m_predictBase, m_predictKey;
    QString m_newModelRelative; // a model trained on census-new by a BES job

    QJsonObject ref(const QString &relative) const { return besBlobReference(m_conn, relative); }
    QJsonObject trainingRequest(const QString &input, const QString &prefix) const
    {
        return besTrainingRequest(m_conn, input, prefix);
    }
    void checkBadArgument(const HttpResult &r, const QString &detail)
    {
        QVERIFY2(r.status == 400, qPrintable(r.describe()));
        QCOMPARE(r.json()[u"error"_s].toObject()[u"code"_s].toString(), u"BadArgument"_s);
        QCOMPARE(r.json()[u"error"_s].toObject()[u"message"_s].toString(), u"Invalid argument provided."_s);
        QCOMPARE(detailCode(r), detail);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        QVERIFY2(
            m_server.start({ u"--seed-demo"_s, u"--operation-delay"_s, u"300"_s }, &why), qPrintable(why));
        m_demo = m_server.demo();
        m_conn = m_demo[u"storageConnectionString"_s].toString();
        mlr::Error error;
        m_account = *mlr::StorageAccount::fromConnectionString(m_conn, &error);
        const QJsonObject training = m_demo[u"trainingService"_s].toObject();
        const QJsonObject predictive = m_demo[u"predictiveService"_s].toObject();
        m_trainBase = training[u"batchUrl"_s].toString();
        m_trainKey = training[u"apiKey"_s].toString();
        m_predictBase = predictive[u"batchUrl"_s].toString();
        m_predictKey = predictive[u"apiKey"_s].toString();
        QFile csv(QDir(m_server.dataDir()).filePath(u"census-new.csv"_s));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray data = csv.readAll();
        QVERIFY(putBlob(m_conn, inputs, u"census-new.csv"_s, data));
        // A model trained on the drifted data, for the classic endpoint PATCH.
        const QString id = besSubmitAndStart(
            m_trainBase, m_trainKey, trainingRequest(inputs + u"/census-new.csv"_s, u"rrs"_s));
        const QJsonObject status
            = waitJob(m_trainBase + u"/jobs/"_s + id + u"?api-version=2.0"_s, m_trainKey);
        QCOMPARE(status[u"StatusCode"_s].toString(), u"Finished"_s);
        m_newModelRelative
            = status[u"Results"_s].toObject()[u"output1"_s].toObject()[u"RelativeLocation"_s].toString();
    }

    void rrsExecute()
    {
        const QString url = m_predictBase + u"/execute?api-version=2.0"_s;
        HttpResult r = httpJson(
            "POST", QUrl(url + u"&details=true"_s), rrsClassic(censusRows()), bearer(m_predictKey));
        QVERIFY2(r.status == 200, qPrintable(r.describe()));
        QJsonObject output = r.json()[u"Results"_s].toObject()[u"output1"_s].toObject();
        QCOMPARE(output[u"type"_s].toString(), u"table"_s);
        QJsonObject value = output[u"value"_s].toObject();
        QCOMPARE(
            value[u"ColumnNames"_s].toArray(), QJsonArray({ u"Scored Labels"_s, u"Scored Probabilities"_s }));
        QCOMPARE(value[u"ColumnTypes"_s].toArray(), QJsonArray({ u"String"_s, u"Double"_s }));
        QCOMPARE(value[u"Values"_s].toArray().size(), censusRows().size());
        for (const QJsonValue &row : value[u"Values"_s].toArray()) {
            const QJsonArray cells = row.toArray();
            QVERIFY(cells[0].toString() == u">50K"_s || cells[0].toString() == u"<=50K"_s);
            bool ok = false;
            const double p = cells[1].toString().toDouble(&ok); // cells are strings
            QVERIFY(ok && p >= 0 && p <= 1);
        }
        // Without details: Values only.
        r = httpJson("POST", QUrl(url), rrsClassic(censusRows()), bearer(m_predictKey));
        value = r.json()[u"Results"_s].toObject()[u"output1"_s].toObject()[u"value"_s].toObject();
        QCOMPARE(value.keys(), QStringList { u"Values"_s });
        // Swagger format: arrays of row objects, in and out.
        QJsonArray rows;
        for (const QJsonValue &row : censusRows()) {
            QJsonObject o;
            for (int i = 0; i < censusFeatures().size(); ++i)
                o.insert(censusFeatures()[i], row.toArray()[i]);
            rows.append(o);
        }
        r = httpJson("POST", QUrl(url + u"&format=swagger"_s),
            { { u"Inputs"_s, QJsonObject { { u"input1"_s, rows } } },
                { u"GlobalParameters"_s, QJsonObject {} } },
            bearer(m_predictKey));
        QVERIFY2(r.status == 200, qPrintable(r.describe()));
        const QJsonArray scored = r.json()[u"Results"_s].toObject()[u"output1"_s].toArray();
        QCOMPARE(scored.size(), rows.size());
        QVERIFY(scored[0].toObject().contains(u"Scored Labels"_s));
        // Missing values are accepted (null).
        QJsonArray withNull = censusRows();
        QJsonArray first = withNull[0].toArray();
        first[1] = QJsonValue::Null;
        withNull[0] = first;
        QCOMPARE(httpJson("POST", QUrl(url), rrsClassic(withNull), bearer(m_predictKey)).status, 200);
        // The workspace family works too (the id of the workspace is in the ARM definition).
        const QString swaggerUrl = m_predictBase + u"/swagger.json"_s;
        const HttpResult swagger = http("GET", QUrl(swaggerUrl)); // no key needed
        QCOMPARE(swagger.status, 200);
        const QJsonObject paths = swagger.json()[u"paths"_s].toObject();
        QVERIFY2(
            paths.contains(u"/execute?api-version=2.0&format=swagger"_s), swagger.body.left(500).constData());
        QVERIFY(paths.contains(u"/jobs?api-version=2.0"_s));
        QVERIFY(swagger.json()[u"definitions"_s].toObject().contains(u"BatchExecutionStatus"_s));
    }

    void rrsErrors()
    {
        const QString url = m_predictBase + u"/execute?api-version=2.0"_s;
        HttpResult r = httpJson("POST", QUrl(url), rrsClassic(censusRows()), bearer(u"bad"_s));
        QCOMPARE(r.status, 401);
        checkBadArgument(httpJson("POST", QUrl(m_predictBase + u"/execute?api-version=2"_s),
                             rrsClassic(censusRows()), bearer(m_predictKey)),
            u"BadVersionCall"_s);
        r = http("POST", QUrl(url), "{", bearer(m_predictKey));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json()[u"error"_s].toObject()[u"code"_s].toString(), u"BadUserArgument"_s);
        QCOMPARE(detailCode(r), u"InputParseError"_s);
        // A value that does not convert to the column's type.
        QJsonArray rows = censusRows();
        QJsonArray first = rows[0].toArray();
        first[0] = u"thirty-nine"_s;
        rows[0] = first;
        r = httpJson("POST", QUrl(url), rrsClassic(rows), bearer(m_predictKey));
        QCOMPARE(r.status, 400);
        QCOMPARE(detailCode(r), u"InputParseError"_s);
        QVERIFY(detailMessage(r).contains(u"age"_s));
        // A missing column.
        r = httpJson("POST", QUrl(url),
            { { u"Inputs"_s,
                QJsonObject { { u"input1"_s,
                    QJsonObject { { u"ColumnNames"_s, QJsonArray { u"age"_s } },
                        { u"Values"_s, QJsonArray { QJsonArray { u"39"_s } } } } } } } },
            bearer(m_predictKey));
        QCOMPARE(r.status, 400);
        QCOMPARE(detailCode(r), u"InputParseError"_s);
        // Ragged rows, unknown input names, a training service.
        r = httpJson("POST", QUrl(url), rrsClassic({ QJsonArray { u"1"_s } }), bearer(m_predictKey));
        QCOMPARE(detailCode(r), u"InputParseError"_s);
        checkBadArgument(
            httpJson("POST", QUrl(url), { { u"Inputs"_s, QJsonObject { { u"nope"_s, QJsonArray {} } } } },
                bearer(m_predictKey)),
            u"InvalidInputNames"_s);
        checkBadArgument(httpJson("POST", QUrl(m_trainBase + u"/execute?api-version=2.0"_s),
                             rrsClassic(censusRows()), bearer(m_trainKey)),
            u"OutputTypeNotSupported"_s);
        QCOMPARE(http("GET",
                     QUrl(m_predictBase.section(u'/', 0, -2)
                         + u"/0123456789abcdef0123456789abcdef/swagger.json"_s))
                     .status,
            404);
    }

    void classicEndpointPatch()
    {
        QVERIFY(!m_newModelRelative.isEmpty());
        const QString token = demoToken(m_demo);
        const QString name = m_demo[u"predictiveService"_s].toObject()[u"name"_s].toString();
        const QJsonObject arm = http("GET", QUrl(serviceUrl(m_demo, name)), {}, bearer(token))
                                    .json()[u"properties"_s]
                                    .toObject();
        const QString workspace = arm[u"machineLearningWorkspace"_s].toObject()[u"id"_s].toString();
        const QString serviceId = m_predictBase.section(u'/', -1);
        const QString endpoint = m_server.ml + u"/workspaces/"_s + workspace + u"/webservices/"_s + serviceId
            + u"/endpoints/default"_s;
        HttpResult r = http("GET", QUrl(endpoint), {}, bearer(m_predictKey));
        QVERIFY2(r.status == 200, qPrintable(r.describe()));
        const QJsonArray resources = r.json()[u"Resources"_s].toArray();
        QCOMPARE(resources.size(), 1);
        const QString resourceName = resources[0].toObject()[u"Name"_s].toString();
        QVERIFY(resourceName.endsWith(u"[trained model]"_s));
        QCOMPARE(http("GET", QUrl(endpoint), {}, bearer(u"x"_s)).status, 401);

        const QString url = m_predictBase + u"/execute?api-version=2.0"_s;
        const QJsonArray before = httpJson("POST", QUrl(url), rrsClassic(censusRows()), bearer(m_predictKey))
                                      .json()[u"Results"_s]
                                      .toObject()[u"output1"_s]
                                      .toObject()[u"value"_s]
                                      .toObject()[u"Values"_s]
                                      .toArray();
        const QString sas = mlr::serviceSasToken(m_account, m_newModelRelative.section(u'/', 0, 0), {},
            mlr::SasPermissions::readList(), QDateTime::currentDateTimeUtc().addSecs(3600));
        const QJsonObject patch { { u"Resources"_s,
            QJsonArray { QJsonObject { { u"Name"_s, resourceName },
                { u"Location"_s,
                    QJsonObject { { u"BaseLocation"_s, QString(m_account.blobEndpoint.toString() + u'/') },
                        { u"RelativeLocation"_s, m_newModelRelative },
                        { u"SasBlobToken"_s, QString(u'?' + sas) } } } } } } };
        r = httpJson("PATCH", QUrl(endpoint), patch, bearer(m_predictKey));
        QVERIFY2(r.status == 200, qPrintable(r.describe()));
        QJsonArray after;
        QVERIFY(QTest::qWaitFor(
            [&] {
                after = httpJson("POST", QUrl(url), rrsClassic(censusRows()), bearer(m_predictKey))
                            .json()[u"Results"_s]
                            .toObject()[u"output1"_s]
                            .toObject()[u"value"_s]
                            .toObject()[u"Values"_s]
                            .toArray();
                return after != before;
            },
            15000));
        // The ARM definition shows the new location.
        const QJsonObject now = http("GET", QUrl(serviceUrl(m_demo, name)), {}, bearer(token))
                                    .json()[u"properties"_s]
                                    .toObject();
        QVERIFY(QJsonDocument(now[u"assets"_s].toObject()).toJson().contains(m_newModelRelative.toUtf8()));

        // Errors: unknown resource, wrong extension, a training service.
        QJsonObject unknown = patch;
        QJsonArray list = unknown[u"Resources"_s].toArray();
        QJsonObject item = list[0].toObject();
        item.insert(u"Name"_s, u"Other [trained model]"_s);
        list[0] = item;
        unknown.insert(u"Resources"_s, list);
        r = httpJson("PATCH", QUrl(endpoint), unknown, bearer(m_predictKey));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json()[u"error"_s].toObject()[u"code"_s].toString(), u"BadArgument"_s);
        const QString trainEndpoint = m_server.ml + u"/workspaces/"_s + workspace + u"/webservices/"_s
            + m_trainBase.section(u'/', -1) + u"/endpoints/default"_s;
        r = httpJson("PATCH", QUrl(trainEndpoint), patch, bearer(m_trainKey));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json()[u"error"_s].toObject()[u"message"_s].toString(),
            u"This Web Service has no updatable resources."_s);
        QCOMPARE(httpJson("PATCH", QUrl(endpoint), patch, bearer(u"wrong"_s)).status, 401);
    }
};

QTEST_GUILESS_MAIN(TestServerRrs)
#include "tst_server_rrs.moc"
