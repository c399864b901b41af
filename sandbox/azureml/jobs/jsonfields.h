#pragma once

// Reading ARM request bodies the way ARM does: member names are case-insensitive, and the
// free-form nodes of pipeline jobs may spell them in snake_case (job_input_type) or
// camelCase (jobInputType). Internal to mlstudio-amljobs.

#include <QJsonObject>
#include <QJsonValue>

namespace mlr::aml::json {

// "jobInputType", "JobInputType" and "job_input_type" all give "jobinputtype".
QString foldName(QStringView name);
// The member whose folded name equals foldName(name); Undefined when absent.
QJsonValue field(const QJsonObject &object, QStringView name);
// The first of several spellings that is present (e.g. {"componentId", "component"}).
QJsonValue field(const QJsonObject &object, std::initializer_list<QStringView> names);
// A string member or a number / boolean given instead, as text; empty when absent / null.
QString text(const QJsonValue &value);
bool isTextual(const QJsonValue &value); // string, number or boolean
// "UriFile", "uri_file", "URI_FILE" -> "uri_file"; "Command" -> "command". Values not in
// `known` (snake_case spellings) are returned folded (lower case, no '_').
QString normaliseEnum(const QString &value, const QStringList &known);

} // namespace mlr::aml::json
