// The ARM core against a private mlstudio-local (demo seeded) + Azurite: sign-in (client
// secret, wrong secret, device code with a public client, refresh), list (paged), get, keys,
// an expired token mid-flow, the guarded model update with backup and read-back, rollback from
// the backup, refusals (training service, read-only service), CannotChangeStorageAccount from
// a definition file exported elsewhere, an operation that ends Failed, "success without effect"
// (fault arm.patch=noop), 20 % transient faults through a whole update and rollback, PUT that
// refuses to overwrite and creates from an imported file, and the import/export round trip.
#include "arm/armjobs.h"
#include "arm/armwrite.h"
#include "arm/classicendpoint.h"
#include "arm/definitionfile.h"
#include "arm/modelupdatejob.h"
#include "arm/sandboxtemplate.h"
#include "arm/signin.h"
#include "arm/smoketest.h"
#include "storage/storageclient.h"
#include "tst_serversupport.h"

#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mlr;
using namespace mlr::arm;
using namespace mlr::test;
using std::chrono::milliseconds;

namespace {

RetryPolicy quickPolicy()
{
    return RetryPolicy { 8, milliseconds(20), milliseconds(200) };
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestArmFlow : public QObject
{
    Q_OBJECT

    ServerProcess m_server;
    QJsonObject m_demo;
    QNetworkAccessManager m_nam;
    std::unique_ptr<TokenProvider> m_tokens;
    QTemporaryDir m_backups;
    QString m_predictive, m_training, m_initialUri, m_copyUri, m_brokenUri, m_retrainedUri;

    SignInSettings settings() const
    {
        SignInSettings s;
        s.loginUrl = QUrl(m_demo.value(QStringLiteral("loginUrl")).toString());
        s.tenantId = m_demo.value(QStringLiteral("tenant")).toString();
        s.clientId = m_demo.value(QStringLiteral("clientId")).toString();
        return s;
    }

    ArmTarget target() const
    {
        ArmTarget t;
        t.armUrl = QUrl(m_demo.value(QStringLiteral("armUrl")).toString());
        t.subscriptionId = m_demo.value(QStringLiteral("subscriptionId")).toString();
        t.resourceGroup = m_demo.value(QStringLiteral("resourceGroup")).toString();
        return t;
    }

    void setFaults(const QString &spec)
    {
        const HttpResult r = http("PUT", QUrl(m_server.arm + QStringLiteral("/admin/faults")), spec.toUtf8());
        QVERIFY2(r.status == 200 || r.status == 204, qPrintable(r.describe()));
    }

    template<typename Job> QList<QVariant> run(Job &job, int timeoutMs = 60000)
    {
        job.setRetryPolicy(quickPolicy());
        QSignalSpy done(&job, &Job::finished);
        job.start();
        if (!done.wait(timeoutMs) || done.size() != 1)
            return {};
        return done.first();
    }

    QJsonObject get(const QString &name)
    {
        WebServiceGetJob job(&m_nam, m_tokens.get(), target(), name);
        const QList<QVariant> out = run(job);
        return out.isEmpty() ? QJsonObject() : out.first().toJsonObject();
    }

    // The demo's census rows scored by the predictive service now.
    ml::RrsTable score()
    {
        const QJsonObject svc = m_demo.value(QStringLiteral("predictiveService")).toObject();
        std::vector<QStringList> rows;
        for (const QJsonValue &row : censusRows()) {
            QStringList cells;
            for (const QJsonValue &cell : row.toArray())
                cells.append(cell.toString());
            rows.push_back(cells);
        }
        ml::RrsBatchScorer scorer(&m_nam, QUrl(svc.value(QStringLiteral("requestUrl")).toString()),
            svc.value(QStringLiteral("apiKey")).toString(), censusFeatures(), rows);
        QSignalSpy done(&scorer, &ml::RrsBatchScorer::finished);
        scorer.start();
        if (!done.wait(30000))
            return {};
        const Error e = done.first().at(1).value<Error>();
        if (e)
            qWarning("scoring failed: %s", qPrintable(e.message()));
        return done.first().at(0).value<ml::RrsTable>();
    }

    // Waits until no operation runs on the service (its ARM provisioningState is not Provisioning).
    void waitSettled(const QString &name)
    {
        QTRY_VERIFY_WITH_TIMEOUT(get(name)
                                     .value(QStringLiteral("properties"))
                                     .toObject()
                                     .value(QStringLiteral("provisioningState"))
                                     .toString()
                != QStringLiteral("Provisioning"),
            20000);
    }

    std::pair<ModelUpdateResult, Error> update(
        const QString &service, const QString &uri, bool planOnly = false, bool expireBeforePatch = false)
    {
        ModelUpdateRequest request;
        request.serviceName = service;
        request.modelUri = QUrl(uri);
        request.backupDirectory = m_backups.path();
        request.planOnly = planOnly;
        ModelUpdateJob job(&m_nam, m_tokens.get(), target(), request);
        job.setRetryPolicy(quickPolicy());
        job.setPollInterval(milliseconds(100), milliseconds(300));
        if (expireBeforePatch)
            connect(&job, &ModelUpdateJob::stepChanged, this, [this](ModelUpdateJob::Step step) {
                if (step == ModelUpdateJob::Step::Patching) // every token issued so far expires now
                    http("POST", QUrl(m_server.login + QStringLiteral("/admin/tokens/expire")));
            });
        QSignalSpy done(&job, &ModelUpdateJob::finished);
        job.start();
        if (!done.wait(90000))
            return { {}, Error::input(QStringLiteral("the update did not finish")) };
        return { done.first().at(0).value<ModelUpdateResult>(), done.first().at(1).value<Error>() };
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ModelUpdateResult>();
        qRegisterMetaType<OperationResult>();
        qRegisterMetaType<QList<WebServiceSummary>>();
        qRegisterMetaType<WebServiceKeys>();
        qRegisterMetaType<AccessToken>();
        qRegisterMetaType<DeviceCode>();
        qRegisterMetaType<QList<ClassicResource>>();
        qRegisterMetaType<ml::RrsTable>();
        QString why;
        QVERIFY2(m_server.start({ QStringLiteral("--seed-demo"), QStringLiteral("--arm-page-size"),
                                    QStringLiteral("1"), QStringLiteral("--operation-delay"),
                                    QStringLiteral("200"), QStringLiteral("--auto-approve-device-codes"),
                                    QStringLiteral("--device-code-interval"), QStringLiteral("1") },
                     &why),
            qPrintable(why));
        m_demo = m_server.demo();
        m_predictive = m_demo.value(QStringLiteral("predictiveService"))
                           .toObject()
                           .value(QStringLiteral("name"))
                           .toString();
        m_training = m_demo.value(QStringLiteral("trainingService"))
                         .toObject()
                         .value(QStringLiteral("name"))
                         .toString();
        m_tokens = std::make_unique<TokenProvider>(&m_nam, settings());
        m_tokens->setClientSecret(m_demo.value(QStringLiteral("clientSecret")).toString());
        m_tokens->setRetryPolicy(quickPolicy());

        const QList<TrainedModelAsset> models = trainedModelAssets(get(m_predictive));
        QCOMPARE(models.size(), 1);
        m_initialUri = models.first().uri;
        // A second valid model (the same bytes under another name) and a broken one.
        const QString connection = m_demo.value(QStringLiteral("storageConnectionString")).toString();
        const QString container = QUrl(m_initialUri).path().section(u'/', 2, 2); // /account/container/blob
        Error error;
        const auto account = StorageAccount::fromConnectionString(connection, &error);
        QVERIFY(account);
        StorageClient client { &m_nam, *account, RetryPolicy {}, RequestFactory {} };
        const QString initialBlob = QUrl(m_initialUri).path().section(u'/', 3);
        std::unique_ptr<HttpCall> call(client.newCall(
            "GET", client.blobUrl(container, initialBlob), {}, {}, QStringLiteral("test"), nullptr));
        QSignalSpy fetched(call.get(), &HttpCall::finished);
        call->start();
        QVERIFY(fetched.wait(30000));
        const HttpResponse initial = fetched.first().at(0).value<HttpResponse>();
        QCOMPARE(initial.status, 200);
        QVERIFY(
            putBlob(connection, container, QStringLiteral("models/arm-test-copy.ilearner"), initial.body));
        QVERIFY(
            putBlob(connection, container, QStringLiteral("models/arm-test-broken.ilearner"), "not a model"));
        m_copyUri = client.blobUrl(container, QStringLiteral("models/arm-test-copy.ilearner")).toString();
        m_brokenUri = client.blobUrl(container, QStringLiteral("models/arm-test-broken.ilearner")).toString();
        QVERIFY(!sameModelUri(m_copyUri, m_initialUri));

        // A model really retrained on the drifted data (BES job on the training service).
        QFile csv(QDir(m_server.dataDir()).filePath(QStringLiteral("census-new.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QVERIFY(putBlob(
            connection, QStringLiteral("arm-inputs"), QStringLiteral("census-new.csv"), csv.readAll()));
        const QJsonObject training = m_demo.value(QStringLiteral("trainingService")).toObject();
        const QString base = training.value(QStringLiteral("batchUrl")).toString();
        const QString key = training.value(QStringLiteral("apiKey")).toString();
        const QString job = besSubmitAndStart(base, key,
            besTrainingRequest(
                connection, QStringLiteral("arm-inputs/census-new.csv"), QStringLiteral("arm")));
        QVERIFY(!job.isEmpty());
        const QJsonObject status
            = waitJob(base + QStringLiteral("/jobs/") + job + QStringLiteral("?api-version=2.0"), key);
        QCOMPARE(status.value(QStringLiteral("StatusCode")).toString(), QStringLiteral("Finished"));
        const QJsonObject model
            = status.value(QStringLiteral("Results")).toObject().value(QStringLiteral("output1")).toObject();
        m_retrainedUri = modelUriFromLocation(model.value(QStringLiteral("BaseLocation")).toString(),
            model.value(QStringLiteral("RelativeLocation")).toString())
                             .toString();
        QVERIFY(m_retrainedUri.endsWith(QStringLiteral(".ilearner")));
    }

    void init() { setFaults(QString()); }

    void clientSecretSignIn()
    {
        ClientSecretSignIn ok(&m_nam, settings(), m_demo.value(QStringLiteral("clientSecret")).toString());
        const QList<QVariant> out = run(ok);
        QVERIFY(!out.at(1).value<Error>());
        QVERIFY(!out.at(0).value<AccessToken>().isNull());

        ClientSecretSignIn wrong(&m_nam, settings(), QStringLiteral("not-the-secret-at-all"));
        const Error e = run(wrong).at(1).value<Error>();
        QCOMPARE(e.httpStatus, 401);
        QVERIFY2(e.message().contains(QStringLiteral("the client secret is wrong")), qPrintable(e.message()));
        QVERIFY(!e.message().contains(QStringLiteral("not-the-secret-at-all")));
    }

    void deviceCodeAndRefresh()
    {
        // A public client (no secret), as an interactive app registers it.
        const HttpResult r = httpJson("POST", QUrl(m_server.login + QStringLiteral("/admin/clients")),
            QJsonObject { { QStringLiteral("tenant"), m_demo.value(QStringLiteral("tenant")) },
                { QStringLiteral("clientSecret"), QString() } });
        QVERIFY2(r.status == 200 || r.status == 201, qPrintable(r.describe()));
        SignInSettings s = settings();
        s.clientId = r.json().value(QStringLiteral("clientId")).toString();
        DeviceCodeSignIn signIn(&m_nam, s);
        QSignalSpy code(&signIn, &DeviceCodeSignIn::codeReady);
        const QList<QVariant> out = run(signIn, 30000);
        QVERIFY(!out.isEmpty());
        QVERIFY2(!out.at(1).value<Error>(), qPrintable(out.at(1).value<Error>().message()));
        QCOMPARE(code.size(), 1);
        QVERIFY(code.first().first().value<DeviceCode>().verificationUri.path().endsWith(u"/devicelogin"));
        const AccessToken token = out.at(0).value<AccessToken>();
        QVERIFY(!token.refreshToken.isEmpty());

        // Stay signed in: the provider renews with the refresh token and hands it out.
        TokenProvider provider(&m_nam, s);
        provider.setPersistRefreshToken(true);
        QSignalSpy persisted(&provider, &TokenProvider::refreshTokenChanged);
        provider.setAccessToken(token);
        QCOMPARE(persisted.size(), 1);
        http("POST", QUrl(m_server.login + QStringLiteral("/admin/tokens/expire")));
        WebServiceListJob list(&m_nam, &provider, target(), WebServiceListJob::Scope::ResourceGroup);
        const QList<QVariant> listed = run(list);
        QVERIFY2(!listed.at(1).value<Error>(), qPrintable(listed.at(1).value<Error>().message()));
        QCOMPARE(provider.renewals(), 1);
        QCOMPARE(persisted.size(), 2); // the rotated refresh token
    }

    void deviceCodeDeclined()
    {
        const HttpResult r = httpJson("POST", QUrl(m_server.login + QStringLiteral("/admin/clients")),
            QJsonObject { { QStringLiteral("tenant"), m_demo.value(QStringLiteral("tenant")) },
                { QStringLiteral("clientSecret"), QString() } });
        SignInSettings s = settings();
        s.clientId = r.json().value(QStringLiteral("clientId")).toString();
        DeviceCodeSignIn signIn(&m_nam, s);
        // The user denies in the browser before the first poll.
        connect(&signIn, &DeviceCodeSignIn::codeReady, this, [this](const DeviceCode &code) {
            http("POST",
                QUrl(m_server.login + QStringLiteral("/admin/device-codes/%1/deny").arg(code.userCode)));
        });
        const QList<QVariant> out = run(signIn, 30000);
        QVERIFY(!out.isEmpty());
        const Error e = out.at(1).value<Error>();
        QVERIFY2(e.message().contains(QStringLiteral("declined")), qPrintable(e.message()));
    }

    void listGetKeys()
    {
        WebServiceListJob bySubscription(
            &m_nam, m_tokens.get(), target(), WebServiceListJob::Scope::Subscription);
        const QList<QVariant> all = run(bySubscription);
        QVERIFY2(!all.at(1).value<Error>(), qPrintable(all.at(1).value<Error>().message()));
        const auto services = all.at(0).value<QList<WebServiceSummary>>();
        QVERIFY(services.size() >= 4);
        QVERIFY(bySubscription.pages() >= 4); // --arm-page-size 1
        QStringList names;
        for (const WebServiceSummary &s : services)
            names.append(s.name);
        QVERIFY(names.contains(m_predictive));
        QVERIFY(names.contains(m_training));

        WebServiceListJob byGroup(&m_nam, m_tokens.get(), target(), WebServiceListJob::Scope::ResourceGroup);
        QVERIFY(run(byGroup).at(0).value<QList<WebServiceSummary>>().size() >= 4);

        WebServiceGetJob missing(&m_nam, m_tokens.get(), target(), QStringLiteral("no-such-service"));
        const Error e = run(missing).at(1).value<Error>();
        QVERIFY(e.isNotFound());
        QVERIFY2(
            e.message().contains(QStringLiteral("'no-such-service' was not found")), qPrintable(e.message()));

        WebServiceKeysJob keys(&m_nam, m_tokens.get(), target(), m_predictive);
        const QList<QVariant> k = run(keys);
        QCOMPARE(k.at(0).value<WebServiceKeys>().primary,
            m_demo.value(QStringLiteral("predictiveService"))
                .toObject()
                .value(QStringLiteral("apiKey"))
                .toString());
    }

    void expiredTokenMidFlow()
    {
        QVERIFY(!get(m_predictive).isEmpty());
        const int before = m_tokens->renewals();
        http("POST", QUrl(m_server.login + QStringLiteral("/admin/tokens/expire")));
        QVERIFY(!get(m_predictive).isEmpty()); // 401 -> renewed -> repeated
        QCOMPARE(m_tokens->renewals(), before + 1);
    }

    void updateVerifyRollback()
    {
        auto [planned, planError] = update(m_predictive, m_copyUri, true);
        QVERIFY(!planError);
        QCOMPARE(planned.state, ServiceState::Unchanged);
        QCOMPARE(planned.diff.size(), 1);
        QVERIFY(planned.backupFile.isEmpty());

        auto [done, error] = update(m_predictive, m_copyUri);
        QVERIFY2(!error, qPrintable(error.message() + u' ' + done.stateText));
        QCOMPARE(done.state, ServiceState::Updated);
        QVERIFY(sameModelUri(done.verifiedUri, m_copyUri));
        QVERIFY(sameModelUri(done.oldUri, m_initialUri));
        QCOMPARE(done.operation.final.status, QStringLiteral("Succeeded"));
        QVERIFY(!done.operation.operationUrl.isEmpty());
        QVERIFY(QFile::exists(done.backupFile));
        QCOMPARE(listBackups(m_backups.path(), m_predictive).first(), done.backupFile);
        QVERIFY(sameModelUri(trainedModelAssets(get(m_predictive)).first().uri, m_copyUri));

        // Rollback: the backup's uri through the same path.
        Error backupError;
        const QString previous = backupModelUri(done.backupFile, {}, &backupError);
        QVERIFY2(sameModelUri(previous, m_initialUri), qPrintable(backupError.message()));
        auto [rolled, rollError] = update(m_predictive, previous);
        QVERIFY2(!rollError, qPrintable(rollError.message()));
        QCOMPARE(rolled.state, ServiceState::Updated);
        QVERIFY(sameModelUri(trainedModelAssets(get(m_predictive)).first().uri, m_initialUri));
    }

    void tokenExpiresDuringUpdate()
    {
        const int before = m_tokens->renewals();
        auto [done, error] = update(m_predictive, m_copyUri, false, true);
        QVERIFY2(!error, qPrintable(error.message()));
        QCOMPARE(done.state, ServiceState::Updated);
        QCOMPARE(m_tokens->renewals(), before + 1);
        auto [back, backError] = update(m_predictive, m_initialUri);
        QVERIFY2(!backError, qPrintable(backError.message()));
    }

    void smokeTest()
    {
        const ml::RrsTable baseline = score();
        QCOMPARE(baseline.rows.size(), size_t(censusRows().size()));
        Error error;
        // The same model under another name: the update verifies, and the smoke test flags it.
        auto [same, sameError] = update(m_predictive, m_copyUri);
        QVERIFY2(!sameError, qPrintable(sameError.message()));
        auto unchanged = compareScores(baseline, score(), &error);
        QVERIFY2(unchanged, qPrintable(error.message()));
        QVERIFY(unchanged->unchanged());
        // The retrained model scores differently.
        auto [done, doneError] = update(m_predictive, m_retrainedUri);
        QVERIFY2(!doneError, qPrintable(doneError.message()));
        auto changed = compareScores(baseline, score(), &error);
        QVERIFY2(changed, qPrintable(error.message()));
        QVERIFY2(!changed->unchanged(), qPrintable(changed->summary()));
        QVERIFY(changed->maxScoreDelta > 0);
        auto [back, backError] = update(m_predictive, m_initialUri);
        QVERIFY2(!backError, qPrintable(backError.message()));
    }

    void trainingServiceRefused()
    {
        auto [result, error] = update(m_training, m_copyUri);
        QCOMPARE(result.state, ServiceState::Unchanged);
        QVERIFY2(error.message().contains(QStringLiteral("training (retraining) web service")),
            qPrintable(error.message()));
        QVERIFY(result.backupFile.isEmpty());
    }

    void successWithoutEffect()
    {
        setFaults(QStringLiteral("arm.patch=noop,times=1"));
        auto [result, error] = update(m_predictive, m_copyUri);
        QCOMPARE(result.state, ServiceState::NotApplied);
        QVERIFY2(
            error.message().contains(QStringLiteral("did not take effect")), qPrintable(error.message()));
        QVERIFY(sameModelUri(result.verifiedUri, m_initialUri));
        QVERIFY(result.stateText.contains(result.backupFile));
    }

    void operationFails()
    {
        auto [result, error] = update(m_predictive, m_brokenUri);
        QCOMPARE(result.state, ServiceState::OperationFailed);
        QCOMPARE(result.operation.final.status, QStringLiteral("Failed"));
        QVERIFY2(error.message().contains(QStringLiteral("ended 'Failed'")), qPrintable(error.message()));
        QVERIFY2(!error.serviceCode.isEmpty(), qPrintable(error.message()));
        // Put the service back on its model (the definition names the broken blob now).
        auto [back, backError] = update(m_predictive, m_initialUri);
        QVERIFY2(!backError, qPrintable(backError.message()));
    }

    void transientFaultsThroughUpdateAndRollback()
    {
        setFaults(QStringLiteral("seed=5; arm.*=503,p=0.2; login.token=503,p=0.2"));
        m_tokens->signOut();
        m_tokens->setClientSecret(m_demo.value(QStringLiteral("clientSecret")).toString());
        auto [done, error] = update(m_predictive, m_copyUri);
        QVERIFY2(!error, qPrintable(error.message()));
        QCOMPARE(done.state, ServiceState::Updated);
        auto [rolled, rollError] = update(m_predictive, backupModelUri(done.backupFile, {}, nullptr));
        QVERIFY2(!rollError, qPrintable(rollError.message()));
        QCOMPARE(rolled.state, ServiceState::Updated);
        const HttpResult faults = http("GET", QUrl(m_server.arm + QStringLiteral("/admin/faults")));
        const QJsonObject rule = faults.json().value(QStringLiteral("rules")).toArray().first().toObject();
        QVERIFY2(
            rule.value(QStringLiteral("fired")).toInt() > 0, faults.body.constData()); // faults did happen
    }

    void classicEndpoint()
    {
        const QString workspace = get(m_predictive)
                                      .value(QStringLiteral("properties"))
                                      .toObject()
                                      .value(QStringLiteral("machineLearningWorkspace"))
                                      .toObject()
                                      .value(QStringLiteral("id"))
                                      .toString();
        const auto endpointOf = [&](const QString &role) {
            const QJsonObject svc = m_demo.value(role).toObject();
            const QString serviceId
                = svc.value(QStringLiteral("batchUrl")).toString().section(QLatin1Char('/'), -1);
            Error error;
            const auto e = ClassicEndpoint::fromUrl(
                QUrl(m_server.ml
                    + QStringLiteral("/workspaces/%1/webservices/%2/endpoints/retrained")
                          .arg(workspace, serviceId)),
                svc.value(QStringLiteral("apiKey")).toString(), &error);
            if (!e)
                qWarning("%s", qPrintable(error.message()));
            return e.value_or(ClassicEndpoint {});
        };
        const ClassicEndpoint predictive = endpointOf(QStringLiteral("predictiveService"));
        ClassicEndpointGetJob read(&m_nam, predictive);
        const QList<QVariant> before = run(read);
        const auto resources = before.at(0).value<QList<ClassicResource>>();
        QCOMPARE(resources.size(), 1);
        QVERIFY(sameModelUri(resources.first().uri(), m_initialUri));

        const QUrl copy(m_copyUri);
        const QString base = copy.toString(QUrl::RemovePath | QUrl::RemoveQuery) + QLatin1Char('/');
        const QString relative = copy.path().mid(1);
        const auto update = [&](const ClassicEndpoint &endpoint, const QString &rel, int timeoutMs) {
            ClassicEndpointUpdateJob job(&m_nam, endpoint, resources.first().name, base, rel, QString());
            job.setVerification(milliseconds(100), milliseconds(timeoutMs));
            return run(job);
        };
        QList<QVariant> out = update(predictive, relative, 10000);
        QVERIFY2(!out.at(1).value<Error>(), qPrintable(out.at(1).value<Error>().message()));
        QVERIFY(sameModelUri(out.at(0).toString(), m_copyUri));

        waitSettled(m_predictive);
        // Success without effect is caught by the read-back.
        setFaults(QStringLiteral("classic.patch=noop,times=1"));
        const QString initialRelative = QUrl(m_initialUri).path().mid(1);
        out = update(predictive, initialRelative, 600);
        QVERIFY2(out.at(1).value<Error>().message().contains(QStringLiteral("did not take effect")),
            qPrintable(out.at(1).value<Error>().message()));
        setFaults(QString());
        waitSettled(m_predictive);
        out = update(predictive, initialRelative, 10000);
        QVERIFY2(!out.at(1).value<Error>(), qPrintable(out.at(1).value<Error>().message()));

        // The training service's endpoint has nothing to update.
        out = update(endpointOf(QStringLiteral("trainingService")), relative, 1000);
        QVERIFY2(out.at(1).value<Error>().message().contains(QStringLiteral("training web service")),
            qPrintable(out.at(1).value<Error>().message()));
        waitSettled(m_predictive);
    }

    void servicePairFromTemplate()
    {
        QFile csv(QDir(m_server.dataDir()).filePath(QStringLiteral("census-new.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QByteArray sample;
        for (int i = 0; i < 400 && !csv.atEnd(); ++i)
            sample += csv.readLine();
        SandboxServicePairJob::Request request;
        request.server = QUrl(m_server.arm);
        request.labelColumn = QStringLiteral("income");
        request.name = QStringLiteral("armpair");
        request.csv = sample;
        SandboxServicePairJob create(&m_nam, request);
        QSignalSpy done(&create, &SandboxServicePairJob::finished);
        create.start();
        QVERIFY(done.wait(60000));
        QVERIFY2(!done.first().at(1).value<Error>(), qPrintable(done.first().at(1).value<Error>().message()));
        const QJsonObject pair = done.first().at(0).toJsonObject();
        const QString predictive = pair.value(QStringLiteral("predictiveService"))
                                       .toObject()
                                       .value(QStringLiteral("name"))
                                       .toString();
        QCOMPARE(predictive, QStringLiteral("armpair-predictive"));
        const QJsonObject service = get(predictive);
        QVERIFY(checkModelUpdate(service, QUrl(m_copyUri)).isAllowed());
        QVERIFY(!checkModelUpdate(get(QStringLiteral("armpair-retraining")), QUrl(m_copyUri)).isAllowed());

        request.name = QStringLiteral("armpair2");
        request.labelColumn = QStringLiteral("no-such-column");
        SandboxServicePairJob bad(&m_nam, request);
        QSignalSpy failed(&bad, &SandboxServicePairJob::finished);
        bad.start();
        QVERIFY(failed.wait(60000));
        const Error e = failed.first().at(1).value<Error>();
        QCOMPARE(e.serviceCode, QStringLiteral("TemplateFailed"));
        QVERIFY2(e.message().contains(QStringLiteral("no-such-column")), qPrintable(e.message()));
    }

    void definitionFromElsewhereAndReadOnly()
    {
        // The reference's Export-AzMlWebService file names another storage account.
        Error error;
        const auto foreign = importDefinition(
            readFile(QStringLiteral(MLR_SOURCE_DIR "/tests/data/arm/census-predictive.export.json")),
            QStringLiteral("census-predictive.export.json"), &error);
        QVERIFY(foreign);
        WebServiceWriteJob patch(&m_nam, m_tokens.get(), target(), m_predictive,
            WebServiceWriteJob::Method::Patch, foreign->definition);
        const Error e = run(patch).at(1).value<Error>();
        QCOMPARE(e.serviceCode, QStringLiteral("CannotChangeStorageAccount"));
        QVERIFY2(e.message().contains(QStringLiteral("storage account cannot be changed")),
            qPrintable(e.message()));

        // Our own export imports and PATCHes back whole (Update-AzMlWebService -ServiceUpdates).
        const QJsonObject current = get(m_predictive);
        const auto ours = importDefinition(exportDefinition(current), QStringLiteral("ours.json"), &error);
        QVERIFY(ours);
        WebServiceWriteJob whole(&m_nam, m_tokens.get(), target(), m_predictive,
            WebServiceWriteJob::Method::Patch, ours->definition);
        whole.setPollInterval(milliseconds(100), milliseconds(300));
        QVERIFY2(!run(whole).at(1).value<Error>(), "whole-definition PATCH failed");

        // PUT refuses to overwrite; creates a copy (with a commitment plan) that is read-only.
        QJsonObject copy = ours->definition;
        QJsonObject p = copy.value(QStringLiteral("properties")).toObject();
        p.insert(QStringLiteral("commitmentPlan"),
            QJsonObject { { QStringLiteral("id"),
                QStringLiteral("/subscriptions/%1/resourceGroups/%2/providers/Microsoft.MachineLearning/"
                               "commitmentPlans/plan")
                    .arg(target().subscriptionId, target().resourceGroup) } });
        p.insert(QStringLiteral("readOnly"), true);
        copy.insert(QStringLiteral("properties"), p);
        WebServiceWriteJob overwrite(
            &m_nam, m_tokens.get(), target(), m_predictive, WebServiceWriteJob::Method::Put, copy);
        QVERIFY(run(overwrite).at(1).value<Error>().message().contains(QStringLiteral("already exists")));
        WebServiceWriteJob create(&m_nam, m_tokens.get(), target(), QStringLiteral("arm-test-readonly"),
            WebServiceWriteJob::Method::Put, copy);
        create.setPollInterval(milliseconds(100), milliseconds(300));
        const QList<QVariant> created = run(create);
        QVERIFY2(!created.at(1).value<Error>(), qPrintable(created.at(1).value<Error>().message()));
        QVERIFY(created.at(0).value<OperationResult>().created);

        auto [refused, refusal] = update(QStringLiteral("arm-test-readonly"), m_copyUri);
        QCOMPARE(refused.state, ServiceState::Unchanged);
        QVERIFY2(refusal.message().contains(QStringLiteral("read-only")), qPrintable(refusal.message()));
        // And the service itself says so.
        WebServiceWriteJob direct(&m_nam, m_tokens.get(), target(), QStringLiteral("arm-test-readonly"),
            WebServiceWriteJob::Method::Patch,
            QJsonObject { { QStringLiteral("properties"),
                QJsonObject { { QStringLiteral("title"), QStringLiteral("x") } } } });
        const Error ro = run(direct).at(1).value<Error>();
        QCOMPARE(ro.serviceCode, QStringLiteral("WebServiceIsReadOnly"));
    }
};

QTEST_GUILESS_MAIN(TestArmFlow)
#include "tst_armflow.moc"
