// Online endpoint scoring (the request body, the answer forms, the deployment header) and the
// datastore paths and credentials of Azure ML (v2), as pure functions.

#include "azureml/datastoreaccess.h"
#include "azureml/onlinescoring.h"
#include "http/httpcall.h"

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

HttpResponse answer(const QByteArray &body, const QByteArray &deployment)
{
    HttpResponse r;
    r.status = 200;
    r.body = body;
    if (!deployment.isEmpty())
        r.headers.append({ "azureml-model-deployment", deployment });
    return r;
}

} // namespace

class TestAzureMlScoring : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void answers_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QStringList>("columns");
        QTest::addColumn<QStringList>("firstRow");
        QTest::addColumn<int>("rows");
        QTest::addColumn<QString>("error"); // part of the message; empty: parses

        QTest::newRow("row objects") << QByteArray(
            "[{\"Scored Labels\":\">50K\",\"Scored Probabilities\":0.75},"
            "{\"Scored Labels\":\"<=50K\",\"Scored Probabilities\":0.125}]")
                                     << QStringList { u"Scored Labels"_s, u"Scored Probabilities"_s }
                                     << QStringList { u">50K"_s, u"0.75"_s } << 2 << QString();
        QTest::newRow("values") << QByteArray("[5215.5, 3726.25]") << QStringList { u"Scored Labels"_s }
                                << QStringList { u"5215.5"_s } << 2 << QString();
        QTest::newRow("predictions") << QByteArray("{\"predictions\":[true,false,null]}")
                                     << QStringList { u"Scored Labels"_s } << QStringList { u"True"_s } << 3
                                     << QString();
        QTest::newRow("empty") << QByteArray("[]") << QStringList() << QStringList() << 0 << QString();
        QTest::newRow("not json") << QByteArray("<html>") << QStringList() << QStringList() << 0
                                  << u"not JSON"_s;
        QTest::newRow("other object")
            << QByteArray("{\"result\":[1]}") << QStringList() << QStringList() << 0 << u"predictions"_s;
        QTest::newRow("nested list") << QByteArray("[[1,2]]") << QStringList() << QStringList() << 0
                                     << u"is a list"_s;
    }

    void answers()
    {
        QFETCH(QByteArray, body);
        QFETCH(QStringList, columns);
        QFETCH(QStringList, firstRow);
        QFETCH(int, rows);
        QFETCH(QString, error);
        Error e;
        const auto table = parseOnlineAnswer(body, &e);
        if (!error.isEmpty()) {
            QVERIFY(!table);
            QCOMPARE(e.kind, Error::Kind::Parse);
            QVERIFY2(e.message().contains(error), qPrintable(e.message()));
            return;
        }
        QVERIFY2(table, qPrintable(e.message()));
        QCOMPARE(table->columns, columns);
        QCOMPARE(int(table->rows.size()), rows);
        if (rows > 0)
            QCOMPARE(table->rows.front(), firstRow);
    }

    // The MLflow split body: numbers as numbers, empty cells as null, text as strings, and the
    // rows' own indexes.
    void requestBodyIsTheSplitForm()
    {
        const ScoringAccess access { QUrl(u"https://127.0.0.1:1/score"_s), u"k"_s, u"Key"_s };
        const ml::ScoringWire wire = onlineWire(access, u"green"_s);
        QCOMPARE(wire.headers.size(), 1);
        QCOMPARE(wire.headers.first().second, QByteArray("green"));
        const std::vector<QStringList> rows { { u"39"_s, u"State-gov"_s, QString() },
            { u"50"_s, u" Private "_s, u"1e3"_s }, { u"x"_s, u"y"_s, u"z"_s } };
        const QJsonObject body
            = json(wire.body({ u"age"_s, u"workclass"_s, u"hours"_s }, rows, 1, 2))[u"input_data"_s]
                  .toObject();
        QCOMPARE(body[u"columns"_s].toArray().size(), 3);
        QCOMPARE(body[u"index"_s].toArray(), (QJsonArray { 1, 2 }));
        QCOMPARE(body[u"data"_s].toArray().at(0).toArray(), (QJsonArray { 50, u" Private "_s, 1000 }));
        QCOMPARE(body[u"data"_s].toArray().at(1).toArray(), (QJsonArray { u"x"_s, u"y"_s, u"z"_s }));
        const QJsonObject first
            = json(wire.body({ u"a"_s, u"b"_s, u"c"_s }, rows, 0, 1))[u"input_data"_s].toObject();
        QVERIFY(first[u"data"_s].toArray().at(0).toArray().at(2).isNull());
    }

    // An answer from another deployment than the one asked for is an error; the header of
    // each answer is collected.
    void answerOfAnotherDeploymentIsRefused()
    {
        const ScoringAccess access { QUrl(u"https://127.0.0.1:1/score"_s), u"k"_s, u"Key"_s };
        auto seen = std::make_shared<QStringList>();
        const ml::ScoringWire wire = onlineWire(access, u"green"_s, seen);
        Error e;
        QVERIFY(wire.parse(answer("[1]", "green"), &e));
        QVERIFY(!wire.parse(answer("[1]", "blue"), &e));
        QVERIFY2(e.message().contains(u"Deployment blue answered"_s), qPrintable(e.message()));
        QCOMPARE(*seen, (QStringList { u"green"_s, u"blue"_s }));
        const ml::ScoringWire any = onlineWire(access, {});
        QVERIFY(any.headers.isEmpty());
        QVERIFY(any.parse(answer("[1]", "blue"), &e));
    }

    void datastoreUris_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("datastore"); // empty: not a datastore path
        QTest::addColumn<QString>("path");
        QTest::newRow("short") << u"azureml://datastores/workspaceblobstore/paths/data/new.csv"_s
                               << u"workspaceblobstore"_s << u"data/new.csv"_s;
        QTest::newRow("folder") << u"azureml://datastores/ds/paths/azureml/job-1/metrics/"_s << u"ds"_s
                                << u"azureml/job-1/metrics/"_s;
        QTest::newRow("long")
            << u"azureml://subscriptions/s/resourcegroups/g/workspaces/w/datastores/ds/paths//a.csv"_s
            << u"ds"_s << u"a.csv"_s;
        QTest::newRow("case") << u"AzureML://Datastores/DS/Paths/a.csv"_s << u"DS"_s << u"a.csv"_s;
        QTest::newRow("job output") << u"azureml://jobs/j/outputs/model/paths/"_s << QString() << QString();
        QTest::newRow("data asset") << u"azureml:census:1"_s << QString() << QString();
        QTest::newRow("https") << u"https://a.blob.core.windows.net/c/a.csv"_s << QString() << QString();
    }

    void datastoreUris()
    {
        QFETCH(QString, uri);
        QFETCH(QString, datastore);
        QFETCH(QString, path);
        const auto parsed = parseDatastoreUri(uri);
        QCOMPARE(parsed.has_value(), !datastore.isEmpty());
        if (!parsed)
            return;
        QCOMPARE(parsed->datastore, datastore);
        QCOMPARE(parsed->path, path);
        if (!uri.contains(u"subscriptions"_s) && uri.startsWith(u"azureml:"_s))
            QCOMPARE(parseDatastoreUri(datastoreUri(datastore, path))->path, path);
    }

    void datastoreCredentials_data()
    {
        QTest::addColumn<QByteArray>("datastore");
        QTest::addColumn<QByteArray>("secrets");
        QTest::addColumn<QString>("endpoint"); // empty: refused
        QTest::addColumn<QString>("error");
        const QByteArray azure
            = "{\"name\":\"workspaceblobstore\",\"properties\":{\"datastoreType\":\"AzureBlob\","
              "\"accountName\":\"acct\",\"containerName\":\"c1\",\"endpoint\":\"core.windows.net\","
              "\"protocol\":\"https\"}}";
        const QByteArray key = "{\"secretsType\":\"AccountKey\",\"key\":\"a2V5\"}";
        QTest::newRow("azure") << azure << key << u"https://acct.blob.core.windows.net"_s << QString();
        QTest::newRow("sandbox") << QByteArray(
            "{\"name\":\"workspaceblobstore\",\"properties\":{\"datastoreType\":\"AzureBlob\","
            "\"accountName\":\"devstoreaccount1\",\"containerName\":\"c1\",\"properties\":{"
            "\"mlstudio.blobEndpoint\":\"http://127.0.0.1:10000/devstoreaccount1\"}}}")
                                 << key << u"http://127.0.0.1:10000/devstoreaccount1"_s << QString();
        QTest::newRow("sas") << azure << QByteArray("{\"secretsType\":\"Sas\",\"sasToken\":\"sv=1\"}")
                             << QString() << u"no account key"_s;
        QTest::newRow("files") << QByteArray(
            "{\"name\":\"f\",\"properties\":{\"datastoreType\":\"AzureFile\"}}")
                               << key << QString() << u"not Azure Blob"_s;
        QTest::newRow("no container") << QByteArray(
            "{\"name\":\"d\",\"properties\":{\"datastoreType\":\"AzureBlob\",\"accountName\":\"a\"}}")
                                      << key << QString() << u"no storage account or container"_s;
    }

    void datastoreCredentials()
    {
        QFETCH(QByteArray, datastore);
        QFETCH(QByteArray, secrets);
        QFETCH(QString, endpoint);
        QFETCH(QString, error);
        Error e;
        const auto access = datastoreAccess(json(datastore), json(secrets), &e);
        QCOMPARE(access.has_value(), !endpoint.isEmpty());
        if (!access) {
            QCOMPARE(e.kind, Error::Kind::Input);
            QVERIFY2(e.message().contains(error), qPrintable(e.message()));
            return;
        }
        QCOMPARE(access->account.blobEndpoint.toString(), endpoint);
        QCOMPARE(access->container, u"c1"_s);
        QCOMPARE(access->account.key, u"a2V5"_s);
    }
};

QTEST_GUILESS_MAIN(TestAzureMlScoring)
#include "tst_azuremlscoring.moc"
