#include "ml/retrainsubmission.h"

#include "ml/besjobs.h"
#include "ml/joboutputs.h"
#include "storage/blobservice.h"

#include <QFileInfo>

namespace mlr::ml {

std::optional<QVariantMap> resolveParameters(
    const QList<GlobalParameterSpec> &specs, const QMap<QString, QString> &given, Error *error)
{
    auto fail = [error](const QString &text) {
        if (error)
            *error = Error::input(text);
        return std::nullopt;
    };
    QStringList known;
    for (const GlobalParameterSpec &s : specs)
        known << s.name;
    for (auto it = given.begin(); it != given.end(); ++it) {
        if (!known.contains(it.key()))
            return fail(
                RetrainSubmission::tr("The service has no global parameter '%1' (it has: %2).")
                    .arg(it.key(),
                        known.isEmpty() ? RetrainSubmission::tr("none") : known.join(QStringLiteral(", "))));
    }
    QVariantMap result;
    for (const GlobalParameterSpec &s : specs) {
        if (!given.contains(s.name)) {
            if (s.defaultValue.isValid())
                result.insert(s.name, s.defaultValue);
            else if (s.required)
                return fail(
                    RetrainSubmission::tr("The global parameter '%1' is required and has no default: give it "
                                          "a value.")
                        .arg(s.name));
            continue;
        }
        const QString text = given.value(s.name).trimmed();
        bool ok = true;
        QVariant value;
        if (s.type == u"integer") {
            value = text.toLongLong(&ok);
        } else if (s.type == u"number") {
            value = text.toDouble(&ok);
        } else if (s.type == u"boolean") {
            const QString lower = text.toLower();
            ok = lower == u"true" || lower == u"false" || lower == u"1" || lower == u"0";
            value = lower == u"true" || lower == u"1";
        } else {
            value = given.value(s.name);
        }
        if (!ok)
            return fail(
                RetrainSubmission::tr("The global parameter '%1' needs a value of type %2; '%3' is not one.")
                    .arg(s.name, s.type, text));
        if (!s.enumValues.isEmpty() && !s.enumValues.contains(value.toString()))
            return fail(RetrainSubmission::tr("The global parameter '%1' must be one of: %2.")
                            .arg(s.name, s.enumValues.join(QStringLiteral(", "))));
        if ((s.minimum && value.toDouble() < *s.minimum) || (s.maximum && value.toDouble() > *s.maximum))
            return fail(
                RetrainSubmission::tr("The global parameter '%1' is out of range: %2.").arg(s.name, text));
        result.insert(s.name, value);
    }
    return result;
}

RetrainSubmission::RetrainSubmission(QNetworkAccessManager *nam, SubmissionRequest request, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_request(std::move(request))
{ }

RetrainSubmission::~RetrainSubmission() = default;

void RetrainSubmission::start()
{
    if (m_started)
        return;
    m_started = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_finished) // cancelled before it began
                return;
            if (const Error e = plan()) {
                finish(e);
                return;
            }
            upload();
        },
        Qt::QueuedConnection);
}

Error RetrainSubmission::plan()
{
    const SubmissionRequest &r = m_request;
    const QFileInfo file(r.inputFile);
    if (!file.isFile() || !file.isReadable())
        return Error::input(tr("The file '%1' does not exist or cannot be read.").arg(r.inputFile));
    if (const Error e = BlobService::validateContainerName(r.container))
        return e;
    if (r.swagger.inputs.size() > 1)
        return Error::input(
            tr("The service has %1 inputs; only services with one input can be retrained here.")
                .arg(r.swagger.inputs.size()));
    if (r.swagger.outputs.isEmpty())
        return Error::input(
            tr("The service's swagger.json declares no outputs, so there is nothing to retrain."));
    m_inputName = r.swagger.inputs.isEmpty() ? QStringLiteral("input1") : r.swagger.inputs.first().name;

    const QDateTime now = r.now.isValid() ? r.now.toUTC() : QDateTime::currentDateTimeUtc();
    const QString folder = jobFolder(r.serviceName, now, uniqueSuffix());
    m_inputBlob = inputBlobName(folder, r.inputFile);
    if (const Error e = checkInputBlobName(m_inputName, m_inputBlob))
        return e;
    QMap<QString, QString> blobs = outputBlobNames(r.swagger.outputs, folder);
    for (auto it = r.outputBlobs.begin(); it != r.outputBlobs.end(); ++it) {
        if (!r.swagger.output(it.key()))
            return Error::input(tr("The service has no output '%1'.").arg(it.key()));
        blobs.insert(it.key(), it.value());
    }
    for (const PortSpec &port : r.swagger.outputs)
        if (const Error e = checkOutputBlobName(port.name, port.kind, blobs.value(port.name)))
            return e;

    Error error;
    const std::optional<QVariantMap> parameters
        = resolveParameters(r.swagger.parameters, r.parameters, &error);
    if (!parameters)
        return error;

    m_blobs = std::make_unique<BlobService>(m_nam.data(), r.storage);
    m_blobs->setRetryPolicy(m_policy);
    m_jobRequest.inputs.insert(m_inputName,
        makeBlobReference(r.storage, r.container, m_inputBlob, BlobAccess::Read, r.references, &error));
    if (error)
        return error;
    for (auto it = blobs.begin(); it != blobs.end(); ++it) {
        m_jobRequest.outputs.insert(it.key(),
            makeBlobReference(r.storage, r.container, it.value(), BlobAccess::Write, r.references, &error));
        if (error)
            return error;
    }
    m_jobRequest.globalParameters = *parameters;

    m_record.profile = r.profile;
    m_record.serviceName = r.serviceName;
    m_record.batchUrl = r.endpoint.baseUrl;
    m_record.inputFile = file.absoluteFilePath();
    m_record.inputs.insert(m_inputName, m_blobs->blobUrl(r.container, m_inputBlob));
    for (auto it = blobs.begin(); it != blobs.end(); ++it)
        m_record.outputs.insert(it.key(), m_blobs->blobUrl(r.container, it.value()));
    m_record.roles = rolesToOutputs(outputRoles(r.swagger.outputs));
    m_record.parameters = *parameters;
    m_record.state = JobState::Unknown;
    return {};
}

void RetrainSubmission::setStage(Stage stage)
{
    m_stage = stage;
    Q_EMIT stageChanged(stage);
}

void RetrainSubmission::upload()
{
    setStage(Stage::Uploading);
    m_upload.reset(m_blobs->upload(m_request.inputFile, m_request.container, m_inputBlob, nullptr));
    if (m_blockSize > 0)
        m_upload->setBlockSize(m_blockSize);
    connect(m_upload.get(), &BlobUploadJob::progress, this, &RetrainSubmission::uploadProgress);
    connect(m_upload.get(), &BlobUploadJob::finished, this, [this](const UploadResult &, const Error &error) {
        m_upload.release()->deleteLater();
        if (error) {
            finish(error);
            return;
        }
        if (m_cancelRequested) {
            finish(Error::cancelled());
            return;
        }
        submit();
    });
    m_upload->start();
}

void RetrainSubmission::submit()
{
    setStage(Stage::Submitting);
    m_submit = std::make_unique<BesSubmitJob>(m_nam.data(), m_request.endpoint, m_jobRequest);
    m_submit->setRetryPolicy(m_policy);
    connect(m_submit.get(), &BesSubmitJob::finished, this, [this](const QString &jobId, const Error &error) {
        m_submit.release()->deleteLater();
        if (error) {
            finish(error);
            return;
        }
        m_record.jobId = jobId;
        m_record.submitted = QDateTime::currentDateTimeUtc();
        m_record.state = JobState::NotStarted;
        journal();
        Q_EMIT jobCreated(jobId);
        if (m_cancelRequested) {
            deleteJob();
            return;
        }
        startJob();
    });
    m_submit->start();
}

void RetrainSubmission::startJob()
{
    setStage(Stage::Starting);
    m_start = std::make_unique<BesStartJob>(m_nam.data(), m_request.endpoint, m_record.jobId);
    m_start->setRetryPolicy(m_policy);
    connect(m_start.get(), &BesStartJob::finished, this, [this](const Error &error) {
        m_start.release()->deleteLater();
        if (error) {
            finish(error); // the job stays NotStarted in the journal: `retrain status` can look at it
            return;
        }
        m_record.started = QDateTime::currentDateTimeUtc();
        m_record.state = JobState::Running;
        journal([this] {
            if (m_cancelRequested) {
                deleteJob();
                return;
            }
            setStage(Stage::Done);
            finish({});
        });
    });
    m_start->start();
}

void RetrainSubmission::cancel()
{
    if (m_finished || m_cancelRequested)
        return;
    m_cancelRequested = true;
    if (m_upload) {
        m_upload->cancel(); // finishes the upload with Error::cancelled()
        return;
    }
    if (!m_started || m_stage == Stage::Preparing) {
        finish(Error::cancelled());
        return;
    }
    // Submitting or starting: the job is deleted once its id is known (see submit/startJob).
}

void RetrainSubmission::deleteJob()
{
    m_cancel = std::make_unique<BesCancelJob>(m_nam.data(), m_request.endpoint, m_record.jobId);
    m_cancel->setRetryPolicy(m_policy);
    connect(m_cancel.get(), &BesCancelJob::finished, this, [this](const Error &error) {
        m_cancel.release()->deleteLater();
        if (error) {
            finish(error);
            return;
        }
        m_record.state = JobState::Cancelled;
        m_record.ended = QDateTime::currentDateTimeUtc();
        journal([this] { finish(Error::cancelled()); });
    });
    m_cancel->start();
}

void RetrainSubmission::journal(std::function<void()> then)
{
    recordInBackground(
        m_record, m_request.journalDirectory, this, [this, then = std::move(then)](const Error &e) {
            if (e)
                Q_EMIT warning(e.message());
            if (then)
                then();
        });
}

void RetrainSubmission::finish(const Error &error)
{
    if (m_finished)
        return;
    m_finished = true;
    // Always from the event loop, also when cancel() ends it: callers may delete us in the slot.
    QMetaObject::invokeMethod(
        this, [this, record = m_record, error] { Q_EMIT finished(record, error); }, Qt::QueuedConnection);
}

} // namespace mlr::ml
