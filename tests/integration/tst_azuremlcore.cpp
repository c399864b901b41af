// The core's Azure ML (v2) reads against mlstudio-local over HTTPS (its CA trusted through
// http/trustedcas.h, as a profile's caCertificateFile does): the production model of the
// demo endpoint and its job, a retrain body made from that job and accepted by the service,
// and the clear errors of an endpoint that does not exist or has no deployment.

#include "amldemo.h"
#include "arm/tokenprovider.h"
#include "azureml/amlwrite.h"
#include "azureml/datastoreaccess.h"
#include "azureml/onlinescoring.h"
#include "azureml/productionmodeljob.h"
#include "azureml/retrainrequest.h"
#include "http/trustedcas.h"
#include "ml/scoringtable.h"
#include "tst_amlsupport.h"
#include "tst_serversupport.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mlr;
using namespace mlr::azureml;
using namespace mlr::test;

class TestAzureMlCore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ProductionModel>();
        qRegisterMetaType<WriteResult>();
        qRegisterMetaType<ScoringAccess>();
        qRegisterMetaType<DatastoreAccess>();
        qRegisterMetaType<ml::RrsTable>();
        QString why;
        QVERIFY2(m_server.start(
                     { u"--seed-demo"_s, u"--aml-job-pace"_s, u"50"_s, u"--aml-provision-delay"_s, u"200"_s },
                     &why),
            qPrintable(why));
        m_demo = m_server.demo()[u"azureml"_s].toObject();
        QVERIFY(!tls::trustCaFile(m_demo[u"caFile"_s].toString()));
        QVERIFY(trustCaFile(m_demo[u"caFile"_s].toString())); // the test's own raw calls
        m_tokens = demoTokens(&m_nam, m_demo);
        m_target = demoWorkspace(m_demo);
    }

    void productionModelOfTheDemoEndpoint()
    {
        const auto [result, error] = production(u"census-endpoint"_s);
        QVERIFY2(!error, qPrintable(error.message()));
        QCOMPARE(result.endpoint.traffic.value(u"blue"_s), 100);
        QCOMPARE(result.deployments.size(), 1);
        QCOMPARE(result.deployment.name, u"blue"_s);
        QCOMPARE(result.model.name, u"census-income"_s);
        QCOMPARE(result.model.version, u"1"_s);
        QVERIFY(result.job);
        QCOMPARE(result.job->name, u"census-train-1"_s);
        QCOMPARE(result.job->status, u"Completed"_s);
        m_production = *result.job;
    }

    // The clone of the production job, on the new data, is a job the service takes and runs.
    void retrainBodyIsAcceptedAndRuns()
    {
        QVERIFY(!m_production.name.isEmpty());
        const QString data = u"azureml://datastores/workspaceblobstore/paths/data/census-initial.csv"_s;
        const auto made = retrainJobBody(m_production, data);
        QVERIFY(std::holds_alternative<RetrainRequest>(made));
        const QString token = demoToken(m_demo);
        const HttpResult put = httpJson("PUT", m_target.url(u"/jobs/core-retrain-1"_s),
            std::get<RetrainRequest>(made).body, bearer(token));
        QVERIFY2(put.status == 201, qPrintable(put.describe()));
        QString status;
        QTRY_VERIFY_WITH_TIMEOUT(
            (status = http("GET", m_target.url(u"/jobs/core-retrain-1"_s), {}, bearer(token))
                          .json()[u"properties"_s][u"status"_s]
                          .toString())
                    == u"Completed"_s
                || status == u"Failed"_s,
            120000);
        QCOMPARE(status, u"Completed"_s);
    }

    void clearErrors()
    {
        auto [result, error] = production(u"no-such-endpoint"_s);
        QVERIFY(error.isNotFound());
        QVERIFY2(error.message().contains(u"no-such-endpoint"_s), qPrintable(error.message()));

        // An endpoint with no deployment.
        const QString token = demoToken(m_demo);
        const HttpResult put = httpJson("PUT", m_target.url(u"/onlineEndpoints/empty-endpoint"_s),
            { { u"location"_s, u"westeurope"_s },
                { u"properties"_s, QJsonObject { { u"authMode"_s, u"Key"_s } } } },
            bearer(token));
        QCOMPARE(put.status, 201);
        QTRY_COMPARE_WITH_TIMEOUT(
            http("GET", m_target.url(u"/onlineEndpoints/empty-endpoint"_s), {}, bearer(token))
                .json()[u"properties"_s][u"provisioningState"_s]
                .toString(),
            u"Succeeded"_s, 20000);
        std::tie(result, error) = production(u"empty-endpoint"_s);
        QCOMPARE(error.kind, Error::Kind::Input);
        QVERIFY2(error.message().contains(u"has no deployment"_s), qPrintable(error.message()));
    }

    // The endpoint's key (listKeys) reaches each deployment by the header, in batches, and
    // every answer names the deployment that scored; a wrong key is refused with a clear word.
    void scoringReachesADeploymentByItsHeader()
    {
        const auto [p, error] = production(u"census-endpoint"_s);
        QVERIFY2(!error, qPrintable(error.message()));
        ScoringAccessJob accessJob(&m_nam, m_tokens.get(), m_target, p.endpoint);
        QSignalSpy got(&accessJob, &ScoringAccessJob::finished);
        accessJob.start();
        QVERIFY(got.wait(30000));
        const auto access = got.first().at(0).value<ScoringAccess>();
        QVERIFY2(!got.first().at(1).value<Error>(), qPrintable(got.first().at(1).value<Error>().message()));
        QCOMPARE(access.authMode, u"Key"_s);
        QVERIFY(!access.bearer.isEmpty());

        std::vector<QStringList> rows;
        const QJsonArray values = censusRows();
        for (int i = 0; i < 25; ++i) {
            QStringList row;
            for (const QJsonValue &v : values.at(i % values.size()).toArray())
                row << ml::scoringCellText(v);
            rows.push_back(row);
        }
        OnlineScorer scorer(&m_nam, access, u"blue"_s, censusFeatures(), rows, { 10, 2, {} });
        QSignalSpy scored(&scorer, &OnlineScorer::finished);
        scorer.start();
        QVERIFY(scored.wait(30000));
        QVERIFY2(
            !scored.first().at(1).value<Error>(), qPrintable(scored.first().at(1).value<Error>().message()));
        const auto table = scored.first().at(0).value<ml::RrsTable>();
        QCOMPARE(int(table.rows.size()), 25);
        QVERIFY(table.columnIndex(u"Scored Labels"_s) >= 0);
        QVERIFY(table.columnIndex(u"Scored Probabilities"_s) >= 0);
        QCOMPARE(scorer.answeredBy(), (QStringList { u"blue"_s, u"blue"_s, u"blue"_s }));
        QCOMPARE(scorer.requestsSent(), 3);

        OnlineScorer refused(&m_nam, { access.scoringUri, u"not-the-key"_s, access.authMode }, u"blue"_s,
            censusFeatures(), rows);
        QSignalSpy no(&refused, &OnlineScorer::finished);
        refused.start();
        QVERIFY(no.wait(30000));
        const Error e = no.first().at(1).value<Error>();
        QCOMPARE(e.httpStatus, 401);
        QVERIFY2(e.message().contains(u"key was refused"_s), qPrintable(e.message()));
        QVERIFY(!e.message().contains(access.bearer));
    }

    // The default datastore is the workspace's blob store with Azurite's account key; a named
    // one is found by name; an unknown name is a 404 that says what was looked for.
    void datastoreAccessGivesTheWorkspaceStorage()
    {
        const auto access = [this](const QString &name) {
            DatastoreAccessJob job(&m_nam, m_tokens.get(), m_target, name);
            QSignalSpy done(&job, &DatastoreAccessJob::finished);
            job.start();
            return done.wait(30000)
                ? std::pair { done.first().at(0).value<DatastoreAccess>(), done.first().at(1).value<Error>() }
                : std::pair { DatastoreAccess {}, Error::input(u"no answer"_s) };
        };
        const auto [store, error] = access({});
        QVERIFY2(!error, qPrintable(error.message()));
        QCOMPARE(store.name, u"workspaceblobstore"_s);
        QCOMPARE(store.container, u"azureml-blobstore-"_s + m_demo[u"workspaceId"_s].toString());
        const auto expected
            = StorageAccount::fromConnectionString(m_demo[u"storageConnectionString"_s].toString(), nullptr);
        QVERIFY(expected);
        QCOMPARE(store.account.key, expected->key);
        QCOMPARE(store.account.blobEndpoint, expected->blobEndpoint);
        QCOMPARE(access(u"workspaceartifactstore"_s).first.name, u"workspaceartifactstore"_s);
        const Error missing = access(u"nosuch"_s).second;
        QCOMPARE(missing.httpStatus, 404);
        QVERIFY2(missing.message().contains(u"nosuch"_s), qPrintable(missing.message()));
    }

    // A token for another audience (storage): refused at once with the service's code and a
    // sentence that says what is wrong, not "expired".
    void tokenOfAnotherAudienceIsNamed()
    {
        arm::TokenProvider storage(&m_nam, demoSignIn(m_demo));
        arm::AccessToken token;
        token.token = demoToken(m_demo, u"https://storage.azure.com/.default"_s);
        token.expiresUtc = QDateTime::currentDateTimeUtc().addSecs(3600);
        QVERIFY(!token.token.isEmpty());
        storage.setAccessToken(token);
        WorkspaceGetJob get(&m_nam, &storage, m_target, u"/onlineEndpoints/census-endpoint"_s,
            WorkspaceGetJob::Kind::One, u"online endpoint 'census-endpoint'"_s);
        QSignalSpy done(&get, &WorkspaceGetJob::finished);
        get.start();
        QVERIFY(done.wait(30000));
        const Error e = done.first().at(1).value<Error>();
        QCOMPARE(e.httpStatus, 401);
        QCOMPARE(e.serviceCode, u"InvalidAuthenticationTokenAudience"_s);
        QVERIFY2(e.message().contains(u"audience"_s) && !e.message().contains(u"expired"_s),
            qPrintable(e.message()));
    }

    // Writes through WorkspaceWriteJob: an endpoint PUT followed to Succeeded and read back, a
    // DELETE whose operation fails with the service's words, a Location-only POST, and a
    // synchronous job PUT.
    void writesFollowTheirOperations()
    {
        const QJsonObject endpoint { { u"location"_s, u"westeurope"_s },
            { u"properties"_s,
                QJsonObject { { u"authMode"_s, u"Key"_s }, { u"description"_s, u"written by the core"_s },
                    { u"traffic"_s, QJsonObject { { u"blue"_s, 100 } } } } } };
        auto [put, putError] = write("PUT", u"/onlineEndpoints/census-endpoint"_s, endpoint);
        QVERIFY2(!putError, qPrintable(putError.message()));
        QCOMPARE(put.httpStatus, 201);
        QCOMPARE(put.operation.via, arm::LroVia::AsyncOperation);
        QVERIFY(put.operation.status.succeeded());
        QCOMPARE(put.resource[u"properties"_s][u"description"_s].toString(), u"written by the core"_s);

        auto [del, delError] = write("DELETE", u"/onlineEndpoints/census-endpoint/deployments/blue"_s, {});
        QVERIFY(delError);
        QCOMPARE(delError.serviceCode, u"BadArgument"_s);
        QVERIFY2(delError.message().contains(u"Deployment has traffic"_s), qPrintable(delError.message()));
        QCOMPARE(del.operation.via, arm::LroVia::AsyncOperation);

        auto [keys, keysError] = write("POST", u"/onlineEndpoints/census-endpoint/regenerateKeys"_s,
            { { u"keyType"_s, u"Secondary"_s } });
        QVERIFY2(!keysError, qPrintable(keysError.message()));
        QCOMPARE(keys.httpStatus, 202);
        QCOMPARE(keys.operation.via, arm::LroVia::Location);

        auto [job, jobError] = write("PUT", u"/jobs/core-written-1"_s,
            std::get<RetrainRequest>(
                retrainJobBody(
                    m_production, u"azureml://datastores/workspaceblobstore/paths/data/census-initial.csv"_s))
                .body);
        QVERIFY2(!jobError, qPrintable(jobError.message()));
        QCOMPARE(job.httpStatus, 201);
        QCOMPARE(job.operation.via, arm::LroVia::None);
        QCOMPARE(job.resource[u"properties"_s][u"status"_s].toString(), u"Starting"_s);
    }

private:
    std::pair<WriteResult, Error> write(const QByteArray &verb, const QString &path, const QJsonObject &body)
    {
        WorkspaceWriteJob job(&m_nam, m_tokens.get(), m_target, verb, path, body, u"test write"_s);
        job.setPollInterval(std::chrono::milliseconds(100), std::chrono::milliseconds(500));
        QSignalSpy done(&job, &WorkspaceWriteJob::finished);
        job.start();
        if (!done.wait(60000))
            return { {}, Error::input(u"no answer"_s) };
        return { done.first().at(0).value<WriteResult>(), done.first().at(1).value<Error>() };
    }

    std::pair<ProductionModel, Error> production(const QString &endpoint)
    {
        ProductionModelJob job(&m_nam, m_tokens.get(), m_target, endpoint);
        QSignalSpy done(&job, &ProductionModelJob::finished);
        job.start();
        if (!done.wait(30000))
            return { {}, Error::input(u"no answer"_s) };
        return { done.first().at(0).value<ProductionModel>(), done.first().at(1).value<Error>() };
    }

    ServerProcess m_server;
    QJsonObject m_demo;
    QNetworkAccessManager m_nam;
    std::unique_ptr<arm::TokenProvider> m_tokens;
    WorkspaceTarget m_target;
    Job m_production;
};

QTEST_GUILESS_MAIN(TestAzureMlCore)
#include "tst_azuremlcore.moc"
