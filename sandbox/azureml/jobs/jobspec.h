#pragma once

// `PUT {WS}/jobs/{name}` bodies (api 2022-10-01, docs/reference/azureml-v2-api.md §6)
// turned into a JobPlan the sandbox can run (jobexecution.h), or the ARM 400 the real
// service would give. Pure; no I/O.
//
// Member names are matched as ARM does, case-insensitively, and also in snake_case
// (pipeline nodes as azure-ai-ml sends them: job_input_type, component_id). Enumerated
// values may be snake_case or PascalCase ("uri_file" / "UriFile", "Command").
//
// A Command job runs one sandbox component (components.h), named by `componentId` or, when
// that is absent, by its command: `mlstudio run <component> ...` (<component> a bare name or
// an id). The job's inputs and outputs bind the component's by name. A Pipeline job runs
// its `jobs` map of command steps, each naming a component by `componentId`; a step input is
// a literal, `${{parent.inputs.X}}`, `${{parent.jobs.S.outputs.O}}` or a uri input of its
// own; a step output may bind `${{parent.outputs.Y}}`. sandbox/azureml/jobs/README.md has
// the rules and examples.

#include "azureml/jobs/components.h"

#include <QJsonObject>
#include <QMap>
#include <QStringList>

#include <variant>

namespace mlr::aml {

// The ARM error a PUT answers: {"error":{"code","message","target"}} with HTTP `status`.
// `code` is "BadRequest" for a malformed body or missing fields (message starting
// "Request is invalid and/or missing fields."), "UserError" for a well-formed job the
// sandbox cannot run; `target` is the JSON path at fault, e.g. "properties.inputs.training_data.uri".
struct JobSpecError
{
    int status = 400;
    QString code;
    QString message;
    QString target;

    QJsonObject toJson() const; // {"error":{"code","message","target"}}
};

enum class JobType
{
    Command,
    Pipeline
};
QString jobTypeName(JobType type); // "Command" / "Pipeline"

// An input of the job (or of one pipeline step, see JobPlan::inputs).
struct JobInput
{
    // "literal", "uri_file", "uri_folder", "mltable", "mlflow_model" or "custom_model".
    QString type;
    QString uri; // non-literal inputs: as given (azureml://datastores/..., azureml:name:1, https://...)
    QString value; // literal inputs: the value as text (JSON numbers / booleans converted)
    QString mode; // as given, e.g. "ReadOnlyMount"; empty when absent
    QString description;
    bool isLiteral() const { return type == u"literal"; }
};

struct JobOutput
{
    QString type; // "uri_folder", "uri_file", "mltable", "mlflow_model", "custom_model"
    QString uri; // empty: the sandbox picks the location
    QString mode = QStringLiteral("ReadWriteMount"); // or "Upload", "Direct"
    QString assetName;
    QString assetVersion;
    QString description;
    bool declared = true; // false: a command component's output the body did not declare
};

// Where a step input's value comes from.
struct StepInputBinding
{
    enum class Source
    {
        Literal, // `value`
        JobInput, // JobPlan::inputs[jobInput] (literal or data)
        StepOutput, // the output `output` of the step `step`
    };
    Source source = Source::Literal;
    QString value;
    QString jobInput;
    QString step;
    QString output;
};

struct JobStep
{
    QString name; // the `jobs` key; a command job's only step is named after its component
    const Component *component = nullptr; // never null in a plan
    QMap<QString, StepInputBinding> inputs; // by component input name (component spelling)
    QMap<QString, QString> outputs; // component output name -> the job output it fills
};

struct JobPlan
{
    JobType type = JobType::Command;
    QString displayName; // empty when not given
    QString experimentName = QStringLiteral("Default");
    QString description;
    // The job's inputs by name. A pipeline step's own (non-literal) inputs are here too,
    // under "jobs.<step>.inputs.<input>".
    QMap<QString, JobInput> inputs;
    // The job's outputs by name. For a command job: every output of its component (those
    // the body did not declare have declared = false).
    QMap<QString, JobOutput> outputs;
    QList<JobStep> steps; // dependencies first (ties by name)
    // The normalised `properties` to store and echo (camelCase members; jobType, inputs and
    // outputs in canonical form; pipeline `jobs` and `settings` as given). No status or
    // services: the server adds them.
    QJsonObject properties;

    // The names (keys of `inputs`) whose uri must be fetched to bytes before runJob.
    QStringList dataInputs() const;
    // The component of a command job (nullptr for a pipeline).
    const Component *component() const;
    const JobStep *step(const QString &name) const;
};

std::variant<JobPlan, JobSpecError> parseJob(const QJsonObject &putBody);

} // namespace mlr::aml
