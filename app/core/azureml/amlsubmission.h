#pragma once

#include "azureml/amlwrite.h"
#include "azureml/datastoreaccess.h"
#include "azureml/productionmodeljob.h"
#include "ml/jobjournal.h"
#include "storage/transferprogress.h"

#include <QDateTime>
#include <QObject>

#include <memory>

namespace mlr {
class BlobUploadJob;
}

namespace mlr::azureml {

// Everything a v2 retraining needs. The data check (DataCheckJob against
// TrainingSchemaJob's input) is the caller's: run it first and submit only a file without errors.
struct AmlSubmissionRequest
{
    QString profile; // for the journal
    WorkspaceTarget target;
    ProductionModel production; // its job is the one re-run (required)
    DatastoreAccess datastore; // where the CSV goes (the workspace's default datastore)
    QString inputFile;
    QString inputName; // the job input to point at the new data; {}: retrainJobBody's choice
    QString jobName; // {}: generated, {endpoint}-retrain-YYYYMMDD-HHMMSS-XXXX
    QString journalDirectory; // {}: the default journal
    QDateTime now; // the folder's and the name's time; invalid = current time
};

// A job name for a retraining of `endpoint` (lowercase letters, digits, '-' and '_'). Pure.
QString retrainJobName(const QString &endpoint, const QDateTime &utc, const QString &suffix);

// One v2 retraining submission, from a checked CSV to a created job (reference §13):
//   1. upload the CSV to the datastore at mlretrain/{endpoint}/{YYYYMMDD-HHMMSS-XXXX}/{file}
//      (BlobUploadJob: blocks, retries, progress);
//   2. the job body: the production job cloned onto that azureml://datastores/... URI
//      (retrainJobBody); Error::Input when it cannot be made;
//   3. the journal record (kind AzureMl, state NotStarted) before the job exists, so a
//      process killed during the PUT leaves the name to look up;
//   4. PUT jobs/{name}: retried on transient failures; a 409 answer (the PUT reached the
//      service before, e.g. a lost answer) is taken as created when the existing job retrains
//      the same data, and refused otherwise: one job, never two; the record is updated with
//      the job's outputs and status.
// finished() fires exactly once, from the event loop, with the record and no error once the
// job exists, or with the error (the record holds what is known). cancel() during the upload
// stops it (Error::cancelled()); destroying the object aborts what runs.
class AmlRetrainSubmission : public QObject
{
    Q_OBJECT

public:
    enum class Stage
    {
        Uploading,
        Submitting,
        Done
    };
    Q_ENUM(Stage)

    AmlRetrainSubmission(QNetworkAccessManager *nam, arm::TokenProvider *tokens, AmlSubmissionRequest request,
        QObject *parent = nullptr);
    ~AmlRetrainSubmission() override;

    void start();
    void cancel();
    const ml::JobRecord &record() const { return m_record; }
    QString dataUri() const { return m_dataUri; }

Q_SIGNALS:
    void stageChanged(mlr::azureml::AmlRetrainSubmission::Stage stage);
    void uploadProgress(const mlr::TransferProgress &progress);
    void warning(const QString &message);
    void finished(const mlr::ml::JobRecord &record, const mlr::Error &error);

private:
    void upload();
    void submit();
    void onPut(const WriteResult &result, const Error &error);
    void adoptExisting();
    void journal(std::function<void()> then);
    void finish(const Error &error);

    QNetworkAccessManager *m_nam;
    arm::TokenProvider *m_tokens;
    AmlSubmissionRequest m_request;
    ml::JobRecord m_record;
    QString m_blob;
    QString m_dataUri;
    std::unique_ptr<BlobUploadJob> m_upload;
    std::unique_ptr<WorkspaceWriteJob> m_put;
    std::unique_ptr<WorkspaceGetJob> m_get;
    bool m_started = false;
    bool m_finished = false;
};

} // namespace mlr::azureml
