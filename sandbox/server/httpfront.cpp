#include "server/httpfront.h"

#include "server/tlsserver.h"

#include <QHttpServerRequest>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace mlr::server {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "UNKNOWN";
    }
}

} // namespace

HttpFront::HttpFront(Surface surface, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_surface(surface)
{ }

bool HttpFront::listenLocal(quint16 port, QString *error)
{
    return listenOn(new QTcpServer(this), port, error);
}

bool HttpFront::listenLocalTls(quint16 port, const QSslConfiguration &tls, QString *error)
{
    m_tls = listenOn(new TlsServer(tls, this), port, error);
    return m_tls;
}

bool HttpFront::listenOn(QTcpServer *server, quint16 port, QString *error)
{
    if (!server->listen(QHostAddress::LocalHost, port)) {
        if (error)
            *error = u"cannot listen on 127.0.0.1:%1: %2"_s.arg(port).arg(server->errorString());
        delete server;
        return false;
    }
    bind(server);
    m_port = server->serverPort();
    return true;
}

QString HttpFront::baseUrl() const
{
    return (m_tls ? u"https://127.0.0.1:%1"_s : u"http://127.0.0.1:%1"_s).arg(m_port);
}

void HttpFront::addRoute(
    const QByteArray &method, const QString &pattern, const QString &routeId, Handler handler)
{
    m_routes.append({ method,
        QRegularExpression(
            QRegularExpression::anchoredPattern(pattern), QRegularExpression::CaseInsensitiveOption),
        routeId, std::move(handler) });
}

bool HttpFront::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Request copy;
    copy.method = methodName(request.method());
    copy.url = request.url();
    copy.path = copy.url.path(QUrl::FullyDecoded);
    copy.headers = request.headers();
    copy.body = request.body();
    copy.baseUrl = baseUrl();
    const bool closeAfter = copy.header("connection").compare("close", Qt::CaseInsensitive) == 0;
    if (m_verbose)
        qInfo("mlstudio-local: %s %s", copy.method.constData(),
            qPrintable(copy.url.toString(QUrl::RemoveQuery)));

    const Route *pathMatch = nullptr;
    for (const Route &route : std::as_const(m_routes)) {
        QRegularExpressionMatch match = route.pattern.match(copy.path);
        if (!match.hasMatch())
            continue;
        pathMatch = &route;
        if (route.method != copy.method)
            continue;
        copy.match = match;
        copy.routeId = route.routeId;
        dispatch(route, std::move(copy), socket, closeAfter);
        return true;
    }
    auto responder = std::make_shared<Responder>(
        socket, QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1(), closeAfter, ResponseFault {});
    if (pathMatch)
        sendMethodNotAllowed(m_surface, responder, copy);
    else
        sendNoRoute(m_surface, responder, copy);
    return true;
}

void HttpFront::dispatch(const Route &route, Request request, QTcpSocket *socket, bool closeAfter)
{
    const QByteArray requestId = QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1();
    FaultInjector::Decision decision;
    if (m_faults && !route.routeId.startsWith(u"admin."_s))
        decision = m_faults->decide(route.routeId);

    ResponseFault after;
    if (decision.fire) {
        switch (decision.kind) {
        case FaultInjector::Kind::Status: {
            auto responder = std::make_shared<Responder>(socket, requestId, closeAfter, ResponseFault {});
            sendFaultStatus(m_surface, responder, decision.status, decision.retryAfter);
            return;
        }
        case FaultInjector::Kind::Reset:
            if (!decision.after) {
                resetConnection(socket);
                return;
            }
            after.kind = ResponseFault::Kind::Reset;
            break;
        case FaultInjector::Kind::Stall:
            if (!decision.after) {
                // Hold the request; handle it later if the client is still there.
                QPointer<QTcpSocket> guard(socket);
                const Handler handler = route.handler;
                QTimer::singleShot(decision.ms, socket, [guard, handler, request, requestId, closeAfter]() {
                    if (!guard || guard->state() != QAbstractSocket::ConnectedState)
                        return;
                    handler(request,
                        std::make_shared<Responder>(guard.data(), requestId, closeAfter, ResponseFault {}));
                });
                return;
            }
            after.kind = ResponseFault::Kind::Delay;
            after.delayMs = decision.ms;
            break;
        case FaultInjector::Kind::Truncate:
            after.kind = ResponseFault::Kind::Truncate;
            after.bytes = decision.bytes;
            break;
        case FaultInjector::Kind::Noop:
            request.noEffect = true;
            break;
        }
    }
    route.handler(request, std::make_shared<Responder>(socket, requestId, closeAfter, after));
}

void HttpFront::missingHandler(const QHttpServerRequest &, QTcpSocket *)
{
    // handleRequest() answers every request (404/405 included).
}

} // namespace mlr::server
