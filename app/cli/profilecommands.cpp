// profile ...: the factory of the group and the helpers the profile commands share. The commands
// are in profilereadcommands.cpp, profilewritecommands.cpp and sandboxprofilecommand.cpp.
#include "profilecommands.h"

#include "profilecommand.h"
#include "secrets/secretstore.h"

namespace mlr::cli {

QString secretKeyName(SecretKind kind)
{
    for (const SecretKey &s : secretKeys)
        if (s.kind == kind)
            return QString::fromUtf16(s.key);
    return secretKindId(kind);
}

QString keychainUnavailableText(const SecretStore &store)
{
    QString reason = store.unavailableReason().trimmed();
    if (reason.isEmpty())
        reason = Command::tr("no keychain is available");
    while (reason.endsWith(u'.'))
        reason.chop(1);
    return reason;
}

std::unique_ptr<Command> createProfileCommand(Context &context)
{
    if (context.invocation().command == u"from-sandbox")
        return createProfileFromSandboxCommand(context);
    if (auto command = createProfileReadCommand(context))
        return command;
    return createProfileWriteCommand(context);
}

} // namespace mlr::cli
