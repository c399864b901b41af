#include "engine/learnerimpl.h"

#include <QElapsedTimer>

#include <cmath>
#include <set>

using namespace Qt::StringLiterals;

namespace mlr::studio {

namespace {

const QString trainModule = u"Train Model"_s;

bool isPreferredPositive(const QString &label)
{
    static const QString preferred[]
        = { u">50K"_s, u"1"_s, u"true"_s, u"yes"_s, u"y"_s, u"positive"_s, u"pos"_s };
    for (const QString &p : preferred) {
        if (label.compare(p, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// The distinct non-missing label values (stops after three).
QStringList distinctLabels(const Column &label, std::span<const qsizetype> rows)
{
    QStringList out;
    if (label.isNumeric()) {
        std::set<double> seen;
        for (qsizetype r : rows) {
            const double v = label.numbers[size_t(r)];
            if (!std::isnan(v) && seen.insert(v).second && seen.size() > 2)
                break;
        }
        for (double v : seen)
            out.append(formatNumber(v));
    } else {
        std::vector<bool> used(size_t(label.levels.size()), false);
        for (qsizetype r : rows) {
            const qint32 c = label.codes[size_t(r)];
            if (c >= 0)
                used[size_t(c)] = true;
        }
        for (size_t l = 0; l < used.size(); ++l) {
            if (used[l])
                out.append(label.levels[qsizetype(l)]);
        }
    }
    return out;
}

} // namespace

QString choosePositiveLabel(const QString &a, const QString &b)
{
    const bool pa = isPreferredPositive(a);
    const bool pb = isPreferredPositive(b);
    if (pa != pb)
        return pa ? a : b;
    return QString::compare(a, b) >= 0 ? a : b;
}

QStringList TrainedModel::featureColumns() const
{
    QStringList names;
    for (const FeatureSpec &f : encoding.features)
        names.append(f.column);
    return names;
}

Schema TrainedModel::featureSchema() const
{
    Schema s;
    for (const FeatureSpec &f : encoding.features)
        s.append({ f.column, f.type });
    return s;
}

QList<TrainedModel::Coefficient> TrainedModel::rawCoefficients() const
{
    QList<Coefficient> out;
    if (!isLinear() || linear.weights.size() != size_t(encoding.width))
        return out;
    double intercept = linear.intercept;
    QList<Coefficient> terms;
    for (const FeatureSpec &f : encoding.features) {
        for (qint32 i = f.offset; i < f.offset + f.width(); ++i) {
            double w = linear.weights[size_t(i)];
            if (f.kind == ColumnKind::Numeric) {
                w /= f.stdDev;
                intercept -= w * f.mean;
            }
            terms.append({ encoding.indexName(i), w });
        }
    }
    out.append({ u"(intercept)"_s, intercept });
    out.append(terms);
    return out;
}

Result<TrainedModel> trainModel(const DataTable &table, const QString &labelColumn,
    const LearnerSpec &learner, const TrainOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    const QString learnerName = learnerModuleName(learner.kind);
    const Status valid = learner.validate();
    if (!valid)
        return StudioError(valid.error()).inModule(learnerName);
    if (labelColumn.isEmpty()) {
        return StudioError::make(errc::NoLabelColumn,
            u"There is no label column in \"Dataset\": set the "
            u"\"Label column\" parameter."_s)
            .inModule(trainModule);
    }
    const Column *label = table.find(labelColumn);
    if (!label) {
        return StudioError::make(errc::ColumnNotFound,
            u"Column with name or index \""_s + labelColumn
                + u"\" does not exist in \"Dataset\" (the label column)."_s)
            .at(-1, labelColumn)
            .inModule(trainModule);
    }

    TrainedModel model;
    model.learner = learner;
    model.labelColumn = labelColumn;
    model.labelType = label->type;
    QStringList features = options.featureColumns;
    if (features.isEmpty()) {
        features = table.columnNames();
        features.removeAll(labelColumn);
    } else if (features.contains(labelColumn)) {
        features.removeAll(labelColumn);
    }
    if (features.isEmpty()) {
        return StudioError::make(errc::TooFewColumns,
            u"Number of columns in input dataset is less than allowed "
            u"minimum of 2 column(s): there is no feature column."_s)
            .inModule(trainModule);
    }
    for (const Column &c : table.columns()) {
        if (c.name == labelColumn || features.contains(c.name))
            model.inputSchema.append({ c.name, c.type });
    }

    detail::TrainingData data;
    data.cancelled = options.cancelled;
    std::vector<qsizetype> all;
    all.reserve(size_t(table.rowCount()));
    for (qsizetype r = 0; r < table.rowCount(); ++r) {
        if (!label->isMissing(r))
            all.push_back(r);
    }
    model.rowsWithoutLabel = table.rowCount() - qsizetype(all.size());
    if (all.empty()) {
        return StudioError::make(errc::TooFewRows,
            u"Number of rows in input dataset is less than allowed minimum: "
            u"no row has a value in the label column \""_s
                + labelColumn + u"\"."_s)
            .inModule(trainModule);
    }

    if (learner.task() == Task::BinaryClassification) {
        const QStringList values = distinctLabels(*label, all);
        if (values.size() != 2) {
            return StudioError::make(errc::UnsupportedTarget,
                u"Input dataset has unsupported target column \""_s + labelColumn
                    + u"\" for learner of type "_s + learnerName
                    + u": it needs exactly two "
                      u"distinct values, found "_s
                    + QString::number(values.size()) + (values.size() > 2 ? u" or more"_s : QString())
                    + u"."_s)
                .at(-1, labelColumn)
                .inModule(trainModule);
        }
        model.positiveLabel = choosePositiveLabel(values[0], values[1]);
        model.negativeLabel = model.positiveLabel == values[0] ? values[1] : values[0];
        data.targets.reserve(all.size());
        if (label->isNumeric()) {
            const double positive = *parseNumber(model.positiveLabel.toStdString());
            for (qsizetype r : all)
                data.targets.push_back(label->numbers[size_t(r)] == positive ? 1.0 : 0.0);
        } else {
            const auto positive = qint32(label->levels.indexOf(model.positiveLabel));
            for (qsizetype r : all)
                data.targets.push_back(label->codes[size_t(r)] == positive ? 1.0 : 0.0);
        }
    } else {
        std::vector<double> levelValues;
        if (!label->isNumeric()) {
            for (const QString &level : label->levels) {
                const auto v = parseNumber(level.toStdString());
                if (!v) {
                    return StudioError::make(errc::UnsupportedTarget,
                        u"Input dataset has unsupported target column \""_s + labelColumn
                            + u"\" for learner of type "_s + learnerName
                            + u": it must be numeric, but it contains \""_s + level + u"\"."_s)
                        .at(-1, labelColumn)
                        .inModule(trainModule);
                }
                levelValues.push_back(*v);
            }
            model.labelType = ValueType::Number;
        }
        data.targets.reserve(all.size());
        for (qsizetype r : all)
            data.targets.push_back(label->isNumeric() ? label->numbers[size_t(r)]
                                                      : levelValues[size_t(label->codes[size_t(r)])]);
    }

    auto encoding = FeatureEncoding::fit(table, features, all);
    if (!encoding)
        return StudioError(encoding.error()).inModule(trainModule);
    model.encoding = std::move(encoding).value();
    auto bound = BoundEncoding::bind(model.encoding, table);
    if (!bound)
        return StudioError(bound.error()).inModule(trainModule);
    data.encoding = &bound.value();
    data.rows = std::move(all);
    model.trainingRows = qint64(data.rows.size());

    switch (learner.kind) {
    case LearnerKind::TwoClassLogisticRegression: {
        auto trained = detail::trainLogisticRegression(data, learner.logistic, model.trainingStats);
        if (!trained)
            return trained.error();
        model.linear = std::move(trained).value();
        break;
    }
    case LearnerKind::LinearRegression: {
        auto trained = detail::trainLinearRegression(data, learner.linear, model.trainingStats);
        if (!trained)
            return trained.error();
        model.linear = std::move(trained).value();
        break;
    }
    case LearnerKind::TwoClassBoostedDecisionTree:
    case LearnerKind::BoostedDecisionTreeRegression: {
        auto trained = detail::trainBoostedTrees(data, learner.trees, learner.task(), model.trainingStats);
        if (!trained)
            return trained.error();
        model.xgboostModel = std::move(trained).value();
        break;
    }
    }
    model.trainingSeconds = double(timer.nsecsElapsed()) / 1e9;
    model.trainedAt = QDateTime::currentDateTimeUtc();
    return model;
}

} // namespace mlr::studio
