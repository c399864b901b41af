#pragma once

#include "azureml/amlresources.h"
#include "azureml/workspacetarget.h"
#include "ml/besendpoint.h"
#include "ml/besjobmonitor.h"
#include "ml/jobjournal.h"

namespace mlr::arm {
class TokenProvider;
}

namespace mlr::azureml {

// An Azure ML job status (reference §6.3) as the journal's state: NotStarted, Starting,
// Provisioning, Preparing, Queued -> NotStarted; Running, Finalizing, CancelRequested ->
// Running; Completed -> Finished; Failed -> Failed; Canceled -> Cancelled; anything else
// (NotResponding, Paused, new words) -> Unknown, which is not terminal. Pure.
ml::JobState jobStateOf(const QString &amlStatus);

// A job as the job monitor sees it: the state, the service's status word, and its error
// message as the details. Pure.
ml::BesJobStatus jobStatusOf(const Job &job);

// The journal record of a v2 job: kind AzureMl, its name, the workspace's ARM URL, the
// endpoint it retrains, its uri inputs and outputs (azureml:// URIs) and their roles
// ("model" for the model output, "evaluation" for metrics, "scored" for scored_data), the
// state and the details. Pure.
ml::JobRecord jobRecordOf(const Job &job, const WorkspaceTarget &target, const QString &profile,
    const QString &endpoint, const QString &inputFile);

// A job monitor's status GET for the job `name` of the workspace (GET jobs/{name} mapped
// with jobStatusOf). A 404 ends the monitor with a clear "no such job" error.
ml::BesJobMonitor::StatusFetch amlStatusFetch(QNetworkAccessManager *nam, arm::TokenProvider *tokens,
    const WorkspaceTarget &target, const QString &name);

} // namespace mlr::azureml
