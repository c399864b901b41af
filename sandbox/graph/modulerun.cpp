#include "graph/modulerun.h"

#include "engine/catalogue.h"
#include "engine/evaluate.h"
#include "graph/moduleparameters.h"

using namespace Qt::StringLiterals;

namespace mlr::studio {

namespace {

DatasetPtr dataset(DataTable table, const DatasetValue *like = nullptr)
{
    auto v = std::make_shared<DatasetValue>();
    v->table = std::move(table);
    if (like && v->table.find(like->labelColumn)) {
        v->labelColumn = like->labelColumn;
        v->positiveLabel = like->positiveLabel;
        v->negativeLabel = like->negativeLabel;
    }
    return v;
}

QString rows(qsizetype n)
{
    return QString::number(n) + (n == 1 ? u" row"_s : u" rows"_s);
}

Result<ModuleRunResult> selectColumnsRun(const DatasetValue &in, const QHash<QString, QString> &p)
{
    auto selection = selectColumnsFromParameters(p);
    if (!selection)
        return selection.error();
    auto out = selectColumns(in.table, selection.value());
    if (!out)
        return out.error();
    ModuleRunResult r;
    r.summary = u"%1 of %2 columns"_s.arg(out->columnCount()).arg(in.table.columnCount());
    r.outputs.insert(u"Results dataset"_s, dataset(std::move(out).value(), &in));
    return r;
}

Result<ModuleRunResult> cleanRun(const DatasetValue &in, const QHash<QString, QString> &p)
{
    auto options = cleanMissingFromParameters(p);
    if (!options)
        return options.error();
    auto out = cleanMissingData(in.table, options.value());
    if (!out)
        return out.error();
    ModuleRunResult r;
    r.summary
        = u"%1 missing values replaced, %2 removed"_s.arg(out->totalReplaced()).arg(rows(out->rowsRemoved));
    r.outputs.insert(u"Cleaned dataset"_s, dataset(std::move(out->table), &in));
    return r;
}

Result<ModuleRunResult> splitRun(const DatasetValue &in, const QHash<QString, QString> &p)
{
    auto options = splitFromParameters(p);
    if (!options)
        return options.error();
    auto out = splitData(in.table, options.value());
    if (!out)
        return out.error();
    ModuleRunResult r;
    r.summary = u"%1 -> %2 + %3 (fraction %4, seed %5)"_s.arg(rows(in.table.rowCount()))
                    .arg(out->first.rowCount())
                    .arg(out->second.rowCount())
                    .arg(formatNumber(options->fraction))
                    .arg(options->seed);
    r.outputs.insert(u"Results dataset1"_s, dataset(std::move(out->first), &in));
    r.outputs.insert(u"Results dataset2"_s, dataset(std::move(out->second), &in));
    return r;
}

Result<ModuleRunResult> trainRun(const ModuleRun &run)
{
    const LearnerSpec learner = std::get<LearnerSpec>(run.inputs.value(u"Untrained model"_s));
    const DatasetPtr data = std::get<DatasetPtr>(run.inputs.value(u"Dataset"_s));
    auto label = labelColumnFromParameters(run.parameters);
    if (!label)
        return label.error();
    TrainOptions options;
    options.cancelled = run.cancelled;
    auto model = trainModel(data->table, label.value(), learner, options);
    if (!model)
        return model.error();
    ModuleRunResult r;
    r.summary = u"%1 on %2, label '%3'"_s.arg(
        learnerModuleName(learner.kind), rows(model->trainingRows), label.value());
    r.outputs.insert(u"Trained model"_s, std::make_shared<const TrainedModel>(std::move(model).value()));
    return r;
}

Result<ModuleRunResult> scoreRun(const ModuleRun &run)
{
    const ModelPtr model = std::get<ModelPtr>(run.inputs.value(u"Trained model"_s));
    const DatasetPtr data = std::get<DatasetPtr>(run.inputs.value(u"Dataset"_s));
    auto append = appendScoreColumnsFromParameters(run.parameters);
    if (!append)
        return append.error();
    auto scored = scoreModel(*model, data->table, append.value());
    if (!scored)
        return scored.error();
    DatasetValue meta;
    meta.labelColumn = model->labelColumn;
    meta.positiveLabel = model->positiveLabel;
    meta.negativeLabel = model->negativeLabel;
    ModuleRunResult r;
    const EncodeStats &s = scored->stats;
    r.summary = u"%1 scored (%2 missing values, %3 unknown levels)"_s.arg(rows(scored->table.rowCount()))
                    .arg(s.missingTotal())
                    .arg(s.unknownLevels);
    r.outputs.insert(u"Scored dataset"_s, dataset(std::move(scored->table), &meta));
    return r;
}

Result<ModuleRunResult> evaluateRun(const DatasetValue &in)
{
    if (in.labelColumn.isEmpty()) {
        return StudioError::make(errc::NoLabelColumn,
            u"There is no label column in \"Scored dataset\": connect the output of a Score Model whose "
            u"dataset still has the label column."_s);
    }
    EvaluateOptions options;
    options.labelColumn = in.labelColumn;
    options.positiveLabel = in.positiveLabel;
    options.negativeLabel = in.negativeLabel;
    auto result = evaluateModel(in.table, options);
    if (!result)
        return result.error();
    ModuleRunResult r;
    r.summary = u"%1 evaluated"_s.arg(rows(result->rows));
    r.outputs.insert(u"Evaluation results"_s, dataset(evaluationTable(result.value())));
    return r;
}

Result<ModuleRunResult> dispatch(const ModuleRun &run)
{
    const GraphNode &node = *run.node;
    const QString name = node.module->name();
    if (node.learner) {
        auto spec = LearnerSpec::fromParameters(*node.learner, run.parameters);
        if (!spec)
            return spec.error();
        ModuleRunResult r;
        r.summary = u"untrained model"_s;
        r.outputs.insert(u"Untrained model"_s, std::move(spec).value());
        return r;
    }
    if (name == u"Train Model"_s)
        return trainRun(run);
    if (name == u"Score Model"_s)
        return scoreRun(run);
    const DatasetPtr in = std::get<DatasetPtr>(run.inputs.value(node.module->inputs.first().name));
    if (name == u"Select Columns in Dataset"_s)
        return selectColumnsRun(*in, run.parameters);
    if (name == u"Clean Missing Data"_s)
        return cleanRun(*in, run.parameters);
    if (name == u"Split Data"_s)
        return splitRun(*in, run.parameters);
    if (name == u"Evaluate Model"_s)
        return evaluateRun(*in);
    return StudioError::make(errc::OperationFailed, u"Module \"%1\" cannot run here."_s.arg(name));
}

} // namespace

Result<ModuleRunResult> runModule(const ModuleRun &run)
{
    const Status tolerated = checkModuleParameters(*run.node, run.parameters);
    if (!tolerated)
        return StudioError(tolerated.error()).inModule(run.node->displayName());
    auto result = dispatch(run);
    if (!result && result.error().module.isEmpty())
        return StudioError(result.error()).inModule(run.node->displayName());
    return result;
}

} // namespace mlr::studio
