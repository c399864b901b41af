#pragma once

#include "arm/smokecheck.h"
#include "http/error.h"

#include <optional>

namespace mlr::azureml {

// The sample rows of a smoke test from a CSV file (the new training data, or a job's scored
// split): the header's columns without `labelColumn` (and without `dropColumns`, e.g. the
// scored columns), and the first `maxRows` data rows as text. Error::Input naming the file
// (and the line) when it cannot be read, has no header or no data row, a row has another
// number of cells than the header, or the label column is not in it (an empty labelColumn
// drops nothing).
std::optional<arm::SmokeRows> sampleRowsFromCsv(const QString &path, const QString &labelColumn, int maxRows,
    Error *error, const QStringList &dropColumns = {});

} // namespace mlr::azureml
