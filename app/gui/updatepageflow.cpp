// The Update page's update and rollback: arm::GuardedUpdateJob (the smoke test before, the
// guarded ModelUpdateJob, the smoke test after, the automatic rollback on scoring errors) on a
// timeline, the result, the history and the backups.
#include "arm/definition.h"
#include "profile/profilestore.h"
#include "ui_updatepage.h"
#include "updatepage.h"
#include "wizardstate.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QTime>

namespace mlr::gui {

namespace {

QString resultText(const arm::ModelUpdateResult &r, bool rollback)
{
    switch (r.state) {
    case arm::ServiceState::Updated:
        return rollback
            ? UpdatePage::tr("Rolled back: the service reads back %1.").arg(r.verifiedUri)
            : UpdatePage::tr("Updated: the service reads back the new model %1.").arg(r.verifiedUri);
    case arm::ServiceState::NotApplied:
        return UpdatePage::tr("Not applied: Azure reported success, but the service still reads back %1. %2")
            .arg(r.verifiedUri, r.stateText);
    default:
        return r.stateText;
    }
}

} // namespace

arm::ModelUpdateRequest UpdatePage::updateRequest(const QString &uri, bool rollback, bool planOnly) const
{
    arm::ModelUpdateRequest request;
    request.serviceName = serviceName();
    request.modelUri = QUrl(uri);
    request.assetId = m_planned && !planOnly ? m_planned->assetId : QString();
    request.backupDirectory = m_backupDir;
    request.planOnly = planOnly;
    request.storage = state()->storageAccount();
    if (!rollback && m_job) {
        request.job = m_job;
        request.pair.profile = m_job->profile;
        if (const std::optional<Profile> p = state()->profiles().load(m_job->profile)) {
            // This session's edits of the wizard's profile count (they may not be saved yet).
            const Profile &profile = p->name == state()->profile().name ? state()->profile() : *p;
            request.pair.profileFound = true;
            request.pair.trainingService = profile.trainingServiceName;
            request.pair.predictiveService = profile.predictiveServiceName;
        }
    }
    return request;
}

void UpdatePage::startUpdate(const QString &uri, bool rollback)
{
    if (!m_tokens || serviceName().isEmpty() || uri.isEmpty() || m_update)
        return;
    m_rollingBack = rollback;
    m_overriding = !rollback && m_gateKnown && !m_gatePassed && m_ui->overrideCheck->isChecked();
    m_pendingUri = uri;
    m_ui->timelineList->clear();
    m_ui->resultMessage->clear();
    m_ui->smokeMessage->clear();
    addTimeline(rollback ? tr("Rolling %1 back to %2").arg(serviceName(), uri)
                         : tr("Updating %1 to %2").arg(serviceName(), uri));
    setBusy(true);
    arm::SmokeTarget smoke;
    if (canSmokeTest())
        smoke = { state()->profile().predictiveRequestUrl, m_predictiveKey };
    m_update = std::make_unique<arm::GuardedUpdateJob>(
        state()->network(), m_tokens.get(), target(), updateRequest(uri, rollback, false), smoke);
    m_update->setPollInterval(m_pollFirst, m_pollMax);
    m_update->setRetryPolicy(m_policy);
    connect(m_update.get(), &arm::GuardedUpdateJob::stepChanged, this, &UpdatePage::addTimeline);
    connect(m_update.get(), &arm::GuardedUpdateJob::backedUp, this, [this](const QString &file) {
        addTimeline(tr("Backed up to %1").arg(QDir::toNativeSeparators(file)));
    });
    connect(m_update.get(), &arm::GuardedUpdateJob::operationProgress, this,
        [this](const QString &status, double p) {
            addTimeline(p >= 0 ? tr("Operation: %1 (%2 %)").arg(status).arg(qRound(p * 100))
                               : tr("Operation: %1").arg(status));
        });
    connect(m_update.get(), &arm::GuardedUpdateJob::finished, this, &UpdatePage::onUpdated);
    m_update->start();
    updateActions();
}

void UpdatePage::cancelUpdate()
{
    if (!m_update)
        return;
    m_update.reset();
    addTimeline(tr("Stopped following the update."));
    m_ui->resultMessage->showMessage(InlineMessage::Kind::Warning,
        tr("Stopped following the update of %1: the change may or may not have been applied. "
           "Check the service before you try again.")
            .arg(serviceName()));
    setBusy(false);
    updateActions();
}

void UpdatePage::onUpdated(const arm::GuardedUpdateResult &r, const Error &error)
{
    m_update.release()->deleteLater();
    setBusy(false);
    const arm::ModelUpdateResult &result = r.update;
    m_lastResult = result;
    const bool ok = result.state == arm::ServiceState::Updated && !error;
    // The report describes the last update and, when one succeeded after it, its rollback.
    if (!m_rollingBack) {
        m_lastUpdate = result;
        m_rolledBack.reset();
    } else if (ok && m_lastUpdate) {
        m_rolledBack = report::RollbackRecord { result.ended.isValid() ? result.ended
                                                                       : QDateTime::currentDateTimeUtc(),
            result.newUri, m_ui->backupCombo->currentData().toString(), result.stateText };
    }
    // Updating without a passed gate is a decision of the update that went through; a
    // rollback undoes it.
    if (!m_rollingBack) {
        m_ungated.reset();
        if (ok && !r.rolledBack() && m_job && (m_overriding || !m_gateKnown))
            m_ungated = UngatedUpdate { m_job->jobId, result.serviceName,
                result.ended.isValid() ? result.ended : QDateTime::currentDateTimeUtc(), false };
    } else if (ok && m_ungated && m_ungated->service == result.serviceName) {
        m_ungated->rolledBack = true;
    }
    showGate();
    QString text = resultText(result, m_rollingBack);
    if (r.rollback)
        text = r.smokeText; // scoring errors: what happened and where the service is now
    else if (error && result.state != arm::ServiceState::NotApplied && !text.contains(error.message()))
        text = text.isEmpty() ? error.message() : text + u' ' + error.message();
    InlineMessage::Kind kind = InlineMessage::Kind::Error;
    if (ok || result.identical)
        kind = InlineMessage::Kind::Positive;
    else if (result.state == arm::ServiceState::Unchanged || r.rolledBack())
        kind = InlineMessage::Kind::Warning;
    m_ui->resultMessage->showMessage(kind, text);
    showSmoke(r);
    addTimeline(ok ? tr("Done.") : tr("Ended: %1").arg(arm::serviceStateName(result.state)));
    m_ui->confirmCheck->setChecked(false); // each change is confirmed (and overridden) anew
    m_ui->overrideCheck->setChecked(false);
    recordHistory(result, m_rollingBack, r.smoke == arm::SmokeOutcome::NotRun ? QString() : r.smokeText);
    if (r.rollback)
        recordHistory(*r.rollback, true, QString());
    refreshBackups();
    refreshHistory();
    Q_EMIT updateFinished(result, error);
    planUpdate(); // the guard and diff of the service as it is now
}

void UpdatePage::addTimeline(const QString &text)
{
    const QString time = QLocale().toString(QTime::currentTime(), QStringLiteral("HH:mm:ss"));
    m_ui->timelineList->addItem(tr("%1  %2").arg(time, text));
    m_ui->timelineList->scrollToBottom();
}

void UpdatePage::refreshBackups()
{
    const QString current = m_ui->backupCombo->currentData().toString();
    const QSignalBlocker blocker(m_ui->backupCombo);
    m_ui->backupCombo->clear();
    if (!serviceName().isEmpty()) {
        for (const QString &file : arm::listBackups(m_backupDir, serviceName()))
            m_ui->backupCombo->addItem(QFileInfo(file).fileName(), file);
    }
    const int index = m_ui->backupCombo->findData(current);
    m_ui->backupCombo->setCurrentIndex(index >= 0 ? index : (m_ui->backupCombo->count() ? 0 : -1));
    updateActions();
}

} // namespace mlr::gui
