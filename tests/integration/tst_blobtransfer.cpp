// Uploads and downloads against Azurite: byte-identical round trips around the block size,
// a large file (throughput and memory), resume after an interrupted upload, cancellation.
#include "blobtestsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace mlr;
using namespace mlr::test;

namespace {

constexpr qint64 MiB = 1024 * 1024;

} // namespace

class TestBlobTransfer : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_nam;
    QString m_container;

    std::unique_ptr<BlobService> service()
    {
        const auto env = AzuriteEnv::load();
        return std::make_unique<BlobService>(&m_nam, env ? azuriteAccount(*env) : StorageAccount {});
    }

    // Downloads container/blob and checks it is byte-identical to the expected MD5.
    void checkDownload(BlobService &service, const QString &blob, const QTemporaryDir &dir,
        const QByteArray &md5, qint64 size)
    {
        const QString target = dir.filePath(QStringLiteral("download-") + QString(blob).replace(u'/', u'_'));
        DownloadResult result;
        Error error;
        QVERIFY2(
            downloadFile(service, m_container, blob, target, &result, &error), qPrintable(error.message()));
        QCOMPARE(result.size, size);
        QCOMPARE(result.contentMd5, QString::fromLatin1(md5));
        QVERIFY(result.md5Verified);
        QCOMPARE(QFileInfo(target).size(), size);
        QCOMPARE(fileMd5(target), md5);
        QFile::remove(target);
    }

private Q_SLOTS:
    void initTestCase()
    {
        MLR_REQUIRE_AZURITE(env);
        Q_UNUSED(env);
        auto svc = service();
        m_container = uniqueContainerName(QStringLiteral("transfer"));
        Error error;
        QVERIFY2(createContainer(*svc, m_container, &error), qPrintable(error.message()));
    }

    void roundTrip_data()
    {
        QTest::addColumn<qint64>("size");
        const qint64 block = BlockPlan::minBlockSize;
        QTest::newRow("0 bytes") << qint64(0);
        QTest::newRow("1 byte") << qint64(1);
        QTest::newRow("block - 1") << block - 1;
        QTest::newRow("block") << block;
        QTest::newRow("block + 1") << block + 1;
        QTest::newRow("3 blocks, ragged") << 2 * block + 12345;
    }

    void roundTrip()
    {
        QFETCH(qint64, size);
        auto svc = service();
        QTemporaryDir dir;
        QByteArray md5;
        const QString file = generateFile(dir, QStringLiteral("data.csv"), size, quint32(size), &md5);
        QVERIFY(!file.isEmpty());
        const QString blob = QStringLiteral("round/%1.csv").arg(size);
        UploadResult result;
        Error error;
        QVERIFY2(uploadFile(*svc, file, m_container, blob, &result, &error), qPrintable(error.message()));
        QCOMPARE(result.size, size);
        QCOMPARE(result.contentMd5, QString::fromLatin1(md5));
        QCOMPARE(result.bytesSent, size);
        QCOMPARE(result.blocksSkipped, 0);
        QCOMPARE(
            result.blocksSent, size > BlockPlan::minBlockSize ? int((size + MiB * 4 - 1) / (MiB * 4)) : 1);
        QVERIFY(!result.resumed);
        QVERIFY(result.md5Verified);
        QCOMPARE(result.blobUrl, svc->blobUrl(m_container, blob));
        checkDownload(*svc, blob, dir, md5, size);
    }

    void largeFile()
    {
        auto svc = service();
        QTemporaryDir dir;
        QByteArray md5;
        const qint64 size = 300 * 1000 * 1000;
        const QString file = generateFile(dir, QStringLiteral("large.bin"), size, 7, &md5);
        QVERIFY(!file.isEmpty());
        const qint64 rssBefore = peakRss();

        std::unique_ptr<BlobUploadJob> job(
            svc->upload(file, m_container, QStringLiteral("large/large.bin"), nullptr));
        QSignalSpy finished(job.get(), &BlobUploadJob::finished);
        QSignalSpy progress(job.get(), &BlobUploadJob::progress);
        QElapsedTimer clock;
        clock.start();
        job->start();
        QVERIFY(finished.wait(120000));
        const qint64 uploadMs = std::max<qint64>(1, clock.elapsed());
        const auto error = finished.at(0).at(1).value<Error>();
        QVERIFY2(!error, qPrintable(error.message()));
        const auto result = finished.at(0).at(0).value<UploadResult>();
        QCOMPARE(result.contentMd5, QString::fromLatin1(md5));
        QCOMPARE(result.blocksSent, job->plan().blockCount);
        QCOMPARE(job->concurrency(), 6);

        // Progress: throttled (~10/s), monotonic, ending at 100 % with a rate.
        QVERIFY(progress.size() >= 2);
        QVERIFY2(progress.size() <= uploadMs / 100 + 5, qPrintable(QString::number(progress.size())));
        qint64 last = -1;
        for (const QList<QVariant> &args : std::as_const(progress)) {
            const auto p = args.at(0).value<TransferProgress>();
            QVERIFY(p.bytesDone >= last);
            QCOMPARE(p.bytesTotal, size);
            last = p.bytesDone;
        }
        const auto final = progress.last().at(0).value<TransferProgress>();
        QCOMPARE(final.bytesDone, size);
        QCOMPARE(final.etaSeconds, qint64(0));
        const qint64 rssAfterUpload = peakRss();

        clock.restart();
        checkDownload(*svc, QStringLiteral("large/large.bin"), dir, md5, size);
        const qint64 downloadMs = std::max<qint64>(1, clock.elapsed());
        qInfo("300 MB: upload %.0f MB/s (%lld ms), download %.0f MB/s (%lld ms); peak RSS %lld MiB before, "
              "%lld MiB "
              "after upload, %lld MiB after download",
            double(size) / 1e3 / double(uploadMs), uploadMs, double(size) / 1e3 / double(downloadMs),
            downloadMs, rssBefore / MiB, rssAfterUpload / MiB, peakRss() / MiB);
#if !defined(__SANITIZE_ADDRESS__) // ASan's quarantine keeps freed blocks resident
        // Memory stays bounded: in-flight blocks (6 x 4 MiB) and download chunks, not the file.
        QVERIFY2(rssAfterUpload - rssBefore < 48 * MiB,
            qPrintable(QString::number((rssAfterUpload - rssBefore) / MiB)));
        QVERIFY2(peakRss() < 96 * MiB, qPrintable(QString::number(peakRss() / MiB)));
#endif
    }

    void resumesAfterInterruption()
    {
        auto svc = service();
        QTemporaryDir dir;
        QByteArray md5;
        const qint64 size = 40 * MiB + 777;
        const QString file = generateFile(dir, QStringLiteral("resume.bin"), size, 11, &md5);
        const QString blob = QStringLiteral("resume/resume.bin");

        // First run: destroyed (as if the process were killed) after a few blocks are staged.
        auto *first = svc->upload(file, m_container, blob, nullptr);
        first->setConcurrency(2);
        QSignalSpy staged(first, &BlobUploadJob::blockStaged);
        QSignalSpy firstFinished(first, &BlobUploadJob::finished);
        QSignalSpy destroyed(first, &QObject::destroyed);
        connect(first, &BlobUploadJob::blockStaged, first, [first, &staged] {
            if (staged.size() == 3)
                first->deleteLater();
        });
        first->start();
        QVERIFY(destroyed.wait(60000));
        QCOMPARE(firstFinished.size(), 0);
        QVERIFY(staged.size() >= 3);

        // The blob does not exist yet (nothing committed).
        Error error;
        QVERIFY(
            !downloadFile(*svc, m_container, blob, dir.filePath(QStringLiteral("nope")), nullptr, &error));
        QCOMPARE(error.serviceCode, QStringLiteral("BlobNotFound"));

        // Second run: same file, same blob: the staged blocks are not sent again.
        UploadResult result;
        QVERIFY2(uploadFile(*svc, file, m_container, blob, &result, &error), qPrintable(error.message()));
        QVERIFY(result.resumed);
        QVERIFY2(result.blocksSkipped >= 3, qPrintable(QString::number(result.blocksSkipped)));
        QVERIFY(result.bytesSent < size);
        QCOMPARE(result.bytesSent + result.blocksSkipped * BlockPlan::minBlockSize, size);
        QCOMPARE(result.blocksSent + result.blocksSkipped, 11);
        QCOMPARE(result.contentMd5, QString::fromLatin1(md5));
        checkDownload(*svc, blob, dir, md5, size);
    }

    void cancelMidUpload()
    {
        auto svc = service();
        QTemporaryDir dir;
        const QString file = generateFile(dir, QStringLiteral("cancel.bin"), 40 * MiB, 13, nullptr);
        const QString blob = QStringLiteral("cancel/cancel.bin");
        std::unique_ptr<BlobUploadJob> job(svc->upload(file, m_container, blob, nullptr));
        QSignalSpy finished(job.get(), &BlobUploadJob::finished);
        connect(job.get(), &BlobUploadJob::blockStaged, job.get(), [&job] { job->cancel(); });
        job->start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        const auto error = finished.at(0).at(1).value<Error>();
        QVERIFY(error.isCancelled());
        QVERIFY2(error.message().contains(QStringLiteral("Cancelled")), qPrintable(error.message()));
        const auto result = finished.at(0).at(0).value<UploadResult>();
        QVERIFY(result.bytesSent < 40 * MiB);
        QTest::qWait(100);
        QCOMPARE(finished.size(), 1);
        Error downloadError;
        QVERIFY(!downloadFile(
            *svc, m_container, blob, dir.filePath(QStringLiteral("nope")), nullptr, &downloadError));
        QCOMPARE(downloadError.serviceCode, QStringLiteral("BlobNotFound"));
    }

    void unreadableFile()
    {
        if (geteuid() == 0)
            QSKIP("root can read any file");
        auto svc = service();
        QTemporaryDir dir;
        const QString file = generateFile(dir, QStringLiteral("secret.csv"), 10, 1, nullptr);
        QVERIFY(QFile::setPermissions(file, QFileDevice::WriteOwner));
        Error error;
        QVERIFY(!uploadFile(*svc, file, m_container, QStringLiteral("secret.csv"), nullptr, &error));
        QCOMPARE(error.kind, Error::Kind::Input);
        QVERIFY2(error.message().contains(QStringLiteral("The file '%1' cannot be read").arg(file)),
            qPrintable(error.message()));
    }
};

QTEST_GUILESS_MAIN(TestBlobTransfer)
#include "tst_blobtransfer.moc"
