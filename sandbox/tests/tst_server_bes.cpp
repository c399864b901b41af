// mlstudio-local's Batch Execution Service v2 over real HTTP: both URL families, both blob
// addressing forms, default outputs, the error table, bad CSVs, cancellation, with Azurite
// holding the blobs. RRS, swagger.json and the classic endpoints: tst_server_rrs.cpp.
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

} // namespace

class TestServerBes : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    QJsonObject m_demo;
    QString m_conn;
    mlr::StorageAccount m_account;
    QString m_trainBase, m_trainKey, m_predictBase, m_predictKey;

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
        QVERIFY(putBlob(m_conn, inputs, u"census-new"_s, data)); // no extension
        QVERIFY(putBlob(m_conn, inputs, u"empty.csv"_s, QByteArray()));
        // Bad CSVs with the census header: a short row, no label column, a text age, empty.
        const QByteArray header = data.left(data.indexOf('\n') + 1);
        const QByteArray row
            = "39,Private,1,HS-grad,9,Never-married,Sales,Own-child,White,Male,0,0,40,United-States,<=50K\n";
        QVERIFY(putBlob(m_conn, inputs, u"ragged.csv"_s, header + row + "39,Private,1,HS-grad\n" + row));
        QByteArray noLabel = header;
        noLabel.replace(",income", "");
        QVERIFY(putBlob(m_conn, inputs, u"nolabel.csv"_s, noLabel + row.left(row.lastIndexOf(',')) + '\n'));
        QByteArray wrongTypes = header;
        wrongTypes += "thirty,Private,1,HS-grad,9,Never-married,Sales,Own-child,White,Male,0,0,40,United-"
                      "States,<=50K\n";
        QVERIFY(putBlob(m_conn, inputs, u"wrongtypes.csv"_s, wrongTypes));
    }

    void trainingJob()
    {
        const HttpResult r
            = besSubmit(m_trainBase, m_trainKey, trainingRequest(inputs + u"/census-new.csv"_s, u"new"_s));
        QVERIFY2(r.status == 200, qPrintable(r.describe()));
        QVERIFY(r.body.startsWith('"') && r.body.endsWith('"'));
        const QString id = QString::fromLatin1(r.body.mid(1).chopped(1));
        QCOMPARE(id.size(), 32);
        const QString job = m_trainBase + u"/jobs/"_s + id + u"?api-version=2.0"_s;
        QJsonObject status = http("GET", QUrl(job), {}, bearer(m_trainKey)).json();
        QCOMPARE(status[u"StatusCode"_s].toString(), u"NotStarted"_s);
        QVERIFY(status[u"Results"_s].isNull());
        QVERIFY(status[u"Details"_s].isNull());
        QCOMPARE(http("POST", QUrl(m_trainBase + u"/jobs/"_s + id + u"/start?api-version=2.0"_s), {},
                     bearer(m_trainKey))
                     .status,
            204);
        const HttpResult again = http("POST",
            QUrl(m_trainBase + u"/jobs/"_s + id + u"/start?api-version=2.0"_s), {}, bearer(m_trainKey));
        QCOMPARE(again.status, 400);
        QCOMPARE(again.json()[u"error"_s].toObject()[u"code"_s].toString(), u"InvalidOperation"_s);
        QCOMPARE(detailCode(again), u"CannotStartJob"_s);
        QVERIFY(detailMessage(again).contains(u"Running"_s) || detailMessage(again).contains(u"Finished"_s));

        status = waitJob(job, m_trainKey);
        QVERIFY2(
            status[u"StatusCode"_s].toString() == u"Finished"_s, QJsonDocument(status).toJson().constData());
        const QJsonObject results = status[u"Results"_s].toObject();
        QCOMPARE(results.keys(), QStringList({ u"output1"_s, u"output2"_s, u"output3"_s }));
        for (const QJsonValue &v : results) {
            const QJsonObject ref = v.toObject();
            QVERIFY(ref[u"ConnectionString"_s].isNull());
            QVERIFY(ref[u"BaseLocation"_s].toString().endsWith(u'/'));
            const QUrlQuery sas(ref[u"SasBlobToken"_s].toString().mid(1));
            QCOMPARE(sas.queryItemValue(u"sp"_s), u"r"_s);
            QVERIFY(sas.hasQueryItem(u"sig"_s) && sas.hasQueryItem(u"se"_s));
        }
        const auto download = [](const QJsonObject &ref) {
            return getUrl(QUrl(ref[u"BaseLocation"_s].toString() + ref[u"RelativeLocation"_s].toString()
                + ref[u"SasBlobToken"_s].toString()));
        };
        QVERIFY(download(results[u"output1"_s].toObject()).startsWith("MLSTUDIO-ILEARNER\n"));
        const QByteArray evaluation = download(results[u"output2"_s].toObject());
        QVERIFY(evaluation.startsWith("True Positive,False Negative,False Positive,True Negative,Accuracy"));
        QVERIFY(download(results[u"output3"_s].toObject()).contains("Scored Labels"));
        // The SAS is read-only.
        const QJsonObject model = results[u"output1"_s].toObject();
        QCOMPARE(http("PUT",
                     QUrl(model[u"BaseLocation"_s].toString() + model[u"RelativeLocation"_s].toString()
                         + model[u"SasBlobToken"_s].toString()),
                     "x", { { "x-ms-blob-type", "BlockBlob" } })
                     .status,
            403);
        // A fresh SAS on every GET.
        QTest::qWait(1100);
        const QJsonObject later
            = http("GET", QUrl(job), {}, bearer(m_trainKey)).json()[u"Results"_s].toObject();
        QVERIFY(later[u"output1"_s].toObject()[u"SasBlobToken"_s].toString()
            != model[u"SasBlobToken"_s].toString());

        // The job is listed (extension), and DELETE of a finished job keeps it Finished.
        const QJsonArray jobs
            = http("GET", QUrl(m_trainBase + u"/jobs?api-version=2.0"_s), {}, bearer(m_trainKey))
                  .json()[u"Jobs"_s]
                  .toArray();
        QVERIFY(std::any_of(jobs.begin(), jobs.end(),
            [&](const QJsonValue &v) { return v.toObject()[u"Id"_s].toString() == id; }));
        QCOMPARE(http("DELETE", QUrl(job), {}, bearer(m_trainKey)).status, 204);
        QCOMPARE(
            http("GET", QUrl(job), {}, bearer(m_trainKey)).json()[u"StatusCode"_s].toString(), u"Finished"_s);
    }

    void sasFormWorkspaceFamilyDefaultOutputs()
    {
        // Inputs by BaseLocation + RelativeLocation + SasBlobToken (read), outputs the same with a
        // create/write container SAS, on the /workspaces/{id} URL family.
        const QString token = demoToken(m_demo);
        const QJsonObject arm = http("GET",
            QUrl(serviceUrl(m_demo, m_demo[u"trainingService"_s].toObject()[u"name"_s].toString())), {},
            bearer(token))
                                    .json();
        const QString workspace
            = arm[u"properties"_s].toObject()[u"machineLearningWorkspace"_s].toObject()[u"id"_s].toString();
        const QString serviceId = m_trainBase.section(u'/', -1);
        const QString base = m_server.ml + u"/workspaces/"_s + workspace + u"/services/"_s + serviceId;
        const QDateTime expiry = QDateTime::currentDateTimeUtc().addSecs(3600);
        const QString readSas = mlr::serviceSasToken(
            m_account, inputs, u"census-new.csv"_s, mlr::SasPermissions::readOnly(), expiry);
        const QString writeSas
            = mlr::serviceSasToken(m_account, u"bes-out"_s, {}, mlr::SasPermissions::createWrite(), expiry);
        const QString baseLocation = m_account.blobEndpoint.toString() + u'/';
        const auto sasRef = [&](const QString &relative, const QString &sas) {
            return QJsonObject { { u"BaseLocation"_s, baseLocation }, { u"RelativeLocation"_s, relative },
                { u"SasBlobToken"_s, QString(u'?' + sas) }, { u"ConnectionString"_s, QJsonValue::Null } };
        };
        const QJsonObject body {
            { u"Inputs"_s, QJsonObject { { u"input1"_s, sasRef(inputs + u"/census-new.csv"_s, readSas) } } },
            { u"Outputs"_s,
                QJsonObject { { u"output1"_s, sasRef(u"/bes-out/sas-model.ilearner"_s, writeSas) } } },
            { u"GlobalParameters"_s,
                QJsonObject { { u"Random seed"_s, 7 }, { u"Split fraction"_s, u"0.8"_s } } }
        };
        const QString id = besSubmitAndStart(base, m_trainKey, body);
        QVERIFY(!id.isEmpty());
        const QJsonObject status = waitJob(base + u"/jobs/"_s + id + u"?api-version=2.0"_s, m_trainKey);
        QVERIFY2(
            status[u"StatusCode"_s].toString() == u"Finished"_s, QJsonDocument(status).toJson().constData());
        const QJsonObject results = status[u"Results"_s].toObject();
        QCOMPARE(results[u"output1"_s].toObject()[u"RelativeLocation"_s].toString(),
            u"bes-out/sas-model.ilearner"_s);
        // Outputs without an override go to the service's storage, experimentoutput/<job>/.
        QCOMPARE(results[u"output2"_s].toObject()[u"RelativeLocation"_s].toString(),
            u"experimentoutput/%1/output2.csv"_s.arg(id));
        for (const QJsonValue &v : results) {
            const QJsonObject ref = v.toObject();
            QVERIFY(!getUrl(QUrl(ref[u"BaseLocation"_s].toString() + ref[u"RelativeLocation"_s].toString()
                                + ref[u"SasBlobToken"_s].toString()))
                         .isEmpty());
        }
        // The wrong workspace: 404.
        QCOMPARE(http("GET",
                     QUrl(m_server.ml + u"/workspaces/00000000000000000000000000000000/services/"_s
                         + serviceId + u"/jobs/"_s + id + u"?api-version=2.0"_s),
                     {}, bearer(m_trainKey))
                     .status,
            404);
    }

    void legacyInputAndFailures()
    {
        // The legacy single "Input".
        QJsonObject body = trainingRequest(inputs + u"/census-new.csv"_s, u"legacy"_s);
        body.remove(u"Inputs"_s);
        body.insert(u"Input"_s, ref(inputs + u"/census-new.csv"_s));
        const QString id = besSubmitAndStart(m_trainBase, m_trainKey, body);
        QCOMPARE(waitJob(m_trainBase + u"/jobs/"_s + id + u"?api-version=2.0"_s, m_trainKey)[u"StatusCode"_s]
                     .toString(),
            u"Finished"_s);

        // Bad CSVs fail the job with Studio-like Details, never the server.
        const QList<std::pair<QString, QString>> bad = {
            { u"ragged.csv"_s, u"Error 0018"_s },
            { u"nolabel.csv"_s, u"Error 0001: Column with name \"income\""_s },
            { u"empty.csv"_s, u"Error 0003"_s },
            { u"wrongtypes.csv"_s, u"Error 0002"_s },
        };
        for (const auto &[file, expected] : bad) {
            const QString failing
                = besSubmitAndStart(m_trainBase, m_trainKey, trainingRequest(inputs + u'/' + file, u"bad"_s));
            const QJsonObject status
                = waitJob(m_trainBase + u"/jobs/"_s + failing + u"?api-version=2.0"_s, m_trainKey);
            QCOMPARE(status[u"StatusCode"_s].toString(), u"Failed"_s);
            const QString details = status[u"Details"_s].toString();
            QVERIFY2(details.contains(u"Error 00"_s) && details.contains(expected),
                qPrintable(file + u": "_s + details));
            QVERIFY(status[u"Results"_s].isNull());
        }
        QCOMPARE(http("GET", QUrl(m_server.ml + u"/admin/health"_s)).json()[u"status"_s].toString(), u"ok"_s);
        // Finished and failed jobs leave no downloaded inputs behind.
        const QDir work(QDir(m_server.dataDir()).filePath(u"work"_s));
        QVERIFY2(QTest::qWaitFor(
                     [&] { return work.entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty(); }, 3000),
            qPrintable(work.entryList(QDir::Dirs | QDir::NoDotAndDotDot).join(u' ')));
    }

    void submitErrors()
    {
        const QJsonObject good = trainingRequest(inputs + u"/census-new.csv"_s, u"err"_s);
        const auto with = [&good](const QString &section, const QString &name, const QJsonValue &value) {
            QJsonObject body = good;
            QJsonObject part = body[section].toObject();
            part.insert(name, value);
            body.insert(section, part);
            return body;
        };
        // Authentication, version, service.
        HttpResult r = besSubmit(m_trainBase, u"wrong-key"_s, good);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.json()[u"error"_s].toObject()[u"code"_s].toString(), u"Unauthorized"_s);
        QCOMPARE(detailCode(r), u"ScoreRequestUnauthorized"_s);
        QCOMPARE(httpJson("POST", QUrl(m_trainBase + u"/jobs?api-version=2.0"_s), good).status, 401);
        checkBadArgument(
            httpJson("POST", QUrl(m_trainBase + u"/jobs?api-version=1.0"_s), good, bearer(m_trainKey)),
            u"BadVersionCall"_s);
        checkBadArgument(
            httpJson("POST", QUrl(m_trainBase + u"/jobs"_s), good, bearer(m_trainKey)), u"BadVersionCall"_s);
        r = besSubmit(
            m_trainBase.section(u'/', 0, -2) + u"/0123456789abcdef0123456789abcdef"_s, m_trainKey, good);
        QCOMPARE(r.status, 404);
        QCOMPARE(detailCode(r), u"WebServiceNotFound"_s);
        checkBadArgument(
            http("POST", QUrl(m_trainBase + u"/jobs?api-version=2.0"_s), "{oops", bearer(m_trainKey)),
            u"InvalidRequestBody"_s);

        // Inputs.
        QJsonObject noInputs = good;
        noInputs.remove(u"Inputs"_s);
        checkBadArgument(besSubmit(m_trainBase, m_trainKey, noInputs), u"BatchJobInputsNotSpecified"_s);
        checkBadArgument(besSubmit(m_trainBase, m_trainKey,
                             with(u"Inputs"_s, u"input2"_s, ref(inputs + u"/census-new.csv"_s))),
            u"BatchJobInputsTooManySpecified"_s);
        QJsonObject renamed = good;
        renamed.insert(u"Inputs"_s, QJsonObject { { u"inputX"_s, ref(inputs + u"/census-new.csv"_s) } });
        checkBadArgument(besSubmit(m_trainBase, m_trainKey, renamed), u"InvalidInputNames"_s);
        QJsonObject both = good;
        both.insert(u"Input"_s, ref(inputs + u"/census-new.csv"_s));
        checkBadArgument(besSubmit(m_trainBase, m_trainKey, both), u"DuplicateInputInBatchCall"_s);

        // Blob references.
        r = besSubmit(
            m_trainBase, m_trainKey, with(u"Inputs"_s, u"input1"_s, ref(inputs + u"/census-new"_s)));
        checkBadArgument(r, u"InvalidBlobExtension"_s);
        QCOMPARE(detailMessage(r),
            u"The blob reference: bes-input/census-new has an invalid or missing file extension. Supported "
            u"file extensions for this output type are: \".csv, .tsv, .arff\"."_s);
        checkBadArgument(besSubmit(m_trainBase, m_trainKey,
                             with(u"Inputs"_s, u"input1"_s, ref(inputs + u"/absent.csv"_s))),
            u"BlobNotFound"_s);
        checkBadArgument(besSubmit(m_trainBase, m_trainKey,
                             with(u"Inputs"_s, u"input1"_s,
                                 QJsonObject { { u"ConnectionString"_s, u"AccountName=x;Nonsense"_s },
                                     { u"RelativeLocation"_s, u"c/b.csv"_s } })),
            u"InvalidBlobConnectionString"_s);
        checkBadArgument(
            besSubmit(m_trainBase, m_trainKey,
                with(u"Inputs"_s, u"input1"_s, QJsonObject { { u"ConnectionString"_s, m_conn } })),
            u"MissingInputBlobInformation"_s);
        // Wrong credentials for an existing blob.
        QString wrongKey = m_conn;
        wrongKey.replace(m_account.key, u"AAAA"_s + m_account.key.mid(4));
        checkBadArgument(besSubmit(m_trainBase, m_trainKey,
                             with(u"Inputs"_s, u"input1"_s,
                                 QJsonObject { { u"ConnectionString"_s, wrongKey },
                                     { u"RelativeLocation"_s, QString(inputs + u"/census-new.csv"_s) } })),
            u"InvalidBlobConnectionString"_s);

        // Outputs: names (case-sensitive) and extensions by kind.
        r = besSubmit(m_trainBase, m_trainKey, with(u"Outputs"_s, u"output1"_s, ref(u"bes-out/model.csv"_s)));
        checkBadArgument(r, u"InvalidBlobExtension"_s);
        QVERIFY(detailMessage(r).endsWith(u"are: \".ilearner\"."_s));
        r = besSubmit(
            m_trainBase, m_trainKey, with(u"Outputs"_s, u"output2"_s, ref(u"bes-out/evaluation.ilearner"_s)));
        checkBadArgument(r, u"InvalidBlobExtension"_s);
        checkBadArgument(besSubmit(m_trainBase, m_trainKey,
                             with(u"Outputs"_s, u"Output1"_s, ref(u"bes-out/m.ilearner"_s))),
            u"InvalidOutputOverrideName"_s);
        checkBadArgument(
            besSubmit(m_trainBase, m_trainKey, with(u"GlobalParameters"_s, u"Random seed"_s, QJsonObject {})),
            u"InvalidGlobalParameterValue"_s);

        // A required global parameter (no default): a copy of the training service without one.
        const QString token = demoToken(m_demo);
        const QString name = m_demo[u"trainingService"_s].toObject()[u"name"_s].toString();
        QJsonObject exported = http("GET", QUrl(serviceUrl(m_demo, name)), {}, bearer(token)).json();
        QJsonObject properties = exported[u"properties"_s].toObject();
        QJsonObject parameters = properties[u"parameters"_s].toObject();
        parameters.remove(u"Split fraction"_s);
        properties.insert(u"parameters"_s, parameters);
        const QString plan
            = http("GET", QUrl(groupUrl(m_demo) + u"?api-version=2017-01-01"_s), {}, bearer(token))
                  .json()[u"value"_s]
                  .toArray()
                  .at(0)
                  .toObject()[u"properties"_s]
                  .toObject()[u"commitmentPlan"_s]
                  .toObject()[u"id"_s]
                  .toString();
        properties.insert(u"commitmentPlan"_s, QJsonObject { { u"id"_s, plan } });
        exported.insert(u"properties"_s, properties);
        const HttpResult put
            = httpJson("PUT", QUrl(serviceUrl(m_demo, u"needs-fraction"_s)), exported, bearer(token));
        QVERIFY2(put.status == 201, qPrintable(put.describe()));
        // Not deployed yet: 503 InitializingContainers.
        const QString swagger = http("GET", QUrl(serviceUrl(m_demo, u"needs-fraction"_s)), {}, bearer(token))
                                    .json()[u"properties"_s]
                                    .toObject()[u"swaggerLocation"_s]
                                    .toString();
        const QString base = swagger.chopped(QStringLiteral("/swagger.json").size());
        const QString key = http("GET",
            QUrl(groupUrl(m_demo) + u"/needs-fraction/listKeys?api-version=2017-01-01"_s), {}, bearer(token))
                                .json()[u"primary"_s]
                                .toString();
        r = besSubmit(base, key, good);
        QCOMPARE(r.status, 503);
        QCOMPARE(r.json()[u"error"_s].toObject()[u"code"_s].toString(), u"InitializingContainers"_s);
        QVERIFY(!r.header("Retry-After").isEmpty());
        QCOMPARE(waitOperation(QString::fromUtf8(put.header("Azure-AsyncOperation")), token)[u"status"_s]
                     .toString(),
            u"Succeeded"_s);
        r = besSubmit(base, key, good);
        checkBadArgument(r, u"MissingRequiredGlobalParameters"_s);
        QVERIFY(detailMessage(r).contains(u"Split fraction"_s));
        QCOMPARE(besSubmit(base, key, with(u"GlobalParameters"_s, u"Split fraction"_s, 0.7)).status, 200);
    }

    void jobRoutesErrors()
    {
        const QString missing = m_trainBase + u"/jobs/ffffffffffffffffffffffffffffffff"_s;
        for (const QByteArray &method : { QByteArray("GET"), QByteArray("DELETE") }) {
            const HttpResult r = http(method, QUrl(missing + u"?api-version=2.0"_s), {}, bearer(m_trainKey));
            QCOMPARE(r.status, 404);
            QCOMPARE(detailCode(r), u"JobNotFound"_s);
        }
        QCOMPARE(
            http("POST", QUrl(missing + u"/start?api-version=2.0"_s), {}, bearer(m_trainKey)).status, 404);
        // A job of another service is not visible here.
        const QString id = QString::fromLatin1(
            besSubmit(m_trainBase, m_trainKey, trainingRequest(inputs + u"/census-new.csv"_s, u"x"_s))
                .body.mid(1)
                .chopped(1));
        QCOMPARE(http("GET", QUrl(m_predictBase + u"/jobs/"_s + id + u"?api-version=2.0"_s), {},
                     bearer(m_predictKey))
                     .status,
            404);
        checkBadArgument(
            http("GET", QUrl(m_trainBase + u"/jobs/"_s + id + u"?api-version=3.0"_s), {}, bearer(m_trainKey)),
            u"BadVersionCall"_s);
        QCOMPARE(
            http("GET", QUrl(m_trainBase + u"/jobs/"_s + id + u"?api-version=2.0"_s), {}, bearer(u"nope"_s))
                .status,
            401);
        QCOMPARE(
            http("PUT", QUrl(m_trainBase + u"/jobs/"_s + id + u"?api-version=2.0"_s), {}, bearer(m_trainKey))
                .status,
            405);
    }

    void cancelJobs()
    {
        ServerProcess slow;
        QString why;
        QVERIFY2(slow.start({ u"--seed-demo"_s, u"--job-delay"_s, u"4000"_s }, &why), qPrintable(why));
        const QJsonObject training = slow.demo()[u"trainingService"_s].toObject();
        const QString base = training[u"batchUrl"_s].toString();
        const QString key = training[u"apiKey"_s].toString();
        const QString id
            = besSubmitAndStart(base, key, trainingRequest(inputs + u"/census-new.csv"_s, u"cancel"_s));
        const QString job = base + u"/jobs/"_s + id + u"?api-version=2.0"_s;
        QCOMPARE(http("GET", QUrl(job), {}, bearer(key)).json()[u"StatusCode"_s].toString(), u"Running"_s);
        QCOMPARE(http("DELETE", QUrl(job), {}, bearer(key)).status, 204);
        const QJsonObject status = http("GET", QUrl(job), {}, bearer(key)).json();
        QCOMPARE(status[u"StatusCode"_s].toString(), u"Cancelled"_s);
        QVERIFY(status[u"Results"_s].isNull());
        const HttpResult restart
            = http("POST", QUrl(base + u"/jobs/"_s + id + u"/start?api-version=2.0"_s), {}, bearer(key));
        QCOMPARE(detailCode(restart), u"CannotStartJob"_s);
        QVERIFY(detailMessage(restart).contains(u"Cancelled"_s));
        // A job cancelled before it started.
        const HttpResult submitted
            = besSubmit(base, key, trainingRequest(inputs + u"/census-new.csv"_s, u"cancel2"_s));
        const QString second = base + u"/jobs/"_s + QString::fromLatin1(submitted.body.mid(1).chopped(1));
        QCOMPARE(http("DELETE", QUrl(second + u"?api-version=2.0"_s), {}, bearer(key)).status, 204);
        QCOMPARE(http("GET", QUrl(second + u"?api-version=2.0"_s), {}, bearer(key))
                     .json()[u"StatusCode"_s]
                     .toString(),
            u"Cancelled"_s);
        QTest::qWait(4500); // past the delay: the cancelled job never finishes
        QCOMPARE(http("GET", QUrl(job), {}, bearer(key)).json()[u"StatusCode"_s].toString(), u"Cancelled"_s);
    }
};

QTEST_GUILESS_MAIN(TestServerBes)
#include "tst_server_bes.moc"
