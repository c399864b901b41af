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
    // Page ids. The first five are the steps, in order (also the rows of the step list), and
    // their pages for a classic profile. The steps whose work differs for an Azure Machine
    // Learning (v2) profile have a page of their own, after them; pageFor() picks.
    enum PageId : int
    {
        CredentialsPageId,
        StoragePageId,
        SubmitPageId,
        EvaluatePageId,
        UpdatePageId,
        DatastorePageId, // step Storage, azureml
        AmlSubmitPageId, // step Submit, azureml
        RolloutPageId, // step Update, azureml
    };
    Q_ENUM(PageId)
    static constexpr int StepCount = UpdatePageId + 1;
    static constexpr int PageCount = RolloutPageId + 1;

    // `state` must outlive the wizard. The wizard opens on the page of step `startStep` for
    // the state's profile.
    explicit RetrainWizard(
        WizardState *state, PageId startStep = CredentialsPageId, QWidget *parent = nullptr);

    // The step a page belongs to (CredentialsPageId ... UpdatePageId).
    static PageId stepOf(int pageId);
    // The page of `step` for the current profile's kind (the back end is chosen here, once).
    PageId pageFor(PageId step) const;
    // Next: the page of the following step for the profile the Credentials step accepted.
    int nextId() const override;

    StepList *stepList() const { return m_stepList; }
    // The size the wizard opens with where the screen allows it (and in screenshots).
    static QSize defaultSize() { return { 1100, 780 }; }

    WizardPage *wizardPage(PageId id) const;

    // "credentials", "storage", "submit", "evaluate", "update" (the --page names): the name
    // of the page's step.
    static QString pageName(PageId id);
    static std::optional<PageId> pageIdFromName(const QString &name);

    // The help window of the current step (Help button or F1); created on first use, owned
    // by the wizard. Null until then.
    HelpDialog *helpDialog() const { return m_helpDialog; }
    void showHelp();

private:
    void updateStepList();

    WizardState *m_state;
    StepList *m_stepList;
    HelpDialog *m_helpDialog = nullptr;
};

} // namespace mlr::gui
