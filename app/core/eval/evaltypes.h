#pragma once

// Plain data types of model evaluation (namespace mlr::eval): what the service's Evaluate
// Model output says, one model's scores on a set of rows, the comparison of two models on
// the same rows and the promotion gate. The functions that fill them live in the headers
// next to this one (evaluationcsv.h, scoredcsv.h, metrics.h, curves.h, thresholdindex.h,
// compare.h, gate.h).

#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace mlr::eval {

enum class Task
{
    Binary,
    Regression,
    Multiclass
};

// "binary", "regression", "multiclass" (identifiers, not translated).
QString taskId(Task task);
std::optional<Task> taskFromId(const QString &id);

// The service's Evaluate Model results ("evaluation.csv"), as the service wrote them.
struct ServiceEvaluation
{
    Task task = Task::Binary;
    // Studio metric names in file order, with their values (NaN for an empty cell). Counts
    // ("True Positive", ...) and "Threshold" are included as numbers; text columns are not.
    QList<QPair<QString, double>> metrics;
    QString positiveLabel; // binary: the "Positive Label" cell, else empty
    QString negativeLabel; // binary: the "Negative Label" cell, else empty

    // The value of `name` (canonical name, see metrics.h), or nullopt when absent.
    std::optional<double> metric(const QString &name) const;
};

// One model's scores on a set of rows, in file order. Every data row of the file is kept,
// also rows with a missing label or score (NaN label or score, predicted -1), so that two
// models scored on the same rows stay aligned; metrics, curves and the threshold index skip
// such rows, as Evaluate Model does.
struct ScoredRows
{
    Task task = Task::Binary;
    QString labelColumn;
    // binary: 1 = positive class, 0 = negative; regression: the value; multiclass: class index.
    std::vector<double> labels;
    // binary: "Scored Probabilities" = P(positive); regression: "Scored Labels"; multiclass: empty.
    std::vector<double> scores;
    // multiclass: the index of "Scored Labels" in classNames (-1 when missing); else empty.
    std::vector<int> predicted;
    // binary: {negative, positive}; multiclass: every class seen, in natural order (numbers
    // by value, then text); regression: empty.
    QStringList classNames;
    // The raw cells of the columns asked for with ScoredCsvOptions::keepColumns (for scoring
    // the same rows with another model), one QStringList per data row; empty when not asked.
    QStringList keptColumns;
    std::vector<QStringList> keptRows;

    qsizetype rowCount() const { return qsizetype(labels.size()); }
    // Rows with a label and a score (prediction), i.e. the rows metrics use.
    qsizetype usableRowCount() const;
};

// One metric of both models. delta = challenger - champion (NaN when either is NaN).
struct MetricRow
{
    QString metric; // Studio's name, e.g. "AUC", "Root Mean Squared Error"
    double challenger = 0; // the new model (the retrained one)
    double champion = 0; // the model in production
    double delta = 0;
    bool higherIsBetter = true;
};

// Two models on the same rows, with the new model's own Evaluate Model output.
struct Comparison
{
    Task task = Task::Binary;
    ScoredRows challenger;
    ScoredRows champion; // same rows, same order as challenger
    ServiceEvaluation service; // the new model's Evaluate Model output
    QList<MetricRow> metrics; // recomputed from the rows, Studio's names and order
};

// One rule of the promotion gate. "Gain" is the change of the metric in its good direction
// (challenger - champion for higher-is-better metrics, champion - challenger otherwise);
// relative gains are divided by |champion|.
struct GateRule
{
    enum class Kind
    {
        MinimumValue, // challenger >= amount
        MaximumValue, // challenger <= amount
        MinimumGain, // gain >= amount
        MaximumLoss, // -gain <= amount (the new model may be worse by at most amount)
    };
    QString metric;
    Kind kind = Kind::MinimumValue;
    double amount = 0;
    bool relative = false; // gain/loss rules only: amount is a fraction (0.02 = 2 %)

    friend bool operator==(const GateRule &, const GateRule &) = default;
};

// The rules of a profile; rules whose metric a comparison does not have are not applicable.
struct GateRules
{
    QList<GateRule> rules;
    friend bool operator==(const GateRules &, const GateRules &) = default;
};

// The outcome of one rule on one comparison.
struct GateCheck
{
    GateRule rule;
    bool applicable = false; // the comparison has the metric
    bool passed = false; // applicable and satisfied
    double observed = 0; // the value the rule tested (value, gain or loss; NaN when unknown)
    QString reason; // one plain-language sentence, translated
};

struct GateVerdict
{
    bool passed = false; // every applicable rule passed (and at least one metric compared)
    QList<GateCheck> checks; // one per rule, in rule order
    QString summary; // one plain-language sentence, translated

    // The check of `metric` that failed first, or the first check of `metric`; nullptr if none.
    const GateCheck *checkFor(const QString &metric) const;
};

} // namespace mlr::eval

Q_DECLARE_METATYPE(mlr::eval::GateVerdict)
Q_DECLARE_METATYPE(std::shared_ptr<const mlr::eval::Comparison>)
