#pragma once

#include "http/error.h"
#include "http/retrypolicy.h"
#include "ml/besendpoint.h"
#include "ml/blobreference.h"
#include "ml/jobjournal.h"
#include "ml/serviceswagger.h"
#include "storage/blobtypes.h"
#include "storage/storageaccount.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace mlr {
class BlobService;
class BlobUploadJob;
} // namespace mlr

namespace mlr::ml {

class BesCancelJob;
class BesStartJob;
class BesSubmitJob;

// Everything one retraining submission needs. The data check (DataCheckJob) is the caller's:
// run it first and submit only a file without errors.
struct SubmissionRequest
{
    QString profile; // for the journal
    QString serviceName; // training service name: the blob folder and the journal
    BesEndpoint endpoint;
    StorageAccount storage;
    QString container;
    ServiceSwagger swagger; // its inputs, outputs (kinds, columns) and global parameters
    QString inputFile;
    QMap<QString, QString> parameters; // NAME -> VALUE as typed; converted with the swagger
    QMap<QString, QString> outputBlobs; // optional: output name -> blob name (default: generated)
    BlobReferencePolicy references; // SAS by default; the connection string on request
    QString journalDirectory; // {}: the default journal
    QDateTime now; // the folder's time; invalid = current time
};

// The global parameters to send: every swagger default, overridden by the given values,
// each converted to the swagger type (integer, number, boolean, string). Error::Input for a
// name the service does not have, a value of the wrong type, or a required parameter that
// has neither a value nor a default.
std::optional<QVariantMap> resolveParameters(
    const QList<GlobalParameterSpec> &specs, const QMap<QString, QString> &given, Error *error);

// One retraining submission, from a checked CSV to a running BES job:
//   1. plan and check (before any request): the service's single input, the output blob
//      names (generated SERVICE/YYYYMMDD-HHMMSS-XXXX/... or given) against the extension rules,
//      the global parameters, the blob references (SAS or connection string);
//   2. upload the CSV to CONTAINER/SERVICE/YYYYMMDD-HHMMSS-XXXX/input.csv (BlobUploadJob, resumable,
//      progress);
//   3. submit (never twice, see BesSubmitJob), record the job in the journal (NotStarted);
//   4. start, record it again (Running, started time).
// finished() fires exactly once, always from the event loop: with the journal record and no error once the
// job runs, or with the error (the record then holds what is known: a job id when the job was created).
// cancel(): during the upload the upload stops; once a job exists it is deleted (DELETE),
// recorded Cancelled, and finished() carries Error::cancelled(). Destroying the object
// aborts whatever runs without cancelling a job already created (the journal keeps it).
class RetrainSubmission : public QObject
{
    Q_OBJECT

public:
    enum class Stage
    {
        Preparing,
        Uploading,
        Submitting,
        Starting,
        Done
    };
    Q_ENUM(Stage)

    RetrainSubmission(QNetworkAccessManager *nam, SubmissionRequest request, QObject *parent = nullptr);
    ~RetrainSubmission() override;

    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; } // before start()
    // Upload tuning (tests): block size in bytes, 0 = automatic.
    void setUploadBlockSize(qint64 bytes) { m_blockSize = bytes; }
    void start();
    void cancel();
    Stage stage() const { return m_stage; }
    const JobRecord &record() const { return m_record; }

Q_SIGNALS:
    void stageChanged(mlr::ml::RetrainSubmission::Stage stage);
    void uploadProgress(const mlr::TransferProgress &progress);
    void jobCreated(const QString &jobId);
    // Something went wrong that does not stop the job (e.g. the journal could not be written).
    void warning(const QString &message);
    void finished(const mlr::ml::JobRecord &record, const mlr::Error &error);

private:
    Error plan();
    void upload();
    void submit();
    void startJob();
    void deleteJob();
    void setStage(Stage stage);
    // Records m_record in the journal (in the background), then calls `then` (if any).
    void journal(std::function<void()> then = {});
    void finish(const Error &error);

    QPointer<QNetworkAccessManager> m_nam;
    SubmissionRequest m_request;
    RetryPolicy m_policy;
    qint64 m_blockSize = 0;
    Stage m_stage = Stage::Preparing;
    JobRecord m_record;
    QString m_inputName;
    QString m_inputBlob;
    BesJobRequest m_jobRequest;
    std::unique_ptr<BlobService> m_blobs;
    std::unique_ptr<BlobUploadJob> m_upload;
    std::unique_ptr<BesSubmitJob> m_submit;
    std::unique_ptr<BesStartJob> m_start;
    std::unique_ptr<BesCancelJob> m_cancel;
    bool m_started = false;
    bool m_cancelRequested = false;
    bool m_finished = false;
};

} // namespace mlr::ml
