// retrain evaluate JOB for an Azure ML (v2) job: the new job against the model in production
// behind its endpoint (azureml::AmlEvaluationJob), printed as the classic evaluation is, with
// the basis of the comparison; the verdict goes to the history. The evaluation itself is the
// core's (azureml::AmlJobEvaluation, shared with the wizard's Evaluate step).
#include "amlretraincommands.h"
#include "azureml/amljobevaluation.h"
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
        AmlJobEvaluationRequest request;
        request.target = WorkspaceTarget::fromProfile(m_profile);
        request.jobName = m_record.jobId;
        request.endpoint = m_record.serviceName;
        request.labelColumn = invocation().option(QStringLiteral("label"));
        Error gateError;
        const auto gate = gateRulesFor(invocation(), m_profile, &gateError);
        if (!gate)
            return fail(gateError);
        request.gate = *gate;
        request.mlTokens = m_mlTokens.get();
        m_job = std::make_unique<AmlJobEvaluation>(ctx().network(), m_tokens.get(), request);
        connect(m_job.get(), &AmlJobEvaluation::productionFound, this, [this](const ProductionModel &p) {
            out().note(
                tr("comparing job %1 with model %2 version %3 (deployment %4 of %5)")
                    .arg(m_record.jobId, p.model.name, p.model.version, p.deployment.name, p.endpoint.name));
        });
        connect(m_job.get(), &AmlJobEvaluation::progress, this, [this](const QString &stage, qint64, qint64) {
            if (stage != m_stage)
                out().note(stage);
            m_stage = stage;
        });
        connect(m_job.get(), &AmlJobEvaluation::finished, this, &AmlEvaluateCommand::onEvaluated);
        m_job->start();
    }

private:
    void onEvaluated(const AmlJobEvaluationResult &result, const Error &error)
    {
        if (error)
            return fail(error);
        const eval::Comparison &comparison = *result.comparison;
        const eval::GateVerdict &verdict = result.verdict;
        const ReportedMetrics &metrics = result.metrics;
        const ProductionModel &production = result.production;
        if (const Error h = history::HistoryStore().append(
                history::evaluationEvent(m_profile.name, m_record, comparison, verdict)))
            out().note(h.message());
        const bool sameRows = metrics.basis == EvaluationBasis::SameRows;
        QStringList notes;
        if (!metrics.note.isEmpty())
            notes << metrics.note;
        printEvaluation(out(), m_record.jobId, comparison, verdict,
            { { QStringLiteral("basis"),
                  sameRows ? QStringLiteral("same-rows") : QStringLiteral("reported-metrics") },
                { QStringLiteral("production"),
                    QJsonObject { { QStringLiteral("endpoint"), production.endpoint.name },
                        { QStringLiteral("deployment"), production.deployment.name },
                        { QStringLiteral("model"), production.model.name },
                        { QStringLiteral("version"), production.model.version },
                        { QStringLiteral("job"), production.job ? production.job->name : QString() } } },
                { QStringLiteral("scoredBy"), QJsonArray::fromStringList(metrics.scoredBy) } },
            notes);
        if (verdict.passed)
            return succeed();
        Q_EMIT finished(ExitGateFailed);
    }

    ml::JobRecord m_record;
    std::unique_ptr<AmlJobEvaluation> m_job;
    QString m_stage;
};

} // namespace

std::unique_ptr<Command> createAmlEvaluateCommand(Context &context, const ml::JobRecord &record)
{
    return std::make_unique<AmlEvaluateCommand>(context, record);
}

} // namespace mlr::cli

#include "amlevaluatecommand.moc"
