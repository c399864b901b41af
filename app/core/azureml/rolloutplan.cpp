#include "azureml/rolloutplan.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace mlr::azureml {

namespace {

// lupdate files the tr("...") calls of this namespace-level helper under the namespace's
// context ("mlr::azureml"), so that is the context to look them up in.
QString tr(const char *text)
{
    return QCoreApplication::translate("mlr::azureml", text);
}

const QString properties = QStringLiteral("properties");

// The service's entries of a properties.properties bag.
bool isServiceProperty(const QString &key)
{
    return key.startsWith(u"azureml.", Qt::CaseInsensitive)
        || key.compare(u"AzureAsyncOperationUri", Qt::CaseInsensitive) == 0;
}

std::optional<qint64> wholeNumber(const QString &text)
{
    bool ok = false;
    const qint64 n = text.trimmed().toLongLong(&ok);
    return ok ? std::optional<qint64>(n) : std::nullopt;
}

} // namespace

bool isValidDeploymentName(const QString &name)
{
    static const QRegularExpression rule(QStringLiteral("^[A-Za-z](?:[A-Za-z0-9]|-(?!-))*[A-Za-z0-9]$"));
    return name.size() >= 3 && name.size() <= 32 && rule.match(name).hasMatch();
}

QString nextDeploymentName(const QStringList &taken, const QString &current)
{
    const auto isFree = [&](const QString &name) {
        return isValidDeploymentName(name) && !taken.contains(name, Qt::CaseInsensitive);
    };
    for (const QString &colour : { QStringLiteral("green"), QStringLiteral("blue") })
        if (isFree(colour))
            return colour;
    static const QRegularExpression suffix(QStringLiteral("-[0-9]+$"));
    QString base = current;
    base.remove(suffix);
    base.truncate(28);
    while (base.endsWith(u'-'))
        base.chop(1);
    if (!isValidDeploymentName(base + QStringLiteral("-2")))
        base = QStringLiteral("deployment");
    for (int n = 2;; ++n)
        if (const QString name = base + u'-' + QString::number(n); isFree(name))
            return name;
}

QString modelVersionId(const WorkspaceTarget &workspace, const QString &name, const QString &version)
{
    return workspace.resourceId() + QStringLiteral("/models/%1/versions/%2").arg(name, version);
}

QString nextModelVersion(const QList<ModelVersion> &existing, const QString &nextVersion)
{
    qint64 next = 1;
    for (const ModelVersion &v : existing)
        if (const auto n = wholeNumber(v.version))
            next = std::max(next, *n + 1);
    if (const auto n = wholeNumber(nextVersion))
        next = std::max(next, *n);
    return QString::number(next);
}

std::optional<ModelVersion> versionOfJob(const QList<ModelVersion> &existing, const QString &jobName)
{
    if (jobName.isEmpty())
        return std::nullopt;
    for (const ModelVersion &v : existing)
        if (v.jobName.compare(jobName, Qt::CaseInsensitive) == 0)
            return v;
    return std::nullopt;
}

QJsonObject modelVersionBody(const ModelRegistration &registration)
{
    QJsonObject tags;
    for (auto it = registration.tags.cbegin(); it != registration.tags.cend(); ++it)
        tags.insert(it.key(), it.value());
    tags.insert(QStringLiteral("mlretrain.job"), registration.jobName);
    if (!registration.previousModel.isEmpty())
        tags.insert(QStringLiteral("mlretrain.replaces"), registration.previousModel);
    QJsonObject p {
        { QStringLiteral("modelType"),
            registration.modelType.isEmpty() ? QStringLiteral("custom_model") : registration.modelType },
        { QStringLiteral("modelUri"),
            QStringLiteral("azureml://jobs/%1/outputs/%2/paths/")
                .arg(registration.jobName, registration.output) },
        { QStringLiteral("jobName"), registration.jobName },
        { QStringLiteral("tags"), tags },
        { QStringLiteral("isAnonymous"), false },
        { QStringLiteral("isArchived"), false },
    };
    if (!registration.description.isEmpty())
        p.insert(QStringLiteral("description"), registration.description);
    return { { properties, p } };
}

QJsonObject withoutComputedMembers(const QJsonObject &resource)
{
    QJsonObject body = resource;
    for (const char *member : { "id", "name", "type", "systemData" })
        body.remove(QLatin1StringView(member));
    if (body.contains(QStringLiteral("identity"))) {
        QJsonObject identity = body.value(QStringLiteral("identity")).toObject();
        identity.remove(QStringLiteral("principalId"));
        identity.remove(QStringLiteral("tenantId"));
        body.insert(QStringLiteral("identity"), identity);
    }
    QJsonObject p = body.value(properties).toObject();
    for (const char *member : { "provisioningState", "scoringUri", "swaggerUri" })
        p.remove(QLatin1StringView(member));
    if (p.contains(properties)) {
        QJsonObject bag = p.value(properties).toObject();
        for (const QString &key : bag.keys())
            if (isServiceProperty(key))
                bag.remove(key);
        if (bag.isEmpty())
            p.remove(properties);
        else
            p.insert(properties, bag);
    }
    body.insert(properties, p);
    return body;
}

QJsonObject deploymentBody(const OnlineDeployment &current, const QString &modelId)
{
    QJsonObject body = withoutComputedMembers(current.raw);
    QJsonObject p = body.value(properties).toObject();
    p.insert(QStringLiteral("model"), modelId);
    body.insert(properties, p);
    return body;
}

QJsonObject endpointBody(const OnlineEndpoint &endpoint, const TrafficMap &traffic)
{
    QJsonObject body = withoutComputedMembers(endpoint.raw);
    QJsonObject p = body.value(properties).toObject();
    QJsonObject live;
    for (auto it = traffic.cbegin(); it != traffic.cend(); ++it)
        live.insert(it.key(), it.value());
    p.insert(QStringLiteral("traffic"), live);
    if (p.contains(QStringLiteral("mirrorTraffic"))) {
        QJsonObject mirror = p.value(QStringLiteral("mirrorTraffic")).toObject();
        for (const QString &name : mirror.keys())
            if (trafficOf(traffic, name) > 0)
                mirror.remove(name);
        p.insert(QStringLiteral("mirrorTraffic"), mirror);
    }
    body.insert(properties, p);
    return body;
}

std::variant<QList<int>, Error> parseStages(const QString &text)
{
    const auto fail = [&](const QString &why) {
        return Error::input(tr("The traffic stages '%1' are not valid: %2 Write percentages of the new "
                               "deployment, increasing, ending with 100, e.g. \"10,100\".")
                                .arg(text, why));
    };
    QList<int> stages;
    const QStringList parts = text.split(u',');
    for (const QString &part : parts) {
        const auto n = wholeNumber(part);
        if (!n || *n < 1 || *n > 100)
            return fail(tr("'%1' is not a whole number from 1 to 100.").arg(part.trimmed()));
        if (!stages.isEmpty() && *n <= stages.last())
            return fail(tr("%1 does not come after %2 (each stage must be larger than the one before).")
                            .arg(*n)
                            .arg(stages.last()));
        stages.append(int(*n));
    }
    if (stages.last() != 100)
        return fail(tr("the last stage is %1, not 100.").arg(stages.last()));
    return stages;
}

int trafficOf(const TrafficMap &traffic, const QString &deployment)
{
    for (auto it = traffic.cbegin(); it != traffic.cend(); ++it)
        if (it.key().compare(deployment, Qt::CaseInsensitive) == 0)
            return it.value();
    return 0;
}

bool sameTraffic(const TrafficMap &a, const TrafficMap &b)
{
    const auto within = [](const TrafficMap &x, const TrafficMap &y) {
        for (auto it = x.cbegin(); it != x.cend(); ++it)
            if (it.value() != trafficOf(y, it.key()))
                return false;
        return true;
    };
    return within(a, b) && within(b, a);
}

std::variant<QList<TrafficStage>, Error> trafficStages(
    const TrafficMap &current, const QString &from, const QString &to, const QList<int> &percents)
{
    if (percents.isEmpty() || percents.last() != 100)
        return Error::input(tr("The traffic stages must end with 100 % on the new deployment."));
    if (from.compare(to, Qt::CaseInsensitive) == 0)
        return Error::input(tr("The new deployment '%1' is the one in production.").arg(to));
    int total = 0;
    QStringList others;
    for (auto it = current.cbegin(); it != current.cend(); ++it) {
        total += it.value();
        if (it.value() > 0 && it.key().compare(from, Qt::CaseInsensitive) != 0
            && it.key().compare(to, Qt::CaseInsensitive) != 0)
            others.append(QStringLiteral("%1 (%2 %)").arg(it.key()).arg(it.value()));
    }
    if (total == 0)
        return Error::input(tr("No deployment of the endpoint has traffic, so there is no traffic to move."));
    if (!others.isEmpty())
        return Error::input(tr("Besides '%1' and '%2', %3 also receive traffic: a roll-out moves traffic "
                               "between two deployments only. Give their traffic to '%1' first.")
                                .arg(from, to, others.join(QStringLiteral(", "))));
    const int already = trafficOf(current, to);
    QList<TrafficStage> stages;
    int previous = 0;
    for (const int percent : percents) {
        if (percent < 1 || percent > 100 || percent <= previous)
            return Error::input(tr("The traffic stages must be increasing whole percentages from 1 to 100."));
        previous = percent;
        stages.append(
            { percent, TrafficMap { { from, 100 - percent }, { to, percent } }, percent <= already });
    }
    return stages;
}

TrafficMap rollbackTraffic(const TrafficMap &before, const QString &previous, const QString &candidate)
{
    TrafficMap out;
    QString key = previous;
    int moved = 0;
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (it.key().compare(candidate, Qt::CaseInsensitive) == 0) {
            moved += it.value();
            continue;
        }
        if (it.key().compare(previous, Qt::CaseInsensitive) == 0)
            key = it.key();
        if (it.value() > 0)
            out.insert(it.key(), it.value());
    }
    out[key] += moved;
    int total = 0;
    for (const int v : std::as_const(out))
        total += v;
    if (total == 0)
        return { { key, 100 } };
    return out;
}

QString describeTraffic(const TrafficMap &traffic)
{
    QStringList parts;
    for (auto it = traffic.cbegin(); it != traffic.cend(); ++it)
        parts.append(tr("%1 %2 %").arg(it.key()).arg(it.value()));
    int total = 0;
    for (const int v : traffic)
        total += v;
    return total == 0 ? tr("no deployment has traffic") : parts.join(QStringLiteral(", "));
}

QString describeDeployments(const QList<OnlineDeployment> &deployments)
{
    if (deployments.isEmpty())
        return tr("none");
    QStringList parts;
    for (const OnlineDeployment &d : deployments) {
        const auto model = parseModelReference(d.model);
        parts.append(tr("%1 (%2, %3)")
                         .arg(d.name, d.provisioningState,
                             model ? QStringLiteral("%1 %2").arg(model->name, model->version) : d.model));
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace mlr::azureml
