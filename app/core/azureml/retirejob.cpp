#include "azureml/retirejob.h"

#include <QTimer>

namespace mlr::azureml {

RetireJob::RetireJob(QNetworkAccessManager *nam, arm::TokenProvider *tokens, WorkspaceTarget target,
    QString endpoint, QString deployment, QString successor, QObject *parent)
    : QObject(parent)
    , m_steps(this, nam, tokens, std::move(target))
{
    m_result.endpoint = std::move(endpoint);
    m_result.deployment = std::move(deployment);
    m_result.successor = std::move(successor);
}

RetireJob::~RetireJob() = default;

void RetireJob::setPollInterval(std::chrono::milliseconds first, std::chrono::milliseconds max)
{
    m_steps.setPollInterval(first, max);
}

void RetireJob::start()
{
    if (m_started)
        return;
    m_started = true;
    QTimer::singleShot(0, this, [this] {
        Q_EMIT stepChanged(tr("Reading online endpoint '%1'").arg(m_result.endpoint));
        m_steps.readEndpoint(m_result.endpoint,
            [this](const EndpointState &state, const Error &error) { onRead(state, error); });
    });
}

void RetireJob::onRead(const EndpointState &state, const Error &error)
{
    if (error)
        return finish(error);
    m_result.traffic = state.endpoint.traffic;
    m_result.deployments = state.deployments;
    const QString &name = m_result.deployment;
    const OnlineDeployment *old = state.deployment(name);
    if (!old)
        return finish(
            Error::input(tr("Online endpoint '%1' has no deployment '%2' (it has %3).")
                             .arg(m_result.endpoint, name, describeDeployments(state.deployments))));
    m_result.deployment = old->name;
    const QString where = describeTraffic(state.endpoint.traffic);
    if (const int share = trafficOf(state.endpoint.traffic, name); share > 0)
        return finish(Error::input(tr("'%1' still has %2 % of the traffic (%3): it is not retired. Move all "
                                      "the traffic to the new deployment first.")
                                       .arg(old->name)
                                       .arg(share)
                                       .arg(where)));
    const QJsonObject mirror = state.endpoint.raw.value(QStringLiteral("properties"))
                                   .toObject()
                                   .value(QStringLiteral("mirrorTraffic"))
                                   .toObject();
    for (auto it = mirror.begin(); it != mirror.end(); ++it)
        if (it.key().compare(name, Qt::CaseInsensitive) == 0 && it.value().toInt() > 0)
            return finish(Error::input(tr("'%1' still receives %2 % of the traffic as a mirror: it is not "
                                          "retired. Stop mirroring first.")
                                           .arg(old->name)
                                           .arg(it.value().toInt())));
    if (m_result.successor.isEmpty())
        m_result.successor = productionDeployment(state.endpoint).value_or(QString());
    if (m_result.successor.isEmpty() || trafficOf(state.endpoint.traffic, m_result.successor) != 100)
        return finish(Error::input(
            tr("'%1' is retired only once one deployment has all the traffic, and the traffic is %2.")
                .arg(old->name, where)));
    const QString text = tr("Deleting deployment '%1' of online endpoint '%2' ('%3' has all the traffic)")
                             .arg(old->name, m_result.endpoint, m_result.successor);
    Q_EMIT stepChanged(text);
    m_steps.write("DELETE",
        QStringLiteral("/onlineEndpoints/%1/deployments/%2").arg(m_result.endpoint, old->name), {}, text,
        [this](const WriteResult &, const Error &deleteError) { onDeleted(deleteError); });
}

void RetireJob::onDeleted(const Error &deleteError)
{
    Q_EMIT stepChanged(tr("Listing the deployments of online endpoint '%1' again").arg(m_result.endpoint));
    m_steps.readEndpoint(
        m_result.endpoint, [this, deleteError](const EndpointState &state, const Error &error) {
            if (!error) {
                m_result.traffic = state.endpoint.traffic;
                m_result.deployments = state.deployments;
                m_result.deleted = !state.deployment(m_result.deployment);
            }
            if (deleteError)
                return finish(deleteError);
            if (error)
                return finish(error);
            if (!m_result.deleted) {
                Error e = Error::input(
                    tr("The deletion of '%1' reported success, but the endpoint still has it (%2): "
                       "the change did not take effect.")
                        .arg(m_result.deployment, describeDeployments(state.deployments)));
                return finish(e.withContext(
                    tr("Verifying the deployments of online endpoint '%1'").arg(m_result.endpoint)));
            }
            finish({});
        });
}

void RetireJob::finish(const Error &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_steps.cancel();
    Q_EMIT finished(m_result, error);
}

} // namespace mlr::azureml
