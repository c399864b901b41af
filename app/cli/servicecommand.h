#pragma once

// The shared part of every `service` command: the profile, the ARM target, the Azure sign-in
// and the smoke test through the profile's predictive service. The commands themselves are in
// servicereadcommands.cpp (list, get, export, import, create) and serviceupdatecommands.cpp
// (update, rollback, smoke).

#include "arm/signin.h"
#include "arm/tokenprovider.h"
#include "arm/webservice.h"
#include "azuresignin.h"
#include "command.h"
#include "profile/profile.h"
#include "secrets/secretjobs.h"

#include <QList>
#include <QStringList>

#include <functional>
#include <memory>

namespace mlr::cli {

// The folder of the definitions backed up before each update (in the history folder).
QString serviceBackupDirectory();

class ServiceCommand : public Command
{
    Q_OBJECT

public:
    using Command::Command;

    // Loads the profile and the ARM target, signs in when needsSignIn(), then run().
    void start() final;

protected:
    virtual bool needsSignIn() const { return true; }
    // The profile to use instead of --profile / the last used one (e.g. a journaled job's);
    // empty: the selected one.
    virtual QString profileName() const { return {}; }
    // The command's own work; the profile, target and (when asked) tokens are ready.
    virtual void run() = 0;

    using ScoresHandler = std::function<void(const QList<QStringList> &scores, const QStringList &columns)>;
    using ErrorHandler = std::function<void(const Error &)>;
    // Scores the sample rows through the profile's predictive service (API key from
    // MLR_PREDICTIVE_API_KEY, else the keychain); then(scores, columns). onError defaults
    // to failing the command. `name` is only compared with the profile's service (a note).
    void smoke(const QString &name, ScoresHandler then, ErrorHandler onError = {});
    // The predictive service's API key (MLR_PREDICTIVE_API_KEY, else the keychain), registered
    // with the redaction; then(key, error) once, with an Error::Input when there is none.
    void readPredictiveKey(std::function<void(const QString &key, const Error &error)> then);

    Profile m_profile;
    arm::ArmTarget m_target;
    arm::SignInSettings m_settings;
    // ARM's tokens, and those for https://ml.azure.com (the AADToken scoring of Azure ML
    // endpoints) of the same credential; the latter asks for a token only when a job needs one.
    std::unique_ptr<arm::TokenProvider> m_tokens;
    std::unique_ptr<arm::TokenProvider> m_mlTokens;

private:
    // --device-code, else a client secret, else a remembered sign-in (AzureSignIn). A token
    // renewed later (expired mid-flow, renewed once by the core) is noted on stderr.
    void signIn();

    std::unique_ptr<AzureSignIn> m_signIn;
    std::unique_ptr<SecretReadJob> m_keyJob;
    int m_tokensIssued = 0;
};

// The commands of servicereadcommands.cpp (list, get, export, import, create) and of
// serviceupdatecommands.cpp (update, rollback, smoke); nullptr for another command.
std::unique_ptr<Command> createServiceReadCommand(Context &context);
std::unique_ptr<Command> createServiceUpdateCommand(Context &context);

} // namespace mlr::cli
