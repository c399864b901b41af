// Storage jobs against a fake QNetworkAccessManager: request shapes, paging, retries, typed
// errors and checks made before any request, without a network.
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

QByteArray storageError(const char *code, const char *message)
{
    return QByteArray("<?xml version=\"1.0\" encoding=\"utf-8\"?><Error><Code>") + code + "</Code><Message>"
        + message + "\nRequestId:1\nTime:2024-01-01T00:00:00Z</Message></Error>";
}

FakeAnswer answer(int status, const QByteArray &body = {}, QList<QPair<QByteArray, QByteArray>> headers = {})
{
    return FakeAnswer { status, body, std::move(headers), QNetworkReply::NoError, false };
}

QString query(const SeenRequest &seen, const char *name)
{
    return QUrlQuery(seen.request.url()).queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded);
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &data)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        return {};
    return path;
}

} // namespace

class TestStorageJobs : public QObject
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

    void listContainersFollowsPagesAndSigns()
    {
        BlobService *service = makeService([](const SeenRequest &seen) -> std::optional<FakeAnswer> {
            if (query(seen, "comp") != u"list")
                return std::nullopt;
            if (query(seen, "marker").isEmpty())
                return answer(200,
                    "<?xml version=\"1.0\"?><EnumerationResults><Containers><Container><Name>a1</Name>"
                    "</Container><Container><Name>a2</Name></Container></Containers><NextMarker>m2</"
                    "NextMarker></EnumerationResults>");
            return answer(200,
                "<?xml version=\"1.0\"?><EnumerationResults><Containers><Container><Name>b1</Name>"
                "</Container></Containers><NextMarker/></EnumerationResults>");
        });
        ContainerListJob *job = service->listContainers(this);
        job->setMaxResults(2);
        QSignalSpy finished(job, &ContainerListJob::finished);
        job->start();
        QCOMPARE(finished.size(), 0); // never synchronous
        QTRY_COMPARE(finished.size(), 1);
        const auto error = finished.at(0).at(1).value<Error>();
        QVERIFY2(!error, qPrintable(error.message()));
        const auto containers = finished.at(0).at(0).value<QList<ContainerInfo>>();
        QCOMPARE(containers.size(), 3);
        QCOMPARE(containers.at(2).name, QStringLiteral("b1"));
        QCOMPARE(job->pagesFetched(), 2);
        QCOMPARE(m_nam->seen().size(), 2);
        const SeenRequest &second = m_nam->seen().at(1);
        QCOMPARE(second.request.url().path(), QStringLiteral("/devstoreaccount1/"));
        QCOMPARE(query(second, "marker"), QStringLiteral("m2"));
        QCOMPARE(query(second, "maxresults"), QStringLiteral("2"));
        QVERIFY(second.request.rawHeader("Authorization").startsWith("SharedKey devstoreaccount1:"));
        QCOMPARE(second.request.rawHeader("x-ms-version"), QByteArray("2021-12-02"));
        QVERIFY(!second.request.rawHeader("x-ms-date").isEmpty());
        QVERIFY(!second.request.rawHeader("x-ms-client-request-id").isEmpty());
        delete job;
    }

    void serviceErrorsAreTyped_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("errorCodeHeader");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QStringList>("fragments");
        QTest::newRow("403 wrong key")
            << QStringLiteral("listContainers") << 403
            << storageError("AuthorizationFailure", "Server failed to authenticate the request.")
            << QByteArray() << int(Error::Kind::Http) << QStringLiteral("AuthorizationFailure")
            << QStringList { QStringLiteral("Listing containers: "),
                   QStringLiteral("Access was denied (403)"), QStringLiteral("account key"),
                   QStringLiteral("wrong"), QStringLiteral("Server failed to authenticate the request.") };
        QTest::newRow("404 container not found")
            << QStringLiteral("listBlobs") << 404
            << storageError("ContainerNotFound", "The specified container does not exist.") << QByteArray()
            << int(Error::Kind::Http) << QStringLiteral("ContainerNotFound")
            << QStringList { QStringLiteral("Listing blobs in container 'missing'"),
                   QStringLiteral("ContainerNotFound: The specified container does not exist.") };
        QTest::newRow("404 on HEAD, code in header only")
            << QStringLiteral("download") << 404 << QByteArray() << QByteArray("BlobNotFound")
            << int(Error::Kind::Http) << QStringLiteral("BlobNotFound")
            << QStringList { QStringLiteral("Downloading missing/x.csv"), QStringLiteral("(404)"),
                   QStringLiteral("BlobNotFound") };
        QTest::newRow("truncated listing")
            << QStringLiteral("listBlobs") << 200
            << QByteArray("<?xml version=\"1.0\"?><EnumerationResults><Blobs><Blob><Name>a</Name><Prop")
            << QByteArray() << int(Error::Kind::Parse) << QString()
            << QStringList { QStringLiteral("could not be understood"),
                   QStringLiteral("the list of blobs was cut off") };
        QTest::newRow("malformed container listing")
            << QStringLiteral("listContainers") << 200
            << QByteArray("<EnumerationResults><Containers></Blobs>") << QByteArray()
            << int(Error::Kind::Parse) << QString()
            << QStringList { QStringLiteral("the list of containers is not valid XML") };
        QTest::newRow("400 create container")
            << QStringLiteral("createContainer") << 400
            << storageError("InvalidResourceName", "The specifed resource name contains invalid characters.")
            << QByteArray() << int(Error::Kind::Http) << QStringLiteral("InvalidResourceName")
            << QStringList { QStringLiteral("Creating container 'missing'"),
                   QStringLiteral("InvalidResourceName") };
    }

    void serviceErrorsAreTyped()
    {
        QFETCH(QString, operation);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, errorCodeHeader);
        QFETCH(int, kind);
        QFETCH(QString, code);
        QFETCH(QStringList, fragments);
        BlobService *service = makeService([&](const SeenRequest &) {
            QList<QPair<QByteArray, QByteArray>> headers;
            if (!errorCodeHeader.isEmpty())
                headers.append({ "x-ms-error-code", errorCodeHeader });
            return std::optional(answer(status, body, headers));
        });
        QTemporaryDir dir;
        Error error;
        if (operation == u"listContainers") {
            auto *job = service->listContainers(this);
            QSignalSpy spy(job, &ContainerListJob::finished);
            job->start();
            QTRY_COMPARE(spy.size(), 1);
            error = spy.at(0).at(1).value<Error>();
            delete job;
        } else if (operation == u"listBlobs") {
            auto *job = service->listBlobs(QStringLiteral("missing"), {}, this);
            QSignalSpy spy(job, &BlobListJob::finished);
            job->start();
            QTRY_COMPARE(spy.size(), 1);
            error = spy.at(0).at(1).value<Error>();
            delete job;
        } else if (operation == u"createContainer") {
            auto *job = service->createContainer(QStringLiteral("missing"), this);
            QSignalSpy spy(job, &ContainerCreateJob::finished);
            job->start();
            QTRY_COMPARE(spy.size(), 1);
            QCOMPARE(spy.at(0).at(0).toBool(), false);
            error = spy.at(0).at(1).value<Error>();
            delete job;
        } else {
            const QString target = dir.filePath(QStringLiteral("x.csv"));
            auto *job = service->download(QStringLiteral("missing"), QStringLiteral("x.csv"), target, this);
            QSignalSpy spy(job, &BlobDownloadJob::finished);
            job->start();
            QTRY_COMPARE(spy.size(), 1);
            error = spy.at(0).at(1).value<Error>();
            delete job;
            QVERIFY(!QFile::exists(target));
            QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
        }
        QCOMPARE(int(error.kind), kind);
        QCOMPARE(error.serviceCode, code);
        if (kind == int(Error::Kind::Http))
            QCOMPARE(error.httpStatus, status);
        for (const QString &fragment : std::as_const(fragments))
            QVERIFY2(error.message().contains(fragment), qPrintable(error.message()));
        QCOMPARE(m_nam->seen().size(), 1); // none of these is retried
    }

    void retriesTransientFailures()
    {
        int calls = 0;
        BlobService *service = makeService([&](const SeenRequest &) {
            if (++calls == 1)
                return std::optional(answer(
                    503, storageError("ServerBusy", "The server is busy."), { { "Retry-After", "0" } }));
            return std::optional(answer(200,
                "<EnumerationResults><Blobs><Blob><Name>a.csv</Name><Properties>"
                "<Content-Length>5</Content-Length></Properties></Blob></Blobs>"
                "</EnumerationResults>"));
        });
        auto *job = service->listBlobs(QStringLiteral("data"), QStringLiteral("a"), this);
        QSignalSpy spy(job, &BlobListJob::finished);
        job->start();
        QTRY_COMPARE(spy.size(), 1);
        const auto error = spy.at(0).at(1).value<Error>();
        QVERIFY2(!error, qPrintable(error.message()));
        const auto blobs = spy.at(0).at(0).value<QList<BlobInfo>>();
        QCOMPARE(blobs.size(), 1);
        QCOMPARE(blobs.at(0).size, qint64(5));
        QCOMPARE(calls, 2);
        QCOMPARE(query(m_nam->seen().at(1), "prefix"), QStringLiteral("a"));
        QCOMPARE(query(m_nam->seen().at(1), "restype"), QStringLiteral("container"));
        delete job;
    }

    void connectionRefusedIsNotRetried()
    {
        BlobService *service = makeService([](const SeenRequest &) {
            return std::optional(FakeAnswer::failure(QNetworkReply::ConnectionRefusedError));
        });
        auto *job = service->listContainers(this);
        QSignalSpy spy(job, &ContainerListJob::finished);
        job->start();
        QTRY_COMPARE(spy.size(), 1);
        const auto error = spy.at(0).at(1).value<Error>();
        QCOMPARE(error.kind, Error::Kind::Network);
        QVERIFY2(error.message().contains(QStringLiteral("connection refused")), qPrintable(error.message()));
        QCOMPARE(m_nam->seen().size(), 1);
        delete job;
    }

    void createContainer_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("created");
        QTest::newRow("created") << 201 << QByteArray() << true;
        QTest::newRow("already exists")
            << 409 << storageError("ContainerAlreadyExists", "The specified container already exists.")
            << false;
    }

    void createContainer()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(bool, created);
        BlobService *service = makeService([&](const SeenRequest &seen) -> std::optional<FakeAnswer> {
            if (seen.verb != "PUT" || query(seen, "restype") != u"container")
                return std::nullopt;
            return answer(status, body);
        });
        auto *job = service->createContainer(QStringLiteral("new-data"), this);
        QSignalSpy spy(job, &ContainerCreateJob::finished);
        job->start();
        QTRY_COMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).toBool(), created);
        QVERIFY(!spy.at(0).at(1).value<Error>());
        QCOMPARE(m_nam->seen().at(0).request.url().path(), QStringLiteral("/devstoreaccount1/new-data"));
        delete job;
    }

    void invalidContainerNameFailsBeforeAnyRequest()
    {
        BlobService *service = makeService([](const SeenRequest &) { return std::optional<FakeAnswer>(); });
        auto *job = service->createContainer(QStringLiteral("Bad_Name"), this);
        QSignalSpy spy(job, &ContainerCreateJob::finished);
        job->start();
        QTRY_COMPARE(spy.size(), 1);
        const auto error = spy.at(0).at(1).value<Error>();
        QCOMPARE(error.kind, Error::Kind::Input);
        QVERIFY2(error.message().contains(QStringLiteral("uppercase")), qPrintable(error.message()));
        QVERIFY(m_nam->seen().isEmpty());
        delete job;
    }

    void plainHttpRemoteIsRefusedBeforeAnyRequest_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::newRow("list containers") << QStringLiteral("listContainers");
        QTest::newRow("create container") << QStringLiteral("createContainer");
        QTest::newRow("list blobs") << QStringLiteral("listBlobs");
        QTest::newRow("upload") << QStringLiteral("upload");
        QTest::newRow("download") << QStringLiteral("download");
    }

    void plainHttpRemoteIsRefusedBeforeAnyRequest()
    {
        QFETCH(QString, operation);
        StorageAccount remote = m_account;
        remote.name = QStringLiteral("myacct");
        remote.blobEndpoint = QUrl(QStringLiteral("http://myacct.blob.core.windows.net"));
        BlobService *service
            = makeService([](const SeenRequest &) { return std::optional<FakeAnswer>(); }, remote);
        QTemporaryDir dir;
        const QString file = writeFile(dir, QStringLiteral("in.csv"), "a,b\n1,2\n");
        StorageJob *job = nullptr;
        if (operation == u"listContainers")
            job = service->listContainers(this);
        else if (operation == u"createContainer")
            job = service->createContainer(QStringLiteral("data"), this);
        else if (operation == u"listBlobs")
            job = service->listBlobs(QStringLiteral("data"), {}, this);
        else if (operation == u"upload")
            job = service->upload(file, QStringLiteral("data"), QStringLiteral("in.csv"), this);
        else
            job = service->download(
                QStringLiteral("data"), QStringLiteral("in.csv"), dir.filePath(QStringLiteral("o")), this);
        // Each job has its own finished signature; the error is always the last argument.
        const QMetaObject *meta = job->metaObject();
        int index = -1;
        for (int i = meta->methodOffset(); i < meta->methodCount(); ++i) {
            if (meta->method(i).name() == "finished")
                index = i;
        }
        QVERIFY(index >= 0);
        QSignalSpy finished(job, meta->method(index));
        job->start();
        QTRY_COMPARE(finished.size(), 1);
        const auto error = finished.at(0).last().value<Error>();
        QCOMPARE(error.kind, Error::Kind::Input);
        QVERIFY2(error.message().contains(
                     QStringLiteral("Refused: the account key would be sent over plain HTTP")),
            qPrintable(error.message()));
        QVERIFY(m_nam->seen().isEmpty());
        delete job;
    }

    void uploadInputErrors_data()
    {
        QTest::addColumn<QString>("name"); // file name inside the temporary dir
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing") << QStringLiteral("nope.csv")
                                 << QStringLiteral("The file '%1' does not exist.");
        QTest::newRow("a folder") << QStringLiteral("folder")
                                  << QStringLiteral("'%1' is a folder, not a file.");
    }

    void uploadInputErrors()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        BlobService *service = makeService([](const SeenRequest &) { return std::optional<FakeAnswer>(); });
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("folder")));
        const QString path = dir.filePath(name);
        auto *job = service->upload(path, QStringLiteral("data"), QStringLiteral("b.csv"), this);
        QSignalSpy finished(job, &BlobUploadJob::finished);
        job->start();
        QTRY_COMPARE(finished.size(), 1);
        const auto error = finished.at(0).at(1).value<Error>();
        QCOMPARE(error.kind, Error::Kind::Input);
        QVERIFY2(error.message().contains(expected.arg(QDir::toNativeSeparators(path))),
            qPrintable(error.message()));
        QVERIFY(m_nam->seen().isEmpty());
        delete job;
    }

    void sasOnlyAccountAppendsToken()
    {
        StorageAccount sasOnly;
        sasOnly.name = QStringLiteral("devstoreaccount1");
        sasOnly.blobEndpoint = m_account.blobEndpoint;
        sasOnly.sas = QStringLiteral(
            "sv=2022-11-02&sr=c&sp=rl&se=2099-01-01T00%3A00%3A00Z&spr=https%2Chttp&sig=abc%3D");
        BlobService *service = makeService(
            [](const SeenRequest &) { return std::optional(answer(200, "<EnumerationResults/>")); }, sasOnly);
        auto *job = service->listBlobs(QStringLiteral("data"), {}, this);
        QSignalSpy spy(job, &BlobListJob::finished);
        job->start();
        QTRY_COMPARE(spy.size(), 1);
        QVERIFY(!spy.at(0).at(1).value<Error>());
        const QNetworkRequest &request = m_nam->seen().at(0).request;
        QVERIFY(!request.hasRawHeader("Authorization"));
        QCOMPARE(query(m_nam->seen().at(0), "sig"), QStringLiteral("abc="));
        QCOMPARE(query(m_nam->seen().at(0), "comp"), QStringLiteral("list"));
        QVERIFY(request.url().toEncoded().contains("restype=container&comp=list&sv=2022-11-02"));
        delete job;
    }

    void downloadToUnwritablePath()
    {
        BlobService *service = makeService([](const SeenRequest &) { return std::optional<FakeAnswer>(); });
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("no/such/folder/out.bin"));
        auto *job = service->download(QStringLiteral("data"), QStringLiteral("out.bin"), target, this);
        QSignalSpy finished(job, &BlobDownloadJob::finished);
        job->start();
        QTRY_COMPARE(finished.size(), 1);
        const auto error = finished.at(0).at(1).value<Error>();
        QCOMPARE(error.kind, Error::Kind::Input);
        QVERIFY2(error.message().contains(QStringLiteral("cannot be written")), qPrintable(error.message()));
        QVERIFY(m_nam->seen().isEmpty());
        delete job;
    }
};

QTEST_GUILESS_MAIN(TestStorageJobs)
#include "tst_storagejobs.moc"
