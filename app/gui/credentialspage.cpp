#include "credentialspage.h"

#include "credentialsform.h"
#include "inlinemessage.h"
#include "profile/profilestore.h"
#include "profilebar.h"
#include "secretbundlejob.h"
#include "secrets/secretstore.h"
#include "storage/blobservice.h"
#include "ui_credentialspage.h"
#include "wizardstate.h"

namespace mlr::gui {

namespace {
const QList<SecretKind> pageSecrets = { SecretKind::StorageAccountKey, SecretKind::StorageSas,
    SecretKind::TrainingApiKey, SecretKind::PredictiveApiKey };
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

    m_form = new CredentialsForm(m_ui.get(), this);
    connect(m_form, &CredentialsForm::storageEdited, this, &CredentialsPage::fieldsEdited);
    connect(m_form, &CredentialsForm::servicesEdited, this, [this] { m_ui->resultMessage->clear(); });

    m_profileBar = new ProfileBar(
        { m_ui->profileCombo, m_ui->newProfileButton, m_ui->renameProfileButton, m_ui->deleteProfileButton,
            m_ui->profileNameWidget, m_ui->profileNameEdit, m_ui->profileNameAcceptButton,
            m_ui->profileNameCancelButton, m_ui->profileMessage },
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
    return m_loadJob || m_saveJob || m_testJob || m_profileBar->isBusy();
}

bool CredentialsPage::isComplete() const
{
    if (m_loadJob || m_profileBar->isBusy())
        return false;
    const std::optional<StorageAccount> account = m_form->account(nullptr);
    return account && !account->checkTransportSecurity().isError();
}

bool CredentialsPage::validatePage()
{
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
    m_form->showProfile(profile);
    m_ui->resultMessage->clear();

    m_loadJob.reset(SecretBundleJob::read(state()->secrets(), name, pageSecrets, this));
    connect(m_loadJob.get(), &SecretBundleJob::finished, this, &CredentialsPage::secretsLoaded);
    m_form->setLoading(true);
    m_loadJob->start();
    updateActions();
    Q_EMIT completeChanged();
}

void CredentialsPage::secretsLoaded(const QMap<SecretKind, QString> &values, const Error &error)
{
    m_loadJob.release()->deleteLater();
    m_form->setLoading(false);
    m_form->showSecrets(values);
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
    if (m_form->applyTo(&profile))
        return;
    applyPairNames(&profile);
    if (const Error error = state()->profiles().save(profile)) {
        m_ui->resultMessage->showMessage(InlineMessage::Kind::Error, error.message());
        return;
    }
    m_pairNames.remove(profile.name);
    m_profile = profile;
    state()->profiles().setLastUsed(profile.name);

    m_saveJob.reset(SecretBundleJob::write(state()->secrets(), profile.name, m_form->secrets(), this));
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
