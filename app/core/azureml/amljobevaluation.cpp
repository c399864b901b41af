#include "azureml/amljobevaluation.h"

using namespace Qt::StringLiterals;

namespace mlr::azureml {

AmlJobEvaluation::AmlJobEvaluation(
    QNetworkAccessManager *nam, arm::TokenProvider *tokens, AmlJobEvaluationRequest request, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_tokens(tokens)
    , m_request(std::move(request))
{ }

AmlJobEvaluation::~AmlJobEvaluation() = default;

void AmlJobEvaluation::start()
{
    if (m_started)
        return;
    m_started = true;
    m_get = std::make_unique<WorkspaceGetJob>(m_nam, m_tokens, m_request.target,
        u"/jobs/"_s + m_request.jobName, WorkspaceGetJob::Kind::One, tr("job %1").arg(m_request.jobName));
    connect(
        m_get.get(), &WorkspaceGetJob::finished, this, [this](const QJsonObject &body, const Error &error) {
            if (error)
                return finish(error);
            Error invalid;
            const std::optional<Job> job = parseJob(body, &invalid);
            if (!job)
                return finish(invalid);
            m_result.job = *job;
            findProduction();
        });
    m_get->start();
}

void AmlJobEvaluation::findProduction()
{
    m_production
        = std::make_unique<ProductionModelJob>(m_nam, m_tokens, m_request.target, m_request.endpoint);
    connect(m_production.get(), &ProductionModelJob::finished, this,
        [this](const ProductionModel &production, const Error &error) {
            if (error)
                return finish(error);
            m_result.production = production;
            Q_EMIT productionFound(production);
            evaluate();
        });
    m_production->start();
}

void AmlJobEvaluation::evaluate()
{
    AmlEvaluationRequest request;
    request.job = m_result.job;
    request.production = m_result.production;
    request.target = m_request.target;
    request.gate = m_request.gate;
    request.labelColumn = m_request.labelColumn;
    request.scoring = m_request.scoring;
    request.mlTokens = m_request.mlTokens;
    m_evaluation = std::make_unique<AmlEvaluationJob>(m_nam, m_tokens, request);
    connect(m_evaluation.get(), &AmlEvaluationJob::progress, this, &AmlJobEvaluation::progress);
    connect(m_evaluation.get(), &AmlEvaluationJob::finished, this,
        [this](std::shared_ptr<const eval::Comparison> comparison, const eval::GateVerdict &verdict,
            const ReportedMetrics &metrics, const Error &error) {
            m_result.comparison = std::move(comparison);
            m_result.verdict = verdict;
            m_result.metrics = metrics;
            finish(error);
        });
    m_evaluation->start();
}

// Every step's finished() comes from the event loop, so this one does too.
void AmlJobEvaluation::finish(const Error &error)
{
    if (m_finished)
        return;
    m_finished = true;
    if (error)
        m_result.comparison.reset();
    Q_EMIT finished(m_result, error);
}

} // namespace mlr::azureml
