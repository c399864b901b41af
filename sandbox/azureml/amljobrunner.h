#pragma once

#include "azureml/amlsupport.h"

#include <QObject>

#include <atomic>
#include <memory>

namespace mlr::aml {
struct JobPlan;
}

namespace mlr::server {

// Runs Azure ML (v2) jobs for real (reference §6): NotStarted -> Starting -> Preparing ->
// Queued (each at least config.amlJobStepMs) -> Running (the inputs are read from the
// workspace's storage and the plan runs on the worker pool, mlstudio-amljobs' runJob) ->
// Finalizing (every output file is written to
// azureml-blobstore-{workspaceId}/azureml/{job}/{output}/..., and the log to
// azureml/ExperimentRun/dcid.{job}/user_logs/std_log.txt) -> Completed, or Failed with the
// engine's error (UserError) or an I/O one (SystemError), or Canceled. Every status change
// is saved; a job running when the server stops comes back Failed (AmlState::fromJson).
// Main thread only.
class AmlJobRunner : public QObject
{
    Q_OBJECT

public:
    AmlJobRunner(AmlSupport *support, QObject *parent = nullptr);
    ~AmlJobRunner() override;

    // Starts the job stored under `jobKey` (AmlJob::key()), planned as `plan`.
    void start(const QString &jobKey, const aml::JobPlan &plan);
    // Asks a job to stop: CancelRequested, then Canceled at the next step or boosting round.
    void cancel(const QString &jobKey);
    // Where an output of a job lands: azureml://datastores/workspaceblobstore/paths/azureml/{job}/{output}/
    static QString outputUri(const QString &jobName, const QString &output);

Q_SIGNALS:
    void jobFinished(const QString &jobKey, const QString &status);

private:
    struct Run;
    void advance(const std::shared_ptr<Run> &run, const QString &status);
    void fetchInputs(const std::shared_ptr<Run> &run);
    void execute(const std::shared_ptr<Run> &run);
    void upload(const std::shared_ptr<Run> &run);
    void finish(const std::shared_ptr<Run> &run, const QString &status, const QString &code = {},
        const QString &message = {});
    AmlJob *job(const std::shared_ptr<Run> &run) const;

    AmlSupport *m_support;
    QHash<QString, std::shared_ptr<Run>> m_runs;
};

} // namespace mlr::server
