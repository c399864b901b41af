#include "wizardpage.h"

namespace mlr::gui {

WizardPage::WizardPage(WizardState *state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
{
}

} // namespace mlr::gui
