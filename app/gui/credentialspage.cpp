#include "credentialspage.h"

#include "amlcredentialspanel.h"
#include "arm/tokenprovider.h"
#include "credentialsform.h"
#include "inlinemessage.h"
#include "profile/profilestore.h"
#include "profilebar.h"
#include "secretbundlejob.h"
#include "secrets/secretstore.h"
#include "storage/blobservice.h"
#include "ui_credentialspage.h"
#include "wizardstate.h"
#include "workspacesession.h"

namespace mlr::gui {

namespace {
const QList<SecretKind> pageSecrets = { SecretKind::StorageAccountKey, SecretKind::StorageSas,
    SecretKind::TrainingApiKey, SecretKind::PredictiveApiKey, SecretKind::ArmClientSecret };
} // namespace

CredentialsPage::CredentialsPage(WizardState *state, QWidget *parent)
    : WizardPage(state, parent)
    , m_ui(std::make_unique<Ui::CredentialsPage>())
{
    m_ui->setupUi(this);
    setTitle(tr("Credentials"));
    setSubTitle(tr("Choose a connection profile and enter the storage account and web service credentials. "
                   "Secrets are kept in the system keychain, never in a file."));
    m_ui->busyBar->hide();
    alignFieldLabels();

    // An azureml profile's fields, in place of the storage and web service groups.
    m_aml = new AmlCredentialsPanel(state->network(), this);
    m_aml->setObjectName(QStringLiteral("amlPanel"));
    // The fields of one kind of profile (the accessibility tests check each kind's set).
    m_aml->setProperty("profileKind", Profile::azuremlKind());
    for (QWidget *classic : { static_cast<QWidget *>(m_ui->storageGroup),
             static_cast<QWidget *>(m_ui->servicesGroup), static_cast<QWidget *>(m_ui->testButton) })
        classic->setProperty("profileKind", Profile::classicKind());
    m_aml->hide();
    m_ui->pageLayout->insertWidget(m_ui->pageLayout->indexOf(m_ui->servicesGroup) + 1, m_aml);
    connect(m_aml, &AmlCredentialsPanel::completeChanged, this, &CredentialsPage::completeChanged);
    connect(m_aml, &AmlCredentialsPanel::busyChanged, this, &CredentialsPage::updateActions);
    connect(m_aml, &AmlCredentialsPanel::edited, this, [this] { m_ui->resultMessage->clear(); });
    // The wizard signed in from the keychain (WorkspaceSession::resume): the lists follow.
    connect(&state->workspaceSession(), &WorkspaceSession::signedInChanged, this, [this] {
        const WorkspaceSession &session = this->state()->workspaceSession();
        if (m_profile.isAzureMl() && this->state()->profile().name == m_profile.name && session.isSignedIn())
            m_aml->setSessionTokens(session.armTokens());
    });
    connect(&state->workspaceSession(), &WorkspaceSession::resumeFinished, this, [this](const Error &error) {
        if (error && m_profile.isAzureMl() && this->state()->profile().name == m_profile.name)
            m_aml->showResumeError(error);
        updateActions();
    });

    m_form = new CredentialsForm(m_ui.get(), this);
    connect(m_form, &CredentialsForm::storageEdited, this, &CredentialsPage::fieldsEdited);
    connect(m_form, &CredentialsForm::servicesEdited, this, [this] { m_ui->resultMessage->clear(); });

    m_profileBar = new ProfileBar(
        { m_ui->profileCombo, m_ui->newProfileButton, m_ui->renameProfileButton, m_ui->deleteProfileButton,
            m_ui->profileNameWidget, m_ui->profileNameEdit, m_ui->profileKindLabel, m_ui->profileKindCombo,
            m_ui->profileNameAcceptButton, m_ui->profileNameCancelButton, m_ui->profileMessage },
        state, this);
    connect(m_profileBar, &ProfileBar::currentProfileChanged, this, &CredentialsPage::selectProfile);
    connect(m_profileBar, &ProfileBar::busyChanged, this, &CredentialsPage::updateActions);

    connect(m_ui->saveButton, &QPushButton::clicked, this, &CredentialsPage::save);
    connect(m_ui->testButton, &QPushButton::clicked, this, &CredentialsPage::test);
    connect(m_ui->createServicesButton, &QPushButton::clicked, this, &CredentialsPage::openServicePairDialog);
    connect(state->secrets(), &SecretStore::keychainUnavailable, this, &CredentialsPage::showKeychainBanner);
    showKeychainBanner();
    updateActions();
}

CredentialsPage::~CredentialsPage() = default;

// The storage and web service forms sit in separate groups: one label width for all of them
// lines their fields up.
void CredentialsPage::alignFieldLabels()
{
    const QList<QLabel *> labels = { m_ui->connectionStringLabel, m_ui->accountNameLabel,
        m_ui->blobEndpointLabel, m_ui->accountKeyLabel, m_ui->trainingUrlLabel, m_ui->trainingKeyLabel,
        m_ui->predictiveUrlLabel, m_ui->predictiveKeyLabel };
    int width = 0;
    for (const QLabel *label : labels)
        width = std::max(width, label->sizeHint().width());
    for (QLabel *label : labels)
        label->setMinimumWidth(width);
}

void CredentialsPage::initializePage()
{
    // Once: the profile the wizard was opened on (later visits keep the user's edits).
    if (m_profile.name.isEmpty())
        m_profileBar->reload(state()->profile().name);
}

bool CredentialsPage::isBusy() const
{
    return m_loadJob || m_saveJob || m_testJob || m_profileBar->isBusy() || m_aml->isBusy()
        || state()->workspaceSession().isResuming();
}

bool CredentialsPage::isComplete() const
{
    if (m_loadJob || m_profileBar->isBusy())
        return false;
    if (m_profile.isAzureMl())
        return m_aml->isComplete();
    const std::optional<StorageAccount> account = m_form->account(nullptr);
    return account && !account->checkTransportSecurity().isError();
}

bool CredentialsPage::validatePage()
{
    if (m_profile.isAzureMl())
        return validateWorkspace();
    Error error;
    const std::optional<StorageAccount> account = m_form->account(&error);
    if (!error && account)
        error = account->checkTransportSecurity();
    if (error) {
        m_form->showStorageError(error);
        return false;
    }
    Profile profile = m_profile;
    if (m_form->applyTo(&profile))
        return false;
    applyPairNames(&profile);
    cancelTest();
    state()->setProfile(profile);
    state()->setStorageAccount(account);
    state()->profiles().setLastUsed(profile.name);
    return true;
}

void CredentialsPage::selectProfile(const QString &name)
{
    cancelTest();
    // Keep what the user typed for the profile being left; it comes back with it.
    if (!m_profile.name.isEmpty() && !m_loadJob && m_form->isEdited())
        m_drafts.insert(m_profile.name, m_form->draft());
    m_saveJob.reset();
    Profile profile;
    profile.name = name;
    if (std::optional<Profile> stored = state()->profiles().load(name))
        profile = *stored;
    m_profile = profile;
    showKind();
    m_form->showProfile(profile);
    if (profile.isAzureMl()) {
        m_aml->showProfile(profile);
        // Back on the step of the profile the wizard works with: its sign-in still holds.
        const WorkspaceSession &session = state()->workspaceSession();
        if (session.isSignedIn() && state()->profile().name == profile.name)
            m_aml->setSessionTokens(session.armTokens());
    }
    m_ui->resultMessage->clear();

    m_loadJob.reset(SecretBundleJob::read(state()->secrets(), name, pageSecrets, this));
    connect(m_loadJob.get(), &SecretBundleJob::finished, this, &CredentialsPage::secretsLoaded);
    m_form->setLoading(true);
    m_aml->setLoading(true);
    m_loadJob->start();
    updateActions();
    Q_EMIT completeChanged();
}

void CredentialsPage::secretsLoaded(const QMap<SecretKind, QString> &values, const Error &error)
{
    m_loadJob.release()->deleteLater();
    m_form->setLoading(false);
    m_form->showSecrets(values);
    m_aml->setLoading(false);
    m_aml->showSecrets(values);
    const bool draftBack = m_drafts.contains(m_profile.name);
    if (draftBack)
        m_form->restoreDraft(m_drafts.take(m_profile.name));
    // After filling the fields: editing them clears the result message.
    if (error) {
        m_ui->resultMessage->showMessage(InlineMessage::Kind::Error,
            tr("The secrets of this profile could not be read: %1").arg(error.message()));
    } else if (draftBack) {
        m_ui->resultMessage->showMessage(InlineMessage::Kind::Information,
            tr("Your unsaved changes to this profile are back. Save to keep them."));
    }
    m_form->showServicesProblem();
    updateActions();
    Q_EMIT completeChanged();
}

void CredentialsPage::fieldsEdited()
{
    m_ui->resultMessage->clear();
    updateActions();
    Q_EMIT completeChanged();
}

void CredentialsPage::showKeychainBanner()
{
    const SecretStore *secrets = state()->secrets();
    if (!secrets->isSessionOnly()) {
        m_ui->keychainBanner->clear();
        return;
    }
    m_ui->keychainBanner->showMessage(InlineMessage::Kind::Warning,
        tr("No keychain available: secrets are kept for this session only and will not be saved."));
    // The store's own explanation (which backend failed, or MLR_KEYCHAIN=session) on demand.
    m_ui->keychainBanner->setToolTip(secrets->unavailableReason());
}

void CredentialsPage::save()
{
    m_ui->resultMessage->clear();
    Profile profile = m_profile;
    const bool aml = m_profile.isAzureMl();
    if (aml ? m_aml->applyTo(&profile).isError() : m_form->applyTo(&profile).isError())
        return;
    if (!aml)
        applyPairNames(&profile);
    if (const Error error = state()->profiles().save(profile)) {
        m_ui->resultMessage->showMessage(InlineMessage::Kind::Error, error.message());
        return;
    }
    m_pairNames.remove(profile.name);
    m_profile = profile;
    state()->profiles().setLastUsed(profile.name);

    m_saveJob.reset(SecretBundleJob::write(
        state()->secrets(), profile.name, aml ? m_aml->secrets() : m_form->secrets(), this));
    connect(m_saveJob.get(), &SecretBundleJob::finished, this,
        [this](const QMap<SecretKind, QString> &, const Error &error) { saveFinished(error); });
    m_saveJob->start();
    updateActions();
}

void CredentialsPage::saveFinished(const Error &error)
{
    const bool sessionOnly = m_saveJob->isSessionOnly() || state()->secrets()->isSessionOnly();
    m_saveJob.release()->deleteLater();
    if (error) {
        m_ui->resultMessage->showMessage(InlineMessage::Kind::Error,
            tr("The settings were saved, but not the secrets: %1").arg(error.message()));
    } else if (sessionOnly) {
        m_ui->resultMessage->showMessage(InlineMessage::Kind::Warning,
            tr("Settings saved. No keychain available: secrets are kept for this "
               "session only and will not be saved."));
    } else {
        m_ui->resultMessage->showMessage(
            InlineMessage::Kind::Positive, tr("Saved: settings on this computer, secrets to keychain."));
    }
    updateActions();
}

void CredentialsPage::test()
{
    cancelTest();
    m_ui->resultMessage->clear();
    Error error;
    const std::optional<StorageAccount> account = m_form->account(&error);
    if (account)
        error = account->checkTransportSecurity();
    if (error) {
        m_ui->resultMessage->showMessage(InlineMessage::Kind::Error, error.message());
        return;
    }
    m_testService = std::make_unique<BlobService>(state()->network(), *account);
    m_testJob.reset(m_testService->listContainers(this));
    connect(m_testJob.get(), &ContainerListJob::finished, this, &CredentialsPage::testFinished);
    m_testJob->start();
    updateActions();
}

void CredentialsPage::testFinished(const QList<ContainerInfo> &containers, const Error &error)
{
    const QString account = m_testService->account().name;
    m_testJob.release()->deleteLater();
    m_testService.reset();
    if (error)
        m_ui->resultMessage->showMessage(InlineMessage::Kind::Error, error.message());
    else
        m_ui->resultMessage->showMessage(InlineMessage::Kind::Positive,
            tr("Connected to “%1”: %n container(s).", nullptr, int(containers.size())).arg(account));
    updateActions();
}

void CredentialsPage::cancelTest()
{
    const bool running = m_testJob != nullptr;
    m_testJob.reset();
    m_testService.reset();
    if (running)
        updateActions();
}

// The profile's kind decides which fields the step shows (chosen here, once per profile).
void CredentialsPage::showKind()
{
    const bool aml = m_profile.isAzureMl();
    m_ui->storageGroup->setVisible(!aml);
    m_ui->servicesGroup->setVisible(!aml);
    m_ui->testButton->setVisible(!aml);
    m_aml->setVisible(aml);
    setSubTitle(aml
            ? tr("Choose a connection profile, sign in to Azure and choose the workspace and the online "
                 "endpoint. Secrets are kept in the system keychain, never in a file.")
            : tr("Choose a connection profile and enter the storage account and web service credentials. "
                 "Secrets are kept in the system keychain, never in a file."));
}

// An azureml profile: the profile to the wizard, the sign-in to its workspace session.
bool CredentialsPage::validateWorkspace()
{
    Profile profile = m_profile;
    if (m_aml->applyTo(&profile))
        return false;
    state()->setProfile(profile);
    state()->setStorageAccount(std::nullopt);
    if (std::unique_ptr<arm::TokenProvider> tokens = m_aml->takeTokens()) {
        const QString who = tokens->settings().clientId;
        state()->workspaceSession().setSignIn(std::move(tokens), m_aml->takeMlTokens(), who);
    }
    m_aml->setSessionTokens(state()->workspaceSession().armTokens());
    state()->profiles().setLastUsed(profile.name);
    return true;
}

void CredentialsPage::updateActions()
{
    const bool loading = m_loadJob != nullptr;
    const bool busy = isBusy();
    m_ui->saveButton->setEnabled(!loading && !m_saveJob && !m_profileBar->isBusy());
    m_ui->testButton->setEnabled(!loading && !m_testJob && m_form->account(nullptr).has_value());
    m_ui->createServicesButton->setEnabled(!loading && !m_profile.name.isEmpty());
    m_ui->busyBar->setVisible(busy);
    QString status;
    if (loading)
        status = tr("Reading secrets from the keychain…");
    else if (m_saveJob)
        status = tr("Saving…");
    else if (m_testJob)
        status = tr("Connecting to the storage account…");
    else if (m_profileBar->isBusy())
        status = tr("Updating the keychain…");
    m_ui->busyLabel->setText(status);
    m_ui->busyLabel->setAccessibleDescription(status);
    if (busy != m_wasBusy) {
        m_wasBusy = busy;
        Q_EMIT busyChanged(busy);
        Q_EMIT completeChanged();
    }
}

} // namespace mlr::gui
