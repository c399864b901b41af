#include "azuresignin.h"

#include "arm/tokenprovider.h"
#include "arm/tokens.h"
#include "http/redaction.h"

#include <QTimer>

namespace mlr::gui {

AzureSignIn::AzureSignIn(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
{ }

AzureSignIn::~AzureSignIn() = default;

void AzureSignIn::start(const arm::SignInSettings &settings, Method method, const QString &secret)
{
    cancel();
    m_tokens.reset();
    m_mlTokens.reset();
    m_settings = settings;
    m_method = method;
    m_secret = secret.trimmed();
    Error invalid = settings.validate();
    if (!invalid && method == Method::ClientSecret && m_secret.isEmpty())
        invalid = Error::input(tr("Enter the application's client secret, or sign in with a device code."));
    if (invalid) {
        m_refusal = std::make_unique<QTimer>();
        m_refusal->setSingleShot(true);
        connect(m_refusal.get(), &QTimer::timeout, this, [this, invalid] {
            m_refusal.release()->deleteLater();
            Q_EMIT finished(invalid);
        });
        m_refusal->start(0);
        return;
    }
    if (method == Method::DeviceCode) {
        auto *op = new arm::DeviceCodeSignIn(m_nam, settings);
        op->setSecondMs(m_secondMs);
        connect(op, &arm::DeviceCodeSignIn::codeReady, this, &AzureSignIn::deviceCodeReady);
        connect(op, &arm::DeviceCodeSignIn::waiting, this, &AzureSignIn::waiting);
        m_operation.reset(op);
    } else {
        redaction::registerSecret(m_secret);
        m_operation = std::make_unique<arm::ClientSecretSignIn>(m_nam, settings, m_secret);
    }
    m_operation->setRetryPolicy(m_policy);
    connect(m_operation.get(), &arm::SignInOperation::finished, this, &AzureSignIn::onFinished);
    m_operation->start();
}

void AzureSignIn::cancel()
{
    m_operation.reset();
    m_refusal.reset();
}

std::unique_ptr<arm::TokenProvider> AzureSignIn::takeTokens()
{
    return std::move(m_tokens);
}

std::unique_ptr<arm::TokenProvider> AzureSignIn::takeMlTokens()
{
    return std::move(m_mlTokens);
}

void AzureSignIn::onFinished(const arm::AccessToken &token, const Error &error)
{
    m_operation.release()->deleteLater();
    if (!error) {
        m_tokens = std::make_unique<arm::TokenProvider>(m_nam, m_settings);
        m_tokens->setRetryPolicy(m_policy);
        if (m_method == Method::ClientSecret)
            m_tokens->setClientSecret(m_secret);
        m_tokens->setAccessToken(token);
        m_mlTokens = std::make_unique<arm::TokenProvider>(m_nam, m_settings);
        m_mlTokens->setScope(arm::azureMlScope());
        m_mlTokens->setRetryPolicy(m_policy);
        if (m_method == Method::ClientSecret)
            m_mlTokens->setClientSecret(m_secret);
        else
            m_mlTokens->setRefreshToken(token.refreshToken);
    }
    m_secret.clear();
    Q_EMIT finished(error);
}

} // namespace mlr::gui
