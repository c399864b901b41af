#pragma once

#include "azureml/amlsteps.h"
#include "azureml/rolloutplan.h"

#include <QDateTime>
#include <QObject>

#include <optional>

namespace mlr::azureml {

// What a traffic change did, and where the traffic is.
struct TrafficResult
{
    QString endpoint;
    TrafficMap before; // as read before the PUT
    TrafficMap intended;
    TrafficMap readBack; // the endpoint's traffic as last read (valid when known)
    bool known = false; // readBack was read after the change (or, when nothing was sent, before)
    bool applied = false; // readBack equals intended
    bool written = false; // the PUT was accepted by the service
    bool noEffect = false; // the operation succeeded, but the read-backs never showed the change
    int reads = 0; // read-backs after the operation
    OnlineEndpoint endpointRead; // the last read of the endpoint
    QDateTime doneUtc;
};

// Sets an online endpoint's live traffic (reference §9.1, §9.4): one full PUT of the endpoint
// (endpointBody: the read answer with the new traffic), its operation followed to Succeeded,
// then a read-back of properties.traffic compared with the intended map. The change is
// eventually consistent: a read-back that differs is repeated (setReadBack: attempts, delay)
// before it counts as "did not take effect" (an Error::Input saying where the traffic is).
// A map equal to the current one sends nothing (applied, written false). When the write or
// its operation fails, the endpoint is read once more so that the result says where the
// traffic is (known).
// Contract: start() once; finished() exactly once, from the event loop; destroying the job
// cancels it (a write already sent may still take effect on the service).
class TrafficJob : public QObject
{
    Q_OBJECT

public:
    TrafficJob(QNetworkAccessManager *nam, arm::TokenProvider *tokens, WorkspaceTarget target,
        QString endpoint, TrafficMap traffic, QObject *parent = nullptr);
    ~TrafficJob() override;

    // The endpoint as just read: the PUT body is made from it (no GET first).
    void setEndpoint(const OnlineEndpoint &endpoint) { m_current = endpoint; }
    void setRetryPolicy(const RetryPolicy &policy) { m_steps.setRetryPolicy(policy); }
    void setPollInterval(std::chrono::milliseconds first, std::chrono::milliseconds max);
    // Read-backs after the operation (default 5, 2 s apart).
    void setReadBack(int attempts, std::chrono::milliseconds delay);
    void start();

Q_SIGNALS:
    void stepChanged(const QString &text);
    void finished(const mlr::azureml::TrafficResult &result, const mlr::Error &error);

private:
    void put();
    void onPut(const WriteResult &result, const Error &error);
    void readBack(const Error &writeError);
    void finish(const Error &error);

    WorkspaceSteps m_steps;
    std::optional<OnlineEndpoint> m_current;
    TrafficResult m_result;
    int m_attempts = 5;
    std::chrono::milliseconds m_delay { 2000 };
    bool m_started = false;
    bool m_finished = false;
};

} // namespace mlr::azureml

Q_DECLARE_METATYPE(mlr::azureml::TrafficResult)
