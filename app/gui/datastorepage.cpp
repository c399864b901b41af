#include "datastorepage.h"

#include "azureml/workspacetarget.h"
#include "http/redaction.h"
#include "inlinemessage.h"
#include "secretbundlejob.h"
#include "secretfield.h"
#include "storage/bloblistjob.h"
#include "storage/blobservice.h"
#include "ui_datastorepage.h"
#include "wizardstate.h"
#include "workspacesession.h"

namespace mlr::gui {

namespace {
// The folder the Submit step uploads to: a listing of it is small and proves access.
const QString uploadFolder = QStringLiteral("mlretrain/");
} // namespace

DatastorePage::DatastorePage(WizardState *state, QWidget *parent)
    : WizardPage(state, parent)
    , m_ui(std::make_unique<Ui::DatastorePage>())
{
    m_ui->setupUi(this);
    setTitle(tr("Storage"));
    setSubTitle(
        tr("Where the training data goes: the workspace's default datastore, with the key the workspace "
           "gives, or with your own storage credentials for its account."));
    makeSecretField(m_ui->accountKeyEdit);
    makeSecretField(m_ui->sasEdit);
    m_ui->progressBar->hide();
    connect(m_ui->workspaceKeyRadio, &QRadioButton::toggled, this, &DatastorePage::choiceChanged);
    connect(m_ui->checkButton, &QPushButton::clicked, this, &DatastorePage::checkOwnCredentials);
    for (QLineEdit *edit : { m_ui->accountKeyEdit, m_ui->sasEdit }) {
        connect(edit, &QLineEdit::returnPressed, this, &DatastorePage::checkOwnCredentials);
        connect(edit, &QLineEdit::textEdited, this, [this] {
            // Other credentials than the ones checked: access is to be established again.
            if (m_ui->ownCredentialsRadio->isChecked()) {
                m_access.reset();
                m_ui->accessMessage->clear();
            }
            updateState();
        });
    }
    connect(m_ui->statusMessage, &InlineMessage::actionTriggered, this, &DatastorePage::findDatastore);
    // The jobs use the session's token provider, which a new sign-in (or a sign-out) deletes:
    // they stop, and the datastore is found again with the new one when the page is shown.
    connect(&state->workspaceSession(), &WorkspaceSession::signedInChanged, this, [this] {
        cancelJobs();
        if (isVisible())
            findDatastore();
    });
    updateState();
}

DatastorePage::~DatastorePage() = default;

void DatastorePage::initializePage()
{
    findDatastore();
    // Credentials saved on an earlier visit are filled in (the choice stays the workspace's key).
    m_secretsJob.reset(SecretBundleJob::read(state()->secrets(), state()->profile().name,
        { SecretKind::StorageAccountKey, SecretKind::StorageSas }, nullptr));
    connect(m_secretsJob.get(), &SecretBundleJob::finished, this, &DatastorePage::onSavedCredentials);
    m_secretsJob->start();
}

void DatastorePage::cleanupPage()
{
    cancelJobs();
}

bool DatastorePage::validatePage()
{
    if (!m_access || m_busy)
        return false;
    state()->workspaceSession().setDatastore(m_access);
    return true;
}

bool DatastorePage::isComplete() const
{
    return m_access.has_value() && !m_busy;
}

bool DatastorePage::isBusy() const
{
    return m_busy;
}

void DatastorePage::findDatastore()
{
    // The workspace's key is the choice on every visit, unless it turns out not to be given.
    m_ui->workspaceKeyRadio->setEnabled(true);
    m_ui->workspaceKeyRadio->setChecked(true);
    cancelJobs();
    m_location.reset();
    m_workspaceAccess.reset();
    m_access.reset();
    m_ui->statusMessage->clear();
    m_ui->accessMessage->clear();
    showLocation({});
    WorkspaceSession &session = state()->workspaceSession();
    if (!session.isSignedIn())
        return showError(tr("You are not signed in to Azure: sign in on the Credentials step to find the "
                            "workspace's datastore."),
            false);
    const Profile &profile = state()->profile();
    m_datastoreJob = std::make_unique<azureml::DatastoreAccessJob>(
        state()->network(), session.armTokens(), azureml::WorkspaceTarget::fromProfile(profile));
    connect(m_datastoreJob.get(), &azureml::DatastoreAccessJob::finished, this, &DatastorePage::onDatastore);
    setBusy(tr("Finding the default datastore of workspace %1…").arg(profile.workspace));
    m_datastoreJob->start();
}

void DatastorePage::onDatastore(const azureml::DatastoreAccess &access, const Error &error)
{
    m_datastoreJob.release()->deleteLater(); // we are inside its signal
    setBusy({});
    if (!access.account.name.isEmpty()) {
        m_location = access;
        m_location->account.key.clear();
        showLocation(*m_location);
    }
    if (error && !m_location)
        return showError(
            tr("The workspace's default datastore could not be found: %1").arg(error.message()), true);
    if (error) {
        // Found, but without a key from the workspace: the user's own credentials it is.
        m_ui->statusMessage->showMessage(InlineMessage::Kind::Warning,
            tr("%1 Choose \"My own storage credentials for this account\" and give a key or a SAS token of "
               "storage account %2.")
                .arg(error.message(), m_location->account.name));
        m_ui->workspaceKeyRadio->setEnabled(false);
        m_ui->ownCredentialsRadio->setChecked(true);
        updateState();
        return;
    }
    m_workspaceAccess = access;
    m_ui->workspaceKeyRadio->setEnabled(true);
    if (m_ui->workspaceKeyRadio->isChecked())
        verify(access);
    else
        updateState();
}

void DatastorePage::onSavedCredentials(const QMap<SecretKind, QString> &values, const Error &error)
{
    m_secretsJob.release()->deleteLater();
    if (error) // not a reason to stop: the fields stay for the user to fill in
        return m_ui->accessMessage->showMessage(InlineMessage::Kind::Warning,
            tr("Your saved storage credentials could not be read from the keychain: %1")
                .arg(error.message()));
    const QString key = values.value(SecretKind::StorageAccountKey).trimmed();
    const QString sas = values.value(SecretKind::StorageSas).trimmed();
    if (m_ui->accountKeyEdit->text().isEmpty() && m_ui->sasEdit->text().isEmpty()) {
        m_ui->accountKeyEdit->setText(key);
        m_ui->sasEdit->setText(sas);
    }
    if (!key.isEmpty() || !sas.isEmpty())
        m_ui->saveCredentialsCheck->setChecked(true);
    updateState();
}

void DatastorePage::choiceChanged()
{
    // A check of the other choice no longer counts (finding the datastore goes on).
    if (m_location) {
        m_datastoreJob.reset();
        m_listJob.reset();
        setBusy({});
    }
    m_access.reset();
    m_ui->accessMessage->clear();
    if (m_ui->workspaceKeyRadio->isChecked() && m_workspaceAccess)
        verify(*m_workspaceAccess);
    updateState();
}

void DatastorePage::checkOwnCredentials()
{
    if (!m_location || m_busy || !m_ui->ownCredentialsRadio->isChecked())
        return;
    StorageAccount own = m_location->account;
    own.key = m_ui->accountKeyEdit->text().trimmed();
    own.sas = m_ui->sasEdit->text().trimmed();
    if (own.sas.startsWith(u'?'))
        own.sas.remove(0, 1);
    if (own.key.isEmpty() == own.sas.isEmpty())
        return m_ui->accessMessage->showMessage(InlineMessage::Kind::Error,
            tr("Give either the account key or a SAS token of storage account %1.").arg(own.name));
    redaction::registerSecret(own.key);
    redaction::registerSecret(own.sas);
    m_access.reset();
    m_ui->accessMessage->clear();
    m_datastoreJob = std::make_unique<azureml::DatastoreAccessJob>(state()->network(),
        state()->workspaceSession().armTokens(), azureml::WorkspaceTarget::fromProfile(state()->profile()),
        m_location->name);
    m_datastoreJob->setOwnAccount(own);
    connect(m_datastoreJob.get(), &azureml::DatastoreAccessJob::finished, this,
        [this](const azureml::DatastoreAccess &access, const Error &error) {
            m_datastoreJob.release()->deleteLater();
            setBusy({});
            if (error) {
                m_ui->accessMessage->showMessage(InlineMessage::Kind::Error, error.message());
                return updateState();
            }
            verify(access);
        });
    setBusy(tr("Checking your credentials for storage account %1…").arg(own.name));
    m_datastoreJob->start();
}

// Access is established when the container can be listed with the account's credentials.
void DatastorePage::verify(const azureml::DatastoreAccess &access)
{
    m_listJob.reset();
    m_service = std::make_unique<BlobService>(state()->network(), access.account);
    m_listJob.reset(m_service->listBlobs(access.container, uploadFolder, nullptr));
    m_listJob->setMaxResults(100);
    connect(m_listJob.get(), &BlobListJob::finished, this,
        [this, access](const QList<BlobInfo> &, const Error &error) { onListed(access, error); });
    setBusy(tr("Listing container %1 of storage account %2…").arg(access.container, access.account.name));
    m_listJob->start();
}

void DatastorePage::onListed(const azureml::DatastoreAccess &access, const Error &error)
{
    m_listJob.release()->deleteLater();
    setBusy({});
    const bool own = m_ui->ownCredentialsRadio->isChecked();
    if (error) {
        m_ui->accessMessage->showMessage(InlineMessage::Kind::Error,
            own ? tr("These credentials do not give access to container %1: %2")
                      .arg(access.container, error.message())
                : tr("Container %1 could not be listed with the workspace's key: %2")
                      .arg(access.container, error.message()));
        return updateState();
    }
    m_access = access;
    m_ui->accessMessage->showMessage(InlineMessage::Kind::Positive,
        own ? tr("Your credentials give access to container %1 of storage account %2.")
                  .arg(access.container, access.account.name)
            : tr("Container %1 of storage account %2 is ready, with the key the workspace gives.")
                  .arg(access.container, access.account.name));
    if (own && m_ui->saveCredentialsCheck->isChecked())
        saveCredentials();
    updateState();
}

void DatastorePage::saveCredentials()
{
    const SecretBundleJob::Values values { { SecretKind::StorageAccountKey, m_access->account.key },
        { SecretKind::StorageSas, m_access->account.sas } }; // the other one is deleted
    m_secretsJob.reset(SecretBundleJob::write(state()->secrets(), state()->profile().name, values, nullptr));
    connect(m_secretsJob.get(), &SecretBundleJob::finished, this,
        [this](const QMap<SecretKind, QString> &, const Error &error) {
            m_secretsJob.release()->deleteLater();
            if (error)
                m_ui->accessMessage->showMessage(InlineMessage::Kind::Warning,
                    tr("Access is established, but your credentials could not be saved in the keychain: %1")
                        .arg(error.message()));
        });
    m_secretsJob->start();
}

void DatastorePage::showLocation(const azureml::DatastoreAccess &location)
{
    m_ui->datastoreNameValue->setText(location.name);
    m_ui->accountNameValue->setText(location.account.name);
    m_ui->containerNameValue->setText(location.container);
    m_ui->endpointValue->setText(location.account.blobEndpoint.toDisplayString());
}

void DatastorePage::showError(const QString &text, bool retry)
{
    m_ui->statusMessage->showMessage(InlineMessage::Kind::Error, text);
    m_ui->statusMessage->setActionText(retry ? tr("Retry") : QString());
    updateState();
}

void DatastorePage::cancelJobs()
{
    m_datastoreJob.reset();
    m_listJob.reset();
    m_secretsJob.reset();
    setBusy({});
}

// `what`: the running job's sentence; empty when none runs.
void DatastorePage::setBusy(const QString &what)
{
    m_ui->progressLabel->setText(what);
    m_ui->progressBar->setVisible(!what.isEmpty());
    const bool busy = !what.isEmpty();
    if (busy != m_busy) {
        m_busy = busy;
        Q_EMIT busyChanged(busy);
    }
    updateState();
}

void DatastorePage::updateState()
{
    const bool own = m_ui->ownCredentialsRadio->isChecked();
    m_ui->ownCredentials->setEnabled(own && m_location.has_value());
    m_ui->checkButton->setEnabled(own && m_location && !m_busy
        && (!m_ui->accountKeyEdit->text().trimmed().isEmpty() || !m_ui->sasEdit->text().trimmed().isEmpty()));
    Q_EMIT completeChanged();
}

} // namespace mlr::gui
