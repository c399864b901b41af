#pragma once

#include "azureml/amlresources.h"

#include <optional>

namespace mlr::azureml {

// A job definition file, for a production model whose version names no training job
// (jobName): the JSON of GET jobs/{name} ({"name", "properties"}), or the properties object
// alone (the name is then the file's base name); or, for a .yml / .yaml file or content that
// is not JSON, an `az ml job create --file` command-job YAML (jobPropertiesFromYaml, with
// `workspaceId` to resolve azureml: compute and code references; its `name`, else the file's
// base name). Error::Input naming the file when it cannot be read or is not such a job. Reads
// at most 16 MiB; synchronous (a small local file). Used by `retrain submit --job-file` and the
// wizard's Submit step.
std::optional<Job> readJobFile(const QString &path, Error *error, const QString &workspaceId = {});

} // namespace mlr::azureml
