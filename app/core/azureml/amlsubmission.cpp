#include "azureml/amlsubmission.h"

#include "azureml/amljobstatus.h"
#include "azureml/retrainrequest.h"
#include "ml/joboutputs.h"
#include "storage/blobservice.h"
#include "storage/blobuploadjob.h"

#include <QFileInfo>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace mlr::azureml {

QString retrainJobName(const QString &endpoint, const QDateTime &utc, const QString &suffix)
{
    QString base = endpoint.toLower();
    for (QChar &c : base)
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'-' && c != u'_')
            c = u'-';
    if (base.isEmpty())
        base = u"model"_s;
    return base.left(32) + u"-retrain-"_s + utc.toUTC().toString(u"yyyyMMdd-HHmmss"_s) + u'-' + suffix;
}

AmlRetrainSubmission::AmlRetrainSubmission(
    QNetworkAccessManager *nam, arm::TokenProvider *tokens, AmlSubmissionRequest request, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_tokens(tokens)
    , m_request(std::move(request))
{ }

AmlRetrainSubmission::~AmlRetrainSubmission() = default;

void AmlRetrainSubmission::start()
{
    if (m_started)
        return;
    m_started = true;
    QTimer::singleShot(0, this, [this] {
        if (m_finished)
            return;
        const AmlSubmissionRequest &r = m_request;
        if (!r.production.job)
            return finish(Error::input(tr("Model %1 version %2 names no training job to re-run.")
                                           .arg(r.production.model.name, r.production.model.version)));
        const QFileInfo file(r.inputFile);
        if (!file.isFile() || !file.isReadable())
            return finish(
                Error::input(tr("The file '%1' does not exist or cannot be read.").arg(r.inputFile)));
        const QDateTime now = r.now.isValid() ? r.now.toUTC() : QDateTime::currentDateTimeUtc();
        const QString suffix = ml::uniqueSuffix();
        const QString endpoint = r.production.endpoint.name;
        m_blob = u"mlretrain/"_s + ml::jobFolder(endpoint, now, suffix) + u'/' + file.fileName();
        m_dataUri = datastoreUri(r.datastore.name, m_blob);
        m_record.kind = ml::JobKind::AzureMl;
        m_record.jobId = r.jobName.isEmpty() ? retrainJobName(endpoint, now, suffix) : r.jobName;
        m_record.profile = r.profile;
        m_record.serviceName = endpoint;
        m_record.batchUrl = r.target.workspaceUrl();
        m_record.inputFile = file.absoluteFilePath();
        // The body is made once the data is uploaded; a job it cannot be made for stops here.
        const auto planned = retrainJobBody(*r.production.job, m_dataUri, r.inputName);
        if (const Error *e = std::get_if<Error>(&planned))
            return finish(*e);
        upload();
    });
}

void AmlRetrainSubmission::upload()
{
    Q_EMIT stageChanged(Stage::Uploading);
    BlobService blobs(m_nam, m_request.datastore.account);
    m_upload.reset(blobs.upload(m_request.inputFile, m_request.datastore.container, m_blob, nullptr));
    connect(m_upload.get(), &BlobUploadJob::progress, this, &AmlRetrainSubmission::uploadProgress);
    connect(m_upload.get(), &BlobUploadJob::finished, this, [this](const UploadResult &, const Error &error) {
        m_upload.release()->deleteLater();
        if (error)
            return finish(Error(error).withContext(
                tr("Uploading %1 to datastore %2").arg(m_request.inputFile, m_request.datastore.name)));
        submit();
    });
    m_upload->start();
}

void AmlRetrainSubmission::submit()
{
    Q_EMIT stageChanged(Stage::Submitting);
    const auto made = retrainJobBody(*m_request.production.job, m_dataUri, m_request.inputName);
    if (const Error *e = std::get_if<Error>(&made))
        return finish(*e);
    const RetrainRequest &body = std::get<RetrainRequest>(made);
    m_record.inputs.insert(body.input, QUrl(m_dataUri));
    m_record.state = ml::JobState::NotStarted;
    m_record.submitted = QDateTime::currentDateTimeUtc();
    journal([this, body = body.body] {
        m_put = std::make_unique<WorkspaceWriteJob>(m_nam, m_tokens, m_request.target, "PUT",
            u"/jobs/"_s + m_record.jobId, body, tr("the retraining job %1").arg(m_record.jobId));
        connect(m_put.get(), &WorkspaceWriteJob::finished, this, &AmlRetrainSubmission::onPut);
        m_put->start();
    });
}

void AmlRetrainSubmission::onPut(const WriteResult &result, const Error &error)
{
    if (m_put)
        m_put.release()->deleteLater();
    if (error.httpStatus == 409)
        return adoptExisting();
    if (error) {
        m_record.state = ml::JobState::Failed;
        m_record.ended = QDateTime::currentDateTimeUtc();
        m_record.details = error.message();
        return journal([this, error] { finish(error); });
    }
    Error invalid;
    const std::optional<Job> job = parseJob(result.answer, &invalid);
    if (!job)
        return finish(invalid.withContext(tr("Reading the created job %1").arg(m_record.jobId)));
    const ml::JobRecord known = m_record;
    m_record = jobRecordOf(*job, m_request.target, known.profile, known.serviceName, known.inputFile);
    m_record.inputs.insert(known.inputs); // the new data, also when the answer leaves uris out
    m_record.submitted = known.submitted;
    journal([this] { finish({}); });
}

// The name is taken: our own earlier PUT (its answer lost) when the job retrains our data.
void AmlRetrainSubmission::adoptExisting()
{
    m_get = std::make_unique<WorkspaceGetJob>(m_nam, m_tokens, m_request.target, u"/jobs/"_s + m_record.jobId,
        WorkspaceGetJob::Kind::One, tr("job %1").arg(m_record.jobId));
    connect(
        m_get.get(), &WorkspaceGetJob::finished, this, [this](const QJsonObject &body, const Error &error) {
            m_get.release()->deleteLater();
            if (error)
                return finish(error);
            const QString data = body[u"properties"_s][u"tags"_s][u"mlretrain.dataUri"_s].toString();
            if (data != m_dataUri)
                return finish(
                    Error::input(tr("A job named %1 already exists in workspace %2 and trains on other "
                                    "data; choose another job name.")
                                     .arg(m_record.jobId, m_request.target.workspace)));
            WriteResult adopted;
            adopted.answer = body;
            onPut(adopted, {});
        });
    m_get->start();
}

void AmlRetrainSubmission::journal(std::function<void()> then)
{
    ml::recordInBackground(
        m_record, m_request.journalDirectory, this, [this, then = std::move(then)](const Error &e) {
            if (e)
                Q_EMIT warning(tr("The job journal could not be updated: %1").arg(e.message()));
            then();
        });
}

void AmlRetrainSubmission::cancel()
{
    if (m_upload)
        m_upload->cancel(); // finishes the upload with Error::cancelled()
}

void AmlRetrainSubmission::finish(const Error &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_upload.reset();
    m_put.reset();
    m_get.reset();
    Q_EMIT stageChanged(Stage::Done);
    Q_EMIT finished(m_record, error);
}

} // namespace mlr::azureml
