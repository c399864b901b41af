#include "blobtestsupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>

namespace mlr::test {

StorageAccount azuriteAccount(const AzuriteEnv &env)
{
    Error error;
    const auto account = StorageAccount::fromConnectionString(env.connectionString, &error);
    return account.value_or(StorageAccount {});
}

QString uniqueContainerName(const QString &prefix)
{
    return prefix + u'-'
        + QString::number(QRandomGenerator::global()->generate64() % 1'000'000'000'000ULL, 36);
}

bool createContainer(BlobService &service, const QString &name, Error *error)
{
    std::unique_ptr<ContainerCreateJob> job(service.createContainer(name, nullptr));
    QSignalSpy spy(job.get(), &ContainerCreateJob::finished);
    job->start();
    if (!spy.wait(30000))
        return false;
    const auto e = spy.at(0).at(1).value<Error>();
    if (error)
        *error = e;
    return !e;
}

bool uploadFile(BlobService &service, const QString &file, const QString &container, const QString &blob,
    UploadResult *result, Error *error, int timeoutMs)
{
    std::unique_ptr<BlobUploadJob> job(service.upload(file, container, blob, nullptr));
    QSignalSpy spy(job.get(), &BlobUploadJob::finished);
    job->start();
    if (!spy.wait(timeoutMs))
        return false;
    if (result)
        *result = spy.at(0).at(0).value<UploadResult>();
    const auto e = spy.at(0).at(1).value<Error>();
    if (error)
        *error = e;
    return !e;
}

bool downloadFile(BlobService &service, const QString &container, const QString &blob, const QString &file,
    DownloadResult *result, Error *error, int timeoutMs)
{
    std::unique_ptr<BlobDownloadJob> job(service.download(container, blob, file, nullptr));
    QSignalSpy spy(job.get(), &BlobDownloadJob::finished);
    job->start();
    if (!spy.wait(timeoutMs))
        return false;
    if (result)
        *result = spy.at(0).at(0).value<DownloadResult>();
    const auto e = spy.at(0).at(1).value<Error>();
    if (error)
        *error = e;
    return !e;
}

QString generateFile(
    const QTemporaryDir &dir, const QString &name, qint64 size, quint32 seed, QByteArray *md5)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Md5);
    QRandomGenerator generator(seed);
    constexpr qint64 slice = 1024 * 1024;
    QByteArray buffer(slice, Qt::Uninitialized);
    for (qint64 done = 0; done < size;) {
        const qint64 n = std::min(slice, size - done);
        generator.fillRange(reinterpret_cast<quint32 *>(buffer.data()), slice / 4);
        const QByteArrayView part(buffer.constData(), n);
        if (file.write(part.data(), n) != n)
            return {};
        hash.addData(part);
        done += n;
    }
    if (md5)
        *md5 = hash.result().toBase64();
    return path;
}

QByteArray fileMd5(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Md5);
    if (!hash.addData(&file))
        return {};
    return hash.result().toBase64();
}

qint64 peakRss()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return 0;
}

} // namespace mlr::test
