#pragma once

// Internal to jobspec.cpp / jobsteps.cpp: the shared pieces of parseJob.

#include "azureml/jobs/jobspec.h"

#include <optional>

namespace mlr::aml::detail {

// 400 BadRequest "Request is invalid and/or missing fields. <detail>".
JobSpecError badRequest(const QString &detail, const QString &target);
// 400 UserError.
JobSpecError userError(const QString &message, const QString &target);

// "azureml://registries/azureml/components/train_and_evaluate/versions/1, ..." for messages.
QString componentList();
JobSpecError unknownComponent(const QString &what, const QString &target);

// The port kind a job input of this type carries: Dataset for uri_file / uri_folder /
// mltable, TrainedModel for mlflow_model / custom_model; nullopt for literal.
std::optional<PortKind> kindOfInputType(const QString &type);

// A job (or step) input object: {jobInputType, uri | value, mode, description}.
std::variant<JobInput, JobSpecError> parseInput(const QJsonValue &value, const QString &target);

// A job output object: {jobOutputType, mode, uri, assetName, assetVersion, description}.
std::variant<JobOutput, JobSpecError> parseOutput(const QJsonValue &value, const QString &target);
// The canonical (camelCase, snake_case types) JSON of an input / output, as stored and echoed.
QJsonObject inputJson(const JobInput &input);
QJsonObject outputJson(const JobOutput &output);

// Checks `value` for a literal component input (integer / number / boolean / enum) and
// returns it normalised (booleans "True" / "False", enum values in the component's
// spelling). `who` names the step or job in messages.
std::variant<QString, JobSpecError> checkLiteral(
    const ComponentInput &input, const QString &value, const QString &who, const QString &target);

// Whether a JobInput may feed a component input (literal to literal, data to a Dataset port,
// a model to a Trained model port); the 400 otherwise.
std::optional<JobSpecError> checkInputKind(
    const ComponentInput &input, const JobInput &given, const QString &who, const QString &target);

// Required component inputs without a binding.
std::optional<JobSpecError> checkRequiredInputs(
    const JobStep &step, const QString &who, const QString &target);

// The engine's own checks of the step's parameters (LearnerSpec, Split Data, ...).
std::optional<JobSpecError> checkStepParameters(
    const JobStep &step, const JobPlan &plan, const QString &target);

// properties.jobs (and the pipeline outputs' bindings) into plan.steps / plan.inputs.
std::optional<JobSpecError> parsePipelineSteps(const QJsonObject &properties, JobPlan &plan);

} // namespace mlr::aml::detail
