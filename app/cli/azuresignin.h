#pragma once

// The Azure sign-in of the commands that call Azure Resource Manager (service, endpoint, model
// and the Azure ML retrain commands), in the order a user expects:
//   --device-code        the device code flow: the service's instruction (URL and code) on
//                        stderr, then polling until it is approved, declined or expired;
//                        --remember keeps its refresh token in the keychain;
//   a client secret      AZURE_TENANT_ID/AZURE_CLIENT_ID/AZURE_CLIENT_SECRET (as Azure
//                        Identity), else AZURE_CLIENT_SECRET or the keychain's clientSecret with
//                        the profile's tenant and client;
//   a remembered sign-in the keychain's refresh token (SecretKind::ArmRefreshToken) of an
//                        earlier --device-code --remember; renewed once now, the rotated token
//                        stored back.
// The result is two token providers of one credential: ARM's, and one for
// https://ml.azure.com (Azure ML endpoints with authMode AADToken), which asks for its first
// token only when a job needs one.

#include "arm/signin.h"
#include "arm/tokenprovider.h"
#include "profile/profile.h"

#include <QObject>

#include <memory>

namespace mlr {
class SecretReadJob;
class SecretWriteJob;
} // namespace mlr

namespace mlr::cli {

class Context;

// One sign-in: start() once; finished(error) exactly once, from the event loop; destroying it
// cancels it (a device code poll included: Ctrl-C ends the command cleanly). The tokens stay
// in memory; only --remember writes the refresh token, to the keychain.
class AzureSignIn : public QObject
{
    Q_OBJECT

public:
    AzureSignIn(Context &context, Profile profile, QObject *parent = nullptr);
    ~AzureSignIn() override;

    void start();

    // After a successful finished(): the settings used and the providers (taken once).
    const arm::SignInSettings &settings() const { return m_settings; }
    std::unique_ptr<arm::TokenProvider> takeArmTokens() { return std::move(m_arm); }
    std::unique_ptr<arm::TokenProvider> takeMlTokens() { return std::move(m_ml); }

Q_SIGNALS:
    void finished(const mlr::Error &error);

private:
    void signInWithDeviceCode();
    void readClientSecret();
    void readRefreshToken();
    void useSecret(const QString &secret);
    void useRefreshToken(const QString &refreshToken);
    // The providers for one credential (exactly one of secret and token non-empty).
    void makeProviders(const QString &secret, const arm::AccessToken &token);
    // Stores refreshToken (--remember, or the rotation of a remembered one), then finishes.
    void remember(const QString &refreshToken, const QString &done);
    void finish(const Error &error);

    Context &m_context;
    Profile m_profile;
    arm::SignInSettings m_settings;
    std::unique_ptr<arm::TokenProvider> m_arm;
    std::unique_ptr<arm::TokenProvider> m_ml;
    std::unique_ptr<arm::DeviceCodeSignIn> m_deviceCode;
    std::unique_ptr<arm::TokenRequest> m_resume;
    std::unique_ptr<SecretReadJob> m_read;
    std::unique_ptr<SecretWriteJob> m_write;
    bool m_started = false;
    bool m_finished = false;
};

} // namespace mlr::cli
