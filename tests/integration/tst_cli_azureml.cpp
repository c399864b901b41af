// mlretrain-cli with a profile of kind azureml against the sandbox's HTTPS listener (its CA
// trusted through the profile's caCertificateFile; no certificate check is turned off): the
// production model's job re-run on the new CSV (upload to the default datastore, one job,
// journaled with kind azureml), followed to its end, its status and cancel, and the clear
// refusals of bad input before anything is uploaded. Each state is read back by raw ARM.
#include "clirunner.h"
#include "tst_amlsupport.h"
#include "tst_serversupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mlr::test;

class TestCliAzureMl : public QObject
{
    Q_OBJECT

    ServerProcess m_server;
    QTemporaryDir m_dir;
    QJsonObject m_demo;
    AmlClient m_aml;
    CliRunner m_cli;
    QString m_job;

    // The command's error: the last line of stderr (the notes before it say how far it got).
    static QString lastLine(const CliRun &r) { return r.errText().trimmed().split(u'\n').last(); }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString newData() const { return m_demo[u"newData"_s].toString(); }
    bool m_gatePassed = false;
    QByteArray m_seen; // everything the CLI printed, for the secret scan

    CliRun run(const QStringList &args, const QByteArray &input = {}, int timeoutMs = 120'000)
    {
        CliRun r = m_cli.run(args, input, timeoutMs);
        m_seen += r.out + r.err;
        return r;
    }

    // The endpoint's traffic as raw ARM reads it (deployments at 0 % included).
    QMap<QString, int> traffic()
    {
        QMap<QString, int> out;
        const QJsonObject t = m_aml.get(u"/onlineEndpoints/census-endpoint"_s)
                                  .json()[u"properties"_s][u"traffic"_s]
                                  .toObject();
        for (auto it = t.begin(); it != t.end(); ++it)
            out.insert(it.key(), it.value().toInt());
        return out;
    }
    bool setFaults(const QByteArray &spec)
    {
        const HttpResult r = http(spec.isEmpty() ? "DELETE" : "PUT",
            QUrl(m_server.login + u"/admin/faults"_s), spec, { { "Content-Type", "text/plain" } });
        return r.status == 200;
    }
    int jobCount() { return m_aml.get(u"/jobs"_s).json()[u"value"_s].toArray().size(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString why;
        QVERIFY2(m_server.start(
                     { u"--seed-demo"_s, u"--aml-job-pace"_s, u"50"_s, u"--aml-provision-delay"_s, u"200"_s },
                     &why),
            qPrintable(why));
        m_demo = m_server.demo()[u"azureml"_s].toObject();
        QVERIFY2(m_aml.open(m_demo, &why), qPrintable(why));
        QProcessEnvironment env = isolatedCliEnvironment(path(u"home"_s));
        addSandboxCredentials(env, m_server.demo(), path(u"data"_s), true);
        m_cli = CliRunner(QStringLiteral(MLR_CLI_BINARY), env, { u"--config"_s, path(u"profiles.ini"_s) });
        const CliRun made = run({ u"profile"_s, u"from-sandbox"_s, m_server.dataDir() + u"/demo.json"_s,
            u"--kind"_s, u"azureml"_s });
        QVERIFY2(made.exitCode == 0, qPrintable(made.describe()));
    }

    // The whole retraining: data check, upload, one job that re-runs the production job on the
    // new data, followed to Completed; the journal has it with kind azureml.
    void submitRetrainsTheProductionModelOnTheNewCsv()
    {
        const int before = jobCount();
        const CliRun r
            = run({ u"--json"_s, u"retrain"_s, u"submit"_s, u"--input"_s, newData(), u"--wait"_s });
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonObject record = r.object();
        m_job = record[u"jobId"_s].toString();
        QVERIFY2(m_job.startsWith(u"census-endpoint-retrain-"_s), qPrintable(m_job));
        QCOMPARE(record[u"kind"_s].toString(), u"azureml"_s);
        QCOMPARE(record[u"state"_s].toString(), u"Finished"_s);
        QVERIFY(r.errText().contains(u"data check passed"_s));
        QVERIFY(r.errText().contains(u"census-train-1"_s));

        QCOMPARE(jobCount(), before + 1);
        const QJsonObject job = m_aml.get(u"/jobs/"_s + m_job).json();
        QCOMPARE(job[u"properties"_s][u"status"_s].toString(), u"Completed"_s);
        QCOMPARE(job[u"properties"_s][u"tags"_s][u"mlretrain.retrainOf"_s].toString(), u"census-train-1"_s);
        const QString data = job[u"properties"_s][u"inputs"_s][u"training_data"_s][u"uri"_s].toString();
        QCOMPARE(record[u"inputs"_s][u"training_data"_s].toString(), data);
        QVERIFY2(
            data.startsWith(u"azureml://datastores/workspaceblobstore/paths/mlretrain/census-endpoint/"_s),
            qPrintable(data));

        // The uploaded blob is the file, byte for byte.
        QFile file(newData());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString blob = data.mid(data.indexOf(u"/paths/"_s) + 7);
        QCOMPARE(getBlob(m_server.demo()[u"storageConnectionString"_s].toString(),
                     u"azureml-blobstore-"_s + m_demo[u"workspaceId"_s].toString(), blob),
            file.readAll());

        const CliRun jobs = run({ u"--json"_s, u"retrain"_s, u"jobs"_s });
        QVERIFY(jobs.exitCode == 0);
        bool found = false;
        for (const QJsonValue &j : jobs.array())
            found |= j[u"jobId"_s].toString() == m_job && j[u"kind"_s].toString() == u"azureml"_s;
        QVERIFY2(found, qPrintable(jobs.describe()));
    }

    void statusReadsTheJobAndItsOutputs()
    {
        QVERIFY(!m_job.isEmpty());
        const CliRun r = run({ u"--json"_s, u"retrain"_s, u"status"_s, m_job });
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.object()[u"state"_s].toString(), u"Finished"_s);
        QCOMPARE(r.object()[u"roles"_s][u"model"_s].toString(), u"model"_s);
        QVERIFY(r.object()[u"outputs"_s][u"model"_s].toString().startsWith(u"azureml://datastores/"_s));
        const CliRun text = run({ u"retrain"_s, u"status"_s, m_job });
        QVERIFY(text.outText().contains(u"Completed"_s));
        QVERIFY(text.outText().contains(u"census-endpoint"_s));
    }

    // Both models on the same rows: both AUCs, the gate's verdict, the exit code that says it.
    void evaluateComparesWithTheProductionDeployment()
    {
        QVERIFY(!m_job.isEmpty());
        const CliRun r = run({ u"--json"_s, u"retrain"_s, u"evaluate"_s, m_job });
        QVERIFY2(r.exitCode == 0 || r.exitCode == 3, qPrintable(r.describe()));
        const QJsonObject o = r.object();
        QCOMPARE(o[u"basis"_s].toString(), u"same-rows"_s);
        QCOMPARE(o[u"production"_s][u"deployment"_s].toString(), u"blue"_s);
        QVERIFY(o[u"rows"_s].toInt() > 100);
        QJsonObject auc;
        for (const QJsonValue &m : o[u"metrics"_s].toArray())
            if (m[u"metric"_s].toString() == u"AUC"_s)
                auc = m.toObject();
        QVERIFY2(
            auc[u"new"_s].toDouble() > 0.5 && auc[u"current"_s].toDouble() > 0.5, qPrintable(r.describe()));
        QVERIFY(auc[u"new"_s].toDouble() != auc[u"current"_s].toDouble());
        QCOMPARE(r.exitCode == 0, o[u"gate"_s][u"passed"_s].toBool());
        QVERIFY(!o[u"gate"_s][u"summary"_s].toString().isEmpty());
        m_gatePassed = o[u"gate"_s][u"passed"_s].toBool();
    }

    // The blue/green roll-out: a canary at 10 %, then 100 % on a re-run, a rollback, a second
    // roll-out and the retirement of blue, which is refused while blue is the rollback target
    // and done with --yes. Every state is read back by raw ARM.
    void rolloutRollbackRetire()
    {
        QVERIFY(!m_job.isEmpty());
        const QStringList gate = m_gatePassed ? QStringList() : QStringList { u"--ignore-gate"_s };
        const CliRun canary = run(QStringList { u"--json"_s, u"endpoint"_s, u"rollout"_s, u"--from-job"_s,
                                      m_job, u"--until"_s, u"10"_s, u"--yes"_s }
            + gate);
        QVERIFY2(canary.exitCode == 0, qPrintable(canary.describe()));
        QCOMPARE(canary.object()[u"state"_s].toString(), u"partial"_s);
        const QString green = canary.object()[u"newDeployment"_s].toString();
        QCOMPARE(green, u"green"_s);
        QCOMPARE(traffic(), (QMap<QString, int> { { u"blue"_s, 90 }, { u"green"_s, 10 } }));
        const QJsonObject deployment
            = m_aml.get(u"/onlineEndpoints/census-endpoint/deployments/green"_s).json();
        QVERIFY2(deployment[u"properties"_s][u"model"_s].toString().endsWith(
                     u"/models/census-income/versions/2"_s),
            qPrintable(deployment[u"properties"_s][u"model"_s].toString()));
        QCOMPARE(
            m_aml.get(u"/models/census-income/versions/2"_s).json()[u"properties"_s][u"jobName"_s].toString(),
            m_job);
        QVERIFY(!canary.object()[u"smoke"_s][u"unchanged"_s].toBool());

        const CliRun full
            = run(QStringList { u"--json"_s, u"endpoint"_s, u"rollout"_s, u"--from-job"_s, m_job, u"--yes"_s }
                + gate);
        QVERIFY2(full.exitCode == 0, qPrintable(full.describe()));
        QCOMPARE(full.object()[u"state"_s].toString(), u"rolled-out"_s);
        QVERIFY(!full.object()[u"modelRegistered"_s].toBool());
        QVERIFY(!full.object()[u"deploymentCreated"_s].toBool());
        QCOMPARE(traffic(), (QMap<QString, int> { { u"blue"_s, 0 }, { u"green"_s, 100 } }));
        QCOMPARE(m_aml.get(u"/models/census-income/versions"_s).json()[u"value"_s].toArray().size(), 2);

        const CliRun back = run({ u"--json"_s, u"endpoint"_s, u"rollback"_s, u"--yes"_s });
        QVERIFY2(back.exitCode == 0, qPrintable(back.describe()));
        QCOMPARE(traffic(), (QMap<QString, int> { { u"blue"_s, 100 }, { u"green"_s, 0 } }));

        const CliRun again
            = run(QStringList { u"--json"_s, u"endpoint"_s, u"rollout"_s, u"--from-job"_s, m_job, u"--yes"_s }
                + gate);
        QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
        QCOMPARE(traffic(), (QMap<QString, int> { { u"blue"_s, 0 }, { u"green"_s, 100 } }));

        const CliRun refused = run({ u"endpoint"_s, u"retire"_s });
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(lastLine(refused).contains(u"rollback target"_s), qPrintable(refused.describe()));
        QCOMPARE(m_aml.get(u"/onlineEndpoints/census-endpoint/deployments/blue"_s).status, 200);

        const CliRun retired = run({ u"--json"_s, u"endpoint"_s, u"retire"_s, u"--yes"_s });
        QVERIFY2(retired.exitCode == 0, qPrintable(retired.describe()));
        QCOMPARE(retired.object()[u"deployment"_s].toString(), u"blue"_s);
        QCOMPARE(m_aml.get(u"/onlineEndpoints/census-endpoint/deployments/blue"_s).status, 404);
        QCOMPARE(traffic().value(u"green"_s), 100);

        // The history has the roll-outs, the rollback and the retirement.
        const CliRun history = run({ u"--json"_s, u"history"_s });
        QStringList actions;
        for (const QJsonValue &e : history.array())
            actions << e[u"details"_s][u"action"_s].toString();
        QVERIFY2(actions.contains(u"rollout"_s) && actions.contains(u"rollback"_s)
                && actions.contains(u"retire"_s),
            qPrintable(actions.join(u',')));
    }

    // A traffic change the service "accepts" without effect (sandbox fault noop): said so,
    // exit 1, and the traffic is as it was.
    void trafficWithoutEffectIsCaught()
    {
        const QMap<QString, int> before = traffic();
        QVERIFY(setFaults("aml.endpoints.put=noop,times=1"));
        const CliRun r = run({ u"endpoint"_s, u"traffic"_s, u"green=0"_s, u"--yes"_s });
        QVERIFY(setFaults(""));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(lastLine(r).contains(u"effect"_s), qPrintable(r.describe()));
        QCOMPARE(traffic(), before);
    }

    // A job submitted without --wait, cancelled: the service says Canceled, and `wait` exits 1.
    void cancelStopsARunningJob()
    {
        const CliRun r = run({ u"retrain"_s, u"submit"_s, u"--input"_s, newData(), u"--job-name"_s,
            u"cli-cancel-1"_s, u"--skip-check"_s });
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.outText().trimmed(), u"cli-cancel-1"_s);
        const CliRun c = run({ u"--json"_s, u"retrain"_s, u"cancel"_s, u"cli-cancel-1"_s });
        QVERIFY2(c.exitCode == 0, qPrintable(c.describe()));
        QJsonObject job;
        QTRY_COMPARE_WITH_TIMEOUT(
            (job = m_aml.get(u"/jobs/cli-cancel-1"_s).json())[u"properties"_s][u"status"_s].toString(),
            u"Canceled"_s, 30000);
        const CliRun w = run({ u"retrain"_s, u"wait"_s, u"cli-cancel-1"_s });
        QCOMPARE(w.exitCode, 1);
        QVERIFY2(lastLine(w).contains(u"was cancelled"_s), qPrintable(w.describe()));
    }

    // `submit --wait` killed (SIGKILL) while it follows the job: `wait` re-attaches from the
    // journal and finishes; one job only.
    void killedWhileFollowingTheJobReattaches()
    {
        const int before = jobCount();
        QProcess first;
        m_cli.start(first,
            { u"retrain"_s, u"submit"_s, u"--input"_s, newData(), u"--job-name"_s, u"cli-killed-1"_s,
                u"--wait"_s });
        QByteArray err;
        QVERIFY2(CliRunner::waitForStderr(first, "waiting for it to end", &err), err.constData());
        first.kill();
        QVERIFY(first.waitForFinished(10000));
        QCOMPARE(m_aml.get(u"/jobs/cli-killed-1"_s).status, 200);
        const CliRun record = run({ u"--json"_s, u"retrain"_s, u"jobs"_s });
        bool journaled = false;
        for (const QJsonValue &j : record.array())
            journaled |= j[u"jobId"_s].toString() == u"cli-killed-1"_s;
        QVERIFY2(journaled, qPrintable(record.describe()));

        const CliRun w = run({ u"--json"_s, u"retrain"_s, u"wait"_s, u"cli-killed-1"_s });
        QVERIFY2(w.exitCode == 0, qPrintable(w.describe()));
        QCOMPARE(w.object()[u"state"_s].toString(), u"Finished"_s);
        QCOMPARE(jobCount(), before + 1);
        QCOMPARE(m_aml.get(u"/jobs/cli-killed-1"_s).json()[u"properties"_s][u"status"_s].toString(),
            u"Completed"_s);
    }

    // --own-storage: the upload uses the profile's storage credentials (here the connection
    // string of the environment) for the datastore's account; another account is refused.
    void ownStorageCredentials()
    {
        const CliRun r
            = run({ u"--json"_s, u"retrain"_s, u"submit"_s, u"--input"_s, newData(), u"--own-storage"_s,
                u"--skip-check"_s, u"--job-name"_s, u"cli-own-storage-1"_s, u"--show-commands"_s });
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(m_aml.get(u"/jobs/cli-own-storage-1"_s).status, 200);
        const QString commands = r.object()[u"commands"_s].toString();
        QVERIFY2(commands.contains(u"az ml job create --file job.yml --name 'cli-own-storage-1'"_s),
            qPrintable(commands));
        QVERIFY(commands.contains(u"/jobs/cli-own-storage-1?api-version=2022-10-01"_s));

        const CliRun other = run({ u"--connection-string"_s,
            u"DefaultEndpointsProtocol=http;AccountName=otheraccount;AccountKey=b3RoZXI=;BlobEndpoint=http://127.0.0.1:9/otheraccount"_s,
            u"retrain"_s, u"submit"_s, u"--input"_s, newData(), u"--own-storage"_s, u"--skip-check"_s });
        QCOMPARE(other.exitCode, 1);
        QVERIFY2(lastLine(other).contains(u"otheraccount"_s), qPrintable(other.describe()));
    }

    // The read side: endpoints with their traffic, models and their versions with lineage; a
    // classic profile is told what the commands are for.
    void endpointsAndModelsAreListed()
    {
        const CliRun endpoints = run({ u"--json"_s, u"endpoint"_s, u"list"_s });
        QVERIFY2(endpoints.exitCode == 0, qPrintable(endpoints.describe()));
        QJsonObject census;
        for (const QJsonValue &e : endpoints.array())
            if (e[u"name"_s].toString() == u"census-endpoint"_s)
                census = e.toObject();
        QCOMPARE(census[u"traffic"_s].toObject(),
            m_aml.get(u"/onlineEndpoints/census-endpoint"_s)
                .json()[u"properties"_s][u"traffic"_s]
                .toObject());
        QCOMPARE(
            endpoints.array().size(), m_aml.get(u"/onlineEndpoints"_s).json()[u"value"_s].toArray().size());

        const CliRun models = run({ u"--json"_s, u"model"_s, u"list"_s });
        QVERIFY2(models.exitCode == 0, qPrintable(models.describe()));
        QStringList names;
        for (const QJsonValue &m : models.array())
            names << m[u"name"_s].toString();
        QVERIFY2(names.contains(u"census-income"_s) && names.contains(u"housing-prices"_s),
            qPrintable(names.join(u',')));

        const CliRun versions = run({ u"--json"_s, u"model"_s, u"list"_s, u"census-income"_s });
        QVERIFY2(versions.exitCode == 0, qPrintable(versions.describe()));
        QCOMPARE(versions.array().size(), 2); // newest first: the roll-out's, then the seed's
        QCOMPARE(versions.array().first()[u"jobName"_s].toString(), m_job);
        QCOMPARE(versions.array().last()[u"jobName"_s].toString(), u"census-train-1"_s);
        const CliRun show = run({ u"model"_s, u"show"_s, u"census-income"_s, u"1"_s });
        QVERIFY2(
            show.exitCode == 0 && show.outText().contains(u"census-train-1"_s), qPrintable(show.describe()));
        const CliRun latest = run({ u"--json"_s, u"model"_s, u"show"_s, u"census-income"_s });
        QCOMPARE(latest.object()[u"version"_s].toString(), u"2"_s);
        const CliRun missing = run({ u"model"_s, u"show"_s, u"census-income"_s, u"99"_s });
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(lastLine(missing).contains(u"404"_s), qPrintable(missing.describe()));

        CliRunner classicCli(
            QStringLiteral(MLR_CLI_BINARY), m_cli.environment(), { u"--config"_s, path(u"classic.ini"_s) });
        QCOMPARE(classicCli.run({ u"profile"_s, u"from-sandbox"_s, m_server.dataDir() + u"/demo.json"_s })
                     .exitCode,
            0);
        const CliRun classic = classicCli.run({ u"model"_s, u"list"_s });
        QCOMPARE(classic.exitCode, 1);
        QVERIFY2(lastLine(classic).contains(u"(classic)"_s), qPrintable(classic.describe()));
    }

    // A model registered without jobName: submit says to give the job's definition, and with
    // --job-file (the JSON of GET jobs/{name}) it re-runs that job.
    void modelWithoutJobNeedsAJobFile()
    {
        const QString ws = m_aml.workspaceUrl().mid(m_demo[u"armUrl"_s].toString().size());
        QString why;
        QVERIFY2(createNoJobEndpoint(m_aml, u"housing-endpoint"_s, &why), qPrintable(why));

        const int before = jobCount();
        const CliRun refused = run(
            { u"retrain"_s, u"submit"_s, u"--input"_s, newData(), u"--endpoint"_s, u"nojob-endpoint"_s });
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(lastLine(refused).contains(u"names no training job"_s)
                && lastLine(refused).contains(u"--job-file"_s),
            qPrintable(refused.describe()));
        QCOMPARE(jobCount(), before);

        QFile jobFile(path(u"census-train-1.json"_s));
        QVERIFY(jobFile.open(QIODevice::WriteOnly));
        jobFile.write(m_aml.get(u"/jobs/census-train-1"_s).body);
        jobFile.close();
        const CliRun r = run({ u"--json"_s, u"retrain"_s, u"submit"_s, u"--input"_s, newData(),
            u"--endpoint"_s, u"nojob-endpoint"_s, u"--job-file"_s, jobFile.fileName() });
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(r.errText().contains(u"data check passed"_s));
        const QJsonObject job = m_aml.get(u"/jobs/"_s + r.object()[u"jobId"_s].toString()).json();
        QCOMPARE(job[u"properties"_s][u"tags"_s][u"mlretrain.retrainOf"_s].toString(), u"census-train-1"_s);
        QCOMPARE(jobCount(), before + 1);

        QFile broken(path(u"broken.json"_s));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{\"properties\": [");
        broken.close();
        const CliRun bad = run({ u"retrain"_s, u"submit"_s, u"--input"_s, newData(), u"--endpoint"_s,
            u"nojob-endpoint"_s, u"--job-file"_s, broken.fileName() });
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(lastLine(bad).contains(u"broken.json"_s), qPrintable(bad.describe()));

        // The same job as an `az ml job create --file` YAML: it runs and completes, its compute
        // resolved under the workspace.
        QFile yaml(path(u"census-train.yml"_s));
        QVERIFY(yaml.open(QIODevice::WriteOnly));
        yaml.write("$schema: https://azuremlschemas.azureedge.net/latest/commandJob.schema.json\n"
                   "type: command\n"
                   "name: census-train-yaml\n"
                   "display_name: census-income training (yaml)\n"
                   "experiment_name: census-income\n"
                   "compute: azureml:cpu-cluster\n"
                   "command: >-\n"
                   "  mlstudio run train_and_evaluate --training_data ${{inputs.training_data}}\n"
                   "  --label_column ${{inputs.label_column}} --learner ${{inputs.learner}}\n"
                   "  --model ${{outputs.model}} --metrics ${{outputs.metrics}} --scored_data "
                   "${{outputs.scored_data}}\n"
                   "environment: azureml://registries/azureml/environments/mlstudio-engine/versions/1\n"
                   "inputs:\n"
                   "  training_data:\n"
                   "    type: uri_file\n"
                   "    path: azureml://datastores/workspaceblobstore/paths/data/census-initial.csv\n"
                   "    mode: ro_mount\n"
                   "  label_column: income\n"
                   "  learner: two_class_logistic_regression\n"
                   "outputs:\n"
                   "  model:\n"
                   "    type: mlflow_model\n"
                   "    mode: upload\n"
                   "  metrics:\n"
                   "    type: uri_folder\n"
                   "  scored_data:\n"
                   "    type: uri_folder\n");
        yaml.close();
        // A model registered from its datastore path (as a model with no job usually is), so that
        // its signature is readable without the job's outputs, which a YAML definition has not.
        const QString modelUri = m_aml.get(u"/jobs/census-train-1"_s)
                                     .json()[u"properties"_s][u"outputs"_s][u"model"_s][u"uri"_s]
                                     .toString();
        QVERIFY2(modelUri.startsWith(u"azureml://datastores/"_s), qPrintable(modelUri));
        QCOMPARE(m_aml
                     .put(u"/models/census-nojob/versions/2"_s,
                         { { u"properties"_s,
                             QJsonObject {
                                 { u"modelType"_s, u"mlflow_model"_s }, { u"modelUri"_s, modelUri } } } })
                     .status,
            201);
        const QJsonObject blue = m_aml.get(u"/onlineEndpoints/nojob-endpoint/deployments/blue"_s).json();
        QJsonObject fromPathProperties = blue[u"properties"_s].toObject();
        fromPathProperties.insert(u"model"_s, QString(ws + u"/models/census-nojob/versions/2"_s));
        fromPathProperties.remove(u"provisioningState"_s);
        const QJsonObject fromPath { { u"location"_s, blue[u"location"_s] }, { u"sku"_s, blue[u"sku"_s] },
            { u"properties"_s, fromPathProperties } };
        QCOMPARE(m_aml
                     .waitOperation(m_aml.put(
                         u"/onlineEndpoints/nojob-endpoint/deployments/blue"_s, fromPath))[u"status"_s]
                     .toString(),
            u"Succeeded"_s);
        const int beforeYaml = jobCount();
        const CliRun y = run({ u"--json"_s, u"retrain"_s, u"submit"_s, u"--input"_s, newData(),
            u"--endpoint"_s, u"nojob-endpoint"_s, u"--job-file"_s, yaml.fileName(), u"--wait"_s });
        QVERIFY2(y.exitCode == 0, qPrintable(y.describe()));
        const QJsonObject yamlJob = m_aml.get(u"/jobs/"_s + y.object()[u"jobId"_s].toString()).json();
        QCOMPARE(yamlJob[u"properties"_s][u"status"_s].toString(), u"Completed"_s);
        QCOMPARE(
            yamlJob[u"properties"_s][u"tags"_s][u"mlretrain.retrainOf"_s].toString(), u"census-train-yaml"_s);
        QCOMPARE(
            yamlJob[u"properties"_s][u"computeId"_s].toString(), QString(ws + u"/computes/cpu-cluster"_s));
        QCOMPARE(
            yamlJob[u"properties"_s][u"inputs"_s][u"label_column"_s][u"value"_s].toString(), u"income"_s);
        QCOMPARE(jobCount(), beforeYaml + 1);
    }

    // The decision report of the rolled-out job, and the canary scan: no secret of the flow (the
    // client secret, endpoint keys, datastore key, any bearer token) in anything the CLI printed or
    // wrote (settings, journal, history, backups, report).
    void reportAndNoSecretLeaks()
    {
        QVERIFY(!m_job.isEmpty());
        const QString report = path(u"report.html"_s);
        const CliRun r = run({ u"--json"_s, u"report"_s, m_job, report });
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(r.object()[u"updated"_s].toBool());
        QFile html(report);
        QVERIFY(html.open(QIODevice::ReadOnly));
        const QByteArray page = html.readAll();
        QVERIFY(page.contains("Roll-out (Azure Machine Learning)"));
        QVERIFY(page.contains("endpoint rollback"));
        run({ u"--json"_s, u"endpoint"_s, u"show"_s });
        run({ u"endpoint"_s, u"rollout"_s, u"--from-job"_s, m_job, u"--yes"_s, u"--ignore-gate"_s,
            u"--show-commands"_s });

        const QJsonObject keys = m_aml.post(u"/onlineEndpoints/census-endpoint/listKeys"_s).json();
        const QStringList secrets { m_server.demo()[u"clientSecret"_s].toString(),
            keys[u"primaryKey"_s].toString(), keys[u"secondaryKey"_s].toString(),
            m_aml.post(u"/datastores/workspaceblobstore/listSecrets"_s).json()[u"key"_s].toString() };
        for (const QString &secret : secrets)
            QVERIFY(secret.size() >= 16);
        QByteArrayList haystacks { m_seen };
        QStringList files { path(u"profiles.ini"_s), report };
        for (const QString &root : { path(u"home"_s), path(u"data"_s) }) {
            QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext())
                files << it.next();
        }
        QVERIFY(files.size() > 5);
        for (const QString &f : std::as_const(files)) {
            QFile file(f);
            if (file.open(QIODevice::ReadOnly))
                haystacks << file.readAll();
        }
        static const QRegularExpression jwt(u"eyJ[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,}\\."_s);
        for (qsizetype i = 0; i < haystacks.size(); ++i) {
            const QString where = i == 0 ? u"the output"_s : files.at(i - 1);
            for (const QString &secret : secrets)
                QVERIFY2(!haystacks.at(i).contains(secret.toUtf8()), qPrintable(u"a secret in "_s + where));
            QVERIFY2(!jwt.match(QString::fromUtf8(haystacks.at(i))).hasMatch(),
                qPrintable(u"a token in "_s + where));
        }
    }

    // Sign-in and workspace mistakes, and an endpoint without deployments: one clear line, and
    // no traffic moved (the census endpoint's traffic is compared before and after).
    void badSignInOrTarget_data()
    {
        QTest::addColumn<QString>("setting"); // KEY=VALUE set on a copy of the profile; empty: none
        QTest::addColumn<QString>("secret"); // AZURE_CLIENT_SECRET; empty: the right one
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<QString>("error");
        const QStringList show { u"endpoint"_s, u"show"_s };
        QTest::newRow("wrong secret")
            << QString() << u"not-the-secret"_s << show << u"client secret is wrong"_s;
        QTest::newRow("wrong tenant") << u"tenantId=00000000-0000-0000-0000-000000000000"_s << QString()
                                      << show << u"tenant was not found"_s;
        QTest::newRow("no such workspace")
            << u"workspace=no-such-workspace"_s << QString() << show << u"no-such-workspace"_s;
        QTest::newRow("no such endpoint")
            << QString() << QString() << QStringList { u"endpoint"_s, u"show"_s, u"no-such-endpoint"_s }
            << u"no-such-endpoint"_s;
        QTest::newRow("endpoint without deployments")
            << QString() << QString()
            << QStringList { u"endpoint"_s, u"rollout"_s, u"empty-endpoint"_s, u"--from-job"_s, u"@JOB@"_s,
                   u"--yes"_s, u"--skip-smoke"_s, u"--ignore-gate"_s }
            << u"no deployment"_s;
        QTest::newRow("rollout of a job that failed")
            << QString() << QString()
            << QStringList { u"endpoint"_s, u"rollout"_s, u"--from-job"_s, u"cli-cancel-1"_s, u"--yes"_s,
                   u"--skip-smoke"_s, u"--ignore-gate"_s }
            << u"cli-cancel-1"_s;
    }

    void badSignInOrTarget()
    {
        QFETCH(QString, setting);
        QFETCH(QString, secret);
        QFETCH(QStringList, command);
        QFETCH(QString, error);
        if (command.contains(u"empty-endpoint"_s)
            && m_aml.get(u"/onlineEndpoints/empty-endpoint"_s).status == 404) {
            const QJsonObject endpoint { { u"location"_s, u"westeurope"_s },
                { u"properties"_s, QJsonObject { { u"authMode"_s, u"Key"_s } } } };
            QCOMPARE(
                m_aml.waitOperation(m_aml.put(u"/onlineEndpoints/empty-endpoint"_s, endpoint))[u"status"_s]
                    .toString(),
                u"Succeeded"_s);
        }
        for (QString &a : command)
            a.replace(u"@JOB@"_s, m_job);
        QFile::remove(path(u"bad.ini"_s));
        QVERIFY(QFile::copy(path(u"profiles.ini"_s), path(u"bad.ini"_s)));
        CliRunner bad(
            QStringLiteral(MLR_CLI_BINARY), m_cli.environment(), { u"--config"_s, path(u"bad.ini"_s) });
        if (!setting.isEmpty())
            QCOMPARE(bad.run({ u"profile"_s, u"set"_s, u"Azure ML sandbox"_s, setting }).exitCode, 0);
        if (!secret.isEmpty())
            bad.environment().insert(u"AZURE_CLIENT_SECRET"_s, secret);
        const QMap<QString, int> before = traffic();
        const CliRun r = bad.run(command);
        m_seen += r.out + r.err;
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(lastLine(r).contains(error), qPrintable(r.describe()));
        QCOMPARE(traffic(), before);
    }

    // Bad input: each one clear line, exit 1, and no job created.
    void badInputIsRefusedBeforeAnyJob_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("error");
        QTest::newRow("ragged csv") << QStringList { u"--input"_s, u"@RAGGED@"_s } << u"data check found"_s;
        QTest::newRow("missing column")
            << QStringList { u"--input"_s, u"@NOAGE@"_s } << u"data check found"_s;
        QTest::newRow("no such endpoint") << QStringList { u"--input"_s, u"@NEW@"_s, u"--endpoint"_s,
            u"no-such-endpoint"_s } << u"no-such-endpoint"_s;
        QTest::newRow("no such input")
            << QStringList { u"--input"_s, u"@NEW@"_s, u"--data-input"_s, u"nope"_s, u"--skip-check"_s }
            << u"nope"_s;
        QTest::newRow("no file") << QStringList { u"--input"_s, u"@DIR@/absent.csv"_s }
                                 << u"does not exist"_s;
    }

    void badInputIsRefusedBeforeAnyJob()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, error);
        QFile in(newData());
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = in.readAll().split('\n');
        QFile ragged(path(u"ragged.csv"_s));
        QVERIFY(ragged.open(QIODevice::WriteOnly));
        ragged.write(lines.at(0) + '\n' + lines.at(1) + '\n' + "1,2\n");
        ragged.close();
        QFile noAge(path(u"noage.csv"_s));
        QVERIFY(noAge.open(QIODevice::WriteOnly));
        for (int i = 0; i < 20 && i < lines.size(); ++i)
            noAge.write(lines.at(i).mid(lines.at(i).indexOf(',') + 1) + '\n');
        noAge.close();
        for (QString &a : args)
            a.replace(u"@RAGGED@"_s, ragged.fileName())
                .replace(u"@NOAGE@"_s, noAge.fileName())
                .replace(u"@NEW@"_s, newData())
                .replace(u"@DIR@"_s, m_dir.path());
        const int before = jobCount();
        const CliRun r = run(QStringList { u"retrain"_s, u"submit"_s } + args);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(lastLine(r).contains(error), qPrintable(r.describe()));
        QCOMPARE(jobCount(), before);
    }
};

QTEST_GUILESS_MAIN(TestCliAzureMl)
#include "tst_cli_azureml.moc"
