#include "evaluatepage.h"

#include "ui_evaluatepage.h"

namespace mlr::gui {

EvaluatePage::EvaluatePage(WizardState *state, QWidget *parent)
    : WizardPage(state, parent)
    , m_ui(std::make_unique<Ui::EvaluatePage>())
{
    m_ui->setupUi(this);
    setTitle(tr("Evaluate the new model"));
    setSubTitle(tr("Compare the retrained model with the one in production before you deploy it."));
}

EvaluatePage::~EvaluatePage() = default;

} // namespace mlr::gui
