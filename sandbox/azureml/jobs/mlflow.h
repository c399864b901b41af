#pragma once

// The MLflow REST answers of a workspace's tracking server (docs/reference/azureml-v2-api.md
// §6.4; https://mlflow.org/docs/latest/rest-api.html), built from a job's record. Pure:
// the routes parse the query, look the job up and send what these return. The MLflow
// run_id is the job name.

#include <QJsonObject>
#include <QList>
#include <QMap>

#include <variant>

namespace mlr::aml {

struct MetricPoint
{
    double value = 0;
    qint64 timestamp = 0; // ms since the epoch
    qint64 step = 0;
};

struct RunRecord
{
    QString jobName; // = run_id = run_uuid
    QString experimentName;
    QString experimentId; // experimentId(workspace, experimentName)
    QString status; // the Azure job status: NotStarted, Running, Completed, Failed, Canceled, ...
    qint64 startMs = 0; // 0: not started
    qint64 endMs = 0; // 0: not ended
    // Per key, every logged value in logging order (runs/get shows the last one).
    QMap<QString, QList<MetricPoint>> metrics;
    QMap<QString, QString> params;
    QMap<QString, QString> tags;
    QString artifactUri; // e.g. azureml://datastores/workspaceartifactstore/ExperimentRun/dcid.<job>

    // Adds one point per metric (step 0), e.g. JobRunResult::metrics at the job's end.
    void logMetrics(const QMap<QString, double> &values, qint64 timestampMs);
};

// MLflow's error body: {"error_code": "RESOURCE_DOES_NOT_EXIST" | "INVALID_PARAMETER_VALUE",
// "message": ...}; HTTP 404 for RESOURCE_DOES_NOT_EXIST, 400 otherwise.
struct MlflowError
{
    int status = 400;
    QString errorCode;
    QString message;
    QJsonObject toJson() const;
};
MlflowError runNotFound(const QString &runId); // 404 "Run '<id>' not found."
MlflowError experimentNotFound(const QString &name); // 404 "Could not find experiment with name '<name>'."
MlflowError invalidParameter(const QString &message); // 400 INVALID_PARAMETER_VALUE

// Azure job status -> MLflow RunStatus: NotStarted / Queued / Preparing / Provisioning /
// Starting -> SCHEDULED; Running / Finalizing / CancelRequested / NotResponding / Paused ->
// RUNNING; Completed -> FINISHED; Failed -> FAILED; Canceled -> KILLED (case-insensitive;
// unknown -> RUNNING).
QString mlflowStatus(const QString &azureStatus);

// A deterministic experiment id: a UUID v5 of "<workspace id>/<experiment name>" (the
// name case-insensitively, as Azure ML treats experiment names).
QString experimentId(const QString &workspaceId, const QString &experimentName);

// runs/get: {"run":{"info":{run_id, run_uuid, run_name, experiment_id, user_id, status,
// start_time, end_time (when ended), artifact_uri, lifecycle_stage: "active"}, "data":
// {"metrics":[{key, value, timestamp, step}] (latest per key), "params":[{key, value}],
// "tags":[{key, value}]}}}.
QJsonObject runsGet(const RunRecord &record);
QJsonObject runJson(const RunRecord &record); // the "run" object alone (runs/search lists them)

// metrics/get-history: {"metrics":[...], "next_page_token": "..." (when more)}. maxResults
// 0 means all (up to 25000, MLflow's limit); pageToken is the opaque token of the previous
// page ("" for the first). An unknown key gives {"metrics": []} as MLflow does; an empty
// key, a negative or too large maxResults or a bad token give INVALID_PARAMETER_VALUE.
std::variant<QJsonObject, MlflowError> metricsGetHistory(
    const RunRecord &record, const QString &metricKey, int maxResults = 0, const QString &pageToken = {});

// experiments/get-by-name: {"experiment":{experiment_id, name, artifact_location,
// lifecycle_stage: "active", tags: []}}; INVALID_PARAMETER_VALUE for an empty name.
std::variant<QJsonObject, MlflowError> experimentsGetByName(
    const QString &workspaceId, const QString &experimentName, const QString &artifactLocation = {});

} // namespace mlr::aml
