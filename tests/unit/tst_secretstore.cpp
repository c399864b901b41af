// SecretStore in session-only mode (MLR_KEYCHAIN=session): no keychain is touched.
#include "http/redaction.h"
#include "profile/profilestore.h"
#include "secrets/secretstore.h"

#include <QDirIterator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mlr;

namespace {

// Runs a read job to its end and returns (value, error).
std::pair<QString, Error> readNow(SecretStore &store, const QString &profile, SecretKind kind)
{
    std::unique_ptr<SecretReadJob> job(store.read(profile, kind, nullptr));
    QSignalSpy spy(job.get(), &SecretReadJob::finished);
    job->start();
    if (!spy.wait(5000))
        return { QString(), Error::keychain(QStringLiteral("read did not finish")) };
    return { spy.at(0).at(0).toString(), spy.at(0).at(1).value<Error>() };
}

Error writeNow(SecretStore &store, const QString &profile, SecretKind kind, const QString &value)
{
    std::unique_ptr<SecretWriteJob> job(store.write(profile, kind, value, nullptr));
    QSignalSpy spy(job.get(), &SecretWriteJob::finished);
    job->start();
    if (!spy.wait(5000))
        return Error::keychain(QStringLiteral("write did not finish"));
    return spy.at(0).at(0).value<Error>();
}

Error runBatch(SecretBatchJob *raw)
{
    std::unique_ptr<SecretBatchJob> job(raw);
    QSignalSpy spy(job.get(), &SecretBatchJob::finished);
    job->start();
    if (!spy.wait(5000))
        return Error::keychain(QStringLiteral("batch did not finish"));
    QTest::qWait(10);
    if (spy.size() != 1)
        return Error::keychain(QStringLiteral("batch finished %1 times").arg(spy.size()));
    return spy.at(0).at(0).value<Error>();
}

QString secretFor(SecretKind kind, const QString &profile)
{
    return QStringLiteral("S3cr3t-%1-%2-q8Zr+/w==").arg(secretKindId(kind), profile);
}

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("MLR_KEYCHAIN", "session");
        qputenv("HOME", QFile::encodeName(m_home.path()));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(QStringLiteral(".config"))));
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(QStringLiteral(".local/share"))));
    }

    void names()
    {
        QCOMPARE(SecretStore::serviceName(), QStringLiteral("mlretrain"));
        QCOMPARE(SecretStore::entryKey(QStringLiteral("Local sandbox"), SecretKind::StorageAccountKey),
            QStringLiteral("Local sandbox/storage-account-key"));
    }

    void environmentForcesSessionOnly()
    {
        SecretStore store;
        QVERIFY(store.isSessionOnly());
        QVERIFY2(store.unavailableReason().contains(QStringLiteral("MLR_KEYCHAIN")),
            qPrintable(store.unavailableReason()));
        QSignalSpy unavailable(&store, &SecretStore::keychainUnavailable);
        QSignalSpy changed(&store, &SecretStore::sessionOnlyChanged);
        QCOMPARE(unavailable.size(), 0); // queued: listeners connected after construction hear it
        QTRY_COMPARE(unavailable.size(), 1);
        QCOMPARE(unavailable.at(0).at(0).toString(), store.unavailableReason());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toBool(), true);
        QTest::qWait(20);
        QCOMPARE(unavailable.size(), 1);
    }

    void roundTripInMemory()
    {
        SecretStore store;
        const QString profile = QStringLiteral("p1");
        auto [missing, missingError] = readNow(store, profile, SecretKind::TrainingApiKey);
        QVERIFY2(!missingError, qPrintable(missingError.message()));
        QCOMPARE(missing, QString());

        QVERIFY(!writeNow(store, profile, SecretKind::TrainingApiKey, QStringLiteral("first-value-123")));
        QCOMPARE(
            readNow(store, profile, SecretKind::TrainingApiKey).first, QStringLiteral("first-value-123"));
        QVERIFY(!writeNow(store, profile, SecretKind::TrainingApiKey, QStringLiteral("second-value-456")));
        QCOMPARE(
            readNow(store, profile, SecretKind::TrainingApiKey).first, QStringLiteral("second-value-456"));
        // Entries are per profile and per kind.
        QCOMPARE(readNow(store, QStringLiteral("p2"), SecretKind::TrainingApiKey).first, QString());
        QCOMPARE(readNow(store, profile, SecretKind::PredictiveApiKey).first, QString());

        // An empty write deletes.
        QVERIFY(!writeNow(store, profile, SecretKind::TrainingApiKey, QString()));
        QCOMPARE(readNow(store, profile, SecretKind::TrainingApiKey).first, QString());

        // Delete, also of a missing entry.
        QVERIFY(!writeNow(store, profile, SecretKind::StorageSas, QStringLiteral("sv=2021&sig=abcdef")));
        for (int i = 0; i < 2; ++i) {
            std::unique_ptr<SecretDeleteJob> job(store.remove(profile, SecretKind::StorageSas, nullptr));
            QSignalSpy spy(job.get(), &SecretDeleteJob::finished);
            job->start();
            QVERIFY(spy.wait());
            QVERIFY(!spy.at(0).at(0).value<Error>());
            QVERIFY(job->isSessionOnly());
        }
        QCOMPARE(readNow(store, profile, SecretKind::StorageSas).first, QString());
    }

    void jobsReportSessionOnly()
    {
        SecretStore store;
        std::unique_ptr<SecretWriteJob> job(store.write(
            QStringLiteral("p"), SecretKind::ArmClientSecret, QStringLiteral("cs-value-789"), nullptr));
        QCOMPARE(job->profile(), QStringLiteral("p"));
        QCOMPARE(job->kind(), SecretKind::ArmClientSecret);
        QVERIFY(!job->isStarted());
        QSignalSpy spy(job.get(), &SecretWriteJob::finished);
        job->start();
        QVERIFY(job->isStarted());
        QVERIFY(spy.wait());
        QVERIFY(job->isSessionOnly());
    }

    void finishedIsQueuedAndOnce()
    {
        SecretStore store;
        std::unique_ptr<SecretReadJob> job(store.read(QStringLiteral("p"), SecretKind::StorageSas, nullptr));
        QSignalSpy spy(job.get(), &SecretReadJob::finished);
        job->start();
        QCOMPARE(spy.size(), 0); // never from inside start()
        QTRY_COMPARE(spy.size(), 1);
        QTest::qWait(20);
        QCOMPARE(spy.size(), 1);
    }

    void destroyingAJobCancelsIt()
    {
        SecretStore store;
        int signals = 0;
        {
            auto *read = store.read(QStringLiteral("p"), SecretKind::StorageSas, this);
            connect(read, &SecretReadJob::finished, this, [&] { ++signals; });
            read->start();
            delete read;
            auto *write
                = store.write(QStringLiteral("p"), SecretKind::StorageSas, QStringLiteral("zzzzzzzz"), this);
            connect(write, &SecretWriteJob::finished, this, [&] { ++signals; });
            write->start();
            delete write;
            auto *remove = store.remove(QStringLiteral("p"), SecretKind::StorageSas, this);
            connect(remove, &SecretDeleteJob::finished, this, [&] { ++signals; });
            remove->start();
            delete remove;
            auto *batch = store.renameProfile(QStringLiteral("p"), QStringLiteral("q"), this);
            connect(batch, &SecretBatchJob::finished, this, [&] { ++signals; });
            batch->start();
            delete batch;
            delete store.read(QStringLiteral("p"), SecretKind::StorageSas, this); // never started
        }
        QTest::qWait(50);
        QCOMPARE(signals, 0);
        // A batch destroyed half-way stops there, silently.
        for (SecretKind kind : allSecretKinds())
            QVERIFY(!writeNow(store, QStringLiteral("half"), kind, secretFor(kind, QStringLiteral("half"))));
        auto *batch = store.removeProfile(QStringLiteral("half"), this);
        connect(batch, &SecretBatchJob::finished, this, [&] { ++signals; });
        batch->start();
        QTRY_VERIFY(readNow(store, QStringLiteral("half"), SecretKind::StorageAccountKey).first.isEmpty());
        delete batch;
        QTest::qWait(50);
        QCOMPARE(signals, 0);
    }

    void jobsOutliveTheStore()
    {
        auto store = std::make_unique<SecretStore>();
        std::unique_ptr<SecretReadJob> job(store->read(QStringLiteral("p"), SecretKind::StorageSas, nullptr));
        store.reset();
        QSignalSpy spy(job.get(), &SecretReadJob::finished);
        job->start();
        QVERIFY(spy.wait());
        QCOMPARE(spy.at(0).at(1).value<Error>().kind, Error::Kind::Keychain);
    }

    void emptyProfileIsRefused()
    {
        SecretStore store;
        auto [value, error] = readNow(store, QString(), SecretKind::StorageSas);
        QCOMPARE(error.kind, Error::Kind::Input);
        QCOMPARE(runBatch(store.removeProfile(QString(), nullptr)).kind, Error::Kind::Input);
    }

    void renameAndRemoveProfileInMemory()
    {
        SecretStore store;
        const QString a = QStringLiteral("alpha"), b = QStringLiteral("beta");
        const QList<SecretKind> kinds = allSecretKinds();
        for (SecretKind kind : kinds) {
            if (kind != SecretKind::ArmRefreshToken) // one kind left empty in the source
                QVERIFY(!writeNow(store, a, kind, secretFor(kind, a)));
        }
        // A stale entry under the target name must not survive the rename.
        QVERIFY(!writeNow(store, b, SecretKind::ArmRefreshToken, QStringLiteral("stale-refresh-token")));

        const Error renamed = runBatch(store.renameProfile(a, b, nullptr));
        QVERIFY2(!renamed, qPrintable(renamed.message()));
        for (SecretKind kind : kinds) {
            QCOMPARE(readNow(store, a, kind).first, QString());
            QCOMPARE(readNow(store, b, kind).first,
                kind == SecretKind::ArmRefreshToken ? QString() : secretFor(kind, a));
        }
        QVERIFY(!runBatch(store.renameProfile(b, b, nullptr))); // same name: nothing to do

        QVERIFY(!writeNow(
            store, QStringLiteral("other"), SecretKind::StorageSas, QStringLiteral("keep-me-please")));
        const Error removed = runBatch(store.removeProfile(b, nullptr));
        QVERIFY2(!removed, qPrintable(removed.message()));
        for (SecretKind kind : kinds)
            QCOMPARE(readNow(store, b, kind).first, QString());
        QCOMPARE(readNow(store, QStringLiteral("other"), SecretKind::StorageSas).first,
            QStringLiteral("keep-me-please"));
    }

    void valuesAreRedacted()
    {
        SecretStore store;
        const QString written = QStringLiteral("unregistered-api-key-Zq81");
        QVERIFY(redaction::redact(written).contains(written));
        std::unique_ptr<SecretWriteJob> job(
            store.write(QStringLiteral("p"), SecretKind::TrainingApiKey, written, nullptr));
        QVERIFY(!redaction::redact(QString(QStringLiteral("key is ") + written)).contains(written));
    }

    // Canary: profiles and secrets together, and the settings file (indeed every file under
    // HOME) holds none of the secret values.
    void settingsFileHoldsNoSecret()
    {
        const QString file = m_home.filePath(QStringLiteral("canary/profiles.ini"));
        ProfileStore profiles(file);
        SecretStore secrets;
        QStringList values;
        for (const QString &name :
            { QStringLiteral("Local sandbox"), QStringLiteral("prod"), QStringLiteral("test eu") }) {
            Profile p = profiles.load(name).value_or(Profile());
            p.name = name;
            QVERIFY(
                !p.set(QStringLiteral("trainingBatchUrl"), QStringLiteral("https://ml.example.net/jobs")));
            QVERIFY(!p.set(QStringLiteral("tenantId"), QStringLiteral("contoso.onmicrosoft.com")));
            QVERIFY(!profiles.save(p));
            profiles.setLastUsed(name);
            for (SecretKind kind : allSecretKinds()) {
                const QString value = secretFor(kind, name);
                values << value;
                QVERIFY(!writeNow(secrets, name, kind, value));
            }
        }
        // A SAS pasted into a URL field is refused, so it cannot reach the file either.
        Profile p = *profiles.load(QStringLiteral("prod"));
        QVERIFY(p.set(QStringLiteral("blobEndpoint"),
            QStringLiteral("https://a.blob.core.windows.net/?sv=1&sig=") + values.first()));

        QFile ini(file);
        QVERIFY(ini.open(QIODevice::ReadOnly));
        const QByteArray content = ini.readAll();
        QVERIFY(content.contains("contoso.onmicrosoft.com")); // the canary file is the real one
        QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            ++files;
            for (const QString &value : values)
                QVERIFY2(!bytes.contains(value.toUtf8()), qPrintable(f.fileName()));
        }
        QVERIFY(files >= 1);
        QVERIFY(!QFile::exists(m_home.filePath(QStringLiteral(".config/mlretrain.conf"))));
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
