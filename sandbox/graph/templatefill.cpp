#include "graph/templatefill.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace mlr::studio {

namespace {

QString fillString(const QString &text, const QJsonObject &values, QStringList *unknown)
{
    static const QRegularExpression placeholder(u"\\$\\{([A-Za-z0-9_]+)\\}"_s);
    QString out;
    qsizetype last = 0;
    auto it = placeholder.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        const QString name = m.captured(1);
        const QJsonValue v = values.value(name);
        if (v.isString()) {
            out += v.toString();
        } else {
            if (!unknown->contains(name))
                unknown->append(name);
            out += m.captured(0);
        }
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

} // namespace

QJsonValue fillTemplate(const QJsonValue &value, const QJsonObject &values, QStringList *unknown)
{
    if (value.isString()) {
        const QString s = value.toString();
        if (s.startsWith(u"${"_s) && s.endsWith(u'}') && s.indexOf(u'}') == s.size() - 1) {
            const QString name = s.mid(2, s.size() - 3);
            if (values.contains(name))
                return values.value(name);
            if (!unknown->contains(name))
                unknown->append(name);
            return value;
        }
        return s.contains(u"${"_s) ? QJsonValue(fillString(s, values, unknown)) : value;
    }
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &v : value.toArray())
            out.append(fillTemplate(v, values, unknown));
        return out;
    }
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            out.insert(it.key(), fillTemplate(it.value(), values, unknown));
        return out;
    }
    return value;
}

} // namespace mlr::studio
