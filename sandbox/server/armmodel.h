#pragma once

#include "server/armschema.h"
#include "server/state.h"

#include <QJsonObject>

#include <optional>

namespace mlr::server::armmodel {

inline const QString apiVersion2017 = QStringLiteral("2017-01-01");
inline const QString apiVersion2016 = QStringLiteral("2016-05-01-preview");
bool isSupportedApiVersion(const QString &version);
inline bool isPreview(const QString &version)
{
    return version == apiVersion2016;
}

// 2016-05-01-preview writes parameters (properties.parameters, package.nodes.*.parameters)
// as plain strings; 2017-01-01 as {"value": ..., "certificateThumbprint": ...}. The server
// stores the 2017 form: upgrade on input, downgrade on output for the preview version.
QJsonObject upgradeParameters(const QJsonObject &properties); // member names in any case
QJsonObject downgradeParameters(const QJsonObject &properties); // camelCase (stored) form

// A PUT or PATCH body read the RP's way (armschema.h): {location?, tags?, properties?}
// normalised, plus the problems found. `partial` for PATCH (no required members).
struct ParsedBody
{
    QJsonObject resource;
    QList<ArmSchema::Issue> issues;
};
ParsedBody parseBody(const QJsonObject &body, const QString &apiVersion, bool partial);

// The members kept apart from the stored properties (never returned by GET): removed from
// `properties` and returned.
struct Secrets
{
    std::optional<QString> primaryKey;
    std::optional<QString> secondaryKey;
    std::optional<QString> storageKey;
    std::optional<QString> commitmentPlanId;
    bool hasCommitmentPlan = false;
};
Secrets takeSecrets(QJsonObject &properties);

enum class View
{
    Full, // GET: everything but keys, storageAccount.key and commitmentPlan
    ListItem, // list pages: the sparse members of the swagger (with commitmentPlan, as EX17)
    Accepted, // PUT/PATCH answers: {id,name,type,location,tags,properties:{provisioningState,...}}
};
// mlBase: the data-plane base URL (for swaggerLocation).
QJsonObject render(const WebService &service, View view, const QString &apiVersion, const QString &mlBase);

// "d128f140-94e6-..." -> "d128f14094e6..."
QString subscriptionNoDashes(const QString &subscription);
// {ml}/subscriptions/<sub-no-dashes>/services/<serviceId>
QString dataPlaneBase(const WebService &service, const QString &mlBase);

} // namespace mlr::server::armmodel
