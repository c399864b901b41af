// endpoint smoke [ENDPOINT] [--deployment D] --sample FILE: sample rows scored on the
// production deployment and (when given) on D through the azureml-model-deployment header.
#include "amlcommand.h"
#include "amlendpointcommands.h"
#include "azureml/onlinesmoketest.h"
#include "azureml/productionmodeljob.h"
#include "azureml/samplerows.h"
#include "format.h"
#include "output.h"

#include <QJsonArray>

namespace mlr::cli {

namespace {

using namespace mlr::azureml;

// endpoint smoke [ENDPOINT] [--deployment D] --sample FILE: the sample rows scored on the
// production deployment and (when given) on D, compared.
class EndpointSmokeCommand final : public AmlCommand
{
    Q_OBJECT

public:
    using AmlCommand::AmlCommand;

protected:
    void runAml() override
    {
        const QString sample = invocation().option(QStringLiteral("sample"));
        if (sample.isEmpty())
            return failInput(
                tr("'endpoint smoke' needs --sample FILE (a CSV of the model's input columns)."));
        Error invalid;
        const auto rows
            = sampleRowsFromCsv(sample, invocation().option(QStringLiteral("label")), 5, &invalid);
        if (!rows)
            return fail(invalid);
        m_rows = *rows;
        m_production = std::make_unique<ProductionModelJob>(
            ctx().network(), m_tokens.get(), m_workspace, endpointArgument());
        connect(m_production.get(), &ProductionModelJob::finished, this,
            [this](const ProductionModel &p, const Error &error) {
                if (error)
                    return fail(error);
                const QString candidate = invocation().option(QStringLiteral("deployment"));
                m_smoke = std::make_unique<OnlineSmokeTestJob>(ctx().network(), m_tokens.get(), m_workspace,
                    p.endpoint, p.deployment.name, candidate.isEmpty() ? p.deployment.name : candidate,
                    m_rows, m_mlTokens.get());
                connect(m_smoke.get(), &OnlineSmokeTestJob::finished, this, &EndpointSmokeCommand::report);
                m_smoke->start();
            });
        m_production->start();
    }

private:
    void report(const OnlineSmokeResult &r, const Error &error)
    {
        if (error)
            return fail(error);
        const ml::RrsTable &answer = r.candidateAnswer;
        if (out().isJson()) {
            QJsonArray rows;
            for (const QStringList &row : answer.rows)
                rows.append(QJsonArray::fromStringList(row));
            QJsonObject o { { QStringLiteral("deployment"), r.candidate },
                { QStringLiteral("columns"), QJsonArray::fromStringList(answer.columns) },
                { QStringLiteral("rows"), rows } };
            if (r.comparison && r.candidate != r.current)
                o.insert(QStringLiteral("comparedWith"), r.current),
                    o.insert(QStringLiteral("unchanged"), r.comparison->unchanged());
            out().json(o);
            return succeed();
        }
        QList<QStringList> table { answer.columns };
        for (const QStringList &row : answer.rows)
            table.append(row);
        QString text = tr("Deployment %1 answered:").arg(r.candidate) + u'\n' + format::table(table);
        if (r.comparison && r.candidate != r.current)
            text += u'\n' + tr("Against %1: %2").arg(r.current, r.comparison->summary());
        out().text(text);
        succeed();
    }

    arm::SmokeRows m_rows;
    std::unique_ptr<ProductionModelJob> m_production;
    std::unique_ptr<OnlineSmokeTestJob> m_smoke;
};

} // namespace

std::unique_ptr<Command> createEndpointSmokeCommand(Context &context)
{
    return std::make_unique<EndpointSmokeCommand>(context);
}

} // namespace mlr::cli

#include "smokecommand.moc"
