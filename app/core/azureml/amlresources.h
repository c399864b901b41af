#pragma once

#include "http/error.h"

#include <QJsonObject>
#include <QMap>
#include <QString>

#include <optional>

namespace mlr::azureml {

// The parts of Azure Machine Learning resources the retrain-and-roll-out flow reads (api
// 2022-10-01, docs/reference/azureml-v2-api.md §6, §8, §9). Pure: parsing and the rules.
// `raw` keeps the whole ARM body (for backups and clones).

struct OnlineEndpoint
{
    QString name;
    QString authMode; // Key | AMLToken | AADToken
    QMap<QString, int> traffic; // deployment -> percent (live)
    QString scoringUri; // empty until the first create succeeded
    QString provisioningState;
    QJsonObject raw;
};

struct OnlineDeployment
{
    QString name;
    QString model; // the model version's id ({WS}/models/{n}/versions/{v} or azureml:{n}:{v})
    QString instanceType;
    int instanceCount = 1; // sku.capacity
    QString provisioningState;
    QJsonObject raw;
};

struct ModelVersion
{
    QString name;
    QString version;
    QString modelType;
    QString modelUri;
    QString jobName; // the job that produced it (lineage); empty when unknown
    QJsonObject raw;
};

struct Job
{
    QString name;
    QString jobType; // Command | Pipeline | ...
    QString status; // NotStarted ... Completed | Failed | Canceled
    QString errorMessage; // when Failed (the sandbox's properties.properties, else empty)
    QJsonObject raw;

    bool isTerminal() const; // Completed, Failed or Canceled
};

// nullopt with an Error::Parse naming what is missing when the body is not that resource.
std::optional<OnlineEndpoint> parseEndpoint(const QJsonObject &body, Error *error);
std::optional<OnlineDeployment> parseDeployment(const QJsonObject &body, Error *error);
std::optional<ModelVersion> parseModelVersion(const QJsonObject &body, Error *error);
std::optional<Job> parseJob(const QJsonObject &body, Error *error);

// The model version a deployment's `model` names: {WS}/models/{n}/versions/{v} (any casing)
// or azureml:{n}:{v}. nullopt when it is another form (a registry, a path).
struct ModelReference
{
    QString name;
    QString version;
};
std::optional<ModelReference> parseModelReference(const QString &id);

// The deployment that serves production: the one with the most live traffic (ties: by name);
// nullopt when no deployment has traffic.
std::optional<QString> productionDeployment(const OnlineEndpoint &endpoint);

} // namespace mlr::azureml
