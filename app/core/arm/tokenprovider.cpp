#include "arm/tokenprovider.h"

#include "http/redaction.h"

#include <algorithm>
#include <limits>

namespace mlr::arm {

TokenRequest::TokenRequest(TokenProvider *provider, bool force, QString rejected, QObject *parent)
    : QObject(parent)
    , m_provider(provider)
    , m_force(force)
    , m_rejected(std::move(rejected))
{ }

TokenRequest::~TokenRequest() = default;

void TokenRequest::finish(const QString &token, const Error &error)
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(token, error);
}

void TokenRequest::start()
{
    if (m_started)
        return;
    m_started = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            TokenProvider *p = m_provider.data();
            if (!p) {
                finish({}, Error::input(tr("You are not signed in to Azure.")));
                return;
            }
            const AccessToken t = p->current();
            const bool stale = t.expiresWithin(p->m_margin);
            const bool rejected = m_force && (m_rejected.isEmpty() || t.token == m_rejected);
            if (!stale && !rejected) {
                finish(t.token, {});
                return;
            }
            if (!p->canRenew()) {
                finish({},
                    Error::input(t.isNull() ? tr("You are not signed in to Azure: sign in first.")
                                            : tr("The Azure sign-in has expired: sign in again.")));
                return;
            }
            // The provider may go away (sign-out of a session) while renewing: fail, do not hang.
            connect(p, &QObject::destroyed, this, [this] {
                finish({}, Error::input(tr("The Azure sign-in was closed while it was being renewed.")));
            });
            connect(p, &TokenProvider::renewalFinished, this, [this](const Error &error) {
                const TokenProvider *provider = m_provider.data();
                finish(error || !provider ? QString() : provider->current().token, error);
            });
            p->renew();
        },
        Qt::QueuedConnection);
}

// ---------------------------------------------------------------------------------------

TokenProvider::TokenProvider(QNetworkAccessManager *nam, SignInSettings settings, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_settings(std::move(settings))
{
    m_autoTimer.setSingleShot(true);
    connect(&m_autoTimer, &QTimer::timeout, this, [this] {
        if (canRenew())
            renew();
    });
}

TokenProvider::~TokenProvider() = default;

void TokenProvider::setClientSecret(const QString &secret)
{
    m_secret = secret;
    redaction::registerSecret(secret);
}

void TokenProvider::setRefreshToken(const QString &refreshToken)
{
    m_token.refreshToken = refreshToken;
    redaction::registerSecret(refreshToken);
}

void TokenProvider::setAccessToken(const AccessToken &token)
{
    adopt(token);
}

void TokenProvider::setPersistRefreshToken(bool persist)
{
    m_persist = persist;
    if (persist && !m_token.refreshToken.isEmpty())
        Q_EMIT refreshTokenChanged(m_token.refreshToken);
}

void TokenProvider::setAutoRefresh(bool on)
{
    m_auto = on;
    armTimer();
}

void TokenProvider::signOut()
{
    m_renewal.reset();
    m_secret.clear();
    m_token = {};
    m_autoTimer.stop();
    Q_EMIT tokenChanged();
}

TokenRequest *TokenProvider::request(QObject *parent, bool force, const QString &rejected)
{
    return new TokenRequest(this, force, rejected, parent);
}

void TokenProvider::adopt(const AccessToken &token)
{
    const QString oldRefresh = m_token.refreshToken;
    m_token = token;
    if (m_token.refreshToken.isEmpty())
        m_token.refreshToken = oldRefresh;
    redaction::registerSecret(m_token.token);
    redaction::registerSecret(m_token.refreshToken);
    armTimer();
    Q_EMIT tokenChanged();
    if (m_persist && !m_token.refreshToken.isEmpty() && m_token.refreshToken != oldRefresh)
        Q_EMIT refreshTokenChanged(m_token.refreshToken);
}

void TokenProvider::armTimer()
{
    m_autoTimer.stop();
    if (!m_auto || m_token.isNull() || !m_token.expiresUtc.isValid())
        return;
    const qint64 ms = QDateTime::currentDateTimeUtc().msecsTo(m_token.expiresUtc) - m_margin * 1000;
    m_autoTimer.start(int(std::clamp<qint64>(ms, 0, std::numeric_limits<int>::max())));
}

void TokenProvider::renew()
{
    if (m_renewal)
        return; // one at a time: the requests waiting get its renewalFinished
    ++m_renewals;
    if (!m_secret.isEmpty())
        m_renewal = std::make_unique<ClientSecretSignIn>(m_nam.data(), m_settings, m_secret);
    else
        m_renewal = std::make_unique<RefreshTokenSignIn>(m_nam.data(), m_settings, m_token.refreshToken);
    m_renewal->setScope(m_secret.isEmpty() ? m_scope + QStringLiteral(" offline_access") : m_scope);
    m_renewal->setRetryPolicy(m_policy);
    connect(m_renewal.get(), &SignInOperation::finished, this,
        [this](const AccessToken &token, const Error &error) {
            m_renewal.release()->deleteLater();
            if (!error)
                adopt(token);
            Q_EMIT renewalFinished(error);
        });
    m_renewal->start();
}

} // namespace mlr::arm
