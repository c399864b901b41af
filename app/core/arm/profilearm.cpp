#include "profilearm.h"

namespace mlr::arm {

SignInSettings signInSettingsFor(const Profile &profile)
{
    SignInSettings s;
    if (profile.loginUrl.isValid() && !profile.loginUrl.isEmpty())
        s.loginUrl = profile.loginUrl;
    s.tenantId = profile.tenantId;
    s.clientId = profile.clientId;
    return s;
}

ArmTarget armTargetFor(const Profile &profile)
{
    ArmTarget t;
    if (profile.armUrl.isValid() && !profile.armUrl.isEmpty())
        t.armUrl = profile.armUrl;
    t.subscriptionId = profile.subscriptionId;
    t.resourceGroup = profile.resourceGroup;
    return t;
}

} // namespace mlr::arm
