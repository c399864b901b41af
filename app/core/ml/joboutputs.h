#pragma once

#include "http/error.h"
#include "ml/serviceswagger.h"

#include <QDateTime>
#include <QMap>
#include <QString>

namespace mlr::ml {

// Where a retraining job's blobs go, and which output is which. Pure functions.
//
// Layout in the profile's container:  SERVICE/YYYYMMDD-HHMMSS-XXXX/{input.csv, model.ilearner,
// evaluation.csv, scored.csv}; a dataset output without a known role is "<output name>.csv",
// a second output of a role gets its name appended ("model-output4.ilearner").

// Role names, as JobRecord::roles keys.
inline constexpr QStringView roleModel = u"model";
inline constexpr QStringView roleEvaluation = u"evaluation";
inline constexpr QStringView roleScored = u"scored";

// "SERVICE/YYYYMMDD-HHMMSS" (UTC), or "SERVICE/YYYYMMDD-HHMMSS-SUFFIX" with a suffix. The
// service name is made blob-safe: characters other than letters, digits, '-', '_' and '.'
// become '-'; an empty name becomes "service". Submissions use a random 4-hex suffix
// (uniqueSuffix()): two submissions to one service in the same second (parallel CI jobs, the
// CLI while the GUI runs) would otherwise overwrite each other's input and outputs.
QString jobFolder(const QString &serviceName, const QDateTime &utc, const QString &suffix = {});
QString uniqueSuffix(); // 4 random lowercase hex digits

// The role of each output (output name -> role), decided by the port's type and content,
// never by its name: a TrainedModel port is "model"; a Dataset port with a "Scored Labels"
// column is "scored"; a Dataset port with Studio's Evaluate Model columns (AUC, Accuracy,
// Mean Absolute Error, Coefficient of Determination, ...) is "evaluation". Others have none.
// The first port of each role wins (in the swagger's order).
QMap<QString, QString> outputRoles(const QList<PortSpec> &outputs);
// The inverse view for JobRecord::roles: role -> output name.
QMap<QString, QString> rolesToOutputs(const QMap<QString, QString> &outputRoles);

// Blob names (within the container) for every output of the service, under folder.
QMap<QString, QString> outputBlobNames(const QList<PortSpec> &outputs, const QString &folder);
// folder + "/input" + the file's extension (".csv" when it has none of the dataset ones).
QString inputBlobName(const QString &folder, const QString &localFile);

// The extension rules of BES, checked before anything is submitted: trained-model outputs
// must end in .ilearner, dataset outputs (and inputs) in .csv, .tsv or .arff (any case).
// Error::Input naming the output, the blob and the allowed extensions; no error when fine.
Error checkOutputBlobName(const QString &outputName, PortSpec::Kind kind, const QString &blobName);
Error checkInputBlobName(const QString &inputName, const QString &blobName);

} // namespace mlr::ml
