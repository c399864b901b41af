#pragma once

// "Evaluate Model" and its results dataset, with Studio (classic)'s column names.

#include "engine/datatable.h"
#include "engine/learners.h"
#include "engine/metrics.h"

#include <QByteArray>

namespace mlr::studio {

struct BinaryEvaluation
{
    ConfusionCounts counts;
    double accuracy = 0;
    double precision = 0;
    double recall = 0;
    double f1Score = 0;
    double auc = 0;
    double averageLogLoss = 0;
    double threshold = 0.5;
    QString positiveLabel;
    QString negativeLabel;
};

struct EvaluationResult
{
    Task task = Task::BinaryClassification;
    qint64 rows = 0; // rows evaluated (label and score present)
    BinaryEvaluation binary;
    RegressionMetrics regression;
};

// "True Positive", "False Negative", "False Positive", "True Negative", "Accuracy",
// "Precision", "Recall", "F1 Score", "AUC", "Average Log Loss", "Threshold",
// "Positive Label", "Negative Label".
QStringList binaryEvaluationColumns();
// "Mean Absolute Error", "Root Mean Squared Error", "Relative Absolute Error",
// "Relative Squared Error", "Coefficient of Determination".
QStringList regressionEvaluationColumns();

struct EvaluateOptions
{
    QString labelColumn; // required (Error 0024 when empty or absent)
    QString positiveLabel; // two-class: empty = choosePositiveLabel() over the values seen
    QString negativeLabel; // two-class: empty = the other value seen
    double threshold = 0.5;
};

// Two-class when the dataset has "Scored Probabilities", regression when it has a numeric
// "Scored Labels" only; Error 0025 otherwise. Rows missing the label or the score are
// skipped. Error 0023 when a two-class label column has more than two values.
Result<EvaluationResult> evaluateModel(const DataTable &scored, const EvaluateOptions &options);

// The results dataset: one row under the column names above (NaN metrics are empty).
DataTable evaluationTable(const EvaluationResult &result);
QByteArray evaluationCsv(const EvaluationResult &result);

} // namespace mlr::studio
