#pragma once

#include "server/errors.h"
#include "server/faults.h"
#include "server/responder.h"

#include <QAbstractHttpServer>
#include <QSslConfiguration>
#include <QRegularExpression>

class QTcpServer;

namespace mlr::server {

// One listening port (one surface) of mlstudio-local: Qt HttpServer parses the requests,
// this class routes them to handlers by method and anchored path pattern, and applies the
// fault injector's decision before (status, reset, stall) or after (truncate, reset/stall
// "after") the handler. Listens on 127.0.0.1 only.
class HttpFront : public QAbstractHttpServer
{
    Q_OBJECT

public:
    HttpFront(Surface surface, QObject *parent = nullptr);

    // port 0 = a free port. False (with *error) when the port cannot be bound.
    bool listenLocal(quint16 port, QString *error);
    // The same over HTTPS only (TlsServer): a plain HTTP request gets 400 HttpsRequired.
    bool listenLocalTls(quint16 port, const QSslConfiguration &tls, QString *error);
    quint16 port() const { return m_port; }
    QString baseUrl() const; // http://127.0.0.1:PORT, or https:// when listening with TLS

    // pattern: a regular expression over the decoded path, anchored at both ends, matched
    // case-insensitively (ARM and the data plane treat path segments case-insensitively).
    void addRoute(const QByteArray &method, const QString &pattern, const QString &routeId, Handler handler);
    void setFaultInjector(FaultInjector *faults) { m_faults = faults; }
    void setVerbose(bool verbose) { m_verbose = verbose; }
    Surface surface() const { return m_surface; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Route
    {
        QByteArray method;
        QRegularExpression pattern;
        QString routeId;
        Handler handler;
    };

    void dispatch(const Route &route, Request request, QTcpSocket *socket, bool closeAfter);
    bool listenOn(QTcpServer *server, quint16 port, QString *error); // takes the server

    Surface m_surface;
    quint16 m_port = 0;
    bool m_tls = false;
    QList<Route> m_routes;
    FaultInjector *m_faults = nullptr;
    bool m_verbose = false;
};

} // namespace mlr::server
