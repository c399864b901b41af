#include "azureml/amlresources.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace mlr::azureml {

namespace {

QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1StringView(key)).toString();
}

QJsonObject properties(const QJsonObject &body)
{
    return body.value(QStringLiteral("properties")).toObject();
}

Error missing(const char *what, const char *member)
{
    return Error::parse(QCoreApplication::translate("mlr::azureml", "the %1 answer has no %2")
                            .arg(QLatin1StringView(what), QLatin1StringView(member)));
}

} // namespace

bool Job::isTerminal() const
{
    return status == u"Completed" || status == u"Failed" || status == u"Canceled";
}

std::optional<OnlineEndpoint> parseEndpoint(const QJsonObject &body, Error *error)
{
    const QJsonObject p = properties(body);
    if (text(body, "name").isEmpty() || p.isEmpty()) {
        *error = missing("online endpoint", "name or properties");
        return std::nullopt;
    }
    OnlineEndpoint e;
    e.name = text(body, "name");
    e.authMode = text(p, "authMode");
    e.scoringUri = text(p, "scoringUri");
    e.provisioningState = text(p, "provisioningState");
    const QJsonObject traffic = p.value(QStringLiteral("traffic")).toObject();
    for (auto it = traffic.begin(); it != traffic.end(); ++it)
        e.traffic.insert(it.key(), it.value().toInt());
    e.raw = body;
    return e;
}

std::optional<OnlineDeployment> parseDeployment(const QJsonObject &body, Error *error)
{
    const QJsonObject p = properties(body);
    if (text(body, "name").isEmpty() || p.isEmpty()) {
        *error = missing("online deployment", "name or properties");
        return std::nullopt;
    }
    OnlineDeployment d;
    d.name = text(body, "name");
    d.model = text(p, "model");
    d.instanceType = text(p, "instanceType");
    d.instanceCount = body.value(QStringLiteral("sku")).toObject().value(QStringLiteral("capacity")).toInt(1);
    d.provisioningState = text(p, "provisioningState");
    d.raw = body;
    return d;
}

std::optional<ModelVersion> parseModelVersion(const QJsonObject &body, Error *error)
{
    const QJsonObject p = properties(body);
    if (text(p, "modelUri").isEmpty()) {
        *error = missing("model version", "properties.modelUri");
        return std::nullopt;
    }
    ModelVersion m;
    m.version = text(body, "name");
    // id: {WS}/models/{name}/versions/{version}
    m.name = text(body, "id").section(u'/', -3, -3);
    m.modelType = text(p, "modelType");
    m.modelUri = text(p, "modelUri");
    m.jobName = text(p, "jobName");
    m.raw = body;
    return m;
}

std::optional<Job> parseJob(const QJsonObject &body, Error *error)
{
    const QJsonObject p = properties(body);
    if (text(body, "name").isEmpty() || text(p, "status").isEmpty()) {
        *error = missing("job", "name or properties.status");
        return std::nullopt;
    }
    Job j;
    j.name = text(body, "name");
    j.jobType = text(p, "jobType");
    j.status = text(p, "status");
    j.errorMessage = text(p.value(QStringLiteral("properties")).toObject(), "mlstudio.errorMessage");
    j.raw = body;
    return j;
}

std::optional<ModelReference> parseModelReference(const QString &id)
{
    static const QRegularExpression arm(
        QStringLiteral("/models/([^/]+)/versions/([^/]+)$"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression shortForm(QStringLiteral("^azureml:([^:/@]+):([^:/@]+)$"));
    if (id.startsWith(u"azureml://registries/", Qt::CaseInsensitive))
        return std::nullopt;
    if (const auto m = shortForm.match(id); m.hasMatch())
        return ModelReference { m.captured(1), m.captured(2) };
    if (const auto m = arm.match(id); m.hasMatch() && id.startsWith(u"/subscriptions/", Qt::CaseInsensitive))
        return ModelReference { m.captured(1), m.captured(2) };
    return std::nullopt;
}

std::optional<QString> productionDeployment(const OnlineEndpoint &endpoint)
{
    std::optional<QString> best;
    int most = 0;
    for (auto it = endpoint.traffic.cbegin(); it != endpoint.traffic.cend(); ++it) // sorted by name
        if (it.value() > most) {
            most = it.value();
            best = it.key();
        }
    return best;
}

} // namespace mlr::azureml
