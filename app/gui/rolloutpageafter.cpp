// RolloutPage, part 3: Roll back (to the last roll-out's handle or a chosen backup) and Retire
// old deployment (guarded), each followed by a read of the endpoint.
#include "azureml/retirejob.h"
#include "azureml/rollbackjob.h"
#include "deploymentsmodel.h"
#include "history/amlhistory.h"
#include "rolloutpage.h"
#include "ui_rolloutpage.h"
#include "wizardstate.h"

#include <QFileInfo>

namespace mlr::gui {

using namespace mlr::azureml;

void RolloutPage::rollback()
{
    m_ui->retireMessage->clear();
    const QString file = m_ui->backupCombo->currentData().toString();
    RollbackHandle handle;
    if (file.isEmpty()) {
        if (!m_lastRollout || !m_lastRollout->rollback.isValid())
            return;
        handle = m_lastRollout->rollback;
    } else {
        Error invalid;
        const auto backup = readRolloutBackup(file, &invalid);
        if (!backup)
            return m_ui->retireMessage->showMessage(
                InlineMessage::Kind::Error, tr("%1 Nothing was changed.").arg(invalid.message()));
        handle = backup->rollback;
    }
    if (handle.endpoint.compare(state()->profile().endpoint, Qt::CaseInsensitive) != 0)
        return m_ui->retireMessage->showMessage(InlineMessage::Kind::Error,
            tr("The backup is of endpoint %1, not %2. Nothing was changed.")
                .arg(handle.endpoint, state()->profile().endpoint));
    addTimeline(tr("Rolling back to %1…").arg(describeTraffic(handle.traffic)));
    m_rollback = std::make_unique<RollbackJob>(state()->network(), tokens(), target(), handle);
    tune(*m_rollback);
    m_rollback->setReadBack(m_readAttempts, m_readDelay);
    connect(m_rollback.get(), &RollbackJob::stepChanged, this, &RolloutPage::addTimeline);
    connect(m_rollback.get(), &RollbackJob::finished, this,
        [this, file](const RollbackResult &r, const Error &error) {
            m_rollback.release()->deleteLater(); // the emitter
            appendHistory(history::rollbackEvent(state()->profile().name, r, file, error));
            const QString where = r.traffic.known
                ? tr("traffic read back: %1").arg(describeTraffic(r.traffic.readBack))
                : tr("the traffic could not be read back");
            addTimeline(tr("Rollback: %1.").arg(where));
            if (r.traffic.known)
                showEndpoint(m_model->deployments(), r.traffic.readBack, true);
            if (error) {
                m_ui->retireMessage->showMessage(
                    InlineMessage::Kind::Error, tr("%1\nThe endpoint: %2.").arg(error.message(), where));
            } else {
                m_rolledBackFile = file;
                m_rolledBackTo = r.traffic.readBack;
                m_ui->retireMessage->showMessage(
                    InlineMessage::Kind::Positive, tr("Rolled back: %1.").arg(where));
            }
            setWorking(false);
            readEndpoint();
        });
    setWorking(true);
    m_rollback->start();
}

void RolloutPage::retire(bool confirmed)
{
    m_ui->retireMessage->setActionText({});
    // The old deployment: the last roll-out's, else the previous deployment of the newest backup.
    QString old, successor, targetFile;
    if (m_lastRollout && !m_lastRollout->oldDeployment.isEmpty()) {
        old = m_lastRollout->oldDeployment;
        successor = m_lastRollout->newDeployment;
    }
    const QStringList backups = listRolloutBackups(backupDirectory(), state()->profile().endpoint);
    std::optional<RolloutBackup> newest;
    if (!backups.isEmpty())
        newest = readRolloutBackup(backups.first(), nullptr);
    if (old.isEmpty() && newest) {
        old = newest->rollback.previousDeployment;
        successor = newest->rollback.candidate;
    }
    if (old.isEmpty())
        return m_ui->retireMessage->showMessage(InlineMessage::Kind::Error,
            tr("There is no roll-out of endpoint %1 to retire the old deployment of.")
                .arg(state()->profile().endpoint));
    const TrafficMap traffic = m_model->traffic();
    if (trafficOf(traffic, old) > 0 || (!successor.isEmpty() && trafficOf(traffic, successor) != 100))
        return m_ui->retireMessage->showMessage(InlineMessage::Kind::Error,
            tr("%1 still has %2 % of the traffic: retire it only once %3 has all of it. Nothing was changed "
               "(traffic: %4).")
                .arg(old)
                .arg(trafficOf(traffic, old))
                .arg(successor.isEmpty() ? tr("the new deployment") : successor, describeTraffic(traffic)));
    const bool isTarget
        = (m_lastRollout && m_lastRollout->rollback.previousDeployment.compare(old, Qt::CaseInsensitive) == 0)
        || (newest && newest->rollback.previousDeployment.compare(old, Qt::CaseInsensitive) == 0);
    if (isTarget && !confirmed) {
        m_ui->retireMessage->showMessage(InlineMessage::Kind::Warning,
            tr("Deployment %1 is the rollback target of the last roll-out: once it is deleted, a rollback "
               "means creating it again. Retire it anyway?")
                .arg(old));
        m_ui->retireMessage->setActionText(tr("Retire &anyway"));
        return;
    }
    m_ui->retireMessage->clear();
    addTimeline(tr("Retiring deployment %1…").arg(old));
    m_retire = std::make_unique<RetireJob>(
        state()->network(), tokens(), target(), state()->profile().endpoint, old, successor);
    m_retire->setRetryPolicy(RetryPolicy { 3, m_pollFirst / 4, m_pollMax });
    m_retire->setPollInterval(m_pollFirst, m_pollMax);
    connect(m_retire.get(), &RetireJob::stepChanged, this, &RolloutPage::addTimeline);
    connect(m_retire.get(), &RetireJob::finished, this, [this](const RetireResult &r, const Error &error) {
        m_retire.release()->deleteLater(); // the emitter
        if (r.deleted) {
            appendHistory(history::retireEvent(state()->profile().name, r));
            m_retired = r.deployment;
        }
        const QString where = tr("deployments %1; traffic %2")
                                  .arg(describeDeployments(r.deployments), describeTraffic(r.traffic));
        addTimeline(r.deleted ? tr("Deployment %1 is deleted.").arg(r.deployment) : where);
        if (error)
            m_ui->retireMessage->showMessage(
                InlineMessage::Kind::Error, tr("%1\nThe endpoint: %2.").arg(error.message(), where));
        else
            m_ui->retireMessage->showMessage(InlineMessage::Kind::Positive,
                tr("Deployment %1 is deleted; deployments now: %2.")
                    .arg(r.deployment, describeDeployments(r.deployments)));
        setWorking(false);
        readEndpoint();
    });
    setWorking(true);
    m_retire->start();
}

} // namespace mlr::gui
