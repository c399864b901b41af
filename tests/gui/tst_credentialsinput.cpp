// The widget-free helpers behind the Credentials page: building a storage account from
// the form or from a stored profile, and the plain-HTTP check for service keys.
#include "credentialsinput.h"

#include <QTest>

using namespace mlr;
using namespace mlr::gui;

namespace {
const QString key = QStringLiteral("c2VjcmV0LWFjY291bnQta2V5LWZvci10ZXN0cw==");
}

class TestCredentialsInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void connectionString()
    {
        StorageInput input;
        input.connectionString = QStringLiteral("DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=") + key;
        Error error;
        const auto account = buildStorageAccount(input, &error);
        QVERIFY2(account, qPrintable(error.message()));
        QCOMPARE(account->name, QStringLiteral("acct"));
        QCOMPARE(account->key, key);
        QCOMPARE(account->blobEndpoint, QUrl(QStringLiteral("https://acct.blob.core.windows.net")));
    }

    void missingPiecesAreNamed_data()
    {
        QTest::addColumn<bool>("connectionString");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("accountKey");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty string") << true << QString() << QString() << QString() << QStringLiteral("connection string");
        QTest::newRow("no name") << false << QString() << QString() << key << QStringLiteral("account name");
        QTest::newRow("no key") << false << QString() << QStringLiteral("acct") << QString() << QStringLiteral("account key");
        QTest::newRow("bad key") << false << QString() << QStringLiteral("acct") << QStringLiteral("not base64!")
                                 << QStringLiteral("base64");
    }

    void missingPiecesAreNamed()
    {
        QFETCH(bool, connectionString);
        QFETCH(QString, text);
        QFETCH(QString, name);
        QFETCH(QString, accountKey);
        QFETCH(QString, expected);
        StorageInput input;
        input.useConnectionString = connectionString;
        input.connectionString = text;
        input.accountName = name;
        input.accountKey = accountKey;
        Error error;
        QVERIFY(!buildStorageAccount(input, &error));
        QCOMPARE(error.kind, Error::Kind::Input);
        QVERIFY2(error.message().contains(expected), qPrintable(error.message()));
        QVERIFY(!error.message().contains(accountKey) || accountKey.isEmpty());
    }

    void accountDetailsDefaultEndpoint()
    {
        StorageInput input;
        input.useConnectionString = false;
        input.accountName = QStringLiteral("acct");
        input.accountKey = key;
        input.endpointSuffix = QStringLiteral("core.chinacloudapi.cn");
        const auto account = buildStorageAccount(input, nullptr);
        QVERIFY(account);
        QCOMPARE(account->blobEndpoint, QUrl(QStringLiteral("https://acct.blob.core.chinacloudapi.cn")));
        input.blobEndpoint = QStringLiteral("http://127.0.0.1:10000/acct");
        QCOMPARE(buildStorageAccount(input, nullptr)->blobEndpoint, QUrl(QStringLiteral("http://127.0.0.1:10000/acct")));
    }

    void fromProfile()
    {
        // The emulator's account needs no stored key.
        const auto sandbox = storageAccountFromProfile(Profile::localSandbox(), {}, {}, nullptr);
        QVERIFY(sandbox);
        QCOMPARE(sandbox->key, StorageAccount::developmentAccountKey.toString());

        Profile profile;
        profile.name = QStringLiteral("Work");
        Error error;
        QVERIFY(!storageAccountFromProfile(profile, key, {}, &error));
        QVERIFY(error.message().contains(QStringLiteral("no storage account")));
        profile.storageAccountName = QStringLiteral("acct");
        QVERIFY(!storageAccountFromProfile(profile, {}, {}, &error));
        const auto withSas = storageAccountFromProfile(profile, {}, QStringLiteral("sv=2021&sig=abc"), nullptr);
        QVERIFY(withSas);
        QVERIFY(withSas->hasSas());
        QVERIFY(!withSas->hasKey());
    }

    void serviceKeysNeedHttps()
    {
        QVERIFY(checkServiceTransport(QStringLiteral("http://ml.example.com/jobs"), QStringLiteral("k"), QStringLiteral("x")));
        QVERIFY(!checkServiceTransport(QStringLiteral("https://ml.example.com/jobs"), QStringLiteral("k"), QStringLiteral("x")));
        QVERIFY(!checkServiceTransport(QStringLiteral("http://127.0.0.1:8080/jobs"), QStringLiteral("k"), QStringLiteral("x")));
        QVERIFY(!checkServiceTransport(QStringLiteral("http://ml.example.com/jobs"), {}, QStringLiteral("x")));
    }
};

QTEST_GUILESS_MAIN(TestCredentialsInput)
#include "tst_credentialsinput.moc"
