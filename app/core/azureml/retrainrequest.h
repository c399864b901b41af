#pragma once

#include "azureml/amlresources.h"

#include <variant>

namespace mlr::azureml {

// The PUT jobs/{name} body that re-runs the production model's job on new data (reference
// §13: "Retrain = re-run the production model's job on new data"). Pure.
struct RetrainRequest
{
    QJsonObject body; // {"properties": ...}
    QString input; // the data input that now points at the new data
};

// Clones `production`'s definition (command or pipeline job) without what the service
// computes (status, services, the outputs' uris and the "default" output, the sandbox's
// error notes), points the data input at dataUri, and tags the job with the job it re-runs
// (tags "mlretrain.retrainOf" and "mlretrain.dataUri"). The input is `inputName` when given;
// else "training_data" when the job has it; else its only uri_file / uri_folder / mltable
// input. An Error::Input names the inputs when that choice is ambiguous or impossible.
std::variant<RetrainRequest, Error> retrainJobBody(
    const Job &production, const QString &dataUri, const QString &inputName = {});

} // namespace mlr::azureml
