#include "server/armschema.h"

#include "server/jsonutil.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

using namespace Qt::StringLiterals;

namespace mlr::server {

namespace {

QString join(const QString &path, const QString &member)
{
    return path.isEmpty() ? member : path + u'.' + member;
}

QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool:
        return u"boolean"_s;
    case QJsonValue::Double:
        return u"number"_s;
    case QJsonValue::String:
        return u"string"_s;
    case QJsonValue::Array:
        return u"array"_s;
    case QJsonValue::Object:
        return u"object"_s;
    default:
        return u"null"_s;
    }
}

} // namespace

const ArmSchema &ArmSchema::instance()
{
    static const ArmSchema schema;
    return schema;
}

ArmSchema::ArmSchema()
{
    QFile file(u":/mlstudio/arm-webservices-2017-01-01.json"_s);
    if (file.open(QIODevice::ReadOnly))
        m_definitions = QJsonDocument::fromJson(file.readAll()).object().value(u"definitions"_s).toObject();
    Q_ASSERT(!m_definitions.isEmpty());
}

QJsonObject ArmSchema::resolve(const QJsonObject &schema) const
{
    const QString ref = schema.value(u"$ref"_s).toString();
    if (ref.startsWith(u"#/definitions/"_s))
        return m_definitions.value(ref.mid(14)).toObject();
    return schema;
}

void ArmSchema::collect(const QJsonObject &schemaIn, QJsonObject *properties, QStringList *required) const
{
    const QJsonObject schema = resolve(schemaIn);
    for (const QJsonValue &part : schema.value(u"allOf"_s).toArray())
        collect(part.toObject(), properties, required);
    const QJsonObject own = schema.value(u"properties"_s).toObject();
    for (auto it = own.begin(); it != own.end(); ++it)
        properties->insert(it.key(), it.value());
    for (const QJsonValue &name : schema.value(u"required"_s).toArray())
        required->append(name.toString());
}

QJsonObject ArmSchema::subtypeFor(const QString &baseName, const QString &discriminatorValue) const
{
    for (auto it = m_definitions.begin(); it != m_definitions.end(); ++it) {
        const QJsonObject def = it.value().toObject();
        if (def.value(u"x-ms-discriminator-value"_s)
                .toString()
                .compare(discriminatorValue, Qt::CaseInsensitive)
            != 0)
            continue;
        for (const QJsonValue &part : def.value(u"allOf"_s).toArray())
            if (part.toObject().value(u"$ref"_s).toString() == u"#/definitions/"_s + baseName)
                return def;
    }
    return {};
}

QJsonValue ArmSchema::normalize(
    const QJsonValue &value, const QString &definition, bool checkRequired, QList<Issue> *issues) const
{
    return walk(value, QJsonObject { { u"$ref"_s, QString(u"#/definitions/"_s + definition) } }, QString(),
        checkRequired, issues);
}

QJsonValue ArmSchema::walk(const QJsonValue &value, const QJsonObject &schemaIn, const QString &path,
    bool checkRequired, QList<Issue> *issues) const
{
    const QString refName = schemaIn.value(u"$ref"_s).toString().mid(14);
    QJsonObject schema = resolve(schemaIn);
    const auto issue = [&](const QString &message) {
        issues->append({ path.isEmpty() ? u"(body)"_s : path, message });
    };

    // Polymorphism: follow the discriminator to the subtype.
    const QString discriminator = schema.value(u"discriminator"_s).toString();
    if (!discriminator.isEmpty() && value.isObject()) {
        const QString tag = ciValue(value.toObject(), discriminator).toString();
        const QJsonObject subtype = subtypeFor(refName, tag);
        if (!subtype.isEmpty())
            schema = subtype;
        else if (!tag.isEmpty())
            issue(u"'%1' value '%2' is not supported; the only package type is 'Graph'."_s.arg(
                discriminator, tag));
    }

    QJsonObject properties;
    QStringList required;
    collect(schema, &properties, &required);
    const QString type = schema.value(u"type"_s).toString();
    const QJsonValue additional = schema.value(u"additionalProperties"_s);

    if (!properties.isEmpty() || additional.isObject() || !schema.value(u"allOf"_s).toArray().isEmpty()) {
        if (!value.isObject()) {
            issue(u"expected an object, got %1."_s.arg(typeName(value)));
            return value;
        }
        const QJsonObject in = value.toObject();
        QJsonObject out;
        for (auto it = in.begin(); it != in.end(); ++it) {
            if (it.value().isNull())
                continue; // an absent value
            QString canonical;
            for (auto p = properties.begin(); p != properties.end(); ++p)
                if (p.key().compare(it.key(), Qt::CaseInsensitive) == 0)
                    canonical = p.key();
            if (!canonical.isEmpty()) {
                const QJsonObject propertySchema = properties.value(canonical).toObject();
                if (propertySchema.value(u"readOnly"_s).toBool())
                    continue; // read-only members of an exported definition are ignored
                out.insert(canonical,
                    walk(it.value(), propertySchema, join(path, canonical), checkRequired, issues));
            } else if (additional.isObject()) {
                out.insert(it.key(),
                    walk(it.value(), additional.toObject(), join(path, it.key()), checkRequired, issues));
            } else {
                out.insert(it.key(), it.value()); // unknown members are kept
            }
        }
        if (checkRequired)
            for (const QString &name : std::as_const(required))
                if (!out.contains(name))
                    issues->append({ join(path, name), u"the member is required."_s });
        return out;
    }

    if (type == u"object"_s || type.isEmpty())
        return value; // a bare object: any JSON value (AutoRest's reading)
    if (type == u"array"_s) {
        if (!value.isArray()) {
            issue(u"expected an array, got %1."_s.arg(typeName(value)));
            return value;
        }
        QJsonArray out;
        const QJsonObject items = schema.value(u"items"_s).toObject();
        const QJsonArray in = value.toArray();
        for (qsizetype i = 0; i < in.size(); ++i)
            out.append(walk(in[i], items, path + u'[' + QString::number(i) + u']', checkRequired, issues));
        return out;
    }
    if (type == u"string"_s) {
        if (!value.isString()) {
            issue(u"expected a string, got %1."_s.arg(typeName(value)));
            return value;
        }
        const QJsonArray allowed = schema.value(u"enum"_s).toArray();
        if (allowed.isEmpty())
            return value;
        if (path.endsWith(u".format"_s) && value.toString().isEmpty())
            return QJsonValue(QJsonValue::Undefined); // wire form for strings; dropped by the caller
        for (const QJsonValue &candidate : allowed)
            if (candidate.toString().compare(value.toString(), Qt::CaseInsensitive) == 0)
                return candidate;
        QStringList names;
        for (const QJsonValue &candidate : allowed)
            names.append(candidate.toString());
        issue(u"'%1' is not one of %2."_s.arg(value.toString(), names.join(u", "_s)));
        return value;
    }
    if (type == u"boolean"_s) {
        if (!value.isBool())
            issue(u"expected a boolean, got %1."_s.arg(typeName(value)));
        return value;
    }
    if (type == u"integer"_s || type == u"number"_s) {
        if (!value.isDouble()) {
            issue(u"expected a number, got %1."_s.arg(typeName(value)));
            return value;
        }
        const double d = value.toDouble();
        if (type == u"integer"_s && d != std::floor(d))
            issue(u"expected an integer, got %1."_s.arg(d));
        if (schema.contains(u"minimum"_s) && d < schema.value(u"minimum"_s).toDouble())
            issue(u"%1 is less than the minimum %2."_s.arg(d).arg(schema.value(u"minimum"_s).toDouble()));
        if (schema.contains(u"maximum"_s) && d > schema.value(u"maximum"_s).toDouble())
            issue(u"%1 is greater than the maximum %2."_s.arg(d).arg(schema.value(u"maximum"_s).toDouble()));
        return value;
    }
    return value;
}

} // namespace mlr::server
