#pragma once

// The shared part of every `storage` command: the storage account (option > environment >
// profile + keychain) and its blob service. The commands are in storagelistcommands.cpp (check,
// containers, mkcontainer, ls) and storagetransfercommands.cpp (upload, download).

#include "command.h"
#include "session/storageaccountresolver.h"
#include "storage/blobservice.h"

#include <memory>

namespace mlr::cli {

// Resolves the storage account (option > environment > profile + keychain), then runs.
class StorageCommand : public Command
{
    Q_OBJECT

public:
    using Command::Command;

    void start() override;

protected:
    virtual void run() = 0;
    BlobService &service() { return *m_service; }
    // Where the account came from ("--connection-string", the environment variable, the profile).
    const QString &source() const { return m_source; }

    // The container name's rules; also notes it for the ContainerNotFound hint (noteContainer).
    Error checkContainer(const QString &name)
    {
        noteContainer(name);
        return BlobService::validateContainerName(name);
    }

private:
    std::unique_ptr<StorageAccountResolveJob> m_resolve;
    std::unique_ptr<BlobService> m_service;
    QString m_source;
};

// The commands of storagelistcommands.cpp (check, containers, mkcontainer, ls) and of
// storagetransfercommands.cpp (upload, download); nullptr for another command.
std::unique_ptr<Command> createStorageListCommand(Context &context);
std::unique_ptr<Command> createStorageTransferCommand(Context &context);

} // namespace mlr::cli
