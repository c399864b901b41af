#include "azureml/rolloutbackup.h"

#include "arm/modelupdate.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace mlr::azureml {

namespace {

// lupdate files the tr("...") calls of this namespace-level helper under the namespace's
// context ("mlr::azureml"), so that is the context to look them up in.
QString tr(const char *text)
{
    return QCoreApplication::translate("mlr::azureml", text);
}

const QString format = QStringLiteral("mlretrain-azureml-rollout-backup");

QJsonObject trafficJson(const TrafficMap &traffic)
{
    QJsonObject o;
    for (auto it = traffic.cbegin(); it != traffic.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

TrafficMap trafficFromJson(const QJsonObject &o)
{
    TrafficMap traffic;
    for (auto it = o.begin(); it != o.end(); ++it)
        traffic.insert(it.key(), it.value().toInt());
    return traffic;
}

} // namespace

QString rolloutBackupName(const QString &endpoint)
{
    return QStringLiteral("azureml-") + endpoint;
}

QString writeRolloutBackup(const QString &directory, const RolloutBackup &backup, Error *error)
{
    QJsonArray deployments, models;
    for (const OnlineDeployment &d : backup.deployments)
        deployments.append(d.raw);
    for (const ModelVersion &m : backup.models)
        models.append(m.raw);
    const QJsonObject rollback { { QStringLiteral("previousDeployment"), backup.rollback.previousDeployment },
        { QStringLiteral("candidate"), backup.rollback.candidate },
        { QStringLiteral("traffic"), trafficJson(backup.rollback.traffic) } };
    const QJsonObject file { { QStringLiteral("format"), format }, { QStringLiteral("version"), 1 },
        { QStringLiteral("takenUtc"), backup.takenUtc.toUTC().toString(Qt::ISODateWithMs) },
        { QStringLiteral("workspace"), backup.workspace },
        { QStringLiteral("endpoint"), backup.endpoint.raw }, { QStringLiteral("deployments"), deployments },
        { QStringLiteral("models"), models }, { QStringLiteral("rollback"), rollback } };
    return arm::writeBackupFile(directory,
        arm::backupFileName(rolloutBackupName(backup.endpoint.name), backup.takenUtc),
        QJsonDocument(file).toJson(QJsonDocument::Indented), error);
}

std::optional<RolloutBackup> readRolloutBackup(const QString &path, Error *error)
{
    const auto fail = [&](const QString &why) -> std::optional<RolloutBackup> {
        if (error)
            *error = Error::input(tr("The roll-out backup %1 cannot be used: %2").arg(path, why));
        return std::nullopt;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString());
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject())
        return fail(tr("it is not JSON (%1).").arg(parseError.errorString()));
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toString() != format)
        return fail(tr("it is not a backup of an Azure Machine Learning online endpoint."));
    RolloutBackup backup;
    backup.file = path;
    backup.takenUtc
        = QDateTime::fromString(o.value(QStringLiteral("takenUtc")).toString(), Qt::ISODateWithMs);
    backup.workspace = o.value(QStringLiteral("workspace")).toString();
    Error parseProblem;
    const auto endpoint = parseEndpoint(o.value(QStringLiteral("endpoint")).toObject(), &parseProblem);
    if (!endpoint)
        return fail(parseProblem.message());
    backup.endpoint = *endpoint;
    for (const QJsonValue &item : o.value(QStringLiteral("deployments")).toArray()) {
        const auto d = parseDeployment(item.toObject(), &parseProblem);
        if (!d)
            return fail(parseProblem.message());
        backup.deployments.append(*d);
    }
    for (const QJsonValue &item : o.value(QStringLiteral("models")).toArray())
        if (const auto m = parseModelVersion(item.toObject(), &parseProblem))
            backup.models.append(*m);
    const QJsonObject rollback = o.value(QStringLiteral("rollback")).toObject();
    backup.rollback.endpoint = backup.endpoint.name;
    backup.rollback.previousDeployment = rollback.value(QStringLiteral("previousDeployment")).toString();
    backup.rollback.candidate = rollback.value(QStringLiteral("candidate")).toString();
    backup.rollback.traffic = trafficFromJson(rollback.value(QStringLiteral("traffic")).toObject());
    if (backup.rollback.previousDeployment.isEmpty() || backup.rollback.traffic.isEmpty()) {
        const auto production = productionDeployment(backup.endpoint);
        if (!production)
            return fail(
                tr("no deployment had traffic when it was taken, so there is nothing to roll back to."));
        backup.rollback.previousDeployment = *production;
        backup.rollback.candidate.clear();
        backup.rollback.traffic = backup.endpoint.traffic;
    }
    return backup;
}

QStringList listRolloutBackups(const QString &directory, const QString &endpoint)
{
    // arm::listBackups matches "<name>-*Z.json", which includes the backups of an endpoint whose
    // name continues this one's ("census" and "census-2"): keep the exact ones.
    static const QRegularExpression stamp(QStringLiteral("^-\\d{8}-\\d{6}-\\d{3}Z\\.json$"));
    const QString prefix = rolloutBackupName(endpoint);
    QStringList out;
    for (const QString &f : arm::listBackups(directory, prefix)) {
        const QString name = f.section(u'/', -1);
        if (name.startsWith(prefix) && stamp.match(name.mid(prefix.size())).hasMatch())
            out.append(f);
    }
    return out;
}

} // namespace mlr::azureml
