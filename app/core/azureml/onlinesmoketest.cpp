#include "azureml/onlinesmoketest.h"

#include "azureml/onlinescoring.h"

#include <QTimer>

namespace mlr::azureml {

OnlineSmokeTestJob::OnlineSmokeTestJob(QNetworkAccessManager *nam, arm::TokenProvider *armTokens,
    WorkspaceTarget target, OnlineEndpoint endpoint, QString current, QString candidate, arm::SmokeRows rows,
    arm::TokenProvider *mlTokens, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_armTokens(armTokens)
    , m_mlTokens(mlTokens)
    , m_target(std::move(target))
    , m_endpoint(std::move(endpoint))
    , m_rows(std::move(rows))
{
    m_result.current = std::move(current);
    m_result.candidate = std::move(candidate);
}

OnlineSmokeTestJob::~OnlineSmokeTestJob() = default;

void OnlineSmokeTestJob::start()
{
    if (m_started)
        return;
    m_started = true;
    QTimer::singleShot(0, this, [this] {
        if (m_rows.isEmpty())
            return finish(Error::input(tr("The smoke test has no sample rows to score.")));
        m_access = std::make_unique<ScoringAccessJob>(m_nam, m_armTokens, m_target, m_endpoint, m_mlTokens);
        connect(m_access.get(), &ScoringAccessJob::finished, this, &OnlineSmokeTestJob::onAccess);
        m_access->start();
    });
}

void OnlineSmokeTestJob::onAccess(const ScoringAccess &access, const Error &error)
{
    if (error)
        return finish(error);
    m_scoring = std::make_unique<ScoringAccess>(access);
    // The candidate first: its failure is what stops a roll-out.
    score(m_result.candidate, [this](const ml::RrsTable &answer) {
        m_result.candidateAnswer = answer;
        if (m_result.current.isEmpty())
            return finish({});
        score(m_result.current, [this](const ml::RrsTable &current) {
            m_result.currentAnswer = current;
            compare();
        });
    });
}

void OnlineSmokeTestJob::score(const QString &deployment, std::function<void(const ml::RrsTable &)> then)
{
    if (m_scorer)
        m_scorer.release()->deleteLater(); // it may be the one emitting right now
    m_scorer = std::make_unique<OnlineScorer>(
        m_nam, *m_scoring, deployment, m_rows.columns, m_rows.rows, m_options);
    connect(m_scorer.get(), &OnlineScorer::finished, this,
        [this, deployment, then = std::move(then)](const ml::RrsTable &answer, const Error &error) {
            if (error) {
                Error e = error;
                const QString why = e.context;
                const QString what = tr("Scoring the sample rows on deployment '%1'").arg(deployment);
                return finish(e.withContext(why.isEmpty() ? what : QStringLiteral("%1 (%2)").arg(what, why)));
            }
            then(answer);
        });
    m_scorer->start();
}

void OnlineSmokeTestJob::compare()
{
    Error error;
    m_result.comparison = arm::compareScores(m_result.currentAnswer, m_result.candidateAnswer, &error);
    if (!m_result.comparison)
        return finish(error.withContext(
            tr("Comparing the answers of '%1' and '%2'").arg(m_result.current, m_result.candidate)));
    finish({});
}

void OnlineSmokeTestJob::finish(const Error &error)
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(m_result, error);
}

} // namespace mlr::azureml
