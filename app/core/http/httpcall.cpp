#include "http/httpcall.h"

#include "http/redaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QXmlStreamReader>

namespace mlr {

QByteArray HttpResponse::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

HttpCall::HttpCall(QNetworkAccessManager *nam, QByteArray verb, Prepare prepare, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_verb(std::move(verb))
    , m_prepare(std::move(prepare))
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &HttpCall::sendAttempt);
}

HttpCall::~HttpCall()
{
    if (m_reply) {
        disconnect(m_reply.get(), nullptr, this, nullptr);
        m_reply->abort();
    }
}

void HttpCall::start()
{
    Q_ASSERT(!m_started);
    m_started = true;
    sendAttempt();
}

void HttpCall::sendAttempt()
{
    if (!m_nam) {
        m_done = true;
        Q_EMIT finished({}, Error::cancelled().withContext(m_context));
        return;
    }
    ++m_attempt;
    QNetworkRequest request = m_prepare(m_attempt);
    QNetworkReply *reply = nullptr;
    if (m_verb == "HEAD") {
        reply = m_nam->head(request);
    } else if (m_verb == "GET" || m_verb == "DELETE") {
        reply = m_nam->sendCustomRequest(request, m_verb);
    } else {
        request.setHeader(QNetworkRequest::ContentLengthHeader, m_body.size());
        reply = m_nam->sendCustomRequest(request, m_verb, m_body);
    }
    m_reply.reset(reply);
    connect(reply, &QNetworkReply::finished, this, &HttpCall::onReplyFinished);
    connect(reply, &QNetworkReply::uploadProgress, this, &HttpCall::uploadProgress);
    connect(reply, &QNetworkReply::downloadProgress, this, &HttpCall::downloadProgress);
}

void HttpCall::onReplyFinished()
{
    std::unique_ptr<QNetworkReply> reply = std::move(m_reply);
    HttpResponse response;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.body = reply->readAll();
    response.headers = reply->rawHeaderPairs();

    Error error;
    if (response.status == 0) {
        error = Error::network(reply->error(), redaction::redact(reply->errorString()));
    } else if (response.status < 200 || response.status >= 300) {
        error = Error::http(response.status);
        fillServiceError(error, response);
    }
    reply.release()->deleteLater();
    if (error)
        error.withContext(m_context);

    if (error && m_policy.shouldRetry(error, m_attempt)) {
        const auto delay = m_policy.delayBefore(m_attempt, response.header("Retry-After"));
        Q_EMIT retrying(m_attempt + 1, delay.count(), error);
        m_retryTimer.start(delay);
        return;
    }
    m_done = true;
    Q_EMIT finished(response, error);
}

static QString firstLine(const QString &text)
{
    const QString trimmed = text.trimmed();
    const qsizetype newline = trimmed.indexOf(u'\n');
    return redaction::redact(newline < 0 ? trimmed : trimmed.left(newline).trimmed());
}

void fillServiceError(Error &error, const HttpResponse &response)
{
    error.serviceCode = QString::fromUtf8(response.header("x-ms-error-code"));
    const QByteArray body = response.body.trimmed();
    if (body.startsWith('<')) {
        QXmlStreamReader xml(body);
        while (xml.readNextStartElement()) {
            if (xml.name() == u"Error")
                continue;
            if (xml.name() == u"Code")
                error.serviceCode = xml.readElementText();
            else if (xml.name() == u"Message")
                error.serviceMessage = firstLine(xml.readElementText());
            else
                xml.skipCurrentElement();
        }
    } else if (body.startsWith('{')) {
        const QJsonObject root = QJsonDocument::fromJson(body).object();
        const QJsonValue inner = root.value(QStringLiteral("error"));
        if (inner.isObject()) {
            const QJsonObject e = inner.toObject();
            error.serviceCode = e.value(QStringLiteral("code")).toString(error.serviceCode);
            error.serviceMessage = firstLine(e.value(QStringLiteral("message")).toString());
        } else if (inner.isString()) {
            error.serviceCode = inner.toString();
            error.serviceMessage = firstLine(root.value(QStringLiteral("error_description")).toString());
        }
    }
    error.serviceCode = redaction::redact(error.serviceCode);
}

} // namespace mlr
