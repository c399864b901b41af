#include "arm/signin.h"

#include "http/redaction.h"

#include <QNetworkAccessManager>

namespace mlr::arm {

SignInOperation::SignInOperation(
    QNetworkAccessManager *nam, SignInSettings settings, QString scope, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_settings(std::move(settings))
    , m_scope(std::move(scope))
{ }

SignInOperation::~SignInOperation() = default;

void SignInOperation::start()
{
    if (m_started) {
        qWarning("SignInOperation::start() called twice");
        return;
    }
    m_started = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (const Error e = m_settings.validate())
                finish({}, Error(e).withContext(tr("Signing in to Azure")));
            else
                begin();
        },
        Qt::QueuedConnection);
}

void SignInOperation::post(const QUrl &url, const QList<QPair<QString, QString>> &form,
    const RetryPolicy &policy, std::function<void(const HttpResponse &, const Error &)> done)
{
    // application/x-www-form-urlencoded, every value percent-encoded ('+' and '&' included).
    QByteArray body;
    for (const auto &[key, value] : form) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    const RequestFactory factory = m_factory;
    m_call = std::make_unique<HttpCall>(m_nam.data(), "POST", [factory, url](int) {
        QNetworkRequest request = factory.make(url);
        request.setHeader(
            QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
        request.setRawHeader("Accept", "application/json");
        return request;
    });
    m_call->setBody(body);
    m_call->setRetryPolicy(policy);
    connect(m_call.get(), &HttpCall::finished, this,
        [this, done = std::move(done)](const HttpResponse &response, const Error &error) {
            m_call.release()->deleteLater();
            done(response, error);
        });
    m_call->start();
}

void SignInOperation::finish(const AccessToken &token, const Error &error)
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(token, error);
}

// Answers a token request: the token, or the AAD error in plain words.
static void answerToken(SignInOperation *op, const HttpResponse &response, const Error &error,
    const std::function<void(const AccessToken &, const Error &)> &finish)
{
    Q_UNUSED(op);
    if (error) {
        finish({}, aadError(response, error));
        return;
    }
    Error parseError;
    const auto token = parseTokenResponse(response.body, QDateTime::currentDateTimeUtc(), &parseError);
    if (!token) {
        finish({}, parseError.withContext(SignInOperation::tr("Signing in to Azure")));
        return;
    }
    finish(*token, {});
}

// ---------------------------------------------------------------------------------------

ClientSecretSignIn::ClientSecretSignIn(
    QNetworkAccessManager *nam, SignInSettings settings, QString clientSecret, QObject *parent)
    : SignInOperation(nam, std::move(settings), armScope(), parent)
    , m_secret(std::move(clientSecret))
{
    redaction::registerSecret(m_secret);
}

void ClientSecretSignIn::begin()
{
    if (m_secret.isEmpty()) {
        finish({}, Error::input(tr("No client secret is set for application %1.").arg(settings().clientId)));
        return;
    }
    post(settings().tokenUrl(),
        { { QStringLiteral("client_id"), settings().clientId }, { QStringLiteral("client_secret"), m_secret },
            { QStringLiteral("grant_type"), QStringLiteral("client_credentials") },
            { QStringLiteral("scope"), scope() } },
        policy(), [this](const HttpResponse &response, const Error &error) {
            answerToken(
                this, response, error, [this](const AccessToken &t, const Error &e) { finish(t, e); });
        });
}

// ---------------------------------------------------------------------------------------

RefreshTokenSignIn::RefreshTokenSignIn(
    QNetworkAccessManager *nam, SignInSettings settings, QString refreshToken, QObject *parent)
    : SignInOperation(nam, std::move(settings), interactiveScope(), parent)
    , m_refreshToken(std::move(refreshToken))
{
    redaction::registerSecret(m_refreshToken);
}

void RefreshTokenSignIn::begin()
{
    if (m_refreshToken.isEmpty()) {
        finish({}, Error::input(tr("There is no saved Azure sign-in: sign in again.")));
        return;
    }
    post(settings().tokenUrl(),
        { { QStringLiteral("client_id"), settings().clientId },
            { QStringLiteral("grant_type"), QStringLiteral("refresh_token") },
            { QStringLiteral("refresh_token"), m_refreshToken }, { QStringLiteral("scope"), scope() } },
        policy(), [this](const HttpResponse &response, const Error &error) {
            answerToken(this, response, error, [this](const AccessToken &t, const Error &e) {
                AccessToken token = t;
                if (!token.isNull() && token.refreshToken.isEmpty())
                    token.refreshToken = m_refreshToken; // not rotated: the old one stays valid
                finish(token, e);
            });
        });
}

// ---------------------------------------------------------------------------------------

DeviceCodeSignIn::DeviceCodeSignIn(QNetworkAccessManager *nam, SignInSettings settings, QObject *parent)
    : SignInOperation(nam, std::move(settings), interactiveScope(), parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &DeviceCodeSignIn::poll);
}

void DeviceCodeSignIn::begin()
{
    post(settings().deviceCodeUrl(),
        { { QStringLiteral("client_id"), settings().clientId }, { QStringLiteral("scope"), scope() } },
        policy(), [this](const HttpResponse &response, const Error &error) {
            if (error) {
                finish({}, aadError(response, error));
                return;
            }
            Error parseError;
            const auto code = parseDeviceCode(response.body, QDateTime::currentDateTimeUtc(), &parseError);
            if (!code) {
                finish({}, parseError.withContext(tr("Signing in to Azure")));
                return;
            }
            m_code = *code;
            m_elapsed.start();
            Q_EMIT codeReady(m_code);
            schedule();
        });
}

void DeviceCodeSignIn::schedule()
{
    // The code's lifetime counts in units of m_secondMs, so tests can run the flow quickly.
    const qint64 leftMs = qint64(m_code.expiresInSeconds) * m_secondMs - m_elapsed.elapsed();
    if (leftMs <= 0) {
        finish({},
            Error::input(tr("The sign-in code %1 expired before it was used. Start the sign-in again.")
                             .arg(m_code.userCode)));
        return;
    }
    m_timer.start(qMin<qint64>(qint64(m_code.intervalSeconds) * m_secondMs, leftMs));
}

void DeviceCodeSignIn::poll()
{
    ++m_polls;
    post(settings().tokenUrl(),
        { { QStringLiteral("client_id"), settings().clientId },
            { QStringLiteral("grant_type"), QStringLiteral("urn:ietf:params:oauth:grant-type:device_code") },
            { QStringLiteral("device_code"), m_code.deviceCode } },
        policy(),
        [this](const HttpResponse &response, const Error &error) { onPollAnswer(response, error); });
}

void DeviceCodeSignIn::onPollAnswer(const HttpResponse &response, const Error &error)
{
    if (!error) {
        answerToken(this, response, error, [this](const AccessToken &t, const Error &e) { finish(t, e); });
        return;
    }
    const QString oauth = oauthError(response.body);
    if (oauth == u"authorization_pending" || oauth == u"slow_down") {
        if (oauth == u"slow_down")
            m_code.intervalSeconds += 5; // RFC 8628 section 3.5
        Q_EMIT waiting(m_code.intervalSeconds);
        schedule();
        return;
    }
    Error e = aadError(response, error);
    if (oauth == u"expired_token" || oauth == u"code_expired")
        e.withContext(tr("Signing in to Azure failed: the sign-in code %1 expired before it was used. Start "
                         "the sign-in again")
                          .arg(m_code.userCode));
    else if (oauth == u"authorization_declined" || oauth == u"access_denied")
        e.withContext(tr("Signing in to Azure failed: the sign-in was declined in the browser"));
    else if (oauth == u"bad_verification_code")
        e.withContext(tr("Signing in to Azure failed: the service does not know the sign-in code. Start the "
                         "sign-in again"));
    finish({}, e);
}

} // namespace mlr::arm
