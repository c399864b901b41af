// BlobService against Azurite: containers, listings, SAS and the error messages people see.
#include "blobtestsupport.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace mlr;
using namespace mlr::test;

class TestBlobService : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_nam;

    template<typename Job> static QList<QVariant> run(Job *job, int timeoutMs = 30000)
    {
        QSignalSpy spy(job, &Job::finished);
        job->start();
        if (!spy.wait(timeoutMs))
            return {};
        return spy.takeFirst();
    }

private Q_SLOTS:
    void createAndListContainersWithPaging()
    {
        MLR_REQUIRE_AZURITE(env);
        BlobService service(&m_nam, azuriteAccount(env));
        const QString prefix = uniqueContainerName(QStringLiteral("page"));
        QStringList names;
        for (int i = 0; i < 5; ++i) {
            names << prefix + u'-' + QString::number(i);
            std::unique_ptr<ContainerCreateJob> job(service.createContainer(names.last(), nullptr));
            const auto args = run(job.get());
            QCOMPARE(args.size(), 2);
            QVERIFY2(!args.at(1).value<Error>(), qPrintable(args.at(1).value<Error>().message()));
            QCOMPARE(args.at(0).toBool(), true);
        }
        // Creating an existing container is not an error, and says so.
        std::unique_ptr<ContainerCreateJob> again(service.createContainer(names.first(), nullptr));
        auto args = run(again.get());
        QVERIFY(!args.at(1).value<Error>());
        QCOMPARE(args.at(0).toBool(), false);

        std::unique_ptr<ContainerListJob> list(service.listContainers(nullptr));
        list->setPrefix(prefix);
        list->setMaxResults(2);
        args = run(list.get());
        QVERIFY2(!args.at(1).value<Error>(), qPrintable(args.at(1).value<Error>().message()));
        QStringList listed;
        for (const ContainerInfo &info : args.at(0).value<QList<ContainerInfo>>()) {
            listed << info.name;
            QVERIFY(info.lastModified.isValid());
        }
        QCOMPARE(listed, names);
        QCOMPARE(list->pagesFetched(), 3);

        // Without a prefix, every container (at least ours) comes back, on one page.
        std::unique_ptr<ContainerListJob> all(service.listContainers(nullptr));
        args = run(all.get());
        QVERIFY(!args.at(1).value<Error>());
        QVERIFY(args.at(0).value<QList<ContainerInfo>>().size() >= 5);
    }

    void listBlobsWithPrefixAndPaging()
    {
        MLR_REQUIRE_AZURITE(env);
        BlobService service(&m_nam, azuriteAccount(env));
        const QString container = uniqueContainerName(QStringLiteral("list"));
        QVERIFY(createContainer(service, container));
        QTemporaryDir dir;
        QByteArray md5;
        const QString file = generateFile(dir, QStringLiteral("f.csv"), 1000, 1, &md5);
        const QStringList names = { QStringLiteral("in/a.csv"), QStringLiteral("in/b c.csv"),
            QStringLiteral("in/sub/r\u00e9sum\u00e9 (1)+x.csv"), QStringLiteral("out/model.bin") };
        for (const QString &name : names) {
            Error error;
            QVERIFY2(
                uploadFile(service, file, container, name, nullptr, &error), qPrintable(error.message()));
        }
        std::unique_ptr<BlobListJob> job(service.listBlobs(container, QStringLiteral("in/"), nullptr));
        job->setMaxResults(2);
        const auto args = run(job.get());
        QVERIFY2(!args.at(1).value<Error>(), qPrintable(args.at(1).value<Error>().message()));
        const auto blobs = args.at(0).value<QList<BlobInfo>>();
        QCOMPARE(blobs.size(), 3);
        QCOMPARE(job->pagesFetched(), 2);
        QStringList listed;
        for (const BlobInfo &blob : blobs) {
            listed << blob.name;
            QCOMPARE(blob.size, qint64(1000));
            QCOMPARE(blob.contentMd5, QString::fromLatin1(md5));
            QCOMPARE(blob.contentType, QStringLiteral("text/csv"));
            QVERIFY(blob.lastModified.isValid());
        }
        QCOMPARE(listed, names.mid(0, 3));
    }

    void missingContainer()
    {
        MLR_REQUIRE_AZURITE(env);
        BlobService service(&m_nam, azuriteAccount(env));
        std::unique_ptr<BlobListJob> job(
            service.listBlobs(QStringLiteral("does-not-exist-123"), {}, nullptr));
        const auto args = run(job.get());
        const auto error = args.at(1).value<Error>();
        QCOMPARE(error.kind, Error::Kind::Http);
        QCOMPARE(error.httpStatus, 404);
        QCOMPARE(error.serviceCode, QStringLiteral("ContainerNotFound"));
        QVERIFY(error.isNotFound());
        QVERIFY2(error.message().contains(QStringLiteral("Listing blobs in container 'does-not-exist-123'")),
            qPrintable(error.message()));
        QVERIFY2(error.message().contains(
                     QStringLiteral("ContainerNotFound: The specified container does not exist.")),
            qPrintable(error.message()));

        // Uploading there fails the same way, before any block is sent.
        QTemporaryDir dir;
        const QString file = generateFile(dir, QStringLiteral("big.bin"), 5 * 1024 * 1024, 2, nullptr);
        UploadResult result;
        Error uploadError;
        QVERIFY(!uploadFile(service, file, QStringLiteral("does-not-exist-123"), QStringLiteral("x.bin"),
            &result, &uploadError));
        QCOMPARE(uploadError.serviceCode, QStringLiteral("ContainerNotFound"));
        QCOMPARE(result.bytesSent, qint64(0));
    }

    void invalidContainerNameFailsBeforeAnyRequest()
    {
        MLR_REQUIRE_AZURITE(env);
        StorageAccount account = azuriteAccount(env);
        account.blobEndpoint.setPort(1); // a request would fail differently
        BlobService service(&m_nam, account);
        std::unique_ptr<ContainerCreateJob> job(
            service.createContainer(QStringLiteral("My_Container"), nullptr));
        const auto error = run(job.get()).at(1).value<Error>();
        QCOMPARE(error.kind, Error::Kind::Input);
        QVERIFY2(error.message().contains(
                     QStringLiteral("The container name 'My_Container' has an uppercase letter")),
            qPrintable(error.message()));
    }

    void wrongKeyIsReportedAsSuch()
    {
        MLR_REQUIRE_AZURITE(env);
        StorageAccount account = azuriteAccount(env);
        account.key = QStringLiteral("d3Jvbmcta2V5LXdyb25nLWtleS13cm9uZy1rZXktMDA=");
        BlobService service(&m_nam, account);
        std::unique_ptr<ContainerListJob> job(service.listContainers(nullptr));
        const auto error = run(job.get()).at(1).value<Error>();
        QCOMPARE(error.kind, Error::Kind::Http);
        QCOMPARE(error.httpStatus, 403);
        QVERIFY(error.isAuthError());
        QCOMPARE(error.serviceCode, QStringLiteral("AuthorizationFailure"));
        const QString message = error.message();
        QVERIFY2(message.contains(QStringLiteral("Access was denied (403)")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("The account key, SAS or API key is wrong")),
            qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("Server failed to authenticate the request")),
            qPrintable(message));
        QVERIFY(!message.contains(account.key));
    }

    void unreachableEndpointFailsFast()
    {
        // A port nobody listens on: bind one, note it, release it.
        quint16 port = 0;
        {
            QTcpServer server;
            QVERIFY(server.listen(QHostAddress::LocalHost, 0));
            port = server.serverPort();
        }
        StorageAccount account = StorageAccount::developmentStorage(
            QUrl(QStringLiteral("http://127.0.0.1:%1/devstoreaccount1").arg(port)));
        BlobService service(&m_nam, account);
        QElapsedTimer clock;
        clock.start();
        std::unique_ptr<ContainerListJob> job(service.listContainers(nullptr));
        const auto error = run(job.get()).at(1).value<Error>();
        QCOMPARE(error.kind, Error::Kind::Network);
        QCOMPARE(error.networkError, QNetworkReply::ConnectionRefusedError);
        QVERIFY2(error.message().contains(
                     QStringLiteral("Nothing is listening at that address (connection refused)")),
            qPrintable(error.message()));
        QVERIFY2(clock.elapsed() < 5000, "connection refused must not be retried for long");
    }

    void plainHttpToRemoteHostIsRefused()
    {
        Error parseError;
        const auto account = StorageAccount::fromConnectionString(
            QStringLiteral("DefaultEndpointsProtocol=http;AccountName=myacct;AccountKey=%1")
                .arg(StorageAccount::developmentAccountKey),
            &parseError);
        QVERIFY(account);
        BlobService service(&m_nam, *account);
        std::unique_ptr<ContainerListJob> job(service.listContainers(nullptr));
        const auto error = run(job.get()).at(1).value<Error>();
        QCOMPARE(error.kind, Error::Kind::Input);
        QVERIFY2(
            error.message().contains(QStringLiteral(
                "Refused: the account key would be sent over plain HTTP to myacct.blob.core.windows.net")),
            qPrintable(error.message()));
        QVERIFY(error.message().contains(QStringLiteral("Use https")));
    }

    void sasUrlReadsAndSasAccountsWork()
    {
        MLR_REQUIRE_AZURITE(env);
        BlobService service(&m_nam, azuriteAccount(env));
        const QString container = uniqueContainerName(QStringLiteral("sas"));
        QVERIFY(createContainer(service, container));
        QTemporaryDir dir;
        QByteArray md5;
        const QString file = generateFile(dir, QStringLiteral("data.csv"), 3000, 3, &md5);
        QVERIFY(uploadFile(service, file, container, QStringLiteral("in/data.csv")));

        // A read-only blob SAS URL works without any other credential.
        const QUrl url = service.blobSasUrl(container, QStringLiteral("in/data.csv"),
            SasPermissions::readOnly(), QDateTime::currentDateTimeUtc().addSecs(3600));
        QVERIFY(url.query().contains(QStringLiteral("sig=")));
        std::unique_ptr<QNetworkReply> reply(m_nam.get(QNetworkRequest(url)));
        QSignalSpy done(reply.get(), &QNetworkReply::finished);
        QVERIFY(done.wait(10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(QCryptographicHash::hash(reply->readAll(), QCryptographicHash::Md5).toBase64(), md5);

        // An account that only has a container SAS can list and download.
        StorageAccount sasOnly = service.account();
        sasOnly.key.clear();
        sasOnly.sas = serviceSasToken(service.account(), container, {}, SasPermissions::readList(),
            QDateTime::currentDateTimeUtc().addSecs(3600));
        BlobService sasService(&m_nam, sasOnly);
        std::unique_ptr<BlobListJob> list(sasService.listBlobs(container, {}, nullptr));
        auto args = run(list.get());
        QVERIFY2(!args.at(1).value<Error>(), qPrintable(args.at(1).value<Error>().message()));
        QCOMPARE(args.at(0).value<QList<BlobInfo>>().size(), 1);
        DownloadResult result;
        Error error;
        QVERIFY2(downloadFile(sasService, container, QStringLiteral("in/data.csv"),
                     dir.filePath(QStringLiteral("back")), &result, &error),
            qPrintable(error.message()));
        QVERIFY(result.md5Verified);

        // An account SAS (rl, blob service, all resource types) lists containers.
        StorageAccount accountSas = sasOnly;
        accountSas.sas = accountSasToken(service.account(), QStringLiteral("rl"), QStringLiteral("b"),
            QStringLiteral("sco"), QDateTime::currentDateTimeUtc().addSecs(3600));
        BlobService accountSasService(&m_nam, accountSas);
        std::unique_ptr<ContainerListJob> containers(accountSasService.listContainers(nullptr));
        args = run(containers.get());
        QVERIFY2(!args.at(1).value<Error>(), qPrintable(args.at(1).value<Error>().message()));

        // A create/write blob SAS uploads (least privilege for outputs); it cannot read the
        // blob back, so the upload is not verified, but it is stored intact.
        StorageAccount writer = sasOnly;
        writer.sas = serviceSasToken(service.account(), container, QStringLiteral("out/result.csv"),
            SasPermissions::createWrite(), QDateTime::currentDateTimeUtc().addSecs(3600));
        BlobService writerService(&m_nam, writer);
        UploadResult uploaded;
        QVERIFY2(
            uploadFile(writerService, file, container, QStringLiteral("out/result.csv"), &uploaded, &error),
            qPrintable(error.message()));
        QVERIFY(!uploaded.md5Verified);
        QVERIFY2(downloadFile(service, container, QStringLiteral("out/result.csv"),
                     dir.filePath(QStringLiteral("result")), &result, &error),
            qPrintable(error.message()));
        QVERIFY(result.md5Verified);
        QCOMPARE(result.contentMd5, QString::fromLatin1(md5));
        // ... and it may not read anything.
        QVERIFY(!downloadFile(writerService, container, QStringLiteral("out/result.csv"),
            dir.filePath(QStringLiteral("denied")), nullptr, &error));
        QCOMPARE(error.httpStatus, 403);
    }

    void expiredSasIsRefused()
    {
        MLR_REQUIRE_AZURITE(env);
        BlobService service(&m_nam, azuriteAccount(env));
        const QString container = uniqueContainerName(QStringLiteral("expired"));
        QVERIFY(createContainer(service, container));
        StorageAccount expired = service.account();
        expired.key.clear();
        expired.sas = serviceSasToken(service.account(), container, {}, SasPermissions::readList(),
            QDateTime::currentDateTimeUtc().addSecs(-3600));
        BlobService expiredService(&m_nam, expired);
        std::unique_ptr<BlobListJob> list(expiredService.listBlobs(container, {}, nullptr));
        const auto error = run(list.get()).at(1).value<Error>();
        QCOMPARE(error.httpStatus, 403);
        QCOMPARE(error.serviceCode, QStringLiteral("AuthorizationFailure"));
        QVERIFY2(error.message().contains(QStringLiteral("has expired")), qPrintable(error.message()));
        QVERIFY2(
            error.message().contains(QStringLiteral("AuthorizationFailure")), qPrintable(error.message()));
        QVERIFY2(!error.message().contains(QUrlQuery(expired.sas).queryItemValue(QStringLiteral("sig"))),
            qPrintable(error.message()));
    }
};

QTEST_GUILESS_MAIN(TestBlobService)
#include "tst_blobservice.moc"
