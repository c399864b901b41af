#pragma once

// Placeholder substitution in template JSON. A string that is exactly "${name}" becomes
// the value of `name` (any JSON: object, array, number, string); "${name}" inside a longer
// string is replaced by the value's text (string values only). Keys are not substituted.

#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace mlr::studio {

// Names met in `value` that `values` lacks are appended to *unknown (once each).
QJsonValue fillTemplate(const QJsonValue &value, const QJsonObject &values, QStringList *unknown);

} // namespace mlr::studio
