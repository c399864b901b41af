// The parts of the Update page that other components plug into: the promotion gate verdict
// and the timeline (history::HistoryStore), the smoke test (arm::SmokeCheckJob) and the
// decision report (report::writeReport).
#include "arm/smokecheck.h"
#include "decisionreport.h"
#include "history/history.h"
#include "reportsavedialog.h"
#include "ui_updatepage.h"
#include "updatepage.h"
#include "wizardstate.h"

#include <QDir>
#include <QFileDialog>
#include <QLocale>

namespace mlr::gui {

void UpdatePage::loadGate()
{
    m_gateKnown = false;
    m_gatePassed = false;
    m_verdict = {};
    // This session's Evaluate step first (it may still be on its way to the history file),
    // else the last evaluation the history recorded for the job (another session, the CLI).
    if (m_job && m_job->jobId == state()->jobId() && state()->comparison()) {
        m_gateKnown = true;
        m_verdict = state()->verdict();
        m_gatePassed = m_verdict.passed;
    } else if (const std::optional<history::Event> evaluation
        = m_job ? history::HistoryStore().lastEvaluation(m_job->jobId) : std::nullopt) {
        m_gateKnown = true;
        m_gatePassed = evaluation->details.value(QStringLiteral("passed")).toBool();
        m_verdict.passed = m_gatePassed;
        m_verdict.summary
            = evaluation->details.value(QStringLiteral("verdict"), evaluation->summary).toString();
    }
    showGate();
}

void UpdatePage::showGate()
{
    // After an update of this job without a passed gate: a note of that decision, not a
    // warning (or a "before you update") above the result.
    const bool ungated = m_ungated && m_job && m_ungated->jobId == m_job->jobId && !m_gatePassed;
    const QString at = ungated
        ? QLocale().toString(m_ungated->when.toLocalTime().time(), QLocale::ShortFormat)
        : QString();
    if (!m_gateKnown) {
        if (ungated && !m_ungated->rolledBack)
            m_ui->gateMessage->showMessage(InlineMessage::Kind::Information,
                tr("No evaluation of this job is recorded: you updated %1 with it at %2 without one.")
                    .arg(m_ungated->service, at));
        else
            m_ui->gateMessage->showMessage(InlineMessage::Kind::Information,
                tr("No evaluation of this job is recorded: check it on the Evaluate step before you "
                   "update."));
        return;
    }
    if (m_gatePassed) {
        m_ui->gateMessage->showMessage(
            InlineMessage::Kind::Positive, tr("Promotion gate passed: %1").arg(m_verdict.summary));
        return;
    }
    if (ungated) {
        m_ui->gateMessage->showMessage(InlineMessage::Kind::Information,
            m_ungated->rolledBack
                ? tr("Promotion gate failed: %1 You overrode it to update %2 at %3; that update was rolled "
                     "back, so updating again needs a new override.")
                      .arg(m_verdict.summary, m_ungated->service, at)
                : tr("Promotion gate failed: %1 You overrode it and updated %2 at %3.")
                      .arg(m_verdict.summary, m_ungated->service, at));
        return;
    }
    m_ui->gateMessage->showMessage(InlineMessage::Kind::Warning,
        tr("Promotion gate failed: %1 Updating needs an explicit override.").arg(m_verdict.summary));
}

void UpdatePage::refreshHistory()
{
    m_ui->historyList->clear();
    history::HistoryStore store;
    const QList<history::Event> events = store.events();
    for (const history::Event &e : events) {
        const QString when = QLocale().toString(e.when.toLocalTime(), QLocale::ShortFormat);
        m_ui->historyList->addItem(
            tr("%1  %2  %3  (%4)").arg(when, history::eventKindText(e.kind), e.summary, e.who));
    }
    if (events.isEmpty())
        m_ui->historyList->addItem(tr("Nothing recorded yet."));
    if (!store.loadError().isEmpty())
        m_ui->historyList->addItem(tr("The history file could not be read: %1").arg(store.loadError()));
}

void UpdatePage::recordHistory(const arm::ModelUpdateResult &result, bool rollback, const QString &smokeText)
{
    if (result.state == arm::ServiceState::Unchanged && result.backupFile.isEmpty())
        return; // refused or failed before anything was written: nothing happened to record
    history::Event e = history::updateEvent(state()->profile().name, result, rollback);
    if (m_job && !rollback)
        e.jobId = m_job->jobId;
    if (!smokeText.isEmpty())
        e.details.insert(QStringLiteral("smoke"), smokeText);
    history::appendInBackground(e, this, [this](const Error &error) {
        refreshHistory();
        if (error)
            m_ui->resultMessage->showMessage(m_ui->resultMessage->kind(),
                m_ui->resultMessage->text() + u' '
                    + tr("(Not recorded in the history: %1)").arg(error.message()));
    });
}

bool UpdatePage::canSmokeTest() const
{
    const Profile &p = state()->profile();
    return !p.predictiveRequestUrl.isEmpty() && !m_predictiveKey.isEmpty()
        && serviceName() == p.predictiveServiceName;
}

void UpdatePage::showSmoke(const arm::GuardedUpdateResult &r)
{
    if (!r.smokeBeforeError.isEmpty()) {
        m_ui->smokeMessage->showMessage(InlineMessage::Kind::Warning,
            tr("No smoke test: scoring before the change failed (%1).").arg(r.smokeBeforeError));
        return;
    }
    switch (r.smoke) {
    case arm::SmokeOutcome::NotRun:
        return;
    case arm::SmokeOutcome::Changed:
        m_ui->smokeMessage->showMessage(InlineMessage::Kind::Positive, tr("Smoke test: %1").arg(r.smokeText));
        return;
    case arm::SmokeOutcome::Unchanged:
        m_ui->smokeMessage->showMessage(InlineMessage::Kind::Warning,
            tr("Predictions unchanged: %1 The service may still serve the old model.").arg(r.smokeText));
        return;
    case arm::SmokeOutcome::ScoringErrors:
        m_ui->smokeMessage->showMessage(InlineMessage::Kind::Error, r.smokeText);
        return;
    case arm::SmokeOutcome::NotComparable:
    case arm::SmokeOutcome::Failed:
        m_ui->smokeMessage->showMessage(InlineMessage::Kind::Warning, r.smokeText);
        return;
    }
}

void UpdatePage::openReportDialog()
{
    openReportSaveDialog(
        this, m_reportDialog, [this] { return decisionReport(); },
        [this] {
            m_writingReport = true;
            setBusy(true);
            m_ui->reportButton->setEnabled(false);
            m_ui->actionMessage->showMessage(InlineMessage::Kind::Information, tr("Writing the report…"));
        },
        [this](const QString &path, const Error &error) {
            m_writingReport = false;
            setBusy(bool(m_update) || bool(m_plan) || bool(m_list) || bool(m_signIn));
            m_ui->reportButton->setEnabled(true);
            if (error)
                m_ui->actionMessage->showMessage(InlineMessage::Kind::Error, error.message());
            else
                m_ui->actionMessage->showMessage(InlineMessage::Kind::Positive,
                    tr("Report saved to %1.").arg(QDir::toNativeSeparators(path)));
        });
}

Error UpdatePage::saveReport(const QString &path)
{
    return report::writeReport(decisionReport(), path);
}

report::DecisionReport UpdatePage::decisionReport() const
{
    report::DecisionReport r;
    r.profile = state()->profile().name;
    r.service = serviceName().isEmpty() ? state()->profile().predictiveServiceName : serviceName();
    if (m_job)
        r.job = *m_job;
    r.verdict = m_verdict;
    // The Evaluate step's comparison of this job, when it ran in this session (metrics and charts).
    if (m_job && m_job->jobId == state()->jobId() && state()->comparison()) {
        r.comparison = state()->comparison();
        r.verdict = state()->verdict();
    }
    r.update = m_lastUpdate ? m_lastUpdate : m_lastResult;
    r.rolledBack = m_rolledBack;
    if (r.update)
        r.rollbackHandle = r.update->backupFile;
    else if (m_ui->backupCombo->currentIndex() >= 0)
        r.rollbackHandle = m_ui->backupCombo->currentData().toString();
    r.generated = QDateTime::currentDateTimeUtc();
    return r;
}

} // namespace mlr::gui
