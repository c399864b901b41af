#include "storage/sharedkey.h"

#include "storage/storageaccount.h"

#include <QLocale>
#include <QMessageAuthenticationCode>
#include <QUrlQuery>

#include <algorithm>
#include <map>

namespace mlr {

QByteArray sharedKeyStringToSign(
    const QByteArray &verb, const QNetworkRequest &request, qint64 contentLength, const QString &accountName)
{
    QByteArray out = verb.toUpper();
    out += '\n';
    const auto header = [&](const char *name) {
        out += request.rawHeader(name);
        out += '\n';
    };
    header("Content-Encoding");
    header("Content-Language");
    if (contentLength > 0)
        out += QByteArray::number(contentLength);
    out += '\n';
    header("Content-MD5");
    header("Content-Type");
    header("Date");
    header("If-Modified-Since");
    header("If-Match");
    header("If-None-Match");
    header("If-Unmodified-Since");
    header("Range");

    // CanonicalizedHeaders: x-ms-* lower-cased, sorted by name (byte order), trimmed.
    std::map<QByteArray, QByteArray> msHeaders;
    for (const QByteArray &name : request.rawHeaderList()) {
        const QByteArray lower = name.trimmed().toLower();
        if (lower.startsWith("x-ms-"))
            msHeaders[lower] = request.rawHeader(name).trimmed();
    }
    for (const auto &[name, value] : msHeaders) {
        out += name;
        out += ':';
        out += value;
        out += '\n';
    }

    // CanonicalizedResource: the path exactly as sent, then decoded query parameters.
    const QUrl url = request.url();
    QByteArray path = url.path(QUrl::FullyEncoded).toUtf8();
    if (path.isEmpty())
        path = "/";
    out += '/';
    out += accountName.toUtf8();
    out += path;
    std::map<QString, QStringList> params;
    for (const auto &[name, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded))
        params[name.toLower()].append(value);
    for (auto &[name, list] : params) {
        std::sort(list.begin(), list.end());
        out += '\n';
        out += name.toUtf8();
        out += ':';
        out += list.join(u',').toUtf8();
    }
    return out;
}

QByteArray rfc1123Date(const QDateTime &utc)
{
    return QLocale::c().toString(utc.toUTC(), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'").toLatin1();
}

QDateTime parseRfc1123Date(const QByteArray &text)
{
    QString value = QString::fromLatin1(text.trimmed());
    if (value.endsWith(QStringLiteral(" GMT")))
        value.chop(4);
    QDateTime when = QLocale::c().toDateTime(value, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss"));
    if (!when.isValid())
        return {};
    when.setTimeSpec(Qt::UTC);
    return when;
}

QByteArray storageHmac(const QString &base64Key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(
        message, QByteArray::fromBase64(base64Key.toLatin1()), QCryptographicHash::Sha256)
        .toBase64();
}

void signSharedKey(QNetworkRequest &request, const QByteArray &verb, qint64 contentLength,
    const StorageAccount &account, const QDateTime &nowUtc)
{
    request.setRawHeader("x-ms-date", rfc1123Date(nowUtc));
    if (!request.hasRawHeader("x-ms-version"))
        request.setRawHeader("x-ms-version", storageApiVersion.toByteArray());
    const QByteArray signature
        = storageHmac(account.key, sharedKeyStringToSign(verb, request, contentLength, account.name));
    request.setRawHeader("Authorization", "SharedKey " + account.name.toUtf8() + ':' + signature);
}

} // namespace mlr
