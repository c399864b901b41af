#include "azureml/jobmetrics.h"

#include "eval/evaluationcsv.h"
#include "eval/metrics.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace mlr::azureml {

namespace {

// lupdate files the tr("...") calls of this namespace-level helper under the namespace's
// context ("mlr::azureml"), so that is the context to look them up in.
QString tr(const char *text)
{
    return QCoreApplication::translate("mlr::azureml", text);
}

// Letters and digits only, lower case: "Root Mean Squared Error" = "root_mean_squared_error".
QString wordsOf(const QString &name)
{
    QString out;
    for (const QChar c : name)
        if (c.isLetterOrNumber())
            out += c.toLower();
    return out;
}

const QHash<QString, QString> &knownNames()
{
    static const QHash<QString, QString> names = [] {
        QHash<QString, QString> h;
        QStringList all = eval::binaryMetricNames() + eval::regressionMetricNames()
            + eval::multiclassMetricNames()
            + QStringList { u"True Positive"_s, u"False Negative"_s, u"False Positive"_s, u"True Negative"_s,
                  u"Threshold"_s, u"Positive Label"_s, u"Negative Label"_s };
        for (const QString &n : std::as_const(all))
            h.insert(wordsOf(n), n);
        const std::pair<const char *, const char *> aliases[]
            = { { "auc", "AUC" }, { "rocauc", "AUC" }, { "aucroc", "AUC" }, { "f1", "F1 Score" },
                  { "f1score", "F1 Score" }, { "fscore", "F1 Score" }, { "logloss", "Average Log Loss" },
                  { "mae", "Mean Absolute Error" }, { "rmse", "Root Mean Squared Error" },
                  { "rae", "Relative Absolute Error" }, { "rse", "Relative Squared Error" },
                  { "r2", "Coefficient of Determination" }, { "r2score", "Coefficient of Determination" } };
        for (const auto &[alias, name] : aliases)
            h.insert(QLatin1StringView(alias), QLatin1StringView(name));
        return h;
    }();
    return names;
}

Error notMetrics(const char *what, const QString &detail)
{
    return Error::parse(tr(what).arg(detail));
}

std::optional<eval::ServiceEvaluation> fromPairs(
    const QStringList &names, const QStringList &cells, const char *what, Error *error)
{
    QStringList canonical;
    for (const QString &n : names)
        canonical << metricNameFromKey(n);
    Error e;
    auto evaluation = eval::evaluationFromCells(canonical, cells, &e);
    if (!evaluation && error)
        *error = notMetrics(what, names.mid(0, 6).join(u", "_s));
    return evaluation;
}

QString cellOf(const QJsonValue &v)
{
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    return v.isString() ? v.toString().trimmed() : QString();
}

} // namespace

QString metricsSourceId(MetricsSource source)
{
    switch (source) {
    case MetricsSource::MetricsOutput:
        return u"metrics.json"_s;
    case MetricsSource::Mlflow:
        return u"mlflow"_s;
    case MetricsSource::None:
        break;
    }
    return u"none"_s;
}

QString metricNameFromKey(const QString &key)
{
    const QString canonical = eval::canonicalMetricName(key);
    return knownNames().value(wordsOf(canonical), canonical);
}

std::optional<eval::ServiceEvaluation> parseMetricsJson(const QByteArray &json, Error *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        if (error)
            *error
                = Error::parse(tr("metrics.json is not a JSON object (%1).").arg(parseError.errorString()));
        return std::nullopt;
    }
    QJsonObject o = doc.object();
    if (o.value(u"metrics"_s).isObject())
        o = o.value(u"metrics"_s).toObject();
    QStringList names, cells;
    for (auto it = o.begin(); it != o.end(); ++it) {
        names << it.key();
        cells << cellOf(it.value());
    }
    return fromPairs(names, cells,
        QT_TRANSLATE_NOOP("mlr::azureml", "metrics.json names no metric the comparison knows (it has: %1)."),
        error);
}

std::optional<eval::ServiceEvaluation> parseMlflowRun(const QByteArray &json, Error *error)
{
    const QJsonObject run = QJsonDocument::fromJson(json).object().value(u"run"_s).toObject();
    if (run.isEmpty()) {
        if (error)
            *error = Error::parse(tr("The MLflow answer has no run."));
        return std::nullopt;
    }
    QStringList names, cells;
    for (const QJsonValue &m : run.value(u"data"_s).toObject().value(u"metrics"_s).toArray()) {
        const QString key = m.toObject().value(u"key"_s).toString();
        if (key.isEmpty())
            continue;
        // runs/get has one value per key; should a key repeat, the last one wins.
        const qsizetype at = names.indexOf(key);
        if (at >= 0) {
            names.removeAt(at);
            cells.removeAt(at);
        }
        names << key;
        cells << cellOf(m.toObject().value(u"value"_s));
    }
    if (names.isEmpty()) {
        if (error)
            *error = Error::parse(tr("The MLflow run has no metrics (yet)."));
        return std::nullopt;
    }
    return fromPairs(names, cells,
        QT_TRANSLATE_NOOP("mlr::azureml", "The MLflow run logs no metric the comparison knows (it has: %1)."),
        error);
}

QUrl mlflowRunsGetUrl(const QString &trackingUri, const QString &runId)
{
    QString base = trackingUri.trimmed();
    if (base.startsWith(u"azureml://"_s, Qt::CaseInsensitive))
        base = u"https://"_s + base.mid(10);
    QUrl url(base);
    if (url.scheme() != u"https"_s || url.host().isEmpty() || runId.isEmpty())
        return {};
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + u"/api/2.0/mlflow/runs/get"_s);
    QUrlQuery query;
    query.addQueryItem(u"run_id"_s, runId);
    url.setQuery(query);
    return url;
}

QList<eval::MetricRow> reportedMetricsTable(
    const eval::ServiceEvaluation &challenger, const std::optional<eval::ServiceEvaluation> &champion)
{
    constexpr double nan = std::numeric_limits<double>::quiet_NaN();
    QList<eval::MetricRow> rows;
    const bool sameTask = champion && champion->task == challenger.task;
    for (const QString &name : eval::metricNames(challenger.task)) {
        const std::optional<double> mine = challenger.metric(name);
        const std::optional<double> theirs = sameTask ? champion->metric(name) : std::nullopt;
        if (!mine && !theirs)
            continue;
        eval::MetricRow row;
        row.metric = name;
        row.challenger = mine.value_or(nan);
        row.champion = theirs.value_or(nan);
        row.delta = row.challenger - row.champion;
        row.higherIsBetter = eval::higherIsBetter(name);
        rows.append(row);
    }
    return rows;
}

} // namespace mlr::azureml
