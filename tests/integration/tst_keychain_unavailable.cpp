// SecretStore where no keychain can be reached: ctest runs this WITHOUT the keyring wrapper,
// with DBUS_SESSION_BUS_ADDRESS pointing nowhere and no DISPLAY. The store must fall back to
// session-only mode, say why, keep values in memory, and write nothing to disk.
#include "secrets/secretstore.h"

#include <QDirIterator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mlr;

namespace {

const QRegularExpression unavailableWarning(QStringLiteral("Keychain unavailable"));

} // namespace

class TestKeychainUnavailable : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QStringList m_written;

    static QString read(SecretStore &store, const QString &profile, SecretKind kind)
    {
        std::unique_ptr<SecretReadJob> job(store.read(profile, kind, nullptr));
        QSignalSpy spy(job.get(), &SecretReadJob::finished);
        job->start();
        if (!spy.wait(20000))
            return QStringLiteral("<read did not finish>");
        if (const auto error = spy.at(0).at(1).value<Error>())
            return QStringLiteral("<error: %1>").arg(error.message());
        return spy.at(0).at(0).toString();
    }

    Error write(SecretStore &store, const QString &profile, SecretKind kind, const QString &value)
    {
        m_written << value;
        std::unique_ptr<SecretWriteJob> job(store.write(profile, kind, value, nullptr));
        QSignalSpy spy(job.get(), &SecretWriteJob::finished);
        job->start();
        if (!spy.wait(20000))
            return Error::keychain(QStringLiteral("write did not finish"));
        return spy.at(0).at(0).value<Error>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        // Before anything reads a path: QtKeychain's plain-text store would live under here.
        qputenv("HOME", QFile::encodeName(m_home.path()));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(QStringLiteral(".config"))));
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(QStringLiteral(".local/share"))));
        qunsetenv("MLR_KEYCHAIN");
        QVERIFY2(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").contains(QStringLiteral("/nonexistent")),
            "ctest sets DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent");
        QVERIFY(qEnvironmentVariableIsEmpty("DISPLAY"));
    }

    void writeFallsBackToSession()
    {
        SecretStore store;
        QVERIFY(!store.isSessionOnly()); // not known until the keychain is tried
        QSignalSpy unavailable(&store, &SecretStore::keychainUnavailable);
        QSignalSpy changed(&store, &SecretStore::sessionOnlyChanged);

        QTest::ignoreMessage(QtWarningMsg, unavailableWarning);
        std::unique_ptr<SecretWriteJob> job(store.write(QStringLiteral("p"), SecretKind::StorageAccountKey,
            QStringLiteral("Key-in-memory-01=="), nullptr));
        m_written << QStringLiteral("Key-in-memory-01==");
        QSignalSpy finished(job.get(), &SecretWriteJob::finished);
        job->start();
        QVERIFY(finished.wait(20000));
        const auto error = finished.at(0).at(0).value<Error>();
        QVERIFY2(!error, qPrintable(error.message())); // kept for the session: not an error
        QVERIFY(job->isSessionOnly());

        QVERIFY(store.isSessionOnly());
        QCOMPARE(unavailable.size(), 1);
        QCOMPARE(changed.size(), 1);
        const QString reason = store.unavailableReason();
        QCOMPARE(unavailable.at(0).at(0).toString(), reason);
        qInfo("reason: %s", qPrintable(reason));
        QVERIFY2(reason.contains(QStringLiteral("keychain is not available")), qPrintable(reason));
        QVERIFY2(reason.contains(QStringLiteral("this session only")), qPrintable(reason));
        QVERIFY2(
            !reason.contains(QStringLiteral("()")), qPrintable(reason)); // the backend's own words are there

        // From now on everything round-trips in memory, and the signal does not repeat.
        QCOMPARE(read(store, QStringLiteral("p"), SecretKind::StorageAccountKey),
            QStringLiteral("Key-in-memory-01=="));
        QVERIFY(!write(
            store, QStringLiteral("p"), SecretKind::StorageAccountKey, QStringLiteral("Key-in-memory-02==")));
        QCOMPARE(read(store, QStringLiteral("p"), SecretKind::StorageAccountKey),
            QStringLiteral("Key-in-memory-02=="));
        QVERIFY(!write(store, QStringLiteral("p"), SecretKind::StorageAccountKey, QString()));
        QCOMPARE(read(store, QStringLiteral("p"), SecretKind::StorageAccountKey), QString());

        QVERIFY(!write(
            store, QStringLiteral("p"), SecretKind::TrainingApiKey, QStringLiteral("api-key-in-memory")));
        std::unique_ptr<SecretBatchJob> rename(
            store.renameProfile(QStringLiteral("p"), QStringLiteral("q"), nullptr));
        QSignalSpy renamed(rename.get(), &SecretBatchJob::finished);
        rename->start();
        QVERIFY(renamed.wait());
        QVERIFY(!renamed.at(0).at(0).value<Error>());
        QCOMPARE(read(store, QStringLiteral("q"), SecretKind::TrainingApiKey),
            QStringLiteral("api-key-in-memory"));
        QCOMPARE(read(store, QStringLiteral("p"), SecretKind::TrainingApiKey), QString());
        QCOMPARE(unavailable.size(), 1);
    }

    void readFallsBackToSession()
    {
        SecretStore store;
        QSignalSpy unavailable(&store, &SecretStore::keychainUnavailable);
        QTest::ignoreMessage(QtWarningMsg, unavailableWarning);
        std::unique_ptr<SecretReadJob> job(store.read(QStringLiteral("p"), SecretKind::StorageSas, nullptr));
        QSignalSpy finished(job.get(), &SecretReadJob::finished);
        job->start();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.at(0).at(0).toString(), QString());
        QVERIFY(!finished.at(0).at(1).value<Error>());
        QVERIFY(job->isSessionOnly());
        QVERIFY(store.isSessionOnly());
        QCOMPARE(unavailable.size(), 1);
    }

    void destroyingAPendingJob()
    {
        SecretStore store;
        int signals = 0;
        auto *job = store.write(
            QStringLiteral("p"), SecretKind::ArmClientSecret, QStringLiteral("never-finished"), this);
        m_written << QStringLiteral("never-finished");
        connect(job, &SecretWriteJob::finished, this, [&] { ++signals; });
        job->start();
        delete job; // the QtKeychain request is abandoned, not destroyed under its callbacks
        QTest::qWait(200);
        QCOMPARE(signals, 0);
        QVERIFY(!store.isSessionOnly()); // nobody was told anything
        QTest::ignoreMessage(QtWarningMsg, unavailableWarning);
        QCOMPARE(read(store, QStringLiteral("p"), SecretKind::ArmClientSecret), QString());
        QVERIFY(store.isSessionOnly());
    }

    void nothingWasWrittenToDisk()
    {
        QVERIFY(!QFile::exists(m_home.filePath(QStringLiteral(".config/mlretrain.conf"))));
        QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            for (const QString &value : std::as_const(m_written))
                QVERIFY2(!bytes.contains(value.toUtf8()), qPrintable(file.fileName()));
        }
    }
};

QTEST_GUILESS_MAIN(TestKeychainUnavailable)
#include "tst_keychain_unavailable.moc"
