#include "server/faults.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace mlr::server {

namespace {

quint64 splitmix64(quint64 &state)
{
    quint64 z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

bool routeMatches(const QStringList &patterns, const QString &routeId)
{
    for (const QString &pattern : patterns) {
        const QRegularExpression re(QRegularExpression::wildcardToRegularExpression(pattern),
            QRegularExpression::CaseInsensitiveOption);
        if (re.match(routeId).hasMatch())
            return true;
    }
    return false;
}

} // namespace

std::optional<FaultInjector> FaultInjector::parse(const QString &spec, QString *error)
{
    FaultInjector result;
    result.m_spec = spec.trimmed();
    const auto fail = [error](const QString &why) -> std::optional<FaultInjector> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    for (const QString &rawItem : spec.split(u';', Qt::SkipEmptyParts)) {
        const QString item = rawItem.trimmed();
        if (item.isEmpty())
            continue;
        if (item.startsWith(u"seed="_s, Qt::CaseInsensitive)) {
            bool ok = false;
            result.m_seed = item.mid(5).toULongLong(&ok);
            if (!ok)
                return fail(u"fault seed '%1' is not a number"_s.arg(item.mid(5)));
            continue;
        }
        const qsizetype eq = item.indexOf(u'=');
        if (eq <= 0)
            return fail(u"fault rule '%1' has no '=': write ROUTE=KIND[,OPTION...]"_s.arg(item));
        Rule rule;
        rule.text = item;
        rule.routes = item.left(eq).trimmed().split(u'|', Qt::SkipEmptyParts);
        const QStringList parts = item.mid(eq + 1).split(u',', Qt::SkipEmptyParts);
        const QString kind = parts.value(0).trimmed().toLower();
        if (kind == u"429"_s || kind == u"500"_s || kind == u"503"_s) {
            rule.kind = Kind::Status;
            rule.status = kind.toInt();
        } else if (kind == u"reset"_s) {
            rule.kind = Kind::Reset;
        } else if (kind == u"stall"_s) {
            rule.kind = Kind::Stall;
        } else if (kind == u"truncate"_s) {
            rule.kind = Kind::Truncate;
        } else if (kind == u"noop"_s) {
            rule.kind = Kind::Noop;
        } else {
            return fail(
                u"fault kind '%1' is unknown (429, 500, 503, reset, stall, truncate, noop)"_s.arg(kind));
        }
        for (qsizetype i = 1; i < parts.size(); ++i) {
            const QString option = parts[i].trimmed();
            const QString name = option.section(u'=', 0, 0).trimmed().toLower();
            const QString value = option.section(u'=', 1).trimmed();
            bool ok = true;
            if (name == u"after"_s && value.isEmpty())
                rule.after = true;
            else if (name == u"p"_s)
                rule.probability = value.toDouble(&ok),
                ok = ok && rule.probability >= 0 && rule.probability <= 1;
            else if (name == u"times"_s)
                rule.times = value.toInt(&ok), ok = ok && rule.times >= 0;
            else if (name == u"skip"_s)
                rule.skip = value.toInt(&ok), ok = ok && rule.skip >= 0;
            else if (name == u"retry-after"_s)
                rule.retryAfter = value.toInt(&ok), ok = ok && rule.retryAfter >= 0;
            else if (name == u"ms"_s)
                rule.ms = value.toInt(&ok), ok = ok && rule.ms >= 0;
            else if (name == u"bytes"_s)
                rule.bytes = value.toLongLong(&ok), ok = ok && rule.bytes >= 0;
            else
                return fail(u"fault option '%1' is unknown in '%2'"_s.arg(option, item));
            if (!ok)
                return fail(u"fault option '%1' has an invalid value in '%2'"_s.arg(option, item));
        }
        result.m_rules.append(rule);
    }
    for (qsizetype i = 0; i < result.m_rules.size(); ++i) {
        quint64 state = result.m_seed * 1000003ULL + quint64(i);
        result.m_rules[i].rng = splitmix64(state);
    }
    return result;
}

FaultInjector::Decision FaultInjector::decide(const QString &routeId)
{
    for (Rule &rule : m_rules) {
        if (!routeMatches(rule.routes, routeId))
            continue;
        ++rule.matched;
        if (rule.matched <= rule.skip)
            continue;
        if (rule.times >= 0 && rule.fired >= rule.times)
            continue;
        if (rule.probability < 1) {
            const double draw = double(splitmix64(rule.rng) >> 11) / double(1ULL << 53);
            if (draw >= rule.probability)
                continue;
        }
        ++rule.fired;
        return Decision { true, rule.kind, rule.status, rule.retryAfter, rule.ms, rule.bytes, rule.after };
    }
    return {};
}

QJsonObject FaultInjector::toJson() const
{
    QJsonArray rules;
    for (const Rule &rule : m_rules)
        rules.append(QJsonObject {
            { u"rule"_s, rule.text }, { u"matched"_s, rule.matched }, { u"fired"_s, rule.fired } });
    return { { u"spec"_s, m_spec }, { u"seed"_s, QString::number(m_seed) }, { u"rules"_s, rules } };
}

} // namespace mlr::server
