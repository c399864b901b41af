#pragma once

#include "command.h"
#include "secrets/secretnames.h"

#include <memory>

namespace mlr {
class SecretStore;
}

namespace mlr::cli {

// profile list | show NAME | set NAME KEY=VALUE... | delete NAME | from-sandbox DEMO_JSON [NAME]
std::unique_ptr<Command> createProfileCommand(Context &context);
// profile from-sandbox (sandboxprofilecommand.cpp)
std::unique_ptr<Command> createProfileFromSandboxCommand(Context &context);

// The secret slot's name as `profile set`/`show` spell it ("accountKey", "trainingApiKey", ...).
QString secretKeyName(SecretKind kind);
// Why the keychain cannot be used, as a clause (no trailing period).
QString keychainUnavailableText(const SecretStore &store);

} // namespace mlr::cli
