#pragma once

#include "azureml/amlresources.h"
#include "azureml/jobmetrics.h"
#include "eval/evaltypes.h"
#include "http/error.h"

#include <QStringList>

#include <functional>
#include <memory>

namespace mlr::azureml {

// The steps of AmlEvaluationJob that need no network: reading the downloaded files and
// judging. Pure (files are read, nothing else); the heavy ones are for a worker thread.

// A job's metrics from its downloaded metrics.json (empty path: absent; at most 2 MiB is
// read, so it may run on the calling thread). Source MetricsOutput when it parses; else None
// with the reason in *why.
JobMetrics metricsFromOutput(const QString &job, const QString &metricsJsonPath, QString *why);

// What the scored test split is read with.
struct ScoredSplitInput
{
    QString scoredCsv; // the downloaded scored.csv
    QString mlmodel; // the model output's MLmodel (empty: none)
    QString evaluationCsv; // the metrics output's evaluation.csv (empty: none): its positive class
    QString labelColumn; // the caller's choice; empty: the MLmodel's, then jobLabel, then inferred
    QString jobLabel; // labelColumnOf() (trainingschema.h) of the new job
    std::function<bool()> cancelled;
};

struct ScoredSplit
{
    std::shared_ptr<eval::ScoredRows> rows; // keptColumns = features + label (ml::ChampionScoringJob)
    QStringList features; // the model's input columns, as the production deployment gets them
    Error error;
};

// Reads the scored split: the features are the MLmodel's signature inputs, else the CSV's
// columns without the label and the score columns; the label as ScoredSplitInput says, else
// the one column that is neither (ml::inferScoredLabelColumn). Errors (Input or Parse): no
// label, a feature missing from the CSV, the scored CSV parser's. For a worker thread.
ScoredSplit readScoredSplit(const ScoredSplitInput &input);

struct Judged
{
    std::shared_ptr<const eval::Comparison> comparison;
    eval::GateVerdict verdict;
};

// Both models on the same rows: eval::compare (the input cells dropped) and the gate on its
// metrics; `service` is the new job's own evaluation (its task is the rows' when it has none).
// For a worker thread.
Judged judgeSameRows(eval::ScoredRows challenger, eval::ScoredRows champion,
    std::optional<eval::ServiceEvaluation> service, const eval::GateRules &gate);

// Both jobs' reported metrics only: a Comparison without rows whose metrics are the table,
// the gate on the table.
Judged judgeReported(const eval::ServiceEvaluation &challenger, const QList<eval::MetricRow> &table,
    const QString &labelColumn, const eval::GateRules &gate);

} // namespace mlr::azureml
