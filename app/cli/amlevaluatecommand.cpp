// retrain evaluate JOB for an Azure ML (v2) job: the new job against the model in production
// behind its endpoint (azureml::AmlEvaluationJob), printed as the classic evaluation is, with
// the basis of the comparison; the verdict goes to the history.
#include "amlretraincommands.h"
#include "azureml/amlevaluationjob.h"
#include "azureml/amlget.h"
#include "eval/gate.h"
#include "evaluatecommand.h"
#include "history/history.h"
#include "output.h"
#include "servicecommand.h"

#include <QJsonArray>

namespace mlr::cli {

namespace {

using namespace mlr::azureml;

class AmlEvaluateCommand final : public ServiceCommand
{
    Q_OBJECT

public:
    AmlEvaluateCommand(Context &context, ml::JobRecord record)
        : ServiceCommand(context)
        , m_record(std::move(record))
    { }

protected:
    QString profileName() const override { return invocation().global.profile.value_or(m_record.profile); }

    void run() override
    {
        m_request.target = WorkspaceTarget::fromProfile(m_profile);
        m_request.labelColumn = invocation().option(QStringLiteral("label"));
        Error gateError;
        const auto gate = gateRulesFor(invocation(), m_profile, &gateError);
        if (!gate)
            return fail(gateError);
        m_request.gate = *gate;
        m_get = std::make_unique<WorkspaceGetJob>(ctx().network(), m_tokens.get(), m_request.target,
            QStringLiteral("/jobs/") + m_record.jobId, WorkspaceGetJob::Kind::One,
            tr("job %1").arg(m_record.jobId));
        connect(m_get.get(), &WorkspaceGetJob::finished, this,
            [this](const QJsonObject &body, const Error &error) {
                if (error)
                    return fail(error);
                Error invalid;
                const auto job = parseJob(body, &invalid);
                if (!job)
                    return fail(invalid);
                m_request.job = *job;
                findProduction();
            });
        m_get->start();
    }

private:
    void findProduction()
    {
        m_production = std::make_unique<ProductionModelJob>(
            ctx().network(), m_tokens.get(), m_request.target, m_record.serviceName);
        connect(m_production.get(), &ProductionModelJob::finished, this,
            [this](const ProductionModel &p, const Error &error) {
                if (error)
                    return fail(error);
                m_request.production = p;
                out().note(tr("comparing job %1 with model %2 version %3 (deployment %4 of %5)")
                               .arg(m_record.jobId, p.model.name, p.model.version, p.deployment.name,
                                   p.endpoint.name));
                evaluate();
            });
        m_production->start();
    }

    void evaluate()
    {
        m_request.mlTokens = m_mlTokens.get();
        m_job = std::make_unique<AmlEvaluationJob>(ctx().network(), m_tokens.get(), m_request);
        connect(m_job.get(), &AmlEvaluationJob::progress, this, [this](const QString &stage, qint64, qint64) {
            if (stage != m_stage)
                out().note(stage);
            m_stage = stage;
        });
        connect(m_job.get(), &AmlEvaluationJob::finished, this,
            [this](std::shared_ptr<const eval::Comparison> comparison, const eval::GateVerdict &verdict,
                const ReportedMetrics &metrics, const Error &error) {
                if (error)
                    return fail(error);
                if (const Error h = history::HistoryStore().append(
                        history::evaluationEvent(m_profile.name, m_record, *comparison, verdict)))
                    out().note(h.message());
                const bool sameRows = metrics.basis == EvaluationBasis::SameRows;
                QStringList notes;
                if (!metrics.note.isEmpty())
                    notes << metrics.note;
                printEvaluation(out(), m_record.jobId, *comparison, verdict,
                    { { QStringLiteral("basis"),
                          sameRows ? QStringLiteral("same-rows") : QStringLiteral("reported-metrics") },
                        { QStringLiteral("production"),
                            QJsonObject { { QStringLiteral("endpoint"), m_request.production.endpoint.name },
                                { QStringLiteral("deployment"), m_request.production.deployment.name },
                                { QStringLiteral("model"), m_request.production.model.name },
                                { QStringLiteral("version"), m_request.production.model.version },
                                { QStringLiteral("job"),
                                    m_request.production.job ? m_request.production.job->name
                                                             : QString() } } },
                        { QStringLiteral("scoredBy"), QJsonArray::fromStringList(metrics.scoredBy) } },
                    notes);
                if (verdict.passed)
                    return succeed();
                Q_EMIT finished(ExitGateFailed);
            });
        m_job->start();
    }

    ml::JobRecord m_record;
    AmlEvaluationRequest m_request;
    std::unique_ptr<WorkspaceGetJob> m_get;
    std::unique_ptr<ProductionModelJob> m_production;
    std::unique_ptr<AmlEvaluationJob> m_job;
    QString m_stage;
};

} // namespace

std::unique_ptr<Command> createAmlEvaluateCommand(Context &context, const ml::JobRecord &record)
{
    return std::make_unique<AmlEvaluateCommand>(context, record);
}

} // namespace mlr::cli

#include "amlevaluatecommand.moc"
