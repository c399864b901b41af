#include "storage/blobservice.h"
#include "storage/sas.h"
#include "storage/sharedkey.h"
#include "storage/storageaccount.h"
#include "storage/storageclient.h"

#include <QNetworkAccessManager>
#include <QTest>
#include <QUrlQuery>

using namespace mlr;

namespace {

const QDateTime workedDate(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
const QDateTime farExpiry(QDate(2099, 1, 1), QTime(0, 0), Qt::UTC);

QByteArray lines(const char *text)
{
    // The reference note shows "\n" literally; the C string below uses real newlines.
    return QByteArray(text);
}

} // namespace

class TestStorageSigning : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The three Shared Key worked examples of docs/reference/storage-keychain.md section 2, exactly.
    void sharedKeyWorkedExamples_data()
    {
        QTest::addColumn<QByteArray>("url");
        QTest::addColumn<QByteArray>("extraHeaders"); // "name: value" lines
        QTest::addColumn<qint64>("contentLength");
        QTest::addColumn<QByteArray>("stringToSign");
        QTest::addColumn<QByteArray>("signature");

        QTest::newRow("create container")
            << QByteArray("http://127.0.0.1:10000/devstoreaccount1/worked-example?restype=container")
            << QByteArray() << qint64(0)
            << lines("PUT\n\n\n\n\n\n\n\n\n\n\n\nx-ms-date:Mon, 01 Jan 2024 00:00:00 "
                     "GMT\nx-ms-version:2021-12-02\n"
                     "/devstoreaccount1/devstoreaccount1/worked-example\nrestype:container")
            << QByteArray("7L0MmE1g1YetaNJCKXaMbmEE5//hwOuRwLZHK/OeB80=");
        QTest::newRow("put blob")
            << QByteArray("http://127.0.0.1:10000/devstoreaccount1/worked-example/data.csv")
            << QByteArray("x-ms-blob-type: BlockBlob\nContent-Type: text/csv") << qint64(14)
            << lines(
                   "PUT\n\n\n14\n\ntext/csv\n\n\n\n\n\n\nx-ms-blob-type:BlockBlob\nx-ms-date:Mon, 01 Jan "
                   "2024 "
                   "00:00:00 "
                   "GMT\nx-ms-version:2021-12-02\n/devstoreaccount1/devstoreaccount1/worked-example/data.csv")
            << QByteArray("2EDcHypR41sIlL8QZdun23+6Ay8n10FiMnRs4DhpAV8=");
        QTest::newRow("put block") << QByteArray(
            "http://127.0.0.1:10000/devstoreaccount1/worked-example/big.csv?comp=block&blockid="
            "YmxvY2stMDAwMDAx") << QByteArray()
                                   << qint64(9)
                                   << lines("PUT\n\n\n9\n\n\n\n\n\n\n\n\nx-ms-date:Mon, 01 Jan 2024 00:00:00 "
                                            "GMT\nx-ms-version:2021-12-02\n"
                                            "/devstoreaccount1/devstoreaccount1/worked-example/"
                                            "big.csv\nblockid:YmxvY2stMDAwMDAx\ncomp:block")
                                   << QByteArray("xlPjVYujQyWwK4gxZu3GtRepAyiZ8C8WA5dC2nuSbTQ=");
    }

    void sharedKeyWorkedExamples()
    {
        QFETCH(QByteArray, url);
        QFETCH(QByteArray, extraHeaders);
        QFETCH(qint64, contentLength);
        QFETCH(QByteArray, stringToSign);
        QFETCH(QByteArray, signature);

        const StorageAccount account = StorageAccount::developmentStorage();
        QNetworkRequest request(QUrl::fromEncoded(url, QUrl::StrictMode));
        for (const QByteArray &line : extraHeaders.split('\n')) {
            if (line.isEmpty())
                continue;
            const qsizetype colon = line.indexOf(':');
            request.setRawHeader(line.left(colon), line.mid(colon + 1).trimmed());
        }
        signSharedKey(request, "PUT", contentLength, account, workedDate);
        QCOMPARE(request.rawHeader("x-ms-date"), QByteArray("Mon, 01 Jan 2024 00:00:00 GMT"));
        QCOMPARE(request.rawHeader("x-ms-version"), QByteArray("2021-12-02"));
        QCOMPARE(sharedKeyStringToSign("PUT", request, contentLength, account.name), stringToSign);
        QCOMPARE(request.rawHeader("Authorization"), QByteArray("SharedKey devstoreaccount1:") + signature);
    }

    void canonicalizationRules()
    {
        // Path signed percent-encoded as sent; query values decoded; names lower-cased and
        // sorted; several values of one name sorted and joined with ','; x-ms headers sorted.
        StorageClient client;
        client.account = StorageAccount::developmentStorage();
        const QString blob = QStringLiteral("dir a/r\u00e9sum\u00e9 (1)+x.csv");
        QUrl url = client.blobUrl(QStringLiteral("c1"), blob, "comp=block&blockid=%2B%2F%2F%2BAA%3D%3D");
        QCOMPARE(url.path(QUrl::FullyEncoded),
            QStringLiteral("/devstoreaccount1/c1/dir%20a/r%C3%A9sum%C3%A9%20%281%29%2Bx.csv"));
        QNetworkRequest request(url);
        request.setRawHeader("x-ms-version", "2021-12-02");
        request.setRawHeader("X-MS-Meta-B", "  two ");
        request.setRawHeader("x-ms-meta-a", "one");
        request.setRawHeader("Content-MD5", "md5==");
        request.setRawHeader("Range", "bytes=0-1");
        const QByteArray sts = sharedKeyStringToSign("get", request, 0, client.account.name);
        QCOMPARE(sts,
            QByteArray(
                "GET\n\n\n\nmd5==\n\n\n\n\n\n\nbytes=0-1\nx-ms-meta-a:one\nx-ms-meta-b:two\nx-ms-version:"
                "2021-12-02\n/devstoreaccount1/devstoreaccount1/c1/dir%20a/r%C3%A9sum%C3%A9%20%281%29%2Bx."
                "csv\nblockid:+//+AA==\ncomp:block"));
        // Multi-valued parameter (the doc's example) and an account-level path.
        QNetworkRequest list(
            QUrl::fromEncoded("https://myacct.blob.core.windows.net/"
                              "?comp=list&include=snapshots&include=metadata&Include=uncommittedblobs"));
        QCOMPARE(sharedKeyStringToSign("GET", list, 0, QStringLiteral("myacct")),
            QByteArray("GET\n\n\n\n\n\n\n\n\n\n\n\n/myacct/\ncomp:list\ninclude:metadata,snapshots,"
                       "uncommittedblobs"));
    }

    void rfc1123Dates()
    {
        QCOMPARE(rfc1123Date(workedDate), QByteArray("Mon, 01 Jan 2024 00:00:00 GMT"));
        QCOMPARE(parseRfc1123Date("Mon, 01 Jan 2024 00:00:00 GMT"), workedDate);
        QVERIFY(!parseRfc1123Date("yesterday").isValid());
    }

    // The two SAS worked examples of docs/reference/storage-keychain.md section 3, exactly.
    void blobSasWorkedExample()
    {
        const StorageAccount account = StorageAccount::developmentStorage();
        QCOMPARE(
            serviceSasStringToSign(account.name, QStringLiteral("worked-example"), QStringLiteral("data.csv"),
                QStringLiteral("r"), farExpiry, {}, QStringLiteral("https,http")),
            QStringLiteral(
                "r\n\n2099-01-01T00:00:00Z\n/blob/devstoreaccount1/worked-example/data.csv\n\n\nhttps,"
                "http\n2022-11-02\nb\n\n\n\n\n\n\n"));
        const QString token = serviceSasToken(account, QStringLiteral("worked-example"),
            QStringLiteral("data.csv"), SasPermissions::readOnly(), farExpiry);
        QCOMPARE(token,
            QStringLiteral("sv=2022-11-02&sr=b&sp=r&se=2099-01-01T00%3A00%3A00Z&spr=https%2Chttp&sig="
                           "R6Dt2oxEEtd1iY0wvtNHpQfPUsrWZNnGkD696AlWVPE%3D"));
        QNetworkAccessManager nam;
        BlobService service(&nam, account);
        QCOMPARE(service
                     .blobSasUrl(QStringLiteral("worked-example"), QStringLiteral("data.csv"),
                         SasPermissions::readOnly(), farExpiry)
                     .toEncoded(),
            QByteArray(
                "http://127.0.0.1:10000/devstoreaccount1/worked-example/data.csv?sv=2022-11-02&sr=b&sp=r&se="
                "2099-01-01T00%3A00%3A00Z&spr=https%2Chttp&sig=R6Dt2oxEEtd1iY0wvtNHpQfPUsrWZNnGkD696AlWVPE%"
                "3D"));
    }

    void accountSasWorkedExample()
    {
        const StorageAccount account = StorageAccount::developmentStorage();
        QCOMPARE(accountSasStringToSign(account.name, QStringLiteral("rl"), QStringLiteral("b"),
                     QStringLiteral("sco"), farExpiry, {}, QStringLiteral("https,http")),
            QStringLiteral(
                "devstoreaccount1\nrl\nb\nsco\n\n2099-01-01T00:00:00Z\n\nhttps,http\n2022-11-02\n\n"));
        // Letters given out of order are put in canonical order, so the same signature results.
        const QString token = accountSasToken(
            account, QStringLiteral("lr"), QStringLiteral("b"), QStringLiteral("ocs"), farExpiry);
        const QUrlQuery query(token);
        QCOMPARE(query.queryItemValue(QStringLiteral("sp")), QStringLiteral("rl"));
        QCOMPARE(query.queryItemValue(QStringLiteral("srt")), QStringLiteral("sco"));
        QCOMPARE(query.queryItemValue(QStringLiteral("ss")), QStringLiteral("b"));
        QCOMPARE(query.queryItemValue(QStringLiteral("sv")), QStringLiteral("2022-11-02"));
        QCOMPARE(query.queryItemValue(QStringLiteral("sig"), QUrl::FullyDecoded),
            QStringLiteral("yP9QufP86kqt2+t4oWeS6bAkMmTk379nuYpS4WWb3z0="));
    }

    void sasWithStartAndContainer()
    {
        const StorageAccount account = StorageAccount::developmentStorage();
        const QDateTime start(QDate(2024, 5, 6), QTime(7, 8, 9, 999), Qt::UTC);
        const QString token = serviceSasToken(account, QStringLiteral("c1"), {}, SasPermissions::readList(),
            farExpiry, start, QStringLiteral("https"));
        QVERIFY(token.startsWith(QStringLiteral("sv=2022-11-02&sr=c&sp=rl&st=2024-05-06T07%3A08%3A09Z&se=")));
        QVERIFY(token.contains(QStringLiteral("&spr=https&sig=")));
        const QString sts = serviceSasStringToSign(account.name, QStringLiteral("c1"), {},
            QStringLiteral("rl"), farExpiry, start, QStringLiteral("https"));
        QVERIFY(sts.startsWith(
            QStringLiteral("rl\n2024-05-06T07:08:09Z\n2099-01-01T00:00:00Z\n/blob/devstoreaccount1/"
                           "c1\n\n\nhttps\n2022-11-02\nc\n")));
        // No key, no SAS.
        StorageAccount sasOnly = account;
        sasOnly.key.clear();
        sasOnly.sas = QStringLiteral("sv=x&sig=y");
        QVERIFY(serviceSasToken(sasOnly, QStringLiteral("c1"), {}, SasPermissions::readOnly(), farExpiry)
                    .isEmpty());
        QVERIFY(
            accountSasToken(sasOnly, QStringLiteral("r"), QStringLiteral("b"), QStringLiteral("o"), farExpiry)
                .isEmpty());
    }

    void permissionOrder_data()
    {
        QTest::addColumn<bool>("read");
        QTest::addColumn<bool>("add");
        QTest::addColumn<bool>("create");
        QTest::addColumn<bool>("write");
        QTest::addColumn<bool>("del");
        QTest::addColumn<bool>("list");
        QTest::addColumn<bool>("deleteVersion");
        QTest::addColumn<bool>("tags");
        QTest::addColumn<bool>("filter");
        QTest::addColumn<QString>("blob");
        QTest::addColumn<QString>("container");
        QTest::newRow("read") << true << false << false << false << false << false << false << false << false
                              << QStringLiteral("r") << QStringLiteral("r");
        QTest::newRow("create write") << false << false << true << true << false << false << false << false
                                      << false << QStringLiteral("cw") << QStringLiteral("cw");
        QTest::newRow("write read (given wr)")
            << true << false << false << true << false << false << false << false << false
            << QStringLiteral("rw") << QStringLiteral("rw");
        QTest::newRow("delete read list") << true << false << false << false << true << true << false << false
                                          << false << QStringLiteral("rd") << QStringLiteral("rdl");
        QTest::newRow("everything") << true << true << true << true << true << true << true << true << true
                                    << QStringLiteral("racwdxt") << QStringLiteral("racwdxltf");
        QTest::newRow("nothing") << false << false << false << false << false << false << false << false
                                 << false << QString() << QString();
    }

    void permissionOrder()
    {
        SasPermissions p;
        QFETCH(bool, read);
        QFETCH(bool, add);
        QFETCH(bool, create);
        QFETCH(bool, write);
        QFETCH(bool, del);
        QFETCH(bool, list);
        QFETCH(bool, deleteVersion);
        QFETCH(bool, tags);
        QFETCH(bool, filter);
        QFETCH(QString, blob);
        QFETCH(QString, container);
        p.read = read;
        p.add = add;
        p.create = create;
        p.write = write;
        p.del = del;
        p.list = list;
        p.deleteVersion = deleteVersion;
        p.tags = tags;
        p.filter = filter;
        QCOMPARE(p.toString(false), blob);
        QCOMPARE(p.toString(true), container);
    }

    void accountLetters_data()
    {
        QTest::addColumn<QString>("given");
        QTest::addColumn<QString>("order");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("account permissions")
            << QStringLiteral("ylwrdacx") << QStringLiteral("rwdxftlacupiy") << QStringLiteral("rwdxlacy");
        QTest::newRow("duplicates and unknown")
            << QStringLiteral("rrzq") << QStringLiteral("rwdxftlacupiy") << QStringLiteral("r");
        QTest::newRow("services") << QStringLiteral("fqtb") << QStringLiteral("btqf")
                                  << QStringLiteral("btqf");
        QTest::newRow("resource types")
            << QStringLiteral("ocs") << QStringLiteral("sco") << QStringLiteral("sco");
    }

    void accountLetters()
    {
        QFETCH(QString, given);
        QFETCH(QString, order);
        QFETCH(QString, canonical);
        QCOMPARE(canonicalLetters(given, order), canonical);
    }
};

QTEST_GUILESS_MAIN(TestStorageSigning)
#include "tst_storagesigning.moc"
