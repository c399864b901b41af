#pragma once

#include "eval/evaltypes.h"
#include "http/error.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QUrl>

#include <optional>

namespace mlr::azureml {

// A job's own metrics (reference §6.4, §13): what its `metrics` output wrote (metrics.json)
// or, without it, what it logged to MLflow. Pure.

enum class MetricsSource
{
    None, // neither could be read (see JobMetrics::note)
    MetricsOutput, // metrics.json of the job's metrics output
    Mlflow, // MLflow runs/get on the workspace's tracking URI
};

// "metrics.json", "mlflow", "none" (identifiers for --json output, not translated).
QString metricsSourceId(MetricsSource source);

struct JobMetrics
{
    QString job; // the job's name (= the MLflow run id)
    MetricsSource source = MetricsSource::None;
    std::optional<eval::ServiceEvaluation> evaluation; // nullopt when source is None
    QString note; // source None: why, one translated sentence
};

// How an evaluation judged the two models.
enum class EvaluationBasis
{
    SameRows, // both models scored the new job's scored test split (the classic comparison)
    ReportedMetrics, // only each job's own metrics (no scored split): not the same rows
};

// The reported metrics of both jobs side by side, with how the comparison was made.
struct ReportedMetrics
{
    EvaluationBasis basis = EvaluationBasis::SameRows;
    QString note; // one translated sentence saying how the models were compared (and why)
    JobMetrics challenger; // the new job
    JobMetrics champion; // the production model's job (job empty when the model has none)
    QList<eval::MetricRow> table; // reportedMetricsTable(challenger, champion)
    QStringList scoredBy; // SameRows: the deployment(s) that answered, as their responses said
    qint64 rows = 0; // SameRows: rows scored by both models
};

// The Studio name of a metric key as jobs log it: Studio's own names unchanged ("AUC",
// "F-Score" -> "F1 Score"); MLflow / scikit-learn style keys by their words, in any case
// ("auc", "roc_auc", "accuracy", "f1_score", "log_loss", "root_mean_squared_error", "rmse",
// "mae", "r2", ...). Other keys are returned trimmed, unchanged.
QString metricNameFromKey(const QString &key);

// metrics.json: a JSON object of metric -> number (a number in a string is read too), or the
// same under "metrics". The task follows from the names (eval::evaluationFromCells).
// nullopt and *error (Error::Parse) when it is not JSON or names no known metric.
std::optional<eval::ServiceEvaluation> parseMetricsJson(const QByteArray &json, Error *error);

// An MLflow runs/get answer: {"run":{"data":{"metrics":[{"key","value",...}]}}} (runs/get
// gives the latest value per key). nullopt and *error (Error::Parse) when it is not that
// answer or has no known metric (e.g. metrics that were not logged yet).
std::optional<eval::ServiceEvaluation> parseMlflowRun(const QByteArray &json, Error *error);

// The runs/get URL of a run on a workspace's tracking URI (the workspace's
// properties.mlFlowTrackingUri, "azureml://{host}/mlflow/v1.0/subscriptions/.../workspaces/{w}"):
// https://{host}/mlflow/v1.0/.../api/2.0/mlflow/runs/get?run_id={run}. Invalid URL when the
// tracking URI is not azureml:// or https://.
QUrl mlflowRunsGetUrl(const QString &trackingUri, const QString &runId);

// The metrics of the challenger's task (eval::metricNames order) that either side reports;
// champion values are NaN when it has none or reports another task. delta, higherIsBetter as
// eval::compare fills them.
QList<eval::MetricRow> reportedMetricsTable(
    const eval::ServiceEvaluation &challenger, const std::optional<eval::ServiceEvaluation> &champion);

} // namespace mlr::azureml

Q_DECLARE_METATYPE(mlr::azureml::ReportedMetrics)
