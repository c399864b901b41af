#include "eval/metrics.h"

#include "eval/thresholdindex.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace mlr::eval {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(mlr::eval::Metrics)
};

constexpr double nan = std::numeric_limits<double>::quiet_NaN();

double ratio(double num, double den)
{
    return den == 0 ? 0.0 : num / den;
}

bool usable(const ScoredRows &rows, size_t i)
{
    if (std::isnan(rows.labels[i]))
        return false;
    if (rows.task == Task::Multiclass)
        return i < rows.predicted.size() && rows.predicted[i] >= 0;
    return i < rows.scores.size() && !std::isnan(rows.scores[i]);
}

QList<QPair<QString, double>> zip(const QStringList &names, std::initializer_list<double> values)
{
    QList<QPair<QString, double>> out;
    qsizetype i = 0;
    for (double v : values)
        out.append({ names[i++], v });
    return out;
}

} // namespace

double accuracy(const Confusion &c)
{
    return ratio(double(c.truePositive + c.trueNegative), double(c.total()));
}

double precision(const Confusion &c)
{
    return ratio(double(c.truePositive), double(c.truePositive + c.falsePositive));
}

double recall(const Confusion &c)
{
    return ratio(double(c.truePositive), double(c.truePositive + c.falseNegative));
}

double f1Score(const Confusion &c)
{
    const double p = precision(c);
    const double r = recall(c);
    return ratio(2 * p * r, p + r);
}

QStringList binaryMetricNames()
{
    return { u"Accuracy"_s, u"Precision"_s, u"Recall"_s, u"F1 Score"_s, u"AUC"_s, u"Average Log Loss"_s };
}

QStringList regressionMetricNames()
{
    return { u"Mean Absolute Error"_s, u"Root Mean Squared Error"_s, u"Relative Absolute Error"_s,
        u"Relative Squared Error"_s, u"Coefficient of Determination"_s };
}

QStringList multiclassMetricNames()
{
    return { u"Overall accuracy"_s, u"Average accuracy"_s, u"Micro-averaged precision"_s,
        u"Macro-averaged precision"_s, u"Micro-averaged recall"_s, u"Macro-averaged recall"_s };
}

QStringList metricNames(Task task)
{
    switch (task) {
    case Task::Binary:
        return binaryMetricNames();
    case Task::Regression:
        return regressionMetricNames();
    case Task::Multiclass:
        return multiclassMetricNames();
    }
    return {};
}

bool higherIsBetter(const QString &metric)
{
    static const QStringList lowerIsBetter = { u"Average Log Loss"_s, u"Mean Absolute Error"_s,
        u"Root Mean Squared Error"_s, u"Relative Absolute Error"_s, u"Relative Squared Error"_s,
        u"False Positive"_s, u"False Negative"_s };
    return !lowerIsBetter.contains(canonicalMetricName(metric));
}

QString canonicalMetricName(const QString &name)
{
    const QString t = name.trimmed();
    if (t.compare(u"F-Score"_s, Qt::CaseInsensitive) == 0
        || t.compare(u"F1 Score"_s, Qt::CaseInsensitive) == 0)
        return u"F1 Score"_s;
    for (const QStringList &names :
        { binaryMetricNames(), regressionMetricNames(), multiclassMetricNames() }) {
        for (const QString &n : names) {
            if (t.compare(n, Qt::CaseInsensitive) == 0)
                return n;
        }
    }
    return t;
}

QString metricDescription(const QString &metric)
{
    const QString m = canonicalMetricName(metric);
    if (m == u"Accuracy")
        return Tr::tr("Share of rows classified correctly at the threshold. Higher is better.");
    if (m == u"Precision")
        return Tr::tr("Of the rows predicted positive, the share that really is positive. Higher is better.");
    if (m == u"Recall")
        return Tr::tr(
            "Of the positive rows, the share the model finds (true positive rate). Higher is better.");
    if (m == u"F1 Score")
        return Tr::tr("Harmonic mean of precision and recall. Higher is better.");
    if (m == u"AUC")
        return Tr::tr(
            "Area under the ROC curve: the chance that a random positive row scores higher than a random "
            "negative one, over all thresholds. 0.5 is guessing, 1 is perfect.");
    if (m == u"Average Log Loss")
        return Tr::tr("Mean penalty for confident wrong probabilities (natural log). Lower is better.");
    if (m == u"Mean Absolute Error")
        return Tr::tr("Average absolute difference between prediction and actual value. Lower is better.");
    if (m == u"Root Mean Squared Error")
        return Tr::tr("Square root of the average squared error; large errors weigh more. Lower is better.");
    if (m == u"Relative Absolute Error")
        return Tr::tr("Total absolute error divided by that of always predicting the mean. Lower is better.");
    if (m == u"Relative Squared Error")
        return Tr::tr("Total squared error divided by that of always predicting the mean. Lower is better.");
    if (m == u"Coefficient of Determination")
        return Tr::tr(
            "R²: share of the label's variance the model explains. 1 is perfect, 0 is no better than the "
            "mean. Higher is better.");
    if (m == u"Overall accuracy")
        return Tr::tr("Share of rows whose class is predicted correctly. Higher is better.");
    if (m == u"Average accuracy")
        return Tr::tr("Mean over the classes of each class's one-versus-rest accuracy. Higher is better.");
    if (m == u"Micro-averaged precision")
        return Tr::tr(
            "Precision over all rows pooled (equals overall accuracy for single-label data). Higher is "
            "better.");
    if (m == u"Macro-averaged precision")
        return Tr::tr("Mean of the per-class precisions: every class counts the same. Higher is better.");
    if (m == u"Micro-averaged recall")
        return Tr::tr("Recall over all rows pooled. Higher is better.");
    if (m == u"Macro-averaged recall")
        return Tr::tr("Mean of the per-class recalls: every class counts the same. Higher is better.");
    return {};
}

Confusion binaryConfusion(const ScoredRows &rows, double threshold)
{
    return recountConfusion(rows, threshold);
}

double areaUnderRoc(const ScoredRows &rows)
{
    return ThresholdIndex(rows).auc();
}

double averageLogLoss(const ScoredRows &rows)
{
    double sum = 0;
    qint64 n = 0;
    for (size_t i = 0; i < rows.labels.size(); ++i) {
        if (!usable(rows, i))
            continue;
        const double p = std::clamp(rows.scores[i], 1e-15, 1.0 - 1e-15);
        sum -= rows.labels[i] > 0.5 ? std::log(p) : std::log(1.0 - p);
        ++n;
    }
    return n == 0 ? nan : sum / double(n);
}

std::vector<std::vector<qint64>> multiclassConfusion(const ScoredRows &rows)
{
    const size_t k = size_t(rows.classNames.size());
    std::vector<std::vector<qint64>> m(k, std::vector<qint64>(k, 0));
    for (size_t i = 0; i < rows.labels.size(); ++i) {
        if (!usable(rows, i))
            continue;
        const size_t actual = size_t(rows.labels[i]);
        const size_t predicted = size_t(rows.predicted[i]);
        if (actual < k && predicted < k)
            ++m[actual][predicted];
    }
    return m;
}

QList<QPair<QString, double>> computeMetrics(const ScoredRows &rows, double threshold)
{
    switch (rows.task) {
    case Task::Binary: {
        const ThresholdIndex index(rows);
        if (index.size() == 0)
            return zip(binaryMetricNames(), { nan, nan, nan, nan, nan, nan });
        const Confusion c = index.at(threshold);
        return zip(binaryMetricNames(),
            { accuracy(c), precision(c), recall(c), f1Score(c), index.auc(), averageLogLoss(rows) });
    }
    case Task::Regression: {
        double mean = 0;
        qint64 n = 0;
        for (size_t i = 0; i < rows.labels.size(); ++i) {
            if (usable(rows, i)) {
                mean += rows.labels[i];
                ++n;
            }
        }
        if (n == 0)
            return zip(regressionMetricNames(), { nan, nan, nan, nan, nan });
        mean /= double(n);
        double abs = 0, sq = 0, absDev = 0, sqDev = 0;
        for (size_t i = 0; i < rows.labels.size(); ++i) {
            if (!usable(rows, i))
                continue;
            const double y = rows.labels[i];
            const double e = y - rows.scores[i];
            abs += std::fabs(e);
            sq += e * e;
            absDev += std::fabs(y - mean);
            sqDev += (y - mean) * (y - mean);
        }
        return zip(regressionMetricNames(),
            { abs / double(n), std::sqrt(sq / double(n)), absDev == 0 ? nan : abs / absDev,
                sqDev == 0 ? nan : sq / sqDev, sqDev == 0 ? nan : 1.0 - sq / sqDev });
    }
    case Task::Multiclass: {
        const auto m = multiclassConfusion(rows);
        const size_t k = m.size();
        qint64 total = 0;
        qint64 correct = 0;
        std::vector<qint64> actual(k, 0), predicted(k, 0);
        for (size_t a = 0; a < k; ++a) {
            for (size_t p = 0; p < k; ++p) {
                total += m[a][p];
                actual[a] += m[a][p];
                predicted[p] += m[a][p];
            }
            correct += m[a][a];
        }
        if (total == 0)
            return zip(multiclassMetricNames(), { nan, nan, nan, nan, nan, nan });
        double accuracySum = 0, precisionSum = 0, recallSum = 0;
        int classes = 0;
        for (size_t c = 0; c < k; ++c) {
            if (actual[c] == 0 && predicted[c] == 0)
                continue; // a class absent from these rows
            ++classes;
            const double tp = double(m[c][c]);
            const double fp = double(predicted[c]) - tp;
            const double fn = double(actual[c]) - tp;
            const double tn = double(total) - tp - fp - fn;
            accuracySum += (tp + tn) / double(total);
            precisionSum += ratio(tp, tp + fp);
            recallSum += ratio(tp, tp + fn);
        }
        const double overall = double(correct) / double(total);
        return zip(multiclassMetricNames(),
            { overall, accuracySum / classes, overall, precisionSum / classes, overall,
                recallSum / classes });
    }
    }
    return {};
}

} // namespace mlr::eval
