#pragma once

#include "arm/smokecheck.h"
#include "azureml/amlsteps.h"
#include "azureml/rolloutbackup.h"
#include "azureml/rolloutplan.h"

#include <QDateTime>
#include <QObject>

#include <memory>
#include <optional>

namespace mlr::azureml {

class OnlineSmokeTestJob;
class TrafficJob;
struct OnlineSmokeResult;
struct TrafficResult;

struct RolloutRequest
{
    QString endpoint;
    QString jobName; // the retraining job whose model is rolled out (must be Completed)
    QString modelName; // empty: the name of the model in production
    QString modelOutput = QStringLiteral("model"); // the job's output that holds the model
    QString description; // of the new model version
    QString deploymentName; // empty: the deployment that already serves the model, else nextDeploymentName
    QList<int> stages { 10, 100 }; // percent of the traffic on the new deployment (parseStages)
    QString backupDirectory; // where the endpoint's backup goes (e.g. the app data folder)
    arm::SmokeRows sampleRows; // scored on the current and the new deployment at 0 %
    bool skipSmokeTest = false; // only when asked: then no sample rows are needed (and a warning says so)
};

// Where the endpoint is when the roll-out stops.
enum class RolloutState
{
    Unchanged, // no deployment and no traffic changed (a model version may have been registered)
    Prepared, // the new deployment is ready and smoke-tested, without traffic (stopped by the caller)
    Partial, // stopped by the caller after a stage below 100 %
    RolledOut, // the new deployment has all the traffic (read back)
    DeploymentFailed, // the new deployment could not be provisioned; traffic untouched
    SmokeTestFailed, // the new deployment exists but could not be scored; traffic untouched
    NotApplied, // a change reported success without effect (read back)
    StageFailed, // a traffic stage failed; traffic as read back
    Unknown, // the traffic could not be read after a change
};

struct RolloutStageRecord
{
    int percent = 0;
    TrafficMap intended;
    TrafficMap readBack;
    QDateTime doneUtc;
    bool alreadyInPlace = false; // found so (a re-run): nothing was sent
};

struct RolloutResult
{
    QString endpoint;
    QString oldDeployment; // in production before (empty when the new one already had everything)
    QString newDeployment;
    ModelVersion previousModel; // served by oldDeployment
    ModelVersion model; // the new version
    bool modelRegistered = false; // false: registered from the job before (re-run), reused
    bool deploymentCreated = false; // false: the deployment existed with this model and was reused
    QString backupFile;
    std::optional<arm::SmokeComparison> smoke;
    ml::RrsTable smokeCurrent, smokeCandidate; // the smoke test's answers (oldDeployment's, newDeployment's)
    QStringList warnings; // e.g. "predictions unchanged", not smoke-tested
    QList<RolloutStageRecord> stages; // done or found in place, in order
    TrafficMap traffic; // as last read back
    bool trafficKnown = false;
    QList<OnlineDeployment> deployments; // which exist, as last read
    RollbackHandle rollback; // the traffic back on oldDeployment
    RolloutState state = RolloutState::Unchanged;
    QString stateText; // for people: what happened, where the traffic is, which deployments exist
    QDateTime started, ended; // UTC
};

// The blue/green roll-out of a retrained model on a managed online endpoint (reference §9.4,
// §13), the v2 twin of arm::ModelUpdateJob: backup, verification, a named end state.
//
// Steps (stepChanged): Reading (the endpoint, its deployments, the job, which must be
// Completed, the models the deployments serve, the versions of the model) -> BackingUp
// (writeRolloutBackup; nothing is written without it) -> Registering (the next model version
// with its lineage; skipped when a version of that job exists) -> Deploying (the new
// deployment cloned from the current one, at 0 %, followed to Succeeded and read back; a
// deployment that already serves this version and Succeeded is reused, one still provisioning
// is waited for, a failed one is provisioned again) -> SmokeTesting (the sample rows scored on
// both deployments through the azureml-model-deployment header, compared with
// arm::compareScores: "predictions unchanged" is a warning; a scoring failure stops before
// any traffic moves) -> Shifting (each stage one TrafficJob: a full endpoint PUT, followed and
// read back; a stage already in place is skipped, so a re-run continues where one stopped)
// -> Verifying (the endpoint and its deployments read once more) -> Done.
//
// Refused before anything is written: a missing endpoint, one without deployments or
// traffic, a job that is not Completed, a third deployment with traffic, invalid stages or
// name, no sample rows (unless skipSmokeTest).
//
// Pauses: with setConfirmEachStage(true), stageReady() is emitted before each stage that
// moves traffic and the job waits for continueStage() (go on) or stop() (finish here:
// Prepared or Partial, no error). stop() while a step runs stops before the next stage.
// Contract: start() once; finished() exactly once, with the result (state and stateText say
// where the endpoint is, also on failure) and an error; destroying the job cancels it.
class RolloutJob : public QObject
{
    Q_OBJECT

public:
    enum class Step
    {
        Reading,
        BackingUp,
        Registering,
        Deploying,
        SmokeTesting,
        Shifting,
        Verifying,
        Done
    };
    Q_ENUM(Step)

    RolloutJob(QNetworkAccessManager *nam, arm::TokenProvider *tokens, WorkspaceTarget target,
        RolloutRequest request, QObject *parent = nullptr);
    ~RolloutJob() override;

    // Entra tokens for https://ml.azure.com (AADToken endpoints' scoring).
    void setScoringTokens(arm::TokenProvider *mlTokens) { m_mlTokens = mlTokens; }
    void setRetryPolicy(const RetryPolicy &policy);
    void setPollInterval(std::chrono::milliseconds first, std::chrono::milliseconds max);
    void setReadBack(int attempts, std::chrono::milliseconds delay);
    void setConfirmEachStage(bool confirm) { m_confirm = confirm; }
    void start();
    void continueStage();
    void stop();

    const RolloutResult &result() const { return m_result; }

Q_SIGNALS:
    void stepChanged(mlr::azureml::RolloutJob::Step step, const QString &text);
    void backedUp(const QString &file);
    // Waiting for continueStage() or stop(): stage `index` will set `traffic`.
    void stageReady(int index, int percent, const mlr::azureml::TrafficMap &traffic);
    void stageDone(const mlr::azureml::RolloutStageRecord &stage);
    void finished(const mlr::azureml::RolloutResult &result, const mlr::Error &error);

private:
    // rolloutjob.cpp: reading and planning.
    void step(Step s, const QString &text);
    void onEndpoint(const EndpointState &state);
    void onJob(const QJsonObject &body);
    void readModels();
    void onVersions(const QJsonObject &body);
    Error plan();
    // rolloutdeploy.cpp: backup, model version, deployment.
    void backUp();
    void registerModel();
    void deploy();
    void waitProvisioned(int polls);
    void verifyDeployment();
    // rolloutstages.cpp: smoke test, stages, end.
    void smokeTest();
    void onSmokeTested(const OnlineSmokeResult &result, const Error &error);
    void nextStage();
    void runStage();
    void onStage(const TrafficResult &result, const Error &error);
    void stopHere();
    void end(RolloutState state, const QString &text, const Error &error);
    void finish(RolloutState state, const QString &text, const Error &error);

    QNetworkAccessManager *m_nam;
    arm::TokenProvider *m_tokens;
    arm::TokenProvider *m_mlTokens = nullptr;
    WorkspaceSteps m_steps;
    RolloutRequest m_request;
    RetryPolicy m_policy;
    std::chrono::milliseconds m_pollFirst { 1000 }, m_pollMax { 5000 }, m_readDelay { 2000 };
    int m_readAttempts = 5;
    RolloutResult m_result;
    EndpointState m_state; // as last read
    QList<ModelReference> m_modelQueue;
    std::optional<ModelReference> m_productionModel; // the model the production deployment serves
    QList<ModelVersion> m_models; // the models the deployments serve (the production one first)
    QList<ModelVersion> m_versions; // of the model being rolled out
    QList<TrafficStage> m_stages;
    qsizetype m_stage = 0;
    bool m_wrote = false; // something that serves was written (deployment or traffic)
    std::unique_ptr<OnlineSmokeTestJob> m_smoke;
    std::unique_ptr<TrafficJob> m_traffic;
    bool m_confirm = false;
    bool m_waiting = false;
    bool m_stopRequested = false;
    bool m_started = false;
    bool m_finished = false;
};

// "unchanged", "prepared", "partial", "rolled-out", ... for JSON output.
QString rolloutStateName(RolloutState state);

} // namespace mlr::azureml

Q_DECLARE_METATYPE(mlr::azureml::RolloutResult)
Q_DECLARE_METATYPE(mlr::azureml::RolloutStageRecord)
