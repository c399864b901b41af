// Pure parts of a retraining submission: output locations, roles by type and content,
// extension rules, least-privilege blob references, global parameters, and the job journal
// (atomic JSON, two writers, re-attach list).
#include "ml/blobreference.h"
#include "ml/jobjournal.h"
#include "ml/joboutputs.h"
#include "ml/retrainsubmission.h"
#include "storage/storageaccount.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace mlr;
using namespace mlr::ml;

Q_DECLARE_METATYPE(mlr::ml::PortSpec::Kind)

namespace {

ColumnSpec col(const char *name, const char *type = "string")
{
    return ColumnSpec { QString::fromLatin1(name), QString::fromLatin1(type), {}, {}, false };
}

// Names deliberately unrelated to content: roles must come from type and columns.
QList<PortSpec> trainingOutputs()
{
    return {
        PortSpec { QStringLiteral("alpha"), PortSpec::Kind::Dataset,
            { col("age", "integer"), col("income"), col("Scored Labels"),
                col("Scored Probabilities", "number") } },
        PortSpec { QStringLiteral("beta"), PortSpec::Kind::TrainedModel, {} },
        PortSpec { QStringLiteral("gamma"), PortSpec::Kind::Dataset,
            { col("True Positive", "integer"), col("Accuracy", "number"), col("AUC", "number") } },
        PortSpec { QStringLiteral("delta"), PortSpec::Kind::Dataset, { col("x"), col("AUC", "number") } },
    };
}

JobRecord record(const QString &id, JobState state)
{
    JobRecord r;
    r.jobId = id;
    r.profile = QStringLiteral("Local sandbox");
    r.serviceName = QStringLiteral("census-income-retraining");
    r.batchUrl = QUrl(QStringLiteral("http://127.0.0.1:1/subscriptions/a/services/b"));
    r.inputFile = QStringLiteral("/tmp/x.csv");
    r.inputs.insert(QStringLiteral("input1"),
        QUrl(QStringLiteral("http://127.0.0.1:10000/devstoreaccount1/c/s/f/input.csv")));
    r.outputs.insert(QStringLiteral("output1"),
        QUrl(QStringLiteral("http://127.0.0.1:10000/devstoreaccount1/c/s/f/model.ilearner")));
    r.roles.insert(QStringLiteral("model"), QStringLiteral("output1"));
    r.parameters.insert(QStringLiteral("Random seed"), 42);
    r.submitted = QDateTime(QDate(2026, 11, 26), QTime(20, 1, 2, 345), Qt::UTC);
    r.state = state;
    r.details = QStringLiteral("Error 0024: \"quoted\"");
    return r;
}

} // namespace

class TestBesOutputs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void folder()
    {
        const QDateTime t(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
        QCOMPARE(jobFolder(QStringLiteral("census-income-retraining"), t),
            QStringLiteral("census-income-retraining/20260102-030405"));
        QCOMPARE(jobFolder(QStringLiteral("My service [x]/y"), t),
            QStringLiteral("My-service--x--y/20260102-030405"));
        QCOMPARE(jobFolder(QString(), t), QStringLiteral("service/20260102-030405"));
        QCOMPARE(jobFolder(QStringLiteral("s"), t, QStringLiteral("0a1f")),
            QStringLiteral("s/20260102-030405-0a1f"));
        QSet<QString> suffixes;
        for (int i = 0; i < 50; ++i) {
            const QString suffix = uniqueSuffix();
            QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{4}$")).match(suffix).hasMatch());
            suffixes.insert(suffix);
        }
        QVERIFY(suffixes.size() > 40); // random, not a counter stuck at one value
        QCOMPARE(inputBlobName(QStringLiteral("s/f"), QStringLiteral("/data/new.CSV")),
            QStringLiteral("s/f/input.csv"));
        QCOMPARE(inputBlobName(QStringLiteral("s/f"), QStringLiteral("/data/new.tsv")),
            QStringLiteral("s/f/input.tsv"));
        QCOMPARE(inputBlobName(QStringLiteral("s/f"), QStringLiteral("/data/new")),
            QStringLiteral("s/f/input.csv"));
    }

    void rolesByTypeAndContent()
    {
        const QMap<QString, QString> roles = outputRoles(trainingOutputs());
        QCOMPARE(roles.value(QStringLiteral("alpha")), QStringLiteral("scored"));
        QCOMPARE(roles.value(QStringLiteral("beta")), QStringLiteral("model"));
        QCOMPARE(roles.value(QStringLiteral("gamma")), QStringLiteral("evaluation"));
        QVERIFY(!roles.contains(QStringLiteral("delta"))); // one metric-like column is not enough
        const QMap<QString, QString> byRole = rolesToOutputs(roles);
        QCOMPARE(byRole.value(QStringLiteral("model")), QStringLiteral("beta"));

        const QMap<QString, QString> blobs
            = outputBlobNames(trainingOutputs(), QStringLiteral("svc/20260102-030405"));
        QCOMPARE(blobs.value(QStringLiteral("beta")), QStringLiteral("svc/20260102-030405/model.ilearner"));
        QCOMPARE(blobs.value(QStringLiteral("gamma")), QStringLiteral("svc/20260102-030405/evaluation.csv"));
        QCOMPARE(blobs.value(QStringLiteral("alpha")), QStringLiteral("svc/20260102-030405/scored.csv"));
        QCOMPARE(blobs.value(QStringLiteral("delta")), QStringLiteral("svc/20260102-030405/delta.csv"));
    }

    void extensions_data()
    {
        QTest::addColumn<PortSpec::Kind>("kind");
        QTest::addColumn<QString>("blob");
        QTest::addColumn<bool>("ok");
        QTest::newRow("model .ilearner")
            << PortSpec::Kind::TrainedModel << QStringLiteral("a/model.ilearner") << true;
        QTest::newRow("model .ILEARNER")
            << PortSpec::Kind::TrainedModel << QStringLiteral("a/model.ILEARNER") << true;
        QTest::newRow("model .csv") << PortSpec::Kind::TrainedModel << QStringLiteral("a/model.csv") << false;
        QTest::newRow("model no extension")
            << PortSpec::Kind::TrainedModel << QStringLiteral("a/model") << false;
        QTest::newRow("dataset .csv") << PortSpec::Kind::Dataset << QStringLiteral("a/e.csv") << true;
        QTest::newRow("dataset .tsv") << PortSpec::Kind::Dataset << QStringLiteral("a/e.tsv") << true;
        QTest::newRow("dataset .arff") << PortSpec::Kind::Dataset << QStringLiteral("a/e.arff") << true;
        QTest::newRow("dataset .ilearner")
            << PortSpec::Kind::Dataset << QStringLiteral("a/e.ilearner") << false;
        QTest::newRow("dataset .txt") << PortSpec::Kind::Dataset << QStringLiteral("a/e.txt") << false;
        QTest::newRow("dot folder") << PortSpec::Kind::Dataset << QStringLiteral("a.csv/e") << false;
        QTest::newRow("hidden name") << PortSpec::Kind::Dataset << QStringLiteral("a/.csv") << false;
    }

    void extensions()
    {
        QFETCH(PortSpec::Kind, kind);
        QFETCH(QString, blob);
        QFETCH(bool, ok);
        const Error e = checkOutputBlobName(QStringLiteral("output1"), kind, blob);
        QCOMPARE(!e.isError(), ok);
        if (!ok) {
            QCOMPARE(e.kind, Error::Kind::Input);
            QVERIFY(e.message().contains(QStringLiteral("output1")));
            QVERIFY(e.message().contains(blob));
        }
        QVERIFY(checkInputBlobName(QStringLiteral("input1"), QStringLiteral("x/input.csv")).kind
            == Error::Kind::None);
        QVERIFY(checkInputBlobName(QStringLiteral("input1"), QStringLiteral("x/input")).kind
            == Error::Kind::Input);
    }

    void sasReferences()
    {
        const StorageAccount account = StorageAccount::developmentStorage();
        const QDateTime now(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC);
        Error error;
        const BlobReference in = makeBlobReference(
            account, QStringLiteral("c"), QStringLiteral("s/f/input.csv"), BlobAccess::Read, {}, &error, now);
        QVERIFY(!error);
        QVERIFY(in.connectionString.isEmpty());
        QCOMPARE(in.baseLocation, QStringLiteral("http://127.0.0.1:10000/devstoreaccount1/"));
        QCOMPARE(in.relativeLocation, QStringLiteral("c/s/f/input.csv"));
        QVERIFY(in.sasBlobToken.startsWith(u'?'));
        const QUrlQuery inQuery(in.sasBlobToken.mid(1));
        QCOMPARE(inQuery.queryItemValue(QStringLiteral("sp")), QStringLiteral("r"));
        QCOMPARE(inQuery.queryItemValue(QStringLiteral("sr")), QStringLiteral("b"));
        QCOMPARE(inQuery.queryItemValue(QStringLiteral("se"), QUrl::FullyDecoded),
            QStringLiteral("2026-11-26T18:00:00Z"));
        QCOMPARE(inQuery.queryItemValue(QStringLiteral("st"), QUrl::FullyDecoded),
            QStringLiteral("2026-11-26T11:55:00Z"));
        QVERIFY(!in.sasBlobToken.contains(account.key));

        const BlobReference out = makeBlobReference(account, QStringLiteral("c"),
            QStringLiteral("s/f/model.ilearner"), BlobAccess::Write, {}, &error, now);
        QCOMPARE(
            QUrlQuery(out.sasBlobToken.mid(1)).queryItemValue(QStringLiteral("sp")), QStringLiteral("cw"));
        QCOMPARE(out.blobUrl().toString(),
            QStringLiteral("http://127.0.0.1:10000/devstoreaccount1/c/s/f/model.ilearner"));

        BlobReferencePolicy policy;
        policy.useConnectionString = true;
        const BlobReference cs = makeBlobReference(
            account, QStringLiteral("c"), QStringLiteral("b.csv"), BlobAccess::Read, policy, &error, now);
        QVERIFY(cs.connectionString.contains(QStringLiteral("AccountKey=")));
        QVERIFY(cs.baseLocation.isEmpty());
        QVERIFY(cs.sasBlobToken.isEmpty());

        StorageAccount sasOnly = account;
        sasOnly.key.clear();
        sasOnly.sas = QStringLiteral("sv=2022-11-02&sp=racw&sig=abc");
        error = {};
        makeBlobReference(
            sasOnly, QStringLiteral("c"), QStringLiteral("b.csv"), BlobAccess::Read, policy, &error, now);
        QCOMPARE(error.kind, Error::Kind::Input);
        const BlobReference fromSas = makeBlobReference(
            sasOnly, QStringLiteral("c"), QStringLiteral("b.csv"), BlobAccess::Read, {}, &error, now);
        QCOMPARE(fromSas.sasBlobToken, QStringLiteral("?sv=2022-11-02&sp=racw&sig=abc"));
    }

    void parameters_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QVariant>("expected");
        QTest::newRow("defaults only") << QString() << QString() << true << QVariant(0.75);
        QTest::newRow("number") << QStringLiteral("Split fraction") << QStringLiteral("0.5") << true
                                << QVariant(0.5);
        QTest::newRow("number wrong")
            << QStringLiteral("Split fraction") << QStringLiteral("half") << false << QVariant();
        QTest::newRow("number out of range")
            << QStringLiteral("Split fraction") << QStringLiteral("1.5") << false << QVariant();
        QTest::newRow("integer") << QStringLiteral("Random seed") << QStringLiteral("7") << true
                                 << QVariant(0.75);
        QTest::newRow("integer wrong")
            << QStringLiteral("Random seed") << QStringLiteral("7.5") << false << QVariant();
        QTest::newRow("unknown") << QStringLiteral("Nope") << QStringLiteral("1") << false << QVariant();
    }

    void parameters()
    {
        QFETCH(QString, name);
        QFETCH(QString, value);
        QFETCH(bool, ok);
        QFETCH(QVariant, expected);
        GlobalParameterSpec fraction { QStringLiteral("Split fraction"), QStringLiteral("number"),
            QStringLiteral("double"), 0.75, false, {}, {}, 0.0, 1.0 };
        GlobalParameterSpec seed { QStringLiteral("Random seed"), QStringLiteral("integer"),
            QStringLiteral("int32"), 42, false, {}, {}, std::nullopt, std::nullopt };
        QMap<QString, QString> given;
        if (!name.isEmpty())
            given.insert(name, value);
        Error error;
        const std::optional<QVariantMap> result = resolveParameters({ fraction, seed }, given, &error);
        QCOMPARE(result.has_value(), ok);
        if (!ok) {
            QCOMPARE(error.kind, Error::Kind::Input);
            return;
        }
        QCOMPARE(result->value(QStringLiteral("Split fraction")), expected);
        QCOMPARE(result->value(QStringLiteral("Random seed")).toLongLong(), name == u"Random seed" ? 7 : 42);

        GlobalParameterSpec required { QStringLiteral("Label"), QStringLiteral("string"), {}, {}, true, {},
            {}, std::nullopt, std::nullopt };
        QVERIFY(!resolveParameters({ required }, {}, &error));
        QVERIFY(error.message().contains(QStringLiteral("Label")));
    }

    void journalRoundTrip()
    {
        QTemporaryDir dir;
        JobJournal journal(dir.path());
        QVERIFY(journal.jobs().isEmpty());
        QVERIFY(!journal.record(record(QStringLiteral("j1"), JobState::Running)));
        QVERIFY(!journal.record(record(QStringLiteral("j2"), JobState::NotStarted)));
        const QList<JobRecord> jobs = journal.jobs();
        QCOMPARE(jobs.size(), 2);
        QCOMPARE(jobs.at(0), record(QStringLiteral("j1"), JobState::Running));
        QCOMPARE(journal.unfinished().size(), 2);

        JobRecord done = record(QStringLiteral("j1"), JobState::Finished);
        done.ended = QDateTime::currentDateTimeUtc();
        QVERIFY(!journal.record(done));
        QCOMPARE(journal.jobs().size(), 2);
        QCOMPARE(journal.find(QStringLiteral("j1"))->state, JobState::Finished);
        QCOMPARE(journal.unfinished().size(), 1);
        QCOMPARE(journal.unfinished().first().jobId, QStringLiteral("j2"));
        QVERIFY(!journal.find(QStringLiteral("nope")));
        QCOMPARE(QFile(journal.filePath()).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
            QFileDevice::Permissions());
        QCOMPARE(journal.record(JobRecord()).kind, Error::Kind::Input);
        QVERIFY(!QFile::exists(journal.filePath() + QStringLiteral(".lock")));
    }

    // Two processes (two JobJournal objects on one file) record different jobs: both stay.
    void journalTwoWriters()
    {
        QTemporaryDir dir;
        JobJournal cli(dir.path());
        JobJournal gui(dir.path());
        QVERIFY(!gui.record(record(QStringLiteral("gui-1"), JobState::Running)));
        QVERIFY(!cli.record(record(QStringLiteral("cli-1"), JobState::Running)));
        QVERIFY(!gui.record(record(QStringLiteral("gui-1"), JobState::Finished)));
        QCOMPARE(cli.jobs().size(), 2);
        QCOMPARE(cli.find(QStringLiteral("gui-1"))->state, JobState::Finished);
        QCOMPARE(gui.find(QStringLiteral("cli-1"))->state, JobState::Running);
    }

    void journalCorruptFileKeptAside()
    {
        QTemporaryDir dir;
        JobJournal journal(dir.path());
        QFile file(journal.filePath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{ not json");
        file.close();
        QVERIFY(journal.jobs().isEmpty());
        QVERIFY(!journal.loadError().isEmpty());
        QVERIFY(!journal.record(record(QStringLiteral("j1"), JobState::Running)));
        QCOMPARE(journal.jobs().size(), 1);
        QCOMPARE(QDir(dir.path()).entryList({ QStringLiteral("jobs.json.corrupt-*") }).size(), 1);
    }

    void journalDataDirFromEnvironment()
    {
        QTemporaryDir dir;
        qputenv("MLR_DATA_DIR", dir.path().toUtf8());
        QCOMPARE(JobJournal().directory(), dir.path());
        qunsetenv("MLR_DATA_DIR");
        QVERIFY(JobJournal().directory() != dir.path());
    }

    void states()
    {
        for (JobState s : { JobState::NotStarted, JobState::Running, JobState::Failed, JobState::Cancelled,
                 JobState::Finished, JobState::Unknown })
            QCOMPARE(jobStateFromName(jobStateName(s)), s);
        QVERIFY(isTerminal(JobState::Cancelled));
        QVERIFY(!isTerminal(JobState::Unknown));
    }
};

QTEST_GUILESS_MAIN(TestBesOutputs)
#include "tst_besoutputs.moc"
