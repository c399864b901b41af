// The update guard's pure checks: a job's state, its recorded pair, the task and input schema
// of its training service against the predictive service, its model blob, the blob
// properties that tell identical models, what a scoring error is, and which backups a
// rollback skips.
#include "arm/guardedupdatejob.h"
#include "arm/modelsource.h"
#include "arm/rollbackchoice.h"
#include "armguardfixtures.h"

#include <QTest>

using namespace mlr;
using namespace mlr::arm;
using namespace mlr::test::guard;

class TestArmUpdateGuard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jobState_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<QString>("words");
        QTest::newRow("finished") << int(ml::JobState::Finished) << QString();
        QTest::newRow("failed") << int(ml::JobState::Failed) << "Job job42 failed";
        QTest::newRow("cancelled") << int(ml::JobState::Cancelled) << "Job job42 was cancelled";
        QTest::newRow("running") << int(ml::JobState::Running) << "Job job42 has not finished";
        QTest::newRow("not started") << int(ml::JobState::NotStarted) << "Wait for it to finish";
        QTest::newRow("unknown") << int(ml::JobState::Unknown) << "has not finished";
    }
    void jobState()
    {
        QFETCH(int, state);
        QFETCH(QString, words);
        ml::JobRecord j = job(ml::JobState(state));
        j.details = QStringLiteral("Error 0018: bad data");
        const QStringList refusals = jobStateRefusals(j);
        QCOMPARE(refusals.isEmpty(), words.isEmpty());
        QVERIFY2(refusals.join(u' ').contains(words), qPrintable(refusals.join(u' ')));
        if (state == int(ml::JobState::Failed))
            QVERIFY(refusals.first().contains(QStringLiteral("Error 0018: bad data")));
    }

    void pair_data()
    {
        QTest::addColumn<bool>("found");
        QTest::addColumn<QString>("training");
        QTest::addColumn<QString>("predictive");
        QTest::addColumn<bool>("confirmed");
        QTest::addColumn<QString>("words");
        QTest::newRow("its pair") << true << "census-retraining"
                                  << "census-predictive" << true << QString();
        QTest::newRow("its pair, other case") << true << "Census-Retraining"
                                              << "CENSUS-predictive" << true << QString();
        QTest::newRow("another pair") << true << "census-retraining"
                                      << "housing-predictive" << false
                                      << "whose predictive service is 'housing-predictive' (profile 'demo'), "
                                         "not 'census-predictive'";
        QTest::newRow("profile gone") << false << QString() << QString() << false << QString();
        QTest::newRow("profile names another training service") << true << "housing-retraining"
                                                                << "housing-predictive" << false << QString();
        QTest::newRow("profile names no predictive service")
            << true << "census-retraining" << QString() << false << QString();
    }
    void pair()
    {
        QFETCH(bool, found);
        QFETCH(QString, training);
        QFETCH(QString, predictive);
        QFETCH(bool, confirmed);
        QFETCH(QString, words);
        bool isConfirmed = !confirmed;
        const QStringList refusals
            = pairRefusals(job(), { QStringLiteral("demo"), found, training, predictive },
                QStringLiteral("census-predictive"), &isConfirmed);
        QCOMPARE(isConfirmed, confirmed);
        QCOMPARE(refusals.isEmpty(), words.isEmpty());
        QVERIFY2(refusals.join(u' ').contains(words), qPrintable(refusals.join(u' ')));
    }

    void schemas()
    {
        const ServiceSchema t = trainingSchema(censusTraining());
        QCOMPARE(t.task, ModelTask::BinaryClassification);
        QCOMPARE(t.label, QStringLiteral("income"));
        QCOMPARE(t.labelType, QStringLiteral("String"));
        QCOMPARE(t.inputs.size(), 4);
        QCOMPARE(trainingSchema(housingTraining()).task, ModelTask::Regression);
        const ServiceSchema p = predictiveSchema(censusPredictive());
        QCOMPARE(p.task, ModelTask::BinaryClassification);
        QCOMPARE(p.labelType, QStringLiteral("String"));
        QCOMPARE(predictiveSchema(housingPredictive()).task, ModelTask::Regression);
        // Studio's column picker, URL-encoded, names the label too.
        const QString picker = QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral(
            R"({"isFilter":true,"rules":[{"exclude":false,"ruleType":"ColumnNames","columns":["income"]}]})")));
        QCOMPARE(trainingSchema(
                     trainingService(QStringLiteral("t"), censusFeatures, QStringLiteral("income"),
                         QStringLiteral("String"), QStringLiteral("Two-Class Boosted Decision Tree"), picker))
                     .label,
            QStringLiteral("income"));
    }

    void schemaMatch_data()
    {
        QTest::addColumn<QJsonObject>("training");
        QTest::addColumn<QJsonObject>("predictive");
        QTest::addColumn<QStringList>("words");
        const QJsonObject census = censusPredictive();
        QTest::newRow("same pair") << censusTraining() << census << QStringList();
        QTest::newRow("regression onto two-class")
            << housingTraining() << census
            << QStringList { QStringLiteral(
                                 "Job job42 trained a regression model (training service "
                                 "'census-retraining'), but 'census-predictive' serves a two-class "
                                 "classification model"),
                   QStringLiteral(
                       "the model needs 'floor-area', 'rooms', which 'census-predictive' does not take"),
                   QStringLiteral("'census-predictive' takes 'age', 'education', 'hours-per-week', which the "
                                  "model was not trained on") };
        Columns fewer = censusFeatures;
        fewer.removeLast();
        QTest::newRow("a feature missing")
            << censusTraining()
            << predictiveService(QStringLiteral("census-predictive"), fewer,
                   { { QStringLiteral("Scored Labels"), QStringLiteral("String") },
                       { QStringLiteral("Scored Probabilities"), QStringLiteral("Number") } })
            << QStringList { QStringLiteral("The input schema of 'census-predictive' does not match"),
                   QStringLiteral("needs 'hours-per-week'") };
        Columns retyped = censusFeatures;
        retyped[0].second = QStringLiteral("String");
        QTest::newRow("a type changed")
            << censusTraining()
            << predictiveService(QStringLiteral("census-predictive"), retyped,
                   { { QStringLiteral("Scored Labels"), QStringLiteral("String") },
                       { QStringLiteral("Scored Probabilities"), QStringLiteral("Number") } })
            << QStringList { QStringLiteral(
                   "'age' is Integer in training and String in 'census-predictive'") };
        QTest::newRow("numeric labels for text ones")
            << trainingService(QStringLiteral("t"), censusFeatures, QStringLiteral("income"),
                   QStringLiteral("Integer"), QStringLiteral("Two-Class Logistic Regression"))
            << census
            << QStringList { QStringLiteral("predicts 'income' (Integer), but 'census-predictive' answers "
                                            "labels of type String") };
        Columns withLabel = censusFeatures;
        withLabel.append({ QStringLiteral("income"), QStringLiteral("String") });
        QTest::newRow("the label in the predictive input is fine")
            << censusTraining()
            << predictiveService(QStringLiteral("census-predictive"), withLabel,
                   { { QStringLiteral("Scored Labels"), QStringLiteral("String") },
                       { QStringLiteral("Scored Probabilities"), QStringLiteral("Number") } })
            << QStringList();
    }
    void schemaMatch()
    {
        QFETCH(QJsonObject, training);
        QFETCH(QJsonObject, predictive);
        QFETCH(QStringList, words);
        const QStringList refusals = schemaRefusals(job(), QStringLiteral("census-retraining"),
            trainingSchema(training), QStringLiteral("census-predictive"), predictiveSchema(predictive));
        QCOMPARE(refusals.isEmpty(), words.isEmpty());
        for (const QString &w : words)
            QVERIFY2(refusals.join(u' ').contains(w), qPrintable(refusals.join(u'\n')));
        for (const QString &r : refusals)
            QVERIFY2(r.contains(QStringLiteral("Use a job of 'census-predictive''s own training service.")),
                qPrintable(r));
    }

    void source_data()
    {
        QTest::addColumn<int>("presence");
        QTest::addColumn<bool>("trainingRead");
        QTest::addColumn<bool>("profileConfirms");
        QTest::addColumn<QString>("refusal");
        QTest::addColumn<QString>("warning");
        using P = BlobFacts::Presence;
        QTest::newRow("all good") << int(P::Exists) << true << true << QString() << QString();
        QTest::newRow("no blob") << int(P::Missing) << true << true
                                 << "The trained model of job job42 does not exist: there is no blob "
                                    "http://127.0.0.1:10000/devstoreaccount1/models/new.ilearner"
                                 << QString();
        QTest::newRow("blob elsewhere")
            << int(P::Unreadable) << true << true << "could not be checked: not here" << QString();
        QTest::newRow("no storage account") << int(P::Unchecked) << true << true
                                            << "there is no storage account to read it with" << QString();
        QTest::newRow("training unread, pair confirmed") << int(P::Exists) << false << true << QString()
                                                         << "could not be compared with 'census-predictive'";
        QTest::newRow("training unread, pair unknown")
            << int(P::Exists) << false << false << "nothing shows that the model fits 'census-predictive'"
            << QString();
    }
    void source()
    {
        QFETCH(int, presence);
        QFETCH(bool, trainingRead);
        QFETCH(bool, profileConfirms);
        QFETCH(QString, refusal);
        QFETCH(QString, warning);
        SourceFacts facts;
        facts.job = job();
        facts.pair = { QStringLiteral("demo"), profileConfirms, QStringLiteral("census-retraining"),
            QStringLiteral("census-predictive") };
        facts.predictiveName = QStringLiteral("census-predictive");
        facts.predictive = censusPredictive();
        if (trainingRead)
            facts.training = censusTraining();
        else
            facts.trainingError = Error::http(404, QStringLiteral("NotFound"), QStringLiteral("gone"));
        facts.model.presence = BlobFacts::Presence(presence);
        facts.model.why = QStringLiteral("not here");
        const SourceCheck c = checkModelSource(facts, modelUrl(QStringLiteral("new.ilearner")));
        QCOMPARE(c.refusals.isEmpty(), refusal.isEmpty());
        QVERIFY2(c.refusals.join(u' ').contains(refusal), qPrintable(c.refusals.join(u' ')));
        QCOMPARE(c.warnings.isEmpty(), warning.isEmpty());
        QVERIFY2(c.warnings.join(u' ').contains(warning), qPrintable(c.warnings.join(u' ')));
        if (!c.refusals.isEmpty())
            QVERIFY(c.refusals.first().contains(QStringLiteral("job42")));
    }

    void unfinishedJobOneRefusal()
    {
        SourceFacts facts;
        facts.job = job(ml::JobState::Running);
        facts.predictiveName = QStringLiteral("census-predictive");
        facts.predictive = censusPredictive();
        const SourceCheck c = checkModelSource(facts, modelUrl(QStringLiteral("new.ilearner")));
        QCOMPARE(c.refusals.size(), 1); // not also "training service not read" nor "model not checked"
        QVERIFY(c.refusals.first().contains(QStringLiteral("has not finished")));
    }

    void blobProperties()
    {
        using P = BlobFacts::Presence;
        const BlobFacts a { P::Exists, {}, 10, "bWQ1" };
        QCOMPARE(sameBlobProperties(a, a), std::optional<bool>(true));
        QCOMPARE(sameBlobProperties(a, { P::Exists, {}, 10, "b3RoZXI=" }), std::optional<bool>(false));
        QCOMPARE(sameBlobProperties(a, { P::Exists, {}, 11, "bWQ1" }), std::optional<bool>(false));
        QCOMPARE(sameBlobProperties(a, { P::Exists, {}, 10, {} }), std::nullopt); // compare the bytes
        QCOMPARE(sameBlobProperties(a, { P::Missing, {}, -1, {} }), std::optional<bool>(false));
    }

    void scoringErrors_data()
    {
        QTest::addColumn<Error>("error");
        QTest::addColumn<bool>("scoring");
        QTest::newRow("module error")
            << Error::http(400, QStringLiteral("ModuleExecutionError"), QStringLiteral("x")) << true;
        QTest::newRow("model package") << Error::http(500, QStringLiteral("ModelPackageFormatError")) << true;
        QTest::newRow("bad argument") << Error::http(400, QStringLiteral("BadUserArgument")) << true;
        QTest::newRow("unauthorized") << Error::http(401, QStringLiteral("Unauthorized")) << false;
        QTest::newRow("not found") << Error::http(404, QStringLiteral("WebServiceNotFound")) << false;
        QTest::newRow("throttled") << Error::http(503, QStringLiteral("ServiceUnavailable")) << false;
        QTest::newRow("timeout") << Error::http(504) << false;
        QTest::newRow("network") << Error::network(QNetworkReply::ConnectionRefusedError, QStringLiteral("x"))
                                 << false;
        QTest::newRow("parse") << Error::parse(QStringLiteral("x")) << false;
    }
    void scoringErrors()
    {
        QFETCH(Error, error);
        QFETCH(bool, scoring);
        QCOMPARE(isScoringError(error), scoring);
    }

    void rollbackSkips_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<bool>("readError");
        QTest::addColumn<int>("presence");
        QTest::addColumn<bool>("identical");
        QTest::addColumn<QString>("words");
        const QString current = modelUrl(QStringLiteral("current.ilearner"));
        const QString older = modelUrl(QStringLiteral("older.ilearner"));
        using P = BlobFacts::Presence;
        QTest::newRow("a way back") << older << false << int(P::Exists) << false << QString();
        QTest::newRow("not checked") << older << false << int(P::Unchecked) << false << QString();
        QTest::newRow("the current model")
            << current << false << int(P::Exists) << false << "the model the service uses now";
        QTest::newRow("missing blob") << older << false << int(P::Missing) << false
                                      << QStringLiteral("its model %1 does not exist").arg(older);
        QTest::newRow("same bytes") << older << false << int(P::Exists) << true << "the same bytes";
        QTest::newRow("unreadable backup")
            << QString() << true << int(P::Unchecked) << false << "broken file";
    }
    void rollbackSkips()
    {
        QFETCH(QString, uri);
        QFETCH(bool, readError);
        QFETCH(int, presence);
        QFETCH(bool, identical);
        QFETCH(QString, words);
        ModelSourceReport report;
        report.model.presence = BlobFacts::Presence(presence);
        report.identical = identical;
        const QString why
            = rollbackSkipReason(uri, readError ? Error::input(QStringLiteral("broken file")) : Error(),
                modelUrl(QStringLiteral("current.ilearner")), report);
        QCOMPARE(why.isEmpty(), words.isEmpty());
        QVERIFY2(why.contains(words), qPrintable(why));
    }
};

QTEST_GUILESS_MAIN(TestArmUpdateGuard)
#include "tst_armupdateguard.moc"
