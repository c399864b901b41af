#pragma once

// The files a job writes into its output folders (the layout of sandbox/azureml/jobs/
// README.md), built from engine values. Pure.

#include "engine/evaluate.h"
#include "engine/model.h"

#include <QByteArray>
#include <QList>
#include <QMap>

namespace mlr::aml {

struct OutputFile
{
    QString relativePath; // inside the output folder, e.g. "MLmodel", "metrics.json"
    QByteArray bytes;
    QString contentType; // e.g. "text/csv", "application/json", "application/octet-stream"
};
using OutputFiles = QList<OutputFile>;

// MLflow's MLmodel (YAML): artifact_path: model; flavors: {mlstudio: {model_file:
// model.ilearner, format: mlstudio-ilearner, version: 1, learner, task, label_column}};
// model_uuid (a UUID v5 of the .ilearner bytes: the same model gives the same uuid);
// utc_time_created (the training time); signature: inputs = the feature columns as MLflow
// column specs (string / long / double / boolean), outputs = Scored Labels (the label's
// type) and, for two-class, Scored Probabilities (double). JSON in single-quoted YAML
// scalars, as MLflow writes it.
QByteArray mlmodelYaml(const studio::TrainedModel &model, const QByteArray &ilearner);
QString mlflowColumnType(studio::ValueType type); // "string", "long", "double", "boolean"

// "MLmodel" + "model.ilearner".
OutputFiles modelFiles(const studio::TrainedModel &model, const QByteArray &ilearner);
// "learner.json": {"learner": "two_class_logistic_regression", "module": "Two-Class
// Logistic Regression", "parameters": {Studio names: values}}.
OutputFiles untrainedModelFiles(const studio::LearnerSpec &learner);
// One CSV (writeCsv) under `fileName`.
OutputFiles datasetFiles(const studio::DataTable &table, const QString &fileName);
// The numeric columns of an Evaluate Model results table (its first row) by their Studio
// names: {"AUC": 0.85, "Accuracy": ..., "True Positive": ...} or the regression metrics.
// NaN metrics are left out; "Positive Label" / "Negative Label" (text) too.
QMap<QString, double> metricsFromEvaluation(const studio::DataTable &evaluation);
// "metrics.json" (metricsFromEvaluation as a JSON object) + "evaluation.csv" (`csv`, or the
// table written when empty).
OutputFiles evaluationFiles(const studio::DataTable &evaluation, const QByteArray &csv = {});

} // namespace mlr::aml
