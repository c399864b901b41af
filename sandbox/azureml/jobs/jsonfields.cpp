#include "azureml/jobs/jsonfields.h"

#include "engine/datatable.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace mlr::aml::json {

QString foldName(QStringView name)
{
    QString out;
    out.reserve(name.size());
    for (const QChar ch : name) {
        if (ch != u'_' && ch != u'-')
            out.append(ch.toLower());
    }
    return out;
}

QJsonValue field(const QJsonObject &object, QStringView name)
{
    const auto exact = object.constFind(name);
    if (exact != object.constEnd())
        return exact.value();
    const QString folded = foldName(name);
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (foldName(it.key()) == folded)
            return it.value();
    }
    return QJsonValue(QJsonValue::Undefined);
}

QJsonValue field(const QJsonObject &object, std::initializer_list<QStringView> names)
{
    for (QStringView n : names) {
        const QJsonValue v = field(object, n);
        if (!v.isUndefined())
            return v;
    }
    return QJsonValue(QJsonValue::Undefined);
}

QString text(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isBool())
        return value.toBool() ? u"True"_s : u"False"_s;
    if (value.isDouble())
        return studio::formatNumber(value.toDouble());
    return {};
}

bool isTextual(const QJsonValue &value)
{
    return value.isString() || value.isBool() || value.isDouble();
}

QString normaliseEnum(const QString &value, const QStringList &known)
{
    const QString folded = foldName(value.trimmed());
    for (const QString &k : known) {
        if (foldName(k) == folded)
            return k;
    }
    return folded;
}

} // namespace mlr::aml::json
