#include "server/tlsserver.h"

#include "server/errors.h"

#include <QJsonDocument>
#include <QSocketNotifier>
#include <QSslSocket>
#include <QTimer>

#include <memory>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace mlr::server {

TlsServer::TlsServer(const QSslConfiguration &configuration, QObject *parent)
    : QTcpServer(parent)
    , m_configuration(configuration)
{ }

void TlsServer::incomingConnection(qintptr descriptor)
{
    auto *notifier = new QSocketNotifier(descriptor, QSocketNotifier::Read, this);
    auto *timeout = new QTimer(notifier);
    timeout->setSingleShot(true);
    connect(timeout, &QTimer::timeout, notifier, [notifier, descriptor]() {
        notifier->deleteLater();
        ::close(int(descriptor));
    });
    connect(notifier, &QSocketNotifier::activated, this, [this, notifier, descriptor]() {
        notifier->setEnabled(false);
        notifier->deleteLater();
        unsigned char first = 0;
        const ssize_t n = ::recv(int(descriptor), &first, 1, MSG_PEEK);
        if (n <= 0)
            ::close(int(descriptor));
        else if (first == 0x16)
            startTls(descriptor);
        else
            answerPlainHttp(descriptor);
    });
    timeout->start(30000);
}

void TlsServer::startTls(qintptr descriptor)
{
    auto *socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        ::close(int(descriptor));
        delete socket;
        return;
    }
    socket->setSslConfiguration(m_configuration);
    connect(socket, &QSslSocket::encrypted, this, [this, socket]() {
        addPendingConnection(socket);
        Q_EMIT newConnection();
    });
    connect(socket, &QSslSocket::sslErrors, socket, [socket](const QList<QSslError> &) { socket->abort(); });
    connect(socket, &QAbstractSocket::errorOccurred, socket, [socket](QAbstractSocket::SocketError) {
        if (!socket->isEncrypted())
            socket->deleteLater();
    });
    connect(socket, &QAbstractSocket::disconnected, socket, [socket]() {
        if (!socket->isEncrypted())
            socket->deleteLater();
    });
    socket->startServerEncryption();
}

void TlsServer::answerPlainHttp(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        ::close(int(descriptor));
        delete socket;
        return;
    }
    const quint16 port = serverPort();
    auto head = std::make_shared<QByteArray>();
    const auto answer = [socket, port, head]() {
        *head += socket->readAll();
        if (!head->contains("\r\n\r\n") && !head->contains("\n\n") && head->size() < 16384)
            return; // wait for the end of the request head
        const QByteArray body
            = QJsonDocument(errorBody(u"HttpsRequired"_s,
                                u"This endpoint accepts HTTPS only: the request was sent "
                                u"as plain HTTP. Use https://127.0.0.1:%1 and trust the "
                                u"sandbox's CA certificate (ca.pem in its data folder)."_s.arg(port)))
                  .toJson(QJsonDocument::Compact);
        socket->write("HTTP/1.1 400 Bad Request\r\nContent-Type: application/json; charset=utf-8\r\n"
                      "Connection: close\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        socket->disconnectFromHost();
        socket->disconnect(socket, &QTcpSocket::readyRead, nullptr, nullptr);
    };
    connect(socket, &QTcpSocket::readyRead, socket, answer);
    connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
    QTimer::singleShot(0, socket, answer);
}

} // namespace mlr::server
