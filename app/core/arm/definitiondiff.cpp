#include "arm/definitiondiff.h"

#include "arm/definitionfile.h"
#include "http/redaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace mlr::arm {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mlr::arm::DefinitionDiff)
};

const QString masked = QStringLiteral("\"***\"");

bool isSecretPath(const QString &path)
{
    static const QStringList suffixes { QStringLiteral("properties.keys.primary"),
        QStringLiteral("properties.keys.secondary"), QStringLiteral("properties.keys"),
        QStringLiteral("properties.storageAccount.key"), QStringLiteral(".locationInfo.credentials"),
        QStringLiteral("properties.payloadsLocation.credentials") };
    for (const QString &s : suffixes)
        if (path == s || path.endsWith(s))
            return true;
    return false;
}

QString text(const QJsonValue &value, const QString &path)
{
    if (isSecretPath(path))
        return masked;
    QString out;
    if (value.isObject())
        out = QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    else if (value.isArray())
        out = QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    else if (value.isString())
        out = u'"' + value.toString() + u'"';
    else if (value.isBool())
        out = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    else if (value.isDouble())
        out = QString::number(value.toDouble(), 'g', 17);
    else
        out = QStringLiteral("null");
    return redaction::redact(out);
}

// An encrypted parameter: {"value": ..., "certificateThumbprint": "<non-empty>"}.
bool isEncryptedParameter(const QJsonValue &value)
{
    return value.isObject()
        && !value.toObject().value(QStringLiteral("certificateThumbprint")).toString().isEmpty();
}

QString join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + u'.' + key;
}

struct Differ
{
    QSet<QString> skip;
    QList<DefinitionChange> changes;

    void add(
        DefinitionChange::Kind kind, const QString &path, const QJsonValue &before, const QJsonValue &after)
    {
        const bool encrypted = isEncryptedParameter(before) || isEncryptedParameter(after);
        DefinitionChange c;
        c.kind = kind;
        c.path = path;
        if (kind != DefinitionChange::Kind::Added)
            c.before = encrypted ? masked : text(before, path);
        if (kind != DefinitionChange::Kind::Removed)
            c.after = encrypted ? masked : text(after, path);
        changes.append(c);
    }

    void walk(const QJsonValue &before, const QJsonValue &after, const QString &path)
    {
        if (skip.contains(path) || before == after)
            return;
        if (before.isObject() && after.isObject() && !isEncryptedParameter(before)
            && !isEncryptedParameter(after)) {
            const QJsonObject a = before.toObject(), b = after.toObject();
            QStringList keys = a.keys();
            for (const QString &k : b.keys())
                if (!a.contains(k))
                    keys.append(k);
            std::sort(keys.begin(), keys.end());
            for (const QString &k : std::as_const(keys)) {
                const QString p = join(path, k);
                if (skip.contains(p))
                    continue;
                if (!a.contains(k))
                    add(DefinitionChange::Kind::Added, p, {}, b.value(k));
                else if (!b.contains(k))
                    add(DefinitionChange::Kind::Removed, p, a.value(k), {});
                else
                    walk(a.value(k), b.value(k), p);
            }
            return;
        }
        if (before.isArray() && after.isArray()) {
            const QJsonArray a = before.toArray(), b = after.toArray();
            for (qsizetype i = 0; i < qMax(a.size(), b.size()); ++i) {
                const QString p = path + QStringLiteral("[%1]").arg(i);
                if (i >= a.size())
                    add(DefinitionChange::Kind::Added, p, {}, b.at(i));
                else if (i >= b.size())
                    add(DefinitionChange::Kind::Removed, p, a.at(i), {});
                else
                    walk(a.at(i), b.at(i), p);
            }
            return;
        }
        add(DefinitionChange::Kind::Changed, path, before, after);
    }
};

} // namespace

QList<DefinitionChange> diffDefinitions(
    const QJsonObject &before, const QJsonObject &after, bool includeReadOnly)
{
    Differ differ;
    if (!includeReadOnly)
        for (const QString &p : readOnlyMembers())
            differ.skip.insert(p);
    differ.walk(before, after, {});
    return differ.changes;
}

QString formatDiff(const QList<DefinitionChange> &changes)
{
    if (changes.isEmpty())
        return Tr::tr("(no changes)");
    QStringList lines;
    for (const DefinitionChange &c : changes) {
        switch (c.kind) {
        case DefinitionChange::Kind::Added:
            lines.append(QStringLiteral("+ %1: %2").arg(c.path, c.after));
            break;
        case DefinitionChange::Kind::Removed:
            lines.append(QStringLiteral("- %1: %2").arg(c.path, c.before));
            break;
        case DefinitionChange::Kind::Changed:
            lines.append(QStringLiteral("~ %1: %2 \u2192 %3").arg(c.path, c.before, c.after));
            break;
        }
    }
    return lines.join(u'\n');
}

} // namespace mlr::arm
