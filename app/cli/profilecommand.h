#pragma once

// What the `profile` commands share: the secret slots as `profile set` and `profile show` name
// them. The commands are in profilereadcommands.cpp (list, show), profilewritecommands.cpp (set,
// delete) and sandboxprofilecommand.cpp (from-sandbox).

#include "command.h"
#include "secrets/secretnames.h"

#include <memory>

namespace mlr::cli {

// A secret slot as `profile set`/`profile show` name it.
struct SecretKey
{
    const char16_t *key;
    SecretKind kind;
};
// The secret slots, in display order.
inline constexpr SecretKey secretKeys[] = {
    { u"accountKey", SecretKind::StorageAccountKey },
    { u"sas", SecretKind::StorageSas },
    { u"trainingApiKey", SecretKind::TrainingApiKey },
    { u"predictiveApiKey", SecretKind::PredictiveApiKey },
    { u"clientSecret", SecretKind::ArmClientSecret },
    { u"refreshToken", SecretKind::ArmRefreshToken },
};

// The commands of profilereadcommands.cpp (list, show) and of profilewritecommands.cpp (set,
// delete); nullptr for another command.
std::unique_ptr<Command> createProfileReadCommand(Context &context);
std::unique_ptr<Command> createProfileWriteCommand(Context &context);

} // namespace mlr::cli
