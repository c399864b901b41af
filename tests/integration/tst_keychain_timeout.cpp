// The watchdog: ctest runs this through tests/support/with-keyring.sh with QT_NO_GLIB=1, so
// Qt does not drive the GLib main context and libsecret's answers never arrive.
#include "secrets/secretstore.h"

#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;
using namespace mlr;

class TestKeychainTimeout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariable("MLR_TEST_WITH_KEYRING") != u"1"
            || qEnvironmentVariable("QT_NO_GLIB") != u"1")
            QSKIP("needs with-keyring.sh and QT_NO_GLIB=1 (ctest sets both)");
        qunsetenv("MLR_KEYCHAIN");
    }

    void silentKeychainTimesOut()
    {
        SecretStore store;
        store.setTimeout(300ms);
        QSignalSpy unavailable(&store, &SecretStore::keychainUnavailable);

        std::unique_ptr<SecretWriteJob> write(store.write(
            QStringLiteral("p"), SecretKind::TrainingApiKey, QStringLiteral("kept-after-timeout"), nullptr));
        QSignalSpy written(write.get(), &SecretWriteJob::finished);
        write->start();
        QVERIFY(written.wait(5000));
        const auto error = written.at(0).at(0).value<Error>();
        QCOMPARE(error.kind, Error::Kind::Keychain);
        QVERIFY2(error.message().contains(QStringLiteral("did not answer")), qPrintable(error.message()));
        QVERIFY2(error.message().contains(QStringLiteral("this session only")), qPrintable(error.message()));
        QVERIFY(write->isSessionOnly());
        QTest::qWait(50);
        QCOMPARE(written.size(), 1);

        // The value written during the timeout is served from memory, at once.
        std::unique_ptr<SecretReadJob> read(
            store.read(QStringLiteral("p"), SecretKind::TrainingApiKey, nullptr));
        QSignalSpy readSpy(read.get(), &SecretReadJob::finished);
        read->start();
        QVERIFY(readSpy.wait(1000));
        QCOMPARE(readSpy.at(0).at(0).toString(), QStringLiteral("kept-after-timeout"));
        QVERIFY(!readSpy.at(0).at(1).value<Error>());
        QVERIFY(read->isSessionOnly());

        // Another entry goes to the (silent) keychain and times out too.
        std::unique_ptr<SecretReadJob> other(
            store.read(QStringLiteral("p"), SecretKind::StorageSas, nullptr));
        QSignalSpy otherSpy(other.get(), &SecretReadJob::finished);
        other->start();
        QVERIFY(otherSpy.wait(5000));
        QCOMPARE(otherSpy.at(0).at(0).toString(), QString());
        QCOMPARE(otherSpy.at(0).at(1).value<Error>().kind, Error::Kind::Keychain);

        // A timeout is about one request: the store does not give up on the keychain.
        QVERIFY(!store.isSessionOnly());
        QCOMPARE(unavailable.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestKeychainTimeout)
#include "tst_keychain_timeout.moc"
