#include "retrainwizard.h"

#include "amlsubmitpage.h"
#include "credentialspage.h"
#include "datastorepage.h"
#include "evaluatepage.h"
#include "helpdialog.h"
#include "icons.h"
#include "languageselector.h"
#include "ml/jobjournal.h"
#include "pagehelp.h"
#include "rolloutpage.h"
#include "steplist.h"
#include "storagepage.h"
#include "submitpage.h"
#include "updatepage.h"
#include "wizardstate.h"
#include "workspacesession.h"

#include <QGuiApplication>
#include <QKeySequence>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QShortcut>
#include <QTimer>
#include <QVBoxLayout>

#include <array>

namespace mlr::gui {

namespace {
constexpr std::array<QStringView, RetrainWizard::StepCount> pageNames = {
    u"credentials",
    u"storage",
    u"submit",
    u"evaluate",
    u"update",
};

// At start, a job of the journal that has not ended may be followed again (the Submit step
// re-attaches to WizardState::jobId()): the newest of the current profile's kind (a BES job for
// a classic profile, an Azure ML job for an azureml one), naming its profile. A non-modal
// question: the wizard stays usable.
void offerReattach(RetrainWizard *wizard, WizardState *state)
{
    if (!state->jobId().isEmpty())
        return;
    const bool azureMl = state->profile().isAzureMl();
    QList<ml::JobRecord> unfinished = ml::JobJournal().unfinished();
    unfinished.removeIf(
        [azureMl](const ml::JobRecord &r) { return (r.kind == ml::JobKind::AzureMl) != azureMl; });
    if (unfinished.isEmpty())
        return;
    const ml::JobRecord job = unfinished.last(); // the newest
    const QString submitted = QLocale().toString(job.submitted.toLocalTime(), QLocale::ShortFormat);
    const QString text = azureMl
        ? RetrainWizard::tr(
            "Azure Machine Learning job %1 retraining endpoint %2 (profile '%3', submitted %4) "
            "had not ended when the wizard last closed. Follow it on the Submit step?")
              .arg(job.jobId, job.serviceName, job.profile, submitted)
        : RetrainWizard::tr("Job %1 of %2 (profile '%3', submitted %4) had not ended when the wizard last "
                            "closed. Follow it on the "
                            "Submit step?")
              .arg(job.jobId, job.serviceName, job.profile, submitted);
    auto *box = new QMessageBox(QMessageBox::Question, RetrainWizard::tr("Retraining job still running"),
        text, QMessageBox::NoButton, wizard);
    box->setObjectName(QStringLiteral("reattachOffer"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setAttribute(Qt::WA_ShowWithoutActivating);
    box->setWindowModality(Qt::NonModal);
    QPushButton *follow = box->addButton(RetrainWizard::tr("&Follow the job"), QMessageBox::AcceptRole);
    follow->setObjectName(QStringLiteral("reattachButton"));
    box->addButton(RetrainWizard::tr("&Not now"), QMessageBox::RejectRole);
    QObject::connect(follow, &QPushButton::clicked, state, [state, id = job.jobId] { state->setJobId(id); });
    box->show();
}
} // namespace

RetrainWizard::RetrainWizard(WizardState *state, PageId startStep, QWidget *parent)
    : QWizard(parent)
    , m_state(state)
    , m_stepList(new StepList(this))
{
    setObjectName(QStringLiteral("retrainWizard"));
    setWindowTitle(tr("ML Retrain Wizard"));
    setWindowIcon(icons::appIcon());
    setAccessibleName(tr("ML Retrain Wizard"));
    setWizardStyle(QWizard::ModernStyle);
    setOptions(QWizard::NoBackButtonOnStartPage | QWizard::NoDefaultButton | QWizard::HaveHelpButton);
    setButtonText(QWizard::HelpButton, tr("Help")); // F1; no mnemonic: Alt+H is taken on some steps
    if (QAbstractButton *help = button(QWizard::HelpButton)) {
        help->setObjectName(QStringLiteral("helpButton"));
        help->setToolTip(tr("What this step does, and the equivalent commands (F1)"));
    }
    connect(this, &QWizard::helpRequested, this, &RetrainWizard::showHelp);
    // Not the button's own shortcut: QAbstractButton::setText() resets that on every step.
    auto *f1 = new QShortcut(QKeySequence::HelpContents, this);
    connect(f1, &QShortcut::activated, this, &RetrainWizard::showHelp);

    setPage(CredentialsPageId, new CredentialsPage(state, this));
    setPage(StoragePageId, new StoragePage(state, this));
    setPage(SubmitPageId, new SubmitPage(state, this));
    setPage(EvaluatePageId, new EvaluatePage(state, this));
    setPage(UpdatePageId, new UpdatePage(state, this));
    // Azure Machine Learning (v2): the pages of the steps that differ.
    setPage(DatastorePageId, new DatastorePage(state, this));
    setPage(AmlSubmitPageId, new AmlSubmitPage(state, this));
    setPage(RolloutPageId, new RolloutPage(state, this));
    setStartId(pageFor(stepOf(startStep)));

    m_stepList->addStep(tr("Credentials"));
    m_stepList->addStep(tr("Storage"));
    m_stepList->addStep(tr("Submit"));
    m_stepList->addStep(tr("Evaluate"));
    m_stepList->addStep(tr("Update"));
    // The side panel: the steps, and under them the language (applies after a restart, which
    // is offered only while no page is busy).
    auto *side = new QWidget(this);
    auto *column = new QVBoxLayout(side);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(m_stepList, 1);
    auto *language = new LanguageSelector(side, nullptr, Qt::Vertical);
    column->addWidget(language);
    setSideWidget(side);
    language->setRestartAllowed([this] {
        for (const int id : pageIds()) {
            if (wizardPage(static_cast<PageId>(id))->isBusy())
                return false;
        }
        return true;
    });
    for (const int id : pageIds())
        connect(wizardPage(static_cast<PageId>(id)), &WizardPage::busyChanged, language,
            &LanguageSelector::refreshRestartAllowed);
    connect(this, &QWizard::currentIdChanged, this, &RetrainWizard::updateStepList);
    connect(this, &QWizard::currentIdChanged, this, [this] {
        if (m_helpDialog && m_helpDialog->isVisible())
            showHelp();
    });
    updateStepList();
    QTimer::singleShot(0, this, [this, state] { offerReattach(this, state); });
    // An Azure Machine Learning profile signs in as last time (keychain), for every step.
    if (state->profile().isAzureMl())
        state->workspaceSession().resume(state->profile(), state->secrets(), state->network());

    // Room for the Evaluate step's charts and tables; at most 90 % of the screen.
    QSize size = defaultSize();
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableGeometry().size() * 0.9);
    resize(size);
}

RetrainWizard::PageId RetrainWizard::stepOf(int pageId)
{
    switch (pageId) {
    case DatastorePageId:
        return StoragePageId;
    case AmlSubmitPageId:
        return SubmitPageId;
    case RolloutPageId:
        return UpdatePageId;
    default:
        return pageId >= 0 && pageId < StepCount ? static_cast<PageId>(pageId) : CredentialsPageId;
    }
}

RetrainWizard::PageId RetrainWizard::pageFor(PageId step) const
{
    step = stepOf(step);
    if (!m_state->profile().isAzureMl())
        return step;
    PageId page = step;
    switch (step) {
    case StoragePageId:
        page = DatastorePageId;
        break;
    case SubmitPageId:
        page = AmlSubmitPageId;
        break;
    case UpdatePageId:
        page = RolloutPageId;
        break;
    default:
        break;
    }
    return this->page(page) ? page : step; // a v2 page not built yet: the step's classic one
}

int RetrainWizard::nextId() const
{
    const int step = stepOf(currentId());
    return step + 1 < StepCount ? pageFor(static_cast<PageId>(step + 1)) : -1;
}

WizardPage *RetrainWizard::wizardPage(PageId id) const
{
    return qobject_cast<WizardPage *>(page(id));
}

QString RetrainWizard::pageName(PageId id)
{
    return pageNames.at(static_cast<std::size_t>(stepOf(id))).toString();
}

std::optional<RetrainWizard::PageId> RetrainWizard::pageIdFromName(const QString &name)
{
    for (std::size_t i = 0; i < pageNames.size(); ++i) {
        if (name.compare(pageNames[i], Qt::CaseInsensitive) == 0)
            return static_cast<PageId>(i);
    }
    return std::nullopt;
}

void RetrainWizard::showHelp()
{
    const int id = currentId() >= 0 ? currentId() : startId();
    if (!m_helpDialog)
        m_helpDialog = new HelpDialog(this);
    m_helpDialog->setHelp(pageHelp(pageName(static_cast<PageId>(id)), m_state->profile().isAzureMl()));
    m_helpDialog->show();
    m_helpDialog->raise();
    m_helpDialog->activateWindow();
}

// A step is done when the user went past it: it is in the history before the current page.
void RetrainWizard::updateStepList()
{
    const int current = stepOf(currentId() >= 0 ? currentId() : startId());
    QList<int> done;
    const QList<int> history = visitedIds();
    for (const int id : history) {
        if (stepOf(id) != current)
            done.append(stepOf(id));
    }
    m_stepList->setProgress(current, done);
}

} // namespace mlr::gui
