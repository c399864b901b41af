#include "arm/armoperation.h"

#include <QNetworkAccessManager>

namespace mlr::arm {

ArmOperation::ArmOperation(
    QNetworkAccessManager *nam, TokenProvider *tokens, ArmTarget target, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_tokens(tokens)
    , m_target(std::move(target))
{ }

ArmOperation::~ArmOperation() = default;

void ArmOperation::start()
{
    if (m_started) {
        qWarning("ArmOperation::start() called twice");
        return;
    }
    m_started = true;
    later([this] {
        if (const Error e = m_target.validate(needsResourceGroup()))
            failBeforeStart(e);
        else
            begin();
    });
}

void ArmOperation::later(std::function<void()> fn)
{
    QMetaObject::invokeMethod(this, std::move(fn), Qt::QueuedConnection);
}

bool ArmOperation::markFinished()
{
    if (m_finished)
        return false;
    m_finished = true;
    return true;
}

void ArmOperation::send(
    const QByteArray &verb, const QUrl &url, const QByteArray &body, const QString &context, Done done)
{
    if (!m_target.mayReceiveToken(url)) {
        Error e = Error::input(tr("Azure Resource Manager pointed to %1, which is not %2: the sign-in token "
                                  "was not sent there.")
                                   .arg(url.host(), m_target.armUrl.host()));
        later([done = std::move(done), e = e.withContext(context)] { done({}, e); });
        return;
    }
    if (!m_tokens) {
        later([done = std::move(done), context] {
            done({}, Error::input(tr("You are not signed in to Azure.")).withContext(context));
        });
        return;
    }
    m_tokenRequest.reset(m_tokens->request(nullptr));
    connect(m_tokenRequest.get(), &TokenRequest::finished, this,
        [this, verb, url, body, context, done = std::move(done)](const QString &token, const Error &error) {
            m_tokenRequest.release()->deleteLater();
            if (error) {
                Error e = error;
                const QString why = e.context;
                done(
                    {}, e.withContext(why.isEmpty() ? context : QStringLiteral("%1 (%2)").arg(context, why)));
                return;
            }
            sendWithToken(verb, url, body, context, token, false, done);
        });
    m_tokenRequest->start();
}

void ArmOperation::sendWithToken(const QByteArray &verb, const QUrl &url, const QByteArray &body,
    const QString &context, const QString &token, bool renewed, Done done)
{
    const RequestFactory factory = m_factory;
    const QByteArray authorization = "Bearer " + token.toLatin1();
    const bool hasBody = !body.isEmpty();
    m_call = std::make_unique<HttpCall>(m_nam.data(), verb, [factory, url, authorization, hasBody](int) {
        QNetworkRequest request = factory.make(url);
        request.setRawHeader("Authorization", authorization);
        request.setRawHeader("Accept", "application/json");
        request.setRawHeader("accept-language", "en-US");
        if (hasBody)
            request.setHeader(
                QNetworkRequest::ContentTypeHeader, QByteArray("application/json; charset=utf-8"));
        return request;
    });
    m_call->setBody(body);
    m_call->setRetryPolicy(m_policy);
    m_call->setContext(context);
    connect(m_call.get(), &HttpCall::retrying, this, &ArmOperation::retrying);
    connect(m_call.get(), &HttpCall::finished, this,
        [this, verb, url, body, context, token, renewed, done](
            const HttpResponse &response, const Error &error) {
            m_call.release()->deleteLater();
            Error e = error;
            if (e.kind == Error::Kind::Http)
                addArmErrorDetails(e, response.body);
            if (e.kind == Error::Kind::Http && e.httpStatus == 401
                && e.serviceCode.compare(u"InvalidAuthenticationTokenAudience", Qt::CaseInsensitive) == 0) {
                // A renewal asks for the same audience: say what is wrong instead.
                e.withContext(
                    tr("%1: Azure refused the sign-in's token because it is for another service (its "
                       "audience); a token for Azure Resource Manager is needed")
                        .arg(context));
                done(response, e);
                return;
            }
            if (e.kind == Error::Kind::Http && e.httpStatus == 401 && m_tokens) {
                if (renewed) {
                    e.withContext(tr("%1: Azure did not accept the sign-in, even after renewing it. Sign in "
                                     "again, and check that the account has access to the subscription")
                                      .arg(context));
                    done(response, e);
                    return;
                }
                // One renewal, then the same request once more.
                m_tokenRequest.reset(m_tokens->request(nullptr, true, token));
                connect(m_tokenRequest.get(), &TokenRequest::finished, this,
                    [this, verb, url, body, context, done, e](const QString &fresh, const Error &renewError) {
                        m_tokenRequest.release()->deleteLater();
                        if (renewError) {
                            Error r = renewError;
                            const QString why = r.context;
                            r.withContext(why.isEmpty()
                                    ? tr("%1: the Azure sign-in expired and could not be renewed")
                                          .arg(context)
                                    : tr("%1: the Azure sign-in expired and could not be renewed (%2)")
                                          .arg(context, why));
                            done({}, r);
                            return;
                        }
                        sendWithToken(verb, url, body, context, fresh, true, done);
                    });
                m_tokenRequest->start();
                return;
            }
            done(response, e);
        });
    m_call->start();
}

} // namespace mlr::arm
