#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace mlr::server {

// Member of obj whose name equals `name` case-insensitively (exact match preferred);
// Undefined when absent.
QJsonValue ciValue(const QJsonObject &obj, QStringView name);
// The exact key in obj matching `name` case-insensitively; empty when absent.
QString ciKey(const QJsonObject &obj, QStringView name);

// PATCH merge (reference §4.6, inferred rule): objects merge member by member, recursively;
// arrays, scalars and null replace. Keys are matched exactly (normalise them first).
QJsonObject deepMerge(const QJsonObject &target, const QJsonObject &patch);

// Parses a JSON object body. nullopt with *error set ("line 3, column 7: ...") otherwise.
std::optional<QJsonObject> parseObject(const QByteArray &body, QString *error);

QString randomHex(int bytes); // lowercase hex of cryptographically random bytes
QString randomBase64(int bytes); // base64 (API keys, secrets)
QString newGuid(); // "xxxxxxxx-xxxx-..." lowercase

// ARM timestamps: "2017-04-26T17:08:46.4482096Z" (7 fractional digits, UTC).
QString armTime(const QDateTime &utc);
// Parses ISO-8601 (any fraction); invalid QDateTime on failure.
QDateTime parseTime(const QString &text);

// "South Central US" -> "southcentralus".
QString normalizeLocation(const QString &location);

} // namespace mlr::server
