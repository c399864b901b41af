#include "updatepage.h"

#include "ui_updatepage.h"

namespace mlr::gui {

UpdatePage::UpdatePage(WizardState *state, QWidget *parent)
    : WizardPage(state, parent)
    , m_ui(std::make_unique<Ui::UpdatePage>())
{
    m_ui->setupUi(this);
    setTitle(tr("Update the predictive web service"));
    setSubTitle(tr("Point the predictive web service at the new trained model, with a way back."));
}

UpdatePage::~UpdatePage() = default;

} // namespace mlr::gui
