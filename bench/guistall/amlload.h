#pragma once

#include "azureml/workspacetarget.h"
#include "http/error.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>

#include <memory>

class QNetworkAccessManager;

namespace mlr::arm {
class TokenProvider;
}
namespace mlr::ml {
class BesJobMonitor;
}
namespace mlr::azureml {
class WorkspaceGetJob;
class WorkspaceWriteJob;
} // namespace mlr::azureml

// The Azure ML (v2) load of the stall probe, on the network access manager it is given (the
// GUI thread's), over HTTPS with the sandbox's CA (the caller trusts it with tls::trustCaFile):
// - a retraining job: GET jobs/{trainingJob}, its definition re-run on the demo's training data
//   (azureml::retrainJobBody) as PUT jobs/{name}, then followed with ml::BesJobMonitor on
//   azureml::amlStatusFetch (polls every `pollMs`) until it ends or the load is destroyed;
// - a deployment being created: GET the demo's deployment, PUT a copy of it named `deployment`
//   (azureml::deploymentBody, the core's roll-out body) and its long-running operation followed
//   (WorkspaceWriteJob, polled every `pollMs`) to the end.
// `demo` is demo.json's "azureml" section. finished() fires exactly once, when the deployment's
// operation ended (the job is still followed until the object is destroyed), with a summary
// (polls, states, seconds) and an error when a request failed. Destroying the object cancels
// what runs (the job and the deployment stay on the service).
class AmlLoad : public QObject
{
    Q_OBJECT

public:
    AmlLoad(QNetworkAccessManager *nam, const QJsonObject &demo, QString jobName, QString deployment,
        int pollMs, QObject *parent = nullptr);
    ~AmlLoad() override;

    void start();
    // The summary so far: jobName, jobPolls, jobStates (each new state), jobFinished,
    // deployment, deploymentPolls (operation status answers), deploymentSeconds, deploymentState.
    QJsonObject summary() const;

Q_SIGNALS:
    void finished(const QJsonObject &summary, const mlr::Error &error);

private:
    void submitJob(const QJsonObject &production);
    void createDeployment(const QJsonObject &current);
    void fail(const mlr::Error &error);

    QNetworkAccessManager *m_nam;
    QJsonObject m_demo;
    mlr::azureml::WorkspaceTarget m_target;
    QString m_jobName, m_deployment;
    int m_pollMs;
    std::unique_ptr<mlr::arm::TokenProvider> m_tokens;
    std::unique_ptr<mlr::azureml::WorkspaceGetJob> m_getJob, m_getDeployment;
    std::unique_ptr<mlr::azureml::WorkspaceWriteJob> m_putJob, m_putDeployment;
    std::unique_ptr<mlr::ml::BesJobMonitor> m_monitor;
    QElapsedTimer m_deploymentClock;
    QStringList m_jobStates;
    int m_jobPolls = 0;
    int m_deploymentPolls = 0;
    double m_deploymentSeconds = 0;
    QString m_deploymentState;
    bool m_jobFinished = false;
    bool m_finished = false;
};
