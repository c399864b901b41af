#pragma once

#include "azureml/amlresources.h"
#include "azureml/datastoreaccess.h"
#include "ml/serviceswagger.h"

#include <QObject>
#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace mlr {
class BlobDownloadJob;
}

namespace mlr::azureml {

// An MLflow model's signature (the MLmodel file's signature.inputs / outputs: JSON column
// specs in a YAML string), with MLflow types as swagger types (long/integer -> integer,
// double/float -> number, boolean, string, others kept).
struct ModelSignature
{
    QList<ml::ColumnSpec> inputs;
    QList<ml::ColumnSpec> outputs;
};

// Error::Parse naming what is missing when the file has no column signature. Pure.
std::optional<ModelSignature> parseModelSignature(const QByteArray &mlmodel, Error *error);

// What a new training CSV is checked against: one dataset input `inputName` with the
// signature's inputs and then the label (typed as the "Scored Labels" output, string when
// unknown), and the outputs of a two-class model when the signature scores probabilities
// (so ml::isTwoClassService holds). Pure.
ml::ServiceSwagger trainingSwagger(
    const ModelSignature &signature, const QString &label, const QString &inputName);

// The label column a job trains on: its literal input label_column (or label, target_column);
// empty when it has none. Pure.
QString labelColumnOf(const Job &job);

// A job output path azureml://jobs/{job}/outputs/{output}/paths/{p} as the datastore path the
// job's output points at (its outputs' uri + p); a datastore path as it is; nullopt for any
// other form or another job. Pure.
std::optional<DatastorePath> outputPath(const QString &uri, const Job &job);

// The training input of the production model: its MLmodel (in the model version's modelUri,
// read from the datastore) as a trainingSwagger with the job's label. Contract: start() once;
// finished() exactly once; destroying the job cancels it.
class TrainingSchemaJob : public QObject
{
    Q_OBJECT

public:
    TrainingSchemaJob(QNetworkAccessManager *nam, DatastoreAccess datastore, ModelVersion model, Job job,
        QString inputName, QObject *parent = nullptr);
    ~TrainingSchemaJob() override;

    void start();

Q_SIGNALS:
    void finished(const mlr::ml::ServiceSwagger &training, const QString &label, const mlr::Error &error);

private:
    void finish(const ml::ServiceSwagger &training, const Error &error);

    QNetworkAccessManager *m_nam;
    DatastoreAccess m_datastore;
    ModelVersion m_model;
    Job m_job;
    QString m_inputName;
    QTemporaryDir m_dir;
    std::unique_ptr<BlobDownloadJob> m_download;
    bool m_started = false;
    bool m_finished = false;
};

} // namespace mlr::azureml
