#pragma once

#include "command.h"
#include "secrets/secretnames.h"

#include <memory>

namespace mlr {
class SecretStore;
}

namespace mlr::cli {

// profile list | show NAME | set NAME KEY=VALUE... | delete NAME | from-sandbox FILE [NAME]
std::unique_ptr<Command> createProfileCommand(Context &context);
// profile from-sandbox (sandboxprofilecommand.cpp)
std::unique_ptr<Command> createProfileFromSandboxCommand(Context &context);

// The secret slot's name as `profile set`/`show` spell it ("accountKey", "trainingApiKey", ...).
QString secretKeyName(SecretKind kind);
// Why the keychain cannot be used, as a clause (no trailing period).
QString keychainUnavailableText(const SecretStore &store);
// Every environment variable the whole flow (storage, retrain, evaluate, service update) reads
// instead of the keychain, one per line with what it holds and which commands need it; `source`
// says where the user finds the values (e.g. "the demo.json"). For the one message a command
// prints when it could not store a profile's secrets. azureMl: the one variable of a profile of
// kind azureml (its sign-in; the datastore's key comes from the workspace).
QString environmentInsteadOfKeychainText(const QString &source, bool azureMl = false);

} // namespace mlr::cli
