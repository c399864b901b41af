// The Azure ML (v2) roll-out of the core against mlstudio-local over HTTPS (its CA trusted as a
// profile's caCertificateFile does; no check relaxed): a model retrained for real rolled out
// 10 % -> 100 % with every state read back by raw ARM calls, a re-run that creates nothing
// twice, rollback, retirement refused while the old deployment has traffic and allowed after
// 100 %, a re-attach after the job was destroyed mid-deployment, a traffic PUT that "succeeds"
// without effect (fault noop), a deployment whose model cannot be loaded and a scoring
// failure (traffic untouched, and said so), and the clear errors of a missing endpoint and an
// endpoint without deployments.

#include "amldemo.h"
#include "arm/tokenprovider.h"
#include "azureml/productionmodeljob.h"
#include "azureml/retirejob.h"
#include "azureml/retrainrequest.h"
#include "azureml/rollbackjob.h"
#include "azureml/rolloutjob.h"
#include "azureml/samplerows.h"
#include "azureml/trafficjob.h"
#include "http/trustedcas.h"
#include "tst_serversupport.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mlr;
using namespace mlr::azureml;
using namespace mlr::test;
using namespace std::chrono_literals;

namespace {

TrafficMap trafficOfJson(const QJsonObject &o)
{
    TrafficMap map;
    for (auto it = o.begin(); it != o.end(); ++it)
        map.insert(it.key(), it.value().toInt());
    return map;
}

} // namespace

class TestAzureMlRollout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void clearErrors();
    void fullRollout();
    void secondRunCreatesNothing();
    void rollbackPutsTrafficBack();
    void retireRefusedWhileOldHasTraffic();
    void trafficWithoutEffectIsCaught();
    void retireAfterAllTraffic();
    void destroyedMidDeploymentReattaches();
    void failedProvisioningLeavesTrafficUntouched();
    void failedScoringLeavesTrafficUntouched();

private:
    struct Run
    {
        RolloutResult result;
        Error error;
        QList<RolloutJob::Step> steps;
    };
    RolloutRequest request(const QString &model = {}) const;
    template<typename Job> void tune(Job &job) const
    {
        job.setPollInterval(50ms, 200ms);
        job.setRetryPolicy(RetryPolicy { 3, 50ms, 200ms });
    }
    Run rollout(
        const RolloutRequest &r, std::function<void(RolloutJob &, int, const TrafficMap &)> onStage = {});
    std::pair<TrafficResult, Error> setTraffic(const TrafficMap &traffic);
    std::pair<RetireResult, Error> retire(const QString &deployment, const QString &successor);
    std::pair<RollbackResult, Error> rollback(const RollbackHandle &handle);
    // Raw ARM reads, as a second opinion on what the core says.
    QJsonObject raw(const QString &path) const;
    TrafficMap rawTraffic() const;
    QMap<QString, QJsonObject> rawDeployments() const; // name -> properties
    int rawVersions(const QString &model) const;
    bool setFaults(const QByteArray &spec) const;

    ServerProcess m_server;
    QJsonObject m_demo;
    QNetworkAccessManager m_nam;
    std::unique_ptr<arm::TokenProvider> m_tokens;
    WorkspaceTarget m_target;
    QString m_token;
    QString m_job; // the retraining job
    arm::SmokeRows m_rows;
    QTemporaryDir m_backups;
    QString m_firstBackup;
};

void TestAzureMlRollout::initTestCase()
{
    qRegisterMetaType<RolloutResult>();
    qRegisterMetaType<TrafficResult>();
    qRegisterMetaType<RetireResult>();
    qRegisterMetaType<RollbackResult>();
    qRegisterMetaType<ProductionModel>();
    QString why;
    QVERIFY2(
        m_server.start(
            { u"--seed-demo"_s, u"--aml-job-pace"_s, u"50"_s, u"--aml-provision-delay"_s, u"200"_s }, &why),
        qPrintable(why));
    m_demo = m_server.demo()[u"azureml"_s].toObject();
    QVERIFY(!tls::trustCaFile(m_demo[u"caFile"_s].toString()));
    QVERIFY(trustCaFile(m_demo[u"caFile"_s].toString())); // the test's own raw calls
    m_tokens = demoTokens(&m_nam, m_demo);
    m_target = demoWorkspace(m_demo);
    m_token = demoToken(m_demo);
    QVERIFY(!m_token.isEmpty());

    // A model retrained for real: the production job re-run on the new CSV.
    QFile csv(m_demo[u"newData"_s].toString());
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QVERIFY(putBlob(m_demo[u"storageConnectionString"_s].toString(),
        u"azureml-blobstore-"_s + m_demo[u"workspaceId"_s].toString(), u"rollout/new.csv"_s, csv.readAll()));
    ProductionModelJob production(&m_nam, m_tokens.get(), m_target, u"census-endpoint"_s);
    QSignalSpy found(&production, &ProductionModelJob::finished);
    production.start();
    QVERIFY(found.wait(30000));
    const auto model = found.first().at(0).value<ProductionModel>();
    QVERIFY2(!found.first().at(1).value<Error>(), qPrintable(found.first().at(1).value<Error>().message()));
    QVERIFY(model.job);
    const auto body
        = retrainJobBody(*model.job, u"azureml://datastores/workspaceblobstore/paths/rollout/new.csv"_s);
    QVERIFY(std::holds_alternative<RetrainRequest>(body));
    m_job = u"rollout-retrain-1"_s;
    const HttpResult put = httpJson(
        "PUT", m_target.url(u"/jobs/"_s + m_job), std::get<RetrainRequest>(body).body, bearer(m_token));
    QVERIFY2(put.status == 201, qPrintable(put.describe()));
    QString status;
    QTRY_VERIFY_WITH_TIMEOUT(
        (status = raw(u"/jobs/"_s + m_job)[u"properties"_s][u"status"_s].toString()) == u"Completed"_s
            || status == u"Failed"_s,
        120000);
    QCOMPARE(status, u"Completed"_s);

    Error error;
    const auto rows = sampleRowsFromCsv(csv.fileName(), m_demo[u"label"_s].toString(), 20, &error);
    QVERIFY2(rows, qPrintable(error.message()));
    QVERIFY(!rows->columns.contains(m_demo[u"label"_s].toString()));
    m_rows = *rows;
}

void TestAzureMlRollout::clearErrors()
{
    RolloutRequest r = request();
    r.endpoint = u"no-such-endpoint"_s;
    Run run = rollout(r);
    QVERIFY(run.error.isNotFound());
    QVERIFY2(run.error.message().contains(u"no-such-endpoint"_s), qPrintable(run.error.message()));
    QCOMPARE(run.result.state, RolloutState::Unchanged);
    QVERIFY(run.result.backupFile.isEmpty());

    const HttpResult put = httpJson("PUT", m_target.url(u"/onlineEndpoints/empty-endpoint"_s),
        { { u"location"_s, u"westeurope"_s },
            { u"properties"_s, QJsonObject { { u"authMode"_s, u"Key"_s } } } },
        bearer(m_token));
    QCOMPARE(put.status, 201);
    QTRY_COMPARE_WITH_TIMEOUT(
        raw(u"/onlineEndpoints/empty-endpoint"_s)[u"properties"_s][u"provisioningState"_s].toString(),
        u"Succeeded"_s, 20000);
    r.endpoint = u"empty-endpoint"_s;
    run = rollout(r);
    QCOMPARE(run.error.kind, Error::Kind::Input);
    QVERIFY2(run.error.message().contains(u"has no deployment"_s), qPrintable(run.error.message()));
    QCOMPARE(run.result.state, RolloutState::Unchanged);

    // No sample rows: refused before anything is read, unless the smoke test is skipped.
    r = request();
    r.sampleRows = {};
    run = rollout(r);
    QVERIFY2(run.error.message().contains(u"No sample rows"_s), qPrintable(run.error.message()));
    QVERIFY(run.steps.isEmpty() || run.steps == QList<RolloutJob::Step> { RolloutJob::Step::Done });

    RetireJob job(&m_nam, m_tokens.get(), m_target, u"no-such-endpoint"_s, u"blue"_s);
    QSignalSpy done(&job, &RetireJob::finished);
    job.start();
    QVERIFY(done.wait(30000));
    QVERIFY(done.first().at(1).value<Error>().isNotFound());
    QCOMPARE(rawTraffic(), (TrafficMap { { u"blue"_s, 100 } })); // nothing touched
}

void TestAzureMlRollout::fullRollout()
{
    QCOMPARE(rawVersions(u"census-income"_s), 1);
    QList<TrafficMap> atPauses;
    QList<QJsonObject> greenAtPauses;
    const Run run = rollout(request(), [&](RolloutJob &job, int index, const TrafficMap &next) {
        atPauses.append(rawTraffic());
        greenAtPauses.append(rawDeployments().value(u"green"_s));
        QCOMPARE(next.value(u"green"_s), index == 0 ? 10 : 100);
        job.continueStage();
    });
    QVERIFY2(!run.error, qPrintable(run.error.message()));
    const RolloutResult &r = run.result;
    QCOMPARE(r.state, RolloutState::RolledOut);
    QCOMPARE(r.oldDeployment, u"blue"_s);
    QCOMPARE(r.newDeployment, u"green"_s);
    QVERIFY(r.modelRegistered);
    QVERIFY(r.deploymentCreated);
    QCOMPARE(r.model.name, u"census-income"_s);
    QCOMPARE(r.model.version, u"2"_s);
    QCOMPARE(r.previousModel.version, u"1"_s);
    QCOMPARE(run.steps,
        (QList<RolloutJob::Step> { RolloutJob::Step::Reading, RolloutJob::Step::BackingUp,
            RolloutJob::Step::Registering, RolloutJob::Step::Deploying, RolloutJob::Step::Deploying,
            RolloutJob::Step::SmokeTesting, RolloutJob::Step::Shifting, RolloutJob::Step::Shifting,
            RolloutJob::Step::Verifying, RolloutJob::Step::Done }));

    // At each pause, raw ARM shows where the traffic is: green ready at 0 %, then the canary.
    QCOMPARE(atPauses.size(), 2);
    QCOMPARE(atPauses[0], (TrafficMap { { u"blue"_s, 100 } }));
    QCOMPARE(greenAtPauses[0][u"provisioningState"_s].toString(), u"Succeeded"_s);
    QCOMPARE(atPauses[1], (TrafficMap { { u"blue"_s, 90 }, { u"green"_s, 10 } }));
    // The end, read back by the job and by raw ARM.
    const TrafficMap all { { u"blue"_s, 0 }, { u"green"_s, 100 } };
    QCOMPARE(r.traffic, all);
    QVERIFY(r.trafficKnown);
    QCOMPARE(rawTraffic(), all);
    QCOMPARE(r.stages.size(), 2);
    QCOMPARE(r.stages[0].readBack, (TrafficMap { { u"blue"_s, 90 }, { u"green"_s, 10 } }));
    QCOMPARE(r.stages[1].readBack, all);
    QVERIFY(!r.stages[0].alreadyInPlace && !r.stages[1].alreadyInPlace);
    QVERIFY(r.stages[0].doneUtc.isValid() && r.stages[0].doneUtc <= r.stages[1].doneUtc);
    QCOMPARE(r.stages[1].doneUtc.timeSpec(), Qt::UTC);

    // The new model version carries its lineage; green serves it; blue is still there.
    const QJsonObject v2 = raw(u"/models/census-income/versions/2"_s)[u"properties"_s].toObject();
    QCOMPARE(v2[u"jobName"_s].toString(), m_job);
    QCOMPARE(v2[u"modelUri"_s].toString(), u"azureml://jobs/%1/outputs/model/paths/"_s.arg(m_job));
    QCOMPARE(v2[u"modelType"_s].toString(),
        raw(u"/models/census-income/versions/1"_s)[u"properties"_s][u"modelType"_s].toString());
    QCOMPARE(v2[u"tags"_s][u"mlretrain.replaces"_s].toString(), u"census-income:1"_s);
    const QMap<QString, QJsonObject> deployments = rawDeployments();
    QCOMPARE(deployments.keys(), (QStringList { u"blue"_s, u"green"_s }));
    QCOMPARE(deployments[u"green"_s][u"model"_s].toString(),
        m_target.resourceId() + u"/models/census-income/versions/2"_s);
    QCOMPARE(deployments[u"green"_s][u"instanceType"_s], deployments[u"blue"_s][u"instanceType"_s]);
    QCOMPARE(deployments[u"green"_s][u"provisioningState"_s].toString(), u"Succeeded"_s);

    // The smoke test at 0 %: the retrained model scores the rows differently.
    QVERIFY(r.smoke);
    QCOMPARE(r.smoke->rows, int(m_rows.rows.size()));
    QVERIFY2(!r.smoke->unchanged(), qPrintable(r.smoke->summary()));

    // The backup: endpoint, deployments and models before, owner-only, and the rollback handle.
    QVERIFY(QFile::exists(r.backupFile));
    QCOMPARE(QFile::permissions(r.backupFile) & (QFileDevice::ReadGroup | QFileDevice::ReadOther), 0);
    Error error;
    const auto backup = readRolloutBackup(r.backupFile, &error);
    QVERIFY2(backup, qPrintable(error.message()));
    QCOMPARE(backup->endpoint.traffic, (TrafficMap { { u"blue"_s, 100 } }));
    QCOMPARE(backup->deployments.size(), 1);
    QCOMPARE(backup->models.size(), 1);
    QCOMPARE(backup->models.first().version, u"1"_s);
    QCOMPARE(backup->rollback.previousDeployment, u"blue"_s);
    QCOMPARE(r.rollback.previousDeployment, u"blue"_s);
    QCOMPARE(r.rollback.traffic, (TrafficMap { { u"blue"_s, 100 } }));
    QVERIFY2(r.stateText.contains(u"green 100 %"_s), qPrintable(r.stateText));
    QVERIFY2(r.stateText.contains(r.backupFile), qPrintable(r.stateText));
    m_firstBackup = r.backupFile;
}

void TestAzureMlRollout::secondRunCreatesNothing()
{
    const int versions = rawVersions(u"census-income"_s);
    const QMap<QString, QJsonObject> before = rawDeployments();
    const Run run = rollout(request());
    QVERIFY2(!run.error, qPrintable(run.error.message()));
    QCOMPARE(run.result.state, RolloutState::RolledOut);
    QVERIFY(!run.result.modelRegistered);
    QVERIFY(!run.result.deploymentCreated);
    QCOMPARE(run.result.model.version, u"2"_s);
    for (const RolloutStageRecord &s : run.result.stages)
        QVERIFY(s.alreadyInPlace);
    QVERIFY(!run.steps.contains(RolloutJob::Step::Registering));
    QVERIFY(!run.steps.contains(RolloutJob::Step::Deploying));
    QCOMPARE(rawVersions(u"census-income"_s), versions);
    QCOMPARE(rawDeployments(), before);
    QCOMPARE(run.result.backupFile, m_firstBackup);
    QCOMPARE(run.result.rollback.previousDeployment, u"blue"_s);
}

void TestAzureMlRollout::rollbackPutsTrafficBack()
{
    Error error;
    const auto backup = readRolloutBackup(m_firstBackup, &error);
    QVERIFY2(backup, qPrintable(error.message()));
    const auto [result, rollbackError] = rollback(backup->rollback);
    QVERIFY2(!rollbackError, qPrintable(rollbackError.message()));
    QCOMPARE(result.restored, (TrafficMap { { u"blue"_s, 100 }, { u"green"_s, 0 } }));
    QVERIFY(result.traffic.applied);
    QVERIFY(result.traffic.written);
    QCOMPARE(result.traffic.before, (TrafficMap { { u"blue"_s, 0 }, { u"green"_s, 100 } }));
    QVERIFY(sameTraffic(rawTraffic(), { { u"blue"_s, 100 } }));
    QVERIFY(sameTraffic(result.traffic.readBack, rawTraffic()));
}

void TestAzureMlRollout::retireRefusedWhileOldHasTraffic()
{
    auto [refused, error] = retire(u"blue"_s, u"green"_s);
    QCOMPARE(error.kind, Error::Kind::Input);
    QVERIFY2(
        error.message().contains(u"'blue' still has 100 % of the traffic"_s), qPrintable(error.message()));
    QVERIFY(!refused.deleted);

    const auto [moved, moveError] = setTraffic({ { u"blue"_s, 10 }, { u"green"_s, 90 } });
    QVERIFY2(!moveError, qPrintable(moveError.message()));
    QVERIFY(moved.applied);
    std::tie(refused, error) = retire(u"blue"_s, u"green"_s);
    QVERIFY2(error.message().contains(u"'blue' still has 10 % of the traffic (blue 10 %, green 90 %)"_s),
        qPrintable(error.message()));
    QVERIFY(rawDeployments().contains(u"blue"_s));
}

void TestAzureMlRollout::trafficWithoutEffectIsCaught()
{
    // A traffic PUT that reports success and changes nothing (reference §9.4: read back).
    QVERIFY(setFaults("aml.endpoints.put=noop"));
    const auto [traffic, error] = setTraffic({ { u"blue"_s, 0 }, { u"green"_s, 100 } });
    QVERIFY(error);
    QVERIFY(traffic.written);
    QVERIFY(traffic.noEffect);
    QVERIFY(!traffic.applied);
    QCOMPARE(traffic.reads, 3);
    QVERIFY2(error.message().contains(u"did not take effect"_s), qPrintable(error.message()));
    QCOMPARE(traffic.readBack, (TrafficMap { { u"blue"_s, 10 }, { u"green"_s, 90 } }));

    // The roll-out re-attaches (green serves the model and leads) and stops at the stage
    // without effect, saying where the traffic is.
    const Run run = rollout(request());
    QVERIFY(setFaults({}));
    QCOMPARE(run.result.state, RolloutState::NotApplied);
    QVERIFY2(run.error.message().contains(u"did not take effect"_s), qPrintable(run.error.message()));
    QCOMPARE(run.result.oldDeployment, u"blue"_s);
    QCOMPARE(run.result.newDeployment, u"green"_s);
    QVERIFY(!run.result.deploymentCreated && !run.result.modelRegistered);
    QCOMPARE(run.result.stages.size(), 1); // the 10 % stage, in place
    QVERIFY(run.result.stages[0].alreadyInPlace);
    QCOMPARE(run.result.traffic, (TrafficMap { { u"blue"_s, 10 }, { u"green"_s, 90 } }));
    QCOMPARE(rawTraffic(), run.result.traffic);
    QVERIFY2(run.result.stateText.contains(u"Traffic: blue 10 %, green 90 %."_s),
        qPrintable(run.result.stateText));
    QVERIFY2(run.result.stateText.contains(
                 u"blue (Succeeded, census-income 1), green (Succeeded, census-income 2)"_s),
        qPrintable(run.result.stateText));
}

void TestAzureMlRollout::retireAfterAllTraffic()
{
    const Run run = rollout(request());
    QVERIFY2(!run.error, qPrintable(run.error.message()));
    QCOMPARE(run.result.state, RolloutState::RolledOut);
    QCOMPARE(rawTraffic(), (TrafficMap { { u"blue"_s, 0 }, { u"green"_s, 100 } }));

    const auto [retired, error] = retire(u"blue"_s, u"green"_s);
    QVERIFY2(!error, qPrintable(error.message()));
    QVERIFY(retired.deleted);
    QCOMPARE(rawDeployments().keys(), QStringList { u"green"_s });
    QCOMPARE(
        http("GET", m_target.url(u"/onlineEndpoints/census-endpoint/deployments/blue"_s), {}, bearer(m_token))
            .status,
        404);

    // A rollback by traffic needs the old deployment: refused now, with the reason.
    const auto [rolled, rollbackError] = rollback(run.result.rollback);
    QCOMPARE(rollbackError.kind, Error::Kind::Input);
    QVERIFY2(
        rollbackError.message().contains(u"'blue' no longer exists"_s), qPrintable(rollbackError.message()));
}

void TestAzureMlRollout::destroyedMidDeploymentReattaches()
{
    // Another model from the same job: a new deployment ("blue", free again) beside green.
    const RolloutRequest r = request(u"census-copy"_s);
    {
        RolloutJob job(&m_nam, m_tokens.get(), m_target, r);
        tune(job);
        job.setConfirmEachStage(true); // however late it is destroyed, it moves no traffic
        bool deploying = false;
        connect(&job, &RolloutJob::stepChanged, &job,
            [&](RolloutJob::Step s) { deploying = deploying || s == RolloutJob::Step::Deploying; });
        QSignalSpy done(&job, &RolloutJob::finished);
        job.start();
        QTRY_VERIFY_WITH_TIMEOUT(deploying, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(rawDeployments().contains(u"blue"_s), 10000);
        QVERIFY(done.isEmpty());
    } // destroyed while the deployment provisions
    QCOMPARE(rawVersions(u"census-copy"_s), 1);

    const Run run = rollout(r, [](RolloutJob &job, int, const TrafficMap &) { job.stop(); });
    QVERIFY2(!run.error, qPrintable(run.error.message()));
    QCOMPARE(run.result.state, RolloutState::Prepared);
    QVERIFY(!run.result.modelRegistered);
    QVERIFY(!run.result.deploymentCreated);
    QCOMPARE(run.result.newDeployment, u"blue"_s);
    QCOMPARE(rawVersions(u"census-copy"_s), 1);
    const QMap<QString, QJsonObject> deployments = rawDeployments();
    QCOMPARE(deployments.keys(), (QStringList { u"blue"_s, u"green"_s }));
    QCOMPARE(deployments[u"blue"_s][u"provisioningState"_s].toString(), u"Succeeded"_s);
    QVERIFY(deployments[u"blue"_s][u"model"_s].toString().endsWith(u"/models/census-copy/versions/1"_s));
    QCOMPARE(trafficOf(rawTraffic(), u"green"_s), 100);

    // A deployment without traffic may be retired at once.
    const auto [retired, error] = retire(u"blue"_s, {});
    QVERIFY2(!error, qPrintable(error.message()));
    QCOMPARE(retired.successor, u"green"_s);
    QCOMPARE(rawDeployments().keys(), QStringList { u"green"_s });
}

void TestAzureMlRollout::failedProvisioningLeavesTrafficUntouched()
{
    // A model version made of the job's metrics folder: it registers, but cannot be loaded.
    RolloutRequest r = request(u"census-broken"_s);
    r.modelOutput = u"metrics"_s;
    const Run run = rollout(r);
    QCOMPARE(run.result.state, RolloutState::DeploymentFailed);
    QCOMPARE(run.error.serviceCode, u"ResourceNotReady"_s);
    QVERIFY2(run.error.message().contains(u"cannot be read"_s), qPrintable(run.error.message()));
    QVERIFY(!run.steps.contains(RolloutJob::Step::SmokeTesting));
    QVERIFY(!run.steps.contains(RolloutJob::Step::Shifting));
    // (The service keeps the retired blue in the map at 0 %.)
    QVERIFY(sameTraffic(rawTraffic(), { { u"green"_s, 100 } }));
    QCOMPARE(run.result.traffic, rawTraffic());
    QVERIFY2(run.result.stateText.contains(u"no traffic was moved"_s), qPrintable(run.result.stateText));
    QVERIFY2(run.result.stateText.contains(u"green 100 %."_s), qPrintable(run.result.stateText));
    QVERIFY2(
        run.result.stateText.contains(u"blue (Failed, census-broken 1)"_s), qPrintable(run.result.stateText));
    QCOMPARE(rawDeployments()[u"blue"_s][u"provisioningState"_s].toString(), u"Failed"_s);
}

void TestAzureMlRollout::failedScoringLeavesTrafficUntouched()
{
    // census-copy version 1 exists (registered before); no deployment serves it: green-2 is made.
    QVERIFY(setFaults("aml.score=500"));
    const Run run = rollout(request(u"census-copy"_s));
    QVERIFY(setFaults({}));
    QCOMPARE(run.result.state, RolloutState::SmokeTestFailed);
    QCOMPARE(run.result.newDeployment, u"green-2"_s);
    QVERIFY(run.result.deploymentCreated);
    QCOMPARE(run.error.httpStatus, 500);
    QVERIFY2(run.error.message().contains(u"'green-2'"_s), qPrintable(run.error.message()));
    QVERIFY(!run.steps.contains(RolloutJob::Step::Shifting));
    QVERIFY(sameTraffic(rawTraffic(), { { u"green"_s, 100 } }));
    QCOMPARE(run.result.traffic, rawTraffic());
    QVERIFY2(run.result.stateText.contains(u"green 100 %."_s), qPrintable(run.result.stateText));
    QVERIFY2(run.result.stateText.contains(u"green-2 (Succeeded, census-copy 1)"_s),
        qPrintable(run.result.stateText));
}

RolloutRequest TestAzureMlRollout::request(const QString &model) const
{
    RolloutRequest r;
    r.endpoint = u"census-endpoint"_s;
    r.jobName = m_job;
    r.modelName = model;
    r.backupDirectory = m_backups.filePath(u"backups"_s);
    r.sampleRows = m_rows;
    return r;
}

TestAzureMlRollout::Run TestAzureMlRollout::rollout(
    const RolloutRequest &r, std::function<void(RolloutJob &, int, const TrafficMap &)> onStage)
{
    RolloutJob job(&m_nam, m_tokens.get(), m_target, r);
    tune(job);
    job.setReadBack(3, 100ms);
    Run run;
    connect(&job, &RolloutJob::stepChanged, &job, [&run](RolloutJob::Step s) { run.steps.append(s); });
    if (onStage) {
        job.setConfirmEachStage(true);
        connect(&job, &RolloutJob::stageReady, &job,
            [&](int index, int, const TrafficMap &next) { onStage(job, index, next); });
    }
    QSignalSpy done(&job, &RolloutJob::finished);
    job.start();
    if (!done.wait(90000)) {
        run.error = Error::input(u"no answer"_s);
        return run;
    }
    [&] {
        QCOMPARE(done.size(), 1);
    }();
    run.result = done.first().at(0).value<RolloutResult>();
    run.error = done.first().at(1).value<Error>();
    qInfo().noquote() << rolloutStateName(run.result.state) << run.result.stateText
                      << (run.error ? run.error.message() : QString());
    return run;
}

std::pair<TrafficResult, Error> TestAzureMlRollout::setTraffic(const TrafficMap &traffic)
{
    TrafficJob job(&m_nam, m_tokens.get(), m_target, u"census-endpoint"_s, traffic);
    tune(job);
    job.setReadBack(3, 100ms);
    QSignalSpy done(&job, &TrafficJob::finished);
    job.start();
    if (!done.wait(60000))
        return { {}, Error::input(u"no answer"_s) };
    return { done.first().at(0).value<TrafficResult>(), done.first().at(1).value<Error>() };
}

std::pair<RetireResult, Error> TestAzureMlRollout::retire(const QString &deployment, const QString &successor)
{
    RetireJob job(&m_nam, m_tokens.get(), m_target, u"census-endpoint"_s, deployment, successor);
    tune(job);
    QSignalSpy done(&job, &RetireJob::finished);
    job.start();
    if (!done.wait(60000))
        return { {}, Error::input(u"no answer"_s) };
    return { done.first().at(0).value<RetireResult>(), done.first().at(1).value<Error>() };
}

std::pair<RollbackResult, Error> TestAzureMlRollout::rollback(const RollbackHandle &handle)
{
    RollbackJob job(&m_nam, m_tokens.get(), m_target, handle);
    tune(job);
    job.setReadBack(3, 100ms);
    QSignalSpy done(&job, &RollbackJob::finished);
    job.start();
    if (!done.wait(60000))
        return { {}, Error::input(u"no answer"_s) };
    return { done.first().at(0).value<RollbackResult>(), done.first().at(1).value<Error>() };
}

QJsonObject TestAzureMlRollout::raw(const QString &path) const
{
    return http("GET", m_target.url(path), {}, bearer(m_token)).json();
}

TrafficMap TestAzureMlRollout::rawTraffic() const
{
    return trafficOfJson(
        raw(u"/onlineEndpoints/census-endpoint"_s)[u"properties"_s][u"traffic"_s].toObject());
}

QMap<QString, QJsonObject> TestAzureMlRollout::rawDeployments() const
{
    QMap<QString, QJsonObject> out;
    for (const QJsonValue &d : raw(u"/onlineEndpoints/census-endpoint/deployments"_s)[u"value"_s].toArray())
        out.insert(d[u"name"_s].toString(), d[u"properties"_s].toObject());
    return out;
}

int TestAzureMlRollout::rawVersions(const QString &model) const
{
    return int(raw(u"/models/%1/versions"_s.arg(model))[u"value"_s].toArray().size());
}

bool TestAzureMlRollout::setFaults(const QByteArray &spec) const
{
    const QUrl faults(m_server.login + u"/admin/faults"_s);
    return (spec.isEmpty() ? http("DELETE", faults) : http("PUT", faults, spec)).status == 200;
}

QTEST_GUILESS_MAIN(TestAzureMlRollout)
#include "tst_azuremlrollout.moc"
