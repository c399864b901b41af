#pragma once

#include "http/error.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace mlr::azureml {

// The REST `properties` of a Command job (as PUT jobs/{name} takes and parseJob reads) from an
// `az ml job create --file` YAML (CLI v2 command-job schema): name, display_name,
// experiment_name, description, tags, properties, command, code, environment,
// environment_variables, compute, inputs (literal values or {type, path, mode}), outputs
// ({type, path, mode, name, version}), resources, distribution, limits.timeout. The job's
// `name` (when given) is returned in *name. `workspaceId` (the workspace's ARM id, may be
// empty) turns `azureml:<compute>` and `azureml:<code>:<version>` into the ARM ids REST needs;
// without it they stay in the short form. Environments keep the `azureml:name:version` form
// the service accepts. What the wizard cannot translate (pipeline or sweep jobs, a local code
// or data path that needs an upload, an inline environment, an unknown key, a YAML syntax
// error) is an Error::Input naming the file, the line and the key. Pure; never throws.
std::optional<QJsonObject> jobPropertiesFromYaml(const QByteArray &yaml, const QString &fileName,
    Error *error, const QString &workspaceId = {}, QString *name = nullptr);

} // namespace mlr::azureml
