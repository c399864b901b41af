// storage ...: the blobs of the profile's storage account. The factory of the group; the
// commands are in storagelistcommands.cpp and storagetransfercommands.cpp, their shared account
// lookup in storagecommand.cpp.
#include "storagecommands.h"

#include "storagecommand.h"

namespace mlr::cli {

std::unique_ptr<Command> createStorageCommand(Context &context)
{
    if (auto command = createStorageListCommand(context))
        return command;
    return createStorageTransferCommand(context);
}

} // namespace mlr::cli
