#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QMessageBox;
class QPushButton;
class QWidget;

namespace mlr {
class SecretBatchJob;
}

namespace mlr::gui {

class InlineMessage;
class WizardState;

// Drives the profile row of the Credentials page: the profile combo, New / Rename /
// Delete, the inline name editor (with the kind of a new profile: classic or azureml) and the
// profile message. It owns none of the widgets.
// Renaming and deleting also move or delete the profile's secrets (asynchronously);
// while that runs the row is disabled and isBusy() is true.
class ProfileBar : public QObject
{
    Q_OBJECT

public:
    struct Widgets
    {
        QComboBox *combo;
        QPushButton *newButton;
        QPushButton *renameButton;
        QPushButton *deleteButton;
        QWidget *nameEditor; // holds the name label, edit and buttons
        QLineEdit *nameEdit;
        QLabel *kindLabel; // the kind of a new profile (hidden when renaming)
        QComboBox *kindCombo;
        QPushButton *nameAccept;
        QPushButton *nameCancel;
        InlineMessage *message;
    };

    // `state` must outlive the bar.
    ProfileBar(const Widgets &widgets, WizardState *state, QObject *parent);
    ~ProfileBar() override;

    // Refills the combo from the profile store and selects `name` (the first profile when
    // it is not there). Always emits currentProfileChanged().
    void reload(const QString &name);
    QString currentName() const;
    bool isBusy() const { return m_batch != nullptr; }

Q_SIGNALS:
    // The user (or reload()) selected another profile. Not emitted while a rename or a
    // removal is under way; emitted once it is done.
    void currentProfileChanged(const QString &name);
    void busyChanged(bool busy);

private:
    enum class NameMode
    {
        Create,
        Rename
    };

    void updateButtons();
    void openNameEditor(NameMode mode);
    void closeNameEditor();
    void acceptName();
    void confirmDelete();
    void removeCurrent();
    // Runs `job` (moving or deleting secrets) and then reloads selecting `select`.
    void runBatch(SecretBatchJob *job, const QString &select, const QString &doneText);

    Widgets m_w;
    WizardState *m_state;
    NameMode m_nameMode = NameMode::Create;
    bool m_reloading = false;
    std::unique_ptr<SecretBatchJob> m_batch;
    QPointer<QMessageBox> m_confirm;
};

} // namespace mlr::gui
