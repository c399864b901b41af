#pragma once

// Service-pair templates: a retraining and a predictive web service for ANY CSV (the
// schema and label come from a sample of it). The templates are JSON files
// (sandbox/templates/two-class.json, regression.json) compiled in as Qt resources
// (:/mlstudio/templates/<name>.json); TemplateRequest::templatePath loads another file of
// the same shape instead. sandbox/README.md ("Graphs and templates") documents the
// placeholders.

#include "graph/servicegraph.h"

namespace mlr::studio {

enum class TemplateKind
{
    TwoClass,
    Regression
};

// "two-class" (also "twoclass", "binary") and "regression", case-insensitively.
std::optional<TemplateKind> templateKindFromName(const QString &name);
QString templateKindName(TemplateKind kind); // "two-class" / "regression"

struct TemplateRequest
{
    TemplateKind kind = TemplateKind::TwoClass;
    DataTable sample; // schema source: the header and a sample of rows (types, example rows)
    QString labelColumn;
    // Optional: a learner module of the template's task, e.g. "Two-Class Boosted Decision
    // Tree"; empty = the template's default (Two-Class Logistic Regression / Linear Regression).
    QString learner;
    // Numeric columns declared Integer (Int32); every other numeric column is Number (Double),
    // whatever the sample holds. Each must be in the sample and hold whole numbers there.
    QStringList integerColumns;
    QString storageAccountName; // properties.storageAccount.name; empty = "devstoreaccount1"
    // The predictive service's first .ilearner (its "[trained model]" asset uri): http(s).
    QString initialModelUri;

    // Optional additions (empty = default):
    QString title; // training title; predictive: title + " [predictive exp.]". Default "<label> <kind> model"
    QString location; // ARM location; default "South Central US"
    QString workspaceId; // machineLearningWorkspace.id; default a fixed 32-hex id
    QString commitmentPlanId; // commitmentPlan.id; default a fixed ARM id
    QString templatePath; // a template file used instead of the built-in one
};

// Full ARM WebService bodies (location, tags, properties) ready for a PUT.
struct ServicePairDefinition
{
    QJsonObject trainingService;
    QJsonObject predictiveService;
};

// The training input declares the label of a two-class pair with its two values ("enum",
// sorted), so the service refuses any other value (see engine/labelcheck.h).
// Errors (nodeId empty; codes): NoLabelColumn (label not in the sample), InvalidLabel
// (two-class: not exactly two values in the sample; regression: not numeric),
// InvalidIntegerColumn (not in the sample, or not whole numbers there), NoFeatures,
// UnknownLearner (not a learner of the template's task), InvalidModelUri, InvalidTemplate
// (unreadable template, unknown placeholder, or a filled graph that does not parse).
std::variant<ServicePairDefinition, GraphError> makeServicePair(const TemplateRequest &request);

// The template document: the built-in one for `kind`, or the file at `path` when not empty.
std::variant<QJsonObject, GraphError> loadTemplate(TemplateKind kind, const QString &path = {});

} // namespace mlr::studio
