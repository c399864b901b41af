// storage check | containers | mkcontainer NAME | ls CONTAINER: the account and its listings.
#include "format.h"
#include "output.h"
#include "storagecommand.h"

#include <QJsonArray>
#include <QJsonObject>

namespace mlr::cli {

namespace {

QString authName(const StorageAccount &account)
{
    return account.hasKey() ? Command::tr("Shared Key") : Command::tr("SAS");
}

// A command that lists the account's containers, then reports them (report()).
class ContainerListingCommand : public StorageCommand
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
                report(containers);
                succeed();
            });
        m_job->start();
    }
    virtual void report(const QList<ContainerInfo> &containers) = 0;

private:
    std::unique_ptr<ContainerListJob> m_job;
};

class CheckCommand final : public ContainerListingCommand
{
    Q_OBJECT

public:
    using ContainerListingCommand::ContainerListingCommand;

protected:
    void report(const QList<ContainerInfo> &containers) override
    {
        const StorageAccount &account = service().account();
        const QString endpoint = QString::fromUtf8(account.blobEndpoint.toEncoded());
        if (out().isJson()) {
            out().json(QJsonObject { { QStringLiteral("ok"), true },
                { QStringLiteral("account"), account.name }, { QStringLiteral("endpoint"), endpoint },
                { QStringLiteral("auth"),
                    account.hasKey() ? QStringLiteral("sharedKey") : QStringLiteral("sas") },
                { QStringLiteral("source"), source() },
                { QStringLiteral("containers"), int(containers.size()) } });
        } else {
            out().text(tr("OK: storage account '%1' at %2 answered (%3, from %4); %n container(s).", nullptr,
                int(containers.size()))
                           .arg(account.name, endpoint, authName(account), source()));
        }
    }
};

class ContainersCommand final : public ContainerListingCommand
{
    Q_OBJECT

public:
    using ContainerListingCommand::ContainerListingCommand;

protected:
    void report(const QList<ContainerInfo> &containers) override
    {
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
    }
};

class MkContainerCommand final : public StorageCommand
{
    Q_OBJECT

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
        connect(
            m_job.get(), &ContainerCreateJob::finished, this, [this, name](bool created, const Error &error) {
                if (error) {
                    fail(error);
                    return;
                }
                if (out().isJson())
                    out().json(QJsonObject {
                        { QStringLiteral("container"), name }, { QStringLiteral("created"), created } });
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
    Q_OBJECT

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
        connect(m_job.get(), &BlobListJob::finished, this,
            [this](const QList<BlobInfo> &blobs, const Error &error) {
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

} // namespace

std::unique_ptr<Command> createStorageListCommand(Context &context)
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
    return nullptr;
}

} // namespace mlr::cli

#include "storagelistcommands.moc"
