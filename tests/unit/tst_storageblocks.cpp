#include "storage/blockplanner.h"
#include "storage/blockreader.h"
#include "storage/listparsing.h"
#include "storage/md5.h"
#include "storage/transferprogress.h"
#include "threads/threadscheduling.h"

#include <QCryptographicHash>
#include <QDir>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QTemporaryFile>
#include <QTest>

using namespace mlr;

namespace {

constexpr qint64 MiB = 1024 * 1024;
constexpr qint64 GiB = 1024 * MiB;
const QDateTime someTime(QDate(2024, 3, 4), QTime(5, 6, 7, 890), Qt::UTC);

// Threads of this process whose scheduling policy (field 41 of /proc/self/task/*/stat) is
// SCHED_BATCH (3); -1 where there is no /proc.
int batchThreadCount()
{
    QDir tasks(QStringLiteral("/proc/self/task"));
    if (!tasks.exists())
        return -1;
    int count = 0;
    for (const QString &tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile stat(tasks.filePath(tid + QStringLiteral("/stat")));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = stat.readAll();
        // After "(comm)", which may hold spaces, field 3 is the first.
        const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 38 && fields[38] == "3")
            ++count;
    }
    return count;
}

} // namespace

class TestStorageBlocks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void blockSize_data()
    {
        QTest::addColumn<qint64>("fileSize");
        QTest::addColumn<qint64>("blockSize");
        QTest::addColumn<int>("blockCount"); // 0 = single Put Blob
        QTest::newRow("empty") << qint64(0) << 4 * MiB << 0;
        QTest::newRow("one byte") << qint64(1) << 4 * MiB << 0;
        QTest::newRow("block - 1") << 4 * MiB - 1 << 4 * MiB << 0;
        QTest::newRow("exactly one block") << 4 * MiB << 4 * MiB << 0;
        QTest::newRow("block + 1") << 4 * MiB + 1 << 4 * MiB << 2;
        QTest::newRow("300 MB") << qint64(300000000) << 4 * MiB << 72;
        QTest::newRow("1 GiB") << GiB << 4 * MiB << 256;
        QTest::newRow("50,000 blocks of 4 MiB") << 50000 * 4 * MiB << 4 * MiB << 50000;
        QTest::newRow("one byte more doubles") << 50000 * 4 * MiB + 1 << 8 * MiB << 25001;
        QTest::newRow("1 TiB") << 1024 * GiB << 32 * MiB << 32768;
        QTest::newRow("190 TiB") << 190LL * 1024 * GiB << 4096 * MiB << 0; // too large, see below
    }

    void blockSize()
    {
        QFETCH(qint64, fileSize);
        QFETCH(qint64, blockSize);
        QFETCH(int, blockCount);
        const BlockPlan plan = BlockPlan::make(fileSize, someTime, QStringLiteral("in/data.csv"));
        if (blockSize > BlockPlan::maxBlockSize) {
            QVERIFY(!plan.isValid());
            return;
        }
        QVERIFY(plan.isValid());
        QCOMPARE(plan.blockSize, blockSize);
        QCOMPARE(plan.blockCount, blockCount);
        QCOMPARE(plan.isSingleShot(), blockCount == 0);
        QVERIFY(plan.blockCount <= BlockPlan::maxBlocks);
        if (blockCount > 0) {
            // The blocks tile the file exactly.
            QCOMPARE(plan.blockOffset(blockCount - 1) + plan.blockLength(blockCount - 1), fileSize);
            QVERIFY(plan.blockLength(blockCount - 1) > 0);
            QCOMPARE(plan.blockLength(0), blockSize);
        } else {
            QCOMPARE(plan.blockLength(0), fileSize);
        }
    }

    void blockSizeOverride()
    {
        const BlockPlan plan = BlockPlan::make(10000, someTime, QStringLiteral("b"), 1024);
        QCOMPARE(plan.blockSize, qint64(1024));
        QCOMPARE(plan.blockCount, 10);
        QCOMPARE(plan.blockLength(9), qint64(10000 - 9 * 1024));
        // An override that would need more than 50,000 blocks is doubled.
        QCOMPARE(BlockPlan::make(200000, someTime, QStringLiteral("b"), 1).blockSize, qint64(4));
    }

    void concurrencyBoundsMemory_data()
    {
        QTest::addColumn<qint64>("blockSize");
        QTest::addColumn<int>("concurrency");
        QTest::newRow("4 MiB") << 4 * MiB << 6;
        QTest::newRow("8 MiB") << 8 * MiB << 3;
        QTest::newRow("16 MiB") << 16 * MiB << 1;
        QTest::newRow("4000 MiB") << 4000 * MiB << 1;
        QTest::newRow("1 KiB (tests)") << qint64(1024) << 6;
    }

    void concurrencyBoundsMemory()
    {
        QFETCH(qint64, blockSize);
        QFETCH(int, concurrency);
        QCOMPARE(BlockPlan::chooseConcurrency(blockSize), concurrency);
        QVERIFY(concurrency <= BlockPlan::maxConcurrency);
        if (concurrency > 1)
            QVERIFY(concurrency * blockSize <= 32 * MiB);
    }

    void blockIdsFixedWidthAndDeterministic()
    {
        const BlockPlan plan = BlockPlan::make(GiB, someTime, QStringLiteral("in/data.csv"));
        const BlockPlan again = BlockPlan::make(GiB, someTime, QStringLiteral("in/data.csv"));
        QCOMPARE(plan.tag, again.tag);
        QCOMPARE(plan.tag.size(), 16);
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{16}$"))
                    .match(QString::fromLatin1(plan.tag))
                    .hasMatch());

        QSet<QByteArray> seen;
        for (const int index : { 0, 1, 9, 10, 255, 49999, 50000 }) {
            const QByteArray id = plan.blockId(index);
            QCOMPARE(id, again.blockId(index));
            QCOMPARE(id.size(), 32); // base64 of 24 ASCII characters: fixed width, no padding
            QVERIFY(!id.contains('+') && !id.contains('/') && !id.contains('='));
            const QByteArray raw = QByteArray::fromBase64(id);
            QCOMPARE(raw, plan.tag + '-' + QByteArray::number(index).rightJustified(7, '0'));
            QVERIFY(!seen.contains(id));
            seen.insert(id);
        }
        // A different file (size, time or name) gets different ids.
        QVERIFY(BlockPlan::make(GiB + 1, someTime, QStringLiteral("in/data.csv")).tag != plan.tag);
        QVERIFY(BlockPlan::make(GiB, someTime.addSecs(1), QStringLiteral("in/data.csv")).tag != plan.tag);
        QVERIFY(BlockPlan::make(GiB, someTime, QStringLiteral("in/data2.csv")).tag != plan.tag);
    }

    void md5MatchesRfc1321_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("hex");
        QTest::newRow("empty") << QByteArray("") << QByteArray("d41d8cd98f00b204e9800998ecf8427e");
        QTest::newRow("a") << QByteArray("a") << QByteArray("0cc175b9c0f1b6a831c399e269772661");
        QTest::newRow("abc") << QByteArray("abc") << QByteArray("900150983cd24fb0d6963f7d28e17f72");
        QTest::newRow("message digest")
            << QByteArray("message digest") << QByteArray("f96b697d7cb7938d525a2f31aaf161d0");
        QTest::newRow("alphabet") << QByteArray("abcdefghijklmnopqrstuvwxyz")
                                  << QByteArray("c3fcd3d76192e4007dfb496cca67e13b");
        QTest::newRow("62 characters")
            << QByteArray("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
            << QByteArray("d174ab98d277d9f5a5611c2c9f419d9f");
        QTest::newRow("80 digits") << QByteArray("1234567890").repeated(8)
                                   << QByteArray("57edf4a22be3c955ac49da2e2107b67a");
    }

    void md5MatchesRfc1321()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, hex);
        QCOMPARE(Md5::hash(input).toHex(), hex);
    }

    void md5StreamingMatchesQt()
    {
        QRandomGenerator generator(7);
        QByteArray data(300000, Qt::Uninitialized);
        for (char &c : data)
            c = char(generator.bounded(256));
        for (const qsizetype size : { 0, 1, 55, 56, 63, 64, 65, 127, 128, 1000, 4096, 300000 }) {
            const QByteArray part = data.left(size);
            const QByteArray expected = QCryptographicHash::hash(part, QCryptographicHash::Md5);
            QCOMPARE(Md5::hash(part), expected);
            // Fed in uneven slices.
            Md5 sliced;
            for (qsizetype at = 0; at < size;) {
                const qsizetype n = std::min<qsizetype>(size - at, 1 + generator.bounded(200));
                sliced.addData(QByteArrayView(part.constData() + at, n));
                at += n;
            }
            QCOMPARE(sliced.result(), expected);
            QCOMPARE(sliced.length(), qint64(size));
        }
    }

    void md5DualMatchesQt_data()
    {
        QTest::addColumn<bool>("vector");
        QTest::newRow("scalar") << false;
        QTest::newRow("avx512") << true;
    }

    // Two hashes fed at once: aligned (whole file + a block starting at a multiple of 64) and
    // misaligned (falls back), over several blocks; result() does not end a hash. Both the
    // scalar and (where the CPU has it) the AVX-512 path.
    void md5DualMatchesQt()
    {
        QFETCH(bool, vector);
        if (vector && !Md5::vectorPathAvailable())
            QSKIP("This CPU has no AVX-512VL.");
        const bool wasOn = Md5::vectorPathAvailable();
        QCOMPARE(Md5::setVectorPathEnabled(vector), vector);
        const auto restore = qScopeGuard([wasOn] { Md5::setVectorPathEnabled(wasOn); });
        QRandomGenerator generator(11);
        QByteArray data(300000, Qt::Uninitialized);
        for (char &c : data)
            c = char(generator.bounded(256));
        for (const qsizetype prefix : { 0, 64, 100 }) {
            Md5 whole;
            whole.addData(QByteArrayView(data.constData(), prefix));
            qsizetype at = prefix;
            for (const qsizetype blockSize : { 4096, 8192, 64, 65536, 1000, 77, 63, 65 }) {
                Md5 block;
                Md5::addDataToBoth(whole, block, QByteArrayView(data.constData() + at, blockSize));
                QCOMPARE(block.result(),
                    QCryptographicHash::hash(
                        QByteArrayView(data.constData() + at, blockSize), QCryptographicHash::Md5));
                at += blockSize;
                QCOMPARE(whole.result(),
                    QCryptographicHash::hash(QByteArrayView(data.constData(), at), QCryptographicHash::Md5));
            }
        }
    }

    // BlockReader reads and hashes every block in order, on a thread of its own that runs as
    // SCHED_BATCH (Linux), and the whole-file MD5 is the file's. blockRead() reaches the
    // reader's own thread (here the test's).
    void blockReaderReadsOnABatchThread()
    {
        QRandomGenerator generator(5);
        QByteArray content(3 * 65536 + 123, Qt::Uninitialized);
        for (char &c : content)
            c = char(generator.bounded(256));
        QTemporaryFile file;
        QVERIFY(file.open());
        QCOMPARE(file.write(content), content.size());
        file.flush();
        const BlockPlan plan = BlockPlan::make(content.size(), someTime, QStringLiteral("b.bin"), 65536);
        QCOMPARE(plan.blockCount, 4);
        BlockReader reader(file.fileName(), plan);
        QString reason;
        QVERIFY2(reader.open(&reason), qPrintable(reason));
        const int batchBefore = batchThreadCount();
        QList<ReadBlock> blocks;
        connect(
            &reader, &BlockReader::blockRead, this, [&](const ReadBlock &block) { blocks.append(block); });
        for (int i = 0; i < plan.blockCount; ++i)
            reader.read(i, i == 1); // block 1: hashed only, as when it is already staged
        QTRY_COMPARE(blocks.size(), plan.blockCount);
#if defined(__linux__)
        QCOMPARE(batchBefore, 0);
        QCOMPARE(batchThreadCount(), 1); // the reader's thread, which stays while the reader does
#else
        Q_UNUSED(batchBefore);
#endif
        for (int i = 0; i < plan.blockCount; ++i) {
            QCOMPARE(blocks[i].index, i);
            const QByteArray expected = content.mid(plan.blockOffset(i), plan.blockLength(i));
            if (i == 1) {
                QVERIFY(blocks[i].skipped);
                QVERIFY(blocks[i].data.isEmpty());
            } else {
                QCOMPARE(blocks[i].data, expected);
                QCOMPARE(blocks[i].md5Base64,
                    QCryptographicHash::hash(expected, QCryptographicHash::Md5).toBase64());
            }
        }
        QCOMPARE(
            reader.wholeFileMd5(), QCryptographicHash::hash(content, QCryptographicHash::Md5).toBase64());
        QVERIFY(!threads::isBatch()); // the test's thread is untouched
    }

    void progressIsThrottled()
    {
        ProgressMeter meter;
        meter.start(1000);
        QVERIFY(meter.update(10)); // first sample is always reported
        int reported = 0;
        for (int i = 11; i < 900; ++i)
            reported += meter.update(i) ? 1 : 0;
        QCOMPARE(reported, 0); // within the same 100 ms
        QTest::qWait(int(ProgressMeter::intervalMs) + 20);
        QVERIFY(meter.update(900));
        meter.update(500); // a retried request restarted its body: never reported backwards
        QCOMPARE(meter.current().bytesDone, qint64(900));
        const TransferProgress p = meter.current();
        QCOMPARE(p.bytesDone, qint64(900));
        QCOMPARE(p.bytesTotal, qint64(1000));
        QVERIFY(p.bytesPerSecond > 0);
        QVERIFY(p.etaSeconds >= 0);
        QVERIFY(meter.update(1000)); // completion is always reported, once
        QCOMPARE(meter.current().etaSeconds, qint64(0));
        QVERIFY(!meter.update(1000));
    }

    void skippedBytesDoNotInflateRate()
    {
        ProgressMeter meter;
        meter.start(1000000000);
        meter.update(0);
        meter.addInstant(900000000);
        QTest::qWait(int(ProgressMeter::intervalMs) + 20);
        meter.update(900000000);
        QVERIFY(meter.current().bytesPerSecond < 1000);
        QCOMPARE(meter.current().etaSeconds, qint64(-1));
    }

    void parsesContainerList()
    {
        const QByteArray xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                               "<EnumerationResults "
                               "ServiceEndpoint=\"http://127.0.0.1:10000/devstoreaccount1/\"><Prefix/"
                               "><MaxResults>2</MaxResults>\n"
                               "<Containers><Container><Name>alpha</Name><Properties><Last-Modified>Mon, 01 "
                               "Jan 2024 00:00:00 GMT</Last-Modified>\n"
                               "<Etag>\"0x1\"</Etag></Properties></Container><Container><Name>beta</"
                               "Name><Properties/></Container></Containers>\n"
                               "<NextMarker>gamma</NextMarker></EnumerationResults>";
        Error error;
        const auto page = listparsing::parseContainerList(xml, &error);
        QVERIFY2(page, qPrintable(error.message()));
        QCOMPARE(page->containers.size(), 2);
        QCOMPARE(page->containers.at(0).name, QStringLiteral("alpha"));
        QCOMPARE(page->containers.at(0).lastModified, QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC));
        QCOMPARE(page->containers.at(1).name, QStringLiteral("beta"));
        QCOMPARE(page->nextMarker, QStringLiteral("gamma"));
    }

    void parsesBlobAndBlockLists()
    {
        const QByteArray blobs
            = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
              "<EnumerationResults ServiceEndpoint=\"x\" ContainerName=\"c\"><Prefix>in/</Prefix><Blobs>\n"
              "<Blob><Name>in/a.csv</Name><Properties><Content-Length>14</Content-Length><Content-Type>text/"
              "csv</Content-Type>\n"
              "<Content-MD5>abc==</Content-MD5><Last-Modified>Mon, 01 Jan 2024 00:00:00 "
              "GMT</Last-Modified></Properties></Blob>\n"
              "<BlobPrefix><Name>in/sub/</Name></BlobPrefix>\n"
              "<Blob><Name>in/b &amp; "
              "c.bin</Name><Properties><Content-Length>0</Content-Length></Properties></Blob>\n"
              "</Blobs><NextMarker/></EnumerationResults>";
        Error error;
        const auto page = listparsing::parseBlobList(blobs, &error);
        QVERIFY2(page, qPrintable(error.message()));
        QCOMPARE(page->blobs.size(), 2);
        QCOMPARE(page->blobs.at(0).name, QStringLiteral("in/a.csv"));
        QCOMPARE(page->blobs.at(0).size, qint64(14));
        QCOMPARE(page->blobs.at(0).contentType, QStringLiteral("text/csv"));
        QCOMPARE(page->blobs.at(0).contentMd5, QStringLiteral("abc=="));
        QCOMPARE(page->blobs.at(1).name, QStringLiteral("in/b & c.bin"));
        QVERIFY(page->nextMarker.isEmpty());

        const QByteArray blocks
            = "<?xml version=\"1.0\" encoding=\"utf-8\"?><BlockList><CommittedBlocks>\n"
              "<Block><Name>QUFB</Name><Size>3</Size></Block></CommittedBlocks><UncommittedBlocks>\n"
              "<Block><Name>QkJC</Name><Size>4194304</Size></Block><Block><Name>Q0ND</Name><Size>7</Size></"
              "Block>\n"
              "</UncommittedBlocks></BlockList>";
        const auto list = listparsing::parseBlockList(blocks, &error);
        QVERIFY2(list, qPrintable(error.message()));
        QCOMPARE(list->committed.size(), 1);
        QCOMPARE(list->uncommitted.size(), 2);
        QCOMPARE(list->uncommitted.at(0).name, QStringLiteral("QkJC"));
        QCOMPARE(list->uncommitted.at(0).size, qint64(4194304));
    }

    void rejectsBadListings_data()
    {
        QTest::addColumn<int>("which"); // 0 containers, 1 blobs, 2 blocks
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<QString>("expected");
        QTest::newRow("containers truncated")
            << 0 << QByteArray("<?xml version=\"1.0\"?><EnumerationResults><Containers><Container><Na")
            << QStringLiteral("the list of containers was cut off");
        QTest::newRow("containers empty body") << 0 << QByteArray() << QStringLiteral("was cut off");
        QTest::newRow("blobs malformed")
            << 1
            << QByteArray("<EnumerationResults><Blobs><Blob><Name>a</Nome></Blob></Blobs>"
                          "</EnumerationResults>")
            << QStringLiteral("the list of blobs is not valid XML");
        QTest::newRow("blobs wrong document") << 1 << QByteArray("<Error><Code>X</Code></Error>")
                                              << QStringLiteral("is not the expected XML document");
        QTest::newRow("blobs bad size")
            << 1
            << QByteArray("<EnumerationResults><Blobs><Blob><Name>a</Name><Properties><Content-Length>lots</"
                          "Content-Length></Properties></Blob></Blobs></EnumerationResults>")
            << QStringLiteral("is not the expected XML document");
        QTest::newRow("html instead of xml")
            << 2 << QByteArray("<html><body>proxy error</body></html>")
            << QStringLiteral("the list of blocks is not the expected XML document");
        QTest::newRow("blocks truncated")
            << 2 << QByteArray("<BlockList><UncommittedBlocks><Block><Name>QUFB</Name>")
            << QStringLiteral("the list of blocks was cut off");
    }

    void rejectsBadListings()
    {
        QFETCH(int, which);
        QFETCH(QByteArray, xml);
        QFETCH(QString, expected);
        Error error;
        bool parsed = false;
        if (which == 0)
            parsed = listparsing::parseContainerList(xml, &error).has_value();
        else if (which == 1)
            parsed = listparsing::parseBlobList(xml, &error).has_value();
        else
            parsed = listparsing::parseBlockList(xml, &error).has_value();
        QVERIFY(!parsed);
        QCOMPARE(error.kind, Error::Kind::Parse);
        QVERIFY2(error.message().contains(expected), qPrintable(error.message()));
    }
};

QTEST_GUILESS_MAIN(TestStorageBlocks)
#include "tst_storageblocks.moc"
