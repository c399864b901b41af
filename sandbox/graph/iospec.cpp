#include "graph/iospec.h"

#include "graph/jsonaccess.h"

using namespace Qt::StringLiterals;

namespace mlr::studio {

std::variant<QMap<QString, Schema>, QString> parseIoSpecification(
    const QJsonObject &specification, const QString &what)
{
    QMap<QString, Schema> out;
    const QJsonValue tables = json::member(specification, u"properties");
    if (tables.isUndefined() || tables.isNull())
        return out;
    if (!tables.isObject())
        return u"The %1 specification's \"properties\" is not an object."_s.arg(what);
    const QJsonObject t = tables.toObject();
    for (auto it = t.begin(); it != t.end(); ++it) {
        if (!it.value().isObject())
            return u"The %1 '%2' is not a table specification (an object)."_s.arg(what, it.key());
        Schema schema;
        const QJsonValue columns = json::member(it.value().toObject(), u"properties");
        if (!columns.isUndefined() && !columns.isNull() && !columns.isObject())
            return u"The columns (\"properties\") of %1 '%2' are not an object."_s.arg(what, it.key());
        const QJsonObject c = columns.toObject();
        for (auto col = c.begin(); col != c.end(); ++col) {
            const QJsonObject spec = col.value().toObject();
            const QString type = json::string(spec, u"type");
            const auto parsed = parseValueType(type);
            if (!parsed) {
                return u"Column '%1' of %2 '%3' has type '%4', which is not Boolean, Integer, Number or "
                       u"String."_s.arg(col.key(), what, it.key(), type);
            }
            schema.append({ col.key(), *parsed });
        }
        out.insert(it.key(), schema);
    }
    return out;
}

QHash<QString, QStringList> columnEnums(const QJsonObject &specification, const QString &table)
{
    QHash<QString, QStringList> out;
    const QJsonObject columns
        = json::object(json::object(json::object(specification, u"properties"), table), u"properties");
    for (auto col = columns.begin(); col != columns.end(); ++col) {
        const QJsonValue values = json::member(col.value().toObject(), u"enum");
        if (!values.isArray())
            continue;
        QStringList texts;
        for (const QJsonValue &v : values.toArray())
            texts.append(json::scalarText(v));
        out.insert(col.key(), texts);
    }
    return out;
}

QJsonObject columnSpecification(ValueType type)
{
    const bool nullable = type != ValueType::String;
    return QJsonObject { { u"type"_s, valueTypeName(type) }, { u"format"_s, valueTypeFormat(type) },
        { u"x-ms-isnullable"_s, nullable } };
}

QJsonObject tableSpecification(const Schema &schema, const QString &description)
{
    QJsonObject columns;
    for (const ColumnSpec &c : schema)
        columns.insert(c.name, columnSpecification(c.type));
    return QJsonObject { { u"title"_s, QString() }, { u"description"_s, description },
        { u"type"_s, u"object"_s }, { u"properties"_s, columns } };
}

QJsonObject ioSpecification(const QJsonObject &tables)
{
    return QJsonObject { { u"title"_s, QString() }, { u"description"_s, QString() },
        { u"type"_s, u"object"_s }, { u"properties"_s, tables } };
}

} // namespace mlr::studio
