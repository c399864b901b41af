#include "engine/pipeline.h"

#include "engine/csvwriter.h"
#include "engine/ilearner.h"

#include <QElapsedTimer>

using namespace Qt::StringLiterals;

namespace mlr::studio {

CleanMissingOptions RetrainSpec::defaultCleaning()
{
    CleanMissingOptions o;
    o.mode = CleaningMode::ReplaceWithMean;
    return o;
}

SplitOptions RetrainSpec::defaultSplit()
{
    SplitOptions s;
    s.fraction = 0.75;
    s.randomized = true;
    s.seed = 42;
    s.stratified = true;
    return s;
}

Result<RetrainResult> runRetraining(const DataTable &data, const RetrainSpec &spec)
{
    QElapsedTimer timer;
    timer.start();
    RetrainResult out;
    if (!data.find(spec.labelColumn)) {
        return StudioError::make(errc::NoLabelColumn,
            u"There is no label column in \"Dataset\": column \""_s + spec.labelColumn
                + u"\" is not in the data ("_s + data.columnNames().join(u", "_s) + u")."_s)
            .at(-1, spec.labelColumn)
            .inModule(u"Train Model"_s);
    }
    auto cancelledError = [] {
        return StudioError::make(errc::OperationFailed, u"Operation failed: the experiment was cancelled."_s);
    };

    const DataTable *current = &data;
    DataTable cleaned;
    if (spec.cleaning) {
        CleanMissingOptions cleaning = *spec.cleaning;
        if (cleaning.columns.allColumns && !cleaning.columns.exclude.contains(spec.labelColumn))
            cleaning.columns.exclude.append(spec.labelColumn);
        auto result = cleanMissingData(data, cleaning);
        if (!result)
            return result.error();
        out.cleanedColumns = result.value().columns;
        out.cleaningTransformation = result.value().transformation;
        out.missingValuesReplaced = result.value().totalReplaced();
        out.rowsRemoved = result.value().rowsRemoved;
        cleaned = std::move(result.value().table);
        current = &cleaned;
    }
    if (spec.cancelled && spec.cancelled())
        return cancelledError();

    SplitOptions split = spec.split;
    if (split.stratified && split.stratificationColumn.isEmpty())
        split.stratificationColumn = spec.labelColumn;
    if (split.stratified && spec.learner.task() == Task::Regression
        && split.stratificationColumn == spec.labelColumn)
        split.stratified = false; // a numeric target has (nearly) one stratum per row
    auto parts = splitData(*current, split);
    if (!parts)
        return parts.error();
    out.trainRows = parts.value().first.rowCount();
    out.testRows = parts.value().second.rowCount();
    if (out.trainRows == 0 || out.testRows == 0) {
        return StudioError::make(errc::TooFewRows,
            u"Number of rows in some of the datasets is less than allowed "
            u"minimum: the split gives "_s
                + QString::number(out.trainRows) + u" training and "_s + QString::number(out.testRows)
                + u" test rows."_s)
            .inModule(u"Split Data"_s);
    }
    cleaned = {};

    TrainOptions train;
    train.featureColumns = spec.featureColumns;
    train.cancelled = spec.cancelled;
    auto model = trainModel(parts.value().first, spec.labelColumn, spec.learner, train);
    if (!model)
        return model.error();
    out.model = std::move(model).value();
    out.ilearner = saveIlearner(out.model);
    if (spec.cancelled && spec.cancelled())
        return cancelledError();

    auto scored = scoreModel(out.model, parts.value().second);
    if (!scored)
        return scored.error();
    out.testStats = scored.value().stats;
    EvaluateOptions evaluate;
    evaluate.labelColumn = spec.labelColumn;
    evaluate.positiveLabel = out.model.positiveLabel;
    evaluate.negativeLabel = out.model.negativeLabel;
    auto evaluation = evaluateModel(scored.value().table, evaluate);
    if (!evaluation)
        return evaluation.error();
    out.evaluation = evaluation.value();
    out.evaluationCsv = evaluationCsv(out.evaluation);
    out.scoredCsv = writeCsv(scored.value().table);
    out.seconds = double(timer.nsecsElapsed()) / 1e9;
    return out;
}

Result<ScoreResult> scoreWithModel(QByteArrayView ilearner, const DataTable &data)
{
    auto model = loadIlearner(ilearner);
    if (!model)
        return StudioError(model.error()).inModule(u"Score Model"_s);
    auto scored = scoreModel(model.value(), data);
    if (!scored)
        return scored.error();
    ScoreResult out;
    out.scored = std::move(scored.value().table);
    out.stats = scored.value().stats;
    out.model = std::move(model).value();
    return out;
}

CsvReadOptions scoringReadOptions(const TrainedModel &model)
{
    CsvReadOptions o;
    o.expectedSchema = model.featureSchema();
    o.allowExtraColumns = true;
    return o;
}

} // namespace mlr::studio
