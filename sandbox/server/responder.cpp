#include "server/responder.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

#include <sys/socket.h>

using namespace Qt::StringLiterals;

namespace mlr::server {

namespace {
void writeRaw(QTcpSocket *socket, const QByteArray &head, const QByteArray &body, bool close)
{
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    socket->write(head);
    socket->write(body);
    if (close)
        socket->disconnectFromHost();
}
} // namespace

QByteArray Request::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers)
        if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

bool Request::hasQuery(QStringView name) const
{
    const QUrlQuery q(url);
    for (const auto &[key, value] : q.queryItems(QUrl::FullyDecoded))
        if (name.compare(key, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

QString Request::query(QStringView name) const
{
    const QUrlQuery q(url);
    for (const auto &[key, value] : q.queryItems(QUrl::FullyDecoded))
        if (name.compare(key, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

Responder::Responder(QTcpSocket *socket, QByteArray requestId, bool closeAfter, ResponseFault fault)
    : m_socket(socket)
    , m_requestId(std::move(requestId))
    , m_closeAfter(closeAfter)
    , m_fault(fault)
{ }

Responder::~Responder()
{
    if (!m_answered) {
        qWarning("mlstudio-local: a handler dropped request %s without answering", m_requestId.constData());
        send(500, R"({"error":{"code":"InternalError","message":"The request was not answered."}})");
    }
}

bool Responder::isConnected() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

QByteArray Responder::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 413:
        return "Payload Too Large";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

void Responder::sendJson(int status, const QJsonValue &json, const RawHeaders &headers)
{
    QByteArray body;
    if (json.isObject())
        body = QJsonDocument(json.toObject()).toJson(QJsonDocument::Compact);
    else if (json.isArray())
        body = QJsonDocument(json.toArray()).toJson(QJsonDocument::Compact);
    else // a bare JSON value (e.g. the quoted BES job id)
        body = QJsonDocument(QJsonArray { json }).toJson(QJsonDocument::Compact).chopped(1).mid(1);
    send(status, body, headers);
}

void Responder::send(int status, const QByteArray &body, const RawHeaders &headers)
{
    if (m_answered)
        return;
    m_answered = true;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    bool hasType = false;
    for (const auto &[key, value] : headers) {
        hasType = hasType || key.compare("content-type", Qt::CaseInsensitive) == 0;
        head += key + ": " + value + "\r\n";
    }
    if (!hasType && !body.isEmpty())
        head += "Content-Type: application/json; charset=utf-8\r\n";
    head += "Date: "
        + QLocale::c()
              .toString(QDateTime::currentDateTimeUtc(), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s)
              .toLatin1()
        + "\r\n";
    head += "x-ms-request-id: " + m_requestId + "\r\n";
    head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    if (m_closeAfter)
        head += "Connection: close\r\n";
    head += "\r\n";

    if (m_fault.kind == ResponseFault::Kind::Delay && m_fault.delayMs > 0) {
        // Hold the answer back; write it later on the same connection if it is still there.
        QTimer::singleShot(m_fault.delayMs, m_socket.data(),
            [socket = m_socket, head, body, close = m_closeAfter]() { writeRaw(socket, head, body, close); });
        return;
    }
    write(head, body);
}

void Responder::write(const QByteArray &head, const QByteArray &body)
{
    if (!isConnected())
        return;
    switch (m_fault.kind) {
    case ResponseFault::Kind::Reset:
        resetConnection(m_socket);
        return;
    case ResponseFault::Kind::Truncate: {
        const qint64 keep
            = m_fault.bytes >= 0 ? std::min<qint64>(m_fault.bytes, body.size()) : body.size() / 2;
        m_socket->write(head);
        m_socket->write(body.left(keep));
        m_socket->disconnectFromHost(); // closes once the buffered bytes are written
        return;
    }
    case ResponseFault::Kind::None:
    case ResponseFault::Kind::Delay:
        break;
    }
    writeRaw(m_socket, head, body, m_closeAfter);
}

void Responder::reset()
{
    m_answered = true;
    if (isConnected())
        resetConnection(m_socket);
}

void resetConnection(QTcpSocket *socket)
{
    if (!socket)
        return;
    const qintptr fd = socket->socketDescriptor();
    if (fd >= 0) {
        struct linger lin
        {
            1, 0
        };
        ::setsockopt(int(fd), SOL_SOCKET, SO_LINGER, &lin, sizeof lin);
    }
    socket->abort();
}

} // namespace mlr::server
