// The model update without a network: the guard (refusals and warnings), backups (names,
// owner-only files, newest first, the model uri a backup holds), and ModelUpdateJob's states
// over a fake QNetworkAccessManager: refused before any write, the write refused (4xx),
// a lost answer read back, a failed operation, success without effect, a missing backup folder.
#include "arm/definitionfile.h"
#include "arm/modelupdatejob.h"
#include "arm/smoketest.h"
#include "fakenetworkaccessmanager.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mlr;
using namespace mlr::arm;
using namespace mlr::test;
using std::chrono::milliseconds;

namespace {

const QString oldUri = QStringLiteral("https://mltestaccount.blob.core.windows.net/c/old.ilearner");
const QString newUri = QStringLiteral("https://mltestaccount.blob.core.windows.net/c/new.ilearner");

QJsonObject asset(const QString &name, const QString &type, const QString &uri)
{
    return { { QStringLiteral("name"), name }, { QStringLiteral("type"), type },
        { QStringLiteral("locationInfo"), QJsonObject { { QStringLiteral("uri"), uri } } } };
}

// A predictive service named svc with one trained model asset at `uri`.
QJsonObject service(const QString &uri = oldUri, const QJsonObject &extra = {})
{
    QJsonObject p { { QStringLiteral("storageAccount"),
                        QJsonObject { { QStringLiteral("name"), QStringLiteral("mltestaccount") } } },
        { QStringLiteral("provisioningState"), QStringLiteral("Succeeded") },
        { QStringLiteral("packageType"), QStringLiteral("Graph") },
        { QStringLiteral("assets"),
            QJsonObject { { QStringLiteral("asset1"),
                              asset(QStringLiteral("Score Model"), QStringLiteral("Module"),
                                  QStringLiteral("aml://module/x")) },
                { QStringLiteral("asset2"),
                    asset(QStringLiteral("Census Model [trained model]"), QStringLiteral("Resource"),
                        uri) } } } };
    for (auto it = extra.begin(); it != extra.end(); ++it)
        p.insert(it.key(), it.value());
    return { { QStringLiteral("name"), QStringLiteral("svc") },
        { QStringLiteral("location"), QStringLiteral("South Central US") },
        { QStringLiteral("properties"), p } };
}

FakeAnswer json(int status, const QByteArray &body, QList<QPair<QByteArray, QByteArray>> headers = {})
{
    headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    return FakeAnswer { status, body, headers, QNetworkReply::NoError, false };
}

QByteArray bytes(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

class TestArmUpdate : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    std::pair<ModelUpdateResult, Error> runUpdate(
        FakeNetworkAccessManager::Route route, const QString &backupDir)
    {
        int tokens = 0;
        FakeNetworkAccessManager nam([&](const SeenRequest &r) -> std::optional<FakeAnswer> {
            if (r.request.url().port() == 7001)
                return json(200,
                    "{\"access_token\":\"tok-" + QByteArray::number(++tokens) + "\",\"expires_in\":3599}");
            return route(r);
        });
        SignInSettings s;
        s.loginUrl = QUrl(QStringLiteral("http://127.0.0.1:7001"));
        s.tenantId = QStringLiteral("t");
        s.clientId = QStringLiteral("c");
        TokenProvider provider(&nam, s);
        provider.setClientSecret(QStringLiteral("client-secret-xyz"));
        ArmTarget target;
        target.armUrl = QUrl(QStringLiteral("http://127.0.0.1:7002"));
        target.subscriptionId = QStringLiteral("sub");
        target.resourceGroup = QStringLiteral("rg");
        ModelUpdateRequest request;
        request.serviceName = QStringLiteral("svc");
        request.modelUri = QUrl(newUri);
        request.backupDirectory = backupDir;
        ModelUpdateJob job(&nam, &provider, target, request);
        job.setRetryPolicy(RetryPolicy { 2, milliseconds(1), milliseconds(2) });
        job.setPollInterval(milliseconds(1), milliseconds(2));
        QSignalSpy steps(&job, &ModelUpdateJob::stepChanged);
        QSignalSpy done(&job, &ModelUpdateJob::finished);
        job.start();
        if (!done.wait(5000))
            return { {}, Error::input(QStringLiteral("timeout")) };
        return { done.first().at(0).value<ModelUpdateResult>(), done.first().at(1).value<Error>() };
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ModelUpdateResult>();
        qRegisterMetaType<ModelUpdateJob::Step>();
    }

    void guard_data()
    {
        QTest::addColumn<QJsonObject>("svc");
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("assetId");
        QTest::addColumn<bool>("allowed");
        QTest::addColumn<QString>("words");
        QTest::newRow("ok") << service() << newUri << QString() << true << QString();
        QTest::newRow("read-only") << service(oldUri, { { QStringLiteral("readOnly"), true } }) << newUri
                                   << QString() << false << "read-only";
        QTest::newRow("in blob storage")
            << service(oldUri, { { QStringLiteral("payloadsInBlobStorage"), true } }) << newUri << QString()
            << false << "payloadsInBlobStorage";
        QTest::newRow("running") << service(
            oldUri, { { QStringLiteral("provisioningState"), QStringLiteral("Provisioning") } })
                                 << newUri << QString() << false << "still running";
        QTest::newRow("no model") << service(oldUri, { { QStringLiteral("assets"), QJsonObject {} } })
                                  << newUri << QString() << false << "no [trained model] asset";
        QJsonObject two = service();
        QJsonObject p = two.value(QStringLiteral("properties")).toObject();
        QJsonObject assets = p.value(QStringLiteral("assets")).toObject();
        assets.insert(QStringLiteral("asset10"),
            asset(QStringLiteral("Other [trained model]"), QStringLiteral("Resource"), oldUri));
        p.insert(QStringLiteral("assets"), assets);
        two.insert(QStringLiteral("properties"), p);
        QTest::newRow("two models") << two << newUri << QString() << false
                                    << "asset2 (Census Model [trained model]), asset10";
        QTest::newRow("two models, chosen")
            << two << newUri << QStringLiteral("asset10") << true << QString();
        QTest::newRow("unknown asset")
            << service() << newUri << QStringLiteral("asset7") << false << "no trained model asset 'asset7'";
        QTest::newRow("csv") << service()
                             << QStringLiteral("https://mltestaccount.blob.core.windows.net/c/e.csv")
                             << QString() << false << "not an .ilearner";
        QTest::newRow("ftp") << service() << QStringLiteral("ftp://x/c/m.ilearner") << QString() << false
                             << "not an http(s)";
    }
    void guard()
    {
        QFETCH(QJsonObject, svc);
        QFETCH(QString, uri);
        QFETCH(QString, assetId);
        QFETCH(bool, allowed);
        QFETCH(QString, words);
        const UpdateGuard g = checkModelUpdate(svc, QUrl(uri), assetId);
        QCOMPARE(g.isAllowed(), allowed);
        if (!allowed)
            QVERIFY2(g.refusals.join(u' ').contains(words), qPrintable(g.refusals.join(u' ')));
        else
            QVERIFY(!g.asset.assetId.isEmpty());
    }

    void guardWarnings()
    {
        UpdateGuard g = checkModelUpdate(
            service(), QUrl(QStringLiteral("https://otheraccount.blob.core.windows.net/c/m.ilearner")));
        QVERIFY(g.isAllowed());
        QVERIFY2(g.warnings.join(u' ').contains(QStringLiteral("'otheraccount'")),
            qPrintable(g.warnings.join(u' ')));
        g = checkModelUpdate(service(), QUrl(oldUri + QStringLiteral("?sv=1")));
        QVERIFY(g.warnings.join(u' ').contains(QStringLiteral("already points")));
        g = checkModelUpdate(
            service(oldUri, { { QStringLiteral("provisioningState"), QStringLiteral("Failed") } }),
            QUrl(newUri));
        QVERIFY(g.isAllowed());
        QVERIFY(g.warnings.join(u' ').contains(QStringLiteral("failed")));
    }

    void backups()
    {
        QTemporaryDir dir;
        const QDateTime t1
            = QDateTime::fromString(QStringLiteral("2026-05-01T10:00:00.123Z"), Qt::ISODateWithMs);
        QCOMPARE(backupFileName(QStringLiteral("my svc/1"), t1),
            QStringLiteral("my_svc_1-20260501-100000-123Z.json"));
        Error error;
        const QString a
            = writeBackup(dir.path() + QStringLiteral("/sub"), QStringLiteral("svc"), service(), t1, &error);
        QVERIFY2(!a.isEmpty(), qPrintable(error.message()));
        QCOMPARE(QFile::permissions(a)
                & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
            QFile::Permissions());
        const QString b = writeBackup(dir.path() + QStringLiteral("/sub"), QStringLiteral("svc"),
            service(newUri), t1.addSecs(60), &error);
        writeBackup(
            dir.path() + QStringLiteral("/sub"), QStringLiteral("svc2"), service(), t1.addSecs(120), &error);
        QCOMPARE(
            listBackups(dir.path() + QStringLiteral("/sub"), QStringLiteral("svc")), (QStringList { b, a }));
        QCOMPARE(backupModelUri(a, {}, &error), oldUri);
        QCOMPARE(backupModelUri(b, QStringLiteral("asset2"), &error), newUri);
        QVERIFY(backupModelUri(b, QStringLiteral("asset1"), &error).isEmpty());
        QVERIFY(backupModelUri(dir.path() + QStringLiteral("/none.json"), {}, &error).isEmpty());
        QVERIFY(error.message().contains(QStringLiteral("cannot be read")));
        QVERIFY(writeBackup(QString(), QStringLiteral("svc"), service(), t1, &error).isEmpty());
    }

    void smokeComparison()
    {
        const auto table = [](QStringList columns, std::vector<QStringList> rows) {
            ml::RrsTable t;
            t.columns = std::move(columns);
            t.rows = std::move(rows);
            return t;
        };
        const QStringList twoClass { QStringLiteral("Scored Labels"),
            QStringLiteral("Scored Probabilities") };
        const ml::RrsTable before = table(twoClass,
            { { QStringLiteral(">50K"), QStringLiteral("0.9") },
                { QStringLiteral("<=50K"), QStringLiteral("0.2") } });
        Error error;
        auto same = compareScores(before, before, &error);
        QVERIFY(same && same->unchanged());
        QVERIFY(same->summary().contains(QStringLiteral("Predictions unchanged")));
        const ml::RrsTable after = table(twoClass,
            { { QStringLiteral(">50K"), QStringLiteral("0.8") },
                { QStringLiteral(">50K"), QStringLiteral("0.6") } });
        auto changed = compareScores(before, after, &error);
        QVERIFY(changed && !changed->unchanged());
        QCOMPARE(changed->labelsChanged, 1);
        QCOMPARE(changed->scoresChanged, 2);
        QVERIFY(qAbs(changed->maxScoreDelta - 0.4) < 1e-12);
        // Regression: the label is the score.
        const QStringList regression { QStringLiteral("Scored Labels") };
        auto reg = compareScores(table(regression, { { QStringLiteral("101.5") } }),
            table(regression, { { QStringLiteral("101.25") } }), &error);
        QVERIFY(reg && !reg->unchanged());
        QCOMPARE(reg->maxScoreDelta, 0.25);
        QVERIFY(!compareScores(before, table(twoClass, {}), &error));
        QVERIFY(error.message().contains(QStringLiteral("cannot be compared")));
        QVERIFY(
            !compareScores(table({ QStringLiteral("x") }, {}), table({ QStringLiteral("x") }, {}), &error));
    }

    void states_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<int>("state");
        QTest::addColumn<QString>("words");
        QTest::newRow("updated") << "ok" << int(ServiceState::Updated) << QString();
        QTest::newRow("refused by the service")
            << "400" << int(ServiceState::Unchanged) << "storage account cannot be changed";
        QTest::newRow("operation failed")
            << "failed" << int(ServiceState::OperationFailed) << "ended 'Failed'";
        QTest::newRow("without effect") << "noop" << int(ServiceState::NotApplied) << "did not take effect";
        QTest::newRow("lost answer, applied") << "lost" << int(ServiceState::Unknown) << "";
        QTest::newRow("read-only") << "readonly" << int(ServiceState::Unchanged) << "read-only";
    }
    void states()
    {
        QFETCH(QString, scenario);
        QFETCH(int, state);
        QFETCH(QString, words);
        QString live = oldUri;
        int patches = 0;
        const auto route = [&](const SeenRequest &r) -> std::optional<FakeAnswer> {
            if (r.verb == "GET" && r.request.url().path().contains(u"operationsStatus"))
                return json(200,
                    scenario == u"failed" ? QByteArray(
                        R"({"status":"Failed","error":{"code":"ModelPackageFormatError","message":"bad"}})")
                                          : QByteArray(R"({"status":"Succeeded"})"));
            if (r.verb == "GET") {
                QJsonObject extra;
                if (scenario == u"readonly")
                    extra.insert(QStringLiteral("readOnly"), true);
                return json(200, bytes(service(live, extra)));
            }
            if (r.verb == "PATCH") {
                ++patches;
                if (scenario == u"400")
                    return json(400,
                        R"({"error":{"code":"BadRequest","message":"The request is invalid.","details":[{"code":"CannotChangeStorageAccount","message":"x"}]}})");
                if (scenario != u"noop")
                    live = newUri;
                if (scenario == u"lost")
                    return FakeAnswer::failure(QNetworkReply::RemoteHostClosedError);
                return json(
                    200, "{}", { { "Azure-AsyncOperation", "http://127.0.0.1:7002/operationsStatus/1" } });
            }
            return std::nullopt;
        };
        auto [result, error] = runUpdate(route, m_dir.path());
        QCOMPARE(int(result.state), state);
        QVERIFY(!result.stateText.isEmpty());
        if (state == int(ServiceState::Updated)) {
            QVERIFY2(!error, qPrintable(error.message()));
            QCOMPARE(result.verifiedUri, newUri);
            QCOMPARE(result.diff.size(), 1);
            QVERIFY(QFile::exists(result.backupFile));
            QCOMPARE(patches, 1);
        } else {
            QVERIFY(error);
            QVERIFY2(error.message().contains(words), qPrintable(error.message()));
        }
        if (scenario == u"readonly")
            QCOMPARE(patches, 0);
        if (scenario == u"lost")
            QVERIFY2(
                result.stateText.contains(QStringLiteral("did not complete")), qPrintable(result.stateText));
    }

    void noBackupNoUpdate()
    {
        int patches = 0;
        auto [result, error] = runUpdate(
            [&](const SeenRequest &r) -> std::optional<FakeAnswer> {
                patches += r.verb == "PATCH";
                return json(200, bytes(service()));
            },
            QString());
        QCOMPARE(result.state, ServiceState::Unchanged);
        QVERIFY2(error.message().contains(QStringLiteral("backup")), qPrintable(error.message()));
        QCOMPARE(patches, 0);
    }
};

QTEST_GUILESS_MAIN(TestArmUpdate)
#include "tst_armupdate.moc"
