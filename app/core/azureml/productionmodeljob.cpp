#include "azureml/productionmodeljob.h"

#include <QJsonArray>
#include <QTimer>

namespace mlr::azureml {

ProductionModelJob::ProductionModelJob(QNetworkAccessManager *nam, arm::TokenProvider *tokens,
    WorkspaceTarget target, QString endpoint, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_tokens(tokens)
    , m_target(std::move(target))
    , m_endpointName(std::move(endpoint))
{ }

ProductionModelJob::~ProductionModelJob() = default;

void ProductionModelJob::start()
{
    QTimer::singleShot(0, this, [this]() {
        if (m_endpointName.isEmpty())
            return fail(Error::input(tr("No online endpoint is named (set the profile's endpoint).")));
        get(QStringLiteral("/onlineEndpoints/") + m_endpointName, WorkspaceGetJob::Kind::One,
            tr("Reading online endpoint '%1' of workspace '%2'").arg(m_endpointName, m_target.workspace),
            [this](const QJsonObject &body) { onEndpoint(body); });
    });
}

void ProductionModelJob::get(const QString &path, WorkspaceGetJob::Kind kind, const QString &what,
    std::function<void(const QJsonObject &)> then)
{
    if (m_step)
        m_step.release()->deleteLater();
    m_step = std::make_unique<WorkspaceGetJob>(m_nam, m_tokens, m_target, path, kind, what);
    connect(m_step.get(), &WorkspaceGetJob::finished, this,
        [this, then = std::move(then)](const QJsonObject &body, const Error &error) {
            if (error)
                return fail(error);
            then(body);
        });
    m_step->start();
}

void ProductionModelJob::onEndpoint(const QJsonObject &body)
{
    Error error;
    const auto endpoint = parseEndpoint(body, &error);
    if (!endpoint)
        return fail(error);
    m_result.endpoint = *endpoint;
    get(QStringLiteral("/onlineEndpoints/%1/deployments").arg(m_endpointName), WorkspaceGetJob::Kind::List,
        tr("Listing the deployments of online endpoint '%1'").arg(m_endpointName),
        [this](const QJsonObject &list) { onDeployments(list); });
}

void ProductionModelJob::onDeployments(const QJsonObject &body)
{
    for (const QJsonValue &item : body.value(QStringLiteral("value")).toArray()) {
        Error error;
        if (const auto d = parseDeployment(item.toObject(), &error))
            m_result.deployments.append(*d);
    }
    if (m_result.deployments.isEmpty())
        return fail(Error::input(tr("Online endpoint '%1' has no deployment: no model is in production there "
                                    "to retrain. Deploy one first.")
                                     .arg(m_endpointName)));
    const std::optional<QString> production = productionDeployment(m_result.endpoint);
    if (!production)
        return fail(Error::input(tr("No deployment of online endpoint '%1' receives traffic, so none is in "
                                    "production. Give one traffic first.")
                                     .arg(m_endpointName)));
    for (const OnlineDeployment &d : std::as_const(m_result.deployments))
        if (d.name.compare(*production, Qt::CaseInsensitive) == 0)
            m_result.deployment = d;
    const auto reference = parseModelReference(m_result.deployment.model);
    if (!reference)
        return fail(
            Error::input(tr("Deployment '%1' serves '%2', which is not a model version of workspace "
                            "'%3': its training job cannot be found.")
                             .arg(m_result.deployment.name, m_result.deployment.model, m_target.workspace)));
    get(QStringLiteral("/models/%1/versions/%2").arg(reference->name, reference->version),
        WorkspaceGetJob::Kind::One,
        tr("Reading model %1 version %2 (served by deployment '%3')")
            .arg(reference->name, reference->version, m_result.deployment.name),
        [this](const QJsonObject &model) { onModel(model); });
}

void ProductionModelJob::onModel(const QJsonObject &body)
{
    Error error;
    const auto model = parseModelVersion(body, &error);
    if (!model)
        return fail(error);
    m_result.model = *model;
    if (model->jobName.isEmpty())
        return done();
    get(QStringLiteral("/jobs/") + model->jobName, WorkspaceGetJob::Kind::One,
        tr("Reading job '%1', which trained model %2 version %3")
            .arg(model->jobName, model->name, model->version),
        [this](const QJsonObject &job) { onJob(job); });
}

void ProductionModelJob::onJob(const QJsonObject &body)
{
    Error error;
    const auto job = parseJob(body, &error);
    if (!job)
        return fail(error);
    m_result.job = *job;
    done();
}

void ProductionModelJob::fail(const Error &error)
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished({}, error);
}

void ProductionModelJob::done()
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(m_result, {});
}

} // namespace mlr::azureml
