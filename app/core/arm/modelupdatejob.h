#pragma once

#include "arm/armjobs.h"
#include "arm/armwrite.h"
#include "arm/definitiondiff.h"
#include "arm/modelsourcejob.h"
#include "arm/modelupdate.h"

#include <QObject>

#include <memory>

namespace mlr::arm {

struct ModelUpdateRequest
{
    QString serviceName; // the predictive web service
    QUrl modelUri; // the new .ilearner (modelUriFromLocation / modelUriFromBlobUrl), no SAS
    QString assetId; // empty: the service's only trained model asset
    QString backupDirectory; // where the timestamped export goes (e.g. the app data folder)
    bool planOnly = false; // stop after the guard and the diff (nothing is written)
    // An update from a retraining job: the job (its journal record) and the pair its profile
    // records. The job must be Finished, of the service's pair, with a model blob that exists and
    // a task and input schema that fit the service (ModelSourceCheckJob); refused otherwise.
    std::optional<ml::JobRecord> job;
    RecordedPair pair;
    // Reads the model blobs (the profile's account): the new model must exist (a job's: must be
    // checked), and one byte-identical to the current model is "nothing to update". Without it a
    // rollback's model is not looked at, and a job's model is refused.
    std::optional<StorageAccount> storage;
};

// Where the service is when the flow stops.
enum class ServiceState
{
    Unchanged, // nothing was sent, or the service refused the change
    Updated, // the read-back shows the new model and the operation succeeded
    NotApplied, // the operation reported success, but the read-back still shows the old model
    OperationFailed, // the operation ended Failed/Canceled (read-back in verifiedUri)
    Unknown, // the change may or may not have been applied (no answer, or the read-back failed)
};

struct ModelUpdateResult
{
    QString serviceName, assetId, assetName;
    QString oldUri, newUri, verifiedUri; // verifiedUri: read back after the change
    QString backupFile;
    UpdateGuard guard;
    QList<DefinitionChange> diff;
    OperationResult operation;
    ServiceState state = ServiceState::Unchanged;
    QString stateText; // for people: where the service is and what to do
    QDateTime started, ended; // UTC
    // The new model has the current model's bytes: nothing was sent (state Unchanged, no error).
    bool identical = false;
};

// The guarded, verified update of a predictive service's [trained model] asset; rollback is the
// same flow with a backup's uri (backupModelUri).
//
// Steps (stepChanged): Reading the service (GET) -> Checking (checkModelUpdate, then, for a job
// or with a storage account, ModelSourceCheckJob: refusals stop here; a byte-identical model
// ends here too, Unchanged, without error) -> diff -> BackingUp (writeBackup; a failure stops here) ->
// Patching (only the assets, assetsPatchBody) -> Waiting (the Azure-AsyncOperation to its end) -> Verifying
// (GET again: the asset's uri must be the new one; "success without effect" is caught and reported).
// finished() once, with the result (state and stateText say where the service is, also on
// failure) and an error. Destroying the object cancels it.
class ModelUpdateJob : public QObject
{
    Q_OBJECT

public:
    enum class Step
    {
        Reading,
        Checking,
        BackingUp,
        Patching,
        Waiting,
        Verifying,
        Done
    };
    Q_ENUM(Step)

    ModelUpdateJob(QNetworkAccessManager *nam, TokenProvider *tokens, ArmTarget target,
        ModelUpdateRequest request, QObject *parent = nullptr);
    ~ModelUpdateJob() override;

    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    void setPollInterval(std::chrono::milliseconds first, std::chrono::milliseconds max);
    void start();

Q_SIGNALS:
    void stepChanged(mlr::arm::ModelUpdateJob::Step step, const QString &description);
    void guardChecked(const mlr::arm::UpdateGuard &guard);
    void backedUp(const QString &file);
    // The operation's state while waiting (see WebServiceWriteJob::progress).
    void operationProgress(const QString &status, double percent);
    void finished(const mlr::arm::ModelUpdateResult &result, const mlr::Error &error);

private:
    void step(Step s, const QString &text);
    void onRead(const QJsonObject &service, const Error &error);
    void onSourceChecked(const QJsonObject &service, const ModelSourceReport &report);
    void proceed(const QJsonObject &service);
    void patch(const QJsonObject &changed);
    void onPatched(const OperationResult &result, const Error &error);
    void verify(const Error &operationError);
    void finish(ServiceState state, const QString &text, const Error &error);

    QPointer<QNetworkAccessManager> m_nam;
    QPointer<TokenProvider> m_tokens;
    ArmTarget m_target;
    ModelUpdateRequest m_request;
    RetryPolicy m_policy;
    std::chrono::milliseconds m_pollFirst { 1000 }, m_pollMax { 5000 };
    ModelUpdateResult m_result;
    std::unique_ptr<ArmOperation> m_op;
    std::unique_ptr<ModelSourceCheckJob> m_source;
    bool m_started = false;
    bool m_finished = false;
};

// "updated", "unchanged", ... for JSON output.
QString serviceStateName(ServiceState state);

} // namespace mlr::arm

Q_DECLARE_METATYPE(mlr::arm::ModelUpdateResult)
