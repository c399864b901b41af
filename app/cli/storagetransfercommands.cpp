// storage upload FILE CONTAINER/BLOB | download CONTAINER/BLOB FILE: the transfers, with
// progress on stderr and the result (size, MD5, rate) on stdout.
#include "format.h"
#include "output.h"
#include "storagecommand.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonObject>

namespace mlr::cli {

namespace {

// The transfer's duration in seconds (at least a millisecond, so that a rate is finite).
double elapsedSeconds(const QElapsedTimer &clock)
{
    return double(std::max<qint64>(clock.elapsed(), 1)) / 1000.0;
}

// Adds "seconds" and "bytesPerSecond" to a --json result.
void insertRate(QJsonObject &o, qint64 bytes, double seconds)
{
    o.insert(QStringLiteral("seconds"), seconds);
    o.insert(QStringLiteral("bytesPerSecond"), double(bytes) / seconds);
}

class UploadCommand final : public StorageCommand
{
    Q_OBJECT

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
        const double seconds = elapsedSeconds(m_clock);
        if (out().isJson()) {
            QJsonObject o { { QStringLiteral("file"), m_file }, { QStringLiteral("container"), m_container },
                { QStringLiteral("blob"), m_blob },
                { QStringLiteral("blobUrl"), QString::fromUtf8(result.blobUrl.toEncoded()) },
                { QStringLiteral("size"), result.size }, { QStringLiteral("contentMd5"), result.contentMd5 },
                { QStringLiteral("blocksSent"), result.blocksSent },
                { QStringLiteral("blocksSkipped"), result.blocksSkipped },
                { QStringLiteral("bytesSent"), result.bytesSent },
                { QStringLiteral("blockSize"), m_job->plan().blockSize },
                { QStringLiteral("resumed"), result.resumed } };
            insertRate(o, result.bytesSent, seconds);
            out().json(o);
        } else {
            QString text
                = tr("Uploaded %1 to %2 (%3 in %4 s, %5).")
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
    Q_OBJECT

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
        const double seconds = elapsedSeconds(m_clock);
        if (out().isJson()) {
            QJsonObject o { { QStringLiteral("container"), m_container }, { QStringLiteral("blob"), m_blob },
                { QStringLiteral("file"), result.filePath.isEmpty() ? m_file : result.filePath },
                { QStringLiteral("size"), result.size }, { QStringLiteral("contentMd5"), result.contentMd5 },
                { QStringLiteral("md5Verified"), result.md5Verified } };
            insertRate(o, result.size, seconds);
            out().json(o);
        } else {
            out().text(tr("Downloaded %1/%2 to %3 (%4 in %5 s, %6); MD5 %7 %8.")
                           .arg(m_container, m_blob, result.filePath.isEmpty() ? m_file : result.filePath,
                               format::bytes(result.size), QString::number(seconds, 'f', 1),
                               format::rate(double(result.size) / seconds), result.contentMd5,
                               result.md5Verified ? tr("(verified)")
                                                  : tr("(the blob has no MD5 to check against)")));
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

std::unique_ptr<Command> createStorageTransferCommand(Context &context)
{
    const QString &name = context.invocation().command;
    if (name == u"upload")
        return std::make_unique<UploadCommand>(context);
    if (name == u"download")
        return std::make_unique<DownloadCommand>(context);
    return nullptr;
}

} // namespace mlr::cli

#include "storagetransfercommands.moc"
