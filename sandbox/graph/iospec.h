#pragma once

// properties.input / properties.output of a web service: a ServiceInputOutputSpecification
// {type: "object", properties: {name: TableSpecification {type: "object", properties:
// {column: ColumnSpecification {type, format, x-ms-isnullable, ...}}}}}.
//
// Column order: JSON objects carry no order (Qt and most ARM clients sort or hash the
// keys), so a schema read from JSON lists its columns by name; columns are matched by name.

#include "engine/datatable.h"

#include <QHash>
#include <QJsonObject>
#include <QMap>

#include <variant>

namespace mlr::studio {

// name -> schema. An absent or empty specification gives an empty map. The error is a
// sentence naming the table and column ("Column 'age' of input 'input1' has type 'Date',
// which is not Boolean, Integer, Number or String.").
std::variant<QMap<QString, Schema>, QString> parseIoSpecification(
    const QJsonObject &specification, const QString &what /* "input" or "output" */);

// The "enum" values (as text) of the columns of table `table` that declare one, by column.
QHash<QString, QStringList> columnEnums(const QJsonObject &specification, const QString &table);

// Studio's ColumnSpecification for a type: Integer {"type":"Integer","format":"Int32",
// "x-ms-isnullable":true}, Number {"Number","Double",true}, Boolean {"Boolean","",true},
// String {"String","",false} (value types are nullable, as .NET's are).
QJsonObject columnSpecification(ValueType type);
// {"title":"","description":description,"type":"object","properties":{column: spec}}
QJsonObject tableSpecification(const Schema &schema, const QString &description = {});
// {"title":"","description":"","type":"object","properties":tables}
QJsonObject ioSpecification(const QJsonObject &tables);

} // namespace mlr::studio
