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

QString environmentInsteadOfKeychainText(const QString &source, bool azureMl)
{
    if (azureMl)
        return QStringList { Command::tr(
                                 "Until then, give the commands the secret in this environment variable "
                                 "(the value is in %1):")
                                 .arg(source),
            Command::tr(
                "  AZURE_CLIENT_SECRET              the sign-in to Azure (every command of this profile; "
                "the workspace gives the key of its datastore)"),
            Command::tr("or store it once a keychain is available with '%1 profile set NAME clientSecret=-'.")
                .arg(QLatin1StringView(toolName)) }
            .join(u'\n');
    const QStringList lines {
        Command::tr(
            "Until then, give the commands the secrets in these environment variables (the values are "
            "in %1):")
            .arg(source),
        Command::tr("  AZURE_STORAGE_CONNECTION_STRING  the storage account (storage, retrain submit and "
                    "evaluate)"),
        Command::tr("  MLR_TRAINING_API_KEY             the retraining service's key (retrain)"),
        Command::tr("  MLR_PREDICTIVE_API_KEY           the predictive service's key (retrain evaluate, "
                    "service smoke and update)"),
        Command::tr("  AZURE_CLIENT_SECRET              the sign-in to Azure (service commands)"),
        Command::tr("or store them once a keychain is available with '%1 profile set NAME KEY=-'.")
            .arg(QLatin1StringView(toolName)),
    };
    return lines.join(u'\n');
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
