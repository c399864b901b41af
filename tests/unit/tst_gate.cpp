// Promotion gate: defaults per task, the text form kept in the profile (round trip, errors),
// and verdicts with a reason per rule (value, gain, loss, absolute and relative, NaN, not
// applicable).
#include "eval/gate.h"
#include "eval/metrics.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace mlr;
using namespace mlr::eval;
using namespace Qt::StringLiterals;
using K = GateRule::Kind;

Q_DECLARE_METATYPE(mlr::eval::GateRules)
Q_DECLARE_METATYPE(mlr::eval::MetricRow)

namespace {

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

MetricRow row(const QString &metric, double challenger, double champion)
{
    return MetricRow { metric, challenger, champion, challenger - champion, higherIsBetter(metric) };
}

GateRules one(const QString &metric, K kind, double amount, bool relative = false)
{
    return GateRules { { GateRule { metric, kind, amount, relative } } };
}

} // namespace

class TestGate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults()
    {
        const GateRules binary = defaultGateRules(Task::Binary);
        QCOMPARE(gateRulesToText(binary), u"AUC loss <= 0.01; Accuracy >= 0.5; F1 Score loss <= 0.02"_s);
        QCOMPARE(gateRulesToText(defaultGateRules(Task::Regression)),
            u"Root Mean Squared Error loss <= 2%; Mean Absolute Error loss <= 2%; Coefficient of Determination >= 0"_s);
        QCOMPARE(defaultGateRules().rules.size(),
            binary.rules.size() + defaultGateRules(Task::Regression).rules.size()
                + defaultGateRules(Task::Multiclass).rules.size());
        // Every default names a metric of its task.
        for (Task t : { Task::Binary, Task::Regression, Task::Multiclass }) {
            for (const GateRule &r : defaultGateRules(t).rules)
                QVERIFY2(metricNames(t).contains(r.metric), qPrintable(r.metric));
        }
    }

    void textRoundTrip()
    {
        const GateRules all = defaultGateRules();
        Error error;
        const auto back = gateRulesFromText(gateRulesToText(all), &error);
        QVERIFY2(back, qPrintable(error.message()));
        QCOMPARE(*back, all);
        QCOMPARE(gateRulesFromText(u"none"_s, nullptr)->rules.size(), 0);
        QCOMPARE(gateRulesToText(GateRules {}), u"none"_s);
    }

    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("metric");
        QTest::addColumn<int>("kind");
        QTest::addColumn<double>("amount");
        QTest::addColumn<bool>("relative");
        QTest::newRow("min value") << u"AUC >= 0.7"_s << u"AUC"_s << int(K::MinimumValue) << 0.7 << false;
        QTest::newRow("max value, spaces in name")
            << u"  root mean squared error<=12.5 "_s << u"Root Mean Squared Error"_s << int(K::MaximumValue)
            << 12.5 << false;
        QTest::newRow("gain absolute")
            << u"Accuracy gain >= 0.01"_s << u"Accuracy"_s << int(K::MinimumGain) << 0.01 << false;
        QTest::newRow("loss relative") << u"Mean Absolute Error loss <= 2.5 %"_s << u"Mean Absolute Error"_s
                                       << int(K::MaximumLoss) << 0.025 << true;
        QTest::newRow("unicode operator, alias")
            << u"F-Score ≥ .5"_s << u"F1 Score"_s << int(K::MinimumValue) << 0.5 << false;
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QString, metric);
        QFETCH(int, kind);
        QFETCH(double, amount);
        QFETCH(bool, relative);
        Error error;
        const auto rules = gateRulesFromText(text, &error);
        QVERIFY2(rules, qPrintable(error.message()));
        QCOMPARE(rules->rules.size(), 1);
        const GateRule &r = rules->rules.first();
        QCOMPARE(r.metric, metric);
        QCOMPARE(int(r.kind), kind);
        QVERIFY(std::fabs(r.amount - amount) < 1e-15);
        QCOMPARE(r.relative, relative);
    }

    void parseErrors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("gibberish") << u"AUC is great"_s;
        QTest::newRow("unknown metric") << u"Happiness >= 1"_s;
        QTest::newRow("gain with <=") << u"AUC gain <= 0.1"_s;
        QTest::newRow("loss with >=") << u"AUC loss >= 0.1"_s;
        QTest::newRow("relative value") << u"AUC >= 50%"_s;
        QTest::newRow("second rule bad") << u"AUC >= 0.5; Accuracy > 0.5"_s;
    }

    void parseErrors()
    {
        QFETCH(QString, text);
        Error error;
        QVERIFY(!gateRulesFromText(text, &error));
        QCOMPARE(error.kind, Error::Kind::Input);
        QVERIFY(!error.message().isEmpty());
    }

    void verdict_data()
    {
        QTest::addColumn<GateRules>("rules");
        QTest::addColumn<MetricRow>("metric");
        QTest::addColumn<bool>("passed");
        QTest::addColumn<double>("observed");
        QTest::addColumn<QString>("needle");
        QTest::newRow("min value pass") << one(u"Accuracy"_s, K::MinimumValue, 0.5)
                                        << row(u"Accuracy"_s, 0.5, 0.9) << true << 0.5 << u"at least 0.5"_s;
        QTest::newRow("min value fail")
            << one(u"Accuracy"_s, K::MinimumValue, 0.5) << row(u"Accuracy"_s, 0.4, 0.3) << false << 0.4
            << u"below the minimum of 0.5"_s;
        QTest::newRow("max value fail")
            << one(u"Root Mean Squared Error"_s, K::MaximumValue, 10)
            << row(u"Root Mean Squared Error"_s, 11, 9) << false << 11.0 << u"above the maximum"_s;
        // AUC 0.80 -> 0.79: a loss of exactly 0.01 passes (no rounding failure).
        QTest::newRow("loss at the limit") << one(u"AUC"_s, K::MaximumLoss, 0.01) << row(u"AUC"_s, 0.79, 0.80)
                                           << true << 0.01 << u"gets worse by 0.01"_s;
        QTest::newRow("loss too big") << one(u"AUC"_s, K::MaximumLoss, 0.01) << row(u"AUC"_s, 0.75, 0.80)
                                      << false << 0.05 << u"more than the allowed loss of 0.01"_s;
        QTest::newRow("improvement passes a loss rule")
            << one(u"AUC"_s, K::MaximumLoss, 0.01) << row(u"AUC"_s, 0.85, 0.80) << true << -0.05
            << u"improves by 0.05"_s;
        // Lower is better: RMSE 10 -> 10.1 is a 1 % loss; 10 -> 10.3 is 3 %.
        QTest::newRow("relative loss, lower is better")
            << one(u"Root Mean Squared Error"_s, K::MaximumLoss, 0.02, true)
            << row(u"Root Mean Squared Error"_s, 10.1, 10) << true << 0.01
            << u"within the allowed loss of 2 %"_s;
        QTest::newRow("relative loss too big")
            << one(u"Root Mean Squared Error"_s, K::MaximumLoss, 0.02, true)
            << row(u"Root Mean Squared Error"_s, 10.3, 10) << false << 0.03 << u"gets worse by 3 %"_s;
        QTest::newRow("gain pass") << one(u"F1 Score"_s, K::MinimumGain, 0.01)
                                   << row(u"F1 Score"_s, 0.72, 0.70) << true << 0.02
                                   << u"at least the required 0.01"_s;
        QTest::newRow("gain fail") << one(u"F1 Score"_s, K::MinimumGain, 0.05)
                                   << row(u"F1 Score"_s, 0.72, 0.70) << false << 0.02
                                   << u"less than the required gain of 0.05"_s;
        QTest::newRow("relative gain, champion 0")
            << one(u"Coefficient of Determination"_s, K::MinimumGain, 0.1, true)
            << row(u"Coefficient of Determination"_s, 0.2, 0) << false << NaN << u"cannot be measured"_s;
        QTest::newRow("NaN new model") << one(u"AUC"_s, K::MinimumValue, 0.5) << row(u"AUC"_s, NaN, 0.7)
                                       << false << NaN << u"new model"_s;
        QTest::newRow("NaN current model") << one(u"AUC"_s, K::MaximumLoss, 0.01) << row(u"AUC"_s, 0.7, NaN)
                                           << false << NaN << u"current model"_s;
        QTest::newRow("value rule ignores the champion's NaN")
            << one(u"AUC"_s, K::MinimumValue, 0.5) << row(u"AUC"_s, 0.7, NaN) << true << 0.7 << u"at least"_s;
    }

    void verdict()
    {
        QFETCH(GateRules, rules);
        QFETCH(MetricRow, metric);
        QFETCH(bool, passed);
        QFETCH(double, observed);
        QFETCH(QString, needle);
        const GateVerdict v = evaluateGate(rules, { metric, row(u"Recall"_s, 0.1, 0.9) });
        QCOMPARE(v.checks.size(), 1);
        const GateCheck &c = v.checks.first();
        QVERIFY(c.applicable);
        QCOMPARE(c.passed, passed);
        QCOMPARE(v.passed, passed);
        if (std::isnan(observed))
            QVERIFY(std::isnan(c.observed));
        else
            QVERIFY2(std::fabs(c.observed - observed) < 1e-9, qPrintable(QString::number(c.observed)));
        QVERIFY2(c.reason.contains(needle), qPrintable(c.reason));
        QVERIFY(!v.summary.isEmpty());
        QCOMPARE(v.checkFor(metric.metric), &c);
    }

    void notApplicableAndSummary()
    {
        // Defaults of every task on binary metrics: regression/multiclass rules do not apply.
        const QList<MetricRow> metrics
            = { row(u"Accuracy"_s, 0.8, 0.8), row(u"AUC"_s, 0.70, 0.75), row(u"F1 Score"_s, 0.6, 0.6) };
        const GateVerdict v = evaluateGate(defaultGateRules(), metrics);
        QCOMPARE(v.checks.size(), defaultGateRules().rules.size());
        QVERIFY(!v.passed);
        QVERIFY(v.summary.contains(u"AUC"_s));
        int applicable = 0;
        for (const GateCheck &c : v.checks) {
            applicable += c.applicable ? 1 : 0;
            if (!c.applicable)
                QVERIFY(c.reason.contains(u"does not apply"_s));
        }
        QCOMPARE(applicable, 3);
        QVERIFY(!v.checkFor(u"AUC"_s)->passed);
        QVERIFY(v.checkFor(u"Accuracy"_s)->passed);
        QCOMPARE(v.checkFor(u"Recall"_s), nullptr);

        // No applicable rule: passes, and says so. No metric at all: cannot judge.
        const GateVerdict none = evaluateGate(defaultGateRules(Task::Regression), metrics);
        QVERIFY(none.passed);
        QVERIFY(none.summary.contains(u"No gate rule applies"_s));
        QVERIFY(!evaluateGate(defaultGateRules(), {}).passed);
        const GateVerdict good = evaluateGate(defaultGateRules(), { row(u"AUC"_s, 0.8, 0.8) });
        QVERIFY(good.passed);
        QVERIFY(good.summary.contains(u"passes"_s));
    }

    void describe()
    {
        QCOMPARE(describeGateRule(GateRule { u"AUC"_s, K::MaximumLoss, 0.01, false }),
            u"AUC may get worse by at most 0.01"_s);
        QCOMPARE(describeGateRule(GateRule { u"Mean Absolute Error"_s, K::MaximumLoss, 0.02, true }),
            u"Mean Absolute Error may get worse by at most 2 %"_s);
        QCOMPARE(gateRuleToText(GateRule { u"AUC"_s, K::MinimumGain, 0.015, true }), u"AUC gain >= 1.5%"_s);
    }
};

QTEST_GUILESS_MAIN(TestGate)
#include "tst_gate.moc"
