#include "http/trustedcas.h"

#include <QCoreApplication>
#include <QFile>
#include <QMutex>
#include <QNetworkRequest>
#include <QSslConfiguration>

namespace mlr::tls {

namespace {

struct Store
{
    QMutex mutex;
    QList<QSslCertificate> certificates;
    QStringList files;
};

Store &store()
{
    static Store s;
    return s;
}

} // namespace

Error trustCaFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::input(
            QCoreApplication::translate("mlr::tls", "The CA certificate file %1 cannot be read: %2.")
                .arg(path, file.errorString()));
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (certificates.isEmpty())
        return Error::input(QCoreApplication::translate(
            "mlr::tls", "The CA certificate file %1 holds no PEM certificate (-----BEGIN CERTIFICATE-----).")
                                .arg(path));
    Store &s = store();
    const QMutexLocker lock(&s.mutex);
    for (const QSslCertificate &certificate : certificates)
        if (!s.certificates.contains(certificate))
            s.certificates.append(certificate);
    if (!s.files.contains(path))
        s.files.append(path);
    return {};
}

Error trustCaFileFromEnvironment()
{
    const QString path = qEnvironmentVariable("SSL_CERT_FILE");
    if (path.isEmpty())
        return {};
    Error error = trustCaFile(path);
    if (error)
        error.detail = QCoreApplication::translate("mlr::tls", "%1 (set by SSL_CERT_FILE)").arg(error.detail);
    return error;
}

QList<QSslCertificate> extraCaCertificates()
{
    Store &s = store();
    const QMutexLocker lock(&s.mutex);
    return s.certificates;
}

void apply(QNetworkRequest &request)
{
    if (request.url().scheme() != u"https")
        return;
    const QList<QSslCertificate> extra = extraCaCertificates();
    if (extra.isEmpty())
        return;
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.addCaCertificates(extra);
    request.setSslConfiguration(configuration);
}

void clearForTests()
{
    Store &s = store();
    const QMutexLocker lock(&s.mutex);
    s.certificates.clear();
    s.files.clear();
}

} // namespace mlr::tls
