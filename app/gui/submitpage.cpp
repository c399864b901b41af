#include "submitpage.h"

#include "ui_submitpage.h"

namespace mlr::gui {

SubmitPage::SubmitPage(WizardState *state, QWidget *parent)
    : WizardPage(state, parent)
    , m_ui(std::make_unique<Ui::SubmitPage>())
{
    m_ui->setupUi(this);
    setTitle(tr("Submit the retraining job"));
    setSubTitle(tr("Upload the new training data and run the retraining web service on it."));
}

SubmitPage::~SubmitPage() = default;

} // namespace mlr::gui
