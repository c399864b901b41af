#pragma once

#include <QSslConfiguration>
#include <QTcpServer>

namespace mlr::server {

// A TCP server for an HTTPS-only port: it looks at the first byte a client sends (without
// consuming it). A TLS handshake (0x16) gets a QSslSocket that is handed to the HTTP server
// (nextPendingConnection) once encrypted; anything else is plain HTTP on an HTTPS port and
// is answered "400 HttpsRequired" with an ARM error body, then closed. Connections that
// send nothing for 30 s, or fail the handshake, are closed.
class TlsServer : public QTcpServer
{
    Q_OBJECT

public:
    TlsServer(const QSslConfiguration &configuration, QObject *parent = nullptr);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void startTls(qintptr descriptor);
    void answerPlainHttp(qintptr descriptor);

    QSslConfiguration m_configuration;
};

} // namespace mlr::server
