#include "history/amlhistory.h"

#include "azureml/rolloutplan.h"

namespace mlr::history {

namespace {

QVariantMap base(const QString &action)
{
    return { { QStringLiteral("azureml"), true }, { QStringLiteral("action"), action } };
}

QStringList names(const QList<azureml::OnlineDeployment> &deployments)
{
    QStringList out;
    for (const azureml::OnlineDeployment &d : deployments)
        out << d.name;
    return out;
}

QString version(const azureml::ModelVersion &m)
{
    return m.name.isEmpty() ? QString() : m.name + u':' + m.version;
}

} // namespace

QVariantMap trafficVariant(const azureml::TrafficMap &traffic)
{
    QVariantMap out;
    for (auto it = traffic.cbegin(); it != traffic.cend(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

Event rolloutEvent(const QString &profile, const QString &jobId, const azureml::RolloutResult &r)
{
    Event e;
    e.kind = EventKind::Update;
    e.when = r.ended.isValid() ? r.ended.toUTC() : QDateTime::currentDateTimeUtc();
    e.profile = profile;
    e.service = r.endpoint;
    e.jobId = jobId;
    e.summary = HistoryStore::tr("Roll-out on %1: %2").arg(r.endpoint, r.stateText);
    QVariantList stages;
    for (const azureml::RolloutStageRecord &s : r.stages)
        stages.append(QVariantMap { { QStringLiteral("percent"), s.percent },
            { QStringLiteral("traffic"), trafficVariant(s.intended) },
            { QStringLiteral("readBack"), trafficVariant(s.readBack) },
            { QStringLiteral("done"), s.doneUtc.toString(Qt::ISODateWithMs) } });
    e.details = base(QStringLiteral("rollout"));
    e.details.insert({ { QStringLiteral("state"), azureml::rolloutStateName(r.state) },
        { QStringLiteral("stateText"), r.stateText }, { QStringLiteral("oldDeployment"), r.oldDeployment },
        { QStringLiteral("newDeployment"), r.newDeployment }, { QStringLiteral("model"), version(r.model) },
        { QStringLiteral("previousModel"), version(r.previousModel) },
        { QStringLiteral("backupFile"), r.backupFile }, { QStringLiteral("stages"), stages },
        { QStringLiteral("traffic"), r.trafficKnown ? QVariant(trafficVariant(r.traffic)) : QVariant() },
        { QStringLiteral("deployments"), names(r.deployments) },
        { QStringLiteral("rollbackTo"), r.rollback.previousDeployment },
        { QStringLiteral("rollbackTraffic"), trafficVariant(r.rollback.traffic) },
        { QStringLiteral("warnings"), r.warnings },
        { QStringLiteral("started"), r.started.toString(Qt::ISODateWithMs) },
        { QStringLiteral("ended"), r.ended.toString(Qt::ISODateWithMs) } });
    if (r.smoke) {
        e.details.insert(QStringLiteral("smoke"), r.smoke->summary());
        e.details.insert(QStringLiteral("smokePassed"), !r.smoke->unchanged());
    }
    return e;
}

Event trafficEvent(const QString &profile, const azureml::TrafficResult &r)
{
    Event e;
    e.kind = EventKind::Update;
    e.when = r.doneUtc.isValid() ? r.doneUtc.toUTC() : QDateTime::currentDateTimeUtc();
    e.profile = profile;
    e.service = r.endpoint;
    e.summary
        = HistoryStore::tr("Traffic of %1 set to %2").arg(r.endpoint, azureml::describeTraffic(r.intended));
    e.details = base(QStringLiteral("traffic"));
    e.details.insert({ { QStringLiteral("before"), trafficVariant(r.before) },
        { QStringLiteral("intended"), trafficVariant(r.intended) },
        { QStringLiteral("traffic"), trafficVariant(r.readBack) },
        { QStringLiteral("applied"), r.applied } });
    return e;
}

Event rollbackEvent(
    const QString &profile, const azureml::RollbackResult &r, const QString &backupFile, const Error &error)
{
    Event e;
    e.kind = EventKind::Rollback;
    e.when = r.traffic.doneUtc.isValid() ? r.traffic.doneUtc.toUTC() : QDateTime::currentDateTimeUtc();
    e.profile = profile;
    e.service = r.handle.endpoint;
    const bool done = !error && r.traffic.applied;
    e.summary = done
        ? HistoryStore::tr("Rollback of %1: traffic back on %2 (%3)")
              .arg(r.handle.endpoint, r.handle.previousDeployment, azureml::describeTraffic(r.restored))
        : HistoryStore::tr("Rollback of %1 failed: %2").arg(r.handle.endpoint, error.message());
    e.details = base(QStringLiteral("rollback"));
    e.details.insert({ { QStringLiteral("backupFile"), backupFile },
        { QStringLiteral("previousDeployment"), r.handle.previousDeployment },
        { QStringLiteral("restored"), trafficVariant(r.restored) },
        { QStringLiteral("traffic"), trafficVariant(r.traffic.readBack) },
        { QStringLiteral("applied"), r.traffic.applied },
        { QStringLiteral("state"), done ? QStringLiteral("rolled-back") : QStringLiteral("failed") } });
    return e;
}

Event retireEvent(const QString &profile, const azureml::RetireResult &r)
{
    Event e;
    e.kind = EventKind::Update;
    e.when = QDateTime::currentDateTimeUtc();
    e.profile = profile;
    e.service = r.endpoint;
    e.summary = HistoryStore::tr("Deployment %1 of %2 retired").arg(r.deployment, r.endpoint);
    e.details = base(QStringLiteral("retire"));
    e.details.insert(
        { { QStringLiteral("deployment"), r.deployment }, { QStringLiteral("successor"), r.successor },
            { QStringLiteral("deployments"), names(r.deployments) } });
    return e;
}

} // namespace mlr::history
