#include "azureml/trainingschema.h"

#include "azureml/joboutputfiles.h"
#include "azureml/mlmodelfile.h"
#include "storage/blobdownloadjob.h"
#include "storage/blobservice.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace mlr::azureml {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mlr::azureml", text);
}

QString swaggerType(const QString &mlflow)
{
    const QString t = mlflow.toLower();
    if (t == u"long" || t == u"integer" || t == u"int" || t == u"int32" || t == u"int64")
        return u"integer"_s;
    if (t == u"double" || t == u"float" || t == u"number")
        return u"number"_s;
    return t;
}

} // namespace

std::optional<ModelSignature> parseModelSignature(const QByteArray &mlmodel, Error *error)
{
    const std::optional<MlModelFile> file = parseMlmodel(mlmodel, error);
    if (!file)
        return std::nullopt;
    if (file->inputs.isEmpty()) {
        if (error)
            *error
                = Error::parse(tr("The model's MLmodel file has no column signature (signature.inputs), so "
                                  "the new data cannot be checked against it."));
        return std::nullopt;
    }
    ModelSignature signature;
    signature.inputs = file->inputs;
    signature.outputs = file->outputs;
    for (QList<ml::ColumnSpec> *columns : { &signature.inputs, &signature.outputs })
        for (ml::ColumnSpec &c : *columns)
            c.type = swaggerType(c.type);
    return signature;
}

ml::ServiceSwagger trainingSwagger(
    const ModelSignature &signature, const QString &label, const QString &inputName)
{
    ml::PortSpec input;
    input.name = inputName;
    input.kind = ml::PortSpec::Kind::Dataset;
    input.columns = signature.inputs;
    input.ordered = true;
    ml::PortSpec scored;
    scored.name = u"scored"_s;
    scored.kind = ml::PortSpec::Kind::Dataset;
    scored.columns = signature.outputs;
    if (!label.isEmpty()) {
        ml::ColumnSpec l;
        l.name = label;
        l.type = u"string"_s;
        for (const ml::ColumnSpec &c : signature.outputs)
            if (c.name == u"Scored Labels")
                l.type = c.type;
        input.columns.append(l);
    }
    ml::ServiceSwagger swagger;
    swagger.title = inputName;
    swagger.inputs = { input };
    swagger.outputs = { scored };
    return swagger;
}

QString labelColumnOf(const Job &job)
{
    const QJsonObject inputs = job.raw[u"properties"_s][u"inputs"_s].toObject();
    for (const QString &name : { u"label_column"_s, u"label"_s, u"target_column"_s }) {
        const QJsonObject input = inputs.value(name).toObject();
        if (input[u"jobInputType"_s].toString().compare(u"literal"_s, Qt::CaseInsensitive) == 0)
            return input[u"value"_s].toString();
    }
    return {};
}

std::optional<DatastorePath> outputPath(const QString &uri, const Job &job)
{
    const auto located = locateOutputUri(uri);
    if (const auto *direct = std::get_if<DatastorePath>(&located))
        return *direct;
    const auto *output = std::get_if<JobOutputPath>(&located);
    if (!output || output->job.compare(job.name, Qt::CaseInsensitive) != 0)
        return std::nullopt;
    auto base
        = parseDatastoreUri(job.raw[u"properties"_s][u"outputs"_s][output->output][u"uri"_s].toString());
    if (!base)
        return std::nullopt;
    if (!base->path.isEmpty() && !base->path.endsWith(u'/'))
        base->path += u'/';
    base->path += output->path;
    return base;
}

TrainingSchemaJob::TrainingSchemaJob(QNetworkAccessManager *nam, DatastoreAccess datastore,
    ModelVersion model, Job job, QString inputName, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_datastore(std::move(datastore))
    , m_model(std::move(model))
    , m_job(std::move(job))
    , m_inputName(std::move(inputName))
{ }

TrainingSchemaJob::~TrainingSchemaJob() = default;

void TrainingSchemaJob::start()
{
    if (m_started)
        return;
    m_started = true;
    const auto path = outputPath(m_model.modelUri, m_job);
    if (!path || path->datastore.compare(m_datastore.name, Qt::CaseInsensitive) != 0)
        return QTimer::singleShot(0, this, [this] {
            finish({},
                Error::input(tr("Model %1 version %2 is at %3, which is not a path of datastore %4: its "
                                "signature cannot be read to check the new data (use --skip-check).")
                                 .arg(m_model.name, m_model.version, m_model.modelUri, m_datastore.name)));
        });
    QString blob = path->path;
    if (!blob.isEmpty() && !blob.endsWith(u'/'))
        blob += u'/';
    blob += u"MLmodel"_s;
    BlobService blobs(m_nam, m_datastore.account);
    m_download.reset(blobs.download(m_datastore.container, blob, m_dir.filePath(u"MLmodel"_s), nullptr));
    connect(m_download.get(), &BlobDownloadJob::finished, this,
        [this](const DownloadResult &, const Error &error) {
            m_download.release()->deleteLater();
            if (error)
                return finish({},
                    Error(error).withContext(tr("Reading the MLmodel file of model %1 version %2")
                                                 .arg(m_model.name, m_model.version)));
            QFile file(m_dir.filePath(u"MLmodel"_s));
            Error invalid;
            const auto signature = file.open(QIODevice::ReadOnly)
                ? parseModelSignature(file.read(1 << 20), &invalid)
                : std::nullopt;
            if (!signature)
                return finish({}, invalid);
            finish(trainingSwagger(*signature, labelColumnOf(m_job), m_inputName), {});
        });
    m_download->start();
}

void TrainingSchemaJob::finish(const ml::ServiceSwagger &training, const Error &error)
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(training, labelColumnOf(m_job), error);
}

} // namespace mlr::azureml
