// mlretrain-cli's retrain group as a script runs it: the built binary through QProcess against
// mlstudio-local + Azurite. Two runs (ml.cmake):
//  - cli_retrain: no keychain (MLR_KEYCHAIN=session), so the profile made by `profile
//    from-sandbox` has no secrets and the keys come from the environment, as a CI script
//    would pass them: MLR_TRAINING_API_KEY and AZURE_STORAGE_CONNECTION_STRING;
//  - cli_retrain_keyring (MLR_TEST_WITH_KEYRING=1, under with-keyring.sh): the secrets go to
//    a private gnome-keyring and the retrain commands read them from there.
#include "clirunner.h"
#include "tst_serversupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace mlr::test;

namespace {

bool withKeyring()
{
    return qEnvironmentVariableIntValue("MLR_TEST_WITH_KEYRING") == 1;
}

} // namespace

class TestCliRetrain : public QObject
{
    Q_OBJECT

    ServerProcess m_server;
    QTemporaryDir m_home;
    QString m_config;
    QString m_demoPath;
    QJsonObject m_demo;
    QString m_csv;
    QProcessEnvironment m_env;

    CliRun run(const QStringList &args, const QProcessEnvironment &env, int timeoutMs = 120'000) const
    {
        return CliRunner(QStringLiteral(MLR_CLI_BINARY), env, { QStringLiteral("--config"), m_config })
            .run(args, {}, timeoutMs);
    }
    CliRun run(const QStringList &args) const { return run(args, m_env); }

    QJsonArray journal() const
    {
        const CliRun r = run({ QStringLiteral("retrain"), QStringLiteral("jobs"), QStringLiteral("--json") });
        return r.array();
    }

    QString writeCsv(const QString &name, bool withLabel, int rows)
    {
        QFile source(QDir(m_server.dataDir()).filePath(QStringLiteral("census-new.csv")));
        if (!source.open(QIODevice::ReadOnly))
            return {};
        QByteArray data;
        for (int i = 0; i <= rows && !source.atEnd(); ++i) {
            QByteArray line = source.readLine();
            if (!withLabel) {
                line = line.trimmed();
                line = line.left(line.lastIndexOf(',')) + '\n';
            }
            data += line;
        }
        const QString path = m_home.filePath(name);
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly))
            return {};
        out.write(data);
        return path;
    }

    // The first `rows` rows of census-new.csv, each row's label replaced by relabel(line, label).
    QString writeRelabelled(
        const QString &name, int rows, const std::function<QByteArray(int, QByteArray)> &relabel)
    {
        QFile source(QDir(m_server.dataDir()).filePath(QStringLiteral("census-new.csv")));
        if (!source.open(QIODevice::ReadOnly))
            return {};
        QByteArray data = source.readLine();
        for (int line = 2; line <= rows + 1 && !source.atEnd(); ++line) {
            const QByteArray row = source.readLine().trimmed();
            const qsizetype comma = row.lastIndexOf(',');
            data += row.left(comma + 1) + relabel(line, row.mid(comma + 1)) + '\n';
        }
        const QString path = m_home.filePath(name);
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(data) != data.size())
            return {};
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        QVERIFY2(m_server.start(
                     { QStringLiteral("--seed-demo"), QStringLiteral("--job-delay"), QStringLiteral("1500") },
                     &why),
            qPrintable(why));
        m_demo = m_server.demo();
        m_demoPath = QDir(m_server.dataDir()).filePath(QStringLiteral("demo.json"));
        m_config = m_home.filePath(QStringLiteral("profiles.ini"));
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(QStringLiteral("HOME"), m_home.path());
        m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral(".config")));
        m_env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral(".local/share")));
        if (withKeyring())
            m_env.remove(QStringLiteral("MLR_KEYCHAIN"));
        else
            m_env.insert(QStringLiteral("MLR_KEYCHAIN"), QStringLiteral("session"));
        m_env.insert(QStringLiteral("MLR_DATA_DIR"), m_home.filePath(QStringLiteral("data")));
        m_env.remove(QStringLiteral("AZURE_STORAGE_CONNECTION_STRING"));
        m_env.remove(QStringLiteral("MLR_TRAINING_API_KEY"));
        m_csv = writeCsv(QStringLiteral("census.csv"), true, 2000);
        QVERIFY(!m_csv.isEmpty());
    }

    void profileFromSandbox()
    {
        const CliRun r = run(
            { QStringLiteral("profile"), QStringLiteral("from-sandbox"), m_demoPath, QStringLiteral("sbx") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        if (withKeyring()) {
            QVERIFY2(
                r.out.contains(
                    "stored in the keychain: trainingApiKey, predictiveApiKey, accountKey, clientSecret"),
                qPrintable(r.describe()));
        } else {
            QVERIFY2(r.out.contains("WITHOUT its secrets"), qPrintable(r.describe()));
            QVERIFY(r.out.contains("MLR_TRAINING_API_KEY"));
        }
        const QString key = m_demo.value(QStringLiteral("trainingService"))
                                .toObject()
                                .value(QStringLiteral("apiKey"))
                                .toString();
        QVERIFY(!r.out.contains(key.toUtf8()));
        const CliRun show = run({ QStringLiteral("profile"), QStringLiteral("show"), QStringLiteral("sbx"),
            QStringLiteral("--json") });
        QCOMPARE(show.exitCode, 0);
        const QJsonObject settings = show.object().value(QStringLiteral("settings")).toObject();
        QCOMPARE(settings.value(QStringLiteral("trainingBatchUrl")).toString(),
            m_demo.value(QStringLiteral("trainingService"))
                .toObject()
                .value(QStringLiteral("batchUrl"))
                .toString());
        QCOMPARE(settings.value(QStringLiteral("container")).toString(),
            m_demo.value(QStringLiteral("container")).toString());
        QCOMPARE(settings.value(QStringLiteral("subscriptionId")).toString(),
            m_demo.value(QStringLiteral("subscriptionId")).toString());
        QVERIFY(!show.out.contains(key.toUtf8()));
        QFile ini(m_config);
        QVERIFY(ini.open(QIODevice::ReadOnly));
        QVERIFY(!ini.readAll().contains(key.toUtf8()));
    }

    void missingKeyIsExplained()
    {
        if (withKeyring())
            QSKIP("the key is in the keychain");
        const CliRun r = run({ QStringLiteral("-p"), QStringLiteral("sbx"), QStringLiteral("retrain"),
            QStringLiteral("submit"), QStringLiteral("--input"), m_csv });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("MLR_TRAINING_API_KEY"), qPrintable(r.describe()));
        QVERIFY(journal().isEmpty());
    }

    void submitWaitStatusJobs()
    {
        if (!withKeyring())
            setKeysInEnvironment();
        const CliRun r = run({ QStringLiteral("-p"), QStringLiteral("sbx"), QStringLiteral("retrain"),
            QStringLiteral("submit"), QStringLiteral("--input"), m_csv, QStringLiteral("--param"),
            QStringLiteral("Random seed=7"), QStringLiteral("--param"), QStringLiteral("Split fraction=0.6"),
            QStringLiteral("--wait"), QStringLiteral("--json") });
        checkSubmitWaitStatusJobs(r);
        setKeysInEnvironment(); // the remaining cases are the same with and without a keychain
    }

private:
    void setKeysInEnvironment()
    {
        addSandboxCredentials(m_env, m_demo, m_home.filePath(QStringLiteral("data")), false);
    }

    void checkSubmitWaitStatusJobs(const CliRun &r)
    {
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonObject job = r.object();
        const QString id = job.value(QStringLiteral("jobId")).toString();
        QVERIFY2(!id.isEmpty(), qPrintable(r.describe()));
        QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("Finished"));
        QCOMPARE(
            job.value(QStringLiteral("parameters")).toObject().value(QStringLiteral("Random seed")).toInt(),
            7);
        QCOMPARE(job.value(QStringLiteral("parameters"))
                     .toObject()
                     .value(QStringLiteral("Split fraction"))
                     .toDouble(),
            0.6);
        QVERIFY(job.value(QStringLiteral("outputs")).toObject().size() == 3);
        QVERIFY(r.err.contains("data check passed"));
        QVERIFY(r.err.contains("running"));

        const CliRun status
            = run({ QStringLiteral("retrain"), QStringLiteral("status"), id, QStringLiteral("--json") });
        QVERIFY2(status.exitCode == 0, qPrintable(status.describe()));
        QCOMPARE(status.object().value(QStringLiteral("state")).toString(), QStringLiteral("Finished"));
        QCOMPARE(status.object().value(QStringLiteral("results")).toObject().size(), 3);
        QVERIFY(!status.out.contains("sig="));

        const QJsonArray jobs = journal();
        QCOMPARE(jobs.size(), 1);
        QCOMPARE(jobs.at(0).toObject().value(QStringLiteral("jobId")).toString(), id);
        QCOMPARE(jobs.at(0).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("Finished"));

        const CliRun text = run({ QStringLiteral("retrain"), QStringLiteral("jobs") });
        QVERIFY(text.out.contains(id.toUtf8()));
    }

private Q_SLOTS:
    void submitThenWait()
    {
        const CliRun r = run({ QStringLiteral("-p"), QStringLiteral("sbx"), QStringLiteral("retrain"),
            QStringLiteral("submit"), QStringLiteral("--input"), m_csv,
            QStringLiteral("--connection-string-refs") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QString id = QString::fromUtf8(r.out.trimmed());
        QVERIFY2(!id.isEmpty() && !id.contains(u'\n'), qPrintable(r.describe())); // stdout: the job id only
        const CliRun wait = run({ QStringLiteral("retrain"), QStringLiteral("wait"), id });
        QVERIFY2(wait.exitCode == 0, qPrintable(wait.describe()));
        QVERIFY(wait.out.contains("Finished"));
    }

    void cancelDuringJob()
    {
        const CliRun r = run({ QStringLiteral("-p"), QStringLiteral("sbx"), QStringLiteral("retrain"),
            QStringLiteral("submit"), QStringLiteral("--input"), m_csv, QStringLiteral("--skip-check") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QString id = QString::fromUtf8(r.out.trimmed());
        const CliRun cancel
            = run({ QStringLiteral("retrain"), QStringLiteral("cancel"), id, QStringLiteral("--json") });
        QVERIFY2(cancel.exitCode == 0, qPrintable(cancel.describe()));
        QCOMPARE(cancel.object().value(QStringLiteral("state")).toString(), QStringLiteral("Cancelled"));
        const CliRun wait = run({ QStringLiteral("retrain"), QStringLiteral("wait"), id });
        QCOMPARE(wait.exitCode, 1);
        QVERIFY2(wait.err.contains("cancelled"), qPrintable(wait.describe()));
    }

    void dataCheckStopsBadFile()
    {
        const int before = int(journal().size());
        const QString bad = writeCsv(QStringLiteral("nolabel.csv"), false, 50);
        const CliRun r = run({ QStringLiteral("-p"), QStringLiteral("sbx"), QStringLiteral("retrain"),
            QStringLiteral("submit"), QStringLiteral("--input"), bad });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("nothing was uploaded"), qPrintable(r.describe()));
        QCOMPARE(int(journal().size()), before);
    }

    void jobFailingInServiceShowsDetails()
    {
        const QString bad = writeCsv(QStringLiteral("nolabel2.csv"), false, 200);
        const CliRun r = run({ QStringLiteral("-p"), QStringLiteral("sbx"), QStringLiteral("retrain"),
            QStringLiteral("submit"), QStringLiteral("--input"), bad, QStringLiteral("--skip-check"),
            QStringLiteral("--wait") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("failed: ") && r.err.contains("Error 0001"), qPrintable(r.describe()));
    }

    // A label the two-class service does not know: `retrain check` names it and its first line,
    // and a job given the file anyway (--skip-check) fails with the same words (Error 0023).
    void labelProblemsInTheJobsWords_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        const QString known
            = QStringLiteral("but the service learns two values only: \"<=50K\" and \">50K\"");
        QTest::newRow("case variant")
            << QStringLiteral("case")
            << QStringLiteral("The label column \"income\" holds \"<=50k\" (first on line 9), ") + known
                + QStringLiteral(" (values are case-sensitive: \"<=50k\" is not \"<=50K\").");
        QTest::newRow("third value") << QStringLiteral("third")
                                     << QStringLiteral(
                                            "The label column \"income\" holds \"unknown\" (first on "
                                            "line 12), ")
                + known + u'.';
        QTest::newRow("single class")
            << QStringLiteral("single")
            << QStringLiteral("The label column \"income\" holds only \"<=50K\", but the service learns two "
                              "values, \"<=50K\" and \">50K\": the training data needs rows of both.");
    }

    void labelProblemsInTheJobsWords()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        const QString file
            = writeRelabelled(name + QStringLiteral(".csv"), 300, [name](int line, QByteArray label) {
                  if (name == u"case" && (line == 9 || line == 30))
                      return QByteArray("<=50k");
                  if (name == u"third" && (line == 12 || line == 13))
                      return QByteArray("unknown");
                  return name == u"single" ? QByteArray("<=50K") : label;
              });
        QVERIFY(!file.isEmpty());
        const CliRun check = run({ QStringLiteral("-p"), QStringLiteral("sbx"), QStringLiteral("--json"),
            QStringLiteral("retrain"), QStringLiteral("check"), file });
        QCOMPARE(check.exitCode, 1);
        QStringList messages;
        for (const QJsonValue &p : check.object().value(QStringLiteral("problems")).toArray())
            messages << p.toObject().value(QStringLiteral("message")).toString();
        QCOMPARE(messages, QStringList { expected });

        const CliRun job = run({ QStringLiteral("-p"), QStringLiteral("sbx"), QStringLiteral("retrain"),
            QStringLiteral("submit"), QStringLiteral("--input"), file, QStringLiteral("--skip-check"),
            QStringLiteral("--wait") });
        QCOMPARE(job.exitCode, 1);
        QVERIFY2(job.err.contains((QStringLiteral("Error 0023: ") + expected).toUtf8()),
            qPrintable(job.describe()));
        QVERIFY2(job.err.contains("(module Train Model"), qPrintable(job.describe()));
    }

    // A ';'-separated export: one problem that names the separator, not one per column.
    void semicolonFileSaidOnce()
    {
        QFile source(m_csv);
        QVERIFY(source.open(QIODevice::ReadOnly));
        const QByteArray semicolons = source.read(20'000).replace(',', ';');
        const QString path = m_home.filePath(QStringLiteral("semicolons.csv"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(semicolons.left(semicolons.lastIndexOf('\n') + 1));
        out.close();
        const CliRun check = run({ QStringLiteral("-p"), QStringLiteral("sbx"), QStringLiteral("retrain"),
            QStringLiteral("check"), path });
        QCOMPARE(check.exitCode, 1);
        QVERIFY2(check.out.count(": error: ") == 1, qPrintable(check.describe()));
        QVERIFY2(
            check.out.contains(
                "semicolons.csv:1: error: The file looks semicolon-separated: its header reads as 1 column"),
            qPrintable(check.describe()));
        QVERIFY2(
            check.out.contains("because the values are separated by \";\". The service needs comma-separated "
                               "values: save or export the file as CSV with commas."),
            qPrintable(check.describe()));
    }

    void wrongOutputExtension()
    {
        const CliRun r = run({ QStringLiteral("-p"), QStringLiteral("sbx"), QStringLiteral("retrain"),
            QStringLiteral("submit"), QStringLiteral("--input"), m_csv, QStringLiteral("--output"),
            QStringLiteral("output1=x/model.csv") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(".ilearner"), qPrintable(r.describe()));
        QVERIFY(r.err.contains("Nothing was submitted"));
    }

    void wrongKey()
    {
        QProcessEnvironment env = m_env;
        env.insert(QStringLiteral("MLR_TRAINING_API_KEY"), QStringLiteral("not-the-key-0000"));
        const CliRun r = run(
            { QStringLiteral("-p"), QStringLiteral("sbx"), QStringLiteral("retrain"),
                QStringLiteral("submit"), QStringLiteral("--input"), m_csv, QStringLiteral("--skip-check") },
            env);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("401"), qPrintable(r.describe()));
        const CliRun unknown = run({ QStringLiteral("-p"), QStringLiteral("sbx"), QStringLiteral("retrain"),
            QStringLiteral("status"), QStringLiteral("0123456789abcdef0123456789abcdef") });
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains("404"), qPrintable(unknown.describe()));
    }
};

QTEST_GUILESS_MAIN(TestCliRetrain)
#include "tst_cli_retrain.moc"
