#include "amlsubmitpage.h"
#include "azureml/trainingschema.h"
#include "dataproblems.h"
#include "inlinemessage.h"
#include "ml/datacheck.h"
#include "submitformat.h"
#include "ui_amlsubmitpage.h"
#include "wizardstate.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QMimeData>

// The data side of the Azure ML Submit step: the training schema of the production model's job
// (TrainingSchemaJob), the CSV chosen in the dialog, typed or dropped, and its check on a worker
// thread (DataCheckJob) with every problem.
namespace mlr::gui {

using namespace mlr::ml;
using namespace mlr::azureml;

void AmlSubmitPage::readSchema()
{
    m_ui->checkSummaryLabel->setText(tr("Reading the input schema of model %1…").arg(m_model->model.name));
    m_schema = std::make_unique<TrainingSchemaJob>(
        state()->network(), *m_datastore, m_model->model, *m_model->job, QString());
    connect(m_schema.get(), &TrainingSchemaJob::finished, this,
        [this](const ServiceSwagger &training, const QString &label, const Error &error) {
            m_schema.release()->deleteLater();
            if (error) {
                m_ui->checkSummaryLabel->clear();
                showError(tr("Reading the input schema of model %1 version %2")
                              .arg(m_model->model.name, m_model->model.version),
                    error);
            } else {
                m_training = training;
                m_label = label;
                m_ui->checkSummaryLabel->setText(
                    m_ui->fileEdit->text().isEmpty() ? tr("Choose the CSV file to train on.") : QString());
                if (!m_ui->fileEdit->text().isEmpty() && m_checkedFile != m_ui->fileEdit->text().trimmed())
                    startCheck();
            }
            updateBusy();
            updateActions();
        });
    m_schema->start();
    updateBusy();
}

void AmlSubmitPage::setInputFile(const QString &path)
{
    if (m_submission)
        return;
    m_ui->fileEdit->setText(path);
    m_checkedFile.clear();
    startCheck();
}

void AmlSubmitPage::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile() && !m_submission)
        event->acceptProposedAction();
}

void AmlSubmitPage::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() != 1 || !urls.first().isLocalFile() || m_submission)
        return;
    event->acceptProposedAction();
    setInputFile(urls.first().toLocalFile());
}

void AmlSubmitPage::startCheck()
{
    m_check.reset();
    m_ui->problemsTree->clear();
    m_ui->problemsTree->hide();
    const QString path = m_ui->fileEdit->text().trimmed();
    if (path.isEmpty() || !m_training) { // checked once the schema is known
        updateBusy();
        updateActions();
        return;
    }
    m_ui->checkSummaryLabel->setText(tr("Checking %1…").arg(QFileInfo(path).fileName()));
    m_check = std::make_unique<DataCheckJob>(path, *m_training, m_label); // on a worker thread
    m_check->setPredictiveSwagger(*m_training);
    connect(m_check.get(), &DataCheckJob::finished, this,
        [this, path](const DataCheckResult &result, const Error &error) {
            m_check.release()->deleteLater();
            if (error)
                m_ui->checkSummaryLabel->setText(
                    tr("The file could not be checked: %1").arg(error.message()));
            else {
                if (!result.hasErrors())
                    m_checkedFile = path;
                showCheck(result);
            }
            updateBusy();
            updateActions();
            Q_EMIT checkFinished();
        });
    m_check->start();
    updateBusy();
    updateActions();
}

void AmlSubmitPage::showCheck(const DataCheckResult &result)
{
    m_ui->checkSummaryLabel->setText(checkSummary(result));
    showDataProblems(m_ui->problemsTree, result);
}

} // namespace mlr::gui
