#include "submitpage.h"

#include "dataproblems.h"
#include "inlinemessage.h"
#include "ml/besjobmonitor.h"
#include "ml/besjobs.h"
#include "ml/datacheck.h"
#include "ml/retrainsubmission.h"
#include "secretbundlejob.h"
#include "submitformat.h"
#include "ui_submitpage.h"
#include "wizardstate.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QMimeData>

namespace mlr::gui {

using namespace mlr::ml;

namespace {
enum ProblemColumn
{
    SeverityColumn,
    LineColumn,
    ColumnColumn,
    MessageColumn
};
enum ParameterColumn
{
    NameColumn,
    ValueColumn,
    TypeColumn
};
} // namespace

SubmitPage::SubmitPage(WizardState *state, QWidget *parent)
    : WizardPage(state, parent)
    , m_ui(std::make_unique<Ui::SubmitPage>())
{
    m_ui->setupUi(this);
    setTitle(tr("Submit the retraining job"));
    setSubTitle(tr("Check the new training data, upload it and run the retraining web service on it."));
    setAcceptDrops(true);
    m_ui->uploadBar->hide();
    m_ui->problemsTree->hide();
    m_ui->problemsTree->header()->setSectionResizeMode(MessageColumn, QHeaderView::Stretch);
    m_ui->parametersTable->horizontalHeader()->setSectionResizeMode(
        NameColumn, QHeaderView::ResizeToContents);
    m_elapsedTimer.setInterval(1000);
    connect(&m_elapsedTimer, &QTimer::timeout, this, &SubmitPage::updateElapsed);

    connect(m_ui->browseButton, &QPushButton::clicked, this, [this] {
        auto *dialog = new QFileDialog(this, tr("Choose the training data"),
            QFileInfo(m_ui->fileEdit->text()).path(), tr("CSV files (*.csv *.tsv);;All files (*)"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(QFileDialog::ExistingFile);
        connect(dialog, &QFileDialog::fileSelected, this, &SubmitPage::setInputFile);
        dialog->open(); // window-modal, not a nested event loop
    });
    connect(m_ui->fileEdit, &QLineEdit::editingFinished, this, [this] {
        if (m_ui->fileEdit->text() != m_checkedFile)
            setInputFile(m_ui->fileEdit->text());
    });
    connect(m_ui->submitButton, &QPushButton::clicked, this, &SubmitPage::submit);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &SubmitPage::cancel);
    connect(m_ui->serviceMessage, &InlineMessage::actionTriggered, this, &SubmitPage::readKeys);
    connect(state, &WizardState::jobIdChanged, this, &SubmitPage::reattachFromState);
    connect(state, &WizardState::profileChanged, this, [this] {
        if (!m_monitor && !m_submission) {
            m_trainingKey.clear();
            m_swagger.reset();
        }
    });
    updateActions();
}

SubmitPage::~SubmitPage() = default;

void SubmitPage::initializePage()
{
    m_ui->serviceMessage->clear();
    if (state()->profile().trainingBatchUrl.isEmpty()) {
        m_ui->serviceMessage->showMessage(InlineMessage::Kind::Error,
            tr("Profile '%1' has no retraining service (its batch URL): set it on the Credentials step.")
                .arg(state()->profile().name));
        updateActions();
        return;
    }
    if (m_trainingKey.isEmpty() || m_keysProfile != state()->profile().name)
        readKeys();
    else if (!m_swagger)
        fetchSwaggers();
    else
        reattachFromState();
}

void SubmitPage::cleanupPage()
{
    // Going back leaves the upload and the job running; only the data check stops.
    m_check.reset();
    setBusy(m_submission || (m_monitor && !m_monitor->isFinished()));
}

bool SubmitPage::isComplete() const
{
    return m_record && m_record->state == JobState::Finished;
}

bool SubmitPage::isBusy() const
{
    return m_busy;
}

void SubmitPage::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

void SubmitPage::readKeys()
{
    m_ui->serviceMessage->clear();
    m_keysProfile = state()->profile().name;
    m_keys.reset(
        SecretBundleJob::read(state()->secrets(), m_keysProfile, { SecretKind::TrainingApiKey }, nullptr));
    connect(m_keys.get(), &SecretBundleJob::finished, this,
        [this](const QMap<SecretKind, QString> &values, const Error &error) {
            m_keys.release()->deleteLater();
            m_trainingKey = values.value(SecretKind::TrainingApiKey).trimmed();
            if (error || m_trainingKey.isEmpty()) {
                m_ui->serviceMessage->showMessage(InlineMessage::Kind::Error,
                    error ? tr("The retraining service's API key could not be read: %1").arg(error.message())
                          : tr("The retraining service's API key is not set: enter it on the Credentials "
                               "step."));
                m_ui->serviceMessage->setActionText(tr("Retry"));
                updateActions();
                return;
            }
            fetchSwaggers();
        });
    m_keys->start();
}

void SubmitPage::fetchSwaggers()
{
    m_ui->checkSummaryLabel->setText(tr("Reading the retraining service's description…"));
    m_fetch = std::make_unique<ServiceSwaggerFetch>(
        state()->network(), swaggerUrlFor(state()->profile().trainingBatchUrl));
    connect(m_fetch.get(), &ServiceSwaggerFetch::finished, this,
        [this](const ServiceSwagger &swagger, const Error &error) {
            m_fetch.release()->deleteLater();
            if (error) {
                m_ui->checkSummaryLabel->clear();
                m_ui->serviceMessage->showMessage(InlineMessage::Kind::Error,
                    tr("The retraining service's description (swagger.json) could not be read: %1")
                        .arg(error.message()));
                m_ui->serviceMessage->setActionText(tr("Retry"));
                updateActions();
                return;
            }
            m_swagger = swagger;
            m_ui->checkSummaryLabel->setText(
                m_ui->fileEdit->text().isEmpty() ? tr("Choose the CSV file to train on.") : QString());
            showParameters();
            if (!m_ui->fileEdit->text().isEmpty())
                startCheck();
            reattachFromState();
            updateActions();
        });
    m_fetch->start();
    // The predictive service's input tells which column is the label (optional).
    if (!state()->profile().predictiveRequestUrl.isEmpty()) {
        m_predictiveFetch = std::make_unique<ServiceSwaggerFetch>(
            state()->network(), swaggerUrlFor(state()->profile().predictiveRequestUrl));
        connect(m_predictiveFetch.get(), &ServiceSwaggerFetch::finished, this,
            [this](const ServiceSwagger &swagger, const Error &error) {
                m_predictiveFetch.release()->deleteLater();
                if (!error)
                    m_predictive = swagger;
                if (!m_ui->fileEdit->text().isEmpty() && m_checkedFile.isEmpty() && !m_check)
                    startCheck(); // it waited for the label column
            });
        m_predictiveFetch->start();
    }
}

void SubmitPage::showParameters()
{
    QTableWidget *table = m_ui->parametersTable;
    table->setRowCount(0);
    for (const GlobalParameterSpec &p : m_swagger->parameters) {
        const int row = table->rowCount();
        table->insertRow(row);
        auto *name = new QTableWidgetItem(p.name);
        name->setFlags(name->flags() & ~Qt::ItemIsEditable);
        name->setToolTip(p.description);
        table->setItem(row, NameColumn, name);
        auto *value = new QTableWidgetItem(p.defaultValue.isValid() ? p.defaultValue.toString() : QString());
        value->setData(Qt::AccessibleTextRole, tr("Value of %1").arg(p.name));
        table->setItem(row, ValueColumn, value);
        auto *type = new QTableWidgetItem(
            p.required && !p.defaultValue.isValid() ? tr("%1, required").arg(p.type) : p.type);
        type->setFlags(type->flags() & ~Qt::ItemIsEditable);
        table->setItem(row, TypeColumn, type);
    }
    m_ui->parametersBox->setVisible(true);
    if (m_swagger->parameters.isEmpty())
        m_ui->parametersTable->setToolTip(tr("This service has no global parameters."));
}

QMap<QString, QString> SubmitPage::parameterValues() const
{
    QMap<QString, QString> values;
    const QTableWidget *table = m_ui->parametersTable;
    for (int row = 0; row < table->rowCount(); ++row) {
        const QString text = table->item(row, ValueColumn)->text();
        if (!text.trimmed().isEmpty())
            values.insert(table->item(row, NameColumn)->text(), text);
    }
    return values;
}

void SubmitPage::setInputFile(const QString &path)
{
    m_ui->fileEdit->setText(path);
    m_checkedFile.clear();
    startCheck();
}

void SubmitPage::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile() && !m_submission)
        event->acceptProposedAction();
}

void SubmitPage::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() != 1 || !urls.first().isLocalFile())
        return;
    event->acceptProposedAction();
    setInputFile(urls.first().toLocalFile());
}

void SubmitPage::startCheck()
{
    m_ui->problemsTree->clear();
    m_ui->problemsTree->hide();
    const QString path = m_ui->fileEdit->text().trimmed();
    // The check waits for both descriptions: the predictive one says which column is the label.
    if (path.isEmpty() || !m_swagger || m_predictiveFetch) {
        updateActions();
        return;
    }
    m_ui->checkSummaryLabel->setText(tr("Checking %1…").arg(QFileInfo(path).fileName()));
    m_check = std::make_unique<DataCheckJob>(path, *m_swagger, QString());
    if (m_predictive)
        m_check->setPredictiveSwagger(*m_predictive);
    connect(m_check.get(), &DataCheckJob::finished, this,
        [this, path](const DataCheckResult &result, const Error &error) {
            m_check.release()->deleteLater();
            if (error) {
                m_ui->checkSummaryLabel->setText(error.message());
                updateActions();
                return;
            }
            if (!result.hasErrors())
                m_checkedFile = path;
            showCheck(result);
            updateActions();
        });
    m_check->start();
    updateActions();
}

void SubmitPage::showCheck(const DataCheckResult &result)
{
    m_ui->checkSummaryLabel->setText(checkSummary(result));
    showDataProblems(m_ui->problemsTree, result);
}

void SubmitPage::updateActions()
{
    const bool following = m_monitor && !m_monitor->isFinished();
    const bool checking = m_check != nullptr;
    const bool fileReady = !m_checkedFile.isEmpty() && m_checkedFile == m_ui->fileEdit->text().trimmed();
    m_ui->submitButton->setEnabled(
        !m_submission && !following && !checking && fileReady && m_swagger && !m_trainingKey.isEmpty());
    m_ui->cancelButton->setEnabled((m_submission != nullptr) || (following && !m_cancel));
    m_ui->browseButton->setEnabled(!m_submission);
    m_ui->fileEdit->setEnabled(!m_submission);
    m_ui->parametersTable->setEnabled(!m_submission && !following);
    m_ui->connectionStringCheck->setEnabled(!m_submission && !following);
    if (!m_submission)
        m_ui->uploadBar->setVisible(m_ui->uploadBar->value() > 0);
}

} // namespace mlr::gui
