#pragma once

#include "arm/smokecheck.h"
#include "arm/smoketest.h"
#include "arm/tokenprovider.h"
#include "azureml/amlresources.h"
#include "azureml/workspacetarget.h"
#include "ml/batchscorer.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace mlr::azureml {

class OnlineScorer;
class ScoringAccessJob;
struct ScoringAccess;

struct OnlineSmokeResult
{
    QString current, candidate; // the deployments scored
    ml::RrsTable currentAnswer, candidateAnswer;
    // The candidate's answers against the current one's (arm::compareScores); nullopt when no
    // current deployment was named. unchanged() means "predictions unchanged".
    std::optional<arm::SmokeComparison> comparison;
};

// The smoke test of a new deployment at 0 % traffic (reference §9.3, §9.4): the same sample
// rows scored on the candidate and on the current deployment through the endpoint's scoring
// URI with the header azureml-model-deployment (OnlineScorer, after ScoringAccessJob), then
// compared with arm::compareScores, as the classic update compares before and after.
// A failed scoring call is the error (its context names the deployment); so are answers that
// cannot be compared. Contract: start() once; finished() exactly once, from the event loop;
// destroying the job cancels it.
class OnlineSmokeTestJob : public QObject
{
    Q_OBJECT

public:
    OnlineSmokeTestJob(QNetworkAccessManager *nam, arm::TokenProvider *armTokens, WorkspaceTarget target,
        OnlineEndpoint endpoint, QString current, QString candidate, arm::SmokeRows rows,
        arm::TokenProvider *mlTokens = nullptr, QObject *parent = nullptr);
    ~OnlineSmokeTestJob() override;

    void setRetryPolicy(const RetryPolicy &policy) { m_options.retry = policy; }
    void setScoringOptions(const ml::ScoringOptions &options) { m_options = options; }
    void start();

Q_SIGNALS:
    void finished(const mlr::azureml::OnlineSmokeResult &result, const mlr::Error &error);

private:
    void onAccess(const ScoringAccess &access, const Error &error);
    void score(const QString &deployment, std::function<void(const ml::RrsTable &)> then);
    void compare();
    void finish(const Error &error);

    QNetworkAccessManager *m_nam;
    arm::TokenProvider *m_armTokens;
    arm::TokenProvider *m_mlTokens;
    WorkspaceTarget m_target;
    OnlineEndpoint m_endpoint;
    arm::SmokeRows m_rows;
    ml::ScoringOptions m_options;
    OnlineSmokeResult m_result;
    std::unique_ptr<ScoringAccessJob> m_access;
    std::unique_ptr<ScoringAccess> m_scoring;
    std::unique_ptr<OnlineScorer> m_scorer;
    bool m_started = false;
    bool m_finished = false;
};

} // namespace mlr::azureml

Q_DECLARE_METATYPE(mlr::azureml::OnlineSmokeResult)
