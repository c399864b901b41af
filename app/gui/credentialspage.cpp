#include "credentialspage.h"

#include "inlinemessage.h"
#include "profilebar.h"
#include "secretbundlejob.h"
#include "secretfield.h"
#include "wizardstate.h"

#include "profile/profilestore.h"
#include "secrets/secretstore.h"
#include "storage/blobservice.h"

#include "ui_credentialspage.h"

namespace mlr::gui {

namespace {
const QList<SecretKind> pageSecrets = {SecretKind::StorageAccountKey, SecretKind::StorageSas,
                                       SecretKind::TrainingApiKey, SecretKind::PredictiveApiKey};
const char idlePlaceholder[] = "mlrIdlePlaceholder";
} // namespace

CredentialsPage::CredentialsPage(WizardState *state, QWidget *parent)
    : WizardPage(state, parent)
    , m_ui(std::make_unique<Ui::CredentialsPage>())
{
    m_ui->setupUi(this);
    setTitle(tr("Credentials"));
    setSubTitle(tr("Choose a connection profile and enter the storage account and web service credentials. "
                   "Secrets are kept in the system keychain, never in a file."));

    for (QLineEdit *edit : {m_ui->connectionStringEdit, m_ui->accountKeyEdit, m_ui->trainingKeyEdit,
                            m_ui->predictiveKeyEdit}) {
        makeSecretField(edit);
        edit->setProperty(idlePlaceholder, edit->placeholderText());
    }
    m_ui->busyBar->hide();

    m_profileBar = new ProfileBar({m_ui->profileCombo, m_ui->newProfileButton, m_ui->renameProfileButton,
                                   m_ui->deleteProfileButton, m_ui->profileNameWidget, m_ui->profileNameEdit,
                                   m_ui->profileNameAcceptButton, m_ui->profileNameCancelButton,
                                   m_ui->profileMessage},
                                  state, this);
    connect(m_profileBar, &ProfileBar::currentProfileChanged, this, &CredentialsPage::selectProfile);
    connect(m_profileBar, &ProfileBar::busyChanged, this, &CredentialsPage::updateActions);

    connect(m_ui->accountDetailsRadio, &QRadioButton::toggled, this, &CredentialsPage::storageModeChanged);
    for (QLineEdit *edit : {m_ui->connectionStringEdit, m_ui->accountNameEdit, m_ui->blobEndpointEdit,
                            m_ui->accountKeyEdit}) {
        connect(edit, &QLineEdit::textChanged, this, &CredentialsPage::fieldsEdited);
        connect(edit, &QLineEdit::editingFinished, this, &CredentialsPage::showStorageProblem);
    }
    for (QLineEdit *edit : {m_ui->trainingUrlEdit, m_ui->trainingKeyEdit, m_ui->predictiveUrlEdit,
                            m_ui->predictiveKeyEdit}) {
        connect(edit, &QLineEdit::textChanged, this, [this] { m_ui->resultMessage->clear(); });
        connect(edit, &QLineEdit::editingFinished, this, &CredentialsPage::showServicesProblem);
    }
    connect(m_ui->saveButton, &QPushButton::clicked, this, &CredentialsPage::save);
    connect(m_ui->testButton, &QPushButton::clicked, this, &CredentialsPage::test);

    connect(state->secrets(), &SecretStore::keychainUnavailable, this, &CredentialsPage::showKeychainBanner);
    showKeychainBanner();
    updateActions();
}

CredentialsPage::~CredentialsPage() = default;

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
    const std::optional<StorageAccount> account = currentAccount(nullptr);
    return account && !account->checkTransportSecurity().isError();
}

bool CredentialsPage::validatePage()
{
    Error error;
    const std::optional<StorageAccount> account = currentAccount(&error);
    if (!error && account)
        error = account->checkTransportSecurity();
    if (error) {
        m_ui->storageMessage->showMessage(InlineMessage::Kind::Error, error.message());
        return false;
    }
    Profile profile = m_profile;
    if (formToProfile(&profile))
        return false;
    cancelTest();
    state()->setProfile(profile);
    state()->setStorageAccount(account);
    state()->profiles().setLastUsed(profile.name);
    return true;
}

// --- loading --------------------------------------------------------------------------

void CredentialsPage::selectProfile(const QString &name)
{
    cancelTest();
    m_saveJob.reset();
    m_ui->resultMessage->clear();
    m_ui->storageMessage->clear();
    m_ui->servicesMessage->clear();

    Profile profile;
    profile.name = name;
    if (std::optional<Profile> stored = state()->profiles().load(name))
        profile = *stored;
    m_profile = profile;

    m_ui->accountNameEdit->setText(profile.storageAccountName);
    m_ui->blobEndpointEdit->setText(profile.blobEndpoint.toString());
    m_ui->trainingUrlEdit->setText(profile.trainingBatchUrl.toString());
    m_ui->predictiveUrlEdit->setText(profile.predictiveRequestUrl.toString());
    for (QLineEdit *edit : {m_ui->connectionStringEdit, m_ui->accountKeyEdit, m_ui->trainingKeyEdit,
                            m_ui->predictiveKeyEdit})
        edit->clear();
    (profile.storageAccountName.isEmpty() ? m_ui->connectionStringRadio : m_ui->accountDetailsRadio)->setChecked(true);
    m_ui->storageStack->setCurrentIndex(profile.storageAccountName.isEmpty() ? 0 : 1);
    loadSecrets();
}

void CredentialsPage::loadSecrets()
{
    m_loadJob.reset(SecretBundleJob::read(state()->secrets(), m_profile.name, pageSecrets, this));
    connect(m_loadJob.get(), &SecretBundleJob::finished, this, &CredentialsPage::secretsLoaded);
    setSecretFieldsLoading(true);
    m_loadJob->start();
    updateActions();
    Q_EMIT completeChanged();
}

void CredentialsPage::secretsLoaded(const QMap<SecretKind, QString> &values, const Error &error)
{
    m_loadJob.release()->deleteLater();
    setSecretFieldsLoading(false);
    m_ui->trainingKeyEdit->setText(values.value(SecretKind::TrainingApiKey));
    m_ui->predictiveKeyEdit->setText(values.value(SecretKind::PredictiveApiKey));
    fillStorageFields(values.value(SecretKind::StorageAccountKey), values.value(SecretKind::StorageSas));
    // After filling the fields: editing them clears the result message.
    if (error) {
        m_ui->resultMessage->showMessage(InlineMessage::Kind::Error,
                                         tr("The secrets of this profile could not be read: %1").arg(error.message()));
    }
    updateActions();
    showServicesProblem();
    Q_EMIT completeChanged();
}

void CredentialsPage::setSecretFieldsLoading(bool loading)
{
    for (QLineEdit *edit : {m_ui->connectionStringEdit, m_ui->accountKeyEdit, m_ui->trainingKeyEdit,
                            m_ui->predictiveKeyEdit}) {
        edit->setReadOnly(loading);
        edit->setPlaceholderText(loading ? tr("Loading from the keychain…") : edit->property(idlePlaceholder).toString());
    }
    m_ui->connectionStringRadio->setEnabled(!loading);
    m_ui->accountDetailsRadio->setEnabled(!loading);
}

void CredentialsPage::fillStorageFields(const QString &key, const QString &sas)
{
    // The emulator's account has a published, well-known key: no need to ask for it.
    const QString accountKey = key.isEmpty() && sas.isEmpty() ? defaultAccountKey(m_profile.storageAccountName) : key;
    if (!sas.isEmpty()) {
        // Only a connection string can hold a SAS token.
        StorageAccount account;
        account.name = m_profile.storageAccountName;
        account.key = accountKey;
        account.sas = sas;
        account.blobEndpoint = m_profile.effectiveBlobEndpoint();
        m_ui->connectionStringEdit->setText(account.toConnectionString());
        m_ui->connectionStringRadio->setChecked(true);
    } else {
        m_ui->accountKeyEdit->setText(accountKey);
    }
    fieldsEdited();
}

// --- the form -------------------------------------------------------------------------

StorageInput CredentialsPage::storageInput() const
{
    StorageInput input;
    input.useConnectionString = m_ui->connectionStringRadio->isChecked();
    input.connectionString = m_ui->connectionStringEdit->text();
    input.accountName = m_ui->accountNameEdit->text();
    input.blobEndpoint = m_ui->blobEndpointEdit->text().trimmed();
    input.accountKey = m_ui->accountKeyEdit->text();
    input.endpointSuffix = m_profile.endpointSuffix;
    return input;
}

std::optional<StorageAccount> CredentialsPage::currentAccount(Error *error) const
{
    return buildStorageAccount(storageInput(), error);
}

Error CredentialsPage::formToProfile(Profile *profile)
{
    const StorageInput input = storageInput();
    Error storageError;
    if (input.useConnectionString) {
        // An empty connection string leaves the stored account settings as they are.
        if (!input.connectionString.trimmed().isEmpty()) {
            if (const std::optional<StorageAccount> account = currentAccount(&storageError)) {
                storageError = profile->set(QStringLiteral("storageAccountName"), account->name);
                if (!storageError)
                    storageError = profile->set(QStringLiteral("blobEndpoint"), account->blobEndpoint.toString());
            }
        }
    } else {
        storageError = profile->set(QStringLiteral("storageAccountName"), input.accountName);
        if (!storageError)
            storageError = profile->set(QStringLiteral("blobEndpoint"), input.blobEndpoint);
    }
    if (storageError) {
        m_ui->storageMessage->showMessage(InlineMessage::Kind::Error, storageError.message());
        return storageError;
    }
    Error servicesError = profile->set(QStringLiteral("trainingBatchUrl"), m_ui->trainingUrlEdit->text());
    if (!servicesError)
        servicesError = profile->set(QStringLiteral("predictiveRequestUrl"), m_ui->predictiveUrlEdit->text());
    if (servicesError)
        m_ui->servicesMessage->showMessage(InlineMessage::Kind::Error, servicesError.message());
    return servicesError;
}

// Switching between the two ways of entering the account carries over what is valid.
void CredentialsPage::storageModeChanged()
{
    const bool details = m_ui->accountDetailsRadio->isChecked();
    StorageInput from = storageInput();
    from.useConnectionString = details; // the mode being left
    if (const std::optional<StorageAccount> account = buildStorageAccount(from, nullptr)) {
        if (details) {
            m_ui->accountNameEdit->setText(account->name);
            m_ui->blobEndpointEdit->setText(account->blobEndpoint.toString());
            m_ui->accountKeyEdit->setText(account->key);
        } else {
            m_ui->connectionStringEdit->setText(account->toConnectionString());
        }
    }
    m_ui->storageStack->setCurrentIndex(details ? 1 : 0);
    m_ui->storageMessage->clear();
    fieldsEdited();
}

void CredentialsPage::fieldsEdited()
{
    m_ui->resultMessage->clear();
    const std::optional<StorageAccount> account = currentAccount(nullptr);
    if (account && !account->checkTransportSecurity())
        m_ui->storageMessage->clear();
    updateActions();
    Q_EMIT completeChanged();
}

// Says what is wrong with the storage fields, once the user has typed something.
void CredentialsPage::showStorageProblem()
{
    const StorageInput input = storageInput();
    const bool typed = input.useConnectionString
        ? !input.connectionString.trimmed().isEmpty()
        : !(input.accountName.trimmed().isEmpty() && input.blobEndpoint.isEmpty() && input.accountKey.isEmpty());
    Error error;
    const std::optional<StorageAccount> account = currentAccount(&error);
    if (account)
        error = account->checkTransportSecurity();
    if (typed && error)
        m_ui->storageMessage->showMessage(InlineMessage::Kind::Error, error.message());
    else
        m_ui->storageMessage->clear();
}

void CredentialsPage::showServicesProblem()
{
    Profile check;
    Error error = check.set(QStringLiteral("trainingBatchUrl"), m_ui->trainingUrlEdit->text());
    if (!error)
        error = check.set(QStringLiteral("predictiveRequestUrl"), m_ui->predictiveUrlEdit->text());
    if (error) {
        m_ui->servicesMessage->showMessage(InlineMessage::Kind::Error, error.message());
        return;
    }
    Error warning = checkServiceTransport(m_ui->trainingUrlEdit->text(), m_ui->trainingKeyEdit->text(),
                                          tr("the retraining service"));
    if (!warning)
        warning = checkServiceTransport(m_ui->predictiveUrlEdit->text(), m_ui->predictiveKeyEdit->text(),
                                        tr("the predictive service"));
    if (warning)
        m_ui->servicesMessage->showMessage(InlineMessage::Kind::Warning, warning.message());
    else
        m_ui->servicesMessage->clear();
}

void CredentialsPage::showKeychainBanner()
{
    const SecretStore *secrets = state()->secrets();
    if (!secrets->isSessionOnly()) {
        m_ui->keychainBanner->clear();
        return;
    }
    m_ui->keychainBanner->showMessage(
        InlineMessage::Kind::Warning,
        tr("No keychain available: secrets are kept for this session only and will not be saved."));
    // The store's own explanation (which backend failed, or MLR_KEYCHAIN=session) on demand.
    m_ui->keychainBanner->setToolTip(secrets->unavailableReason());
}

// --- actions --------------------------------------------------------------------------

void CredentialsPage::save()
{
    m_ui->resultMessage->clear();
    Profile profile = m_profile;
    if (formToProfile(&profile))
        return;
    if (const Error error = state()->profiles().save(profile)) {
        m_ui->resultMessage->showMessage(InlineMessage::Kind::Error, error.message());
        return;
    }
    m_profile = profile;
    state()->profiles().setLastUsed(profile.name);

    // The form is the truth for the secrets: an empty field deletes the stored secret.
    SecretBundleJob::Values secrets;
    const StorageInput input = storageInput();
    if (input.useConnectionString) {
        if (const std::optional<StorageAccount> account = currentAccount(nullptr)) {
            secrets.insert(SecretKind::StorageAccountKey, account->key);
            secrets.insert(SecretKind::StorageSas, account->sas);
        }
    } else {
        secrets.insert(SecretKind::StorageAccountKey, input.accountKey.trimmed());
        secrets.insert(SecretKind::StorageSas, QString());
    }
    secrets.insert(SecretKind::TrainingApiKey, m_ui->trainingKeyEdit->text().trimmed());
    secrets.insert(SecretKind::PredictiveApiKey, m_ui->predictiveKeyEdit->text().trimmed());

    m_saveJob.reset(SecretBundleJob::write(state()->secrets(), profile.name, secrets, this));
    connect(m_saveJob.get(), &SecretBundleJob::finished, this, &CredentialsPage::saveFinished);
    m_saveJob->start();
    updateActions();
}

void CredentialsPage::saveFinished(const QMap<SecretKind, QString> &, const Error &error)
{
    const bool sessionOnly = m_saveJob->isSessionOnly() || state()->secrets()->isSessionOnly();
    m_saveJob.release()->deleteLater();
    if (error) {
        m_ui->resultMessage->showMessage(
            InlineMessage::Kind::Error,
            tr("The settings were saved, but not the secrets: %1").arg(error.message()));
    } else if (sessionOnly) {
        m_ui->resultMessage->showMessage(
            InlineMessage::Kind::Warning,
            tr("Settings saved. No keychain available: secrets are kept for this session only and will not be saved."));
    } else {
        m_ui->resultMessage->showMessage(InlineMessage::Kind::Positive,
                                         tr("Saved: settings on this computer, secrets to keychain."));
    }
    updateActions();
}

void CredentialsPage::test()
{
    cancelTest();
    m_ui->resultMessage->clear();
    Error error;
    const std::optional<StorageAccount> account = currentAccount(&error);
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
                                         tr("Connected to “%1”: %n container(s).", nullptr, int(containers.size()))
                                             .arg(account));
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
    m_ui->testButton->setEnabled(!loading && !m_testJob && currentAccount(nullptr).has_value());
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
