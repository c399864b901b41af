#pragma once

#include "wizardpage.h"

#include <memory>

namespace Ui {
class SubmitPage;
}

namespace mlr::gui {

// Step "Submit". Not implemented yet: the page describes what the step will do and lets
// the user move on; it starts no job.
class SubmitPage : public WizardPage
{
    Q_OBJECT

public:
    explicit SubmitPage(WizardState *state, QWidget *parent = nullptr);
    ~SubmitPage() override;

private:
    std::unique_ptr<Ui::SubmitPage> m_ui;
};

} // namespace mlr::gui
