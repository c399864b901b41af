#pragma once

#include "azureml/amlresources.h"
#include "azureml/workspacetarget.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QStringList>

#include <optional>
#include <variant>

// The pure rules of a blue/green roll-out on a managed online endpoint (reference §8, §9.4,
// §13): which name the new deployment gets, the bodies of the model version, the deployment
// and the endpoint PUTs, the traffic of each stage. No network, no files.
namespace mlr::azureml {

// Deployment -> percent of the live traffic (as OnlineEndpoint::traffic).
using TrafficMap = QMap<QString, int>;

// Endpoint and deployment names: 3-32 characters, letters, digits and single dashes, starting
// with a letter and not ending with a dash (reference §10).
bool isValidDeploymentName(const QString &name);

// The name of a new deployment beside `current` (the one in production): "green", else
// "blue", else "<base>-2", "<base>-3", ... where base is `current` without a trailing "-N";
// the first valid name that is not in `taken` (compared case-insensitively, as the service
// names them).
QString nextDeploymentName(const QStringList &taken, const QString &current);

// "{WS}/models/{name}/versions/{version}", the id a deployment's properties.model takes.
QString modelVersionId(const WorkspaceTarget &workspace, const QString &name, const QString &version);

// One more than the largest whole-number version in `existing`, or `nextVersion` (the model
// container's) when that is larger; "1" for a model without versions.
QString nextModelVersion(const QList<ModelVersion> &existing, const QString &nextVersion = {});

// The version of `existing` registered from job `jobName` (case-insensitive); nullopt when none.
std::optional<ModelVersion> versionOfJob(const QList<ModelVersion> &existing, const QString &jobName);

// What a new model version is registered from.
struct ModelRegistration
{
    QString jobName; // the retraining job (Completed)
    QString output = QStringLiteral("model"); // the job's output that holds the model
    QString modelType; // as the production model's (empty: custom_model)
    QString description;
    QString previousModel; // "name:version" of the model it replaces (tag mlretrain.replaces)
    QMap<QString, QString> tags; // more tags
};

// The PUT {WS}/models/{n}/versions/{v} body: modelUri azureml://jobs/{job}/outputs/{output}/
// paths/, jobName (the lineage), modelType, description, tags (with mlretrain.job and
// mlretrain.replaces), isAnonymous and isArchived false.
QJsonObject modelVersionBody(const ModelRegistration &registration);

// The PUT body of a deployment cloned from `current` (a GET answer): every member kept
// (location, kind, sku and its capacity, tags, identity; instance type, environment, code
// configuration, scale and request settings, probes, variables...) except what the service
// computes (see withoutComputedMembers); properties.model = modelId.
QJsonObject deploymentBody(const OnlineDeployment &current, const QString &modelId);

// The PUT body that gives an endpoint `traffic` (reference §9.1: a full PUT is the only
// traffic API): the GET answer without computed members, properties.traffic replaced by
// `traffic`. mirrorTraffic is kept only when the answer has it, without any deployment that
// now gets live traffic (a deployment gets live or mirrored traffic, not both).
QJsonObject endpointBody(const OnlineEndpoint &endpoint, const TrafficMap &traffic);

// A GET answer (endpoint or deployment) without the members the service computes: id, name,
// type, systemData, identity.principalId / tenantId, properties.provisioningState /
// scoringUri / swaggerUri, and the service's entries of properties.properties ("azureml.*",
// "AzureAsyncOperationUri"; the member is dropped when nothing is left).
QJsonObject withoutComputedMembers(const QJsonObject &resource);

// Stages as written by people: "10,100" (spaces allowed). Whole numbers 1..100, strictly
// increasing, the last 100; Error::Input saying what is wrong otherwise.
std::variant<QList<int>, Error> parseStages(const QString &text);

struct TrafficStage
{
    int percent = 0; // of the new deployment
    TrafficMap traffic; // {old: 100 - percent, new: percent}
    bool done = false; // the current traffic already gives the new deployment this share or more
};

// The traffic of each stage, moving `percents` of the traffic from `from` to `to`. Only these
// two deployments take part: Error::Input when another one has live traffic (it would have to
// be moved by hand first), when no deployment has traffic, or when the stages are not valid.
std::variant<QList<TrafficStage>, Error> trafficStages(
    const TrafficMap &current, const QString &from, const QString &to, const QList<int> &percents);

// Two traffic maps give the same shares (a deployment at 0 % is the same as one not listed;
// names compared case-insensitively).
bool sameTraffic(const TrafficMap &a, const TrafficMap &b);
// The share of `deployment` (case-insensitive), 0 when not listed.
int trafficOf(const TrafficMap &traffic, const QString &deployment);

// The traffic a rollback restores: `before` (the map when the roll-out started) with the
// candidate's share given back to `previous`.
TrafficMap rollbackTraffic(const TrafficMap &before, const QString &previous, const QString &candidate);

// For people: "blue 90 %, green 10 %", or "no deployment has traffic".
QString describeTraffic(const TrafficMap &traffic);
// For people: "blue (Succeeded, census-income 1), green (Failed, census-income 2)", or "none".
QString describeDeployments(const QList<OnlineDeployment> &deployments);

} // namespace mlr::azureml
