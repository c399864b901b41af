#pragma once

#include "wizardpage.h"

#include <memory>

namespace Ui {
class UpdatePage;
}

namespace mlr::gui {

// Step "Update". Not implemented yet: the page describes what the step will do and lets
// the user move on; it starts no job.
class UpdatePage : public WizardPage
{
    Q_OBJECT

public:
    explicit UpdatePage(WizardState *state, QWidget *parent = nullptr);
    ~UpdatePage() override;

private:
    std::unique_ptr<Ui::UpdatePage> m_ui;
};

} // namespace mlr::gui
