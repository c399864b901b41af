#include "server/jsonutil.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QRandomGenerator>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace mlr::server {

QString ciKey(const QJsonObject &obj, QStringView name)
{
    if (obj.contains(name))
        return name.toString();
    for (auto it = obj.begin(); it != obj.end(); ++it)
        if (name.compare(it.key(), Qt::CaseInsensitive) == 0)
            return it.key();
    return {};
}

QJsonValue ciValue(const QJsonObject &obj, QStringView name)
{
    const QString key = ciKey(obj, name);
    return key.isEmpty() ? QJsonValue(QJsonValue::Undefined) : obj.value(key);
}

QJsonObject deepMerge(const QJsonObject &target, const QJsonObject &patch)
{
    QJsonObject result = target;
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        const QJsonValue existing = result.value(it.key());
        if (it.value().isObject() && existing.isObject())
            result.insert(it.key(), deepMerge(existing.toObject(), it.value().toObject()));
        else
            result.insert(it.key(), it.value());
    }
    return result;
}

std::optional<QJsonObject> parseObject(const QByteArray &body, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Report a line and column, as the services do.
        const QByteArray before = body.left(parseError.offset);
        const qsizetype line = before.count('\n') + 1;
        const qsizetype column = parseError.offset - (before.lastIndexOf('\n') + 1) + 1;
        if (error)
            *error = u"%1 at line %2, position %3."_s.arg(parseError.errorString()).arg(line).arg(column);
        return std::nullopt;
    }
    if (!doc.isObject()) {
        if (error)
            *error = u"The request body must be a JSON object."_s;
        return std::nullopt;
    }
    return doc.object();
}

QString randomHex(int bytes)
{
    QByteArray data(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(data.data()), bytes / 4);
    for (int i = bytes / 4 * 4; i < bytes; ++i)
        data[i] = char(QRandomGenerator::system()->bounded(256));
    return QString::fromLatin1(data.toHex());
}

QString randomBase64(int bytes)
{
    QByteArray data(bytes, Qt::Uninitialized);
    for (int i = 0; i < bytes; ++i)
        data[i] = char(QRandomGenerator::system()->bounded(256));
    return QString::fromLatin1(data.toBase64());
}

QString newGuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString armTime(const QDateTime &utc)
{
    const QDateTime t = utc.toUTC();
    return t.toString(u"yyyy-MM-ddThh:mm:ss"_s) + u'.'
        + u"%1"_s.arg(t.time().msec() * 10000, 7, 10, QChar(u'0')) + u'Z';
}

QDateTime parseTime(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid()) {
        // More than 3 fractional digits: cut to milliseconds.
        QString cut = text;
        const qsizetype dot = cut.indexOf(u'.');
        if (dot > 0) {
            qsizetype end = dot + 1;
            while (end < cut.size() && cut[end].isDigit())
                ++end;
            cut = cut.left(std::min(dot + 4, end)) + cut.mid(end);
        }
        t = QDateTime::fromString(cut, Qt::ISODateWithMs);
    }
    return t.toUTC();
}

QString normalizeLocation(const QString &location)
{
    QString out;
    for (const QChar c : location)
        if (c.isLetterOrNumber())
            out += c.toLower();
    return out;
}

} // namespace mlr::server
