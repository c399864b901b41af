#pragma once

#include "azureml/amlsteps.h"
#include "azureml/rolloutplan.h"

#include <QObject>

namespace mlr::azureml {

struct RetireResult
{
    QString endpoint;
    QString deployment; // the one retired (or refused)
    QString successor; // the one with all the traffic
    TrafficMap traffic; // as read before the DELETE
    bool deleted = false; // gone from the list read back
    QList<OnlineDeployment> deployments; // the last list read (after the DELETE when it ran)
};

// Retires (DELETEs) the old deployment of a roll-out, only when the traffic read back gives it
// nothing and gives its successor (by default the deployment with the most traffic) 100 %:
// refused otherwise with an Error::Input saying where the traffic is (e.g. "blue still has
// 10 % of the traffic"), also while it receives mirrored traffic. The DELETE is followed to its
// end, then the deployments are listed again: one still listed is "did not take effect". The
// caller confirms first that it is no longer the rollback target (after this, rolling back
// means re-creating it: reference §9.4).
// Contract: start() once; finished() exactly once, from the event loop; destroying the job
// cancels it (a DELETE already sent may still take effect).
class RetireJob : public QObject
{
    Q_OBJECT

public:
    RetireJob(QNetworkAccessManager *nam, arm::TokenProvider *tokens, WorkspaceTarget target,
        QString endpoint, QString deployment, QString successor = {}, QObject *parent = nullptr);
    ~RetireJob() override;

    void setRetryPolicy(const RetryPolicy &policy) { m_steps.setRetryPolicy(policy); }
    void setPollInterval(std::chrono::milliseconds first, std::chrono::milliseconds max);
    void start();

Q_SIGNALS:
    void stepChanged(const QString &text);
    void finished(const mlr::azureml::RetireResult &result, const mlr::Error &error);

private:
    void onRead(const EndpointState &state, const Error &error);
    void onDeleted(const Error &error);
    void finish(const Error &error);

    WorkspaceSteps m_steps;
    RetireResult m_result;
    bool m_started = false;
    bool m_finished = false;
};

} // namespace mlr::azureml

Q_DECLARE_METATYPE(mlr::azureml::RetireResult)
