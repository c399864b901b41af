#include "storagepage.h"

#include "credentialsinput.h"
#include "inlinemessage.h"
#include "secretbundlejob.h"
#include "wizardstate.h"

#include "storage/blobservice.h"

#include "ui_storagepage.h"

#include <QHeaderView>
#include <QLocale>

namespace mlr::gui {

namespace {
enum Column { NameColumn, ModifiedColumn };
}

StoragePage::StoragePage(WizardState *state, QWidget *parent)
    : WizardPage(state, parent)
    , m_ui(std::make_unique<Ui::StoragePage>())
{
    m_ui->setupUi(this);
    setTitle(tr("Storage"));
    setSubTitle(tr("Pick the Blob storage container for the training data and the retrained models, "
                   "or create one."));
    m_ui->busyBar->hide();
    m_ui->containerTree->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_ui->containerTree->header()->setSectionResizeMode(ModifiedColumn, QHeaderView::ResizeToContents);
    m_ui->containerTree->sortByColumn(NameColumn, Qt::AscendingOrder);
    m_ui->connectionMessage->setActionText(QString());

    connect(m_ui->containerTree, &QTreeWidget::itemSelectionChanged, this, &StoragePage::selectionChanged);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &StoragePage::refresh);
    // Retry: reconnects, or reads the credentials again when that is what failed.
    connect(m_ui->connectionMessage, &InlineMessage::actionTriggered, this, [this] {
        if (m_service)
            refresh();
        else
            readAccountSecrets();
    });
    connect(m_ui->createButton, &QPushButton::clicked, this, &StoragePage::createContainer);
    connect(m_ui->newContainerEdit, &QLineEdit::returnPressed, this, &StoragePage::createContainer);
    connect(m_ui->newContainerEdit, &QLineEdit::textChanged, this, [this] {
        m_ui->createMessage->clear();
        updateActions();
    });
    updateActions();
}

StoragePage::~StoragePage() = default;

void StoragePage::initializePage()
{
    cancelJobs();
    m_ui->containerTree->clear();
    m_ui->createMessage->clear();
    m_ui->connectionMessage->clear();
    m_service.reset();
    m_selectAfterList = state()->container().isEmpty() ? state()->profile().container : state()->container();
    if (const std::optional<StorageAccount> &account = state()->storageAccount())
        connectTo(*account);
    else
        readAccountSecrets();
}

void StoragePage::readAccountSecrets()
{
    m_ui->accountNameValue->setText(state()->profile().storageAccountName);
    m_ui->endpointValue->setText(state()->profile().effectiveBlobEndpoint().toDisplayString());
    m_secretsJob.reset(SecretBundleJob::read(state()->secrets(), state()->profile().name,
                                             {SecretKind::StorageAccountKey, SecretKind::StorageSas}, this));
    connect(m_secretsJob.get(), &SecretBundleJob::finished, this, &StoragePage::accountSecretsRead);
    m_secretsJob->start();
    updateActions();
}

void StoragePage::accountSecretsRead(const QMap<SecretKind, QString> &values, const Error &error)
{
    m_secretsJob.release()->deleteLater();
    if (error) {
        showConnectionError(tr("The storage credentials could not be read from the keychain: %1").arg(error.message()));
        return;
    }
    Error buildError;
    const std::optional<StorageAccount> account = storageAccountFromProfile(
        state()->profile(), values.value(SecretKind::StorageAccountKey), values.value(SecretKind::StorageSas),
        &buildError);
    if (!account) {
        m_ui->connectionMessage->showMessage(InlineMessage::Kind::Error, buildError.message());
        updateActions();
        return;
    }
    state()->setStorageAccount(account);
    connectTo(*account);
}

void StoragePage::connectTo(const StorageAccount &account)
{
    m_ui->accountNameValue->setText(account.name);
    m_ui->endpointValue->setText(account.blobEndpoint.toDisplayString());
    m_service = std::make_unique<BlobService>(state()->network(), account);
    refresh();
}

void StoragePage::showConnectionError(const QString &text)
{
    m_ui->connectionMessage->showMessage(InlineMessage::Kind::Error, text);
    m_ui->connectionMessage->setActionText(tr("Retry"));
    updateActions();
}

void StoragePage::cleanupPage()
{
    cancelJobs();
}

bool StoragePage::validatePage()
{
    cancelJobs();
    return !selectedContainer().isEmpty();
}

bool StoragePage::isComplete() const
{
    return !selectedContainer().isEmpty() && !isBusy();
}

bool StoragePage::isBusy() const
{
    return m_listJob || m_createJob || m_secretsJob;
}

QString StoragePage::selectedContainer() const
{
    const QList<QTreeWidgetItem *> selected = m_ui->containerTree->selectedItems();
    return selected.isEmpty() ? QString() : selected.first()->text(NameColumn);
}

void StoragePage::refresh()
{
    if (!m_service)
        return;
    if (const QString current = selectedContainer(); !current.isEmpty() && m_selectAfterList.isEmpty())
        m_selectAfterList = current;
    m_listJob.reset(m_service->listContainers(this));
    connect(m_listJob.get(), &ContainerListJob::finished, this, &StoragePage::listFinished);
    m_ui->connectionMessage->clear();
    m_listJob->start();
    updateActions();
}

void StoragePage::listFinished(const QList<ContainerInfo> &containers, const Error &error)
{
    m_listJob.release()->deleteLater();
    if (error) {
        showConnectionError(error.message()); // says what was being done
        return;
    }
    const QString select = m_selectAfterList;
    m_selectAfterList.clear();
    m_ui->containerTree->clear();
    const QLocale locale;
    for (const ContainerInfo &info : containers) {
        auto *item = new QTreeWidgetItem(m_ui->containerTree);
        item->setText(NameColumn, info.name);
        const QString modified = info.lastModified.isValid()
            ? locale.toString(info.lastModified.toLocalTime(), QLocale::ShortFormat)
            : tr("unknown");
        item->setText(ModifiedColumn, modified);
        item->setData(ModifiedColumn, Qt::AccessibleTextRole, tr("Last modified %1").arg(modified));
        if (info.name == select)
            item->setSelected(true);
    }
    if (containers.isEmpty())
        m_ui->connectionMessage->showMessage(InlineMessage::Kind::Information,
                                             tr("This account has no containers yet: create one below."));
    if (const QList<QTreeWidgetItem *> selected = m_ui->containerTree->selectedItems(); !selected.isEmpty())
        m_ui->containerTree->scrollToItem(selected.first());
    selectionChanged();
    updateActions();
}

void StoragePage::createContainer()
{
    const QString name = m_ui->newContainerEdit->text().trimmed();
    if (!m_service || m_createJob || name.isEmpty())
        return;
    if (const Error error = BlobService::validateContainerName(name)) {
        m_ui->createMessage->showMessage(InlineMessage::Kind::Error, error.message());
        return;
    }
    m_ui->createMessage->clear();
    m_createJob.reset(m_service->createContainer(name, this));
    connect(m_createJob.get(), &ContainerCreateJob::finished, this, &StoragePage::createFinished);
    m_createJob->start();
    updateActions();
}

void StoragePage::createFinished(bool created, const Error &error)
{
    const QString name = m_createJob->name();
    m_createJob.release()->deleteLater();
    if (error) {
        m_ui->createMessage->showMessage(InlineMessage::Kind::Error, error.message());
        updateActions();
        return;
    }
    m_ui->createMessage->showMessage(created ? InlineMessage::Kind::Positive : InlineMessage::Kind::Information,
                                     created ? tr("Container “%1” created.").arg(name)
                                             : tr("Container “%1” already exists; it is selected.").arg(name));
    m_ui->newContainerEdit->clear();
    m_selectAfterList = name;
    refresh();
}

void StoragePage::selectionChanged()
{
    const QString name = selectedContainer();
    if (name.isEmpty()) {
        m_ui->selectionLabel->setText(tr("Select a container to continue."));
    } else {
        m_ui->selectionLabel->setText(tr("The retraining will use the container “%1”.").arg(name));
        if (const Error error = state()->setContainer(name))
            m_ui->createMessage->showMessage(InlineMessage::Kind::Warning,
                                             tr("The choice could not be saved in the profile: %1").arg(error.message()));
    }
    m_ui->selectionLabel->setAccessibleDescription(m_ui->selectionLabel->text());
    Q_EMIT completeChanged();
}

void StoragePage::cancelJobs()
{
    m_listJob.reset();
    m_createJob.reset();
    m_secretsJob.reset();
    updateActions();
}

void StoragePage::updateActions()
{
    const bool busy = isBusy();
    m_ui->busyBar->setVisible(busy);
    m_ui->statusLabel->setText(m_listJob      ? tr("Listing the containers…")
                               : m_createJob  ? tr("Creating the container…")
                               : m_secretsJob ? tr("Reading the storage credentials from the keychain…")
                                              : QString());
    m_ui->statusLabel->setAccessibleDescription(m_ui->statusLabel->text());
    m_ui->refreshButton->setEnabled(m_service && !busy);
    m_ui->createButton->setEnabled(m_service && !m_createJob && !m_ui->newContainerEdit->text().trimmed().isEmpty());
    m_ui->newContainerEdit->setEnabled(m_service != nullptr);
    m_ui->containerTree->setEnabled(m_service != nullptr);
    if (busy != m_wasBusy) {
        m_wasBusy = busy;
        Q_EMIT busyChanged(busy);
        Q_EMIT completeChanged();
    }
}

} // namespace mlr::gui
