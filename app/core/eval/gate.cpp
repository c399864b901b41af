#include "eval/gate.h"

#include "eval/metrics.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace mlr::eval {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(mlr::eval::Gate)
};

constexpr double nan = std::numeric_limits<double>::quiet_NaN();

GateRule rule(const QString &metric, GateRule::Kind kind, double amount, bool relative = false)
{
    return GateRule { metric, kind, amount, relative };
}

bool isKnownMetric(const QString &name)
{
    const QString c = canonicalMetricName(name);
    return binaryMetricNames().contains(c) || regressionMetricNames().contains(c)
        || multiclassMetricNames().contains(c);
}

// Numbers in reasons are for people: in the user's locale ("0,5" in French).
QString number(double v)
{
    return QLocale().toString(v, 'g', 4);
}

// An amount as the rule states it: "0.01" or "2 %".
QString amountText(const GateRule &r, double v)
{
    return r.relative ? Tr::tr("%1 %").arg(QLocale().toString(v * 100, 'g', 3)) : number(v);
}

QString exactNumber(double v)
{
    return QString::number(v, 'g', 12);
}

} // namespace

GateRules defaultGateRules(Task task)
{
    using K = GateRule::Kind;
    switch (task) {
    case Task::Binary:
        return { { rule(u"AUC"_s, K::MaximumLoss, 0.01), rule(u"Accuracy"_s, K::MinimumValue, 0.5),
            rule(u"F1 Score"_s, K::MaximumLoss, 0.02) } };
    case Task::Regression:
        return { { rule(u"Root Mean Squared Error"_s, K::MaximumLoss, 0.02, true),
            rule(u"Mean Absolute Error"_s, K::MaximumLoss, 0.02, true),
            rule(u"Coefficient of Determination"_s, K::MinimumValue, 0.0) } };
    case Task::Multiclass:
        return { { rule(u"Overall accuracy"_s, K::MaximumLoss, 0.01),
            rule(u"Macro-averaged recall"_s, K::MaximumLoss, 0.02) } };
    }
    return {};
}

GateRules defaultGateRules()
{
    GateRules all;
    for (Task t : { Task::Binary, Task::Regression, Task::Multiclass })
        all.rules += defaultGateRules(t).rules;
    return all;
}

QString gateRuleToText(const GateRule &r)
{
    const QString amount = r.relative ? exactNumber(r.amount * 100) + u'%' : exactNumber(r.amount);
    switch (r.kind) {
    case GateRule::Kind::MinimumValue:
        return r.metric + u" >= "_s + amount;
    case GateRule::Kind::MaximumValue:
        return r.metric + u" <= "_s + amount;
    case GateRule::Kind::MinimumGain:
        return r.metric + u" gain >= "_s + amount;
    case GateRule::Kind::MaximumLoss:
        return r.metric + u" loss <= "_s + amount;
    }
    return {};
}

QString gateRulesToText(const GateRules &rules)
{
    if (rules.rules.isEmpty())
        return u"none"_s;
    QStringList parts;
    for (const GateRule &r : rules.rules)
        parts.append(gateRuleToText(r));
    return parts.join(u"; "_s);
}

std::optional<GateRules> gateRulesFromText(const QString &text, Error *error)
{
    static const QRegularExpression ruleRe(
        uR"(^(.+?)(?:\s+(gain|loss))?\s*(>=|<=|≥|≤)\s*([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)\s*(%)?$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    auto fail = [error](const QString &what) -> std::optional<GateRules> {
        if (error)
            *error = Error::input(what);
        return std::nullopt;
    };
    GateRules rules;
    if (text.trimmed().compare(u"none"_s, Qt::CaseInsensitive) == 0)
        return rules;
    static const QRegularExpression separators(u"[;\\n]"_s);
    const QStringList parts = text.split(separators, Qt::SkipEmptyParts);
    int number = 0; // 1-based, for messages (which never echo the whole text)
    for (const QString &part : parts) {
        const QString t = part.trimmed();
        if (t.isEmpty())
            continue;
        ++number;
        const QRegularExpressionMatch m = ruleRe.match(t);
        if (!m.hasMatch()) {
            return fail(Tr::tr(
                "Rule %1 of the promotion gate is not understood. Write METRIC >= VALUE, METRIC <= VALUE, "
                "METRIC gain >= AMOUNT or METRIC loss <= AMOUNT (AMOUNT may end in %).")
                            .arg(number));
        }
        const QString metric = canonicalMetricName(m.captured(1));
        if (!isKnownMetric(metric))
            return fail(
                Tr::tr("Rule %1 of the promotion gate: \"%2\" is not a metric the evaluation reports.")
                    .arg(number)
                    .arg(metric));
        const QString change = m.captured(2).toLower();
        const bool atLeast = m.captured(3) == u">=" || m.captured(3) == u"≥";
        const bool percent = !m.captured(5).isEmpty();
        GateRule r;
        r.metric = metric;
        r.amount = m.captured(4).toDouble();
        if (change == u"gain") {
            if (!atLeast)
                return fail(Tr::tr("Rule %1 of the promotion gate: a gain is written \"gain >= AMOUNT\".")
                                .arg(number));
            r.kind = GateRule::Kind::MinimumGain;
        } else if (change == u"loss") {
            if (atLeast)
                return fail(Tr::tr("Rule %1 of the promotion gate: a loss is written \"loss <= AMOUNT\".")
                                .arg(number));
            r.kind = GateRule::Kind::MaximumLoss;
        } else {
            if (percent)
                return fail(
                    Tr::tr("Rule %1 of the promotion gate: only gains and losses can be relative (%).")
                        .arg(number));
            r.kind = atLeast ? GateRule::Kind::MinimumValue : GateRule::Kind::MaximumValue;
        }
        if (percent) {
            r.relative = true;
            r.amount /= 100.0;
        }
        rules.rules.append(r);
    }
    return rules;
}

QString describeGateRule(const GateRule &r)
{
    switch (r.kind) {
    case GateRule::Kind::MinimumValue:
        return Tr::tr("%1 of the new model must be at least %2").arg(r.metric, number(r.amount));
    case GateRule::Kind::MaximumValue:
        return Tr::tr("%1 of the new model must be at most %2").arg(r.metric, number(r.amount));
    case GateRule::Kind::MinimumGain:
        return Tr::tr("%1 must improve by at least %2").arg(r.metric, amountText(r, r.amount));
    case GateRule::Kind::MaximumLoss:
        return Tr::tr("%1 may get worse by at most %2").arg(r.metric, amountText(r, r.amount));
    }
    return {};
}

namespace {

GateCheck check(const GateRule &r, const MetricRow *row)
{
    GateCheck c;
    c.rule = r;
    c.observed = nan;
    if (!row) {
        c.reason
            = Tr::tr("%1 is not measured for this kind of model; the rule does not apply.").arg(r.metric);
        return c;
    }
    c.applicable = true;
    const bool valueRule = r.kind == GateRule::Kind::MinimumValue || r.kind == GateRule::Kind::MaximumValue;
    if (std::isnan(row->challenger) || (!valueRule && std::isnan(row->champion))) {
        c.reason = std::isnan(row->challenger)
            ? Tr::tr("%1 could not be computed for the new model, so the rule fails.").arg(r.metric)
            : Tr::tr("%1 could not be computed for the current model, so the rule fails.").arg(r.metric);
        return c;
    }
    if (valueRule) {
        c.observed = row->challenger;
        if (r.kind == GateRule::Kind::MinimumValue) {
            c.passed = row->challenger >= r.amount;
            c.reason = c.passed ? Tr::tr("%1 is %2, at least %3 as required.")
                                      .arg(r.metric, number(row->challenger), number(r.amount))
                                : Tr::tr("%1 is %2, below the minimum of %3.")
                                      .arg(r.metric, number(row->challenger), number(r.amount));
        } else {
            c.passed = row->challenger <= r.amount;
            c.reason = c.passed ? Tr::tr("%1 is %2, at most %3 as required.")
                                      .arg(r.metric, number(row->challenger), number(r.amount))
                                : Tr::tr("%1 is %2, above the maximum of %3.")
                                      .arg(r.metric, number(row->challenger), number(r.amount));
        }
        return c;
    }
    double gain = row->higherIsBetter ? row->challenger - row->champion : row->champion - row->challenger;
    if (r.relative) {
        if (row->champion == 0) {
            c.reason
                = Tr::tr("%1 of the current model is 0, so a relative change cannot be measured; the rule "
                         "fails.")
                      .arg(r.metric);
            return c;
        }
        gain /= std::fabs(row->champion);
    }
    // Compare with a little slack so that 0.99 - 0.98 against 0.01 is not failed by rounding.
    const double slack = 1e-12 * std::max(1.0, std::fabs(r.amount));
    const QString fromTo = Tr::tr("from %1 to %2").arg(number(row->champion), number(row->challenger));
    const QString change = gain >= 0
        ? Tr::tr("%1 improves by %2 (%3)").arg(r.metric, amountText(r, gain), fromTo)
        : Tr::tr("%1 gets worse by %2 (%3)").arg(r.metric, amountText(r, -gain), fromTo);
    if (r.kind == GateRule::Kind::MinimumGain) {
        c.observed = gain;
        c.passed = gain + slack >= r.amount;
        c.reason = c.passed
            ? Tr::tr("%1, at least the required %2.").arg(change, amountText(r, r.amount))
            : Tr::tr("%1, less than the required gain of %2.").arg(change, amountText(r, r.amount));
    } else {
        c.observed = -gain;
        c.passed = -gain <= r.amount + slack;
        c.reason = c.passed
            ? Tr::tr("%1, within the allowed loss of %2.").arg(change, amountText(r, r.amount))
            : Tr::tr("%1, more than the allowed loss of %2.").arg(change, amountText(r, r.amount));
    }
    return c;
}

} // namespace

GateVerdict evaluateGate(const GateRules &rules, const QList<MetricRow> &metrics)
{
    GateVerdict v;
    int applicable = 0;
    QStringList failed;
    for (const GateRule &r : rules.rules) {
        const MetricRow *row = nullptr;
        for (const MetricRow &m : metrics) {
            if (m.metric == canonicalMetricName(r.metric))
                row = &m;
        }
        GateCheck c = check(r, row);
        if (c.applicable) {
            ++applicable;
            if (!c.passed && !failed.contains(r.metric))
                failed.append(r.metric);
        }
        v.checks.append(c);
    }
    if (metrics.isEmpty()) {
        v.passed = false;
        v.summary = Tr::tr("No metric could be compared, so the new model cannot be judged.");
    } else if (!failed.isEmpty()) {
        v.passed = false;
        v.summary = Tr::tr("The new model fails the promotion gate on %1.").arg(failed.join(u", "_s));
    } else if (applicable == 0) {
        v.passed = true;
        v.summary = Tr::tr("No gate rule applies to these metrics; nothing blocks the new model.");
    } else {
        v.passed = true;
        v.summary = Tr::tr("The new model passes all %n gate rule(s).", nullptr, applicable);
    }
    return v;
}

} // namespace mlr::eval
