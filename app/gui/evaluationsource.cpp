#include "evaluationsource.h"

#include "azureml/amljobevaluation.h"
#include "ml/evaluationjob.h"
#include "ml/jobjournal.h"
#include "secretbundlejob.h"
#include "wizardstate.h"
#include "workspacesession.h"

#include <QCoreApplication>
#include <QTimer>

namespace mlr::gui {

namespace {

// The sentences are the Evaluate page's (its translation context "mlr::gui::EvaluatePage").
// The profile's API keys, then ml::EvaluationJob on the profile's storage account.
class ClassicEvaluationSource final : public EvaluationSource
{
public:
    ClassicEvaluationSource(WizardState *state, ml::JobRecord record)
        : m_state(state)
        , m_record(std::move(record))
    { }

    void start() override
    {
        Q_EMIT progress(
            QCoreApplication::translate("mlr::gui::EvaluatePage", "Reading the web services' API keys…"), 0,
            0);
        m_keys.reset(SecretBundleJob::read(m_state->secrets(), m_state->profile().name,
            { SecretKind::PredictiveApiKey, SecretKind::TrainingApiKey }, nullptr));
        connect(m_keys.get(), &SecretBundleJob::finished, this,
            [this](const QMap<SecretKind, QString> &values, const Error &error) {
                m_keys.release()->deleteLater(); // we are inside its signal
                const QString predictive = values.value(SecretKind::PredictiveApiKey).trimmed();
                if (error || predictive.isEmpty())
                    return fail(error ? QCoreApplication::translate("mlr::gui::EvaluatePage",
                                    "The predictive service's API key could not be read: %1")
                                            .arg(error.message())
                                      : QCoreApplication::translate("mlr::gui::EvaluatePage",
                                          "The predictive service's API key is not set: enter it on the "
                                          "Credentials step. It is needed to score the same rows with the "
                                          "model in production."));
                evaluate(predictive, values.value(SecretKind::TrainingApiKey).trimmed());
            });
        m_keys->start();
    }

private:
    void evaluate(const QString &predictiveKey, const QString &trainingKey)
    {
        if (!m_state->storageAccount())
            return fail(QCoreApplication::translate("mlr::gui::EvaluatePage",
                "The storage account is not set: complete the Credentials step to read the job's outputs."));
        if (m_state->profile().predictiveRequestUrl.isEmpty())
            return fail(QCoreApplication::translate("mlr::gui::EvaluatePage",
                "The profile has no predictive service address (predictiveRequestUrl): enter it on "
                "the Credentials step."));
        ml::EvaluationRequest request;
        request.job = m_record;
        request.storage = *m_state->storageAccount();
        request.predictiveRequestUrl = m_state->profile().predictiveRequestUrl;
        request.predictiveApiKey = predictiveKey;
        request.trainingApiKey = trainingKey;
        request.gate = m_state->profile().gateRules();
        m_job = std::make_unique<ml::EvaluationJob>(m_state->network(), request);
        connect(m_job.get(), &ml::EvaluationJob::progress, this, &EvaluationSource::progress);
        connect(m_job.get(), &ml::EvaluationJob::finished, this,
            [this](std::shared_ptr<const eval::Comparison> comparison, const eval::GateVerdict &verdict,
                const Error &error) {
                if (error || !comparison)
                    return fail(QCoreApplication::translate(
                        "mlr::gui::EvaluatePage", "The new model could not be evaluated: %1")
                                    .arg(error.message()));
                Q_EMIT finished(std::move(comparison), verdict, {}, {});
            });
        Q_EMIT progress(
            QCoreApplication::translate("mlr::gui::EvaluatePage", "Reading the results of job %1…")
                .arg(m_record.jobId),
            0, 0);
        m_job->start();
    }

    // Always from the event loop (a check may fail inside start()).
    void fail(const QString &text)
    {
        QTimer::singleShot(0, this, [this, text] { Q_EMIT finished(nullptr, {}, {}, Error::input(text)); });
    }

    WizardState *m_state;
    ml::JobRecord m_record;
    std::unique_ptr<SecretBundleJob> m_keys;
    std::unique_ptr<ml::EvaluationJob> m_job;
};

// azureml::AmlJobEvaluation of the job in the profile's workspace, against the endpoint it
// retrained, with the session's sign-in.
class AmlEvaluationSource final : public EvaluationSource
{
public:
    AmlEvaluationSource(WizardState *state, ml::JobRecord record)
        : m_state(state)
        , m_record(std::move(record))
    { }

    void start() override
    {
        const WorkspaceSession &session = m_state->workspaceSession();
        if (!session.isSignedIn())
            return fail(QCoreApplication::translate("mlr::gui::EvaluatePage",
                "You are not signed in to Azure: sign in on the Credentials step to read job %1.")
                            .arg(m_record.jobId));
        const Profile &profile = m_state->profile();
        azureml::AmlJobEvaluationRequest request;
        request.target = azureml::WorkspaceTarget::fromProfile(profile);
        request.jobName = m_record.jobId;
        request.endpoint = m_record.serviceName.isEmpty() ? profile.endpoint : m_record.serviceName;
        request.gate = profile.gateRules();
        request.mlTokens = session.mlTokens();
        m_job = std::make_unique<azureml::AmlJobEvaluation>(m_state->network(), session.armTokens(), request);
        // The job uses the session's providers: a new sign-in (or a sign-out) deletes them.
        connect(&session, &WorkspaceSession::signedInChanged, this, [this] {
            if (!m_job)
                return;
            m_job.reset();
            fail(QCoreApplication::translate("mlr::gui::EvaluatePage",
                "The Azure sign-in changed while job %1 was being evaluated: evaluate it again.")
                     .arg(m_record.jobId));
        });
        connect(m_job.get(), &azureml::AmlJobEvaluation::productionFound, this,
            [this](const azureml::ProductionModel &p) {
                Q_EMIT progress(
                    QCoreApplication::translate("mlr::gui::EvaluatePage",
                        "Comparing job %1 with model %2 version %3 (deployment %4 of endpoint %5)…")
                        .arg(m_record.jobId, p.model.name, p.model.version, p.deployment.name,
                            p.endpoint.name),
                    0, 0);
            });
        connect(m_job.get(), &azureml::AmlJobEvaluation::progress, this, &EvaluationSource::progress);
        connect(m_job.get(), &azureml::AmlJobEvaluation::finished, this,
            [this](const azureml::AmlJobEvaluationResult &result, const Error &error) {
                m_job.release()->deleteLater(); // we are inside its signal
                if (error || !result.comparison)
                    return fail(QCoreApplication::translate(
                        "mlr::gui::EvaluatePage", "The new model could not be evaluated: %1")
                                    .arg(error.message()));
                Q_EMIT finished(result.comparison, result.verdict, result.metrics.note, {});
            });
        Q_EMIT progress(
            QCoreApplication::translate("mlr::gui::EvaluatePage", "Reading job %1 in workspace %2…")
                .arg(m_record.jobId, profile.workspace),
            0, 0);
        m_job->start();
    }

private:
    void fail(const QString &text)
    {
        QTimer::singleShot(0, this, [this, text] { Q_EMIT finished(nullptr, {}, {}, Error::input(text)); });
    }

    WizardState *m_state;
    ml::JobRecord m_record;
    std::unique_ptr<azureml::AmlJobEvaluation> m_job;
};

} // namespace

std::unique_ptr<EvaluationSource> createEvaluationSource(WizardState *state, const ml::JobRecord &record)
{
    if (record.kind == ml::JobKind::AzureMl)
        return std::make_unique<AmlEvaluationSource>(state, record);
    return std::make_unique<ClassicEvaluationSource>(state, record);
}

} // namespace mlr::gui
