// The update guard's jobs over a fake QNetworkAccessManager (ARM on :7002, Azurite-style
// blobs on :10000, RRS on :7003): ModelUpdateJob refuses a wrong job before any write and
// calls a byte-identical model "nothing to update"; GuardedUpdateJob rolls back automatically
// when the service fails to score after the change and only warns when predictions are
// unchanged; RollbackChoiceJob skips the backups that are no way back.
#include "arm/guardedupdatejob.h"
#include "arm/modelupdate.h"
#include "arm/rollbackchoice.h"
#include "armguardfixtures.h"
#include "fakenetworkaccessmanager.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mlr;
using namespace mlr::arm;
using namespace mlr::test;
using namespace mlr::test::guard;
using std::chrono::milliseconds;

namespace {

FakeAnswer json(int status, const QByteArray &body, QList<QPair<QByteArray, QByteArray>> headers = {})
{
    headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    return FakeAnswer { status, body, headers, QNetworkReply::NoError, false };
}

QByteArray bytes(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// A sandbox-like world: services by name, blobs by name (content), the live model of the
// predictive service, and what RRS answers.
struct World
{
    QMap<QString, QJsonObject> services;
    QMap<QString, QByteArray> blobs; // "models/x.ilearner" -> bytes
    QString live = modelUrl(QStringLiteral("current.ilearner"));
    std::function<FakeAnswer(int call)> rrs; // the n-th execute call (0-based)
    QList<QString> patchedUris;
    int rrsCalls = 0;

    std::optional<FakeAnswer> answer(const SeenRequest &r)
    {
        const QUrl url = r.request.url();
        if (url.port() == 7001)
            return json(200, R"({"access_token":"tok","expires_in":3599})");
        if (url.port() == 10000) {
            const QString blob = url.path().section(u'/', 2);
            if (!blobs.contains(blob))
                return FakeAnswer { 404, {}, {}, QNetworkReply::ContentNotFoundError, false };
            const QByteArray md5 = QCryptographicHash::hash(blobs[blob], QCryptographicHash::Md5).toBase64();
            return FakeAnswer { 200, r.verb == "GET" ? blobs[blob] : QByteArray(),
                { { "Content-Length", QByteArray::number(blobs[blob].size()) }, { "Content-MD5", md5 } },
                QNetworkReply::NoError, false };
        }
        if (url.port() == 7003) {
            if (url.path().endsWith(u"swagger.json"))
                return json(200,
                    R"({"definitions":{"ExecutionRequest":{"example":{"Inputs":{"input1":[{"age":30},{"age":50}]}}}}})");
            return rrs(rrsCalls++);
        }
        if (url.path().contains(u"operationsStatus"))
            return json(200, R"({"status":"Succeeded"})");
        const QString name = url.path().section(u'/', -1);
        if (r.verb == "PATCH") {
            const QJsonObject body = QJsonDocument::fromJson(r.body).object();
            live = body[QStringLiteral("properties")][QStringLiteral("assets")][QStringLiteral("asset3")]
                       [QStringLiteral("locationInfo")][QStringLiteral("uri")]
                           .toString();
            patchedUris.append(live);
            return json(
                200, "{}", { { "Azure-AsyncOperation", "http://127.0.0.1:7002/operationsStatus/1" } });
        }
        if (!services.contains(name))
            return json(404, R"({"error":{"code":"NotFound","message":"no such service"}})");
        QJsonObject s = services[name];
        if (name == u"census-predictive")
            s = censusPredictive(live);
        return json(200, bytes(s));
    }
};

FakeAnswer scores(const QStringList &labels)
{
    QJsonArray values;
    for (const QString &l : labels)
        values.append(QJsonArray { l, QStringLiteral("0.5") });
    const QJsonObject value {
        { QStringLiteral("ColumnNames"),
            QJsonArray { QStringLiteral("Scored Labels"), QStringLiteral("Scored Probabilities") } },
        { QStringLiteral("Values"), values }
    };
    return json(200,
        bytes({ { QStringLiteral("Results"),
            QJsonObject { { QStringLiteral("output1"),
                QJsonObject { { QStringLiteral("type"), QStringLiteral("table") },
                    { QStringLiteral("value"), value } } } } } }));
}

} // namespace

class TestArmUpdateFlow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    World m_world;
    std::unique_ptr<FakeNetworkAccessManager> m_nam;
    std::unique_ptr<TokenProvider> m_tokens;
    ArmTarget m_target;

    ModelUpdateRequest request(const std::optional<ml::JobRecord> &j, const QString &model) const
    {
        ModelUpdateRequest r;
        r.serviceName = QStringLiteral("census-predictive");
        r.modelUri = QUrl(modelUrl(model));
        r.backupDirectory = m_dir.path();
        r.job = j;
        r.pair = { QStringLiteral("demo"), true, QStringLiteral("census-retraining"),
            QStringLiteral("census-predictive") };
        r.storage = StorageAccount::developmentStorage();
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ModelUpdateResult>();
        qRegisterMetaType<GuardedUpdateResult>();
        qRegisterMetaType<RollbackChoice>();
    }

    void init()
    {
        m_world = World();
        m_world.services.insert(QStringLiteral("census-predictive"), censusPredictive());
        m_world.services.insert(QStringLiteral("census-retraining"), censusTraining());
        m_world.services.insert(QStringLiteral("housing-retraining"), housingTraining());
        m_world.blobs.insert(QStringLiteral("models/current.ilearner"), "current model");
        m_world.blobs.insert(QStringLiteral("models/new.ilearner"), "new model");
        m_world.blobs.insert(QStringLiteral("models/housing.ilearner"), "housing model");
        m_world.blobs.insert(QStringLiteral("models/copy.ilearner"), "current model");
        m_nam = std::make_unique<FakeNetworkAccessManager>(
            [this](const SeenRequest &r) { return m_world.answer(r); });
        SignInSettings s;
        s.loginUrl = QUrl(QStringLiteral("http://127.0.0.1:7001"));
        s.tenantId = QStringLiteral("t");
        s.clientId = QStringLiteral("c");
        m_tokens = std::make_unique<TokenProvider>(m_nam.get(), s);
        m_tokens->setClientSecret(QStringLiteral("client-secret-xyz"));
        m_target.armUrl = QUrl(QStringLiteral("http://127.0.0.1:7002"));
        m_target.subscriptionId = QStringLiteral("sub");
        m_target.resourceGroup = QStringLiteral("rg");
    }

    void refusedBeforeAnyWrite_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<QString>("training");
        QTest::addColumn<QString>("blob");
        QTest::addColumn<QString>("words");
        QTest::newRow("another pair's job") << int(ml::JobState::Finished) << "housing-retraining"
                                            << "housing.ilearner"
                                            << "trained a regression model";
        QTest::newRow("unfinished job") << int(ml::JobState::Running) << "census-retraining"
                                        << "new.ilearner"
                                        << "Job job42 has not finished";
        QTest::newRow("failed job") << int(ml::JobState::Failed) << "census-retraining"
                                    << "none.ilearner"
                                    << "Job job42 failed";
        QTest::newRow("missing model blob")
            << int(ml::JobState::Finished) << "census-retraining"
            << "none.ilearner"
            << "there is no blob http://127.0.0.1:10000/devstoreaccount1/models/none.ilearner";
        QTest::newRow("unreadable training service, unconfirmed pair")
            << int(ml::JobState::Finished) << "gone-retraining"
            << "new.ilearner"
            << "could not be read";
    }
    void refusedBeforeAnyWrite()
    {
        QFETCH(int, state);
        QFETCH(QString, training);
        QFETCH(QString, blob);
        QFETCH(QString, words);
        ModelUpdateJob job(m_nam.get(), m_tokens.get(), m_target,
            request(guard::job(ml::JobState(state), training, blob), blob));
        job.setRetryPolicy(RetryPolicy { 1, milliseconds(1), milliseconds(1) });
        QSignalSpy done(&job, &ModelUpdateJob::finished);
        job.start();
        QVERIFY(done.wait(5000));
        const auto result = done.first().at(0).value<ModelUpdateResult>();
        const auto error = done.first().at(1).value<Error>();
        QCOMPARE(result.state, ServiceState::Unchanged);
        QVERIFY2(error.message().contains(words), qPrintable(error.message()));
        QVERIFY(result.backupFile.isEmpty());
        QVERIFY(m_world.patchedUris.isEmpty());
        for (const SeenRequest &r : m_nam->seen())
            QVERIFY2(
                r.verb == "GET" || r.verb == "HEAD" || r.request.url().port() == 7001, r.verb.constData());
    }

    void identicalModel_data()
    {
        QTest::addColumn<QString>("blob");
        QTest::newRow("the same blob") << "current.ilearner";
        QTest::newRow("a copy of its bytes") << "copy.ilearner";
    }
    void identicalModel()
    {
        QFETCH(QString, blob);
        ModelUpdateJob job(m_nam.get(), m_tokens.get(), m_target,
            request(guard::job(ml::JobState::Finished, QStringLiteral("census-retraining"), blob), blob));
        QSignalSpy done(&job, &ModelUpdateJob::finished);
        job.start();
        QVERIFY(done.wait(5000));
        const auto result = done.first().at(0).value<ModelUpdateResult>();
        QVERIFY2(!done.first().at(1).value<Error>(), qPrintable(done.first().at(1).value<Error>().message()));
        QVERIFY(result.identical);
        QCOMPARE(result.state, ServiceState::Unchanged);
        QCOMPARE(result.stateText,
            QStringLiteral("The new model is identical to the current one; nothing to update."));
        QVERIFY(m_world.patchedUris.isEmpty());
        QVERIFY(result.backupFile.isEmpty());
    }

    void scoringErrorsRollBack()
    {
        m_world.rrs = [](int call) {
            if (call == 0)
                return scores({ QStringLiteral(">50K"), QStringLiteral("<=50K") });
            return json(400,
                R"({"error":{"code":"ModuleExecutionError","message":"Module execution encountered an error.","details":[{"code":"ModuleExecutionError","message":"Column price not found"}]}})");
        };
        GuardedUpdateJob job(m_nam.get(), m_tokens.get(), m_target,
            request(guard::job(), QStringLiteral("new.ilearner")),
            { QUrl(QStringLiteral("http://127.0.0.1:7003/workspaces/w/services/s/execute")),
                QStringLiteral("key") });
        job.setRetryPolicy(RetryPolicy { 1, milliseconds(1), milliseconds(1) });
        job.setPollInterval(milliseconds(1), milliseconds(2));
        QSignalSpy done(&job, &GuardedUpdateJob::finished);
        job.start();
        QVERIFY(done.wait(10000));
        const auto result = done.first().at(0).value<GuardedUpdateResult>();
        const auto error = done.first().at(1).value<Error>();
        QCOMPARE(result.update.state, ServiceState::Updated);
        QCOMPARE(result.smoke, SmokeOutcome::ScoringErrors);
        QVERIFY(result.rolledBack());
        QCOMPARE(m_world.patchedUris,
            (QList<QString> {
                modelUrl(QStringLiteral("new.ilearner")), modelUrl(QStringLiteral("current.ilearner")) }));
        QCOMPARE(m_world.live, modelUrl(QStringLiteral("current.ilearner")));
        QVERIFY2(error.message().contains(QStringLiteral("rolled back automatically")),
            qPrintable(error.message()));
        QVERIFY2(
            error.message().contains(QStringLiteral("ModuleExecutionError")), qPrintable(error.message()));
        QVERIFY(!result.rollback->backupFile.isEmpty()); // the rollback backed up the broken state too
    }

    void unchangedPredictionsOnlyWarn()
    {
        m_world.rrs = [](int) {
            return scores({ QStringLiteral(">50K"), QStringLiteral("<=50K") });
        };
        GuardedUpdateJob job(m_nam.get(), m_tokens.get(), m_target,
            request(guard::job(), QStringLiteral("new.ilearner")),
            { QUrl(QStringLiteral("http://127.0.0.1:7003/workspaces/w/services/s/execute")),
                QStringLiteral("key") });
        job.setPollInterval(milliseconds(1), milliseconds(2));
        QSignalSpy done(&job, &GuardedUpdateJob::finished);
        job.start();
        QVERIFY(done.wait(10000));
        const auto result = done.first().at(0).value<GuardedUpdateResult>();
        QVERIFY(!done.first().at(1).value<Error>());
        QCOMPARE(result.smoke, SmokeOutcome::Unchanged);
        QVERIFY(result.smokeText.contains(QStringLiteral("Predictions unchanged")));
        QVERIFY(!result.rollback);
        QCOMPARE(m_world.patchedUris.size(), 1);
        QCOMPARE(m_world.live, modelUrl(QStringLiteral("new.ilearner")));
    }

    void rollbackSkipsBrokenBackups()
    {
        QTemporaryDir dir;
        const QDateTime t = QDateTime::fromString(QStringLiteral("2026-05-01T10:00:00Z"), Qt::ISODate);
        Error error;
        const QString good = writeBackup(dir.path(), QStringLiteral("census-predictive"),
            censusPredictive(modelUrl(QStringLiteral("new.ilearner"))), t, &error);
        const QString broken = writeBackup(dir.path(), QStringLiteral("census-predictive"),
            censusPredictive(modelUrl(QStringLiteral("none.ilearner"))), t.addSecs(60), &error);
        const QString same = writeBackup(
            dir.path(), QStringLiteral("census-predictive"), censusPredictive(), t.addSecs(120), &error);
        QVERIFY(!good.isEmpty() && !broken.isEmpty() && !same.isEmpty());
        RollbackChoiceJob job(m_nam.get(), m_tokens.get(), m_target, QStringLiteral("census-predictive"), {},
            dir.path(), StorageAccount::developmentStorage());
        QSignalSpy done(&job, &RollbackChoiceJob::finished);
        job.start();
        QVERIFY(done.wait(5000));
        const auto choice = done.first().at(0).value<RollbackChoice>();
        QVERIFY2(!done.first().at(1).value<Error>(), qPrintable(done.first().at(1).value<Error>().message()));
        QCOMPARE(choice.file, good);
        QCOMPARE(choice.uri, modelUrl(QStringLiteral("new.ilearner")));
        QCOMPARE(choice.skipped.size(), 2);
        QVERIFY2(choice.skipped[0].contains(QStringLiteral("the model the service uses now")),
            qPrintable(choice.skipped[0]));
        QVERIFY2(choice.skipped[1].contains(QStringLiteral("none.ilearner does not exist")),
            qPrintable(choice.skipped[1]));

        QFile::remove(good); // nothing left: an error naming what was skipped
        RollbackChoiceJob none(m_nam.get(), m_tokens.get(), m_target, QStringLiteral("census-predictive"), {},
            dir.path(), StorageAccount::developmentStorage());
        QSignalSpy noneDone(&none, &RollbackChoiceJob::finished);
        none.start();
        QVERIFY(noneDone.wait(5000));
        const QString message = noneDone.first().at(1).value<Error>().message();
        QVERIFY2(message.contains(QStringLiteral("No backup of census-predictive is a way back")),
            qPrintable(message));
        QVERIFY(m_world.patchedUris.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestArmUpdateFlow)
#include "tst_armupdateflow.moc"
