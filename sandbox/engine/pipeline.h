#pragma once

// The whole retraining experiment as the service runs it, and scoring with a saved model.
// Both are pure functions of their inputs (safe to call from any worker thread).
//
//   input -> Clean Missing Data -> Split Data -> Train Model (learner) -> Score Model
//         -> Evaluate Model
//
// Graph executors that build other experiments call the module functions directly
// (datamodules.h, model.h, evaluate.h).

#include "engine/csvreader.h"
#include "engine/datamodules.h"
#include "engine/evaluate.h"
#include "engine/model.h"

namespace mlr::studio {

struct RetrainSpec
{
    QString labelColumn;
    LearnerSpec learner;
    QStringList featureColumns; // empty: every column but the label
    // Applied to the feature columns before the split; nullopt = no cleaning (missing
    // values are then handled by the encoding).
    std::optional<CleanMissingOptions> cleaning = defaultCleaning();
    SplitOptions split = defaultSplit();
    std::function<bool()> cancelled;

    // "Replace with mean" (numeric) / mode (text) over all columns but the label.
    static CleanMissingOptions defaultCleaning();
    // 75 % training rows, randomized, seed 42, stratified on the label for two-class.
    static SplitOptions defaultSplit();
};

struct RetrainResult
{
    QByteArray ilearner; // output1: the trained model (.ilearner)
    QByteArray evaluationCsv; // output2: Evaluate Model results (.csv)
    QByteArray scoredCsv; // output3: the scored test split (.csv)
    TrainedModel model;
    EvaluationResult evaluation;
    QList<CleanedColumn> cleanedColumns;
    QList<ColumnReplacement> cleaningTransformation; // replay on scoring data with applyCleaning
    qsizetype missingValuesReplaced = 0; // by Clean Missing Data
    qsizetype rowsRemoved = 0; // by Clean Missing Data (Remove entire row)
    EncodeStats testStats; // missing / unknown values met scoring the test split
    qsizetype trainRows = 0;
    qsizetype testRows = 0;
    double seconds = 0; // the whole run
};

// Errors are the failing module's (with its name in StudioError::module). Both split
// outputs must be non-empty (Error 0021).
Result<RetrainResult> runRetraining(const DataTable &data, const RetrainSpec &spec);

struct ScoreResult
{
    DataTable scored; // the input columns + Scored Labels (+ Scored Probabilities)
    EncodeStats stats;
    TrainedModel model;
};

// Loads the .ilearner (Error 0082 when invalid) and scores the table with it.
Result<ScoreResult> scoreWithModel(QByteArrayView ilearner, const DataTable &data);

// Read options that check a scoring input against the model: its feature columns must be
// present and convert to their training types; other columns are allowed.
CsvReadOptions scoringReadOptions(const TrainedModel &model);

} // namespace mlr::studio
