#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class HelpDialog;
}

namespace mlr::gui {

struct PageHelp;

// A non-modal window with the help of one wizard step: what it does and the equivalent
// mlretrain-cli commands, with a button that copies them. The wizard keeps one and shows
// it again with the help of the current step.
class HelpDialog : public QDialog
{
    Q_OBJECT

public:
    explicit HelpDialog(QWidget *parent = nullptr);
    ~HelpDialog() override;

    void setHelp(const PageHelp &help);
    QString commandsText() const;

private:
    std::unique_ptr<Ui::HelpDialog> m_ui;
};

} // namespace mlr::gui
