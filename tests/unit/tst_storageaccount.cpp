#include "storage/blobservice.h"
#include "storage/storageaccount.h"

#include <QTest>

using namespace mlr;

namespace {

// A made-up key (base64 of 32 bytes) that must never appear in an error message.
const QString testKey = QStringLiteral("c2VjcmV0LWtleS1mb3ItdGVzdHMtMDEyMzQ1Njc4OTA=");
const QString devKey = StorageAccount::developmentAccountKey.toString();

} // namespace

class TestStorageAccount : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesEveryForm_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("sas");
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<bool>("pathStyle");

        const QString k = testKey;
        QTest::newRow("development storage")
            << QStringLiteral("UseDevelopmentStorage=true") << QStringLiteral("devstoreaccount1") << devKey
            << QString() << QStringLiteral("http://127.0.0.1:10000/devstoreaccount1") << true;
        QTest::newRow("development storage, proxy, trailing ;")
            << QStringLiteral("usedevelopmentstorage=TRUE;DevelopmentStorageProxyUri=http://proxyhost;")
            << QStringLiteral("devstoreaccount1") << devKey << QString()
            << QStringLiteral("http://proxyhost:10000/devstoreaccount1") << true;
        QTest::newRow("azure account key") << QStringLiteral(
            "DefaultEndpointsProtocol=https;AccountName=myacct;AccountKey=%1;EndpointSuffix=core."
            "windows.net")
                                                  .arg(k)
                                           << QStringLiteral("myacct") << k << QString()
                                           << QStringLiteral("https://myacct.blob.core.windows.net") << false;
        QTest::newRow("no suffix defaults to core.windows.net, no protocol defaults to https")
            << QStringLiteral("AccountName=myacct;AccountKey=%1").arg(k) << QStringLiteral("myacct") << k
            << QString() << QStringLiteral("https://myacct.blob.core.windows.net") << false;
        QTest::newRow("sovereign cloud suffix")
            << QStringLiteral(
                   "DefaultEndpointsProtocol=https;AccountName=cnacct;AccountKey=%1;EndpointSuffix=core."
                   "chinacloudapi.cn")
                   .arg(k)
            << QStringLiteral("cnacct") << k << QString()
            << QStringLiteral("https://cnacct.blob.core.chinacloudapi.cn") << false;
        QTest::newRow("azurite explicit endpoint with queue/table endpoints")
            << QStringLiteral(
                   "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=%1;BlobEndpoint="
                   "http://127.0.0.1:10000/devstoreaccount1;QueueEndpoint=http://127.0.0.1:10001/"
                   "devstoreaccount1;TableEndpoint=http://127.0.0.1:10002/devstoreaccount1;")
                   .arg(devKey)
            << QStringLiteral("devstoreaccount1") << devKey << QString()
            << QStringLiteral("http://127.0.0.1:10000/devstoreaccount1") << true;
        QTest::newRow("keys case-insensitive, spaces, endpoint trailing slash")
            << QStringLiteral(
                   " accountname = myacct ; ACCOUNTKEY=%1 ; blobendpoint=https://files.example.com/ ;")
                   .arg(k)
            << QStringLiteral("myacct") << k << QString() << QStringLiteral("https://files.example.com")
            << false;
        QTest::newRow("sas with blob endpoint, account from host")
            << QStringLiteral(
                   "BlobEndpoint=https://myacct.blob.core.windows.net/;SharedAccessSignature=sv=2022-11-02&"
                   "ss=b&srt=sco&sp=rl&se=2099-01-01T00%3A00%3A00Z&sig=c2lnbmF0dXJlLXZhbHVl%3D")
            << QStringLiteral("myacct") << QString()
            << QStringLiteral(
                   "sv=2022-11-02&ss=b&srt=sco&sp=rl&se=2099-01-01T00%3A00%3A00Z&sig=c2lnbmF0dXJlLXZhbHVl%3D")
            << QStringLiteral("https://myacct.blob.core.windows.net") << false;
        QTest::newRow("sas with leading ?, azurite endpoint, account from path")
            << QStringLiteral(
                   "BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;SharedAccessSignature=?sv=2022-11-"
                   "02&sr=c&sp=rl&se=2099-01-01T00%3A00%3A00Z&sig=c2lnbmF0dXJlLXZhbHVl%3D")
            << QStringLiteral("devstoreaccount1") << QString()
            << QStringLiteral(
                   "sv=2022-11-02&sr=c&sp=rl&se=2099-01-01T00%3A00%3A00Z&sig=c2lnbmF0dXJlLXZhbHVl%3D")
            << QStringLiteral("http://127.0.0.1:10000/devstoreaccount1") << true;
    }

    void parsesEveryForm()
    {
        QFETCH(QString, text);
        QFETCH(QString, name);
        QFETCH(QString, key);
        QFETCH(QString, sas);
        QFETCH(QString, endpoint);
        QFETCH(bool, pathStyle);
        Error error;
        const auto account = StorageAccount::fromConnectionString(text, &error);
        QVERIFY2(account, qPrintable(error.message()));
        QVERIFY(!error.isError());
        QCOMPARE(account->name, name);
        QCOMPARE(account->key, key);
        QCOMPARE(account->sas, sas);
        QCOMPARE(account->blobEndpoint.toString(), endpoint);
        QCOMPARE(account->isPathStyle(), pathStyle);
        QCOMPARE(account->hasKey(), !key.isEmpty());
        QCOMPARE(account->hasSas(), !sas.isEmpty());

        // Round trip: the generated connection string parses back to the same account.
        const auto again = StorageAccount::fromConnectionString(account->toConnectionString(), &error);
        QVERIFY2(again, qPrintable(error.message()));
        QCOMPARE(again->name, account->name);
        QCOMPARE(again->key, account->key);
        QCOMPARE(again->sas, account->sas);
        QCOMPARE(again->blobEndpoint, account->blobEndpoint);

        const QString redacted = account->redactedConnectionString();
        if (account->hasKey()) {
            QVERIFY(redacted.contains(QStringLiteral("AccountKey=***")));
            QVERIFY(!redacted.contains(key));
        }
        if (account->hasSas()) {
            QVERIFY(redacted.contains(QStringLiteral("SharedAccessSignature=***")));
            QVERIFY(!redacted.contains(QStringLiteral("c2lnbmF0dXJlLXZhbHVl")));
        }
    }

    void rejectsMalformed_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        const QString k = testKey;
        QTest::newRow("empty") << QString() << QStringLiteral("The connection string is empty");
        QTest::newRow("only separators")
            << QStringLiteral(" ; ;") << QStringLiteral("The connection string is empty");
        QTest::newRow("not name=value") << QStringLiteral(
            "hello world") << QStringLiteral("Part 1 of the connection string is not of the form Name=Value");
        QTest::newRow("no secret") << QStringLiteral("DefaultEndpointsProtocol=https;AccountName=myacct")
                                   << QStringLiteral("no AccountKey and no SharedAccessSignature");
        QTest::newRow("no account name")
            << QStringLiteral("DefaultEndpointsProtocol=https;AccountKey=%1").arg(k)
            << QStringLiteral("The connection string has no AccountName");
        QTest::newRow("key not base64") << QStringLiteral("AccountName=myacct;AccountKey=not base64!!")
                                        << QStringLiteral("AccountKey is not valid base64");
        QTest::newRow("key truncated")
            << QStringLiteral("AccountName=myacct;AccountKey=%1").arg(k.left(k.size() - 3))
            << QStringLiteral("AccountKey is not valid base64");
        QTest::newRow("bad protocol")
            << QStringLiteral("DefaultEndpointsProtocol=ftp;AccountName=myacct;AccountKey=%1").arg(k)
            << QStringLiteral("DefaultEndpointsProtocol must be http or https");
        QTest::newRow("bad account name") << QStringLiteral("AccountName=My_Acct;AccountKey=%1").arg(k)
                                          << QStringLiteral("AccountName 'My_Acct' is not valid");
        QTest::newRow("bad endpoint")
            << QStringLiteral("AccountName=myacct;AccountKey=%1;BlobEndpoint=not a url").arg(k)
            << QStringLiteral("BlobEndpoint is not a valid http or https URL");
        QTest::newRow("misspelt setting") << QStringLiteral("AccountName=myacct;AcountKey=%1").arg(k)
                                          << QStringLiteral("unknown setting 'AcountKey'");
        QTest::newRow("stray key without name")
            << QStringLiteral("AccountName=myacct;%1").arg(k)
            << QStringLiteral("Part 2 of the connection string is not a known");
        QTest::newRow("dev storage false") << QStringLiteral("UseDevelopmentStorage=false")
                                           << QStringLiteral("UseDevelopmentStorage can only be set to true");
        QTest::newRow("dev storage mixed") << QStringLiteral("UseDevelopmentStorage=true;AccountName=myacct")
                                           << QStringLiteral("cannot be combined");
        QTest::newRow("duplicate")
            << QStringLiteral("AccountName=myacct;AccountName=other;AccountKey=%1").arg(k)
            << QStringLiteral("sets AccountName more than once");
        QTest::newRow("sas without sig") << QStringLiteral(
            "BlobEndpoint=https://myacct.blob.core.windows.net;SharedAccessSignature=sv=2022-11-02&sp=r")
                                         << QStringLiteral("SharedAccessSignature has no signature");
    }

    void rejectsMalformed()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        Error error;
        QVERIFY(!StorageAccount::fromConnectionString(text, &error));
        QCOMPARE(error.kind, Error::Kind::Input);
        QVERIFY2(error.message().contains(expected), qPrintable(error.message()));
        // The key never appears, not even partially.
        QVERIFY2(!error.message().contains(testKey.left(20)), qPrintable(error.message()));
        // A null error pointer is allowed.
        QVERIFY(!StorageAccount::fromConnectionString(text, nullptr));
    }

    void transportSecurity_data()
    {
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<bool>("withKey");
        QTest::addColumn<bool>("withSas");
        QTest::addColumn<QString>("expected"); // empty = allowed
        QTest::newRow("https key") << QStringLiteral("https://a.blob.core.windows.net") << true << false
                                   << QString();
        QTest::newRow("loopback http key")
            << QStringLiteral("http://127.0.0.1:10000/devstoreaccount1") << true << false << QString();
        QTest::newRow("localhost http sas")
            << QStringLiteral("http://localhost:10000/devstoreaccount1") << false << true << QString();
        QTest::newRow("remote http no secret")
            << QStringLiteral("http://a.blob.core.windows.net") << false << false << QString();
        QTest::newRow("remote http key")
            << QStringLiteral("http://a.blob.core.windows.net") << true << false
            << QStringLiteral("Refused: the account key would be sent over plain HTTP");
        QTest::newRow("private ip http sas")
            << QStringLiteral("http://10.1.2.3:10000/devstoreaccount1") << false << true
            << QStringLiteral("Refused: the SAS token would be sent over plain HTTP");
        QTest::newRow("ftp") << QStringLiteral("ftp://127.0.0.1/x") << true << false
                             << QStringLiteral("not an http or https URL");
    }

    void transportSecurity()
    {
        QFETCH(QString, endpoint);
        QFETCH(bool, withKey);
        QFETCH(bool, withSas);
        QFETCH(QString, expected);
        StorageAccount account;
        account.name = QStringLiteral("a");
        account.blobEndpoint = QUrl(endpoint);
        if (withKey)
            account.key = testKey;
        if (withSas)
            account.sas = QStringLiteral("sv=2022-11-02&sp=r&sig=abc");
        const Error error = account.checkTransportSecurity();
        if (expected.isEmpty()) {
            QVERIFY2(!error, qPrintable(error.message()));
        } else {
            QCOMPARE(error.kind, Error::Kind::Input);
            QVERIFY2(error.message().contains(expected), qPrintable(error.message()));
            if (withKey || withSas)
                QVERIFY(error.message().contains(QStringLiteral("https")));
            QVERIFY(!error.message().contains(testKey));
        }
    }

    void developmentStorage()
    {
        const StorageAccount dev = StorageAccount::developmentStorage();
        QCOMPARE(dev.name, QStringLiteral("devstoreaccount1"));
        QCOMPARE(dev.key, devKey);
        QCOMPARE(dev.blobEndpoint, QUrl(QStringLiteral("http://127.0.0.1:10000/devstoreaccount1")));
        QVERIFY(!dev.checkTransportSecurity());
    }

    void containerNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected"); // empty = valid
        QTest::newRow("simple") << QStringLiteral("data") << QString();
        QTest::newRow("min length") << QStringLiteral("abc") << QString();
        QTest::newRow("digits and hyphens") << QStringLiteral("2024-run-1") << QString();
        QTest::newRow("max length") << QString(63, u'a') << QString();
        QTest::newRow("special $logs") << QStringLiteral("$logs") << QString();
        QTest::newRow("other $ name") << QStringLiteral("$data") << QStringLiteral("has the character '$'");
        QTest::newRow("empty") << QString() << QStringLiteral("The container name is empty");
        QTest::newRow("too short") << QStringLiteral("ab") << QStringLiteral("is too short");
        QTest::newRow("too long") << QString(64, u'a') << QStringLiteral("is too long (64 characters)");
        QTest::newRow("uppercase") << QStringLiteral("Data") << QStringLiteral("uppercase letter");
        QTest::newRow("underscore") << QStringLiteral("my_data") << QStringLiteral("has the character '_'");
        QTest::newRow("dot") << QStringLiteral("my.data") << QStringLiteral("has the character '.'");
        QTest::newRow("leading hyphen")
            << QStringLiteral("-data") << QStringLiteral("must start with a letter or a digit");
        QTest::newRow("trailing hyphen")
            << QStringLiteral("data-") << QStringLiteral("must end with a letter or a digit");
        QTest::newRow("double hyphen")
            << QStringLiteral("my--data") << QStringLiteral("two hyphens in a row");
    }

    void containerNames()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        const Error error = BlobService::validateContainerName(name);
        if (expected.isEmpty()) {
            QVERIFY2(!error, qPrintable(error.message()));
        } else {
            QCOMPARE(error.kind, Error::Kind::Input);
            QVERIFY2(error.message().contains(expected), qPrintable(error.message()));
        }
    }
};

QTEST_GUILESS_MAIN(TestStorageAccount)
#include "tst_storageaccount.moc"
