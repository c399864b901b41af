#pragma once

// Internal: the learner back ends (liblinear, Eigen, XGBoost) behind Train / Score Model.

#include "engine/model.h"

namespace mlr::studio::detail {

// The training rows of a bound table and their targets (two-class: 1 positive, 0 negative).
struct TrainingData
{
    const BoundEncoding *encoding = nullptr;
    std::vector<qsizetype> rows;
    std::vector<double> targets;
    std::function<bool()> cancelled;
};

Result<LinearModel> trainLogisticRegression(
    const TrainingData &data, const LogisticRegressionParams &params, EncodeStats &stats);
Result<LinearModel> trainLinearRegression(
    const TrainingData &data, const LinearRegressionParams &params, EncodeStats &stats);
// Returns the model saved with XGBoosterSaveModelToBuffer({"format": "json"}).
Result<QByteArray> trainBoostedTrees(
    const TrainingData &data, const BoostedTreeParams &params, Task task, EncodeStats &stats);
// P(positive) or the regression value for every row of the bound table.
Result<std::vector<double>> predictBoostedTrees(const QByteArray &model, const BoundEncoding &encoding,
    qsizetype rowCount, int threads, EncodeStats &stats);
// Validates that the bytes load into XGBoost and reports the number of features.
Result<qint64> boostedTreeFeatureCount(const QByteArray &model);
// "major.minor.patch" of the linked XGBoost, and liblinear's version number (e.g. 230).
QString xgboostVersion();
int liblinearVersion();

StudioError libraryFailure(const QString &module, const QString &what);

} // namespace mlr::studio::detail
