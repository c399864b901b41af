#pragma once

#include "arm/armoperation.h"
#include "arm/lrofollower.h"
#include "azureml/workspacetarget.h"

#include <QJsonObject>

namespace mlr::azureml {

// What a write of a workspace resource did.
struct WriteResult
{
    int httpStatus = 0; // of the write's answer (200, 201, 202, 204)
    QJsonObject answer; // the write's answer body (an LRO's 201 still shows the old state)
    QJsonObject resource; // after an LRO: the final GET of the resource (PUT) or the Location result
    arm::LroOutcome operation; // how the operation was followed (via None when synchronous)
};

// PUT, POST or DELETE of a workspace resource (path relative to the workspace), then its
// long-running operation followed to the end with arm::LroFollower (reference §3.3:
// Azure-AsyncOperation polled until Succeeded and the PUT URL read back; Location-only
// polled until a non-202 answer; any other status still running). Synchronous writes
// (jobs, models, data: 200/201 without those headers) finish with the answer. A failed
// operation is an Error with the operation's own code and message (e.g. BadArgument,
// "Deployment has traffic"). Contract of arm::ArmOperation: start() once; finished() exactly
// once; destroying the job cancels it (the write may still happen on the service).
class WorkspaceWriteJob : public arm::ArmOperation
{
    Q_OBJECT

public:
    WorkspaceWriteJob(QNetworkAccessManager *nam, arm::TokenProvider *tokens, WorkspaceTarget target,
        QByteArray verb, QString path, QJsonObject body, QString what, QObject *parent = nullptr);

    void setPollInterval(std::chrono::milliseconds first, std::chrono::milliseconds max);
    void setTimeout(std::chrono::milliseconds timeout);

Q_SIGNALS:
    // The service accepted the write; an operation runs (for LROs).
    void accepted(int httpStatus);
    void progress(const QString &status, double percent);
    void finished(const mlr::azureml::WriteResult &result, const mlr::Error &error);

protected:
    void begin() override;
    void failBeforeStart(const Error &error) override { finish(error); }

private:
    void onWritten(const HttpResponse &response, const Error &error);
    void onFollowed(const arm::LroOutcome &outcome, const Error &error);
    void finish(const Error &error);

    WorkspaceTarget m_workspace;
    QByteArray m_verb;
    QString m_path;
    QJsonObject m_body;
    QString m_what;
    WriteResult m_result;
    arm::LroFollower m_follower;
};

} // namespace mlr::azureml

Q_DECLARE_METATYPE(mlr::azureml::WriteResult)
