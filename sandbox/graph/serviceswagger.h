#pragma once

// The per-service swagger.json (GET {service}/swagger.json), shaped like the one captured
// from Studio (tests/data/specs/bes-captured/swagger.api.json): paths /swagger.json,
// /execute?api-version=2.0&format=swagger, /jobs?api-version=2.0,
// /jobs/{jobId}?api-version=2.0 (get, delete), /jobs/{jobId}/start?api-version=2.0; and
// definitions ExecutionRequest (with an example), ExecutionResults, BatchExecutionRequest,
// AzureBlobDataReference, BatchExecutionStatus, GlobalParameters (typed, with defaults),
// ExecutionInputs / ExecutionOutputs (arrays of <name>Item rows), BatchInputs /
// BatchOutputs (AzureBlobDataReference per input / output) and one <name>Item per input
// and dataset output with the real column schema.
//
// Choices where the capture is silent: trained-model outputs appear in BatchOutputs only
// (RRS cannot return a model); BatchExecutionStatus lists all five status strings; an
// <name>Item's "required" lists its non-nullable columns.

#include "graph/servicegraph.h"

#include <QUrl>

namespace mlr::studio {

// `properties` is the service's ARM properties (for the input / output column
// specifications, exampleRequest and description); `title` goes to info.title.
QJsonObject serviceSwagger(const ServiceGraph &graph, const QJsonObject &properties, const QString &title);
// The same with host, basePath and schemes taken from the service's base URL
// (e.g. http://127.0.0.1:8123/subscriptions/<sub>/services/<id>).
QJsonObject serviceSwagger(
    const ServiceGraph &graph, const QJsonObject &properties, const QString &title, const QUrl &baseUrl);

} // namespace mlr::studio
