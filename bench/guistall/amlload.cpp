#include "amlload.h"

#include "arm/tokenprovider.h"
#include "azureml/amlget.h"
#include "azureml/amljobstatus.h"
#include "azureml/amlwrite.h"
#include "azureml/retrainrequest.h"
#include "azureml/rolloutplan.h"
#include "ml/besjobmonitor.h"

#include <QJsonArray>

using namespace mlr;
using namespace Qt::StringLiterals;

AmlLoad::AmlLoad(QNetworkAccessManager *nam, const QJsonObject &demo, QString jobName, QString deployment,
    int pollMs, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_demo(demo)
    , m_jobName(std::move(jobName))
    , m_deployment(std::move(deployment))
    , m_pollMs(pollMs)
{
    m_target.arm.armUrl = QUrl(demo[u"armUrl"_s].toString());
    m_target.arm.subscriptionId = demo[u"subscriptionId"_s].toString();
    m_target.arm.resourceGroup = demo[u"resourceGroup"_s].toString();
    m_target.arm.apiVersion = azureml::WorkspaceTarget::apiVersion();
    m_target.workspace = demo[u"workspace"_s].toString();
    arm::SignInSettings signIn;
    signIn.loginUrl = QUrl(demo[u"loginUrl"_s].toString());
    signIn.tenantId = demo[u"tenant"_s].toString();
    signIn.clientId = demo[u"clientId"_s].toString();
    m_tokens = std::make_unique<arm::TokenProvider>(nam, signIn);
    m_tokens->setClientSecret(demo[u"clientSecret"_s].toString());
}

AmlLoad::~AmlLoad() = default;

void AmlLoad::start()
{
    const QString endpoint = m_demo[u"endpoint"_s].toString();
    m_getJob = std::make_unique<azureml::WorkspaceGetJob>(m_nam, m_tokens.get(), m_target,
        u"/jobs/"_s + m_demo[u"trainingJob"_s].toString(), azureml::WorkspaceGetJob::Kind::One, u"job"_s);
    connect(m_getJob.get(), &azureml::WorkspaceGetJob::finished, this,
        [this](const QJsonObject &body, const Error &error) {
            m_getJob.release()->deleteLater();
            if (error)
                return fail(error);
            submitJob(body);
        });
    m_getDeployment = std::make_unique<azureml::WorkspaceGetJob>(m_nam, m_tokens.get(), m_target,
        u"/onlineEndpoints/%1/deployments/%2"_s.arg(endpoint, m_demo[u"deployment"_s].toString()),
        azureml::WorkspaceGetJob::Kind::One, u"deployment"_s);
    connect(m_getDeployment.get(), &azureml::WorkspaceGetJob::finished, this,
        [this](const QJsonObject &body, const Error &error) {
            m_getDeployment.release()->deleteLater();
            if (error)
                return fail(error);
            createDeployment(body);
        });
    m_getJob->start();
    m_getDeployment->start();
}

void AmlLoad::submitJob(const QJsonObject &production)
{
    Error error;
    const std::optional<azureml::Job> job = azureml::parseJob(production, &error);
    if (!job)
        return fail(error);
    auto request = azureml::retrainJobBody(*job, m_demo[u"trainingData"_s].toString());
    if (const Error *e = std::get_if<Error>(&request))
        return fail(*e);
    m_putJob = std::make_unique<azureml::WorkspaceWriteJob>(m_nam, m_tokens.get(), m_target, "PUT",
        u"/jobs/"_s + m_jobName, std::get<azureml::RetrainRequest>(request).body, u"retraining job"_s);
    connect(m_putJob.get(), &azureml::WorkspaceWriteJob::finished, this,
        [this](const azureml::WriteResult &, const Error &putError) {
            m_putJob.release()->deleteLater();
            if (putError)
                return fail(putError);
            // Followed as `retrain submit --wait` follows one.
            m_monitor = std::make_unique<ml::BesJobMonitor>(
                azureml::amlStatusFetch(m_nam, m_tokens.get(), m_target, m_jobName), m_jobName);
            m_monitor->setPollDelays(
                std::chrono::milliseconds(m_pollMs), std::chrono::milliseconds(m_pollMs));
            connect(m_monitor.get(), &ml::BesJobMonitor::polled, this, [this] { ++m_jobPolls; });
            connect(m_monitor.get(), &ml::BesJobMonitor::stateChanged, this,
                [this](
                    ml::JobState, const ml::BesJobStatus &status) { m_jobStates.append(status.statusText); });
            connect(m_monitor.get(), &ml::BesJobMonitor::finished, this,
                [this](const ml::BesJobStatus &, const Error &monitorError) {
                    m_jobFinished = true;
                    if (monitorError)
                        fail(monitorError);
                });
            m_monitor->start();
        });
    m_putJob->start();
}

void AmlLoad::createDeployment(const QJsonObject &current)
{
    Error error;
    const std::optional<azureml::OnlineDeployment> d = azureml::parseDeployment(current, &error);
    if (!d)
        return fail(error);
    const QString model = azureml::modelVersionId(
        m_target, m_demo[u"model"_s].toString(), m_demo[u"modelVersion"_s].toString());
    m_putDeployment = std::make_unique<azureml::WorkspaceWriteJob>(m_nam, m_tokens.get(), m_target, "PUT",
        u"/onlineEndpoints/%1/deployments/%2"_s.arg(m_demo[u"endpoint"_s].toString(), m_deployment),
        azureml::deploymentBody(*d, model), u"deployment"_s);
    m_putDeployment->setPollInterval(
        std::chrono::milliseconds(m_pollMs), std::chrono::milliseconds(m_pollMs));
    connect(m_putDeployment.get(), &azureml::WorkspaceWriteJob::progress, this,
        [this](const QString &status, double) {
            ++m_deploymentPolls;
            m_deploymentState = status;
        });
    connect(m_putDeployment.get(), &azureml::WorkspaceWriteJob::finished, this,
        [this](const azureml::WriteResult &result, const Error &putError) {
            m_putDeployment.release()->deleteLater();
            m_deploymentSeconds = double(m_deploymentClock.elapsed()) / 1000.0;
            const QString state = result.resource[u"properties"_s][u"provisioningState"_s].toString();
            if (!state.isEmpty())
                m_deploymentState = state;
            if (putError)
                return fail(putError);
            if (m_finished)
                return;
            m_finished = true;
            Q_EMIT finished(summary(), {});
        });
    m_deploymentClock.start();
    m_putDeployment->start();
}

void AmlLoad::fail(const Error &error)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_monitor) // may be the sender (its finished()): deleted from the event loop
        m_monitor.release()->deleteLater();
    Q_EMIT finished(summary(), error);
}

QJsonObject AmlLoad::summary() const
{
    return QJsonObject { { u"jobName"_s, m_jobName }, { u"jobPolls"_s, m_jobPolls },
        { u"jobStates"_s, QJsonArray::fromStringList(m_jobStates) }, { u"jobFinished"_s, m_jobFinished },
        { u"deployment"_s, m_deployment }, { u"deploymentPolls"_s, m_deploymentPolls },
        { u"deploymentSeconds"_s, m_deploymentSeconds }, { u"deploymentState"_s, m_deploymentState } };
}
