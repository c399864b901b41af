#include "azureml/jobs/mlflow.h"

#include <QJsonArray>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace mlr::aml {

namespace {

constexpr int maxHistoryResults = 25000;

QJsonArray keyValues(const QMap<QString, QString> &map)
{
    QJsonArray a;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        a.append(QJsonObject { { u"key"_s, it.key() }, { u"value"_s, it.value() } });
    return a;
}

QJsonObject metricJson(const QString &key, const MetricPoint &p)
{
    return QJsonObject { { u"key"_s, key }, { u"value"_s, p.value }, { u"timestamp"_s, double(p.timestamp) },
        { u"step"_s, double(p.step) } };
}

} // namespace

void RunRecord::logMetrics(const QMap<QString, double> &values, qint64 timestampMs)
{
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        metrics[it.key()].append({ it.value(), timestampMs, 0 });
}

QJsonObject MlflowError::toJson() const
{
    return QJsonObject { { u"error_code"_s, errorCode }, { u"message"_s, message } };
}

MlflowError runNotFound(const QString &runId)
{
    return { 404, u"RESOURCE_DOES_NOT_EXIST"_s, u"Run '%1' not found."_s.arg(runId) };
}

MlflowError experimentNotFound(const QString &name)
{
    return { 404, u"RESOURCE_DOES_NOT_EXIST"_s, u"Could not find experiment with name '%1'."_s.arg(name) };
}

MlflowError invalidParameter(const QString &message)
{
    return { 400, u"INVALID_PARAMETER_VALUE"_s, message };
}

QString mlflowStatus(const QString &azureStatus)
{
    const QString s = azureStatus.trimmed().toLower();
    if (s == u"completed"_s)
        return u"FINISHED"_s;
    if (s == u"failed"_s)
        return u"FAILED"_s;
    if (s == u"canceled"_s || s == u"cancelled"_s)
        return u"KILLED"_s;
    for (const char16_t *scheduled :
        { u"notstarted", u"queued", u"preparing", u"provisioning", u"starting" }) {
        if (s == QStringView(scheduled))
            return u"SCHEDULED"_s;
    }
    return u"RUNNING"_s;
}

QString experimentId(const QString &workspaceId, const QString &experimentName)
{
    static const QUuid space(u"2b0f8e4a-3c1d-4e5f-8a9b-0c1d2e3f4a5b"_s);
    return QUuid::createUuidV5(space, workspaceId.toLower() + u"/"_s + experimentName.toLower())
        .toString(QUuid::WithoutBraces);
}

QJsonObject runJson(const RunRecord &record)
{
    QJsonObject info { { u"run_id"_s, record.jobName }, { u"run_uuid"_s, record.jobName },
        { u"run_name"_s, record.jobName }, { u"experiment_id"_s, record.experimentId },
        { u"user_id"_s, QString() }, { u"status"_s, mlflowStatus(record.status) },
        { u"artifact_uri"_s, record.artifactUri }, { u"lifecycle_stage"_s, u"active"_s } };
    if (record.startMs > 0)
        info.insert(u"start_time"_s, double(record.startMs));
    if (record.endMs > 0)
        info.insert(u"end_time"_s, double(record.endMs));
    QJsonArray metrics;
    for (auto it = record.metrics.cbegin(); it != record.metrics.cend(); ++it) {
        if (!it->isEmpty())
            metrics.append(metricJson(it.key(), it->last()));
    }
    QMap<QString, QString> tags = record.tags;
    if (!tags.contains(u"mlflow.runName"_s))
        tags.insert(u"mlflow.runName"_s, record.jobName);
    const QJsonObject data { { u"metrics"_s, metrics }, { u"params"_s, keyValues(record.params) },
        { u"tags"_s, keyValues(tags) } };
    return QJsonObject { { u"info"_s, info }, { u"data"_s, data } };
}

QJsonObject runsGet(const RunRecord &record)
{
    return QJsonObject { { u"run"_s, runJson(record) } };
}

std::variant<QJsonObject, MlflowError> metricsGetHistory(
    const RunRecord &record, const QString &metricKey, int maxResults, const QString &pageToken)
{
    if (metricKey.trimmed().isEmpty())
        return invalidParameter(u"Missing value for required parameter 'metric_key'."_s);
    if (maxResults < 0 || maxResults > maxHistoryResults) {
        return invalidParameter(
            u"Invalid value %1 for parameter 'max_results': it must be between 1 and %2."_s.arg(maxResults)
                .arg(maxHistoryResults));
    }
    qsizetype offset = 0;
    if (!pageToken.isEmpty()) {
        bool ok = false;
        const QByteArray decoded
            = QByteArray::fromBase64(pageToken.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        offset = decoded.startsWith("offset:") ? decoded.mid(7).toLongLong(&ok) : 0;
        if (!ok || offset < 0)
            return invalidParameter(u"Invalid page token '%1'."_s.arg(pageToken));
    }
    const QList<MetricPoint> points = record.metrics.value(metricKey);
    const qsizetype limit = maxResults == 0 ? maxHistoryResults : maxResults;
    QJsonArray page;
    qsizetype i = offset;
    for (; i < points.size() && page.size() < limit; ++i)
        page.append(metricJson(metricKey, points.at(i)));
    QJsonObject out { { u"metrics"_s, page } };
    if (i < points.size())
        out.insert(u"next_page_token"_s,
            QString::fromLatin1(QByteArray("offset:" + QByteArray::number(i)).toBase64()));
    return out;
}

std::variant<QJsonObject, MlflowError> experimentsGetByName(
    const QString &workspaceId, const QString &experimentName, const QString &artifactLocation)
{
    if (experimentName.trimmed().isEmpty())
        return invalidParameter(u"Missing value for required parameter 'experiment_name'."_s);
    const QJsonObject experiment { { u"experiment_id"_s, experimentId(workspaceId, experimentName) },
        { u"name"_s, experimentName }, { u"artifact_location"_s, artifactLocation },
        { u"lifecycle_stage"_s, u"active"_s }, { u"tags"_s, QJsonArray {} } };
    return QJsonObject { { u"experiment"_s, experiment } };
}

} // namespace mlr::aml
