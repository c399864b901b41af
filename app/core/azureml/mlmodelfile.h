#pragma once

#include "http/error.h"
#include "ml/serviceswagger.h"

#include <QByteArray>
#include <QStringList>

#include <optional>

namespace mlr::azureml {

// What the flow reads from an MLflow model's MLmodel file (YAML). Pure.
struct MlModelFile
{
    // signature.inputs / outputs: the named columns in order, with MLflow's type names ("long",
    // "double", "string", "boolean", ...); columns without a name (tensor specs, the unnamed
    // outputs of many MLflow flavours) are left out. Empty: no column signature.
    QList<ml::ColumnSpec> inputs;
    QList<ml::ColumnSpec> outputs;
    QString labelColumn; // flavors.*.label_column when a flavour names it (the sandbox's does)
    QString task; // flavors.*.task when given (e.g. "binary_classification")

    QStringList inputNames() const;
};

// Reads the top-level keys `signature` (inputs, outputs) and `flavors` (label_column, task
// of any flavour) of an MLmodel file. The signature's values are JSON column specs
// ([{"name": "age", "type": "long"}, ...]) in single-quoted, double-quoted or plain YAML
// scalars, possibly folded over several lines, as MLflow (PyYAML) writes them. Not a general
// YAML parser: other keys are skipped. (azureml::parseModelSignature reads it too.)
// nullopt and *error (Error::Parse) when a signature is there but is not such JSON.
std::optional<MlModelFile> parseMlmodel(const QByteArray &yaml, Error *error);

} // namespace mlr::azureml
