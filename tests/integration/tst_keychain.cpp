// SecretStore against a real Secret Service: ctest runs this through
// tests/support/with-keyring.sh (private D-Bus session, unlocked gnome-keyring, temporary HOME).
#include "secrets/secretstore.h"

#include <QDirIterator>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace mlr;

namespace {

template<typename Job> QList<QVariant> runJob(Job *raw)
{
    std::unique_ptr<Job> job(raw);
    QSignalSpy spy(job.get(), &Job::finished);
    job->start();
    if (spy.isEmpty() && !spy.wait(20000))
        return {};
    return spy.takeFirst();
}

// secret-tool's output (attributes go to stderr) for the given arguments.
QString secretTool(const QStringList &arguments)
{
    QProcess tool;
    tool.setProcessChannelMode(QProcess::MergedChannels);
    tool.start(QStringLiteral("secret-tool"), arguments);
    if (!tool.waitForFinished(10000))
        return QStringLiteral("<secret-tool did not finish: %1>").arg(tool.errorString());
    return QString::fromUtf8(tool.readAll());
}

QString lookup(const QString &profile, SecretKind kind)
{
    return secretTool({ QStringLiteral("lookup"), QStringLiteral("server"), SecretStore::serviceName(),
        QStringLiteral("user"), SecretStore::entryKey(profile, kind), QStringLiteral("type"),
        QStringLiteral("plaintext") });
}

QString uniqueProfile(const char *what)
{
    return QString::fromLatin1(what) + u' ' + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
}

} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SecretStore> m_store;
    std::unique_ptr<QSignalSpy> m_unavailable;
    QStringList m_written; // every value written, for the "not in a file" check

    QString read(const QString &profile, SecretKind kind, bool *sessionOnly = nullptr)
    {
        std::unique_ptr<SecretReadJob> job(m_store->read(profile, kind, nullptr));
        QSignalSpy spy(job.get(), &SecretReadJob::finished);
        job->start();
        if (!spy.wait(20000))
            return QStringLiteral("<read did not finish>");
        const auto error = spy.at(0).at(1).value<Error>();
        if (error)
            return QStringLiteral("<error: %1>").arg(error.message());
        if (sessionOnly)
            *sessionOnly = job->isSessionOnly();
        return spy.at(0).at(0).toString();
    }

    Error write(const QString &profile, SecretKind kind, const QString &value)
    {
        if (!value.isEmpty())
            m_written << value;
        const QList<QVariant> args = runJob(m_store->write(profile, kind, value, nullptr));
        return args.isEmpty() ? Error::keychain(QStringLiteral("write did not finish"))
                              : args.at(0).value<Error>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariable("MLR_TEST_WITH_KEYRING") != u"1")
            QSKIP("run through tests/support/with-keyring.sh (ctest does), never against your own keyring");
        qunsetenv("MLR_KEYCHAIN");
        m_store = std::make_unique<SecretStore>();
        m_unavailable = std::make_unique<QSignalSpy>(m_store.get(), &SecretStore::keychainUnavailable);
        QVERIFY(!m_store->isSessionOnly());
        QVERIFY(m_store->unavailableReason().isEmpty());
    }

    void roundTrip()
    {
        const QString profile = uniqueProfile("round trip");
        const SecretKind kind = SecretKind::StorageAccountKey;
        QVERIFY(!write(profile, kind, QStringLiteral("Acct-Key-One-0123456789==")));
        bool sessionOnly = true;
        QCOMPARE(read(profile, kind, &sessionOnly), QStringLiteral("Acct-Key-One-0123456789=="));
        QVERIFY(!sessionOnly);

        QVERIFY(!write(profile, kind, QStringLiteral("Acct-Key-Two-9876543210==")));
        QCOMPARE(read(profile, kind), QStringLiteral("Acct-Key-Two-9876543210=="));

        const QString unicode = QStringLiteral("clé-秘密-🔑-\"quoted\" & <tag>");
        QVERIFY(!write(profile, SecretKind::ArmClientSecret, unicode));
        QCOMPARE(read(profile, SecretKind::ArmClientSecret), unicode);

        QVERIFY(!write(profile, kind, QString())); // empty write deletes
        QCOMPARE(read(profile, kind), QString());

        const QList<QVariant> removed
            = runJob(m_store->remove(profile, SecretKind::ArmClientSecret, nullptr));
        QVERIFY(!removed.isEmpty());
        QVERIFY2(!removed.at(0).value<Error>(), qPrintable(removed.at(0).value<Error>().message()));
        QCOMPARE(read(profile, SecretKind::ArmClientSecret), QString());
    }

    void missingEntryIsEmptySuccess()
    {
        const QString profile = uniqueProfile("never written");
        bool sessionOnly = true;
        QCOMPARE(read(profile, SecretKind::PredictiveApiKey, &sessionOnly), QString());
        QVERIFY(!sessionOnly);
        const QList<QVariant> removed
            = runJob(m_store->remove(profile, SecretKind::PredictiveApiKey, nullptr));
        QVERIFY(!removed.isEmpty());
        QVERIFY(!removed.at(0).value<Error>()); // deleting a missing entry succeeds
    }

    void valueIsInTheSecretService()
    {
        const QString profile = uniqueProfile("visible");
        const QString value
            = QStringLiteral("training-api-key-") + QUuid::createUuid().toString(QUuid::Id128);
        QVERIFY(!write(profile, SecretKind::TrainingApiKey, value));

        QCOMPARE(lookup(profile, SecretKind::TrainingApiKey), value);
        const QString all = secretTool({ QStringLiteral("search"), QStringLiteral("--all"),
            QStringLiteral("server"), QStringLiteral("mlretrain") });
        QVERIFY2(all.contains(QStringLiteral("secret = ") + value), qPrintable(all));
        QVERIFY2(
            all.contains(QStringLiteral("attribute.user = ") + profile + QStringLiteral("/training-api-key")),
            qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("attribute.type = plaintext")), qPrintable(all));
    }

    void profileRenameMovesSecrets()
    {
        const QString from = uniqueProfile("from"), to = uniqueProfile("to");
        for (SecretKind kind : allSecretKinds()) {
            if (kind != SecretKind::StorageSas)
                QVERIFY(!write(
                    from, kind, QStringLiteral("moved-") + secretKindId(kind) + QStringLiteral("-x1y2")));
        }
        QVERIFY(!write(to, SecretKind::StorageSas, QStringLiteral("sv=2022&sig=stale-target-value")));

        const QList<QVariant> renamed = runJob(m_store->renameProfile(from, to, nullptr));
        QVERIFY(!renamed.isEmpty());
        QVERIFY2(!renamed.at(0).value<Error>(), qPrintable(renamed.at(0).value<Error>().message()));
        for (SecretKind kind : allSecretKinds()) {
            const QString expected = kind == SecretKind::StorageSas
                ? QString()
                : QStringLiteral("moved-") + secretKindId(kind) + QStringLiteral("-x1y2");
            QCOMPARE(read(to, kind), expected);
            QCOMPARE(read(from, kind), QString());
            QCOMPARE(lookup(from, kind), QString()); // really gone from the Secret Service
        }
        QCOMPARE(lookup(to, SecretKind::ArmRefreshToken), QStringLiteral("moved-arm-refresh-token-x1y2"));

        const QList<QVariant> removed = runJob(m_store->removeProfile(to, nullptr));
        QVERIFY(!removed.isEmpty());
        QVERIFY2(!removed.at(0).value<Error>(), qPrintable(removed.at(0).value<Error>().message()));
        for (SecretKind kind : allSecretKinds()) {
            QCOMPARE(read(to, kind), QString());
            QCOMPARE(lookup(to, kind), QString());
        }
    }

    // Destroying a job at any point (queued in QtKeychain, or with a D-Bus call in flight)
    // emits nothing, does not crash, and does not wedge QtKeychain's one-at-a-time queue.
    void destroyingJobsInFlight()
    {
        const QString profile = uniqueProfile("cancelled");
        int signals = 0;
        for (int delayMs : { 0, 0, 1, 2, 3, 5, 8, 13, 21 }) {
            auto *job = m_store->write(profile, SecretKind::ArmRefreshToken,
                QStringLiteral("refresh-token-%1-abcdef").arg(delayMs), this);
            connect(job, &SecretWriteJob::finished, this, [&] { ++signals; });
            job->start();
            if (delayMs)
                QTest::qWait(delayMs);
            delete job;
            auto *read = m_store->read(profile, SecretKind::ArmRefreshToken, this);
            connect(read, &SecretReadJob::finished, this, [&] { ++signals; });
            read->start();
            QTest::qWait(delayMs);
            delete read;
        }
        QTest::qWait(100);
        QCOMPARE(signals, 0);
        QVERIFY(!write(profile, SecretKind::ArmRefreshToken, QStringLiteral("after-cancellations-ok")));
        QCOMPARE(read(profile, SecretKind::ArmRefreshToken), QStringLiteral("after-cancellations-ok"));
    }

    // The values live in the Secret Service only: no file under HOME or XDG_DATA_HOME holds one
    // in plain text (the keyring's own file, which is checked too, is encrypted), and
    // QtKeychain's plain-text fallback was never used.
    void noValueInAnyFile()
    {
        QVERIFY(!m_written.isEmpty());
        QVERIFY(!QFile::exists(QDir::home().filePath(QStringLiteral(".config/mlretrain.conf"))));
        QStringList roots { QDir::homePath() };
        if (const QString data = qEnvironmentVariable("XDG_DATA_HOME"); !data.isEmpty())
            roots << data;
        int files = 0;
        int keyrings = 0;
        for (const QString &root : std::as_const(roots)) {
            QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                if (!file.open(QIODevice::ReadOnly))
                    continue; // sockets and the like
                ++files;
                keyrings += file.fileName().endsWith(QStringLiteral(".keyring"));
                const QByteArray bytes = file.readAll();
                for (const QString &value : std::as_const(m_written))
                    QVERIFY2(!bytes.contains(value.toUtf8()), qPrintable(file.fileName()));
            }
        }
        qInfo("checked %d files (%d keyrings) under %s", files, keyrings, qPrintable(roots.join(u' ')));
        QVERIFY2(keyrings >= 1, "gnome-keyring's encrypted file was expected under HOME or XDG_DATA_HOME");
    }

    void cleanupTestCase()
    {
        if (m_unavailable)
            QCOMPARE(m_unavailable->size(), 0);
        if (m_store)
            QVERIFY2(!m_store->isSessionOnly(), qPrintable(m_store->unavailableReason()));
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
