#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QPointer>
#include <QRegularExpressionMatch>
#include <QTcpSocket>
#include <QUrl>

#include <functional>
#include <memory>

namespace mlr::server {

using RawHeaders = QList<QPair<QByteArray, QByteArray>>;

// One HTTP request, copied out of Qt HttpServer's parser (which reuses its request object
// for the next request on the connection), so handlers may keep it while they work.
struct Request
{
    QByteArray method; // "GET", "POST", ...
    QUrl url; // path + query as received
    QString path; // decoded path
    RawHeaders headers;
    QByteArray body;
    QRegularExpressionMatch match; // of the route's pattern against path
    QString routeId; // e.g. "arm.patch"; fault rules name these
    QString baseUrl; // "http://127.0.0.1:PORT" of the port that received it
    // Fault "noop" (update without effect): the handler answers as if it had succeeded and
    // changes nothing. Only update routes honour it.
    bool noEffect = false;

    QByteArray header(QByteArrayView name) const; // case-insensitive; empty when absent
    bool hasQuery(QStringView name) const; // case-insensitive name
    QString query(QStringView name) const; // decoded value; empty when absent
    QString capture(int index) const { return match.captured(index); }
    QString capture(QStringView name) const { return match.captured(name); }
};

// What a fault does to the answer (the part applied after the handler ran).
struct ResponseFault
{
    enum class Kind
    {
        None,
        Reset, // the answer is replaced by a TCP reset
        Truncate, // the headers announce the whole body; `bytes` of it are sent, then close
        Delay, // the answer is held back `delayMs`
    };
    Kind kind = Kind::None;
    qint64 bytes = -1; // Truncate: bytes of body sent (-1 = half)
    int delayMs = 0;
};

// Answers one request, once, asynchronously if the handler likes: it holds a guarded
// pointer to the connection, so a client that went away is simply not answered. Every
// answer carries Date, x-ms-request-id, Content-Type and Content-Length. A responder
// destroyed without answering answers 500 (a handler bug, logged).
class Responder
{
public:
    Responder(QTcpSocket *socket, QByteArray requestId, bool closeAfter, ResponseFault fault);
    ~Responder();
    Responder(const Responder &) = delete;
    Responder &operator=(const Responder &) = delete;

    bool isConnected() const;
    bool hasAnswered() const { return m_answered; }
    const QByteArray &requestId() const { return m_requestId; }
    QTcpSocket *socket() const { return m_socket; }

    // contentType defaults to application/json; charset=utf-8 when the body is non-empty.
    void send(int status, const QByteArray &body, const RawHeaders &headers = {});
    void sendJson(int status, const QJsonValue &json, const RawHeaders &headers = {});
    void sendEmpty(int status, const RawHeaders &headers = {}) { send(status, {}, headers); }
    // Resets the connection now (RST, no answer).
    void reset();

    static QByteArray reasonPhrase(int status);

private:
    void write(const QByteArray &head, const QByteArray &body);

    QPointer<QTcpSocket> m_socket;
    QByteArray m_requestId;
    bool m_closeAfter = false;
    ResponseFault m_fault;
    bool m_answered = false;
};

using ResponderPtr = std::shared_ptr<Responder>;
using Handler = std::function<void(const Request &request, const ResponderPtr &responder)>;

// Sends an RST on the socket (SO_LINGER 0 + abort).
void resetConnection(QTcpSocket *socket);

} // namespace mlr::server
