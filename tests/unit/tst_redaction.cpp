#include "http/redaction.h"

#include <QTest>

using namespace mlr;

class TestRedaction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void masksPatterns_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("sas sig") << QStringLiteral("GET http://h/c/b?sv=2022-11-02&sig=abc%2Bdef%3D&se=x")
                                 << QStringLiteral("GET http://h/c/b?sv=2022-11-02&sig=***&se=x");
        QTest::newRow("account key") << QStringLiteral("AccountName=a;AccountKey=Eby8vdM0==;BlobEndpoint=x")
                                     << QStringLiteral("AccountName=a;AccountKey=***;BlobEndpoint=x");
        QTest::newRow("sas in connection string")
            << QStringLiteral("BlobEndpoint=x;SharedAccessSignature=sv=1&sig=zz")
            << QStringLiteral("BlobEndpoint=x;SharedAccessSignature=***");
        QTest::newRow("shared key header")
            << QStringLiteral("Authorization: SharedKey devstoreaccount1:7L0M+/=")
            << QStringLiteral("Authorization: SharedKey devstoreaccount1:***");
        QTest::newRow("bearer") << QStringLiteral("Authorization: Bearer eyJ0eXAi.eyJhdWQi.sig-_x")
                                << QStringLiteral("Authorization: Bearer ***");
        QTest::newRow("json token") << QStringLiteral(R"({"access_token":"abc.def","expires_in":3599})")
                                    << QStringLiteral(R"({"access_token":"***","expires_in":3599})");
        QTest::newRow("form secret") << QStringLiteral(
            "grant_type=client_credentials&client_secret=s3cr3t&x=1")
                                     << QStringLiteral("grant_type=client_credentials&client_secret=***&x=1");
        QTest::newRow("api key field") << QStringLiteral("apiKey=ABCDEFG") << QStringLiteral("apiKey=***");
        QTest::newRow("escaped quote in json text")
            << QStringLiteral("{\"commands\":\"--data-urlencode \\\"client_secret=s3cr3t\\\" x\"}")
            << QStringLiteral("{\"commands\":\"--data-urlencode \\\"client_secret=***\\\" x\"}");
        QTest::newRow("shell variable kept") << QStringLiteral(R"("client_secret=$AZURE_CLIENT_SECRET")")
                                             << QStringLiteral(R"("client_secret=$AZURE_CLIENT_SECRET")");
        QTest::newRow("plain text untouched") << QStringLiteral("Listing containers in devstoreaccount1")
                                              << QStringLiteral("Listing containers in devstoreaccount1");
    }

    void masksPatterns()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(redaction::redact(input), expected);
    }

    void masksRegisteredSecretsAnywhere()
    {
        const QString secret = QStringLiteral("Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MA==");
        redaction::registerSecret(secret);
        const QString out
            = redaction::redact(QString(QStringLiteral("the key is ") + secret + QStringLiteral(" ok")));
        QVERIFY(!out.contains(secret));
        QCOMPARE(out, QStringLiteral("the key is *** ok"));
    }

    void ignoresTooShortSecrets()
    {
        redaction::registerSecret(QStringLiteral("abc"));
        QCOMPARE(redaction::redact(QStringLiteral("abcdef")), QStringLiteral("abcdef"));
    }
};

QTEST_GUILESS_MAIN(TestRedaction)
#include "tst_redaction.moc"
