// mlretrain-cli's Azure sign-in against the sandbox (ARM and Azure ML over HTTPS, its CA
// trusted through the profiles; its login server on loopback): --device-code with the code
// approved, declined (by the sandbox's admin route, as a browser would on /devicelogin) or
// left to expire, and interrupted; --remember and a later command on the remembered sign-in;
// an online endpoint with authMode AADToken (made by raw ARM) scored, evaluated against and
// rolled out to through tokens for https://ml.azure.com, and the one clear line when that
// token cannot be had. No client secret is in the environment unless a row sets it, and the
// profiles are made without the keychain, so it holds no client secret.
//  - cli_signin: no keychain (MLR_KEYCHAIN=session): --remember says it cannot keep anything;
//  - cli_signin_keyring (MLR_TEST_WITH_KEYRING=1, under with-keyring.sh): the remembered
//    sign-in goes to a private gnome-keyring and the next commands use it.
#include "clirunner.h"
#include "tst_amlsupport.h"
#include "tst_serversupport.h"

#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mlr::test;

namespace {

bool withKeyring()
{
    return qEnvironmentVariableIntValue("MLR_TEST_WITH_KEYRING") == 1;
}

const QString azureMl = u"Azure ML sandbox"_s;
const QString classic = u"Local sandbox"_s;

} // namespace

class TestCliSignIn : public QObject
{
    Q_OBJECT

    ServerProcess m_server;
    QTemporaryDir m_dir;
    QJsonObject m_demo; // the "azureml" section
    AmlClient m_aml;
    CliRunner m_cli;
    QByteArray m_seen; // everything the CLI printed, for the token scan

    CliRun run(const QString &profile, const QStringList &args, const QProcessEnvironment *env = nullptr)
    {
        const QStringList all = QStringList { u"--profile"_s, profile } + args;
        CliRun r = env ? m_cli.runWith(*env, all) : m_cli.run(all);
        m_seen += r.out + r.err;
        return r;
    }
    // Runs a command with --device-code; once its instruction is on stderr, the code is
    // approved, denied or (empty decision) left alone.
    CliRun withDeviceCode(
        const QString &profile, const QStringList &args, const QString &decision, QString *userCode = nullptr)
    {
        QProcess process;
        m_cli.start(
            process, QStringList { u"--profile"_s, profile } + args + QStringList { u"--device-code"_s });
        QByteArray err;
        // The sandbox's instruction ends so (AAD's too).
        if (!CliRunner::waitForStderr(process, "to authenticate.", &err, 30000))
            qWarning("no device code instruction: %s", err.constData());
        const QRegularExpressionMatch code
            = QRegularExpression(u"the code ([A-Z0-9]{9})"_s).match(QString::fromUtf8(err));
        if (userCode)
            *userCode = code.captured(1);
        if (!decision.isEmpty() && code.hasMatch()) {
            const HttpResult decided = http("POST",
                QUrl(m_server.login + u"/admin/device-codes/%1/%2"_s.arg(code.captured(1), decision)));
            if (decided.status != 200)
                qWarning("%s", qPrintable(decided.describe()));
        }
        CliRun r = CliRunner::finish(process, err);
        m_seen += r.out + r.err;
        return r;
    }
    static int errorLines(const CliRun &r) { return int(r.errText().count(u"mlretrain-cli: error: "_s)); }
    static QString lastLine(const CliRun &r) { return r.errText().trimmed().split(u'\n').last(); }
    bool setFaults(const QByteArray &spec)
    {
        return http(spec.isEmpty() ? "DELETE" : "PUT", QUrl(m_server.login + u"/admin/faults"_s), spec,
                   { { "Content-Type", "text/plain" } })
                   .status
            == 200;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString why;
        QVERIFY2(
            m_server.start({ u"--seed-demo"_s, u"--aml-provision-delay"_s, u"200"_s,
                               u"--device-code-interval"_s, u"1"_s, u"--device-code-lifetime"_s, u"6"_s },
                &why),
            qPrintable(why));
        m_demo = m_server.demo()[u"azureml"_s].toObject();
        QVERIFY2(m_aml.open(m_demo, &why), qPrintable(why));
        QProcessEnvironment env = isolatedCliEnvironment(m_dir.filePath(u"home"_s));
        addSandboxCredentials(env, m_server.demo(), m_dir.filePath(u"data"_s), false);
        // Both profiles without the keychain: it holds no client secret for them.
        m_cli = CliRunner(
            QStringLiteral(MLR_CLI_BINARY), env, { u"--config"_s, m_dir.filePath(u"profiles.ini"_s) });
        const QString demoFile = m_server.dataDir() + u"/demo.json"_s;
        QCOMPARE(run(classic, { u"profile"_s, u"from-sandbox"_s, demoFile }).exitCode, 0);
        QCOMPARE(
            run(azureMl, { u"profile"_s, u"from-sandbox"_s, demoFile, u"--kind"_s, u"azureml"_s }).exitCode,
            0);
        if (withKeyring())
            m_cli.environment().remove(u"MLR_KEYCHAIN"_s);
    }

    void deviceCode_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<QString>("decision"); // approve | deny | empty: let it expire
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("expected"); // on stdout when it succeeds, else in the error line
        QTest::newRow("approved: endpoint list") << azureMl << QStringList { u"endpoint"_s, u"list"_s }
                                                 << u"approve"_s << 0 << u"census-endpoint"_s;
        QTest::newRow("approved: model list")
            << azureMl << QStringList { u"model"_s, u"list"_s } << u"approve"_s << 0 << u"census-income"_s;
        QTest::newRow("approved: classic service list")
            << classic << QStringList { u"service"_s, u"list"_s } << u"approve"_s << 0 << u"-predictive"_s;
        QTest::newRow("declined") << azureMl << QStringList { u"endpoint"_s, u"list"_s } << u"deny"_s << 1
                                  << u"declined"_s;
        QTest::newRow("expired") << azureMl << QStringList { u"model"_s, u"list"_s } << QString() << 1
                                 << u"expired"_s;
    }

    void deviceCode()
    {
        QFETCH(QString, profile);
        QFETCH(QStringList, command);
        QFETCH(QString, decision);
        QFETCH(int, exitCode);
        QFETCH(QString, expected);
        QString code;
        const CliRun r = withDeviceCode(profile, command, decision, &code);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(!code.isEmpty(), qPrintable(r.describe()));
        // The service's instruction: the verification URL and the code, on stderr only.
        QVERIFY2(r.errText().contains(m_server.login + u"/devicelogin"_s), qPrintable(r.describe()));
        QVERIFY(!r.outText().contains(code));
        if (exitCode == 0) {
            QVERIFY2(r.outText().contains(expected), qPrintable(r.describe()));
            QCOMPARE(errorLines(r), 0);
        } else {
            QCOMPARE(errorLines(r), 1);
            QVERIFY2(lastLine(r).startsWith(u"mlretrain-cli: error: "_s), qPrintable(r.describe()));
            QVERIFY2(lastLine(r).contains(expected), qPrintable(r.describe()));
        }
    }

    // Ctrl-C / SIGTERM while waiting for the code: the usual "Interrupted." and 130.
    void interruptWhileWaiting()
    {
        QProcess process;
        m_cli.start(process, { u"--profile"_s, azureMl, u"endpoint"_s, u"list"_s, u"--device-code"_s });
        QByteArray err;
        QVERIFY2(CliRunner::waitForStderr(process, "/devicelogin", &err, 30000), err.constData());
        process.terminate();
        const CliRun r = CliRunner::finish(process, err, 20000);
        QCOMPARE(r.exitCode, 130);
        QVERIFY2(lastLine(r) == u"mlretrain-cli: error: Interrupted."_s, qPrintable(r.describe()));
    }

    // No client secret anywhere and nothing remembered: one line naming every way.
    void noCredentialSaysHowToSignIn()
    {
        const CliRun r = run(classic, { u"service"_s, u"list"_s });
        QCOMPARE(r.exitCode, 1);
        const QString line = QString::fromUtf8(r.oneErrorLine());
        QVERIFY2(line.contains(u"no remembered sign-in"_s) && line.contains(u"AZURE_CLIENT_SECRET"_s)
                && line.contains(u"--device-code"_s),
            qPrintable(r.describe()));
        const CliRun alone = run(azureMl, { u"model"_s, u"list"_s, u"--remember"_s });
        QCOMPARE(alone.exitCode, 1);
        QVERIFY2(alone.oneErrorLine().contains("add --device-code"), qPrintable(alone.describe()));
    }

    // --remember: with a keychain, the next commands (an ARM listing, then an AADToken
    // endpoint's scoring through the refresh token) sign in without a prompt; without one, the
    // run says nothing was kept and the next command asks for a sign-in.
    void rememberedSignIn()
    {
        const CliRun first
            = withDeviceCode(azureMl, { u"endpoint"_s, u"list"_s, u"--remember"_s }, u"approve"_s);
        QVERIFY2(first.exitCode == 0, qPrintable(first.describe()));
        const CliRun later = run(azureMl, { u"model"_s, u"list"_s });
        if (!withKeyring()) {
            QVERIFY2(first.errText().contains(u"not remembered"_s), qPrintable(first.describe()));
            QCOMPARE(later.exitCode, 1);
            QVERIFY2(later.oneErrorLine().contains("no remembered sign-in"), qPrintable(later.describe()));
            return;
        }
        QVERIFY2(first.errText().contains(u"remembered in the keychain"_s), qPrintable(first.describe()));
        QVERIFY2(later.exitCode == 0, qPrintable(later.describe()));
        QVERIFY(later.outText().contains(u"census-income"_s));
        QVERIFY2(later.errText().contains(u"sign-in remembered for profile"_s), qPrintable(later.describe()));
        QVERIFY(!later.errText().contains(u"/devicelogin"_s));
        createAadTokenEndpoint();
        if (QTest::currentTestFailed())
            return;
        const CliRun smoke = run(azureMl, smokeArguments());
        QVERIFY2(smoke.exitCode == 0, qPrintable(smoke.describe()));
        QVERIFY(smoke.outText().contains(u"Deployment only answered"_s));
        QCOMPARE(run(azureMl, { u"profile"_s, u"set"_s, azureMl, u"refreshToken="_s }).exitCode, 0);
        QCOMPARE(run(azureMl, { u"model"_s, u"list"_s }).exitCode, 1);
    }

    // An endpoint with authMode AADToken: scored with a token for https://ml.azure.com from the
    // client secret and from a device code sign-in; without that token, one clear line.
    void aadTokenEndpoint()
    {
        createAadTokenEndpoint();
        if (QTest::currentTestFailed())
            return;
        QProcessEnvironment secret = m_cli.environment();
        secret.insert(u"AZURE_CLIENT_SECRET"_s, m_server.demo()[u"clientSecret"_s].toString());
        const CliRun r = run(azureMl, smokeArguments(), &secret);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.outText().contains(u"Deployment only answered"_s), qPrintable(r.describe()));
        const CliRun device = withDeviceCode(azureMl, smokeArguments(), u"approve"_s);
        QVERIFY2(device.exitCode == 0, qPrintable(device.describe()));

        // The ARM sign-in works, every later token request fails (503, retried, then given up).
        QVERIFY(setFaults("login.token=503,skip=1"));
        const CliRun refused = run(azureMl, smokeArguments(), &secret);
        QVERIFY(setFaults({}));
        QCOMPARE(refused.exitCode, 1);
        const QString line = lastLine(refused);
        QCOMPARE(errorLines(refused), 1);
        QVERIFY2(line.contains(u"https://ml.azure.com"_s) && line.contains(u"entra-endpoint"_s),
            qPrintable(refused.describe()));
    }

    // The same endpoint's production deployment scores the evaluation's rows, and the
    // roll-out's smoke test, through tokens for https://ml.azure.com.
    void evaluateAndRolloutThroughAadToken()
    {
        createAadTokenEndpoint();
        if (QTest::currentTestFailed())
            return;
        QProcessEnvironment secret = m_cli.environment();
        secret.insert(u"AZURE_CLIENT_SECRET"_s, m_server.demo()[u"clientSecret"_s].toString());
        const CliRun submit = run(azureMl,
            { u"--json"_s, u"retrain"_s, u"submit"_s, u"--endpoint"_s, u"entra-endpoint"_s, u"--input"_s,
                m_demo[u"newData"_s].toString(), u"--wait"_s },
            &secret);
        QVERIFY2(submit.exitCode == 0, qPrintable(submit.describe()));
        const QString job = submit.object()[u"jobId"_s].toString();
        const CliRun evaluate = run(azureMl, { u"--json"_s, u"retrain"_s, u"evaluate"_s, job }, &secret);
        QVERIFY2(evaluate.exitCode == 0 || evaluate.exitCode == 3, qPrintable(evaluate.describe()));
        QCOMPARE(evaluate.object()[u"basis"_s].toString(), u"same-rows"_s);
        QCOMPARE(evaluate.object()[u"production"_s][u"endpoint"_s].toString(), u"entra-endpoint"_s);
        const QStringList gate = evaluate.exitCode == 0 ? QStringList() : QStringList { u"--ignore-gate"_s };
        const CliRun canary = run(azureMl,
            QStringList { u"--json"_s, u"endpoint"_s, u"rollout"_s, u"entra-endpoint"_s, u"--from-job"_s, job,
                u"--until"_s, u"10"_s, u"--yes"_s }
                + gate,
            &secret);
        QVERIFY2(canary.exitCode == 0, qPrintable(canary.describe()));
        QCOMPARE(canary.object()[u"state"_s].toString(), u"partial"_s);
        QVERIFY2(canary.object()[u"smoke"_s].isObject(), qPrintable(canary.describe()));
    }

    // No access, refresh or device token of the sandbox (JWTs "eyJ...", refresh tokens
    // "0.LOCAL.", device codes "...--LOCAL-") in anything the CLI printed.
    void noTokenInOutput()
    {
        QVERIFY(!m_seen.isEmpty());
        for (const QByteArray &canary : { QByteArray("eyJ"), QByteArray("0.LOCAL."), QByteArray("--LOCAL-") })
            QVERIFY2(!m_seen.contains(canary), canary.constData());
        QVERIFY(!m_seen.contains(m_server.demo()[u"clientSecret"_s].toString().toUtf8()));
    }

private:
    QStringList smokeArguments() const
    {
        return { u"endpoint"_s, u"smoke"_s, u"entra-endpoint"_s, u"--sample"_s,
            m_demo[u"newData"_s].toString(), u"--label"_s, u"income"_s };
    }

    // entra-endpoint (authMode AADToken) with one deployment at 100 %, by raw ARM (once).
    void createAadTokenEndpoint()
    {
        if (m_aml.get(u"/onlineEndpoints/entra-endpoint"_s).status == 200)
            return;
        QJsonObject properties { { u"authMode"_s, u"AADToken"_s } };
        QJsonObject endpoint { { u"location"_s, u"westeurope"_s },
            { u"identity"_s, QJsonObject { { u"type"_s, u"SystemAssigned"_s } } },
            { u"properties"_s, properties } };
        QCOMPARE(m_aml.waitOperation(m_aml.put(u"/onlineEndpoints/entra-endpoint"_s, endpoint))[u"status"_s]
                     .toString(),
            u"Succeeded"_s);
        const QJsonObject deployment { { u"location"_s, u"westeurope"_s },
            { u"sku"_s, QJsonObject { { u"name"_s, u"Default"_s }, { u"capacity"_s, 1 } } },
            { u"properties"_s,
                QJsonObject { { u"endpointComputeType"_s, u"Managed"_s },
                    { u"model"_s, u"azureml:census-income:1"_s } } } };
        QCOMPARE(m_aml
                     .waitOperation(m_aml.put(
                         u"/onlineEndpoints/entra-endpoint/deployments/only"_s, deployment))[u"status"_s]
                     .toString(),
            u"Succeeded"_s);
        properties.insert(u"traffic"_s, QJsonObject { { u"only"_s, 100 } });
        endpoint.insert(u"properties"_s, properties);
        QCOMPARE(m_aml.waitOperation(m_aml.put(u"/onlineEndpoints/entra-endpoint"_s, endpoint))[u"status"_s]
                     .toString(),
            u"Succeeded"_s);
    }
};

QTEST_GUILESS_MAIN(TestCliSignIn)
#include "tst_cli_signin.moc"
