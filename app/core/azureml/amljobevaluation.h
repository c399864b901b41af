#pragma once

#include "azureml/amlevaluationjob.h"
#include "azureml/productionmodeljob.h"

#include <QObject>

#include <memory>

namespace mlr::azureml {

// What a v2 job is evaluated with: the job by name in the workspace, judged against the model
// behind the endpoint it retrained.
struct AmlJobEvaluationRequest
{
    WorkspaceTarget target;
    QString jobName; // the new job (the journal's jobId)
    QString endpoint; // the online endpoint in production (the journal's serviceName)
    eval::GateRules gate;
    QString labelColumn; // empty: AmlEvaluationJob's choice
    ml::ScoringOptions scoring;
    arm::TokenProvider *mlTokens = nullptr; // AADToken endpoints: a provider for https://ml.azure.com
};

// Everything the evaluation found out. `comparison` is null on error; without a scored test
// split it has no rows and its metrics are both jobs' reported ones (metrics.basis says so).
struct AmlJobEvaluationResult
{
    std::shared_ptr<const eval::Comparison> comparison;
    eval::GateVerdict verdict;
    ReportedMetrics metrics;
    Job job; // the new job as the service gave it
    ProductionModel production; // what serves the endpoint
};

// The whole v2 evaluation of a job (the chain of `retrain evaluate` and the wizard's Evaluate
// step): GET jobs/{jobName} (WorkspaceGetJob), the production model of the endpoint
// (ProductionModelJob), then AmlEvaluationJob on both. Errors are the steps' own (no such job,
// no such endpoint, a job that is not Completed, nothing to compare...).
// Contract: start() once; productionFound() once the production model is known (before the
// evaluation proper); progress() as AmlEvaluationJob reports it; finished() exactly once, from
// the event loop, with the result or a typed error. Destroying the object cancels what runs
// (no signal).
class AmlJobEvaluation : public QObject
{
    Q_OBJECT

public:
    AmlJobEvaluation(QNetworkAccessManager *nam, arm::TokenProvider *tokens, AmlJobEvaluationRequest request,
        QObject *parent = nullptr);
    ~AmlJobEvaluation() override;

    void start();

Q_SIGNALS:
    void productionFound(const mlr::azureml::ProductionModel &production);
    void progress(const QString &stage, qint64 done, qint64 total);
    void finished(const mlr::azureml::AmlJobEvaluationResult &result, const mlr::Error &error);

private:
    void findProduction();
    void evaluate();
    void finish(const Error &error);

    QNetworkAccessManager *m_nam;
    arm::TokenProvider *m_tokens;
    AmlJobEvaluationRequest m_request;
    AmlJobEvaluationResult m_result;
    std::unique_ptr<WorkspaceGetJob> m_get;
    std::unique_ptr<ProductionModelJob> m_production;
    std::unique_ptr<AmlEvaluationJob> m_evaluation;
    bool m_started = false;
    bool m_finished = false;
};

} // namespace mlr::azureml

Q_DECLARE_METATYPE(mlr::azureml::AmlJobEvaluationResult)
