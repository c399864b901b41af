// kill -9 in the middle of `mlretrain-cli storage upload`, then the same command again: it
// completes, re-sends no block that was already staged, and the blob is byte-identical.
//
// A 480 MiB file (120 blocks of 4 MiB), the Azurite of the ctest fixture "azurite". The first
// run is killed (SIGKILL: no cleanup at all) once its progress on stderr shows that a good
// part is sent; the second run's --json result must then show skipped blocks and exactly the
// remaining bytes sent. Bounded: about 30 s on 2 cores, with time-outs on every wait.
#include "azuriteenv.h"
#include "clirunner.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace mlr::test;

namespace {

constexpr qint64 blockSize = 4 * 1024 * 1024;
constexpr int blockCount = 120;
constexpr qint64 fileSize = blockSize * blockCount; // 480 MiB: every block is whole

QProcessEnvironment cliEnvironment(const QString &home, const QString &connectionString)
{
    QProcessEnvironment env = isolatedCliEnvironment(home);
    env.insert(QStringLiteral("AZURE_STORAGE_CONNECTION_STRING"), connectionString);
    return env;
}

QByteArray md5Of(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Md5);
    h.addData(&f);
    return h.result();
}

} // namespace

class TestCliResume : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resumesAfterKill9()
    {
        MLR_REQUIRE_AZURITE(azurite);
        QElapsedTimer total;
        total.start();
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QProcessEnvironment env = cliEnvironment(dir.path(), azurite.connectionString);
        const QString cli = QStringLiteral(MLR_CLI_BINARY);

        // Random-ish content (incompressible, every block different), hashed while written.
        const QString file = dir.filePath(QStringLiteral("big.bin"));
        QByteArray localMd5;
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QCryptographicHash md5(QCryptographicHash::Md5);
            QRandomGenerator rng { 20240611u };
            QByteArray chunk(8 * 1024 * 1024, Qt::Uninitialized);
            for (qint64 written = 0; written < fileSize; written += chunk.size()) {
                rng.fillRange(reinterpret_cast<quint32 *>(chunk.data()), chunk.size() / 4);
                md5.addData(chunk);
                QCOMPARE(f.write(chunk), qint64(chunk.size()));
            }
            localMd5 = md5.result();
        }
        QCOMPARE(QFileInfo(file).size(), fileSize);

        const QString container = QStringLiteral("resume-%1").arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
        {
            QProcess mk;
            mk.setProcessEnvironment(env);
            mk.start(cli, { QStringLiteral("storage"), QStringLiteral("mkcontainer"), container });
            QVERIFY(mk.waitForFinished(30'000));
            QVERIFY2(mk.exitCode() == 0, mk.readAllStandardError().constData());
        }
        const QStringList uploadArgs { QStringLiteral("storage"), QStringLiteral("upload"), file,
                                       container + QStringLiteral("/big.bin"), QStringLiteral("--block-size"),
                                       QStringLiteral("4") };

        // 1. Start, wait until progress shows >= 15 % sent (stderr is not a terminal: one
        //    line a second), then SIGKILL.
        QProcess first;
        first.setProcessEnvironment(env);
        QByteArray firstErr;
        int percent = 0;
        const QRegularExpression progressLine(QStringLiteral(R"(upload: .* (\d+)%)"));
        connect(&first, &QProcess::readyReadStandardError, this, [&] {
            firstErr += first.readAllStandardError();
            const auto lines = QString::fromUtf8(firstErr).split(u'\n');
            for (const QString &line : lines) {
                const auto m = progressLine.match(line);
                if (m.hasMatch())
                    percent = std::max(percent, m.captured(1).toInt());
            }
        });
        first.start(cli, uploadArgs);
        QVERIFY(first.waitForStarted(10'000));
        QVERIFY2(QTest::qWaitFor([&] { return percent >= 15 || first.state() == QProcess::NotRunning; }, 60'000),
                 "no progress within 60 s");
        QVERIFY2(first.state() == QProcess::Running,
                 qPrintable(QStringLiteral("the upload ended before it could be killed (%1%): %2")
                                .arg(percent)
                                .arg(QString::fromUtf8(firstErr))));
        first.kill(); // SIGKILL
        QVERIFY(first.waitForFinished(10'000));
        QCOMPARE(first.exitStatus(), QProcess::CrashExit);
        qInfo("killed at %d %% after %lld ms", percent, total.elapsed());

        // 2. The same command again, with --json.
        QProcess second;
        second.setProcessEnvironment(env);
        second.start(cli, uploadArgs + QStringList { QStringLiteral("--json") });
        QVERIFY(second.waitForFinished(90'000));
        const QByteArray err = second.readAllStandardError();
        const QByteArray out = second.readAllStandardOutput();
        QVERIFY2(second.exitStatus() == QProcess::NormalExit && second.exitCode() == 0, err.constData());
        QJsonParseError parseError;
        const QJsonObject result = QJsonDocument::fromJson(out, &parseError).object();
        QVERIFY2(parseError.error == QJsonParseError::NoError, out.constData());

        const int skipped = result.value(QStringLiteral("blocksSkipped")).toInt();
        const int sent = result.value(QStringLiteral("blocksSent")).toInt();
        const qint64 bytesSent = result.value(QStringLiteral("bytesSent")).toInteger();
        qInfo("resumed: %d blocks skipped, %d sent, %lld bytes sent", skipped, sent, bytesSent);
        QCOMPARE(result.value(QStringLiteral("blockSize")).toInteger(), blockSize);
        QCOMPARE(result.value(QStringLiteral("size")).toInteger(), fileSize);
        QVERIFY2(skipped > 0, out.constData());
        QCOMPARE(result.value(QStringLiteral("resumed")).toBool(), true);
        QCOMPARE(sent + skipped, blockCount);
        // Nothing staged was sent again: exactly the missing blocks crossed the network.
        QCOMPARE(bytesSent, fileSize - qint64(skipped) * blockSize);
        QCOMPARE(result.value(QStringLiteral("contentMd5")).toString(), QString::fromLatin1(localMd5.toBase64()));

        // 3. Byte-identical: download and compare the MD5 of what came back.
        const QString back = dir.filePath(QStringLiteral("back.bin"));
        QProcess download;
        download.setProcessEnvironment(env);
        download.start(cli, { QStringLiteral("storage"), QStringLiteral("download"), container + QStringLiteral("/big.bin"),
                              back, QStringLiteral("--quiet") });
        QVERIFY(download.waitForFinished(90'000));
        QVERIFY2(download.exitCode() == 0, download.readAllStandardError().constData());
        QCOMPARE(QFileInfo(back).size(), fileSize);
        QCOMPARE(md5Of(back), localMd5);
        qInfo("total %lld ms", total.elapsed());
    }
};

QTEST_GUILESS_MAIN(TestCliResume)
#include "tst_cli_resume.moc"
