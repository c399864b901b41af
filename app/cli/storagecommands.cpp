#include "storagecommands.h"

#include "format.h"
#include "output.h"
#include "profile/profilestore.h"
#include "secrets/secretstore.h"
#include "session/storageaccountresolver.h"
#include "storage/blobservice.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace mlr::cli {

namespace {

QString authName(const StorageAccount &account)
{
    return account.hasKey() ? Command::tr("Shared Key") : Command::tr("SAS");
}

// Resolves the storage account (option > environment > profile + keychain), then runs.
class StorageCommand : public Command
{
public:
    using Command::Command;

    void start() override
    {
        const GlobalOptions &global = invocation().global;
        StorageAccountRequest request = StorageAccountRequest::fromEnvironment(global.connectionString, std::nullopt);
        SecretStore *secrets = nullptr;
        if (!request.connectionString && request.environmentConnectionString.trimmed().isEmpty()) {
            Error error;
            request.profile = ctx().selectedProfile(&error);
            if (!request.profile) {
                fail(error);
                return;
            }
            secrets = &ctx().secrets();
        }
        m_resolve = std::make_unique<StorageAccountResolveJob>(request, secrets);
        connect(m_resolve.get(), &StorageAccountResolveJob::finished, this,
                [this](const StorageAccount &account, const Error &error) {
                    m_source = m_resolve->sourceDescription();
                    if (m_resolve->source() == StorageAccountResolveJob::Source::ConnectionString)
                        m_source = tr("--connection-string");
                    m_resolve.release()->deleteLater();
                    if (error) {
                        fail(error);
                        return;
                    }
                    m_service = std::make_unique<BlobService>(ctx().network(), account);
                    run();
                });
        m_resolve->start();
    }

protected:
    virtual void run() = 0;
    BlobService &service() { return *m_service; }
    const QString &source() const { return m_source; }

    // The container name's problem as an error, or no error.
    static Error checkContainer(const QString &name) { return BlobService::validateContainerName(name); }

private:
    std::unique_ptr<StorageAccountResolveJob> m_resolve;
    std::unique_ptr<BlobService> m_service;
    QString m_source;
};

// ---------------------------------------------------------------------------------------

class CheckCommand final : public StorageCommand
{
public:
    using StorageCommand::StorageCommand;

protected:
    void run() override
    {
        m_job.reset(service().listContainers(nullptr));
        connect(m_job.get(), &ContainerListJob::finished, this,
                [this](const QList<ContainerInfo> &containers, const Error &error) {
                    if (error) {
                        fail(error);
                        return;
                    }
                    const StorageAccount &account = service().account();
                    const QString endpoint = QString::fromUtf8(account.blobEndpoint.toEncoded());
                    if (out().isJson()) {
                        out().json(QJsonObject { { QStringLiteral("ok"), true },
                                                 { QStringLiteral("account"), account.name },
                                                 { QStringLiteral("endpoint"), endpoint },
                                                 { QStringLiteral("auth"), account.hasKey() ? QStringLiteral("sharedKey")
                                                                                            : QStringLiteral("sas") },
                                                 { QStringLiteral("source"), source() },
                                                 { QStringLiteral("containers"), int(containers.size()) } });
                    } else {
                        out().text(tr("OK: storage account '%1' at %2 answered (%3, from %4); %n container(s).",
                                      nullptr, int(containers.size()))
                                       .arg(account.name, endpoint, authName(account), source()));
                    }
                    succeed();
                });
        m_job->start();
    }

private:
    std::unique_ptr<ContainerListJob> m_job;
};

class ContainersCommand final : public StorageCommand
{
public:
    using StorageCommand::StorageCommand;

protected:
    void run() override
    {
        m_job.reset(service().listContainers(nullptr));
        connect(m_job.get(), &ContainerListJob::finished, this,
                [this](const QList<ContainerInfo> &containers, const Error &error) {
                    if (error) {
                        fail(error);
                        return;
                    }
                    if (out().isJson()) {
                        QJsonArray array;
                        for (const ContainerInfo &c : containers)
                            array.append(QJsonObject { { QStringLiteral("name"), c.name },
                                                       { QStringLiteral("lastModified"), format::timestamp(c.lastModified) } });
                        out().json(array);
                    } else if (!containers.isEmpty()) {
                        QList<QStringList> rows { { tr("NAME"), tr("LAST MODIFIED") } };
                        for (const ContainerInfo &c : containers)
                            rows.append({ c.name, format::timestamp(c.lastModified) });
                        out().text(format::table(rows));
                    }
                    succeed();
                });
        m_job->start();
    }

private:
    std::unique_ptr<ContainerListJob> m_job;
};

class MkContainerCommand final : public StorageCommand
{
public:
    using StorageCommand::StorageCommand;

protected:
    void run() override
    {
        const QString name = invocation().args.at(0);
        if (const Error e = checkContainer(name)) {
            fail(e);
            return;
        }
        m_job.reset(service().createContainer(name, nullptr));
        connect(m_job.get(), &ContainerCreateJob::finished, this, [this, name](bool created, const Error &error) {
            if (error) {
                fail(error);
                return;
            }
            if (out().isJson())
                out().json(QJsonObject { { QStringLiteral("container"), name }, { QStringLiteral("created"), created } });
            else if (created)
                out().text(tr("Created container '%1'.").arg(name));
            else
                out().text(tr("Container '%1' already exists.").arg(name));
            succeed();
        });
        m_job->start();
    }

private:
    std::unique_ptr<ContainerCreateJob> m_job;
};

class LsCommand final : public StorageCommand
{
public:
    using StorageCommand::StorageCommand;

protected:
    void run() override
    {
        const QString container = invocation().args.at(0);
        if (const Error e = checkContainer(container)) {
            fail(e);
            return;
        }
        m_job.reset(service().listBlobs(container, invocation().option(QStringLiteral("prefix")), nullptr));
        connect(m_job.get(), &BlobListJob::finished, this, [this](const QList<BlobInfo> &blobs, const Error &error) {
            if (error) {
                fail(error);
                return;
            }
            if (out().isJson()) {
                QJsonArray array;
                for (const BlobInfo &b : blobs) {
                    array.append(QJsonObject { { QStringLiteral("name"), b.name },
                                               { QStringLiteral("size"), b.size },
                                               { QStringLiteral("contentType"), b.contentType },
                                               { QStringLiteral("contentMd5"), b.contentMd5 },
                                               { QStringLiteral("lastModified"), format::timestamp(b.lastModified) } });
                }
                out().json(array);
            } else if (!blobs.isEmpty()) {
                QList<QStringList> rows { { tr("SIZE"), tr("LAST MODIFIED"), tr("NAME") } };
                for (const BlobInfo &b : blobs)
                    rows.append({ QString::number(b.size), format::timestamp(b.lastModified), b.name });
                out().text(format::table(rows, { 0 }));
            }
            succeed();
        });
        m_job->start();
    }

private:
    std::unique_ptr<BlobListJob> m_job;
};

// ---------------------------------------------------------------------------------------

QJsonObject rateFields(qint64 bytes, qint64 elapsedMs)
{
    const double seconds = double(std::max<qint64>(elapsedMs, 1)) / 1000.0;
    return { { QStringLiteral("seconds"), seconds }, { QStringLiteral("bytesPerSecond"), double(bytes) / seconds } };
}

class UploadCommand final : public StorageCommand
{
public:
    using StorageCommand::StorageCommand;

    // Optional tuning, also for the benchmark: --block-size MiB, --concurrency N.
    static std::optional<qint64> blockSizeOption(const Invocation &inv, Error *error)
    {
        if (!inv.hasOption(QStringLiteral("block-size")))
            return 0;
        bool ok = false;
        const qint64 mib = inv.option(QStringLiteral("block-size")).toLongLong(&ok);
        if (!ok || mib < 1 || mib > 4000) {
            *error = Error::input(tr("--block-size must be a whole number of MiB between 1 and 4000."));
            return std::nullopt;
        }
        return mib * 1024 * 1024;
    }

protected:
    void run() override
    {
        const QString file = invocation().args.at(0);
        QString specError;
        const BlobSpec spec = *parseBlobSpec(invocation().args.at(1), true, &specError);
        const QFileInfo info(file);
        if (!info.exists()) {
            failInput(tr("The file '%1' does not exist.").arg(file));
            return;
        }
        if (!info.isFile() || !info.isReadable()) {
            failInput(tr("'%1' is not a readable file.").arg(file));
            return;
        }
        if (const Error e = checkContainer(spec.container)) {
            fail(e);
            return;
        }
        Error error;
        const std::optional<qint64> blockSize = blockSizeOption(invocation(), &error);
        if (!blockSize) {
            fail(error);
            return;
        }
        int concurrency = 0;
        if (invocation().hasOption(QStringLiteral("concurrency"))) {
            bool ok = false;
            concurrency = invocation().option(QStringLiteral("concurrency")).toInt(&ok);
            if (!ok || concurrency < 1 || concurrency > 6) {
                failInput(tr("--concurrency must be a number from 1 to 6."));
                return;
            }
        }
        m_container = spec.container;
        m_blob = spec.blob.isEmpty() ? info.fileName() : spec.blob;
        m_file = file;

        m_job.reset(service().upload(file, m_container, m_blob, nullptr));
        if (*blockSize > 0)
            m_job->setBlockSize(*blockSize);
        if (concurrency > 0)
            m_job->setConcurrency(concurrency);
        connect(m_job.get(), &BlobUploadJob::progress, this, [this](const TransferProgress &p) {
            out().progress(tr("upload"), p.bytesDone, p.bytesTotal, p.bytesPerSecond, p.etaSeconds);
        });
        connect(m_job.get(), &BlobUploadJob::finished, this, &UploadCommand::onFinished);
        m_clock.start();
        m_job->start();
    }

private:
    void onFinished(const UploadResult &result, const Error &error)
    {
        out().endProgress();
        if (error) {
            fail(error);
            return;
        }
        const qint64 elapsed = m_clock.elapsed();
        if (out().isJson()) {
            QJsonObject o { { QStringLiteral("file"), m_file },
                            { QStringLiteral("container"), m_container },
                            { QStringLiteral("blob"), m_blob },
                            { QStringLiteral("blobUrl"), QString::fromUtf8(result.blobUrl.toEncoded()) },
                            { QStringLiteral("size"), result.size },
                            { QStringLiteral("contentMd5"), result.contentMd5 },
                            { QStringLiteral("blocksSent"), result.blocksSent },
                            { QStringLiteral("blocksSkipped"), result.blocksSkipped },
                            { QStringLiteral("bytesSent"), result.bytesSent },
                            { QStringLiteral("blockSize"), m_job->plan().blockSize },
                            { QStringLiteral("resumed"), result.resumed } };
            const QJsonObject rate = rateFields(result.bytesSent, elapsed);
            for (auto it = rate.begin(); it != rate.end(); ++it)
                o.insert(it.key(), it.value());
            out().json(o);
        } else {
            const double seconds = double(std::max<qint64>(elapsed, 1)) / 1000.0;
            QString text = tr("Uploaded %1 to %2 (%3 in %4 s, %5).")
                               .arg(m_file, QString::fromUtf8(result.blobUrl.toEncoded()), format::bytes(result.size),
                                    QString::number(seconds, 'f', 1), format::rate(double(result.bytesSent) / seconds));
            if (result.resumed)
                text += u' '
                    + tr("Resumed: %1 of %2 blocks were already staged and not sent again.")
                          .arg(result.blocksSkipped)
                          .arg(result.blocksSkipped + result.blocksSent);
            text += u'\n' + tr("MD5 %1").arg(result.contentMd5);
            out().text(text);
        }
        succeed();
    }

    std::unique_ptr<BlobUploadJob> m_job;
    QString m_file;
    QString m_container;
    QString m_blob;
    QElapsedTimer m_clock;
};

class DownloadCommand final : public StorageCommand
{
public:
    using StorageCommand::StorageCommand;

protected:
    void run() override
    {
        QString specError;
        const BlobSpec spec = *parseBlobSpec(invocation().args.at(0), false, &specError);
        if (const Error e = checkContainer(spec.container)) {
            fail(e);
            return;
        }
        QString file = invocation().args.at(1);
        const QFileInfo target(file);
        if (target.isDir())
            file = QDir(file).filePath(spec.blob.section(u'/', -1));
        const QFileInfo info(file);
        if (info.exists() && !invocation().hasOption(QStringLiteral("overwrite"))) {
            failInput(tr("'%1' already exists; use --overwrite to replace it.").arg(file));
            return;
        }
        if (info.exists() && !info.isFile()) {
            failInput(tr("'%1' exists and is not a file.").arg(file));
            return;
        }
        if (!info.absoluteDir().exists()) {
            failInput(tr("The folder of '%1' does not exist.").arg(file));
            return;
        }
        m_file = file;
        m_container = spec.container;
        m_blob = spec.blob;
        m_job.reset(service().download(spec.container, spec.blob, file, nullptr));
        connect(m_job.get(), &BlobDownloadJob::progress, this, [this](const TransferProgress &p) {
            out().progress(tr("download"), p.bytesDone, p.bytesTotal, p.bytesPerSecond, p.etaSeconds);
        });
        connect(m_job.get(), &BlobDownloadJob::finished, this, &DownloadCommand::onFinished);
        m_clock.start();
        m_job->start();
    }

private:
    void onFinished(const DownloadResult &result, const Error &error)
    {
        out().endProgress();
        if (error) {
            fail(error);
            return;
        }
        const qint64 elapsed = m_clock.elapsed();
        if (out().isJson()) {
            QJsonObject o { { QStringLiteral("container"), m_container },
                            { QStringLiteral("blob"), m_blob },
                            { QStringLiteral("file"), result.filePath.isEmpty() ? m_file : result.filePath },
                            { QStringLiteral("size"), result.size },
                            { QStringLiteral("contentMd5"), result.contentMd5 },
                            { QStringLiteral("md5Verified"), result.md5Verified } };
            const QJsonObject rate = rateFields(result.size, elapsed);
            for (auto it = rate.begin(); it != rate.end(); ++it)
                o.insert(it.key(), it.value());
            out().json(o);
        } else {
            const double seconds = double(std::max<qint64>(elapsed, 1)) / 1000.0;
            out().text(tr("Downloaded %1/%2 to %3 (%4 in %5 s, %6); MD5 %7 %8.")
                           .arg(m_container, m_blob, result.filePath.isEmpty() ? m_file : result.filePath,
                                format::bytes(result.size), QString::number(seconds, 'f', 1),
                                format::rate(double(result.size) / seconds), result.contentMd5,
                                result.md5Verified ? tr("(verified)") : tr("(the blob has no MD5 to check against)")));
        }
        succeed();
    }

    std::unique_ptr<BlobDownloadJob> m_job;
    QString m_file;
    QString m_container;
    QString m_blob;
    QElapsedTimer m_clock;
};

} // namespace

std::unique_ptr<Command> createStorageCommand(Context &context)
{
    const QString &name = context.invocation().command;
    if (name == u"check")
        return std::make_unique<CheckCommand>(context);
    if (name == u"containers")
        return std::make_unique<ContainersCommand>(context);
    if (name == u"mkcontainer")
        return std::make_unique<MkContainerCommand>(context);
    if (name == u"ls")
        return std::make_unique<LsCommand>(context);
    if (name == u"upload")
        return std::make_unique<UploadCommand>(context);
    if (name == u"download")
        return std::make_unique<DownloadCommand>(context);
    return nullptr;
}

} // namespace mlr::cli
