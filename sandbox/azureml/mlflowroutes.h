#pragma once

#include "azureml/amlsupport.h"

namespace mlr::server {

// The MLflow tracking REST subset of a workspace (reference §6.4) at
// https://{host}/mlflow/v1.0{WS}/api/2.0/mlflow/ (the workspace's mlFlowTrackingUri with
// azureml:// read as https://), with an ARM-audience bearer token:
//   GET runs/get?run_id={job}                               the job's run (run id = job name)
//   GET metrics/get-history?run_id=&metric_key=[&max_results=&page_token=]
//   GET experiments/get-by-name?experiment_name=
// Metrics are those the job's evaluation computed (present once it Completed); errors are
// MLflow's {"error_code","message"}.
class MlflowRoutes
{
public:
    explicit MlflowRoutes(AmlSupport *support);

private:
    void onRunsGet(const Request &request, const ResponderPtr &responder);
    void onHistory(const Request &request, const ResponderPtr &responder);
    void onExperiment(const Request &request, const ResponderPtr &responder);
    const AmlJob *run(const Request &request, const ResponderPtr &responder) const;

    AmlSupport *m_support;
};

} // namespace mlr::server
