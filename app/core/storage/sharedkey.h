#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QNetworkRequest>
#include <QString>

namespace mlr {

struct StorageAccount;

// The x-ms-version sent on every storage request. Pinned: Azurite 3.35 and 3.37 accept it, and
// it has the 4000 MiB block / 5000 MiB Put Blob limits.
inline constexpr QByteArrayView storageApiVersion = "2021-12-02";

// Shared Key StringToSign (x-ms-version >= 2015-02-21) for a request as it will be sent:
// the standard headers read from the request (missing ones empty; Content-Length passed in,
// 0 signed as empty), the x-ms-* headers lower-cased and sorted, then the canonicalized
// resource "/" + account + encoded path, and the decoded query parameters sorted by name.
QByteArray sharedKeyStringToSign(
    const QByteArray &verb, const QNetworkRequest &request, qint64 contentLength, const QString &accountName);

// Sets x-ms-date (from nowUtc, RFC 1123), x-ms-version (storageApiVersion unless already set)
// and Authorization: SharedKey <account>:<signature>. Call once per attempt, after every
// other header of the request is set.
void signSharedKey(QNetworkRequest &request, const QByteArray &verb, qint64 contentLength,
    const StorageAccount &account, const QDateTime &nowUtc);

// "Mon, 01 Jan 2024 00:00:00 GMT"
QByteArray rfc1123Date(const QDateTime &utc);
// Parses an RFC 1123 date as storage sends it; invalid QDateTime when malformed.
QDateTime parseRfc1123Date(const QByteArray &text);

// Base64 HMAC-SHA256 of message with the decoded base64 key.
QByteArray storageHmac(const QString &base64Key, const QByteArray &message);

} // namespace mlr
