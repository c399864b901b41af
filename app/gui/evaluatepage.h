#pragma once

#include "wizardpage.h"

#include <memory>

namespace Ui {
class EvaluatePage;
}

namespace mlr::gui {

// Step "Evaluate". Not implemented yet: the page describes what the step will do and lets
// the user move on; it starts no job.
class EvaluatePage : public WizardPage
{
    Q_OBJECT

public:
    explicit EvaluatePage(WizardState *state, QWidget *parent = nullptr);
    ~EvaluatePage() override;

private:
    std::unique_ptr<Ui::EvaluatePage> m_ui;
};

} // namespace mlr::gui
