// Uploads and downloads against a fake QNetworkAccessManager (a tiny in-memory blob service):
// request shapes, streaming, resume, cancellation, verification, without a network.
#include "fakenetworkaccessmanager.h"
#include "storage/blobservice.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace mlr;
using namespace mlr::test;
using std::chrono::milliseconds;

namespace {

RetryPolicy fastPolicy()
{
    return RetryPolicy { 4, milliseconds(1), milliseconds(5) };
}

QByteArray md5(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Md5).toBase64();
}

QByteArray storageError(const char *code, const char *message)
{
    return QByteArray("<?xml version=\"1.0\" encoding=\"utf-8\"?><Error><Code>") + code + "</Code><Message>"
        + message + "\nRequestId:1\nTime:2024-01-01T00:00:00Z</Message></Error>";
}

FakeAnswer answer(int status, const QByteArray &body = {}, QList<QPair<QByteArray, QByteArray>> headers = {})
{
    return FakeAnswer { status, body, std::move(headers), QNetworkReply::NoError, false };
}

FakeAnswer hanging()
{
    FakeAnswer a;
    a.hang = true;
    return a;
}

QString query(const SeenRequest &seen, const char *name)
{
    return QUrlQuery(seen.request.url()).queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded);
}

// A tiny in-memory block blob service: Put Blob, Put Block, Get Block List, Put Block List,
// Get Blob Properties (HEAD) and ranged Get Blob, with per-request checks of Content-MD5.
struct FakeBlobStore
{
    QMap<QByteArray, QByteArray> staged; // block id -> data
    QByteArray committed;
    QByteArray committedMd5;
    QByteArray contentType;
    bool exists = false;
    QByteArray etag = "\"0x8DC0000000000001\"";
    QList<QByteArray> blockPuts; // ids, in arrival order
    QString failure; // first problem seen by the store

    std::optional<FakeAnswer> route(const SeenRequest &seen)
    {
        const QString comp = query(seen, "comp");
        const QByteArray contentMd5 = seen.request.rawHeader("Content-MD5");
        if (seen.verb == "PUT" && comp == u"block") {
            const QByteArray id = query(seen, "blockid").toLatin1();
            if (contentMd5 != md5(seen.body))
                failure = QStringLiteral("bad Content-MD5 on block");
            staged.insert(id, seen.body);
            blockPuts.append(id);
            return answer(201);
        }
        if (seen.verb == "GET" && comp == u"blocklist") {
            if (staged.isEmpty() && !exists)
                return answer(404, {}, { { "x-ms-error-code", "BlobNotFound" } });
            QByteArray xml = "<?xml version=\"1.0\" "
                             "encoding=\"utf-8\"?><BlockList><CommittedBlocks/><UncommittedBlocks>";
            for (auto it = staged.cbegin(); it != staged.cend(); ++it)
                xml += "<Block><Name>" + it.key() + "</Name><Size>" + QByteArray::number(it.value().size())
                    + "</Size></Block>";
            xml += "</UncommittedBlocks></BlockList>";
            return answer(200, xml);
        }
        if (seen.verb == "PUT" && comp == u"blocklist") {
            static const QRegularExpression latest(QStringLiteral("<Latest>([^<]+)</Latest>"));
            committed.clear();
            auto it = latest.globalMatch(QString::fromUtf8(seen.body));
            while (it.hasNext()) {
                const QByteArray id = it.next().captured(1).toLatin1();
                if (!staged.contains(id))
                    return answer(
                        400, storageError("InvalidBlockList", "The specified block list is invalid."));
                committed += staged.value(id);
            }
            staged.clear();
            committedMd5 = seen.request.rawHeader("x-ms-blob-content-md5");
            contentType = seen.request.rawHeader("x-ms-blob-content-type");
            exists = true;
            return answer(201);
        }
        if (seen.verb == "PUT" && comp.isEmpty()) {
            if (seen.request.rawHeader("x-ms-blob-type") != "BlockBlob")
                failure = QStringLiteral("Put Blob without x-ms-blob-type");
            if (contentMd5 != md5(seen.body))
                failure = QStringLiteral("bad Content-MD5 on Put Blob");
            committed = seen.body;
            committedMd5 = seen.request.rawHeader("x-ms-blob-content-md5");
            contentType = seen.request.rawHeader("x-ms-blob-content-type");
            staged.clear();
            exists = true;
            return answer(201);
        }
        if (seen.verb == "HEAD") {
            if (!exists)
                return answer(404, {}, { { "x-ms-error-code", "BlobNotFound" } });
            // The fake reply derives Content-Length from the body, so a HEAD answer carries one
            // (which the jobs ignore) of the blob's size.
            QList<QPair<QByteArray, QByteArray>> headers = { { "ETag", etag } };
            if (!committedMd5.isEmpty())
                headers.append({ "Content-MD5", committedMd5 });
            return answer(200, QByteArray(committed.size(), '\0'), headers);
        }
        if (seen.verb == "GET") {
            if (seen.request.rawHeader("If-Match") != etag)
                return answer(412, storageError("ConditionNotMet", "The condition specified is not met."));
            static const QRegularExpression range(QStringLiteral("^bytes=(\\d+)-(\\d+)$"));
            const auto m = range.match(QString::fromLatin1(seen.request.rawHeader("x-ms-range")));
            if (!m.hasMatch())
                return answer(400, storageError("InvalidRange", "no range"));
            const qint64 first = m.captured(1).toLongLong();
            const qint64 last = m.captured(2).toLongLong();
            return answer(206, committed.mid(first, last - first + 1), { { "ETag", etag } });
        }
        return std::nullopt;
    }
};

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &data)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        return {};
    return path;
}

QByteArray randomBytes(qsizetype size)
{
    QByteArray data(size, Qt::Uninitialized);
    QRandomGenerator generator(42);
    for (char &c : data)
        c = char(generator.bounded(256));
    return data;
}

} // namespace

class TestStorageTransfers : public QObject
{
    Q_OBJECT

    StorageAccount m_account = StorageAccount::developmentStorage();
    std::unique_ptr<FakeNetworkAccessManager> m_nam;
    std::unique_ptr<BlobService> m_service;

    BlobService *makeService(FakeNetworkAccessManager::Route route, const StorageAccount &account)
    {
        m_service.reset();
        m_nam = std::make_unique<FakeNetworkAccessManager>(std::move(route));
        m_service = std::make_unique<BlobService>(m_nam.get(), account);
        m_service->setRetryPolicy(fastPolicy());
        return m_service.get();
    }

    BlobService *makeService(FakeNetworkAccessManager::Route route)
    {
        return makeService(std::move(route), m_account);
    }

private Q_SLOTS:
    void cleanup()
    {
        m_service.reset();
        m_nam.reset();
    }

    void smallFileIsOnePutBlob()
    {
        FakeBlobStore store;
        BlobService *service = makeService([&](const SeenRequest &seen) { return store.route(seen); });
        QTemporaryDir dir;
        const QByteArray data = "id,value\n1,42\n";
        const QString path = writeFile(dir, QStringLiteral("data.csv"), data);
        auto *job = service->upload(path, QStringLiteral("data"), QStringLiteral("in/data.csv"), this);
        QSignalSpy finished(job, &BlobUploadJob::finished);
        QSignalSpy progress(job, &BlobUploadJob::progress);
        job->start();
        QTRY_COMPARE(finished.size(), 1);
        const auto error = finished.at(0).at(1).value<Error>();
        QVERIFY2(!error, qPrintable(error.message()));
        QVERIFY2(store.failure.isEmpty(), qPrintable(store.failure));
        const auto result = finished.at(0).at(0).value<UploadResult>();
        QCOMPARE(result.size, qint64(data.size()));
        QCOMPARE(result.contentMd5, QString::fromLatin1(md5(data)));
        QCOMPARE(result.blocksSent, 1);
        QCOMPARE(result.bytesSent, qint64(data.size()));
        QVERIFY(result.md5Verified);
        QCOMPARE(result.blobUrl.toString(),
            QStringLiteral("http://127.0.0.1:10000/devstoreaccount1/data/in/data.csv"));
        QCOMPARE(store.committed, data);
        QCOMPARE(store.contentType, QByteArray("text/csv"));
        QCOMPARE(m_nam->seen().size(), 2); // Put Blob, then the verification HEAD
        const SeenRequest &put = m_nam->seen().at(0);
        QCOMPARE(put.verb, QByteArray("PUT"));
        QCOMPARE(put.request.rawHeader("Content-MD5"), md5(data));
        QCOMPARE(put.request.rawHeader("x-ms-blob-content-md5"), md5(data));
        QCOMPARE(m_nam->seen().at(1).verb, QByteArray("HEAD"));
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).value<TransferProgress>().bytesDone, qint64(data.size()));
        delete job;
    }

    void blocksAreStreamedAndResumed()
    {
        FakeBlobStore store;
        BlobService *service = makeService([&](const SeenRequest &seen) { return store.route(seen); });
        QTemporaryDir dir;
        const QByteArray data = randomBytes(10500);
        const QString path = writeFile(dir, QStringLiteral("model.bin"), data);

        // A previous run of the same upload staged blocks 0-4 and was killed.
        const BlockPlan plan = BlockPlan::make(
            data.size(), QFileInfo(path).lastModified().toUTC(), QStringLiteral("out/model.bin"), 1000);
        QCOMPARE(plan.blockCount, 11);
        for (int i = 0; i < 5; ++i)
            store.staged.insert(plan.blockId(i), data.mid(plan.blockOffset(i), plan.blockLength(i)));
        // ... and one stale block of another upload, which must not confuse it.
        store.staged.insert(BlockPlan::makeBlockId("0123456789abcdef", 5), "stale");

        auto *job = service->upload(path, QStringLiteral("data"), QStringLiteral("out/model.bin"), this);
        job->setBlockSize(1000);
        QSignalSpy finished(job, &BlobUploadJob::finished);
        QSignalSpy staged(job, &BlobUploadJob::blockStaged);
        job->start();
        QTRY_COMPARE(finished.size(), 1);
        const auto error = finished.at(0).at(1).value<Error>();
        QVERIFY2(!error, qPrintable(error.message()));
        QVERIFY2(store.failure.isEmpty(), qPrintable(store.failure));
        const auto result = finished.at(0).at(0).value<UploadResult>();
        QCOMPARE(result.blocksSkipped, 5);
        QCOMPARE(result.blocksSent, 6);
        QVERIFY(result.resumed);
        QCOMPARE(result.bytesSent, qint64(data.size() - 5000));
        QCOMPARE(result.contentMd5, QString::fromLatin1(md5(data))); // skipped blocks were hashed locally
        QCOMPARE(store.committed, data);
        QCOMPARE(store.committedMd5, md5(data));
        QCOMPARE(store.contentType, QByteArray("application/octet-stream"));
        QCOMPARE(staged.size(), 6);
        // Only blocks 5..10 went over the wire.
        QSet<QByteArray> expectedPuts;
        for (int i = 5; i < 11; ++i)
            expectedPuts.insert(plan.blockId(i));
        QCOMPARE(QSet<QByteArray>(store.blockPuts.cbegin(), store.blockPuts.cend()), expectedPuts);
        QCOMPARE(store.blockPuts.size(), 6);
        delete job;
    }

    void atMostSixBlocksInFlightAndDestroyAborts()
    {
        int puts = 0;
        BlobService *service = makeService([&](const SeenRequest &seen) -> std::optional<FakeAnswer> {
            if (seen.verb == "GET")
                return answer(404, {}, { { "x-ms-error-code", "BlobNotFound" } });
            ++puts;
            return hanging();
        });
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("big.bin"), randomBytes(50000));
        auto *job = service->upload(path, QStringLiteral("data"), QStringLiteral("big.bin"), this);
        job->setBlockSize(1000);
        QSignalSpy finished(job, &BlobUploadJob::finished);
        job->start();
        QTRY_COMPARE(puts, BlockPlan::maxConcurrency);
        QTest::qWait(50);
        QCOMPARE(puts, BlockPlan::maxConcurrency); // no more while they are pending
        delete job; // aborts them, emits nothing
        QTest::qWait(20);
        QCOMPARE(finished.size(), 0);
    }

    void cancelEmitsCancelledOnce()
    {
        BlobService *service = makeService([](const SeenRequest &) { return std::optional(hanging()); });
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("big.bin"), randomBytes(50000));
        auto *job = service->upload(path, QStringLiteral("data"), QStringLiteral("big.bin"), this);
        QSignalSpy finished(job, &BlobUploadJob::finished);
        job->start();
        QTRY_COMPARE(m_nam->seen().size(), 1);
        job->cancel();
        QCOMPARE(finished.size(), 1);
        QVERIFY(finished.at(0).at(1).value<Error>().isCancelled());
        job->cancel();
        QTest::qWait(20);
        QCOMPARE(finished.size(), 1);
        delete job;
    }

    void transientBlockFailureIsRetried()
    {
        FakeBlobStore store;
        int blockPuts = 0;
        BlobService *service = makeService([&](const SeenRequest &seen) -> std::optional<FakeAnswer> {
            if (seen.verb == "PUT" && query(seen, "comp") == u"block" && ++blockPuts == 2)
                return answer(503, storageError("ServerBusy", "Busy."), { { "Retry-After", "0" } });
            if (seen.verb == "PUT" && query(seen, "comp") == u"block" && blockPuts == 4)
                return FakeAnswer::failure(QNetworkReply::RemoteHostClosedError);
            return store.route(seen);
        });
        QTemporaryDir dir;
        const QByteArray data = randomBytes(8000);
        const QString path = writeFile(dir, QStringLiteral("r.bin"), data);
        auto *job = service->upload(path, QStringLiteral("data"), QStringLiteral("r.bin"), this);
        job->setBlockSize(1000);
        QSignalSpy finished(job, &BlobUploadJob::finished);
        job->start();
        QTRY_COMPARE(finished.size(), 1);
        const auto error = finished.at(0).at(1).value<Error>();
        QVERIFY2(!error, qPrintable(error.message()));
        QVERIFY2(store.failure.isEmpty(), qPrintable(store.failure));
        const auto result = finished.at(0).at(0).value<UploadResult>();
        QCOMPARE(result.blocksSent, 8);
        QCOMPARE(result.bytesSent, qint64(8000)); // a retried block is counted once
        QCOMPARE(blockPuts, 10);
        QCOMPARE(store.committed, data);
        delete job;
    }

    void uploadDetectsStoredMd5Mismatch()
    {
        FakeBlobStore store;
        BlobService *service = makeService([&](const SeenRequest &seen) {
            if (seen.verb == "HEAD")
                store.committedMd5 = "AAAAAAAAAAAAAAAAAAAAAA==";
            return store.route(seen);
        });
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("a.bin"), "hello");
        auto *job = service->upload(path, QStringLiteral("data"), QStringLiteral("a.bin"), this);
        QSignalSpy finished(job, &BlobUploadJob::finished);
        job->start();
        QTRY_COMPARE(finished.size(), 1);
        const auto error = finished.at(0).at(1).value<Error>();
        QCOMPARE(error.kind, Error::Kind::Parse);
        QVERIFY2(error.message().contains(QStringLiteral("MD5")), qPrintable(error.message()));
        delete job;
    }

    void downloadRangesInOrderAndVerifies_data()
    {
        QTest::addColumn<qint64>("size");
        QTest::addColumn<bool>("withMd5");
        QTest::newRow("many chunks, md5") << qint64(10500) << true;
        QTest::newRow("exact chunks, no md5") << qint64(4096) << false;
        QTest::newRow("empty blob") << qint64(0) << true;
    }

    void downloadRangesInOrderAndVerifies()
    {
        QFETCH(qint64, size);
        QFETCH(bool, withMd5);
        FakeBlobStore store;
        store.exists = true;
        store.committed = randomBytes(size);
        if (withMd5)
            store.committedMd5 = md5(store.committed);
        BlobService *service = makeService([&](const SeenRequest &seen) { return store.route(seen); });
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("out.bin"));
        auto *job = service->download(QStringLiteral("data"), QStringLiteral("out.bin"), target, this);
        job->setChunkSize(1024);
        job->setConcurrency(3);
        QSignalSpy finished(job, &BlobDownloadJob::finished);
        QSignalSpy progress(job, &BlobDownloadJob::progress);
        job->start();
        QTRY_COMPARE(finished.size(), 1);
        const auto error = finished.at(0).at(1).value<Error>();
        QVERIFY2(!error, qPrintable(error.message()));
        const auto result = finished.at(0).at(0).value<DownloadResult>();
        QCOMPARE(result.size, size);
        QCOMPARE(result.md5Verified, withMd5);
        QCOMPARE(result.contentMd5, QString::fromLatin1(md5(store.committed)));
        QFile file(target);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), store.committed);
        QCOMPARE(m_nam->seen().size(), 1 + int((size + 1023) / 1024));
        for (int i = 1; i < m_nam->seen().size(); ++i) {
            const QNetworkRequest &r = m_nam->seen().at(i).request;
            QCOMPARE(r.rawHeader("If-Match"), store.etag);
            QCOMPARE(r.rawHeader("Accept-Encoding"), QByteArray("identity"));
            QVERIFY(r.rawHeader("x-ms-range")
                        .startsWith(QByteArray("bytes=" + QByteArray::number((i - 1) * 1024) + "-")));
        }
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).value<TransferProgress>().bytesDone, size);
        delete job;
    }

    void downloadFailureLeavesNothing_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("expected");
        QTest::newRow("md5 mismatch") << QStringLiteral("md5") << QStringLiteral("The file was not saved");
        QTest::newRow("blob changed (412)") << QStringLiteral("412") << QStringLiteral("ConditionNotMet");
        QTest::newRow("short body") << QStringLiteral("short") << QStringLiteral("instead of 1024");
    }

    void downloadFailureLeavesNothing()
    {
        QFETCH(QString, fault);
        QFETCH(QString, expected);
        FakeBlobStore store;
        store.exists = true;
        store.committed = randomBytes(5000);
        store.committedMd5 = fault == u"md5" ? QByteArray("AAAAAAAAAAAAAAAAAAAAAA==") : md5(store.committed);
        int gets = 0;
        BlobService *service = makeService([&](const SeenRequest &seen) -> std::optional<FakeAnswer> {
            if (seen.verb == "GET" && ++gets == 3) {
                if (fault == u"412")
                    return answer(
                        412, storageError("ConditionNotMet", "The condition specified is not met."));
                if (fault == u"short")
                    return answer(206, "abc");
            }
            return store.route(seen);
        });
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("out.bin"));
        auto *job = service->download(QStringLiteral("data"), QStringLiteral("out.bin"), target, this);
        job->setChunkSize(1024);
        QSignalSpy finished(job, &BlobDownloadJob::finished);
        job->start();
        QTRY_COMPARE(finished.size(), 1);
        const auto error = finished.at(0).at(1).value<Error>();
        QVERIFY(error.isError());
        QVERIFY2(error.message().contains(expected), qPrintable(error.message()));
        QVERIFY(!QFile::exists(target));
        QCOMPARE(
            QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
        delete job;
    }
};

QTEST_GUILESS_MAIN(TestStorageTransfers)
#include "tst_storagetransfers.moc"
