// The own-data path a newcomer follows with mlretrain-cli, against its own seeded mlstudio-local
// and the Azurite of the fixture, with no keychain (MLR_KEYCHAIN=session): a profile from the
// demo's demo.json and from a template pair's NAME.json (its container created, the profile made
// the default), the one message that lists every variable the flow needs without a keychain, the
// hint of a missing container, and a decision report written after a rollback.

#include "clirunner.h"
#include "tst_serversupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <utility>

using namespace Qt::StringLiterals;
using namespace mlr::test;

namespace {

const QStringList flowVariables { u"AZURE_STORAGE_CONNECTION_STRING"_s, u"MLR_TRAINING_API_KEY"_s,
    u"MLR_PREDICTIVE_API_KEY"_s, u"AZURE_CLIENT_SECRET"_s };

} // namespace

class TestCliOwnData : public QObject
{
    Q_OBJECT

    ServerProcess m_server;
    QTemporaryDir m_dir;
    QJsonObject m_demo;
    CliRunner m_bare; // no secrets in the environment: what a newcomer without a keychain has
    CliRunner m_cli; // the secrets in the environment, as the message tells them to pass them

    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString demoFile() const { return m_server.dataDir() + u"/demo.json"_s; }

    QString lastUsedProfile()
    {
        const CliRun list = m_bare.run({ u"--json"_s, u"profile"_s, u"list"_s });
        for (const QJsonValue &p : list.array())
            if (p[u"lastUsed"_s].toBool())
                return p[u"name"_s].toString();
        return {};
    }

    QStringList containers()
    {
        const CliRun r = m_cli.run({ u"--json"_s, u"storage"_s, u"containers"_s });
        QStringList names;
        for (const QJsonValue &c : r.json()[u"containers"_s].toArray())
            names.append(c[u"name"_s].toString());
        if (names.isEmpty())
            for (const QJsonValue &c : r.array())
                names.append(c[u"name"_s].toString());
        return names;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString why;
        QVERIFY2(m_server.start({ u"--seed-demo"_s }, &why), qPrintable(why));
        m_demo = m_server.demo();
        const QStringList leading { u"--config"_s, path(u"profiles.ini"_s) };
        m_bare = CliRunner(QStringLiteral(MLR_CLI_BINARY), isolatedCliEnvironment(path(u"home"_s)), leading);
        m_bare.environment().insert(u"MLR_DATA_DIR"_s, path(u"data"_s));
        QProcessEnvironment env = isolatedCliEnvironment(path(u"home"_s));
        addSandboxCredentials(env, m_demo, path(u"data"_s), true);
        m_cli = CliRunner(QStringLiteral(MLR_CLI_BINARY), env, leading);
    }

    // Without a keychain: one message, with every variable of the flow; the profile is the default.
    void demoProfileWithoutKeychain()
    {
        const CliRun r = m_bare.run({ u"profile"_s, u"from-sandbox"_s, demoFile(), u"demo"_s });
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QString out = r.outText();
        QVERIFY2(out.contains(u"WITHOUT its secrets"_s), qPrintable(out));
        for (const QString &variable : flowVariables)
            QVERIFY2(out.count(variable) == 1, qPrintable(variable + u" in: "_s + out));
        QVERIFY2(out.contains(u"the values are in %1"_s.arg(QDir::toNativeSeparators(demoFile()))),
            qPrintable(out));
        QVERIFY2(out.contains(u"'demo' is now the default profile."_s), qPrintable(out));
        QVERIFY(r.errText().isEmpty());
        QCOMPARE(lastUsedProfile(), u"demo"_s);
        // The demo's own container, which the seed made.
        const QString container = m_demo[u"container"_s].toString();
        QVERIFY2(out.contains(u"blobs in container '%1'"_s.arg(container)), qPrintable(out));
    }

    // A pair of the user's own (template + CSV): the note says where its keys are, and a profile
    // made from its NAME.json gets a container, created, and becomes the default.
    void pairProfile_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("container");
        QTest::newRow("default container") << QStringList() << u"mlretrain"_s;
        QTest::newRow("--container") << QStringList { u"--container"_s, u"own-data"_s } << u"own-data"_s;
    }
    void pairProfile()
    {
        QFETCH(QStringList, extra);
        QFETCH(QString, container);
        const QString pairName = container == u"mlretrain"_s ? u"mine"_s : u"mine2"_s;
        const CliRun create
            = m_cli.run({ u"-p"_s, u"demo"_s, u"service"_s, u"create"_s, pairName, u"--template"_s,
                            u"two-class"_s, u"--schema-from"_s, m_server.dataDir() + u"/census-initial.csv"_s,
                            u"--label"_s, u"income"_s },
                {}, 180000);
        QVERIFY2(create.exitCode == 0, qPrintable(create.describe()));
        const QString created = create.outText();
        QVERIFY2(created.contains(u"they are in %1.json in mlstudio-local's data folder"_s.arg(pairName)),
            qPrintable(created));
        for (const QString &variable : flowVariables)
            QVERIFY2(created.count(variable) == 1, qPrintable(created));
        const QString pairFile = m_server.dataDir() + u'/' + pairName + u".json"_s;
        QVERIFY2(QFile::exists(pairFile), qPrintable(pairFile));

        QVERIFY(!containers().contains(container));
        const CliRun r
            = m_bare.run(QStringList { u"profile"_s, u"from-sandbox"_s, pairFile, pairName } + extra);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.outText().contains(u"Container '%1' created"_s.arg(container)), qPrintable(r.outText()));
        QVERIFY(containers().contains(container));
        QCOMPARE(lastUsedProfile(), pairName);
        const CliRun show = m_bare.run({ u"--json"_s, u"profile"_s, u"show"_s, pairName });
        QCOMPARE(show.object()[u"settings"_s][u"container"_s].toString(), container);
        QCOMPARE(
            show.object()[u"settings"_s][u"trainingServiceName"_s].toString(), pairName + u"-retraining"_s);
        // Again: the container is kept, not created twice.
        const CliRun again
            = m_bare.run(QStringList { u"profile"_s, u"from-sandbox"_s, pairFile, pairName } + extra);
        QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
        QVERIFY2(again.outText().contains(u"keeps its blobs in container '%1'"_s.arg(container)),
            qPrintable(again.outText()));
    }

    // --kind azureml: the workspace, endpoint and CA of demo.json's "azureml" section, over HTTPS.
    void azuremlProfileFromSandbox()
    {
        const CliRun r = m_bare.run(
            { u"--json"_s, u"profile"_s, u"from-sandbox"_s, demoFile(), u"--kind"_s, u"azureml"_s });
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.object()[u"name"_s].toString(), u"Azure ML sandbox"_s);
        const QJsonObject aml = m_demo[u"azureml"_s].toObject();
        const QJsonObject settings
            = m_bare.run({ u"--json"_s, u"profile"_s, u"show"_s, u"Azure ML sandbox"_s })
                  .object()[u"settings"_s]
                  .toObject();
        QCOMPARE(settings[u"kind"_s].toString(), u"azureml"_s);
        QCOMPARE(settings[u"armUrl"_s].toString(), aml[u"armUrl"_s].toString());
        QVERIFY(settings[u"armUrl"_s].toString().startsWith(u"https://127.0.0.1:"_s));
        QCOMPARE(settings[u"workspace"_s].toString(), aml[u"workspace"_s].toString());
        QCOMPARE(settings[u"endpoint"_s].toString(), u"census-endpoint"_s);
        QCOMPARE(settings[u"caCertificateFile"_s].toString(), aml[u"caFile"_s].toString());
        QCOMPARE(
            settings[u"container"_s].toString(), u"azureml-blobstore-"_s + aml[u"workspaceId"_s].toString());
        QCOMPARE(
            m_bare.run({ u"profile"_s, u"from-sandbox"_s, demoFile(), u"x"_s, u"--kind"_s, u"sagemaker"_s })
                .exitCode,
            1);
        QCOMPARE(m_bare.run({ u"profile"_s, u"show"_s, u"x"_s }).exitCode, 1);
    }

    void badContainerSavesNothing()
    {
        const CliRun r = m_bare.run({ u"profile"_s, u"from-sandbox"_s, demoFile(), u"bad"_s, u"--container"_s,
            u"Not_A_Container"_s });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.oneErrorLine().contains("Not_A_Container"), qPrintable(r.errText()));
        QCOMPARE(m_bare.run({ u"profile"_s, u"show"_s, u"bad"_s }).exitCode, 1);
    }

    // A container that does not exist: the error says how to create it.
    void missingContainerSuggestsMkcontainer_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<QString>("container");
        QTest::newRow("storage ls") << QStringList { u"storage"_s, u"ls"_s, u"no-such-box"_s }
                                    << u"no-such-box"_s;
        QTest::newRow("storage download")
            << QStringList { u"storage"_s, u"download"_s, u"no-such-box2/x.csv"_s, u"@DIR@/x.csv"_s }
            << u"no-such-box2"_s;
        QTest::newRow("retrain submit") << QStringList { u"-p"_s, u"gone"_s, u"retrain"_s, u"submit"_s,
            u"--input"_s, u"@CSV@"_s } << u"gone-container"_s;
    }
    void missingContainerSuggestsMkcontainer()
    {
        QFETCH(QStringList, command);
        QFETCH(QString, container);
        if (command.contains(u"gone"_s)) {
            // A profile whose container was never made.
            QCOMPARE(m_bare.run({ u"profile"_s, u"from-sandbox"_s, demoFile(), u"gone"_s }).exitCode, 0);
            QCOMPARE(
                m_bare.run({ u"profile"_s, u"set"_s, u"gone"_s, u"container=gone-container"_s }).exitCode, 0);
        }
        for (QString &a : command)
            a.replace(u"@DIR@"_s, m_dir.path())
                .replace(u"@CSV@"_s, m_server.dataDir() + u"/census-new.csv"_s);
        const CliRun r = m_cli.run(command);
        QCOMPARE(r.exitCode, 1);
        const QString last = r.errText().trimmed().split(u'\n').last();
        QVERIFY2(last.startsWith(u"mlretrain-cli: error: "_s)
                && last.endsWith(u"Create it with 'mlretrain-cli storage mkcontainer %1'."_s.arg(container)),
            qPrintable(r.errText()));
    }

    // The decision report of an update that was rolled back says so; before the rollback it
    // does not.
    void reportAfterRollback()
    {
        const QString predictive = m_demo[u"predictiveService"_s].toObject()[u"name"_s].toString();
        // The demo pair's own profile ('demo' now uses the template pair of pairProfile).
        QCOMPARE(m_bare.run({ u"profile"_s, u"from-sandbox"_s, demoFile(), u"flow"_s }).exitCode, 0);
        const CliRun submit = m_cli.run({ u"-p"_s, u"flow"_s, u"retrain"_s, u"submit"_s, u"--input"_s,
                                            m_server.dataDir() + u"/census-new.csv"_s, u"--wait"_s },
            {}, 180000);
        QVERIFY2(submit.exitCode == 0, qPrintable(submit.describe()));
        const QString job = submit.outText().split(u'\n').first().trimmed();
        QVERIFY(!job.isEmpty());
        const CliRun update = m_cli.run(
            { u"-p"_s, u"flow"_s, u"service"_s, u"update"_s, predictive, u"--from-job"_s, job, u"--yes"_s });
        QVERIFY2(update.exitCode == 0, qPrintable(update.describe()));
        const auto report = [&](const QString &file) {
            const CliRun r = m_cli.run({ u"-p"_s, u"flow"_s, u"--json"_s, u"report"_s, job, path(file) });
            QFile html(path(file));
            return std::pair { r.object(),
                html.open(QIODevice::ReadOnly) ? QString::fromUtf8(html.readAll()) : QString() };
        };
        const auto [before, beforeHtml] = report(u"before.html"_s);
        QCOMPARE(before[u"updated"_s].toBool(), true);
        QCOMPARE(before[u"rolledBack"_s].toBool(), false);
        QVERIFY(!beforeHtml.contains(u"was rolled back"_s));
        const CliRun rollback
            = m_cli.run({ u"-p"_s, u"flow"_s, u"service"_s, u"rollback"_s, predictive, u"--yes"_s });
        QVERIFY2(rollback.exitCode == 0, qPrintable(rollback.describe()));
        const auto [after, afterHtml] = report(u"after.html"_s);
        QCOMPARE(after[u"rolledBack"_s].toBool(), true);
        QVERIFY2(afterHtml.contains(u"This update was rolled back on "_s), qPrintable(afterHtml.left(2000)));
        QVERIFY(afterHtml.contains(u"Model put back"_s));
    }
};

QTEST_GUILESS_MAIN(TestCliOwnData)
#include "tst_cli_owndata.moc"
