#include "azureml/rollbackjob.h"

#include <QTimer>

namespace mlr::azureml {

RollbackJob::RollbackJob(QNetworkAccessManager *nam, arm::TokenProvider *tokens, WorkspaceTarget target,
    RollbackHandle handle, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_tokens(tokens)
    , m_steps(this, nam, tokens, std::move(target))
{
    m_result.handle = std::move(handle);
}

RollbackJob::~RollbackJob() = default;

void RollbackJob::setRetryPolicy(const RetryPolicy &policy)
{
    m_policy = policy;
    m_steps.setRetryPolicy(policy);
}

void RollbackJob::setPollInterval(std::chrono::milliseconds first, std::chrono::milliseconds max)
{
    m_pollFirst = first;
    m_pollMax = max;
}

void RollbackJob::setReadBack(int attempts, std::chrono::milliseconds delay)
{
    m_readAttempts = attempts;
    m_readDelay = delay;
}

void RollbackJob::start()
{
    if (m_started)
        return;
    m_started = true;
    QTimer::singleShot(0, this, [this] {
        const RollbackHandle &h = m_result.handle;
        if (!h.isValid())
            return finish(
                Error::input(tr("Nothing to roll back to: no endpoint or previous deployment is named.")));
        Q_EMIT stepChanged(tr("Reading online endpoint '%1'").arg(h.endpoint));
        m_steps.readEndpoint(
            h.endpoint, [this](const EndpointState &state, const Error &error) { onRead(state, error); });
    });
}

void RollbackJob::onRead(const EndpointState &state, const Error &error)
{
    if (error)
        return finish(error);
    const RollbackHandle &h = m_result.handle;
    m_result.deployments = state.deployments;
    const OnlineDeployment *previous = state.deployment(h.previousDeployment);
    if (!previous)
        return finish(Error::input(
            tr("Deployment '%1' no longer exists on online endpoint '%2' (it has %3): a rollback by traffic "
               "needs it. Re-create it from the backup's definition first.")
                .arg(h.previousDeployment, h.endpoint, describeDeployments(state.deployments))));
    if (previous->provisioningState != u"Succeeded")
        return finish(
            Error::input(tr("Deployment '%1' is %2, not Succeeded: it cannot take the traffic back.")
                             .arg(previous->name, previous->provisioningState)));
    // The handle's map, on the deployments that can take traffic; what is left goes to previous.
    TrafficMap target;
    int total = 0;
    for (auto it = h.traffic.cbegin(); it != h.traffic.cend(); ++it) {
        const OnlineDeployment *d = state.deployment(it.key());
        if (d && d->provisioningState == u"Succeeded" && it.value() > 0
            && d->name.compare(h.candidate, Qt::CaseInsensitive) != 0) {
            target.insert(d->name, it.value());
            total += it.value();
        }
    }
    if (total > 100)
        target = { { previous->name, 100 } };
    else
        target[previous->name] += 100 - total;
    if (const OnlineDeployment *candidate = h.candidate.isEmpty() ? nullptr : state.deployment(h.candidate);
        candidate && candidate->provisioningState == u"Succeeded")
        target.insert(candidate->name, 0);
    m_result.restored = target;
    m_traffic = std::make_unique<TrafficJob>(m_nam, m_tokens, m_steps.target(), h.endpoint, target);
    m_traffic->setEndpoint(state.endpoint);
    m_traffic->setRetryPolicy(m_policy);
    m_traffic->setPollInterval(m_pollFirst, m_pollMax);
    m_traffic->setReadBack(m_readAttempts, m_readDelay);
    connect(m_traffic.get(), &TrafficJob::stepChanged, this, &RollbackJob::stepChanged);
    connect(m_traffic.get(), &TrafficJob::finished, this,
        [this](const TrafficResult &result, const Error &trafficError) {
            m_result.traffic = result;
            finish(trafficError);
        });
    m_traffic->start();
}

void RollbackJob::finish(const Error &error)
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(m_result, error);
}

} // namespace mlr::azureml
