#include "graph/jsonaccess.h"

#include "engine/datatable.h"

using namespace Qt::StringLiterals;

namespace mlr::studio::json {

QJsonValue member(const QJsonObject &o, QStringView key)
{
    const auto exact = o.constFind(key);
    if (exact != o.constEnd())
        return exact.value();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (it.key().compare(key, Qt::CaseInsensitive) == 0)
            return it.value();
    }
    return QJsonValue(QJsonValue::Undefined);
}

QJsonObject object(const QJsonObject &o, QStringView key)
{
    return member(o, key).toObject();
}

QJsonArray array(const QJsonObject &o, QStringView key)
{
    return member(o, key).toArray();
}

QString string(const QJsonObject &o, QStringView key)
{
    return member(o, key).toString();
}

bool has(const QJsonObject &o, QStringView key)
{
    return !member(o, key).isUndefined();
}

QString scalarText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Double:
        return formatNumber(v.toDouble());
    case QJsonValue::Bool:
        return v.toBool() ? u"True"_s : u"False"_s;
    default:
        return {};
    }
}

std::optional<QString> parameterText(const QJsonValue &v)
{
    if (v.isObject()) {
        const QJsonValue inner = member(v.toObject(), u"value");
        if (inner.isUndefined() || inner.isNull())
            return std::nullopt;
        return scalarText(inner);
    }
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    return scalarText(v);
}

QJsonObject parameterValue(const QString &text)
{
    return QJsonObject { { u"value"_s, text }, { u"certificateThumbprint"_s, QString() } };
}

} // namespace mlr::studio::json
