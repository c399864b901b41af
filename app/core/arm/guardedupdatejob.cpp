#include "arm/guardedupdatejob.h"

#include "arm/smoketest.h"

#include <QTimer>

namespace mlr::arm {

bool isScoringError(const Error &error)
{
    if (error.kind != Error::Kind::Http || error.isAuthError() || error.isNotFound())
        return false;
    static const QStringList codes { QStringLiteral("ModuleExecutionError"),
        QStringLiteral("LibraryExecutionError"), QStringLiteral("ModelPackageFormatError"),
        QStringLiteral("WebServicePackageError"), QStringLiteral("WebServicePackageInternalError"),
        QStringLiteral("BadUserArgument") };
    return codes.contains(error.serviceCode) || error.httpStatus == 400 || error.httpStatus == 500;
}

GuardedUpdateJob::GuardedUpdateJob(QNetworkAccessManager *nam, TokenProvider *tokens, ArmTarget target,
    ModelUpdateRequest request, SmokeTarget smoke, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_tokens(tokens)
    , m_target(std::move(target))
    , m_request(std::move(request))
    , m_smokeTarget(std::move(smoke))
{ }

GuardedUpdateJob::~GuardedUpdateJob() = default;

void GuardedUpdateJob::setPollInterval(std::chrono::milliseconds first, std::chrono::milliseconds max)
{
    m_pollFirst = first;
    m_pollMax = max;
}

void GuardedUpdateJob::start()
{
    if (m_started)
        return;
    m_started = true;
    QTimer::singleShot(0, this, [this] {
        if (m_smokeTarget.isEmpty() || m_request.planOnly)
            return runUpdate(m_request, false);
        smokeBefore();
    });
}

void GuardedUpdateJob::smokeBefore()
{
    Q_EMIT stepChanged(tr("Scoring sample rows (smoke test)"));
    m_smoke = std::make_unique<SmokeCheckJob>(m_nam.data(), m_smokeTarget.requestUrl, m_smokeTarget.apiKey);
    m_smoke->setOptions(m_smokeOptions);
    connect(m_smoke.get(), &SmokeCheckJob::finished, this,
        [this](const QList<QStringList> &scores, const Error &error) {
            if (error)
                m_result.smokeBeforeError = error.message();
            else
                m_before = smokeTable(m_smoke->columns(), scores);
            m_rows = m_smoke->rows();
            m_smoke.release()->deleteLater();
            runUpdate(m_request, false);
        });
    m_smoke->start();
}

void GuardedUpdateJob::runUpdate(const ModelUpdateRequest &request, bool rollback)
{
    m_update = std::make_unique<ModelUpdateJob>(m_nam.data(), m_tokens.data(), m_target, request);
    m_update->setRetryPolicy(m_policy);
    m_update->setPollInterval(m_pollFirst, m_pollMax);
    connect(m_update.get(), &ModelUpdateJob::stepChanged, this,
        [this](ModelUpdateJob::Step, const QString &text) { Q_EMIT stepChanged(text); });
    if (!rollback)
        connect(m_update.get(), &ModelUpdateJob::guardChecked, this, &GuardedUpdateJob::guardChecked);
    connect(m_update.get(), &ModelUpdateJob::backedUp, this, &GuardedUpdateJob::backedUp);
    connect(m_update.get(), &ModelUpdateJob::operationProgress, this, &GuardedUpdateJob::operationProgress);
    connect(m_update.get(), &ModelUpdateJob::finished, this,
        rollback ? &GuardedUpdateJob::onRolledBack : &GuardedUpdateJob::onUpdated);
    m_update->start();
}

void GuardedUpdateJob::onUpdated(const ModelUpdateResult &result, const Error &error)
{
    m_update.release()->deleteLater();
    m_result.update = result;
    m_updateError = error;
    if (error || result.state != ServiceState::Updated || !m_before)
        return finish(error);
    smokeAfter();
}

void GuardedUpdateJob::smokeAfter()
{
    Q_EMIT stepChanged(tr("Scoring the sample rows again (smoke test)"));
    m_smoke = std::make_unique<SmokeCheckJob>(m_nam.data(), m_smokeTarget.requestUrl, m_smokeTarget.apiKey);
    m_smoke->setOptions(m_smokeOptions);
    m_smoke->setRows(m_rows);
    connect(m_smoke.get(), &SmokeCheckJob::finished, this, &GuardedUpdateJob::onSmokedAfter);
    m_smoke->start();
}

void GuardedUpdateJob::onSmokedAfter(const QList<QStringList> &scores, const Error &error)
{
    const ml::RrsTable after = smokeTable(m_smoke->columns(), scores);
    m_smoke.release()->deleteLater();
    if (error && isScoringError(error))
        return rollBack(error);
    if (error) {
        m_result.smoke = SmokeOutcome::Failed;
        m_result.smokeText = tr("The smoke test after the change failed: %1").arg(error.message());
        return finish(m_updateError);
    }
    Error cmpError;
    const auto cmp = compareScores(*m_before, after, &cmpError);
    if (!cmp) {
        m_result.smoke = SmokeOutcome::NotComparable;
        m_result.smokeText = tr("The smoke test cannot be compared: %1").arg(cmpError.message());
    } else {
        m_result.smoke = cmp->unchanged() ? SmokeOutcome::Unchanged : SmokeOutcome::Changed;
        m_result.smokeText = cmp->summary();
    }
    finish(m_updateError);
}

void GuardedUpdateJob::rollBack(const Error &scoringError)
{
    m_scoringError = scoringError;
    m_result.smoke = SmokeOutcome::ScoringErrors;
    Error backupError;
    const QString uri = backupModelUri(m_result.update.backupFile, m_result.update.assetId, &backupError);
    if (uri.isEmpty()) {
        m_result.smokeText = tr("The service fails to score the sample rows with the new model (%1), and it "
                                "cannot be rolled back automatically: %2 Roll back by hand.")
                                 .arg(scoringError.message(), backupError.message());
        return finish(Error::input(m_result.smokeText));
    }
    Q_EMIT stepChanged(
        tr("The service fails to score the sample rows with the new model: rolling back to %1").arg(uri));
    ModelUpdateRequest request;
    request.serviceName = m_request.serviceName;
    request.modelUri = QUrl(uri);
    request.assetId = m_result.update.assetId;
    request.backupDirectory = m_request.backupDirectory;
    request.storage = m_request.storage;
    runUpdate(request, true);
}

void GuardedUpdateJob::onRolledBack(const ModelUpdateResult &result, const Error &error)
{
    m_update.release()->deleteLater();
    m_result.rollback = result;
    const QString why = m_scoringError.message();
    if (result.state == ServiceState::Updated && !error) {
        m_result.smokeText
            = tr("The service failed to score the sample rows after the change (%1), so it was "
                 "rolled back automatically: it uses %2 again.")
                  .arg(why, result.verifiedUri);
        return finish(Error::input(m_result.smokeText));
    }
    m_result.smokeText = tr("The service fails to score the sample rows after the change (%1), and the "
                            "automatic rollback did not complete: %2 Roll back with the backup %3.")
                             .arg(why, result.stateText, m_result.update.backupFile);
    finish(error ? Error(error).withContext(m_result.smokeText) : Error::input(m_result.smokeText));
}

void GuardedUpdateJob::finish(const Error &error)
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(m_result, error);
}

} // namespace mlr::arm
