#pragma once

#include "azureml/amlget.h"
#include "azureml/amlresources.h"
#include "azureml/amlwrite.h"

#include <QList>
#include <QTimer>

#include <chrono>
#include <functional>
#include <memory>

namespace mlr::azureml {

// An online endpoint and its deployments, as read together.
struct EndpointState
{
    OnlineEndpoint endpoint;
    QList<OnlineDeployment> deployments;

    // The deployment of that name (case-insensitive); nullptr when there is none.
    const OnlineDeployment *deployment(const QString &name) const;
    QStringList names() const;
};

// The requests of a multi-step flow, one at a time, for the QObject that owns the flow (and
// this runner, as a member): a workspace GET (one resource or a whole list), a write followed
// to its end (WorkspaceWriteJob), or a pause. Each callback is called once, from the event
// loop, through the owner (never after the owner is gone). Starting a step while another runs
// replaces it (the older one is cancelled). Destroying the runner cancels the running step.
class WorkspaceSteps
{
public:
    using GetDone = std::function<void(const QJsonObject &body, const Error &error)>;
    using WriteDone = std::function<void(const WriteResult &result, const Error &error)>;
    using StateDone = std::function<void(const EndpointState &state, const Error &error)>;

    WorkspaceSteps(
        QObject *owner, QNetworkAccessManager *nam, arm::TokenProvider *tokens, WorkspaceTarget target);
    ~WorkspaceSteps();

    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    void setPollInterval(std::chrono::milliseconds first, std::chrono::milliseconds max);
    const WorkspaceTarget &target() const { return m_target; }

    void get(const QString &path, const QString &what, GetDone done);
    void list(const QString &path, const QString &what, GetDone done); // {"value":[every item]}
    void write(const QByteArray &verb, const QString &path, const QJsonObject &body, const QString &what,
        WriteDone done);
    void wait(std::chrono::milliseconds delay, std::function<void()> then);
    // GET the endpoint, then list its deployments. A missing endpoint is the 404 Error whose
    // context names it and the workspace.
    void readEndpoint(const QString &endpoint, StateDone done);
    void cancel();

private:
    void run(WorkspaceGetJob::Kind kind, const QString &path, const QString &what, GetDone done);
    void replace(QObject *step);

    QObject *m_owner;
    QNetworkAccessManager *m_nam;
    arm::TokenProvider *m_tokens;
    WorkspaceTarget m_target;
    RetryPolicy m_policy;
    std::chrono::milliseconds m_pollFirst { 1000 }, m_pollMax { 5000 };
    std::unique_ptr<QObject> m_step;
    QTimer m_timer;
};

} // namespace mlr::azureml
