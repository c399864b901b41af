// Sign-in of the Update page: client secret (keychain or typed) or device code, through the
// core's sign-in operations; the token goes to an in-memory arm::TokenProvider.
#include "arm/signin.h"
#include "arm/tokenprovider.h"
#include "secrets/secretstore.h"
#include "ui_updatepage.h"
#include "updatepage.h"
#include "wizardstate.h"

#include <QLocale>

namespace mlr::gui {

namespace {

enum SignInMethod
{
    ClientSecretMethod = 0,
    DeviceCodeMethod = 1
};

} // namespace

void UpdatePage::signIn()
{
    m_tokens.reset();
    m_ui->deviceCodeLabel->clear();
    const arm::SignInSettings settings = signInSettings();
    if (const Error e = settings.validate()) {
        m_ui->signInMessage->showMessage(InlineMessage::Kind::Error,
            tr("The profile cannot sign in to Azure: %1 Complete it on the Credentials step.")
                .arg(e.message()));
        return;
    }
    if (m_ui->methodCombo->currentIndex() == DeviceCodeMethod) {
        auto *op = new arm::DeviceCodeSignIn(state()->network(), settings);
        connect(op, &arm::DeviceCodeSignIn::codeReady, this, &UpdatePage::onDeviceCode);
        connect(op, &arm::DeviceCodeSignIn::waiting, this, [this](int next) {
            m_ui->signInMessage->showMessage(InlineMessage::Kind::Information,
                tr("Waiting for you to sign in in the browser (next check in %n s)…", nullptr, next));
        });
        m_signIn.reset(op);
        m_ui->signInMessage->showMessage(InlineMessage::Kind::Information, tr("Asking for a device code…"));
    } else {
        m_signIn = std::make_unique<arm::ClientSecretSignIn>(
            state()->network(), settings, m_ui->secretEdit->text());
        m_ui->signInMessage->showMessage(InlineMessage::Kind::Information, tr("Signing in…"));
    }
    m_signIn->setRetryPolicy(m_policy);
    connect(m_signIn.get(), &arm::SignInOperation::finished, this, &UpdatePage::onSignedIn);
    setBusy(true);
    m_signIn->start();
    updateActions();
}

void UpdatePage::onDeviceCode(const arm::DeviceCode &code)
{
    const QString url = code.verificationUri.toString();
    m_ui->deviceCodeLabel->setText(tr("Open <a href=\"%1\">%1</a> and enter the code <b>%2</b>.")
                                       .arg(url.toHtmlEscaped(), code.userCode.toHtmlEscaped()));
    m_ui->deviceCodeLabel->setAccessibleDescription(
        tr("Open %1 and enter the code %2.").arg(url, code.userCode));
    m_ui->signInMessage->showMessage(InlineMessage::Kind::Information,
        tr("Waiting for you to sign in in the browser (the code expires at %1).")
            .arg(QLocale().toString(code.expiresUtc.toLocalTime().time(), QLocale::ShortFormat)));
}

void UpdatePage::cancelSignIn()
{
    if (!m_signIn)
        return;
    m_signIn.reset();
    m_ui->deviceCodeLabel->clear();
    m_ui->signInMessage->showMessage(InlineMessage::Kind::Information, tr("Sign-in cancelled."));
    setBusy(false);
    updateActions();
}

void UpdatePage::onSignedIn(const arm::AccessToken &token, const Error &error)
{
    const bool deviceCode = m_ui->methodCombo->currentIndex() == DeviceCodeMethod;
    m_signIn.release()->deleteLater();
    setBusy(false);
    m_ui->deviceCodeLabel->clear();
    if (error) {
        m_ui->signInMessage->showMessage(
            InlineMessage::Kind::Error, tr("Sign-in failed: %1").arg(error.message()));
        updateActions();
        return;
    }
    m_tokens = std::make_unique<arm::TokenProvider>(state()->network(), signInSettings());
    if (!deviceCode)
        m_tokens->setClientSecret(m_ui->secretEdit->text());
    m_tokens->setRetryPolicy(m_policy);
    if (deviceCode) {
        // Stay signed in: the refresh token (and each rotated one) goes to the keychain; not
        // asked: any remembered one is forgotten.
        const bool stay = m_ui->staySignedInCheck->isChecked();
        m_tokens->setPersistRefreshToken(stay);
        connect(
            m_tokens.get(), &arm::TokenProvider::refreshTokenChanged, this, &UpdatePage::storeRefreshToken);
        if (!stay)
            storeRefreshToken(QString());
    }
    m_tokens->setAccessToken(token);
    m_ui->signInMessage->showMessage(InlineMessage::Kind::Positive,
        deviceCode ? tr("Signed in with your account.")
                   : tr("Signed in as the service principal %1.").arg(signInSettings().clientId));
    listServices();
}

void UpdatePage::storeRefreshToken(const QString &refreshToken)
{
    if (!state()->secrets())
        return;
    SecretWriteJob *job
        = state()->secrets()->write(state()->profile().name, SecretKind::ArmRefreshToken, refreshToken, this);
    connect(job, &SecretWriteJob::finished, this, [this, job](const Error &error) {
        if (error)
            m_ui->signInMessage->showMessage(InlineMessage::Kind::Warning,
                tr("Signed in, but the sign-in could not be remembered: %1").arg(error.message()));
        job->deleteLater();
    });
    job->start();
}

void UpdatePage::resumeSignIn(const QString &refreshToken)
{
    m_tokens = std::make_unique<arm::TokenProvider>(state()->network(), signInSettings());
    m_tokens->setRetryPolicy(m_policy);
    m_tokens->setPersistRefreshToken(true);
    m_tokens->setRefreshToken(refreshToken);
    connect(m_tokens.get(), &arm::TokenProvider::refreshTokenChanged, this, &UpdatePage::storeRefreshToken);
    arm::TokenRequest *request = m_tokens->request(nullptr);
    m_resume.reset(request);
    connect(request, &arm::TokenRequest::finished, this, [this](const QString &, const Error &error) {
        m_resume.release()->deleteLater();
        setBusy(false);
        if (error) {
            m_tokens.reset();
            m_ui->signInMessage->showMessage(InlineMessage::Kind::Warning,
                tr("The remembered sign-in no longer works (%1): sign in again.").arg(error.message()));
            updateActions();
            return;
        }
        m_ui->methodCombo->setCurrentIndex(DeviceCodeMethod);
        m_ui->staySignedInCheck->setChecked(true);
        m_ui->signInMessage->showMessage(
            InlineMessage::Kind::Positive, tr("Signed in with your account (remembered on this computer)."));
        listServices();
    });
    m_ui->signInMessage->showMessage(InlineMessage::Kind::Information, tr("Signing in as last time…"));
    setBusy(true);
    request->start();
    updateActions();
}

} // namespace mlr::gui
