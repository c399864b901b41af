// The v2 flow through mlretrain-cli under trouble, against its own sandbox over HTTPS: 20 % of
// the Azure ML requests answered 429, 500 or 503, reset or stalled, over retrain, evaluate
// and roll-out (it completes; exactly one job, one model version and one new deployment; the
// uploaded blob is the file byte for byte), and the CLI killed (SIGKILL) while it waits for
// the new deployment (the same command again re-attaches and finishes, creating nothing twice).
#include "clirunner.h"
#include "tst_amlsupport.h"
#include "tst_serversupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mlr::test;

class TestCliAzureMlFaults : public QObject
{
    Q_OBJECT

    ServerProcess m_server;
    QTemporaryDir m_dir;
    QJsonObject m_demo;
    AmlClient m_aml;
    CliRunner m_cli;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    bool setFaults(const QByteArray &spec)
    {
        return http(spec.isEmpty() ? "DELETE" : "PUT", QUrl(m_server.login + u"/admin/faults"_s), spec,
                   { { "Content-Type", "text/plain" } })
                   .status
            == 200;
    }
    QStringList names(const QString &path)
    {
        QStringList out;
        for (const QJsonValue &v : m_aml.get(path).json()[u"value"_s].toArray())
            out << v[u"name"_s].toString();
        return out;
    }
    QMap<QString, int> traffic(const QString &endpoint)
    {
        QMap<QString, int> out;
        const QJsonObject t
            = m_aml.get(u"/onlineEndpoints/"_s + endpoint).json()[u"properties"_s][u"traffic"_s].toObject();
        for (auto it = t.begin(); it != t.end(); ++it)
            out.insert(it.key(), it.value().toInt());
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString why;
        QVERIFY2(m_server.start({ u"--seed-demo"_s, u"--aml-job-pace"_s, u"50"_s, u"--aml-provision-delay"_s,
                                    u"1500"_s },
                     &why),
            qPrintable(why));
        m_demo = m_server.demo()[u"azureml"_s].toObject();
        QVERIFY2(m_aml.open(m_demo, &why), qPrintable(why));
        QProcessEnvironment env = isolatedCliEnvironment(path(u"home"_s));
        addSandboxCredentials(env, m_server.demo(), path(u"data"_s), true);
        m_cli = CliRunner(QStringLiteral(MLR_CLI_BINARY), env, { u"--config"_s, path(u"profiles.ini"_s) });
        const CliRun made = m_cli.run({ u"profile"_s, u"from-sandbox"_s, m_server.dataDir() + u"/demo.json"_s,
            u"--kind"_s, u"azureml"_s });
        QVERIFY2(made.exitCode == 0, qPrintable(made.describe()));
    }

    // The census endpoint under 20 % faults from submit to 100 %.
    void wholeFlowUnderTransientFaults()
    {
        const QStringList jobsBefore = names(u"/jobs"_s);
        QVERIFY(setFaults("seed=11; login.token=503,p=0.2,retry-after=1; aml.*=429,p=0.06,retry-after=1; "
                          "aml.*=500,p=0.06; aml.*=503,p=0.06,retry-after=1; aml.*=reset,p=0.04; "
                          "aml.*=stall,p=0.02,ms=1500"));
        const CliRun submit = m_cli.run({ u"--json"_s, u"retrain"_s, u"submit"_s, u"--input"_s,
                                            m_demo[u"newData"_s].toString(), u"--wait"_s },
            {}, 300'000);
        QVERIFY2(submit.exitCode == 0, qPrintable(submit.describe()));
        const QString job = submit.object()[u"jobId"_s].toString();
        const CliRun evaluate = m_cli.run({ u"--json"_s, u"retrain"_s, u"evaluate"_s, job }, {}, 300'000);
        QVERIFY2(evaluate.exitCode == 0 || evaluate.exitCode == 3, qPrintable(evaluate.describe()));
        const CliRun rollout = m_cli.run({ u"--json"_s, u"endpoint"_s, u"rollout"_s, u"--from-job"_s, job,
                                             u"--yes"_s, u"--ignore-gate"_s },
            {}, 300'000);
        const QJsonObject faults = http("GET", QUrl(m_server.login + u"/admin/faults"_s)).json();
        QVERIFY(setFaults(""));
        QVERIFY2(rollout.exitCode == 0, qPrintable(rollout.describe()));
        QCOMPARE(rollout.object()[u"state"_s].toString(), u"rolled-out"_s);

        // The faults really happened: about one request in five (each rule draws on the
        // requests the rules before it let through).
        int fired = 0;
        const int requests = faults[u"rules"_s][1][u"matched"_s].toInt();
        for (const QJsonValue &rule : faults[u"rules"_s].toArray())
            if (rule[u"rule"_s].toString().startsWith(u"aml."_s))
                fired += rule[u"fired"_s].toInt();
        qInfo("%d of %d Azure ML requests faulted", fired, requests);
        QVERIFY2(
            requests >= 30 && fired >= requests / 10, qPrintable(u"%1 of %2"_s.arg(fired).arg(requests)));

        QStringList jobsAfter = names(u"/jobs"_s);
        for (const QString &j : jobsBefore)
            jobsAfter.removeOne(j);
        QCOMPARE(jobsAfter, QStringList { job });
        QCOMPARE(names(u"/models/census-income/versions"_s).size(), 2);
        QStringList deployments = names(u"/onlineEndpoints/census-endpoint/deployments"_s);
        deployments.sort();
        QCOMPARE(deployments, (QStringList { u"blue"_s, u"green"_s }));
        QCOMPARE(
            traffic(u"census-endpoint"_s), (QMap<QString, int> { { u"blue"_s, 0 }, { u"green"_s, 100 } }));

        const QString data = m_aml.get(u"/jobs/"_s + job)
                                 .json()[u"properties"_s][u"inputs"_s][u"training_data"_s][u"uri"_s]
                                 .toString();
        QFile file(m_demo[u"newData"_s].toString());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(getBlob(m_server.demo()[u"storageConnectionString"_s].toString(),
                     u"azureml-blobstore-"_s + m_demo[u"workspaceId"_s].toString(),
                     data.mid(data.indexOf(u"/paths/"_s) + 7)),
            file.readAll());
    }

    // The housing endpoint: the CLI killed while it waits for the new deployment; the same
    // command again re-attaches to it and finishes; one model version, one new deployment.
    void killedDuringTheDeploymentWaitReattaches()
    {
        const QJsonObject regression = m_demo[u"regression"_s].toObject();
        const CliRun submit = m_cli.run({ u"--json"_s, u"retrain"_s, u"submit"_s, u"--endpoint"_s,
            u"housing-endpoint"_s, u"--input"_s, regression[u"newData"_s].toString(), u"--wait"_s });
        QVERIFY2(submit.exitCode == 0, qPrintable(submit.describe()));
        const QString job = submit.object()[u"jobId"_s].toString();
        const QStringList rollout { u"--json"_s, u"endpoint"_s, u"rollout"_s, u"housing-endpoint"_s,
            u"--from-job"_s, job, u"--yes"_s, u"--ignore-gate"_s };
        QProcess first;
        m_cli.start(first, rollout);
        QByteArray err;
        QVERIFY2(CliRunner::waitForStderr(first, "Creating deployment", &err), err.constData());
        first.kill();
        QVERIFY(first.waitForFinished(10000));
        QCOMPARE(traffic(u"housing-endpoint"_s), (QMap<QString, int> { { u"blue"_s, 100 } }));

        const CliRun again = m_cli.run(rollout, {}, 300'000);
        QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
        QCOMPARE(again.object()[u"state"_s].toString(), u"rolled-out"_s);
        QVERIFY(!again.object()[u"modelRegistered"_s].toBool());
        QVERIFY(!again.object()[u"deploymentCreated"_s].toBool());
        QVERIFY2(again.errText().contains(u"waiting for it"_s) || again.errText().contains(u"using it"_s),
            qPrintable(again.errText()));
        QCOMPARE(names(u"/models/housing-prices/versions"_s).size(), 2);
        QStringList deployments = names(u"/onlineEndpoints/housing-endpoint/deployments"_s);
        deployments.sort();
        QCOMPARE(deployments, (QStringList { u"blue"_s, u"green"_s }));
        QCOMPARE(
            traffic(u"housing-endpoint"_s), (QMap<QString, int> { { u"blue"_s, 0 }, { u"green"_s, 100 } }));
    }
};

QTEST_GUILESS_MAIN(TestCliAzureMlFaults)
#include "tst_cli_azuremlfaults.moc"
