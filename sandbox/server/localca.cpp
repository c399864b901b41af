#include "server/localca.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QSslKey>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace mlr::server {

namespace {

// Runs `openssl ARGS` in `workDir` (the server is not up yet: waiting here blocks no client).
bool openssl(const QStringList &arguments, const QString &workDir, QString *error)
{
    QProcess process;
    process.setWorkingDirectory(workDir);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(u"openssl"_s, arguments);
    if (!process.waitForStarted(10000)) {
        *error = u"cannot run openssl (install the Debian package openssl): %1"_s.arg(process.errorString());
        return false;
    }
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        *error = u"openssl %1 failed: %2"_s.arg(
            arguments.value(0), QString::fromLocal8Bit(process.readAll()).trimmed());
        return false;
    }
    return true;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

const QStringList ecKey
    = { u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s };

} // namespace

std::optional<LocalTls> prepareLocalTls(const QString &dir, QString *error)
{
    const QDir data(dir);
    const QString caFile = data.filePath(u"ca.pem"_s);
    const QString caKeyFile = data.filePath(u"ca-key.pem"_s);
    if (!QFile::exists(caFile) || !QFile::exists(caKeyFile)) {
        QFile::remove(caFile);
        QFile::remove(caKeyFile);
        if (!openssl(QStringList { u"req"_s, u"-x509"_s } + ecKey
                    + QStringList { u"-keyout"_s, caKeyFile, u"-out"_s, caFile, u"-days"_s, u"3650"_s,
                        u"-subj"_s, u"/CN=mlstudio-local CA/O=ML Retrain Wizard sandbox"_s, u"-addext"_s,
                        u"basicConstraints=critical,CA:TRUE"_s, u"-addext"_s,
                        u"keyUsage=critical,keyCertSign,cRLSign"_s },
                dir, error))
            return std::nullopt;
        QFile::setPermissions(caKeyFile, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    QTemporaryDir work;
    if (!work.isValid()) {
        *error = u"cannot create a temporary folder for the server certificate"_s;
        return std::nullopt;
    }
    const QString extensions = work.filePath(u"server.ext"_s);
    QFile ext(extensions);
    if (!ext.open(QIODevice::WriteOnly)
        || ext.write("subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=critical,CA:FALSE\n"
                     "keyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\n")
            < 0) {
        *error = u"cannot write %1"_s.arg(extensions);
        return std::nullopt;
    }
    ext.close();
    const QString serial
        = u"0x"_s + QString::number(QRandomGenerator::system()->generate64() & 0x7fffffffffffffffULL, 16);
    if (!openssl(QStringList { u"req"_s } + ecKey
                + QStringList { u"-keyout"_s, u"server-key.pem"_s, u"-out"_s, u"server.csr"_s, u"-subj"_s,
                    u"/CN=127.0.0.1"_s },
            work.path(), error)
        || !openssl({ u"x509"_s, u"-req"_s, u"-in"_s, u"server.csr"_s, u"-CA"_s, caFile, u"-CAkey"_s,
                        caKeyFile, u"-set_serial"_s, serial, u"-days"_s, u"30"_s, u"-extfile"_s, extensions,
                        u"-out"_s, u"server.pem"_s },
            work.path(), error))
        return std::nullopt;

    const QList<QSslCertificate> server = QSslCertificate::fromData(readAll(work.filePath(u"server.pem"_s)));
    const QList<QSslCertificate> ca = QSslCertificate::fromData(readAll(caFile));
    const QSslKey key(readAll(work.filePath(u"server-key.pem"_s)), QSsl::Ec);
    if (server.isEmpty() || ca.isEmpty() || key.isNull()) {
        *error = u"openssl made a certificate or key that Qt cannot read (%1)"_s.arg(work.path());
        return std::nullopt;
    }
    LocalTls tls;
    tls.caFile = caFile;
    tls.configuration = QSslConfiguration::defaultConfiguration();
    tls.configuration.setLocalCertificateChain({ server.first(), ca.first() });
    tls.configuration.setPrivateKey(key);
    return tls;
}

} // namespace mlr::server
