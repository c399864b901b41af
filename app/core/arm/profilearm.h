#pragma once

#include "arm/signin.h"
#include "arm/webservice.h"
#include "profile/profile.h"

namespace mlr::arm {

// The Azure sign-in a profile names: its login URL (the public cloud's when unset), tenant
// and application (client) id. The secret is not part of it (keychain or environment).
SignInSettings signInSettingsFor(const Profile &profile);

// Where a profile's web services live: its ARM URL (the public cloud's when unset),
// subscription and resource group.
ArmTarget armTargetFor(const Profile &profile);

} // namespace mlr::arm
