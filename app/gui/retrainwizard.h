#pragma once

#include <QWizard>

#include <optional>

namespace mlr::gui {

class HelpDialog;
class StepList;
class WizardPage;
class WizardState;

// The main window: a QWizard with one page per step and a step list on the left.
// Cross-page state lives in the WizardState given to every page, never in the wizard.
class RetrainWizard : public QWizard
{
    Q_OBJECT

public:
    // Page ids, in step order; also the rows of the step list.
    enum PageId : int
    {
        CredentialsPageId,
        StoragePageId,
        SubmitPageId,
        EvaluatePageId,
        UpdatePageId,
    };
    Q_ENUM(PageId)
    static constexpr int PageCount = UpdatePageId + 1;

    // `state` must outlive the wizard. The wizard opens on `startPage`.
    explicit RetrainWizard(
        WizardState *state, PageId startPage = CredentialsPageId, QWidget *parent = nullptr);

    StepList *stepList() const { return m_stepList; }
    // The size the wizard opens with where the screen allows it (and in screenshots).
    static QSize defaultSize() { return { 1100, 780 }; }

    WizardPage *wizardPage(PageId id) const;

    // "credentials", "storage", "submit", "evaluate", "update" (the --page names).
    static QString pageName(PageId id);
    static std::optional<PageId> pageIdFromName(const QString &name);

    // The help window of the current step (Help button or F1); created on first use, owned
    // by the wizard. Null until then.
    HelpDialog *helpDialog() const { return m_helpDialog; }
    void showHelp();

private:
    void updateStepList();

    StepList *m_stepList;
    HelpDialog *m_helpDialog = nullptr;
};

} // namespace mlr::gui
