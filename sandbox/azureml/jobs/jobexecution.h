#pragma once

// Running a JobPlan on the engine: pure (no I/O, no globals), so call it from a worker
// thread; several runs may go on at once. The caller fetches the bytes of every
// JobPlan::dataInputs() first (a CSV for data inputs, the .ilearner for model inputs).
//
// A train_and_evaluate step is engine/pipeline.h's runRetraining (Clean Missing Data ->
// Split Data -> Train Model -> Score Model -> Evaluate Model); a module step is that
// Studio module, run by sandbox/graph's runModule exactly as in a Graph web service.

#include "azureml/jobs/artifacts.h"
#include "azureml/jobs/jobspec.h"
#include "azureml/jobs/scoring.h"

#include <functional>
#include <variant>

namespace mlr::aml {

struct JobRunResult
{
    // Job output name -> the files of its folder (artifacts.h): a model output gets
    // MLmodel + model.ilearner, an evaluation output metrics.json + evaluation.csv, the
    // scored data scored.csv, other datasets data.csv, an untrained model learner.json.
    // Every output of JobPlan::outputs bound to a step output is present.
    QMap<QString, OutputFiles> outputs;
    // Pipelines: step name -> step output name -> files, for every output of every step
    // (empty for command jobs: their outputs are `outputs`).
    QMap<QString, QMap<QString, OutputFiles>> stepOutputs;
    // Evaluate Model's metrics under Studio's names ("AUC", "Accuracy", ... or "Mean
    // Absolute Error", ...): of the evaluation bound to a job output, else of the first
    // evaluation step. Empty when nothing was evaluated.
    QMap<QString, double> metrics;
    // The learner parameters of the (first) trained model under snake_case names, plus
    // "learner" and, for train_and_evaluate, label_column / train_fraction / split_seed.
    QMap<QString, QString> params;
    QStringList log; // one line per stage: what ran, rows, seconds
    double seconds = 0;

    // user_logs/std_log.txt: the log lines, "\n"-terminated, UTF-8.
    QByteArray stdLog() const;
};

struct JobRunError
{
    // "UserError": the engine refused the data or the parameters (message = the Studio
    // error text, e.g. "Error 0018: Dataset contains invalid data: row 2 (line 3) ...",
    // then the step); "SystemError": an input was not fetched or the engine failed.
    QString code;
    QString message;
    QString step; // the step that failed (empty when not one step's)
    bool cancelled = false; // `cancelled` returned true (code "UserError", message "The job was canceled.")
    QStringList log; // what ran before the failure
};

// Runs the steps in plan order. `inputBytes` maps every name of plan.dataInputs() to its
// bytes; `cancelled` (may be empty) is polled between steps and inside training.
std::variant<JobRunResult, JobRunError> runJob(
    const JobPlan &plan, const QMap<QString, QByteArray> &inputBytes, std::function<bool()> cancelled = {});

} // namespace mlr::aml
