#pragma once

// The components mlstudio-local publishes for Azure ML (v2) jobs: `train_and_evaluate`
// (the whole retraining experiment of engine/pipeline.h) and one component per Studio
// module of the catalogue (engine/catalogue.h, graph/moduleports.h), with snake_case
// names derived from the Studio port and parameter names ("Fraction of rows in the first
// output dataset" -> fraction_of_rows_in_the_first_output_dataset). sandbox/azureml/jobs/
// README.md lists every component, input and output.
//
// A component is referred to by any of these ids (name and version case-insensitive; the
// only version is 1):
//   azureml://registries/azureml/components/{name}/versions/1
//   azureml:{name}:1          azureml:{name}@latest
//   /subscriptions/{s}/resourceGroups/{rg}/providers/Microsoft.MachineLearningServices/
//       workspaces/{ws}/components/{name}/versions/1

#include "engine/learners.h"
#include "graph/moduleports.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace mlr::aml {

using studio::PortKind;

enum class ComponentKind
{
    Retraining, // train_and_evaluate: runRetraining
    Module, // one Studio module (runModule of sandbox/graph)
};

// The files an output folder receives (jobexecution.h): Dataset "data.csv"; ScoredData
// "scored.csv"; Evaluation "metrics.json" + "evaluation.csv"; TrainedModel "MLmodel" +
// "model.ilearner"; UntrainedModel "learner.json".
enum class ArtifactKind
{
    Dataset,
    ScoredData,
    Evaluation,
    TrainedModel,
    UntrainedModel,
};

struct ComponentInput
{
    QString name; // snake_case, e.g. "training_data", "label_column"
    // Component spec type: uri_file, uri_folder, mlflow_model, custom_model (data and
    // model ports) or string, integer, number, boolean (literal parameters).
    QString type;
    QString description;
    bool optional = false;
    QString defaultValue; // literals only; empty when none (or when it depends on the learner)
    QStringList enumValues; // literal strings with a fixed set of values
    QString studioName; // the Studio port or parameter name it maps to
    std::optional<PortKind> port; // data / model ports; nullopt for literal parameters
    bool isLiteral() const { return !port.has_value(); }
};

struct ComponentOutput
{
    QString name; // snake_case, e.g. "model", "results_dataset1"
    QString type; // uri_folder, mlflow_model or custom_model
    QString description;
    QString studioName; // the Studio output port (train_and_evaluate: the RetrainResult part)
    PortKind port = PortKind::Dataset;
    ArtifactKind artifact = ArtifactKind::Dataset;
};

struct Component
{
    QString name; // e.g. "split_data"
    QString displayName; // e.g. "Split Data"
    QString description;
    ComponentKind kind = ComponentKind::Module;
    QString moduleName; // Studio module name (Module kind only)
    QList<ComponentInput> inputs;
    QList<ComponentOutput> outputs;

    // By name, case-insensitively; nullptr when absent.
    const ComponentInput *input(const QString &name) const;
    const ComponentOutput *output(const QString &name) const;
    // azureml://registries/azureml/components/{name}/versions/1
    QString id() const;
};

inline const QString componentVersion = QStringLiteral("1");

// Every published component, train_and_evaluate first, then the catalogue's modules.
const QList<Component> &components();
QStringList componentNames();
// By any id form above; nullptr for anything else (a bare name is not an id).
const Component *findComponent(const QString &id);
// By bare name (case-insensitive), or by any id form; nullptr when unknown.
const Component *findComponentByName(const QString &nameOrId);

// "Fraction of rows in the first output dataset" -> "fraction_of_rows_in_the_first_output_dataset":
// lower case, every run of other characters than letters and digits one '_', none at the ends.
QString snakeCase(const QString &studioName);

// The learners of train_and_evaluate's `learner` input, by snake_case module name
// ("two_class_logistic_regression", ...); nullopt when unknown (case-insensitive; the
// Studio module names are accepted too).
std::optional<studio::LearnerKind> parseLearnerName(const QString &name);
QString learnerName(studio::LearnerKind kind);

// The component spec (the YAML of `az ml component create`, as JSON): $schema, name,
// version, display_name, description, type "command", inputs, outputs, command.
QJsonObject componentSpecJson(const Component &component);
// The ARM ComponentVersion resource: {"id": armId, "name": "1", "type":
// "Microsoft.MachineLearningServices/workspaces/components/versions", "properties":
// {"componentSpec": ..., "description", "isAnonymous": false, "isArchived": false,
// "properties": {}, "tags": {}}}.
QJsonObject componentVersionJson(const Component &component, const QString &armId);

} // namespace mlr::aml
