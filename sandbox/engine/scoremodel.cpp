#include "engine/learnerimpl.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace mlr::studio {

namespace {

double sigmoid(double s)
{
    if (s >= 0)
        return 1.0 / (1.0 + std::exp(-s));
    const double e = std::exp(s);
    return e / (1.0 + e);
}

} // namespace

Result<std::vector<double>> predict(const TrainedModel &model, const DataTable &table, EncodeStats *statsOut)
{
    const QString module = u"Score Model"_s;
    auto bound = BoundEncoding::bind(model.encoding, table);
    if (!bound)
        return StudioError(bound.error()).inModule(module);
    EncodeStats stats;
    std::vector<double> out;
    if (model.isLinear()) {
        if (model.linear.weights.size() != size_t(model.encoding.width))
            return StudioError::make(errc::UntrainedModel, u"Untrained model, train model first."_s)
                .inModule(module);
        out.reserve(size_t(table.rowCount()));
        const double *w = model.linear.weights.data();
        const bool logistic = model.task() == Task::BinaryClassification;
        for (qsizetype r = 0; r < table.rowCount(); ++r) {
            double s = model.linear.intercept;
            bound.value().encodeRow(
                r, [&s, w](qint32 index, double value) { s += w[index] * value; }, stats);
            out.push_back(logistic ? sigmoid(s) : s);
        }
    } else {
        if (model.xgboostModel.isEmpty())
            return StudioError::make(errc::UntrainedModel, u"Untrained model, train model first."_s)
                .inModule(module);
        auto predicted = detail::predictBoostedTrees(
            model.xgboostModel, bound.value(), table.rowCount(), model.learner.trees.threads, stats);
        if (!predicted)
            return predicted.error();
        out = std::move(predicted).value();
    }
    if (stats.unknownLevels > 0 && !model.learner.allowUnknownLevels()) {
        return StudioError::make(errc::InvalidDataset,
            u"Dataset contains invalid data: "_s + QString::number(stats.unknownLevels)
                + u" categorical value(s) were not seen in training, and \"Allow unknown "
                  u"categorical levels\" is off."_s)
            .inModule(module);
    }
    if (statsOut)
        *statsOut = stats;
    return out;
}

Result<ScoredTable> scoreModel(const TrainedModel &model, const DataTable &table, bool appendScoreColumns)
{
    ScoredTable result;
    auto predicted = predict(model, table, &result.stats);
    if (!predicted)
        return predicted.error();
    const std::vector<double> &p = predicted.value();
    if (appendScoreColumns) {
        result.table = table;
        for (const QString &name : { scoredLabelsColumn, scoredProbabilitiesColumn }) {
            const qsizetype i = result.table.indexOf(name);
            if (i >= 0)
                result.table.removeColumn(i);
        }
    }
    Column labels;
    if (model.task() == Task::Regression) {
        labels = Column::numeric(scoredLabelsColumn, p, ValueType::Number);
    } else if (model.labelType == ValueType::Integer || model.labelType == ValueType::Number) {
        const double pos = parseNumber(model.positiveLabel.toStdString()).value_or(1.0);
        const double neg = parseNumber(model.negativeLabel.toStdString()).value_or(0.0);
        std::vector<double> values(p.size());
        for (size_t i = 0; i < p.size(); ++i)
            values[i] = p[i] >= 0.5 ? pos : neg;
        labels = Column::numeric(scoredLabelsColumn, std::move(values), model.labelType);
    } else {
        labels.name = scoredLabelsColumn;
        labels.kind = ColumnKind::Categorical;
        labels.type = model.labelType;
        labels.levels = { model.negativeLabel, model.positiveLabel };
        labels.codes.resize(p.size());
        for (size_t i = 0; i < p.size(); ++i)
            labels.codes[i] = p[i] >= 0.5 ? 1 : 0;
    }
    Status added = result.table.addColumn(std::move(labels));
    if (added && model.task() == Task::BinaryClassification)
        added = result.table.addColumn(Column::numeric(scoredProbabilitiesColumn, p, ValueType::Number));
    if (!added)
        return added.error();
    return result;
}

} // namespace mlr::studio
