#pragma once

#include "azureml/rolloutbackup.h"
#include "azureml/trafficjob.h"

#include <memory>

namespace mlr::azureml {

struct RollbackResult
{
    RollbackHandle handle;
    TrafficMap restored; // the map that was set (or found already in place)
    TrafficResult traffic; // the change and its read-back
    QList<OnlineDeployment> deployments; // as read before the change
};

// Rolls a roll-out back by traffic (reference §9.4): the previous deployment of the handle
// (from a roll-out's result or readRolloutBackup) gets its traffic back in one endpoint PUT
// (TrafficJob: followed, read back). The map is the handle's, without deployments that no
// longer exist or are not Succeeded (their share goes to the previous deployment); the
// candidate is set to 0 explicitly when it can take traffic. Refused with an Error::Input
// when the previous deployment is gone (retired: a rollback then means re-creating it from
// the backup's definition) or not Succeeded.
// Contract: start() once; finished() exactly once, from the event loop; destroying the job
// cancels it.
class RollbackJob : public QObject
{
    Q_OBJECT

public:
    RollbackJob(QNetworkAccessManager *nam, arm::TokenProvider *tokens, WorkspaceTarget target,
        RollbackHandle handle, QObject *parent = nullptr);
    ~RollbackJob() override;

    void setRetryPolicy(const RetryPolicy &policy);
    void setPollInterval(std::chrono::milliseconds first, std::chrono::milliseconds max);
    void setReadBack(int attempts, std::chrono::milliseconds delay);
    void start();

Q_SIGNALS:
    void stepChanged(const QString &text);
    void finished(const mlr::azureml::RollbackResult &result, const mlr::Error &error);

private:
    void onRead(const EndpointState &state, const Error &error);
    void finish(const Error &error);

    QNetworkAccessManager *m_nam;
    arm::TokenProvider *m_tokens;
    WorkspaceSteps m_steps;
    RetryPolicy m_policy;
    std::chrono::milliseconds m_pollFirst { 1000 }, m_pollMax { 5000 }, m_readDelay { 2000 };
    int m_readAttempts = 5;
    RollbackResult m_result;
    std::unique_ptr<TrafficJob> m_traffic;
    bool m_started = false;
    bool m_finished = false;
};

} // namespace mlr::azureml

Q_DECLARE_METATYPE(mlr::azureml::RollbackResult)
