#pragma once

#include <QSslConfiguration>
#include <QString>

#include <optional>

namespace mlr::server {

// The sandbox's own certificate authority for its HTTPS listener (Azure ML v2 is HTTPS
// only, and the official SDK refuses to send a bearer token over plain HTTP).
//
// DIR/ca.pem (the CA certificate, what clients trust) and DIR/ca-key.pem (its key, owner-only)
// are made with the `openssl` command on the first start and reused afterwards, so clients
// that trust ca.pem keep working across restarts. Every start issues a fresh server
// certificate for 127.0.0.1 and localhost (30 days), signed by that CA, kept in memory only.
struct LocalTls
{
    QString caFile; // DIR/ca.pem
    QSslConfiguration configuration; // server certificate + key, for QSslSocket
};

// dir must exist. nullopt with *error (naming the openssl step and its message) on failure.
std::optional<LocalTls> prepareLocalTls(const QString &dir, QString *error);

} // namespace mlr::server
