#pragma once

// Online scoring (managed online endpoints, docs/reference/azureml-v2-api.md §9.3) with a
// trained model. Pure; load the model once (loadIlearner) and call the TrainedModel
// overload for every request.
//
// Request bodies (UTF-8 JSON):
//   {"input_data": {"columns": [...], "index": [...], "data": [[...], ...]}}  MLflow "split"
//   {"input_data": [{"<column>": value, ...}, ...]}                           records
//   {"data": [{"<column>": value, ...}, ...]}                                 records
//   {"data": [[...], ...]}     rows of values in the model's feature column order
// Every feature column of the model must be given (other columns are ignored); null or ""
// is a missing value. Numbers may come as JSON numbers or numeric text, booleans as JSON
// booleans, true/false/yes/no/1/0; text columns take text, numbers or booleans.
//
// Answer: a JSON array, one object per row: two-class {"Scored Labels": <the label, as its
// type: text, number or boolean>, "Scored Probabilities": P(positive label)}; regression
// {"Scored Labels": number}.

#include "engine/model.h"

#include <QByteArray>
#include <QJsonObject>

#include <variant>

namespace mlr::aml {

struct ScoreError
{
    int status = 400; // 400 bad request; 424 the model could not be loaded
    // "MalformedRequest" (not JSON / not one of the shapes), "MissingColumn", "InvalidValue",
    // "ModelError" (424).
    QString code;
    QString message;

    QJsonObject toJson() const; // {"error":{"code","message"}}
};

std::variant<QByteArray, ScoreError> scoreRequest(
    const studio::TrainedModel &model, const QByteArray &requestBody);
// Loads the .ilearner first (ModelError when it does not load).
std::variant<QByteArray, ScoreError> scoreRequest(const QByteArray &ilearner, const QByteArray &requestBody);

} // namespace mlr::aml
