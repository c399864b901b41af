// HistoryStore: atomic appends that keep every writer's events, merge with the job journal,
// redaction, corrupt files moved aside; event builders; the smoke check's sample rows.
#include "arm/smokecheck.h"
#include "history/history.h"
#include "http/redaction.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace mlr;
using namespace mlr::history;

class TestHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void kindsRoundTrip_data()
    {
        QTest::addColumn<int>("kind");
        for (int k = 0; k <= int(EventKind::Import); ++k)
            QTest::addRow("%d", k) << k;
    }
    void kindsRoundTrip()
    {
        QFETCH(int, kind);
        const auto k = EventKind(kind);
        QCOMPARE(eventKindFromId(eventKindId(k)), k);
        QVERIFY(!eventKindText(k).isEmpty());
    }

    void appendFillsAndKeepsOrder()
    {
        QTemporaryDir dir;
        HistoryStore store(dir.path());
        QVERIFY(store.ownEvents().isEmpty());
        Event a;
        a.kind = EventKind::Update;
        a.service = QStringLiteral("svc");
        a.summary = QStringLiteral("first");
        Event stored;
        QVERIFY(!store.append(a, &stored));
        QVERIFY(!stored.id.isEmpty());
        QVERIFY(stored.when.isValid());
        QCOMPARE(stored.when.timeSpec(), Qt::UTC);
        QCOMPARE(stored.who, currentUserName());
        Event b = a;
        b.summary = QStringLiteral("second");
        b.kind = EventKind::Rollback;
        b.when = stored.when.addSecs(5);
        QVERIFY(!store.append(b));
        // A second store on the same folder (another process) sees both, oldest first.
        const QList<Event> own = HistoryStore(dir.path()).ownEvents();
        QCOMPARE(own.size(), 2);
        QCOMPARE(own[0].summary, QStringLiteral("first"));
        QCOMPARE(own[1].kind, EventKind::Rollback);
        QCOMPARE(store.events().first().summary, QStringLiteral("second")); // newest first
        const auto perms = QFile(store.filePath()).permissions();
        QVERIFY(!(perms & QFileDevice::ReadOther));
    }

    void mergesJournalJobs()
    {
        QTemporaryDir dir;
        ml::JobJournal journal(dir.path());
        ml::JobRecord job;
        job.jobId = QStringLiteral("job-1");
        job.profile = QStringLiteral("p");
        job.serviceName = QStringLiteral("train");
        job.submitted = QDateTime::currentDateTimeUtc().addSecs(-60);
        job.state = ml::JobState::Finished;
        QVERIFY(!journal.record(job));
        HistoryStore store(dir.path());
        Event e;
        e.kind = EventKind::Evaluation;
        e.jobId = job.jobId;
        QVERIFY(!store.append(e));
        const QList<Event> all = store.events();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all[0].kind, EventKind::Evaluation);
        QCOMPARE(all[1].kind, EventKind::Job);
        QCOMPARE(all[1].id, QStringLiteral("job:job-1"));
        QCOMPARE(all[1].details.value(QStringLiteral("state")).toString(), QStringLiteral("Finished"));
        QVERIFY(store.lastEvaluation(QStringLiteral("job-1")).has_value());
        QVERIFY(!store.lastEvaluation(QStringLiteral("job-2")).has_value());
    }

    void secretsNeverWritten()
    {
        QTemporaryDir dir;
        const QString canary = QStringLiteral("CanarySecret-9f8e7d6c5b4a");
        redaction::registerSecret(canary);
        Event e;
        e.kind = EventKind::Update;
        e.summary = QStringLiteral("key %1").arg(canary);
        e.details.insert(QStringLiteral("uri"),
            QStringLiteral("https://a.blob.core.windows.net/c/m.ilearner?sv=1&sig=abcdef"));
        e.details.insert(QStringLiteral("list"), QStringList { canary });
        QVERIFY(!HistoryStore(dir.path()).append(e));
        QFile f(HistoryStore(dir.path()).filePath());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(!bytes.contains(canary.toUtf8()));
        QVERIFY(!bytes.contains("sig=abcdef"));
    }

    void corruptFileMovedAside()
    {
        QTemporaryDir dir;
        HistoryStore store(dir.path());
        {
            QFile f(store.filePath());
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("{ truncated");
        }
        QVERIFY(store.ownEvents().isEmpty());
        QVERIFY(!store.loadError().isEmpty());
        Event e;
        e.kind = EventKind::Import;
        QVERIFY(!store.append(e));
        QCOMPARE(store.ownEvents().size(), 1);
        QCOMPARE(QDir(dir.path()).entryList({ QStringLiteral("history.json.corrupt-*") }).size(), 1);
    }

    void concurrentWritersKeepAll()
    {
        // Two writers interleaving appends (as the CLI and the GUI) keep every event.
        QTemporaryDir dir;
        HistoryStore a(dir.path()), b(dir.path());
        for (int i = 0; i < 20; ++i) {
            Event e;
            e.kind = EventKind::Job;
            e.summary = QString::number(i);
            QVERIFY(!(i % 2 ? a : b).append(e));
        }
        QCOMPARE(a.ownEvents().size(), 20);
    }

    void evaluationEventCarriesVerdict()
    {
        ml::JobRecord job;
        job.jobId = QStringLiteral("j");
        job.serviceName = QStringLiteral("train");
        eval::Comparison c;
        c.task = eval::Task::Binary;
        c.metrics.append({ QStringLiteral("AUC"), 0.9, 0.8, 0.1, true });
        eval::GateVerdict v;
        v.passed = false;
        v.summary = QStringLiteral("AUC too low");
        eval::GateCheck check;
        check.rule.metric = QStringLiteral("AUC");
        check.applicable = true;
        check.reason = QStringLiteral("AUC 0.9 < 0.95");
        v.checks.append(check);
        const Event e = evaluationEvent(QStringLiteral("prof"), job, c, v);
        QCOMPARE(e.kind, EventKind::Evaluation);
        QCOMPARE(e.jobId, QStringLiteral("j"));
        QCOMPARE(e.details.value(QStringLiteral("passed")).toBool(), false);
        QCOMPARE(e.details.value(QStringLiteral("reasons")).toStringList(), QStringList { check.reason });
        const QVariantList metrics = e.details.value(QStringLiteral("metrics")).toList();
        QCOMPARE(metrics.size(), 1);
        QCOMPARE(metrics[0].toMap().value(QStringLiteral("metric")).toString(), QStringLiteral("AUC"));
        QVERIFY(e.summary.contains(v.summary));
    }

    void updateEventCarriesUris_data()
    {
        QTest::addColumn<bool>("rollback");
        QTest::newRow("update") << false;
        QTest::newRow("rollback") << true;
    }
    void updateEventCarriesUris()
    {
        QFETCH(bool, rollback);
        arm::ModelUpdateResult r;
        r.serviceName = QStringLiteral("pred");
        r.oldUri = QStringLiteral("https://a/old.ilearner");
        r.newUri = QStringLiteral("https://a/new.ilearner");
        r.backupFile = QStringLiteral("/tmp/b.json");
        r.state = arm::ServiceState::Updated;
        r.diff.append({ arm::DefinitionChange::Kind::Changed,
            QStringLiteral("properties.assets.a.locationInfo.uri"), r.oldUri, r.newUri });
        const Event e = updateEvent(QStringLiteral("p"), r, rollback);
        QCOMPARE(e.kind, rollback ? EventKind::Rollback : EventKind::Update);
        QCOMPARE(e.details.value(QStringLiteral("backupFile")).toString(), r.backupFile);
        QCOMPARE(e.details.value(QStringLiteral("state")).toString(), arm::serviceStateName(r.state));
        QCOMPARE(e.details.value(QStringLiteral("diff")).toStringList().size(), 1);
        const auto back = eventFromJson(eventToJson(e));
        QVERIFY(back);
        QCOMPARE(back->details.value(QStringLiteral("newUri")).toString(), r.newUri);
    }

    void smokeRowsFromSwaggerExample_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("rows");
        QTest::addColumn<QStringList>("columns");
        QTest::newRow("objects") << QByteArray(
            R"({"definitions":{"ExecutionRequest":{"example":{"Inputs":{"input1":[)"
            R"({"age":39,"workclass":"State-gov"},{"age":50.5,"workclass":null}]}}}}})")
                                 << 2 << QStringList { QStringLiteral("age"), QStringLiteral("workclass") };
        QTest::newRow("classic") << QByteArray(
            R"({"definitions":{"ExecutionRequest":{"example":{"Inputs":{"input1":)"
            R"({"ColumnNames":["b","a"],"Values":[["1","x"]]}}}}}})")
                                 << 1 << QStringList { QStringLiteral("b"), QStringLiteral("a") };
        QTest::newRow("missing") << QByteArray(R"({"definitions":{}})") << -1 << QStringList();
        QTest::newRow("not json") << QByteArray("{") << -1 << QStringList();
    }
    void smokeRowsFromSwaggerExample()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, rows);
        QFETCH(QStringList, columns);
        Error error;
        const auto got = arm::smokeRowsFromSwagger(json, QStringLiteral("input1"), &error);
        if (rows < 0) {
            QVERIFY(!got);
            QCOMPARE(error.kind, Error::Kind::Parse);
            return;
        }
        QVERIFY2(got, qPrintable(error.message()));
        QCOMPARE(int(got->rows.size()), rows);
        QCOMPARE(got->columns, columns);
    }

    void smokeRowsFromResource()
    {
        QFile f(QStringLiteral(MLR_ARM_TEST_DATA "/census-predictive.get.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        Error error;
        const auto got = arm::smokeRowsFromDefinition(
            QJsonDocument::fromJson(f.readAll()).object(), QStringLiteral("input1"), &error);
        QVERIFY2(got, qPrintable(error.message()));
        QCOMPARE(got->columns, (QStringList { QStringLiteral("age"), QStringLiteral("workclass") }));
        QCOMPARE(got->rows.front(), (QStringList { QStringLiteral("39"), QStringLiteral("State-gov") }));
        QVERIFY(!arm::smokeRowsFromDefinition({}, QStringLiteral("input1"), &error));
    }
};

QTEST_GUILESS_MAIN(TestHistory)
#include "tst_history.moc"
