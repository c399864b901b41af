// "Create services…" of the Credentials page: the ServicePairDialog and the pair it created
// put into the form as unsaved edits (service names applied to the profile on save).
#include "credentialsform.h"
#include "credentialspage.h"
#include "inlinemessage.h"
#include "servicepairdialog.h"
#include "ui_credentialspage.h"

namespace mlr::gui {

void CredentialsPage::openServicePairDialog()
{
    if (m_pairDialog) {
        m_pairDialog->raise();
        m_pairDialog->activateWindow();
        return;
    }
    auto *dialog = new ServicePairDialog(state(), m_profile, this);
    const QString profile = m_profile.name;
    connect(dialog, &ServicePairDialog::created, this,
        [this, profile](const ServicePair &pair) { servicePairCreated(profile, pair); });
    m_pairDialog = dialog;
    dialog->show();
}

// The pair goes into the form as unsaved edits when its profile is still the one shown;
// otherwise the user is told where it was created.
void CredentialsPage::servicePairCreated(const QString &profile, const ServicePair &pair)
{
    if (profile != m_profile.name || m_loadJob) {
        m_ui->resultMessage->showMessage(InlineMessage::Kind::Warning,
            tr("%1 and %2 were created for the profile %3, which is no longer shown: enter their "
               "endpoints and keys there.")
                .arg(pair.trainingName, pair.predictiveName, profile));
        return;
    }
    m_pairNames.insert(profile, { pair.trainingName, pair.predictiveName });
    m_ui->trainingUrlEdit->setText(pair.trainingBatchUrl);
    m_ui->trainingKeyEdit->setText(pair.trainingKey);
    m_ui->predictiveUrlEdit->setText(pair.predictiveRequestUrl);
    m_ui->predictiveKeyEdit->setText(pair.predictiveKey);
    m_form->showServicesProblem();
    // After filling the fields: editing them clears the result message.
    m_ui->resultMessage->showMessage(InlineMessage::Kind::Positive,
        tr("Created %1 and %2: their endpoints and keys are in the form. Save to keep them.")
            .arg(pair.trainingName, pair.predictiveName));
    updateActions();
    Q_EMIT completeChanged();
}

void CredentialsPage::applyPairNames(Profile *profile) const
{
    const auto it = m_pairNames.constFind(profile->name);
    if (it == m_pairNames.constEnd())
        return;
    profile->trainingServiceName = it->first;
    profile->predictiveServiceName = it->second;
}

} // namespace mlr::gui
