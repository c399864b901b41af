#include "azureml/rolloutjob.h"

#include "azureml/onlinesmoketest.h"
#include "azureml/rolloutsupport.h"
#include "azureml/trafficjob.h"

#include <QJsonArray>
#include <QTimer>

#include <algorithm>

namespace mlr::azureml {

QString rolloutStateName(RolloutState state)
{
    switch (state) {
    case RolloutState::Unchanged:
        return QStringLiteral("unchanged");
    case RolloutState::Prepared:
        return QStringLiteral("prepared");
    case RolloutState::Partial:
        return QStringLiteral("partial");
    case RolloutState::RolledOut:
        return QStringLiteral("rolled-out");
    case RolloutState::DeploymentFailed:
        return QStringLiteral("deployment-failed");
    case RolloutState::SmokeTestFailed:
        return QStringLiteral("smoke-test-failed");
    case RolloutState::NotApplied:
        return QStringLiteral("not-applied");
    case RolloutState::StageFailed:
        return QStringLiteral("stage-failed");
    case RolloutState::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

RolloutJob::RolloutJob(QNetworkAccessManager *nam, arm::TokenProvider *tokens, WorkspaceTarget target,
    RolloutRequest request, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_tokens(tokens)
    , m_steps(this, nam, tokens, std::move(target))
    , m_request(std::move(request))
{ }

RolloutJob::~RolloutJob() = default;

void RolloutJob::setRetryPolicy(const RetryPolicy &policy)
{
    m_policy = policy;
    m_steps.setRetryPolicy(policy);
}

void RolloutJob::setPollInterval(std::chrono::milliseconds first, std::chrono::milliseconds max)
{
    m_pollFirst = first;
    m_pollMax = max;
    m_steps.setPollInterval(first, max);
}

void RolloutJob::setReadBack(int attempts, std::chrono::milliseconds delay)
{
    m_readAttempts = attempts;
    m_readDelay = delay;
}

void RolloutJob::step(Step s, const QString &text)
{
    Q_EMIT stepChanged(s, text);
}

void RolloutJob::start()
{
    if (m_started)
        return;
    m_started = true;
    m_result.endpoint = m_request.endpoint;
    m_result.started = QDateTime::currentDateTimeUtc();
    QTimer::singleShot(0, this, [this] {
        const QString nothing = tr("Nothing was changed.");
        if (m_request.endpoint.isEmpty())
            return finish(RolloutState::Unchanged, nothing,
                Error::input(tr("No online endpoint is named (set the profile's endpoint).")));
        if (m_request.jobName.isEmpty())
            return finish(RolloutState::Unchanged, nothing,
                Error::input(tr("No retraining job is named: a roll-out deploys the model a job trained.")));
        if (!m_request.skipSmokeTest && m_request.sampleRows.isEmpty())
            return finish(RolloutState::Unchanged, nothing,
                Error::input(tr("No sample rows were given for the smoke test of the new deployment.")));
        if (!m_request.deploymentName.isEmpty() && !isValidDeploymentName(m_request.deploymentName))
            return finish(RolloutState::Unchanged, nothing,
                Error::input(
                    tr("The deployment name '%1' is not valid: 3-32 letters, digits and single dashes, "
                       "starting with a letter.")
                        .arg(m_request.deploymentName)));
        step(Step::Reading, tr("Reading online endpoint '%1'").arg(m_request.endpoint));
        m_steps.readEndpoint(m_request.endpoint, [this](const EndpointState &state, const Error &error) {
            if (error)
                return finish(RolloutState::Unchanged,
                    tr("Nothing was changed: the endpoint could not be read."), error);
            onEndpoint(state);
        });
    });
}

void RolloutJob::onEndpoint(const EndpointState &state)
{
    m_state = state;
    m_result.traffic = state.endpoint.traffic;
    m_result.trafficKnown = true;
    m_result.deployments = state.deployments;
    const QString nothing = tr("Nothing was changed.");
    if (state.deployments.isEmpty())
        return finish(RolloutState::Unchanged, nothing,
            Error::input(tr("Online endpoint '%1' has no deployment: there is no model in production to roll "
                            "out from. Deploy one first.")
                             .arg(m_request.endpoint)));
    if (!productionDeployment(state.endpoint))
        return finish(RolloutState::Unchanged, nothing,
            Error::input(
                tr("No deployment of online endpoint '%1' receives traffic, so none is in production "
                   "to roll out from. Give one traffic first.")
                    .arg(m_request.endpoint)));
    m_steps.get(QStringLiteral("/jobs/") + m_request.jobName, tr("Reading job '%1'").arg(m_request.jobName),
        [this](const QJsonObject &body, const Error &error) {
            if (error)
                return finish(RolloutState::Unchanged, tr("Nothing was changed."), error);
            onJob(body);
        });
}

void RolloutJob::onJob(const QJsonObject &body)
{
    Error error;
    const auto job = parseJob(body, &error);
    if (!job)
        return finish(RolloutState::Unchanged, tr("Nothing was changed."), error);
    if (job->status != u"Completed")
        return finish(RolloutState::Unchanged, tr("Nothing was changed."),
            Error::input(tr("Job '%1' is %2, not Completed: its model cannot be rolled out.")
                             .arg(job->name, job->status)));
    // The models the deployments serve, the production one first (it must be readable).
    const QString production = *productionDeployment(m_state.endpoint);
    const OnlineDeployment *serving = m_state.deployment(production);
    m_productionModel = serving ? parseModelReference(serving->model) : std::nullopt;
    if (!m_productionModel && m_request.modelName.isEmpty())
        return finish(RolloutState::Unchanged, tr("Nothing was changed."),
            Error::input(
                tr("Deployment '%1' serves '%2', which is not a model version of workspace '%3': name "
                   "the model to register.")
                    .arg(production, serving ? serving->model : QString(), m_steps.target().workspace)));
    if (m_productionModel)
        m_modelQueue.append(*m_productionModel);
    for (const OnlineDeployment &d : std::as_const(m_state.deployments)) {
        const auto ref = parseModelReference(d.model);
        if (ref && std::none_of(m_modelQueue.cbegin(), m_modelQueue.cend(), [&](const ModelReference &r) {
                return r.name == ref->name && r.version == ref->version;
            }))
            m_modelQueue.append(*ref);
    }
    if (m_request.modelName.isEmpty())
        m_request.modelName = m_productionModel->name;
    readModels();
}

void RolloutJob::readModels()
{
    if (m_modelQueue.isEmpty()) {
        m_steps.list(QStringLiteral("/models/%1/versions").arg(m_request.modelName),
            tr("Listing the versions of model %1").arg(m_request.modelName),
            [this](const QJsonObject &body, const Error &error) {
                if (error && !error.isNotFound()) // a model without versions yet is no error
                    return finish(RolloutState::Unchanged, tr("Nothing was changed."), error);
                onVersions(body);
            });
        return;
    }
    const ModelReference ref = m_modelQueue.takeFirst();
    const bool required = m_productionModel && ref.name == m_productionModel->name
        && ref.version == m_productionModel->version;
    m_steps.get(QStringLiteral("/models/%1/versions/%2").arg(ref.name, ref.version),
        tr("Reading model %1 version %2").arg(ref.name, ref.version),
        [this, ref, required](const QJsonObject &body, const Error &error) {
            Error parseError;
            const auto model = error ? std::nullopt : parseModelVersion(body, &parseError);
            if (!model && required)
                return finish(
                    RolloutState::Unchanged, tr("Nothing was changed."), error ? error : parseError);
            if (model)
                m_models.append(*model);
            else
                m_result.warnings.append(
                    tr("Model %1 version %2 could not be read, so it is not in the backup: %3")
                        .arg(ref.name, ref.version, (error ? error : parseError).message()));
            readModels();
        });
}

void RolloutJob::onVersions(const QJsonObject &body)
{
    for (const QJsonValue &item : body.value(QStringLiteral("value")).toArray()) {
        Error error;
        if (auto v = parseModelVersion(item.toObject(), &error)) {
            if (v->name.isEmpty())
                v->name = m_request.modelName;
            m_versions.append(*v);
        }
    }
    if (const Error error = plan())
        return finish(RolloutState::Unchanged, tr("Nothing was changed."), error);
    if (m_result.oldDeployment.isEmpty()) {
        // A re-run after the last stage: the new deployment already has all the traffic.
        for (const QString &file : listRolloutBackups(m_request.backupDirectory, m_request.endpoint)) {
            Error error;
            const auto backup = readRolloutBackup(file, &error);
            if (backup
                && backup->rollback.candidate.compare(m_result.newDeployment, Qt::CaseInsensitive) == 0) {
                m_result.backupFile = file;
                m_result.rollback = backup->rollback;
                break;
            }
        }
        return end(RolloutState::RolledOut,
            tr("'%1' already has all the traffic and serves model %2 version %3: nothing to do.")
                .arg(m_result.newDeployment, m_result.model.name, m_result.model.version),
            {});
    }
    backUp();
}

Error RolloutJob::plan()
{
    const QString production = *productionDeployment(m_state.endpoint);
    const auto existing = versionOfJob(m_versions, m_request.jobName);
    QString candidate;
    if (existing) {
        m_result.model = *existing;
        for (const OnlineDeployment &d : std::as_const(m_state.deployments))
            if (serves(d, *existing) && (candidate.isEmpty() || candidate == production))
                candidate = d.name;
    }
    QString old = production;
    if (candidate.isEmpty()) {
        candidate = m_request.deploymentName.isEmpty() ? nextDeploymentName(m_state.names(), production)
                                                       : m_request.deploymentName;
        if (const OnlineDeployment *d = m_state.deployment(candidate))
            return Error::input(
                tr("Deployment '%1' already exists on online endpoint '%2' and serves %3: name "
                   "another deployment for the new model.")
                    .arg(d->name, m_request.endpoint, d->model));
    } else {
        if (!m_request.deploymentName.isEmpty()
            && candidate.compare(m_request.deploymentName, Qt::CaseInsensitive) != 0)
            m_result.warnings.append(
                tr("Deployment '%1' already serves model %2 version %3, so it is used "
                   "instead of '%4'.")
                    .arg(candidate, existing->name, existing->version, m_request.deploymentName));
        if (candidate.compare(production, Qt::CaseInsensitive) == 0) {
            // The new deployment leads already: the old one is the other one with traffic, if any.
            old.clear();
            int most = 0;
            for (auto it = m_state.endpoint.traffic.cbegin(); it != m_state.endpoint.traffic.cend(); ++it)
                if (it.value() > most && it.key().compare(candidate, Qt::CaseInsensitive) != 0) {
                    most = it.value();
                    old = it.key();
                }
        }
    }
    m_result.newDeployment = candidate;
    m_result.oldDeployment = old;
    if (const OnlineDeployment *d = old.isEmpty() ? nullptr : m_state.deployment(old))
        for (const ModelVersion &m : std::as_const(m_models))
            if (serves(*d, m))
                m_result.previousModel = m;
    if (old.isEmpty())
        return {};
    auto stages = trafficStages(m_state.endpoint.traffic, old, candidate, m_request.stages);
    if (const Error *error = std::get_if<Error>(&stages))
        return *error;
    m_stages = std::get<QList<TrafficStage>>(stages);
    m_result.rollback
        = { m_request.endpoint, old, candidate, rollbackTraffic(m_state.endpoint.traffic, old, candidate) };
    return {};
}

} // namespace mlr::azureml
