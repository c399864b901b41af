// The Update page's update and rollback: the smoke test before, arm::ModelUpdateJob on a
// timeline, the smoke test after, the result, the history and the backups.
#include "arm/definition.h"
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

void UpdatePage::startUpdate(const QString &uri, bool rollback)
{
    if (!m_tokens || serviceName().isEmpty() || uri.isEmpty() || m_update || m_smoke)
        return;
    m_rollingBack = rollback;
    m_pendingUri = uri;
    m_smokeBefore.reset();
    m_ui->timelineList->clear();
    m_ui->resultMessage->clear();
    m_ui->smokeMessage->clear();
    addTimeline(rollback ? tr("Rolling %1 back to %2").arg(serviceName(), uri)
                         : tr("Updating %1 to %2").arg(serviceName(), uri));
    setBusy(true);
    if (canSmokeTest())
        smokeTest(false); // then runUpdateJob()
    else
        runUpdateJob();
    updateActions();
}

void UpdatePage::runUpdateJob()
{
    arm::ModelUpdateRequest request;
    request.serviceName = serviceName();
    request.modelUri = QUrl(m_pendingUri);
    request.assetId = m_planned ? m_planned->assetId : QString();
    request.backupDirectory = m_backupDir;
    m_update = std::make_unique<arm::ModelUpdateJob>(state()->network(), m_tokens.get(), target(), request);
    m_update->setPollInterval(m_pollFirst, m_pollMax);
    m_update->setRetryPolicy(m_policy);
    connect(m_update.get(), &arm::ModelUpdateJob::stepChanged, this,
        [this](arm::ModelUpdateJob::Step, const QString &text) { addTimeline(text); });
    connect(m_update.get(), &arm::ModelUpdateJob::backedUp, this, [this](const QString &file) {
        addTimeline(tr("Backed up to %1").arg(QDir::toNativeSeparators(file)));
    });
    connect(m_update.get(), &arm::ModelUpdateJob::operationProgress, this,
        [this](const QString &status, double p) {
            addTimeline(p >= 0 ? tr("Operation: %1 (%2 %)").arg(status).arg(qRound(p * 100))
                               : tr("Operation: %1").arg(status));
        });
    connect(m_update.get(), &arm::ModelUpdateJob::finished, this, &UpdatePage::onUpdated);
    m_update->start();
    updateActions();
}

void UpdatePage::cancelUpdate()
{
    if (!m_update && !m_smoke)
        return;
    m_update.reset();
    m_smoke.reset();
    m_pendingResult.reset();
    addTimeline(tr("Stopped following the update."));
    m_ui->resultMessage->showMessage(InlineMessage::Kind::Warning,
        tr("Stopped following the update of %1: the change may or may not have been applied. "
           "Check the service before you try again.")
            .arg(serviceName()));
    setBusy(false);
    updateActions();
}

void UpdatePage::onUpdated(const arm::ModelUpdateResult &result, const Error &error)
{
    m_update.release()->deleteLater();
    if (result.state == arm::ServiceState::Updated && !error && m_smokeBefore) {
        m_pendingResult = result;
        m_pendingError = error;
        smokeTest(true); // then finishUpdate()
        return;
    }
    finishUpdate(result, error, QString(), false);
}

void UpdatePage::finishUpdate(
    const arm::ModelUpdateResult &result, const Error &error, const QString &smokeText, bool smokeUnchanged)
{
    m_pendingResult.reset();
    setBusy(false);
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
    QString text = resultText(result, m_rollingBack);
    if (error && result.state != arm::ServiceState::NotApplied && !text.contains(error.message()))
        text = text.isEmpty() ? error.message() : text + u' ' + error.message();
    m_ui->resultMessage->showMessage(ok
            ? InlineMessage::Kind::Positive
            : (result.state == arm::ServiceState::Unchanged ? InlineMessage::Kind::Warning
                                                            : InlineMessage::Kind::Error),
        text);
    if (!smokeText.isEmpty())
        m_ui->smokeMessage->showMessage(
            smokeUnchanged ? InlineMessage::Kind::Warning : InlineMessage::Kind::Positive, smokeText);
    addTimeline(ok ? tr("Done.") : tr("Ended: %1").arg(arm::serviceStateName(result.state)));
    m_ui->confirmCheck->setChecked(false); // each change is confirmed (and overridden) anew
    m_ui->overrideCheck->setChecked(false);
    recordHistory(result, m_rollingBack, smokeText);
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
