#pragma once

#include "http/error.h"

#include <QList>
#include <QSslCertificate>
#include <QString>

class QNetworkRequest;

namespace mlr::tls {

// Certificate authorities trusted on top of the system's, for every HTTPS request the core
// makes (RequestFactory::make applies them): the CA of a profile's caCertificateFile (e.g.
// the local sandbox's DIR/ca.pem) and the file named by SSL_CERT_FILE. Certificate checks
// always stay on; this only adds issuers. Process-wide, thread-safe.

// Adds the PEM certificates of `path`. An Error (Kind::Input) naming the file when it cannot
// be read or holds no certificate; nothing changes then. Adding a file twice is harmless.
Error trustCaFile(const QString &path);
// trustCaFile(SSL_CERT_FILE) when the variable is set; its error otherwise none.
Error trustCaFileFromEnvironment();
QList<QSslCertificate> extraCaCertificates();
// Sets the TLS configuration of an https request: the system CAs plus the extra ones.
void apply(QNetworkRequest &request);
// For tests: forget the extra CAs.
void clearForTests();

} // namespace mlr::tls
