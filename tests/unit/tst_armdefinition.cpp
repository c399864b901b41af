// Definition handling without a network: the [trained model] asset, the model uri from a BES
// output, storage accounts of blob URLs, the assets-only PATCH body, the readable diff with
// secrets masked, and Export-AzMlWebService / Import-AzMlWebService files (the reference's
// example as a hand-made export, the official example's PascalCase, BOMs, and malformed or
// truncated files with the place of the problem).
#include "arm/definition.h"
#include "arm/definitiondiff.h"
#include "arm/definitionfile.h"
#include "http/redaction.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringEncoder>
#include <QTest>

using namespace mlr;
using namespace mlr::arm;

namespace {

QByteArray readData(const QString &name)
{
    QFile f(QStringLiteral(MLR_ARM_TEST_DATA "/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read test data %s", qPrintable(name));
    return f.readAll();
}

QJsonObject jsonData(const QString &name)
{
    return QJsonDocument::fromJson(readData(name)).object();
}

const QString oldUri = QStringLiteral("https://mltestaccount.blob.core.windows.net/azuremlassetscontainer/"
                                      "baca7bca650f46218633552c0bcbba0e.ilearner");
const QString newUri
    = QStringLiteral("https://mltestaccount.blob.core.windows.net/experimentoutput/job1/output1.ilearner");

// A training service: Train Model's output goes to a web service output.
QJsonObject trainingService()
{
    const QJsonObject assets { { QStringLiteral("asset1"),
                                   QJsonObject { { QStringLiteral("name"), QStringLiteral("Train Model") },
                                       { QStringLiteral("type"), QStringLiteral("Module") } } },
        { QStringLiteral("asset2"),
            QJsonObject { { QStringLiteral("name"), QStringLiteral("Two-Class Logistic Regression") },
                { QStringLiteral("type"), QStringLiteral("Module") } } } };
    const QJsonObject nodes {
        { QStringLiteral("node1"), QJsonObject { { QStringLiteral("assetId"), QStringLiteral("asset1") } } },
        { QStringLiteral("node2"), QJsonObject { { QStringLiteral("outputId"), QStringLiteral("output1") } } }
    };
    const QJsonArray edges { QJsonObject { { QStringLiteral("sourceNodeId"), QStringLiteral("node1") },
        { QStringLiteral("sourcePortId"), QStringLiteral("Trained model") },
        { QStringLiteral("targetNodeId"), QStringLiteral("node2") } } };
    return { { QStringLiteral("properties"),
        QJsonObject { { QStringLiteral("assets"), assets },
            { QStringLiteral("package"),
                QJsonObject {
                    { QStringLiteral("nodes"), nodes }, { QStringLiteral("edges"), edges } } } } } };
}

QJsonObject importOk(const QByteArray &bytes, QStringList *ignored = nullptr)
{
    Error error;
    const auto imported = importDefinition(bytes, QStringLiteral("test.json"), &error);
    if (!imported) {
        qWarning("%s", qPrintable(error.message()));
        return {};
    }
    if (ignored)
        *ignored = imported->ignored;
    return imported->definition;
}

} // namespace

class TestArmDefinition : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void trainedModelAsset()
    {
        const QList<TrainedModelAsset> found
            = trainedModelAssets(jsonData(QStringLiteral("census-predictive.get.json")));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().assetId, QStringLiteral("asset3"));
        QCOMPARE(found.first().name, QStringLiteral("Census Model [trained model]"));
        QCOMPARE(found.first().uri, oldUri);
        QVERIFY(!found.first().hasCredentials);
        // The official example has Module assets only.
        QVERIFY(trainedModelAssets(jsonData(QStringLiteral("official-get.json"))).isEmpty());
        QVERIFY(trainedModelAssets(trainingService()).isEmpty());
    }

    void trainedModelByTypeAndUri_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("uri");
        QTest::addColumn<bool>("model");
        QTest::newRow("suffix, other case") << "Model [Trained Model]"
                                            << "Resource"
                                            << "https://a/b/c" << true;
        QTest::newRow("resource with .ilearner") << "Saved model"
                                                 << "Resource"
                                                 << "https://a/c/m.ilearner?sv=1" << true;
        QTest::newRow("module with .ilearner") << "Score Model"
                                               << "Module"
                                               << "https://a/c/m.ilearner" << false;
        QTest::newRow("resource, csv") << "Data"
                                       << "Resource"
                                       << "https://a/c/d.csv" << false;
    }
    void trainedModelByTypeAndUri()
    {
        QFETCH(QString, name);
        QFETCH(QString, type);
        QFETCH(QString, uri);
        QFETCH(bool, model);
        const QJsonObject asset { { QStringLiteral("name"), name }, { QStringLiteral("type"), type },
            { QStringLiteral("locationInfo"), QJsonObject { { QStringLiteral("uri"), uri } } } };
        const QJsonObject resource { { QStringLiteral("properties"),
            QJsonObject {
                { QStringLiteral("assets"), QJsonObject { { QStringLiteral("a10"), asset } } } } } };
        QCOMPARE(trainedModelAssets(resource).size(), model ? 1 : 0);
    }

    void trainingServiceDetected()
    {
        QVERIFY(outputsTrainedModel(trainingService()));
        QVERIFY(!outputsTrainedModel(jsonData(QStringLiteral("census-predictive.get.json"))));
    }

    void modelUri_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("relative");
        QTest::addColumn<QString>("expected");
        QTest::newRow("doc form") << "https://acct.blob.core.windows.net/"
                                  << "experimentoutput/j/j.ilearner"
                                  << "https://acct.blob.core.windows.net/experimentoutput/j/j.ilearner";
        QTest::newRow("no slash") << "https://acct.blob.core.windows.net"
                                  << "c/m.ilearner"
                                  << "https://acct.blob.core.windows.net/c/m.ilearner";
        QTest::newRow("two slashes") << "http://127.0.0.1:10000/devstoreaccount1/"
                                     << "/c/m.ilearner"
                                     << "http://127.0.0.1:10000/devstoreaccount1/c/m.ilearner";
        QTest::newRow("sas dropped") << "https://acct.blob.core.windows.net/"
                                     << "c/m.ilearner?sv=1&sig=abc"
                                     << "https://acct.blob.core.windows.net/c/m.ilearner";
        QTest::newRow("empty relative") << "https://acct.blob.core.windows.net/"
                                        << ""
                                        << "";
    }
    void modelUri()
    {
        QFETCH(QString, base);
        QFETCH(QString, relative);
        QFETCH(QString, expected);
        QCOMPARE(modelUriFromLocation(base, relative).toString(), expected);
    }

    void storageAccounts_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("account");
        QTest::newRow("azure") << "https://mltestaccount.blob.core.windows.net/c/m.ilearner"
                               << "mltestaccount";
        QTest::newRow("sovereign") << "https://acct.blob.core.chinacloudapi.cn/c/b"
                                   << "acct";
        QTest::newRow("azurite") << "http://127.0.0.1:10000/devstoreaccount1/c/m.ilearner"
                                 << "devstoreaccount1";
        QTest::newRow("localhost") << "http://localhost:10000/other/c/m.ilearner"
                                   << "other";
    }
    void storageAccounts()
    {
        QFETCH(QString, url);
        QFETCH(QString, account);
        QCOMPARE(storageAccountOfBlobUrl(QUrl(url)), account);
    }

    void setUri()
    {
        QJsonObject get = jsonData(QStringLiteral("census-predictive.get.json"));
        Error error;
        const auto changed = withTrainedModelUri(get, QStringLiteral("asset3"), QUrl(newUri), &error);
        QVERIFY2(changed, qPrintable(error.message()));
        QCOMPARE(trainedModelAssets(*changed).first().uri, newUri);
        const QList<DefinitionChange> diff = diffDefinitions(get, *changed);
        QCOMPARE(diff.size(), 1);
        QCOMPARE(diff.first().path, QStringLiteral("properties.assets.asset3.locationInfo.uri"));
        QCOMPARE(diff.first().before, QStringLiteral("\"%1\"").arg(oldUri));
        QCOMPARE(diff.first().after, QStringLiteral("\"%1\"").arg(newUri));
        QCOMPARE(formatDiff(diff),
            QStringLiteral("~ properties.assets.asset3.locationInfo.uri: \"%1\" \u2192 \"%2\"")
                .arg(oldUri, newUri));

        const QJsonObject patch = assetsPatchBody(*changed);
        QCOMPARE(patch.value(QStringLiteral("location")).toString(), QStringLiteral("South Central US"));
        const QJsonObject props = patch.value(QStringLiteral("properties")).toObject();
        QCOMPARE(props.keys(), (QStringList { QStringLiteral("assets"), QStringLiteral("packageType") }));
        QCOMPARE(props.value(QStringLiteral("assets")).toObject().size(), 3);
        QCOMPARE(props.value(QStringLiteral("packageType")).toString(), QStringLiteral("Graph"));
    }

    void setUriRefused_data()
    {
        QTest::addColumn<QString>("asset");
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("words");
        QTest::newRow("unknown asset") << "asset9" << newUri << "no asset 'asset9'";
        QTest::newRow("module") << "asset2" << newUri << "not a trained model";
        QTest::newRow("csv") << "asset3"
                             << "https://a.blob.core.windows.net/c/eval.csv"
                             << "does not end with .ilearner";
        QTest::newRow("not http") << "asset3"
                                  << "ftp://host/c/m.ilearner"
                                  << "not an http(s) blob URL";
    }
    void setUriRefused()
    {
        QFETCH(QString, asset);
        QFETCH(QString, uri);
        QFETCH(QString, words);
        Error error;
        QVERIFY(!withTrainedModelUri(
            jsonData(QStringLiteral("census-predictive.get.json")), asset, QUrl(uri), &error));
        QCOMPARE(error.kind, Error::Kind::Input);
        QVERIFY2(error.message().contains(words), qPrintable(error.message()));
    }

    void diffMasksSecrets()
    {
        redaction::registerSecret(QStringLiteral("registered-secret-value"));
        QJsonObject a = jsonData(QStringLiteral("census-predictive.get.json"));
        QJsonObject b = a;
        QJsonObject p = b.value(QStringLiteral("properties")).toObject();
        p.insert(QStringLiteral("keys"),
            QJsonObject { { QStringLiteral("primary"), QStringLiteral("primary-key-value") } });
        p.insert(QStringLiteral("title"), QStringLiteral("registered-secret-value"));
        p.insert(QStringLiteral("modifiedOn"), QStringLiteral("2030-01-01T00:00:00Z"));
        QJsonObject assets = p.value(QStringLiteral("assets")).toObject();
        QJsonObject asset = assets.value(QStringLiteral("asset3")).toObject();
        asset.insert(QStringLiteral("locationInfo"),
            QJsonObject {
                { QStringLiteral("uri"), QString(newUri + QStringLiteral("?sv=2020&sig=SECRETSIG")) },
                { QStringLiteral("credentials"),
                    QStringLiteral("DefaultEndpointsProtocol=https;AccountKey=abc") } });
        assets.insert(QStringLiteral("asset3"), asset);
        p.insert(QStringLiteral("assets"), assets);
        QJsonObject package = p.value(QStringLiteral("package")).toObject();
        QJsonObject nodes = package.value(QStringLiteral("nodes")).toObject();
        nodes.insert(QStringLiteral("node9"),
            QJsonObject { { QStringLiteral("assetId"), QStringLiteral("asset1") },
                { QStringLiteral("parameters"),
                    QJsonObject { { QStringLiteral("Account Key"),
                        QJsonObject { { QStringLiteral("value"), QStringLiteral("ENCRYPTED-BLOB") },
                            { QStringLiteral("certificateThumbprint"),
                                QStringLiteral("189FFCD5") } } } } } });
        package.insert(QStringLiteral("nodes"), nodes);
        QJsonArray edges = package.value(QStringLiteral("edges")).toArray();
        edges.removeLast();
        package.insert(QStringLiteral("edges"), edges);
        p.insert(QStringLiteral("package"), package);
        b.insert(QStringLiteral("properties"), p);

        const QString text = formatDiff(diffDefinitions(a, b));
        for (const char *secret :
            { "primary-key-value", "registered-secret-value", "SECRETSIG", "AccountKey=abc" })
            QVERIFY2(!text.contains(QLatin1String(secret)), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("+ properties.keys: \"***\"")), qPrintable(text));
        QVERIFY2(
            text.contains(QStringLiteral("+ properties.assets.asset3.locationInfo.credentials: \"***\"")),
            qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("- properties.package.edges[3]: ")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("+ properties.package.nodes.node9: {")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("modifiedOn")), qPrintable(text));
        QVERIFY(formatDiff(diffDefinitions(a, b, true)).contains(QStringLiteral("modifiedOn")));
        QCOMPARE(formatDiff(diffDefinitions(a, a)), QStringLiteral("(no changes)"));
    }

    void exportMatchesPowerShellForm()
    {
        const QJsonObject get = jsonData(QStringLiteral("census-predictive.get.json"));
        const QByteArray exported = exportDefinition(get);
        QVERIFY(!exported.startsWith("\xEF\xBB\xBF"));
        QVERIFY(exported.endsWith('\n'));
        // The hand-made Export-AzMlWebService file holds exactly the same members and values.
        QCOMPARE(QJsonDocument::fromJson(exported).object(),
            QJsonDocument::fromJson(readData(QStringLiteral("census-predictive.export.json"))).object());
    }

    void exportNeverWritesSecrets()
    {
        QJsonObject get = jsonData(QStringLiteral("census-predictive.get.json"));
        QJsonObject p = get.value(QStringLiteral("properties")).toObject();
        p.insert(QStringLiteral("keys"),
            QJsonObject { { QStringLiteral("primary"), QStringLiteral("k1-secret") } });
        p.insert(QStringLiteral("storageAccount"),
            QJsonObject { { QStringLiteral("name"), QStringLiteral("mltestaccount") },
                { QStringLiteral("key"), QStringLiteral("k2-secret") } });
        get.insert(QStringLiteral("properties"), p);
        const QByteArray exported = exportDefinition(get);
        QVERIFY(!exported.contains("k1-secret"));
        QVERIFY(!exported.contains("k2-secret"));
        QVERIFY(exported.contains("mltestaccount"));
    }

    void importEitherSide()
    {
        QStringList ignored;
        const QJsonObject fromPowerShell
            = importOk(readData(QStringLiteral("census-predictive.export.json")), &ignored);
        QVERIFY(!fromPowerShell.isEmpty());
        QVERIFY(ignored.isEmpty());
        const QJsonObject fromTool
            = importOk(exportDefinition(jsonData(QStringLiteral("census-predictive.get.json"))));
        QCOMPARE(fromTool, fromPowerShell);
        // Our export of their import is their file again (same members and values).
        QCOMPARE(QJsonDocument::fromJson(exportDefinition(fromPowerShell)).object(),
            QJsonDocument::fromJson(readData(QStringLiteral("census-predictive.export.json"))).object());
        QCOMPARE(trainedModelAssets(fromPowerShell).first().uri, oldUri);

        // A GET answer saved as is: the read-only members are ignored and named.
        const QJsonObject fromGet
            = importOk(readData(QStringLiteral("census-predictive.get.json")), &ignored);
        QCOMPARE(fromGet, fromPowerShell);
        QCOMPARE(ignored,
            (QStringList { QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("type"),
                QStringLiteral("properties.createdOn"), QStringLiteral("properties.modifiedOn"),
                QStringLiteral("properties.provisioningState"),
                QStringLiteral("properties.swaggerLocation") }));
    }

    void importReadsAnyCase()
    {
        const QJsonObject d = importOk(readData(QStringLiteral("official-get.json")));
        const QJsonObject node1 = d.value(QStringLiteral("properties"))
                                      .toObject()
                                      .value(QStringLiteral("package"))
                                      .toObject()
                                      .value(QStringLiteral("nodes"))
                                      .toObject()
                                      .value(QStringLiteral("node1"))
                                      .toObject();
        QCOMPARE(node1.value(QStringLiteral("assetId")).toString(), QStringLiteral("asset1"));
        const QJsonObject script = node1.value(QStringLiteral("parameters"))
                                       .toObject()
                                       .value(QStringLiteral("R Script"))
                                       .toObject();
        QCOMPARE(script.value(QStringLiteral("value")).toString(), QStringLiteral("The R Script"));
        QVERIFY(script.contains(QStringLiteral("certificateThumbprint")));
        // Map keys are data: the parameter name keeps its spelling.
        QVERIFY(!node1.value(QStringLiteral("parameters")).toObject().contains(QStringLiteral("r script")));

        const QByteArray upper = R"({"Location":"West US","PROPERTIES":{"Title":"t","PackageType":"graph",
            "Assets":{"Asset1":{"Name":"M [trained model]","Type":"Resource","LocationInfo":{"Uri":"https:\/\/a.blob.core.windows.net/c/m.ilearner"}}}}})";
        const QJsonObject u = importOk(upper);
        QCOMPARE(trainedModelAssets(u).size(), 1);
        QCOMPARE(trainedModelAssets(u).first().assetId, QStringLiteral("Asset1"));
        QCOMPARE(u.value(QStringLiteral("location")).toString(), QStringLiteral("West US"));
    }

    void importEncodings_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray text = readData(QStringLiteral("census-predictive.export.json"));
        QStringEncoder le(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
        QStringEncoder be(QStringConverter::Utf16BE, QStringConverter::Flag::WriteBom);
        QTest::newRow("utf-8") << text;
        QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF" + text);
        QTest::newRow("utf-16le bom") << QByteArray(le.encode(QString::fromUtf8(text)));
        QTest::newRow("utf-16be bom") << QByteArray(be.encode(QString::fromUtf8(text)));
    }
    void importEncodings()
    {
        QFETCH(QByteArray, bytes);
        const QJsonObject d = importOk(bytes);
        QCOMPARE(trainedModelAssets(d).size(), 1);
    }

    void importErrors_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QStringList>("words");
        const auto w = [](std::initializer_list<const char *> list) {
            QStringList out;
            for (const char *item : list)
                out.append(QString::fromUtf8(item));
            return out;
        };
        const QByteArray good = readData(QStringLiteral("census-predictive.export.json"));
        QTest::newRow("truncated") << good.left(good.size() / 2) << w({ "truncated", "line " });
        QTest::newRow("truncated at the end")
            << good.left(good.lastIndexOf(QByteArrayLiteral("}"))) << w({ "truncated" });
        QTest::newRow("missing comma") << QByteArray("{\n  \"location\": \"x\"\n  \"properties\": {}\n}")
                                       << w({ "not valid JSON", "line 3, column 4" });
        QTest::newRow("empty") << QByteArray("  \n") << w({ "empty" });
        QTest::newRow("array") << QByteArray("[1, 2]") << w({ "one JSON object" });
        QTest::newRow("no properties") << QByteArray(R"({"location":"x"})") << w({ "no \"properties\"" });
        QTest::newRow("asset shape") << QByteArray(
            "{\"properties\":{\"assets\":{\"asset3\":{\"name\":\"m\",\"locationInfo\":\"https://x\"}}}}")
                                     << w({ "properties.assets.asset3.locationInfo must be a JSON object" });
        QTest::newRow("uri type") << QByteArray(
            "{\"properties\":{\"assets\":{\"a\":{\"name\":\"m\",\"locationInfo\":{\"uri\":5}}}}}")
                                  << w({ "properties.assets.a.locationInfo.uri must be a string" });
        QTest::newRow("readOnly type") << QByteArray(R"({"properties":{"readOnly":"no"}})")
                                       << w({ "properties.readOnly must be true or false" });
        QTest::newRow("edges") << QByteArray(R"({"properties":{"package":{"edges":{}}}})")
                               << w({ "properties.package.edges must be a JSON array" });
        QTest::newRow("package type")
            << QByteArray(R"({"properties":{"packageType":"Code"}})") << w({ "'Code'" });
        QTest::newRow("not utf-8") << QByteArray("{\n \"properties\": {\"title\": \"caf\xE9\"}}")
                                   << w({ "not UTF-8", "line 2" });
    }
    void importErrors()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QStringList, words);
        Error error;
        QVERIFY(!importDefinition(bytes, QStringLiteral("service.json"), &error));
        QCOMPARE(error.kind, Error::Kind::Input);
        const QString message = error.message();
        QVERIFY2(message.contains(QStringLiteral("'service.json'")), qPrintable(message));
        for (const QString &w : words)
            QVERIFY2(message.contains(w), qPrintable(message));
    }

    void lineColumn()
    {
        const QByteArray text("ab\ncd\u00e9f\n");
        QCOMPARE(lineAndColumn(text, 0), std::make_pair(1, 1));
        QCOMPARE(lineAndColumn(text, 4), std::make_pair(2, 2));
        QCOMPARE(lineAndColumn(text, 7), std::make_pair(2, 4)); // é is one character, two bytes
    }
};

QTEST_GUILESS_MAIN(TestArmDefinition)
#include "tst_armdefinition.moc"
