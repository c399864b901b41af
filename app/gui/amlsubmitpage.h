#pragma once

#include "azureml/datastoreaccess.h"
#include "azureml/productionmodeljob.h"
#include "ml/jobjournal.h"
#include "ml/serviceswagger.h"
#include "wizardpage.h"

#include <QTimer>

#include <memory>
#include <optional>

namespace Ui {
class AmlSubmitPage;
}

namespace mlr {
struct TransferProgress;
}

namespace mlr::ml {
class BesJobMonitor;
class DataCheckJob;
struct BesJobStatus;
struct DataCheckResult;
} // namespace mlr::ml

namespace mlr::azureml {
class AmlRetrainSubmission;
class DatastoreAccessJob;
class TrainingSchemaJob;
class WorkspaceWriteJob;
} // namespace mlr::azureml

namespace mlr::gui {

// Step "Submit" of an Azure Machine Learning (v2) profile: shows what serves the profile's
// endpoint in production (the deployment with the most traffic, its model name and version,
// and the job that trained it; a model without a training job asks for a job definition
// file), checks the chosen CSV (file dialog or drag and drop) on a worker thread against that
// job's input schema (every problem with its line and column), uploads it to the Storage
// step's datastore (the workspace's default one when none was chosen) with progress, submits
// a re-run of the job on it (AmlRetrainSubmission, journaled with kind AzureMl) and follows the
// job on a timeline with the elapsed time; Cancel stops the upload or asks the workspace to
// cancel the job. A job the wizard re-attaches to (WizardState::jobId() naming an AzureMl
// journal record) is followed instead of submitting. Complete once the job Completed.
// Errors are inline, naming the stage that failed; the chosen file and its check are kept.
class AmlSubmitPage : public WizardPage
{
    Q_OBJECT

public:
    explicit AmlSubmitPage(WizardState *state, QWidget *parent = nullptr);
    ~AmlSubmitPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool isBusy() const override;

    // Starts checking a file, as choosing it in the dialog or dropping it does.
    void setInputFile(const QString &path);
    // Uses the job definition file (the JSON of GET jobs/{name}) as the job to re-run, as
    // choosing it with the button does.
    void setJobFile(const QString &path);
    // The state of the job the page follows (Unknown when none).
    ml::JobState jobState() const { return m_record ? m_record->state : ml::JobState::Unknown; }

Q_SIGNALS:
    // After each check of a file ended (passed, refused or not possible).
    void checkFinished();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    // Preparation: production model -> datastore -> training schema -> data check.
    void loadProduction();
    void showProduction();
    void findDatastore();
    void readSchema();
    void startCheck();
    void showCheck(const ml::DataCheckResult &result);
    void resetPreparation();
    // The job (amlsubmitpagejob.cpp).
    void submit();
    void onUploadProgress(const TransferProgress &progress);
    void reattachFromState();
    void follow(const ml::JobRecord &record);
    void onPolled();
    void onJobEnded(const ml::BesJobStatus &status, const Error &error);
    void cancel();
    void onSignInChanged();
    void addTimeline(const QString &text);
    void updateElapsed();
    void updateActions();
    void updateBusy();
    void showError(const QString &stage, const Error &error);

    std::unique_ptr<Ui::AmlSubmitPage> m_ui;
    std::unique_ptr<azureml::ProductionModelJob> m_production;
    std::unique_ptr<azureml::DatastoreAccessJob> m_datastoreJob;
    std::unique_ptr<azureml::TrainingSchemaJob> m_schema;
    std::unique_ptr<ml::DataCheckJob> m_check;
    std::unique_ptr<azureml::AmlRetrainSubmission> m_submission;
    std::unique_ptr<ml::BesJobMonitor> m_monitor;
    std::unique_ptr<azureml::WorkspaceWriteJob> m_cancel;
    std::optional<azureml::ProductionModel> m_model; // with the job to re-run (maybe from a file)
    QString m_modelKey; // the profile, workspace and endpoint m_model is of
    std::optional<azureml::DatastoreAccess> m_datastore;
    std::optional<ml::ServiceSwagger> m_training;
    QString m_label;
    std::optional<ml::JobRecord> m_record;
    QString m_checkedFile; // the file whose check passed (empty: none)
    QString m_lastStatus; // the job's last status word on the timeline
    QTimer m_elapsedTimer;
    bool m_busy = false;
};

} // namespace mlr::gui
