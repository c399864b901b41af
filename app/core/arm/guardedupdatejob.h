#pragma once

#include "arm/modelupdatejob.h"
#include "arm/smokecheck.h"

#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

// An update as people run it, for the CLI and the GUI alike: the sample rows scored before,
// the guarded and verified ModelUpdateJob, the same rows scored after, and, when the service
// now fails to score them, the automatic rollback through the same verified path.
namespace mlr::arm {

// The predictive service's RRS endpoint and key for the smoke test; empty: no smoke test.
struct SmokeTarget
{
    QUrl requestUrl;
    QString apiKey;
    bool isEmpty() const { return requestUrl.isEmpty() || apiKey.isEmpty(); }
};

enum class SmokeOutcome
{
    NotRun, // no smoke target, the smoke test before failed, or the update did not apply
    Changed, // the predictions changed: the new model answers
    Unchanged, // the predictions are exactly the same: a warning (the old model may still serve)
    NotComparable, // the answers cannot be compared (e.g. other row counts)
    Failed, // scoring after the change failed for another reason (network, key, throttling)
    ScoringErrors, // the service answered the rows with errors: rolled back automatically
};

// True for an RRS answer that blames the scoring itself, not the way to it: 400 and 500
// answers and the codes ModuleExecutionError, LibraryExecutionError, ModelPackageFormatError,
// WebServicePackageError, WebServicePackageInternalError, BadUserArgument; never an
// authentication error (401/403), a missing endpoint (404) or a transient failure.
bool isScoringError(const Error &error);

struct GuardedUpdateResult
{
    ModelUpdateResult update; // the change asked for
    SmokeOutcome smoke = SmokeOutcome::NotRun;
    QString smokeText; // for people; empty when NotRun
    QString smokeBeforeError; // why the smoke test before the change failed (the update still ran)
    std::optional<ModelUpdateResult> rollback; // the automatic rollback, when one ran
    bool rolledBack() const { return rollback && rollback->state == ServiceState::Updated; }
};

// start() once; finished() exactly once, always asynchronously, with the result and an error:
// the update's own, or, after scoring errors, one that says the change was rolled back (or that
// the rollback failed, and what to do). Destroying the job cancels it.
class GuardedUpdateJob : public QObject
{
    Q_OBJECT

public:
    GuardedUpdateJob(QNetworkAccessManager *nam, TokenProvider *tokens, ArmTarget target,
        ModelUpdateRequest request, SmokeTarget smoke, QObject *parent = nullptr);
    ~GuardedUpdateJob() override;

    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    void setPollInterval(std::chrono::milliseconds first, std::chrono::milliseconds max);
    void setSmokeOptions(const ml::RrsOptions &options) { m_smokeOptions = options; }
    void start();

Q_SIGNALS:
    // Every step for a timeline: the update's steps, the smoke tests, the automatic rollback.
    void stepChanged(const QString &description);
    void guardChecked(const mlr::arm::UpdateGuard &guard);
    void backedUp(const QString &file);
    void operationProgress(const QString &status, double percent);
    void finished(const mlr::arm::GuardedUpdateResult &result, const mlr::Error &error);

private:
    void smokeBefore();
    void runUpdate(const ModelUpdateRequest &request, bool rollback);
    void onUpdated(const ModelUpdateResult &result, const Error &error);
    void smokeAfter();
    void onSmokedAfter(const QList<QStringList> &scores, const Error &error);
    void rollBack(const Error &scoringError);
    void onRolledBack(const ModelUpdateResult &result, const Error &error);
    void finish(const Error &error);

    QPointer<QNetworkAccessManager> m_nam;
    QPointer<TokenProvider> m_tokens;
    ArmTarget m_target;
    ModelUpdateRequest m_request;
    SmokeTarget m_smokeTarget;
    ml::RrsOptions m_smokeOptions;
    RetryPolicy m_policy;
    std::chrono::milliseconds m_pollFirst { 1000 }, m_pollMax { 5000 };
    std::unique_ptr<SmokeCheckJob> m_smoke;
    std::unique_ptr<ModelUpdateJob> m_update;
    std::optional<ml::RrsTable> m_before;
    SmokeRows m_rows;
    GuardedUpdateResult m_result;
    Error m_updateError, m_scoringError;
    bool m_started = false;
    bool m_finished = false;
};

} // namespace mlr::arm

Q_DECLARE_METATYPE(mlr::arm::GuardedUpdateResult)
