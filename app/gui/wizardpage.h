#pragma once

#include <QWizardPage>

namespace mlr::gui {

class WizardState;

// Base of every step of the wizard: gives the page the shared, typed state and a way to
// say that it is waiting for a job. Pages never reach into each other or the wizard.
class WizardPage : public QWizardPage
{
    Q_OBJECT

public:
    // `state` must outlive the page.
    explicit WizardPage(WizardState *state, QWidget *parent = nullptr);

    // True while the page waits for the result of a job it started (loading, connecting,
    // saving...). busyChanged() fires whenever this changes.
    virtual bool isBusy() const { return false; }

Q_SIGNALS:
    void busyChanged(bool busy);

protected:
    WizardState *state() const { return m_state; }

private:
    WizardState *m_state;
};

} // namespace mlr::gui
