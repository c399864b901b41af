#pragma once

#include "http/error.h"

#include <QByteArray>
#include <QStringList>

#include <optional>

namespace mlr::azureml {

// What the evaluation reads from an MLflow model's MLmodel file (YAML). Pure.
struct MlModelFile
{
    QStringList inputs; // signature.inputs: the column names, in order (empty: no column signature)
    QStringList outputs; // signature.outputs: the column names (e.g. "Scored Labels")
    QString labelColumn; // flavors.*.label_column when a flavour names it (the sandbox's does)
    QString task; // flavors.*.task when given (e.g. "binary_classification")
};

// Reads the top-level keys `signature` (inputs, outputs) and `flavors` (label_column, task
// of any flavour) of an MLmodel file. The signature's values are JSON column specs
// ([{"name": "age", "type": "long"}, ...]) in single-quoted, double-quoted or plain YAML
// scalars, possibly folded over several lines, as MLflow writes them; tensor specs (no
// names) give no columns. Not a general YAML parser: other keys are skipped.
// nullopt and *error (Error::Parse) when a signature is there but is not such JSON.
std::optional<MlModelFile> parseMlmodel(const QByteArray &yaml, Error *error);

} // namespace mlr::azureml
