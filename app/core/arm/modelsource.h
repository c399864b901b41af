#pragma once

#include "http/error.h"
#include "ml/jobjournal.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

// The guard of where a new model comes from (a retraining job), as pure functions: the job
// must be Finished, trained by the predictive service's own training service, have a model
// blob that exists, and fit the predictive service's task and input schema. The facts are
// gathered by ModelSourceCheckJob (modelsourcejob.h); ModelUpdateJob refuses the update,
// before any write, when checkModelSource() gives a refusal.
namespace mlr::arm {

struct ModelSource
{
    Q_DECLARE_TR_FUNCTIONS(mlr::arm::ModelSource)
};

// The training / predictive pair the job's profile records (the journal keeps the profile's
// name with each job; the profile names both services).
struct RecordedPair
{
    QString profile; // the job's profile (JobRecord::profile)
    bool profileFound = false; // the profile still exists
    QString trainingService; // its trainingServiceName
    QString predictiveService; // its predictiveServiceName
};

enum class ModelTask
{
    Unknown,
    BinaryClassification,
    MulticlassClassification,
    Regression
};
// "two-class classification", "regression", ... for people (translated); "unknown" for Unknown.
QString modelTaskText(ModelTask task);

// What a web service definition says its model takes and gives.
struct ServiceSchema
{
    ModelTask task = ModelTask::Unknown;
    QMap<QString, QString> inputs; // input column -> ARM type ("String", "Integer", "Number", ...)
    QString label; // training service: the label column (Train Model's "Label column")
    QString labelType; // training: the label's type; predictive: the type of "Scored Labels"
};

// A retraining service: its first input's columns, the label of its Train Model (a plain name
// or a Studio column picker, URL-encoded or not; else the "label" tag), the task of its
// learner module (Two-Class ..., Multiclass ..., ... Regression), else of its Evaluate Model
// output's columns (AUC: two-class; Mean Absolute Error: regression).
ServiceSchema trainingSchema(const QJsonObject &trainingService);
// A predictive service: its first input's columns; the task from its first output's columns
// ("Scored Probabilities": two-class, "Scored Probabilities for Class ...": multiclass, only
// "Scored Labels": regression) and the type of "Scored Labels".
ServiceSchema predictiveSchema(const QJsonObject &predictiveService);

// What a HEAD of a model blob found.
struct BlobFacts
{
    enum class Presence
    {
        Unchecked, // no HEAD was made
        Exists,
        Missing, // 404
        Unreadable, // not in the storage account that can be read, or the HEAD failed
    };
    Presence presence = Presence::Unchecked;
    QString why; // Unreadable: the reason, for people (redacted)
    qint64 size = -1;
    QByteArray contentMd5; // base64; empty when the blob has none
};

// Everything the source check looks at.
struct SourceFacts
{
    ml::JobRecord job;
    RecordedPair pair;
    QString predictiveName; // the service to update
    QJsonObject predictive; // its definition (GET)
    std::optional<QJsonObject> training; // the job's training service (GET); nullopt: not read
    Error trainingError; // why it was not read
    BlobFacts model; // the job's model blob
};

// Each refusal names the job, the reason and what to do; empty when the check passes.
// The job's state: only a Finished job has a model to deploy.
QStringList jobStateRefusals(const ml::JobRecord &job);
// The pair: when the job's profile names the job's training service, the predictive service
// it names must be the one to update. *confirmed: the profile confirms the pair.
QStringList pairRefusals(
    const ml::JobRecord &job, const RecordedPair &pair, const QString &predictiveName, bool *confirmed);
// Task and input schema of the training service against the predictive service: a task known
// on both sides must match; predictive input columns (the label aside) must be exactly the
// training service's, with compatible types (numbers, text, booleans); for classification the
// "Scored Labels" type must be the label's. Nothing is refused for what cannot be read.
QStringList schemaRefusals(const ml::JobRecord &job, const QString &trainingName,
    const ServiceSchema &training, const QString &predictiveName, const ServiceSchema &predictive);
// The model blob: refused when Missing or Unreadable (Unchecked: refused too, the model
// could not be looked at).
QStringList modelBlobRefusals(const ml::JobRecord &job, const QString &modelUri, const BlobFacts &model);

struct SourceCheck
{
    QStringList refusals;
    QStringList warnings;
};
// All of the above for an update from facts.job to facts.predictiveName (for a job that is not
// Finished, only its state and pair). The training service that cannot be read is refused
// unless the profile confirms the pair (then a warning).
SourceCheck checkModelSource(const SourceFacts &facts, const QString &modelUri);

// Same size and the same Content-MD5 on both sides (both known): the same bytes. nullopt when
// the properties cannot tell (no MD5 on one side and equal sizes): compare the bytes.
std::optional<bool> sameBlobProperties(const BlobFacts &a, const BlobFacts &b);

} // namespace mlr::arm
