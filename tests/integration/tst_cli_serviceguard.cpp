// Issue 12, "a wrong job must not break production": `service update` and `service rollback`
// of the built mlretrain-cli against its own seeded mlstudio-local and the fixture's Azurite.
// A job of another service pair (a real regression job onto the two-class service), an
// unfinished job, a failed job, a missing model blob and a schema mismatch are refused, each
// with the service untouched (read back by a plain ARM GET, not through the CLI) and no
// backup written; a model identical to the deployed one is "nothing to update" (exit 0); a
// change after which the service fails to score is rolled back automatically; `rollback`
// without --to skips a backup whose model does not exist and one of the current model.

#include "clirunner.h"
#include "tst_serversupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mlr::test;

class TestCliServiceGuard : public QObject
{
    Q_OBJECT

    ServerProcess m_server;
    QTemporaryDir m_dir;
    QJsonObject m_demo;
    QString m_predictive, m_jobId, m_regressionJobId, m_initialUri;
    CliRunner m_cli;

    CliRun cli(const QStringList &arguments) { return m_cli.run(arguments, {}, 180000); }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString backupDir() const { return path(u"data/backups"_s); }
    int backupCount() const { return int(QDir(backupDir()).entryList(QDir::Files).size()); }

    // The predictive service as ARM has it: a plain GET with the demo's own token.
    QJsonObject rawService() const
    {
        const HttpResult r
            = http("GET", QUrl(serviceUrl(m_demo, m_predictive)), {}, bearer(demoToken(m_demo)));
        if (r.status != 200)
            qWarning().noquote() << "raw GET:" << r.describe();
        return r.json();
    }
    static QString modelOf(const QJsonObject &service)
    {
        for (const QJsonValue &a : service[u"properties"_s][u"assets"_s].toObject())
            if (a[u"name"_s].toString().endsWith(u"[trained model]"_s))
                return a[u"locationInfo"_s][u"uri"_s].toString();
        return {};
    }

    QJsonObject journal() const
    {
        QFile f(path(u"data/jobs.json"_s));
        return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
    }
    QJsonObject journaled(const QString &jobId) const
    {
        for (const QJsonValue &j : journal()[u"jobs"_s].toArray())
            if (j[u"jobId"_s].toString() == jobId)
                return j.toObject();
        return {};
    }
    // A copy of job `from`'s record as `id`, edited, added to the journal.
    bool addRecord(const QString &from, const QString &id, const std::function<void(QJsonObject &)> &edit)
    {
        QJsonObject record = journaled(from);
        if (record.isEmpty())
            return false;
        record.insert(u"jobId"_s, id);
        edit(record);
        QJsonObject root = journal();
        QJsonArray jobs = root[u"jobs"_s].toArray();
        jobs.append(record);
        root.insert(u"jobs"_s, jobs);
        QFile f(path(u"data/jobs.json"_s));
        return f.open(QIODevice::WriteOnly | QIODevice::Truncate)
            && f.write(QJsonDocument(root).toJson()) > 0;
    }
    QString modelOutput(const QString &jobId) const
    {
        const QJsonObject r = journaled(jobId);
        return r[u"outputs"_s][r[u"roles"_s][u"model"_s].toString()].toString();
    }
    // A backup (Export-AzMlWebService form) of the service as it is now with its model at uri.
    bool writeBackup(const QString &file, const QString &uri)
    {
        QJsonObject service = rawService();
        const QString current = modelOf(service);
        QByteArray text = QJsonDocument(service).toJson();
        text.replace(current.toUtf8(), uri.toUtf8());
        QDir().mkpath(QFileInfo(file).absolutePath());
        QFile f(file);
        return !current.isEmpty() && f.open(QIODevice::WriteOnly) && f.write(text) > 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString why;
        QVERIFY2(m_server.start({ u"--seed-demo"_s }, &why), qPrintable(why));
        m_demo = m_server.demo();
        m_predictive = m_demo[u"predictiveService"_s][u"name"_s].toString();
        QProcessEnvironment env = isolatedCliEnvironment(path(u"home"_s));
        addSandboxCredentials(env, m_demo, path(u"data"_s), true);
        m_cli = CliRunner(QStringLiteral(MLR_CLI_BINARY), env,
            { u"--config"_s, m_dir.filePath(u"profiles.ini"_s), u"-p"_s, u"demo"_s });
        QCOMPARE(cli({ u"profile"_s, u"from-sandbox"_s, m_server.dataDir() + u"/demo.json"_s, u"demo"_s })
                     .exitCode,
            0);
        // The regression pair's profile, from a demo.json that names it.
        QJsonObject regression = m_demo;
        regression.insert(u"trainingService"_s, m_demo[u"regression"_s][u"trainingService"_s]);
        regression.insert(u"predictiveService"_s, m_demo[u"regression"_s][u"predictiveService"_s]);
        QFile f(path(u"regression.json"_s));
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(QJsonDocument(regression).toJson()) > 0);
        f.close();
        QCOMPARE(cli({ u"profile"_s, u"from-sandbox"_s, f.fileName(), u"regression"_s }).exitCode, 0);
        m_initialUri = modelOf(rawService());
        QVERIFY(!m_initialUri.isEmpty());

        const CliRun census = cli({ u"retrain"_s, u"submit"_s, u"--input"_s,
            m_server.dataDir() + u"/census-new.csv"_s, u"--wait"_s });
        QVERIFY2(census.exitCode == 0, qPrintable(census.all()));
        m_jobId = census.outText().trimmed().split(u'\n').first().trimmed();
        QProcessEnvironment env2 = m_cli.environment();
        env2.insert(
            u"MLR_TRAINING_API_KEY"_s, m_demo[u"regression"_s][u"trainingService"_s][u"apiKey"_s].toString());
        const CliRun housing = m_cli.runWith(env2,
            { u"retrain"_s, u"submit"_s, u"-p"_s, u"regression"_s, u"--input"_s,
                m_server.dataDir() + u"/regression-new.csv"_s, u"--wait"_s },
            180000);
        QVERIFY2(housing.exitCode == 0, qPrintable(housing.all()));
        m_regressionJobId = housing.outText().trimmed().split(u'\n').first().trimmed();
        QVERIFY(!m_jobId.isEmpty() && !m_regressionJobId.isEmpty());

        // The jobs the guard must refuse, as the journal records them.
        const QString missing = modelOutput(m_jobId).replace(u".ilearner"_s, u"-gone.ilearner"_s);
        QVERIFY(addRecord(
            m_jobId, u"guard-running"_s, [](QJsonObject &r) { r.insert(u"state"_s, u"Running"_s); }));
        QVERIFY(addRecord(m_jobId, u"guard-failed"_s, [&](QJsonObject &r) {
            r.insert(u"state"_s, u"Failed"_s);
            r.insert(u"details"_s, u"Error 0024: There is no label column in \"Dataset\"."_s);
            QJsonObject outputs = r[u"outputs"_s].toObject();
            outputs.insert(r[u"roles"_s][u"model"_s].toString(), missing);
            r.insert(u"outputs"_s, outputs);
        }));
        QVERIFY(addRecord(m_jobId, u"guard-missing"_s, [&](QJsonObject &r) {
            QJsonObject outputs = r[u"outputs"_s].toObject();
            outputs.insert(r[u"roles"_s][u"model"_s].toString(), missing);
            r.insert(u"outputs"_s, outputs);
        }));
        // The regression job under a profile that no longer exists: only the schema tells.
        QVERIFY(addRecord(
            m_regressionJobId, u"guard-schema"_s, [](QJsonObject &r) { r.insert(u"profile"_s, u"gone"_s); }));
    }

    void refusedBeforeAnyWrite_data()
    {
        QTest::addColumn<QString>("job");
        QTest::addColumn<QStringList>("words");
        QTest::newRow("a job of another pair")
            << QString()
            << QStringList { u"its model belongs to another service pair"_s,
                   u"trained a regression model"_s };
        QTest::newRow("an unfinished job")
            << u"guard-running"_s
            << QStringList { u"Job guard-running has not finished"_s, u"Wait for it"_s };
        QTest::newRow("a failed job")
            << u"guard-failed"_s
            << QStringList { u"Job guard-failed failed"_s, u"Error 0024"_s, u"run a new retraining job"_s };
        QTest::newRow("a missing model blob")
            << u"guard-missing"_s
            << QStringList { u"The trained model of job guard-missing does not exist"_s,
                   u"-gone.ilearner"_s };
        QTest::newRow("a schema mismatch")
            << u"guard-schema"_s
            << QStringList {
                   u"The input schema of '%1' does not match the columns job guard-schema was trained on"_s
                       .arg(m_predictive),
                   u"own training service"_s
               };
    }
    void refusedBeforeAnyWrite()
    {
        QFETCH(QString, job);
        QFETCH(QStringList, words);
        if (job.isEmpty())
            job = m_regressionJobId;
        const QJsonObject before = rawService();
        const int backups = backupCount();
        const CliRun r
            = cli({ u"--json"_s, u"service"_s, u"update"_s, m_predictive, u"--from-job"_s, job, u"--yes"_s });
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err.count("mlretrain-cli: error:"), 1);
        for (const QString &w : words)
            QVERIFY2(r.errText().contains(w), qPrintable(r.all()));
        QCOMPARE(r.json()[u"state"_s].toString(), u"unchanged"_s);
        QVERIFY(!r.json()[u"refusals"_s].toArray().isEmpty());
        QCOMPARE(rawService(), before);
        QCOMPARE(backupCount(), backups);
        // Without --yes the plan shows the same refusal.
        const CliRun plan = cli({ u"service"_s, u"update"_s, m_predictive, u"--from-job"_s, job });
        QCOMPARE(plan.exitCode, 1);
        QVERIFY2(plan.outText().startsWith(u"Refused: "_s), qPrintable(plan.all()));
        QVERIFY2(plan.outText().contains(words.first()), qPrintable(plan.all()));
        QCOMPARE(rawService(), before);
    }

    void identicalModelIsNothingToUpdate()
    {
        const CliRun update = cli(
            { u"--json"_s, u"service"_s, u"update"_s, m_predictive, u"--from-job"_s, m_jobId, u"--yes"_s });
        QVERIFY2(update.exitCode == 0, qPrintable(update.all()));
        const QJsonObject before = rawService();
        QCOMPARE(modelOf(before), modelOutput(m_jobId));
        const int backups = backupCount();
        for (const bool yes : { true, false }) {
            QStringList args { u"service"_s, u"update"_s, m_predictive, u"--from-job"_s, m_jobId };
            if (yes)
                args.append(u"--yes"_s);
            const CliRun again = cli(args);
            QVERIFY2(again.exitCode == 0, qPrintable(again.all()));
            QVERIFY2(again.outText().startsWith(
                         u"The new model is identical to the current one; nothing to update."_s),
                qPrintable(again.all()));
            QVERIFY(!again.errText().contains(u"Pointing asset"_s));
        }
        QCOMPARE(rawService(), before);
        QCOMPARE(backupCount(), backups);
    }

    // The regression model behind the two-class service (a backup that names it, as a
    // broken state would): ARM accepts it, every scoring request fails, the CLI puts the
    // previous model back through the verified path and says so.
    void scoringErrorsRollBackAutomatically()
    {
        const QString before = modelOf(rawService());
        const QString crafted = path(u"regression-model-backup.json"_s);
        QVERIFY(writeBackup(crafted, modelOutput(m_regressionJobId)));
        const CliRun r
            = cli({ u"--json"_s, u"service"_s, u"rollback"_s, m_predictive, u"--to"_s, crafted, u"--yes"_s });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.errText().contains(u"ModuleExecutionError"_s), qPrintable(r.all()));
        QVERIFY2(r.errText().contains(u"so it was rolled back automatically: it uses %1 again"_s.arg(before)),
            qPrintable(r.all()));
        const QJsonObject j = r.json().toObject();
        QCOMPARE(j[u"state"_s].toString(), u"updated"_s); // the change itself was applied...
        QCOMPARE(j[u"automaticRollback"_s][u"state"_s].toString(), u"updated"_s); // ...and undone
        QVERIFY(!j[u"smokePassed"_s].toBool());
        QCOMPARE(modelOf(rawService()), before);
        const CliRun history = cli({ u"--json"_s, u"history"_s, u"--service"_s, m_predictive });
        QVERIFY2(history.outText().contains(u"\"automatic\": true"_s), qPrintable(history.outText()));
    }

    // The newest backups name a model that does not exist and the current model: both are
    // skipped, and the CLI says which backup it took.
    void rollbackSkipsBrokenBackups()
    {
        const QString current = modelOf(rawService());
        QCOMPARE(current, modelOutput(m_jobId));
        const QString prefix = backupDir() + u"/"_s + m_predictive;
        const QString gone = prefix + u"-20991231-235959-000Z.json"_s;
        const QString same = prefix + u"-20991231-235958-000Z.json"_s;
        const QString initial = prefix + u"-20991231-235957-000Z.json"_s;
        QVERIFY(writeBackup(gone, modelOutput(u"guard-missing"_s)));
        QVERIFY(writeBackup(same, current));
        QVERIFY(writeBackup(initial, m_initialUri));
        const CliRun r = cli({ u"service"_s, u"rollback"_s, m_predictive, u"--yes"_s });
        for (const QString &f : { gone, same, initial })
            QFile::remove(f);
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        QVERIFY2(r.errText().contains(u"skipped backup %1: its model %2 does not exist."_s.arg(
                     QFileInfo(gone).fileName(), modelOutput(u"guard-missing"_s))),
            qPrintable(r.errText()));
        QVERIFY2(r.errText().contains(u"skipped backup %1: it names the model the service uses now."_s.arg(
                     QFileInfo(same).fileName())),
            qPrintable(r.errText()));
        QVERIFY2(
            r.errText().contains(u"rolling back to the backup %1 (model %2)"_s.arg(initial, m_initialUri)),
            qPrintable(r.errText()));
        QCOMPARE(modelOf(rawService()), m_initialUri);
    }
};

QTEST_GUILESS_MAIN(TestCliServiceGuard)
#include "tst_cli_serviceguard.moc"
