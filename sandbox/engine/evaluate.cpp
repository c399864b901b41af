#include "engine/evaluate.h"

#include "engine/csvwriter.h"
#include "engine/model.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace mlr::studio {

namespace {

const QString module = u"Evaluate Model"_s;

// The cell's text, or a null QString when missing.
QString cellText(const Column &c, qsizetype row)
{
    return c.isMissing(row) ? QString() : c.text(row);
}

} // namespace

QStringList binaryEvaluationColumns()
{
    return { u"True Positive"_s, u"False Negative"_s, u"False Positive"_s, u"True Negative"_s, u"Accuracy"_s,
        u"Precision"_s, u"Recall"_s, u"F1 Score"_s, u"AUC"_s, u"Average Log Loss"_s, u"Threshold"_s,
        u"Positive Label"_s, u"Negative Label"_s };
}

QStringList regressionEvaluationColumns()
{
    return { u"Mean Absolute Error"_s, u"Root Mean Squared Error"_s, u"Relative Absolute Error"_s,
        u"Relative Squared Error"_s, u"Coefficient of Determination"_s };
}

Result<EvaluationResult> evaluateModel(const DataTable &scored, const EvaluateOptions &options)
{
    const Column *label = options.labelColumn.isEmpty() ? nullptr : scored.find(options.labelColumn);
    if (!label) {
        return StudioError::make(errc::NoLabelColumn,
            u"There is no label column in \"Scored dataset\""_s
                + (options.labelColumn.isEmpty() ? QString()
                                                 : u": column \""_s + options.labelColumn + u"\" is absent"_s)
                + u"."_s)
            .inModule(module);
    }
    const Column *probabilities = scored.find(scoredProbabilitiesColumn);
    const Column *labels = scored.find(scoredLabelsColumn);
    EvaluationResult result;
    if (probabilities && probabilities->isNumeric()) {
        result.task = Task::BinaryClassification;
        QStringList seen;
        for (qsizetype r = 0; r < scored.rowCount() && seen.size() <= 2; ++r) {
            const QString t = cellText(*label, r);
            if (!t.isNull() && !seen.contains(t))
                seen.append(t);
        }
        if (seen.size() > 2) {
            return StudioError::make(errc::UnsupportedTarget,
                u"Input dataset has unsupported target column \""_s + options.labelColumn
                    + u"\": a two-class evaluation needs at most two "
                      u"label values."_s)
                .inModule(module);
        }
        BinaryEvaluation &b = result.binary;
        b.threshold = options.threshold;
        b.positiveLabel = options.positiveLabel;
        if (b.positiveLabel.isEmpty()) {
            if (seen.isEmpty())
                b.positiveLabel = QString();
            else
                b.positiveLabel = seen.size() == 2 ? choosePositiveLabel(seen[0], seen[1]) : seen[0];
        }
        b.negativeLabel = options.negativeLabel;
        if (b.negativeLabel.isEmpty()) {
            for (const QString &s : seen) {
                if (s != b.positiveLabel)
                    b.negativeLabel = s;
            }
        }
        std::vector<quint8> truth;
        std::vector<double> p;
        for (qsizetype r = 0; r < scored.rowCount(); ++r) {
            const QString t = cellText(*label, r);
            const double prob = probabilities->numbers[size_t(r)];
            if (t.isNull() || std::isnan(prob))
                continue;
            truth.push_back(t == b.positiveLabel ? 1 : 0);
            p.push_back(prob);
        }
        result.rows = qint64(truth.size());
        b.counts = confusionCounts(truth, p, b.threshold);
        b.accuracy = accuracy(b.counts);
        b.precision = precision(b.counts);
        b.recall = recall(b.counts);
        b.f1Score = f1Score(b.counts);
        b.auc = areaUnderRoc(truth, p);
        b.averageLogLoss = averageLogLoss(truth, p);
        return result;
    }
    if (labels && labels->isNumeric()) {
        result.task = Task::Regression;
        std::vector<double> truth;
        std::vector<double> predicted;
        for (qsizetype r = 0; r < scored.rowCount(); ++r) {
            double y;
            if (label->isNumeric()) {
                y = label->numbers[size_t(r)];
            } else {
                const QString t = cellText(*label, r);
                y = t.isNull() ? std::nan("") : parseNumber(t.toStdString()).value_or(std::nan(""));
            }
            const double s = labels->numbers[size_t(r)];
            if (std::isnan(y) || std::isnan(s))
                continue;
            truth.push_back(y);
            predicted.push_back(s);
        }
        result.rows = qint64(truth.size());
        result.regression = regressionMetrics(truth, predicted);
        return result;
    }
    return StudioError::make(errc::NoScoreColumn,
        u"There is no score column in \"Scored dataset\": score the "
        u"dataset with Score Model first."_s)
        .inModule(module);
}

DataTable evaluationTable(const EvaluationResult &result)
{
    DataTable t;
    auto number = [&t](const QString &name, double v, ValueType type = ValueType::Number) {
        (void)t.addColumn(Column::numeric(name, { v }, type));
    };
    const QStringList names = result.task == Task::BinaryClassification ? binaryEvaluationColumns()
                                                                        : regressionEvaluationColumns();
    if (result.task == Task::BinaryClassification) {
        const BinaryEvaluation &b = result.binary;
        const double values[] = { double(b.counts.truePositive), double(b.counts.falseNegative),
            double(b.counts.falsePositive), double(b.counts.trueNegative), b.accuracy, b.precision, b.recall,
            b.f1Score, b.auc, b.averageLogLoss, b.threshold };
        for (int i = 0; i < 11; ++i)
            number(names[i], values[i], i < 4 ? ValueType::Integer : ValueType::Number);
        (void)t.addColumn(Column::categorical(names[11], { b.positiveLabel }));
        (void)t.addColumn(Column::categorical(names[12], { b.negativeLabel }));
    } else {
        const RegressionMetrics &m = result.regression;
        const double values[] = { m.meanAbsoluteError, m.rootMeanSquaredError, m.relativeAbsoluteError,
            m.relativeSquaredError, m.coefficientOfDetermination };
        for (int i = 0; i < 5; ++i)
            number(names[i], values[i]);
    }
    return t;
}

QByteArray evaluationCsv(const EvaluationResult &result)
{
    return writeCsv(evaluationTable(result));
}

} // namespace mlr::studio
