#pragma once

#include "ml/jobjournal.h"
#include "ml/serviceswagger.h"
#include "wizardpage.h"

#include <QElapsedTimer>
#include <QTimer>

#include <memory>
#include <optional>

namespace Ui {
class SubmitPage;
}

namespace mlr {
struct TransferProgress;
}

namespace mlr::ml {
class BesCancelJob;
class BesJobMonitor;
class DataCheckJob;
class RetrainSubmission;
class ServiceSwaggerFetch;
struct BesJobStatus;
struct DataCheckResult;
} // namespace mlr::ml

namespace mlr::gui {

class SecretBundleJob;

// Step "Submit": choose the training CSV (file dialog or drag and drop), see the data check
// (every problem with its line and column), edit the global parameters (the swagger's
// defaults), upload with progress (bytes, MB/s, ETA), submit and start the BES job, and
// follow it on a timeline with the elapsed time; cancel the upload or the job. A job the
// wizard re-attaches to (WizardState::jobId() of an unfinished journal job) is followed the
// same way. The page is complete once the job Finished. Everything runs asynchronously: the
// check on a worker thread, the network through jobs.
class SubmitPage : public WizardPage
{
    Q_OBJECT

public:
    explicit SubmitPage(WizardState *state, QWidget *parent = nullptr);
    ~SubmitPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool isBusy() const override;

    // Starts checking a file, as choosing it in the dialog or dropping it does.
    void setInputFile(const QString &path);
    // The state of the job the page follows (Unknown when none).
    ml::JobState jobState() const { return m_record ? m_record->state : ml::JobState::Unknown; }

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void readKeys();
    void fetchSwaggers();
    void showParameters();
    void startCheck();
    void showCheck(const ml::DataCheckResult &result);
    void submit();
    void onUploadProgress(const TransferProgress &progress);
    void follow(const ml::JobRecord &record);
    void onStateChanged(ml::JobState state, const ml::BesJobStatus &status);
    void onJobEnded(const ml::BesJobStatus &status, const Error &error);
    void cancel();
    void addTimeline(const QString &text);
    void updateElapsed();
    void updateActions();
    void reattachFromState();
    QMap<QString, QString> parameterValues() const;
    void setBusy(bool busy);

    std::unique_ptr<Ui::SubmitPage> m_ui;
    std::unique_ptr<SecretBundleJob> m_keys;
    std::unique_ptr<ml::ServiceSwaggerFetch> m_fetch;
    std::unique_ptr<ml::ServiceSwaggerFetch> m_predictiveFetch;
    std::unique_ptr<ml::DataCheckJob> m_check;
    std::unique_ptr<ml::RetrainSubmission> m_submission;
    std::unique_ptr<ml::BesJobMonitor> m_monitor;
    std::unique_ptr<ml::BesCancelJob> m_cancel;
    std::optional<ml::ServiceSwagger> m_swagger;
    std::optional<ml::ServiceSwagger> m_predictive;
    std::optional<ml::JobRecord> m_record;
    QString m_trainingKey;
    QString m_keysProfile;
    QString m_checkedFile; // the file whose check passed (empty: none)
    QTimer m_elapsedTimer;
    bool m_busy = false;
};

} // namespace mlr::gui
