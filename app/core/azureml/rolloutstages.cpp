#include "azureml/onlinesmoketest.h"
#include "azureml/rolloutjob.h"
#include "azureml/rolloutsupport.h"
#include "azureml/trafficjob.h"

#include <QTimer>

// RolloutJob, part 3: the smoke test at 0 %, the traffic stages, the pauses and the end state.
namespace mlr::azureml {

void RolloutJob::smokeTest()
{
    if (m_request.skipSmokeTest) {
        m_result.warnings.append(
            tr("Deployment '%1' was not smoke-tested (skipped on request).").arg(m_result.newDeployment));
        return nextStage();
    }
    step(Step::SmokeTesting,
        tr("Scoring %1 sample rows on '%2' and on '%3' (through the azureml-model-deployment header, "
           "whatever "
           "their traffic)")
            .arg(m_request.sampleRows.rows.size())
            .arg(m_result.oldDeployment, m_result.newDeployment));
    m_smoke = std::make_unique<OnlineSmokeTestJob>(m_nam, m_tokens, m_steps.target(), m_state.endpoint,
        m_result.oldDeployment, m_result.newDeployment, m_request.sampleRows, m_mlTokens);
    m_smoke->setRetryPolicy(m_policy);
    connect(m_smoke.get(), &OnlineSmokeTestJob::finished, this, &RolloutJob::onSmokeTested);
    m_smoke->start();
}

void RolloutJob::onSmokeTested(const OnlineSmokeResult &result, const Error &error)
{
    if (error)
        return end(RolloutState::SmokeTestFailed,
            tr("The smoke test of deployment '%1' failed: the roll-out stopped before moving traffic to it.")
                .arg(m_result.newDeployment),
            error);
    m_result.smoke = result.comparison;
    m_result.smokeCurrent = result.currentAnswer;
    m_result.smokeCandidate = result.candidateAnswer;
    if (result.comparison && result.comparison->unchanged())
        m_result.warnings.append(result.comparison->summary());
    nextStage();
}

void RolloutJob::nextStage()
{
    while (m_stage < m_stages.size() && m_stages[m_stage].done) {
        const TrafficStage &s = m_stages[m_stage++];
        RolloutStageRecord record { s.percent, s.traffic, m_state.endpoint.traffic,
            QDateTime::currentDateTimeUtc(), true };
        m_result.stages.append(record);
        Q_EMIT stageDone(record);
    }
    if (m_stage >= m_stages.size())
        return end(RolloutState::RolledOut,
            tr("'%1' has all the traffic of online endpoint '%2' and serves model %3 version %4.")
                .arg(m_result.newDeployment, m_request.endpoint, m_result.model.name, m_result.model.version),
            {});
    if (m_stopRequested)
        return stopHere();
    if (m_confirm) {
        m_waiting = true;
        const TrafficStage &s = m_stages[m_stage];
        Q_EMIT stageReady(int(m_stage), s.percent, s.traffic);
        return;
    }
    runStage();
}

void RolloutJob::continueStage()
{
    if (!m_waiting || m_finished)
        return;
    m_waiting = false;
    QTimer::singleShot(0, this, [this] { runStage(); });
}

void RolloutJob::stop()
{
    m_stopRequested = true;
    if (m_waiting && !m_finished) {
        m_waiting = false;
        QTimer::singleShot(0, this, [this] { stopHere(); });
    }
}

void RolloutJob::stopHere()
{
    const int share = trafficOf(m_state.endpoint.traffic, m_result.newDeployment);
    end(share == 0 ? RolloutState::Prepared : RolloutState::Partial,
        tr("Stopped on request before stage %1 of %2 (%3 % to '%4'). Run the roll-out again to go on.")
            .arg(m_stage + 1)
            .arg(m_stages.size())
            .arg(m_stages[m_stage].percent)
            .arg(m_result.newDeployment),
        {});
}

void RolloutJob::runStage()
{
    const TrafficStage &s = m_stages[m_stage];
    step(Step::Shifting,
        tr("Stage %1 of %2: %3 % of the traffic to '%4' (%5)")
            .arg(m_stage + 1)
            .arg(m_stages.size())
            .arg(s.percent)
            .arg(m_result.newDeployment, describeTraffic(s.traffic)));
    m_wrote = true;
    if (m_traffic)
        m_traffic.release()->deleteLater(); // it may be the one emitting right now
    m_traffic
        = std::make_unique<TrafficJob>(m_nam, m_tokens, m_steps.target(), m_request.endpoint, s.traffic);
    m_traffic->setEndpoint(m_state.endpoint);
    m_traffic->setRetryPolicy(m_policy);
    m_traffic->setPollInterval(m_pollFirst, m_pollMax);
    m_traffic->setReadBack(m_readAttempts, m_readDelay);
    connect(m_traffic.get(), &TrafficJob::finished, this, &RolloutJob::onStage);
    m_traffic->start();
}

void RolloutJob::onStage(const TrafficResult &result, const Error &error)
{
    const TrafficStage &s = m_stages[m_stage];
    m_result.trafficKnown = result.known;
    if (result.known) {
        m_result.traffic = result.readBack;
        m_state.endpoint = result.endpointRead;
    }
    const QString which = tr("Stage %1 (%2 % of the traffic to '%3')")
                              .arg(m_stage + 1)
                              .arg(s.percent)
                              .arg(m_result.newDeployment);
    if (error && result.noEffect)
        return end(RolloutState::NotApplied,
            tr("%1 reported success, but the traffic did not change; the roll-out stopped there.").arg(which),
            error);
    if (error && !result.known)
        return end(RolloutState::Unknown,
            tr("%1 may or may not have taken effect: the traffic could not be read back. Check the endpoint "
               "before anything else.")
                .arg(which),
            error);
    if (error)
        return end(RolloutState::StageFailed, tr("%1 failed; the roll-out stopped there.").arg(which), error);
    RolloutStageRecord record { s.percent, s.traffic, result.readBack, result.doneUtc, !result.written };
    m_result.stages.append(record);
    Q_EMIT stageDone(record);
    ++m_stage;
    nextStage();
}

void RolloutJob::end(RolloutState state, const QString &text, const Error &error)
{
    step(Step::Verifying, tr("Reading online endpoint '%1' and its deployments").arg(m_request.endpoint));
    m_steps.readEndpoint(
        m_request.endpoint, [this, state, text, error](const EndpointState &read, const Error &readError) {
            QString said = text;
            if (!readError) {
                m_state = read;
                m_result.traffic = read.endpoint.traffic;
                m_result.trafficKnown = true;
                m_result.deployments = read.deployments;
            } else {
                said += u' '
                    + tr("The endpoint could not be read again (%1); what follows is what was last read.")
                          .arg(readError.message());
            }
            finish(state, said, error);
        });
}

void RolloutJob::finish(RolloutState state, const QString &text, const Error &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_waiting = false;
    m_steps.cancel();
    QStringList said { text };
    if (!m_state.endpoint.name.isEmpty()) {
        said.append(m_result.trafficKnown
                ? tr("Traffic: %1.").arg(describeTraffic(m_result.traffic))
                : tr("Traffic: unknown (last read: %1).").arg(describeTraffic(m_result.traffic)));
        said.append(tr("Deployments: %1.").arg(describeDeployments(m_result.deployments)));
    }
    if (!m_result.backupFile.isEmpty())
        said.append(tr("Backup: %1.").arg(m_result.backupFile));
    m_result.state = state;
    m_result.stateText = said.join(u' ');
    m_result.ended = QDateTime::currentDateTimeUtc();
    step(Step::Done, m_result.stateText);
    Q_EMIT finished(m_result, error);
}

} // namespace mlr::azureml
