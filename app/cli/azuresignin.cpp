#include "azuresignin.h"

#include "arm/profilearm.h"
#include "arm/tokens.h"
#include "command.h"
#include "http/redaction.h"
#include "output.h"
#include "secrets/secretstore.h"

#include <QTimer>

namespace mlr::cli {

AzureSignIn::AzureSignIn(Context &context, Profile profile, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_profile(std::move(profile))
{ }

AzureSignIn::~AzureSignIn() = default;

void AzureSignIn::finish(const Error &error)
{
    if (m_finished)
        return;
    m_finished = true;
    if (error) {
        m_arm.reset();
        m_ml.reset();
    }
    Q_EMIT finished(error);
}

void AzureSignIn::start()
{
    if (m_started)
        return;
    m_started = true;
    // Everything below may finish at once: keep finished() out of start().
    QTimer::singleShot(0, this, [this] {
        const Invocation &invocation = m_context.invocation();
        const bool deviceCode = invocation.hasOption(QStringLiteral("device-code"));
        if (invocation.hasOption(QStringLiteral("remember")) && !deviceCode)
            return finish(Error::input(tr("--remember keeps the sign-in of --device-code: add --device-code "
                                          "(a remembered sign-in is then used without it).")));
        m_settings = arm::signInSettingsFor(m_profile);
        QString secret;
        if (!deviceCode) {
            if (const auto env = arm::credentialFromEnvironment()) {
                m_settings = env->settings;
                if (!qEnvironmentVariableIsSet("AZURE_AUTHORITY_HOST") && m_profile.loginUrl.isValid()
                    && !m_profile.loginUrl.isEmpty())
                    m_settings.loginUrl = m_profile.loginUrl;
                secret = env->clientSecret;
            } else {
                secret = qEnvironmentVariable("AZURE_CLIENT_SECRET").trimmed();
            }
        }
        if (const Error e = m_settings.validate())
            return finish(Error(e).withContext(tr("Signing in to Azure (profile '%1')").arg(m_profile.name)));
        if (deviceCode)
            return signInWithDeviceCode();
        if (!secret.isEmpty())
            return useSecret(secret);
        readClientSecret();
    });
}

void AzureSignIn::signInWithDeviceCode()
{
    m_deviceCode = std::make_unique<arm::DeviceCodeSignIn>(m_context.network(), m_settings);
    connect(m_deviceCode.get(), &arm::DeviceCodeSignIn::codeReady, this, [this](const arm::DeviceCode &code) {
        // The service's own words when they name the code (AAD's do), else ours.
        const QString url = code.verificationUri.toString();
        m_context.out().prompt(code.message.contains(code.userCode)
                ? code.message
                : tr("To sign in, open %1 and enter the code %2.").arg(url, code.userCode));
    });
    connect(m_deviceCode.get(), &arm::SignInOperation::finished, this,
        [this](const arm::AccessToken &token, const Error &error) {
            m_deviceCode.release()->deleteLater();
            if (error)
                return finish(error);
            makeProviders({}, token);
            if (!m_context.invocation().hasOption(QStringLiteral("remember")))
                return finish({});
            remember(token.refreshToken,
                tr("the Azure sign-in is remembered in the keychain for profile '%1': later commands use it "
                   "without --device-code")
                    .arg(m_profile.name));
        });
    m_deviceCode->start();
}

void AzureSignIn::readClientSecret()
{
    m_read.reset(m_context.secrets().read(m_profile.name, SecretKind::ArmClientSecret, nullptr));
    connect(m_read.get(), &SecretReadJob::finished, this, [this](const QString &value, const Error &error) {
        m_read.release()->deleteLater();
        if (error)
            return finish(error);
        if (!value.trimmed().isEmpty())
            return useSecret(value.trimmed());
        readRefreshToken();
    });
    m_read->start();
}

void AzureSignIn::readRefreshToken()
{
    m_read.reset(m_context.secrets().read(m_profile.name, SecretKind::ArmRefreshToken, nullptr));
    connect(m_read.get(), &SecretReadJob::finished, this, [this](const QString &value, const Error &error) {
        m_read.release()->deleteLater();
        if (error)
            return finish(error);
        if (!value.trimmed().isEmpty())
            return useRefreshToken(value.trimmed());
        finish(Error::input(tr("No client secret and no remembered sign-in for signing in to Azure: set the "
                               "profile's clientSecret (keychain) or AZURE_CLIENT_SECRET, or sign in with "
                               "--device-code (and --remember to stay signed in).")));
    });
    m_read->start();
}

void AzureSignIn::useSecret(const QString &secret)
{
    redaction::registerSecret(secret);
    makeProviders(secret, {});
    finish({});
}

void AzureSignIn::useRefreshToken(const QString &refreshToken)
{
    redaction::registerSecret(refreshToken);
    m_context.out().note(
        tr("signing in to Azure with the sign-in remembered for profile '%1'").arg(m_profile.name));
    arm::AccessToken stored;
    stored.refreshToken = refreshToken;
    makeProviders({}, stored);
    // Renewed now: a refresh token that no longer works fails here, in plain words, and the
    // rotated one is stored back before the command runs.
    m_resume.reset(m_arm->request(nullptr));
    connect(m_resume.get(), &arm::TokenRequest::finished, this,
        [this, refreshToken](const QString &, const Error &error) {
            m_resume.release()->deleteLater();
            if (error)
                return finish(Error(error).withContext(
                    tr("The sign-in remembered for profile '%1' no longer works (sign in again with "
                       "--device-code --remember)")
                        .arg(m_profile.name)));
            const QString rotated = m_arm->current().refreshToken;
            m_ml->setRefreshToken(rotated);
            if (rotated.isEmpty() || rotated == refreshToken)
                return finish({});
            remember(rotated, {});
        });
    m_resume->start();
}

void AzureSignIn::makeProviders(const QString &secret, const arm::AccessToken &token)
{
    m_arm = std::make_unique<arm::TokenProvider>(m_context.network(), m_settings);
    m_ml = std::make_unique<arm::TokenProvider>(m_context.network(), m_settings);
    m_ml->setScope(arm::azureMlScope());
    if (!secret.isEmpty()) {
        m_arm->setClientSecret(secret);
        m_ml->setClientSecret(secret);
        return;
    }
    if (token.isNull())
        m_arm->setRefreshToken(token.refreshToken);
    else
        m_arm->setAccessToken(token); // an ARM token: the ml provider renews from the refresh token
    m_ml->setRefreshToken(token.refreshToken);
}

void AzureSignIn::remember(const QString &refreshToken, const QString &done)
{
    if (refreshToken.isEmpty()) {
        m_context.out().note(tr("the sign-in gave no refresh token: it cannot be remembered"));
        return finish({});
    }
    m_write.reset(
        m_context.secrets().write(m_profile.name, SecretKind::ArmRefreshToken, refreshToken, nullptr));
    connect(m_write.get(), &SecretWriteJob::finished, this, [this, done](const Error &error) {
        const bool sessionOnly = m_write->isSessionOnly();
        m_write.release()->deleteLater();
        if (error)
            m_context.out().note(
                tr("signed in, but the sign-in could not be remembered: %1").arg(error.message()));
        else if (sessionOnly && !done.isEmpty())
            m_context.out().note(tr("signed in, but the sign-in is not remembered: %1")
                                     .arg(m_context.secrets().unavailableReason()));
        else if (!done.isEmpty())
            m_context.out().note(done);
        finish({});
    });
    m_write->start();
}

} // namespace mlr::cli
