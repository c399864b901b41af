#pragma once

// Reading ARM request bodies the way ARM does: property names are matched
// case-insensitively (the official examples use PascalCase, responses camelCase), while
// map keys (node ids, asset ids, parameter and column names) are data and kept as given.

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace mlr::studio::json {

// The member `key` of `o`: an exact match wins, else the first case-insensitive match.
// Undefined when absent.
QJsonValue member(const QJsonObject &o, QStringView key);
// member() as an object / array / string; empty when absent or of another type.
QJsonObject object(const QJsonObject &o, QStringView key);
QJsonArray array(const QJsonObject &o, QStringView key);
QString string(const QJsonObject &o, QStringView key);
bool has(const QJsonObject &o, QStringView key);

// A scalar as text: strings as is, numbers in their shortest form ("0.75", "42"),
// booleans "True"/"False" (Studio's spelling); empty for null, undefined, objects, arrays.
QString scalarText(const QJsonValue &v);

// A WebServiceParameter as text: 2017-01-01 {"value": any, "certificateThumbprint": ...}
// (any case) or the 2016-05-01-preview plain value. nullopt when absent or null (a global
// parameter without a default is required).
std::optional<QString> parameterText(const QJsonValue &v);

// The 2017-01-01 form of a parameter value: {"value": text, "certificateThumbprint": ""}.
QJsonObject parameterValue(const QString &text);

} // namespace mlr::studio::json
