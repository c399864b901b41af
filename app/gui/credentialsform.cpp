#include "credentialsform.h"

#include "inlinemessage.h"
#include "secretfield.h"
#include "ui_credentialspage.h"

namespace mlr::gui {

namespace {
const char idlePlaceholder[] = "mlrIdlePlaceholder";
}

CredentialsForm::CredentialsForm(Ui::CredentialsPage *ui, QObject *parent)
    : QObject(parent)
    , m_ui(ui)
{
    for (QLineEdit *edit : { m_ui->connectionStringEdit, m_ui->accountKeyEdit, m_ui->trainingKeyEdit,
             m_ui->predictiveKeyEdit }) {
        makeSecretField(edit);
        edit->setProperty(idlePlaceholder, edit->placeholderText());
    }
    connect(m_ui->accountDetailsRadio, &QRadioButton::toggled, this, &CredentialsForm::modeChanged);
    for (QLineEdit *edit :
        { m_ui->connectionStringEdit, m_ui->accountNameEdit, m_ui->blobEndpointEdit, m_ui->accountKeyEdit }) {
        connect(edit, &QLineEdit::textChanged, this, &CredentialsForm::storageChanged);
        connect(edit, &QLineEdit::editingFinished, this, &CredentialsForm::showStorageProblem);
    }
    for (QLineEdit *edit :
        { m_ui->trainingUrlEdit, m_ui->trainingKeyEdit, m_ui->predictiveUrlEdit, m_ui->predictiveKeyEdit }) {
        connect(edit, &QLineEdit::textChanged, this, &CredentialsForm::servicesEdited);
        connect(edit, &QLineEdit::editingFinished, this, &CredentialsForm::showServicesProblem);
    }
}

void CredentialsForm::showProfile(const Profile &profile)
{
    m_profile = profile;
    m_ui->storageMessage->clear();
    m_ui->servicesMessage->clear();
    m_ui->accountNameEdit->setText(profile.storageAccountName);
    m_ui->blobEndpointEdit->setText(profile.blobEndpoint.toString());
    m_ui->trainingUrlEdit->setText(profile.trainingBatchUrl.toString());
    m_ui->predictiveUrlEdit->setText(profile.predictiveRequestUrl.toString());
    for (QLineEdit *edit :
        { m_ui->connectionStringEdit, m_ui->accountKeyEdit, m_ui->trainingKeyEdit, m_ui->predictiveKeyEdit })
        edit->clear();
    // A new profile starts with a connection string (what the portal gives); a stored one
    // shows its account.
    const bool details = !profile.storageAccountName.isEmpty();
    {
        const QSignalBlocker blocker(m_ui->accountDetailsRadio);
        (details ? m_ui->accountDetailsRadio : m_ui->connectionStringRadio)->setChecked(true);
    }
    m_ui->storageStack->setCurrentIndex(details ? 1 : 0);
    showStartOfTexts();
    m_loaded = draft();
}

// A loaded value shows from its start (the scheme and host of a URL), not from its end
// where setText() leaves the cursor; a field being typed in keeps its cursor.
void CredentialsForm::showStartOfTexts()
{
    for (QLineEdit *edit : draftFields()) {
        if (!edit->hasFocus())
            edit->setCursorPosition(0);
    }
}

void CredentialsForm::setLoading(bool loading)
{
    for (QLineEdit *edit : { m_ui->connectionStringEdit, m_ui->accountKeyEdit, m_ui->trainingKeyEdit,
             m_ui->predictiveKeyEdit }) {
        edit->setReadOnly(loading);
        edit->setPlaceholderText(
            loading ? tr("Loading from the keychain…") : edit->property(idlePlaceholder).toString());
    }
    m_ui->connectionStringRadio->setEnabled(!loading);
    m_ui->accountDetailsRadio->setEnabled(!loading);
}

void CredentialsForm::showSecrets(const QMap<SecretKind, QString> &values)
{
    m_ui->trainingKeyEdit->setText(values.value(SecretKind::TrainingApiKey));
    m_ui->predictiveKeyEdit->setText(values.value(SecretKind::PredictiveApiKey));
    const QString key = values.value(SecretKind::StorageAccountKey);
    const QString sas = values.value(SecretKind::StorageSas);
    if (sas.isEmpty()) {
        // The emulator's account has a published, well-known key: no need to ask for it.
        m_ui->accountKeyEdit->setText(key.isEmpty() ? defaultAccountKey(m_profile.storageAccountName) : key);
    } else if (const std::optional<StorageAccount> account
        = storageAccountFromProfile(m_profile, key, sas, nullptr)) {
        // Only a connection string can hold a SAS token.
        m_ui->connectionStringRadio->setChecked(true); // first: switching modes rewrites the string
        m_ui->connectionStringEdit->setText(account->toConnectionString());
    }
    showStartOfTexts();
    m_loaded = draft();
}

QList<QLineEdit *> CredentialsForm::draftFields() const
{
    return { m_ui->connectionStringEdit, m_ui->accountNameEdit, m_ui->blobEndpointEdit, m_ui->accountKeyEdit,
        m_ui->trainingUrlEdit, m_ui->trainingKeyEdit, m_ui->predictiveUrlEdit, m_ui->predictiveKeyEdit };
}

CredentialsForm::Draft CredentialsForm::draft() const
{
    Draft draft;
    draft.accountDetails = m_ui->accountDetailsRadio->isChecked();
    for (const QLineEdit *edit : draftFields())
        draft.texts.insert(edit->objectName(), edit->text());
    return draft;
}

void CredentialsForm::restoreDraft(const Draft &draft)
{
    {
        const QSignalBlocker blocker(m_ui->accountDetailsRadio);
        (draft.accountDetails ? m_ui->accountDetailsRadio : m_ui->connectionStringRadio)->setChecked(true);
    }
    m_ui->storageStack->setCurrentIndex(draft.accountDetails ? 1 : 0);
    for (QLineEdit *edit : draftFields())
        edit->setText(draft.texts.value(edit->objectName()));
    showStartOfTexts();
    showStorageProblem();
    showServicesProblem();
}

StorageInput CredentialsForm::storageInput() const
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

std::optional<StorageAccount> CredentialsForm::account(Error *error) const
{
    return buildStorageAccount(storageInput(), error);
}

Error CredentialsForm::applyTo(Profile *profile)
{
    const StorageInput input = storageInput();
    Error storageError;
    if (input.useConnectionString) {
        if (!input.connectionString.trimmed().isEmpty()) {
            if (const std::optional<StorageAccount> parsed = account(&storageError)) {
                storageError = profile->set(QStringLiteral("storageAccountName"), parsed->name);
                if (!storageError)
                    storageError
                        = profile->set(QStringLiteral("blobEndpoint"), parsed->blobEndpoint.toString());
            }
        }
    } else {
        storageError = profile->set(QStringLiteral("storageAccountName"), input.accountName);
        if (!storageError)
            storageError = profile->set(QStringLiteral("blobEndpoint"), input.blobEndpoint);
    }
    if (storageError) {
        showStorageError(storageError);
        return storageError;
    }
    Error servicesError = profile->set(QStringLiteral("trainingBatchUrl"), m_ui->trainingUrlEdit->text());
    if (!servicesError)
        servicesError = profile->set(QStringLiteral("predictiveRequestUrl"), m_ui->predictiveUrlEdit->text());
    if (servicesError)
        m_ui->servicesMessage->showMessage(InlineMessage::Kind::Error, servicesError.message());
    return servicesError;
}

QMap<SecretKind, QString> CredentialsForm::secrets() const
{
    QMap<SecretKind, QString> values;
    const StorageInput input = storageInput();
    if (input.useConnectionString) {
        // An empty connection string leaves the stored storage secrets alone.
        if (const std::optional<StorageAccount> parsed = account(nullptr)) {
            values.insert(SecretKind::StorageAccountKey, parsed->key);
            values.insert(SecretKind::StorageSas, parsed->sas);
        }
    } else {
        values.insert(SecretKind::StorageAccountKey, input.accountKey.trimmed());
        values.insert(SecretKind::StorageSas, QString());
    }
    values.insert(SecretKind::TrainingApiKey, m_ui->trainingKeyEdit->text().trimmed());
    values.insert(SecretKind::PredictiveApiKey, m_ui->predictiveKeyEdit->text().trimmed());
    return values;
}

void CredentialsForm::showStorageProblem()
{
    const StorageInput input = storageInput();
    const bool typed = input.useConnectionString
        ? !input.connectionString.trimmed().isEmpty()
        : !(input.accountName.trimmed().isEmpty() && input.blobEndpoint.isEmpty()
            && input.accountKey.isEmpty());
    Error error;
    if (const std::optional<StorageAccount> built = account(&error))
        error = built->checkTransportSecurity();
    if (typed && error)
        showStorageError(error);
    else
        m_ui->storageMessage->clear();
}

void CredentialsForm::showServicesProblem()
{
    Profile check;
    Error error = check.set(QStringLiteral("trainingBatchUrl"), m_ui->trainingUrlEdit->text());
    if (!error)
        error = check.set(QStringLiteral("predictiveRequestUrl"), m_ui->predictiveUrlEdit->text());
    if (error) {
        m_ui->servicesMessage->showMessage(InlineMessage::Kind::Error, error.message());
        return;
    }
    Error warning = checkServiceTransport(
        m_ui->trainingUrlEdit->text(), m_ui->trainingKeyEdit->text(), tr("the retraining service"));
    if (!warning)
        warning = checkServiceTransport(
            m_ui->predictiveUrlEdit->text(), m_ui->predictiveKeyEdit->text(), tr("the predictive service"));
    if (warning)
        m_ui->servicesMessage->showMessage(InlineMessage::Kind::Warning, warning.message());
    else
        m_ui->servicesMessage->clear();
}

void CredentialsForm::showStorageError(const Error &error)
{
    m_ui->storageMessage->showMessage(InlineMessage::Kind::Error, error.message());
}

// Switching between the two ways of entering the account carries over what is valid.
void CredentialsForm::modeChanged()
{
    const bool details = m_ui->accountDetailsRadio->isChecked();
    StorageInput from = storageInput();
    from.useConnectionString = details; // the mode being left
    if (const std::optional<StorageAccount> built = buildStorageAccount(from, nullptr)) {
        if (details) {
            m_ui->accountNameEdit->setText(built->name);
            m_ui->blobEndpointEdit->setText(built->blobEndpoint.toString());
            m_ui->accountKeyEdit->setText(built->key);
        } else {
            m_ui->connectionStringEdit->setText(built->toConnectionString());
        }
    }
    m_ui->storageStack->setCurrentIndex(details ? 1 : 0);
    m_ui->storageMessage->clear();
    storageChanged();
}

void CredentialsForm::storageChanged()
{
    // A fixed problem disappears at once; a new one is shown when the field is left.
    const std::optional<StorageAccount> built = account(nullptr);
    if (built && !built->checkTransportSecurity())
        m_ui->storageMessage->clear();
    Q_EMIT storageEdited();
}

} // namespace mlr::gui
