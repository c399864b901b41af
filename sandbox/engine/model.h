#pragma once

// Train Model and Score Model, and the trained model they pass between them.

#include "engine/encoding.h"
#include "engine/learners.h"

#include <QByteArray>
#include <QDateTime>

#include <functional>

namespace mlr::studio {

inline const QString scoredLabelsColumn = QStringLiteral("Scored Labels");
inline const QString scoredProbabilitiesColumn = QStringLiteral("Scored Probabilities");

// A linear model over the encoded features: score = intercept + sum(weights[i] * x[i]).
// Two-class: P(positive) = 1 / (1 + exp(-score)).
struct LinearModel
{
    double intercept = 0;
    std::vector<double> weights; // size = encoding width
};

struct TrainedModel
{
    LearnerSpec learner;
    QString labelColumn;
    ValueType labelType = ValueType::String;
    QString positiveLabel; // two-class only
    QString negativeLabel; // two-class only
    Schema inputSchema; // the training table's columns (features and label)
    FeatureEncoding encoding;
    LinearModel linear; // logistic and linear regression
    QByteArray xgboostModel; // boosted trees: XGBoosterSaveModelToBuffer, format "json"
    qint64 trainingRows = 0; // rows used (label present)
    qint64 rowsWithoutLabel = 0;
    double trainingSeconds = 0;
    QDateTime trainedAt; // UTC
    EncodeStats trainingStats;

    Task task() const { return learner.task(); }
    bool isLinear() const
    {
        return learner.kind == LearnerKind::TwoClassLogisticRegression
            || learner.kind == LearnerKind::LinearRegression;
    }
    QStringList featureColumns() const;
    // The schema a scoring input must follow: the feature columns with their training types.
    Schema featureSchema() const;

    // For linear models: the coefficients on the original (unstandardised) numeric scale:
    // {intercept, then one entry per encoded index named by FeatureEncoding::indexName}.
    struct Coefficient
    {
        QString name;
        double value = 0;
    };
    QList<Coefficient> rawCoefficients() const;
};

// Picks the positive label of a two-class problem deterministically: the one of the two
// that is (case-insensitively) ">50K", "1", "true", "yes", "y", "positive" or "pos" when
// exactly one of them is; otherwise the lexicographically greater (QString::compare).
QString choosePositiveLabel(const QString &a, const QString &b);

struct TrainOptions
{
    QStringList featureColumns; // empty: every column except the label
    // Checked between stages and boosting rounds; returning true aborts (Error 0039).
    std::function<bool()> cancelled;
};

// "Train Model". Rows without a label are skipped (counted). Errors: 0001/0024 (label
// column), 0023 (two-class needs exactly two label values; regression needs numbers),
// 0021 (no rows), 0020 (no features), 0008 (parameters), 0039 (library failure).
Result<TrainedModel> trainModel(const DataTable &table, const QString &labelColumn,
    const LearnerSpec &learner, const TrainOptions &options = {});

// Raw predictions, one per row: P(positive) for two-class, the value for regression.
Result<std::vector<double>> predict(
    const TrainedModel &model, const DataTable &table, EncodeStats *stats = nullptr);

struct ScoredTable
{
    DataTable table;
    EncodeStats stats;
};

// "Score Model": the input columns (or none when appendScoreColumns is false) plus
// "Scored Labels" (the label's type) and, for two-class, "Scored Probabilities" (P of the
// positive label; the label is positive when P >= 0.5). Existing columns of those names
// are replaced. With "Allow unknown categorical levels" off, an unseen level is Error 0018.
Result<ScoredTable> scoreModel(
    const TrainedModel &model, const DataTable &table, bool appendScoreColumns = true);

} // namespace mlr::studio
