#include "azureml/trainingschema.h"

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

// A YAML scalar as written by MLflow: 'single quoted' ('' = '), "double quoted" (JSON
// escapes) or plain.
QString yamlScalar(QString text)
{
    text = text.trimmed();
    if (text.size() >= 2 && text.startsWith(u'\'') && text.endsWith(u'\''))
        return text.mid(1, text.size() - 2).replace(u"''"_s, u"'"_s);
    if (text.size() >= 2 && text.startsWith(u'"') && text.endsWith(u'"'))
        return QJsonDocument::fromJson("[" + text.toUtf8() + "]").array().at(0).toString();
    return text;
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

std::optional<QList<ml::ColumnSpec>> columnSpecs(const QString &json)
{
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &e);
    if (!doc.isArray())
        return std::nullopt;
    QList<ml::ColumnSpec> columns;
    for (const QJsonValue &v : doc.array()) {
        ml::ColumnSpec c;
        c.name = v[u"name"_s].toString();
        c.type = swaggerType(v[u"type"_s].toString());
        if (c.name.isEmpty())
            return std::nullopt;
        columns.append(c);
    }
    return columns;
}

} // namespace

std::optional<ModelSignature> parseModelSignature(const QByteArray &mlmodel, Error *error)
{
    const QStringList lines = QString::fromUtf8(mlmodel).split(u'\n');
    static const QRegularExpression member(u"^(\\s+)(inputs|outputs):\\s*(.*)$"_s);
    bool inSignature = false;
    ModelSignature signature;
    bool haveInputs = false;
    for (const QString &line : lines) {
        if (!line.startsWith(u' ') && !line.trimmed().isEmpty())
            inSignature = line.startsWith(u"signature:"_s);
        const QRegularExpressionMatch m = member.match(line);
        if (!inSignature || !m.hasMatch())
            continue;
        const auto columns = columnSpecs(yamlScalar(m.captured(3)));
        if (!columns) {
            if (error)
                *error = Error::parse(tr("The model's MLmodel file has a signature.%1 that is not a list of "
                                         "named columns.")
                                          .arg(m.captured(2)));
            return std::nullopt;
        }
        if (m.captured(2) == u"inputs") {
            signature.inputs = *columns;
            haveInputs = true;
        } else {
            signature.outputs = *columns;
        }
    }
    if (!haveInputs || signature.inputs.isEmpty()) {
        if (error)
            *error
                = Error::parse(tr("The model's MLmodel file has no column signature (signature.inputs), so "
                                  "the new data cannot be checked against it."));
        return std::nullopt;
    }
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
    if (auto direct = parseDatastoreUri(uri))
        return direct;
    static const QRegularExpression jobForm(
        u"^azureml://jobs/([^/]+)/outputs/([^/]+)/paths/?(.*)$"_s, QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = jobForm.match(uri);
    if (!m.hasMatch() || m.captured(1).compare(job.name, Qt::CaseInsensitive) != 0)
        return std::nullopt;
    const QString output = job.raw[u"properties"_s][u"outputs"_s][m.captured(2)][u"uri"_s].toString();
    auto base = parseDatastoreUri(output);
    if (!base)
        return std::nullopt;
    if (!base->path.isEmpty() && !base->path.endsWith(u'/'))
        base->path += u'/';
    base->path += m.captured(3);
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
