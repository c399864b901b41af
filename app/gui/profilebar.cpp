#include "profilebar.h"

#include "inlinemessage.h"
#include "profile/profilestore.h"
#include "secrets/secretstore.h"
#include "wizardstate.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>

namespace mlr::gui {

ProfileBar::ProfileBar(const Widgets &widgets, WizardState *state, QObject *parent)
    : QObject(parent)
    , m_w(widgets)
    , m_state(state)
{
    m_w.nameEditor->hide();
    m_w.kindCombo->addItem(tr("Azure ML Studio (classic) web services"), Profile::classicKind());
    m_w.kindCombo->addItem(tr("Azure Machine Learning workspace"), Profile::azuremlKind());
    connect(m_w.combo, &QComboBox::currentIndexChanged, this, [this] {
        updateButtons();
        closeNameEditor();
        if (!m_reloading)
            Q_EMIT currentProfileChanged(currentName());
    });
    connect(m_w.newButton, &QPushButton::clicked, this, [this] { openNameEditor(NameMode::Create); });
    connect(m_w.renameButton, &QPushButton::clicked, this, [this] { openNameEditor(NameMode::Rename); });
    connect(m_w.deleteButton, &QPushButton::clicked, this, &ProfileBar::confirmDelete);
    connect(m_w.nameAccept, &QPushButton::clicked, this, &ProfileBar::acceptName);
    connect(m_w.nameEdit, &QLineEdit::returnPressed, this, &ProfileBar::acceptName);
    connect(m_w.nameCancel, &QPushButton::clicked, this, &ProfileBar::closeNameEditor);
    connect(m_w.nameEdit, &QLineEdit::textChanged, this,
        [this](const QString &text) { m_w.nameAccept->setEnabled(!text.trimmed().isEmpty()); });
}

ProfileBar::~ProfileBar()
{
    if (m_confirm)
        m_confirm->deleteLater();
}

void ProfileBar::reload(const QString &name)
{
    QStringList names = m_state->profiles().names();
    if (!names.contains(Profile::localSandboxName()))
        names.prepend(Profile::localSandboxName());
    {
        m_reloading = true;
        const QSignalBlocker blocker(m_w.combo);
        m_w.combo->clear();
        m_w.combo->addItems(names);
        const int index = m_w.combo->findText(name);
        m_w.combo->setCurrentIndex(index >= 0 ? index : 0);
        m_reloading = false;
    }
    updateButtons();
    Q_EMIT currentProfileChanged(currentName());
}

QString ProfileBar::currentName() const
{
    return m_w.combo->currentText();
}

void ProfileBar::updateButtons()
{
    const bool busy = isBusy();
    const bool builtIn = currentName() == Profile::localSandboxName();
    m_w.combo->setEnabled(!busy);
    m_w.newButton->setEnabled(!busy);
    m_w.renameButton->setEnabled(!busy && !builtIn);
    m_w.deleteButton->setEnabled(!busy && !builtIn);
    // A disabled button still shows its tooltip, which says why it is disabled.
    m_w.renameButton->setToolTip(builtIn
            ? tr("The built-in “%1” profile cannot be renamed.").arg(currentName())
            : tr("Give this profile another name."));
    m_w.deleteButton->setToolTip(builtIn
            ? tr("The built-in “%1” profile cannot be deleted.").arg(currentName())
            : tr("Delete this profile and its secrets."));
}

void ProfileBar::openNameEditor(NameMode mode)
{
    m_nameMode = mode;
    m_w.message->clear();
    m_w.nameAccept->setText(mode == NameMode::Create ? tr("Create") : tr("Rename"));
    m_w.nameAccept->setAccessibleName(
        mode == NameMode::Create ? tr("Create the profile") : tr("Rename the profile"));
    m_w.nameEdit->setText(mode == NameMode::Create ? QString() : currentName());
    m_w.kindLabel->setVisible(mode == NameMode::Create);
    m_w.kindCombo->setVisible(mode == NameMode::Create);
    m_w.nameAccept->setEnabled(!m_w.nameEdit->text().isEmpty());
    m_w.nameEditor->show();
    m_w.nameEdit->selectAll();
    m_w.nameEdit->setFocus(Qt::OtherFocusReason);
}

void ProfileBar::closeNameEditor()
{
    if (!m_w.nameEditor->isHidden() && m_w.nameEditor->isAncestorOf(QApplication::focusWidget()))
        m_w.combo->setFocus(Qt::OtherFocusReason);
    m_w.nameEditor->hide();
}

void ProfileBar::acceptName()
{
    const QString name = m_w.nameEdit->text().trimmed();
    if (name.isEmpty())
        return;
    const bool exists = m_state->profiles().names().contains(name, Qt::CaseInsensitive)
        || name.compare(Profile::localSandboxName(), Qt::CaseInsensitive) == 0;
    if (m_nameMode == NameMode::Rename && name == currentName()) {
        closeNameEditor();
        return;
    }
    if (exists && name.compare(currentName(), Qt::CaseInsensitive) != 0) {
        m_w.message->showMessage(InlineMessage::Kind::Error,
            tr("A profile named “%1” already exists. Choose another name.").arg(name));
        return;
    }
    if (m_nameMode == NameMode::Create) {
        Profile profile;
        profile.name = name;
        profile.kind = m_w.kindCombo->currentData().toString();
        if (const Error error = m_state->profiles().save(profile)) {
            m_w.message->showMessage(InlineMessage::Kind::Error, error.message());
            return;
        }
        closeNameEditor();
        m_w.message->showMessage(InlineMessage::Kind::Information,
            tr("Profile “%1” created. Enter its credentials and save.").arg(name));
        reload(name);
        return;
    }
    const QString from = currentName();
    if (const Error error = m_state->profiles().rename(from, name)) {
        m_w.message->showMessage(InlineMessage::Kind::Error, error.message());
        return;
    }
    closeNameEditor();
    runBatch(m_state->secrets()->renameProfile(from, name, this), name,
        tr("Profile “%1” renamed to “%2”.").arg(from, name));
}

void ProfileBar::confirmDelete()
{
    if (m_confirm)
        return;
    const QString name = currentName();
    m_confirm = new QMessageBox(QMessageBox::Question, tr("Delete profile"),
        tr("Delete the profile “%1” and the secrets it keeps in the keychain?").arg(name),
        QMessageBox::Cancel, m_w.combo->window());
    QPushButton *deleteButton = m_confirm->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    m_confirm->setDefaultButton(QMessageBox::Cancel);
    m_confirm->setAttribute(Qt::WA_DeleteOnClose);
    m_confirm->setObjectName(QStringLiteral("deleteProfileConfirmation"));
    connect(m_confirm.data(), &QMessageBox::finished, this, [this, deleteButton, name] {
        // The profile must still be the one the user confirmed for.
        if (m_confirm && m_confirm->clickedButton() == deleteButton && currentName() == name)
            removeCurrent();
    });
    m_confirm->open();
}

void ProfileBar::removeCurrent()
{
    const QString name = currentName();
    if (const Error error = m_state->profiles().remove(name)) {
        m_w.message->showMessage(InlineMessage::Kind::Error, error.message());
        return;
    }
    runBatch(m_state->secrets()->removeProfile(name, this), Profile::localSandboxName(),
        tr("Profile “%1” deleted.").arg(name));
}

void ProfileBar::runBatch(SecretBatchJob *job, const QString &select, const QString &doneText)
{
    m_batch.reset(job);
    connect(job, &SecretBatchJob::finished, this, [this, select, doneText](const Error &error) {
        m_batch.release()->deleteLater();
        Q_EMIT busyChanged(false);
        if (error)
            m_w.message->showMessage(InlineMessage::Kind::Error,
                tr("%1 Its secrets could not all be updated in the keychain: %2")
                    .arg(doneText, error.message()));
        else
            m_w.message->showMessage(InlineMessage::Kind::Positive, doneText);
        reload(select);
    });
    updateButtons();
    Q_EMIT busyChanged(true);
    job->start();
}

} // namespace mlr::gui
