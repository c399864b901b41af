// mlretrain-cli as a user runs it: the built binary, through QProcess, against the Azurite of
// the ctest fixture "azurite". Secrets stay in memory (MLR_KEYCHAIN=session); the keychain
// cases are in cli_keyring_canary.sh.
#include "azuriteenv.h"
#include "clirunner.h"
#include "storage/sas.h"
#include "storage/storageaccount.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace mlr::test;

namespace {

QString cliBinary()
{
    return QStringLiteral(MLR_CLI_BINARY);
}

// A runner with a clean environment: a private HOME (so the default settings file is never
// the developer's), secrets in memory only, no inherited connection string.
CliRunner isolatedRunner(const QString &home)
{
    return CliRunner(cliBinary(), isolatedCliEnvironment(home));
}

} // namespace

class TestCliStorage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_container;

    CliRunner runner(const AzuriteEnv &azurite) const
    {
        CliRunner r = isolatedRunner(m_dir.path());
        r.environment().insert(QStringLiteral("AZURE_STORAGE_CONNECTION_STRING"), azurite.connectionString);
        return r;
    }

    QString writeRandomFile(const QString &name, qint64 size)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        QRandomGenerator rng { quint32(size) };
        QByteArray chunk(1 << 20, Qt::Uninitialized);
        for (qint64 left = size; left > 0;) {
            rng.fillRange(reinterpret_cast<quint32 *>(chunk.data()), chunk.size() / 4);
            const qint64 n = std::min<qint64>(left, chunk.size());
            f.write(chunk.constData(), n);
            left -= n;
        }
        return path;
    }

    static QByteArray md5Of(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        QCryptographicHash h(QCryptographicHash::Md5);
        h.addData(&f);
        return h.result();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(cliBinary()), qPrintable(cliBinary()));
        // One container per run: the fixture's Azurite lives for the whole ctest run.
        m_container
            = QStringLiteral("cli-%1").arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    }

    void check()
    {
        MLR_REQUIRE_AZURITE(azurite);
        const CliRun r = runner(azurite).run({ QStringLiteral("storage"), QStringLiteral("check") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(r.out.startsWith("OK: storage account 'devstoreaccount1'"));
        QVERIFY(r.out.contains("from AZURE_STORAGE_CONNECTION_STRING"));
        QVERIFY(r.err.isEmpty());
    }

    void checkJsonAndSources()
    {
        MLR_REQUIRE_AZURITE(azurite);
        // The option wins over the environment, even when the environment's is broken.
        CliRunner r = runner(azurite);
        r.environment().insert(QStringLiteral("AZURE_STORAGE_CONNECTION_STRING"), QStringLiteral("garbage"));
        CliRun res = r.run({ QStringLiteral("--json"), QStringLiteral("--connection-string"),
            azurite.connectionString, QStringLiteral("storage"), QStringLiteral("check") });
        QVERIFY2(res.exitCode == 0, qPrintable(res.describe()));
        const QJsonObject o = res.object();
        QCOMPARE(o.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("account")).toString(), QStringLiteral("devstoreaccount1"));
        QCOMPARE(o.value(QStringLiteral("auth")).toString(), QStringLiteral("sharedKey"));
        QCOMPARE(o.value(QStringLiteral("source")).toString(), QStringLiteral("--connection-string"));
        QCOMPARE(o.value(QStringLiteral("endpoint")).toString(), azurite.blobEndpoint);

        // The environment wins over the profile.
        res = runner(azurite).run({ QStringLiteral("--json"), QStringLiteral("--profile"),
            QStringLiteral("nope"), QStringLiteral("storage"), QStringLiteral("check") });
        QVERIFY2(res.exitCode == 0, qPrintable(res.describe()));
        QCOMPARE(res.object().value(QStringLiteral("source")).toString(),
            QStringLiteral("AZURE_STORAGE_CONNECTION_STRING"));
    }

    void localSandboxProfileUsesTheDevelopmentKey()
    {
        MLR_REQUIRE_AZURITE(azurite);
        CliRunner r = isolatedRunner(m_dir.path()); // no connection string anywhere
        const QString ini = m_dir.filePath(QStringLiteral("sandbox.ini"));
        const QStringList config { QStringLiteral("--config"), ini };
        CliRun res = r.run(config
            + QStringList { QStringLiteral("profile"), QStringLiteral("set"), QStringLiteral("Local sandbox"),
                QStringLiteral("blobEndpoint=") + azurite.blobEndpoint });
        QVERIFY2(res.exitCode == 0, qPrintable(res.describe()));
        res = r.run(config
            + QStringList { QStringLiteral("--json"), QStringLiteral("storage"), QStringLiteral("check") });
        QVERIFY2(res.exitCode == 0, qPrintable(res.describe()));
        QCOMPARE(res.object().value(QStringLiteral("source")).toString(),
            QStringLiteral("profile 'Local sandbox'"));
        // The key is public, but still never printed.
        QVERIFY(!res.out.contains("Eby8vdM02xNOcqFlqUwJPLlm"));
    }

    void containers()
    {
        MLR_REQUIRE_AZURITE(azurite);
        const CliRunner r = runner(azurite);
        CliRun res = r.run({ QStringLiteral("--json"), QStringLiteral("storage"),
            QStringLiteral("mkcontainer"), m_container });
        QVERIFY2(res.exitCode == 0, qPrintable(res.describe()));
        QCOMPARE(res.object().value(QStringLiteral("created")).toBool(), true);

        res = r.run({ QStringLiteral("storage"), QStringLiteral("mkcontainer"), m_container });
        QVERIFY2(res.exitCode == 0, qPrintable(res.describe()));
        QVERIFY(res.out.contains("already exists"));

        res = r.run({ QStringLiteral("storage"), QStringLiteral("containers"), QStringLiteral("--json") });
        QVERIFY2(res.exitCode == 0, qPrintable(res.describe()));
        bool found = false;
        for (const QJsonValue &v : res.array())
            found = found || v.toObject().value(QStringLiteral("name")).toString() == m_container;
        QVERIFY2(found, res.out.constData());

        res = r.run({ QStringLiteral("storage"), QStringLiteral("containers") });
        QVERIFY(res.out.contains(m_container.toUtf8()));

        res = r.run(
            { QStringLiteral("storage"), QStringLiteral("ls"), m_container, QStringLiteral("--json") });
        QVERIFY2(res.exitCode == 0, qPrintable(res.describe()));
        QCOMPARE(res.array().size(), 0);
    }

    void uploadDownloadRoundTrip()
    {
        MLR_REQUIRE_AZURITE(azurite);
        const CliRunner r = runner(azurite);
        // 5.5 blocks of 1 MiB: several Put Block requests and a short last block.
        const qint64 size = 5 * 1024 * 1024 + 512 * 1024 + 7;
        const QString file = writeRandomFile(QStringLiteral("round.bin"), size);
        QVERIFY(!file.isEmpty());
        const QByteArray md5 = md5Of(file);

        CliRun res = r.run({ QStringLiteral("storage"), QStringLiteral("upload"), file,
            m_container + QStringLiteral("/in/round.bin"), QStringLiteral("--json"),
            QStringLiteral("--block-size"), QStringLiteral("1") });
        QVERIFY2(res.exitCode == 0, qPrintable(res.describe()));
        const QJsonObject up = res.object();
        QCOMPARE(up.value(QStringLiteral("size")).toInteger(), size);
        QCOMPARE(up.value(QStringLiteral("contentMd5")).toString(), QString::fromLatin1(md5.toBase64()));
        QCOMPARE(up.value(QStringLiteral("blocksSent")).toInt(), 6);
        QCOMPARE(up.value(QStringLiteral("blocksSkipped")).toInt(), 0);
        QCOMPARE(up.value(QStringLiteral("bytesSent")).toInteger(), size);
        QCOMPARE(up.value(QStringLiteral("resumed")).toBool(), false);
        QCOMPARE(up.value(QStringLiteral("blob")).toString(), QStringLiteral("in/round.bin"));
        QVERIFY(up.value(QStringLiteral("blobUrl"))
                    .toString()
                    .endsWith(m_container + QStringLiteral("/in/round.bin")));

        // CONTAINER/ takes the file's name; text output.
        res = r.run({ QStringLiteral("storage"), QStringLiteral("upload"), file, m_container + u'/' });
        QVERIFY2(res.exitCode == 0, qPrintable(res.describe()));
        QVERIFY(res.out.startsWith("Uploaded "));

        res = r.run(
            { QStringLiteral("storage"), QStringLiteral("ls"), m_container, QStringLiteral("--json") });
        QVERIFY2(res.exitCode == 0, qPrintable(res.describe()));
        QStringList names;
        for (const QJsonValue &v : res.array()) {
            names << v.toObject().value(QStringLiteral("name")).toString();
            QCOMPARE(v.toObject().value(QStringLiteral("size")).toInteger(), size);
        }
        names.sort();
        QCOMPARE(names, (QStringList { QStringLiteral("in/round.bin"), QStringLiteral("round.bin") }));

        res = r.run({ QStringLiteral("storage"), QStringLiteral("ls"), m_container,
            QStringLiteral("--prefix"), QStringLiteral("in/") });
        QVERIFY(res.out.contains("in/round.bin"));
        QVERIFY(!res.out.contains(" round.bin"));

        const QString back = m_dir.filePath(QStringLiteral("back.bin"));
        res = r.run({ QStringLiteral("storage"), QStringLiteral("download"),
            m_container + QStringLiteral("/in/round.bin"), back, QStringLiteral("--json") });
        QVERIFY2(res.exitCode == 0, qPrintable(res.describe()));
        const QJsonObject down = res.object();
        QCOMPARE(down.value(QStringLiteral("md5Verified")).toBool(), true);
        QCOMPARE(down.value(QStringLiteral("size")).toInteger(), size);
        QCOMPARE(md5Of(back), md5);
        QFile a(file), b(back);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QVERIFY2(a.readAll() == b.readAll(), "the downloaded file is byte-identical");

        // An existing file is kept unless --overwrite.
        res = r.run({ QStringLiteral("storage"), QStringLiteral("download"),
            m_container + QStringLiteral("/in/round.bin"), back });
        QCOMPARE(res.exitCode, 1);
        QVERIFY(res.oneErrorLine().contains("--overwrite"));
        res = r.run({ QStringLiteral("storage"), QStringLiteral("download"),
            m_container + QStringLiteral("/in/round.bin"), back, QStringLiteral("--overwrite") });
        QVERIFY2(res.exitCode == 0, qPrintable(res.describe()));

        // Into a directory: the blob's last name segment.
        const QString sub = m_dir.filePath(QStringLiteral("into"));
        QVERIFY(QDir().mkpath(sub));
        res = r.run({ QStringLiteral("storage"), QStringLiteral("download"),
            m_container + QStringLiteral("/in/round.bin"), sub });
        QVERIFY2(res.exitCode == 0, qPrintable(res.describe()));
        QCOMPARE(md5Of(sub + QStringLiteral("/round.bin")), md5);
    }

    // A connection string with a SAS instead of a key: an account SAS does everything, a
    // read-only container SAS cannot upload (403, one line, no signature echoed).
    void sasConnectionString()
    {
        MLR_REQUIRE_AZURITE(azurite);
        mlr::Error error;
        const std::optional<mlr::StorageAccount> account
            = mlr::StorageAccount::fromConnectionString(azurite.connectionString, &error);
        QVERIFY(account);
        const QDateTime expiry = QDateTime::currentDateTimeUtc().addSecs(3600);
        const QString sas = mlr::accountSasToken(
            *account, QStringLiteral("rwlac"), QStringLiteral("b"), QStringLiteral("sco"), expiry);
        QVERIFY(!sas.isEmpty());
        CliRunner r = isolatedRunner(m_dir.path());
        r.environment().insert(QStringLiteral("AZURE_STORAGE_CONNECTION_STRING"),
            QStringLiteral("BlobEndpoint=") + azurite.blobEndpoint + QStringLiteral(";SharedAccessSignature=")
                + sas);

        CliRun res = r.run({ QStringLiteral("--json"), QStringLiteral("storage"), QStringLiteral("check") });
        QVERIFY2(res.exitCode == 0, qPrintable(res.describe()));
        QCOMPARE(res.object().value(QStringLiteral("auth")).toString(), QStringLiteral("sas"));

        const QString file = writeRandomFile(QStringLiteral("sas.bin"), 3 * 1024 * 1024 + 11);
        res = r.run({ QStringLiteral("storage"), QStringLiteral("upload"), file,
            m_container + QStringLiteral("/sas.bin"), QStringLiteral("--block-size"), QStringLiteral("1"),
            QStringLiteral("--json") });
        QVERIFY2(res.exitCode == 0, qPrintable(res.describe()));
        QVERIFY2(!res.out.contains("sig="), "the blob URL carries no SAS");
        const QString back = m_dir.filePath(QStringLiteral("sas-back.bin"));
        res = r.run({ QStringLiteral("storage"), QStringLiteral("download"),
            m_container + QStringLiteral("/sas.bin"), back });
        QVERIFY2(res.exitCode == 0, qPrintable(res.describe()));
        QCOMPARE(md5Of(back), md5Of(file));

        const QString readOnly
            = mlr::serviceSasToken(*account, m_container, QString(), mlr::SasPermissions::readList(), expiry);
        r.environment().insert(QStringLiteral("AZURE_STORAGE_CONNECTION_STRING"),
            QStringLiteral("BlobEndpoint=") + azurite.blobEndpoint + QStringLiteral(";SharedAccessSignature=")
                + readOnly);
        res = r.run({ QStringLiteral("storage"), QStringLiteral("ls"), m_container });
        QVERIFY2(res.exitCode == 0, qPrintable(res.describe()));
        QVERIFY(res.out.contains("sas.bin"));
        res = r.run({ QStringLiteral("storage"), QStringLiteral("upload"), file,
            m_container + QStringLiteral("/denied.bin") });
        QCOMPARE(res.exitCode, 1);
        QVERIFY2(res.oneErrorLine().contains("(403)"), qPrintable(res.describe()));
        const QString sig = QUrlQuery(readOnly).queryItemValue(QStringLiteral("sig"), QUrl::FullyEncoded);
        QVERIFY(!res.err.contains(sig.toUtf8()));
        QVERIFY(!res.err.contains(QUrl::fromPercentEncoding(sig.toUtf8()).toUtf8()));
    }

    void emptyFile()
    {
        MLR_REQUIRE_AZURITE(azurite);
        const CliRunner r = runner(azurite);
        const QString file = writeRandomFile(QStringLiteral("empty.csv"), 0);
        CliRun res = r.run({ QStringLiteral("storage"), QStringLiteral("upload"), file,
            m_container + QStringLiteral("/empty.csv"), QStringLiteral("--json") });
        QVERIFY2(res.exitCode == 0, qPrintable(res.describe()));
        QCOMPARE(res.object().value(QStringLiteral("size")).toInteger(), 0);
        const QString back = m_dir.filePath(QStringLiteral("empty-back.csv"));
        res = r.run({ QStringLiteral("storage"), QStringLiteral("download"),
            m_container + QStringLiteral("/empty.csv"), back });
        QVERIFY2(res.exitCode == 0, qPrintable(res.describe()));
        QCOMPARE(QFileInfo(back).size(), 0);
    }

    // Every bad input: exit code 1, one clear line on stderr, nothing on stdout, no secret.
    void badInput_data()
    {
        QTest::addColumn<QString>("connectionString"); // "" = the fixture's; "-" = none (profile)
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected"); // fragment of the error line

        const QString wrongKey = QString::fromLatin1(QByteArray(64, 'k').toBase64());
        QTest::newRow("malformed connection string")
            << QStringLiteral(
                   "AccountName=devstoreaccount1;AccountKey=not*base64;BlobEndpoint=http://127.0.0.1:1/x")
            << QStringList { QStringLiteral("storage"), QStringLiteral("check") }
            << QStringLiteral("not valid base64");
        QTest::newRow("connection string without secret")
            << QStringLiteral("AccountName=devstoreaccount1")
            << QStringList { QStringLiteral("storage"), QStringLiteral("containers") }
            << QStringLiteral("no AccountKey and no SharedAccessSignature");
        QTest::newRow("unknown setting") << QStringLiteral("AcountName=x;AccountKey=QUJDRA==")
                                         << QStringList { QStringLiteral("storage"), QStringLiteral("check") }
                                         << QStringLiteral("unknown setting 'AcountName'");
        QTest::newRow("wrong account key (403)")
            << QStringLiteral(
                   "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=%1;BlobEndpoint=%2")
                   .arg(wrongKey, QStringLiteral("@ENDPOINT@"))
            << QStringList { QStringLiteral("storage"), QStringLiteral("check") } << QStringLiteral("(403)");
        QTest::newRow("unreachable endpoint")
            << QStringLiteral("DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=%1;"
                              "BlobEndpoint=http://127.0.0.1:1/devstoreaccount1")
                   .arg(wrongKey)
            << QStringList { QStringLiteral("storage"), QStringLiteral("containers") }
            << QStringLiteral("connection refused");
        QTest::newRow("plain http to a non-loopback host with a key")
            << QStringLiteral("DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=%1;"
                              "BlobEndpoint=http://storage.example.com/devstoreaccount1")
                   .arg(wrongKey)
            << QStringList { QStringLiteral("storage"), QStringLiteral("check") }
            << QStringLiteral("plain HTTP");
        QTest::newRow("http account without BlobEndpoint")
            << QStringLiteral("DefaultEndpointsProtocol=http;AccountName=someaccount;AccountKey=%1")
                   .arg(wrongKey)
            << QStringList { QStringLiteral("storage"), QStringLiteral("check") }
            << QStringLiteral("Refused");
        QTest::newRow("missing container") << QString()
                                           << QStringList { QStringLiteral("storage"), QStringLiteral("ls"),
                                                  QStringLiteral("no-such-container") }
                                           << QStringLiteral("ContainerNotFound");
        QTest::newRow("upload to a missing container")
            << QString()
            << QStringList { QStringLiteral("storage"), QStringLiteral("upload"), QStringLiteral("@FILE@"),
                   QStringLiteral("no-such-container/x.csv") }
            << QStringLiteral("ContainerNotFound");
        QTest::newRow("missing blob")
            << QString()
            << QStringList { QStringLiteral("storage"), QStringLiteral("download"),
                   QStringLiteral("@CONTAINER@/nothing.csv"), QStringLiteral("@DIR@/nothing.csv") }
            << QStringLiteral("404");
        QTest::newRow("invalid container name (mkcontainer)")
            << QString()
            << QStringList { QStringLiteral("storage"), QStringLiteral("mkcontainer"),
                   QStringLiteral("Bad_Name") }
            << QStringLiteral("Bad_Name");
        QTest::newRow("invalid container name (ls)")
            << QString()
            << QStringList { QStringLiteral("storage"), QStringLiteral("ls"), QStringLiteral("ab") }
            << QStringLiteral("'ab'");
        QTest::newRow("invalid container name (upload)")
            << QString()
            << QStringList { QStringLiteral("storage"), QStringLiteral("upload"), QStringLiteral("@FILE@"),
                   QStringLiteral("a--b/x.csv") }
            << QStringLiteral("a--b");
        QTest::newRow("missing input file")
            << QString()
            << QStringList { QStringLiteral("storage"), QStringLiteral("upload"),
                   QStringLiteral("@DIR@/does-not-exist.csv"), QStringLiteral("@CONTAINER@/x.csv") }
            << QStringLiteral("does not exist");
        QTest::newRow("input is a directory")
            << QString()
            << QStringList { QStringLiteral("storage"), QStringLiteral("upload"), QStringLiteral("@DIR@"),
                   QStringLiteral("@CONTAINER@/x.csv") }
            << QStringLiteral("not a readable file");
        QTest::newRow("download into a missing folder")
            << QString()
            << QStringList { QStringLiteral("storage"), QStringLiteral("download"),
                   QStringLiteral("@CONTAINER@/in/round.bin"), QStringLiteral("@DIR@/no/such/dir/x.bin") }
            << QStringLiteral("does not exist");
        QTest::newRow("bad block size")
            << QString()
            << QStringList { QStringLiteral("storage"), QStringLiteral("upload"), QStringLiteral("@FILE@"),
                   QStringLiteral("@CONTAINER@/x.csv"), QStringLiteral("--block-size"), QStringLiteral("0") }
            << QStringLiteral("--block-size");
        QTest::newRow("unknown profile") << QStringLiteral("-")
                                         << QStringList { QStringLiteral("--profile"), QStringLiteral("nope"),
                                                QStringLiteral("storage"), QStringLiteral("check") }
                                         << QStringLiteral("no profile named 'nope'");
    }

    void badInput()
    {
        MLR_REQUIRE_AZURITE(azurite);
        QFETCH(QString, connectionString);
        QFETCH(QStringList, args);
        QFETCH(QString, expected);

        CliRunner r = isolatedRunner(m_dir.path());
        if (connectionString.isEmpty())
            connectionString = azurite.connectionString;
        connectionString.replace(QStringLiteral("@ENDPOINT@"), azurite.blobEndpoint);
        if (connectionString != u"-")
            r.environment().insert(QStringLiteral("AZURE_STORAGE_CONNECTION_STRING"), connectionString);
        const QString file = writeRandomFile(QStringLiteral("small.csv"), 1000);
        for (QString &a : args) {
            a.replace(QStringLiteral("@FILE@"), file);
            a.replace(QStringLiteral("@DIR@"), m_dir.path());
            a.replace(QStringLiteral("@CONTAINER@"), m_container);
        }
        args << QStringLiteral("--config") << m_dir.filePath(QStringLiteral("bad.ini"));

        QElapsedTimer clock;
        clock.start();
        const CliRun res = r.run(args);
        QCOMPARE(res.exitCode, 1);
        const QByteArray line = res.oneErrorLine();
        QVERIFY2(line.startsWith("mlretrain-cli: error: "), qPrintable(res.describe()));
        QVERIFY2(line.contains(expected.toUtf8()), qPrintable(res.describe()));
        QVERIFY2(res.out.isEmpty(), qPrintable(res.describe()));
        QVERIFY2(clock.elapsed() < 30'000, "a bad input fails fast");
        // No key of any connection string leaks.
        const QString key
            = QRegularExpression(QStringLiteral("AccountKey=([^;]+)")).match(connectionString).captured(1);
        if (key.size() > 8) {
            QVERIFY(!res.err.contains(key.toUtf8()));
            QVERIFY(!res.out.contains(key.toUtf8()));
        }
    }

    void usageErrorsExitWith2()
    {
        const CliRunner r = isolatedRunner(m_dir.path());
        for (const QStringList &args : { QStringList {}, QStringList { QStringLiteral("storage") },
                 QStringList { QStringLiteral("storage"), QStringLiteral("ls") },
                 QStringList { QStringLiteral("storage"), QStringLiteral("download"),
                     QStringLiteral("noblob"), QStringLiteral("f") },
                 QStringList { QStringLiteral("nope") },
                 QStringList {
                     QStringLiteral("storage"), QStringLiteral("check"), QStringLiteral("--bogus") } }) {
            const CliRun res = r.run(args);
            QCOMPARE(res.exitCode, 2);
            QVERIFY2(res.oneErrorLine().startsWith("mlretrain-cli: error: "), qPrintable(res.describe()));
            QVERIFY(res.out.isEmpty());
        }
    }

    void helpExitsWith0()
    {
        const CliRunner r = isolatedRunner(m_dir.path());
        for (const QStringList &args :
            { QStringList { QStringLiteral("--help") },
                QStringList { QStringLiteral("storage"), QStringLiteral("--help") },
                QStringList { QStringLiteral("storage"), QStringLiteral("upload"), QStringLiteral("--help") },
                QStringList { QStringLiteral("profile"), QStringLiteral("set"), QStringLiteral("-h") },
                QStringList { QStringLiteral("--version") } }) {
            const CliRun res = r.run(args);
            QCOMPARE(res.exitCode, 0);
            QVERIFY(!res.out.isEmpty());
            QVERIFY(res.err.isEmpty());
        }
    }

    void profileSetWithoutKeychainStoresNothing()
    {
        const CliRunner r = isolatedRunner(m_dir.path()); // MLR_KEYCHAIN=session
        const QString ini = m_dir.filePath(QStringLiteral("nokeychain.ini"));
        const QString secret = QStringLiteral("c2Vzc2lvbi1vbmx5LWNhbmFyeS1rZXk=");
        const CliRun res = r.run({ QStringLiteral("--config"), ini, QStringLiteral("profile"),
            QStringLiteral("set"), QStringLiteral("work"), QStringLiteral("storageAccountName=work1"),
            QStringLiteral("accountKey=") + secret });
        QCOMPARE(res.exitCode, 1);
        QVERIFY2(res.oneErrorLine().contains("Nothing was changed"), qPrintable(res.describe()));
        QVERIFY(!res.err.contains(secret.toUtf8()));
        // Nothing was saved, not even the non-secret setting.
        QFile f(ini);
        if (f.open(QIODevice::ReadOnly)) {
            const QByteArray text = f.readAll();
            QVERIFY(!text.contains("work1"));
            QVERIFY(!text.contains(secret.toUtf8()));
        }
    }

    void profileLifecycleWithoutSecrets()
    {
        const CliRunner r = isolatedRunner(m_dir.path());
        const QStringList config { QStringLiteral("--config"), m_dir.filePath(QStringLiteral("life.ini")) };
        CliRun res = r.run(config
            + QStringList { QStringLiteral("profile"), QStringLiteral("set"), QStringLiteral("lab"),
                QStringLiteral("storageAccountName=labacct"), QStringLiteral("container=data") });
        QVERIFY2(res.exitCode == 0, qPrintable(res.describe()));
        res = r.run(config
            + QStringList { QStringLiteral("profile"), QStringLiteral("list"), QStringLiteral("--json") });
        QVERIFY2(res.exitCode == 0, qPrintable(res.describe()));
        QStringList names;
        for (const QJsonValue &v : res.array())
            names << v.toObject().value(QStringLiteral("name")).toString();
        QCOMPARE(names, (QStringList { QStringLiteral("Local sandbox"), QStringLiteral("lab") }));

        res = r.run(config
            + QStringList { QStringLiteral("profile"), QStringLiteral("show"), QStringLiteral("lab"),
                QStringLiteral("--json") });
        QVERIFY2(res.exitCode == 0, qPrintable(res.describe()));
        const QJsonObject o = res.object();
        QCOMPARE(o.value(QStringLiteral("settings"))
                     .toObject()
                     .value(QStringLiteral("storageAccountName"))
                     .toString(),
            QStringLiteral("labacct"));
        for (const QJsonValue &s : o.value(QStringLiteral("secrets")).toArray())
            QCOMPARE(s.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("not set"));

        // A bad value changes nothing and says which key is wrong.
        res = r.run(config
            + QStringList { QStringLiteral("profile"), QStringLiteral("set"), QStringLiteral("lab"),
                QStringLiteral("container=data2"), QStringLiteral("storageAccountName=Bad_Name") });
        QCOMPARE(res.exitCode, 1);
        QVERIFY2(res.oneErrorLine().contains("storageAccountName"), qPrintable(res.describe()));
        res = r.run(config
            + QStringList { QStringLiteral("profile"), QStringLiteral("show"), QStringLiteral("lab") });
        QVERIFY(res.out.contains("data"));
        QVERIFY(!res.out.contains("data2"));

        // A profile without secrets cannot reach storage: clear error.
        res = r.run(config
            + QStringList { QStringLiteral("-p"), QStringLiteral("lab"), QStringLiteral("storage"),
                QStringLiteral("check") });
        QCOMPARE(res.exitCode, 1);
        QVERIFY2(res.oneErrorLine().contains("no storage account key or SAS"), qPrintable(res.describe()));

        res = r.run(config
            + QStringList { QStringLiteral("profile"), QStringLiteral("delete"), QStringLiteral("lab") });
        QVERIFY2(res.exitCode == 0, qPrintable(res.describe()));
        res = r.run(config
            + QStringList { QStringLiteral("profile"), QStringLiteral("show"), QStringLiteral("lab") });
        QCOMPARE(res.exitCode, 1);
        res = r.run(config
            + QStringList {
                QStringLiteral("profile"), QStringLiteral("delete"), QStringLiteral("Local sandbox") });
        QCOMPARE(res.exitCode, 1);
        QVERIFY(res.oneErrorLine().contains("built in"));
    }
};

QTEST_GUILESS_MAIN(TestCliStorage)
#include "tst_cli_storage.moc"
