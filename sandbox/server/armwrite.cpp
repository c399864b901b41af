// ArmService: the write paths (PUT, PATCH), shared checks.
#include "server/armmodel.h"
#include "server/armroutes.h"
#include "server/errors.h"
#include "server/graphadapter.h"
#include "server/jsonutil.h"
#include "server/lro.h"

using namespace Qt::StringLiterals;

namespace mlr::server {

namespace {

struct Failure
{
    int status = 0;
    QJsonObject body;
};

Failure fail(int status, const QString &code, const QString &message, const QList<ErrorDetail> &details = {})
{
    return { status, errorBody(code, message, details) };
}

Failure invalid(const QString &detailCode, const QString &message, const QString &target = {})
{
    return fail(400, u"BadRequest"_s, u"The request is invalid."_s, { { detailCode, message, target } });
}

Failure schemaFailure(const QList<ArmSchema::Issue> &issues)
{
    QList<ErrorDetail> details;
    for (const ArmSchema::Issue &issue : issues)
        details.append(
            { u"InvalidRequestProperty"_s, u"'%1': %2"_s.arg(issue.path, issue.message), issue.path });
    return fail(400, u"BadRequest"_s, u"The request is invalid."_s, details);
}

// The graph check: the sandbox must be able to run what it accepts.
std::optional<Failure> checkGraph(const QJsonObject &properties)
{
    const auto graph = serviceGraph(properties);
    const auto *error = std::get_if<studio::GraphError>(&graph);
    if (!error)
        return std::nullopt;
    const QString target = error->nodeId.isEmpty() ? u"properties.package"_s
                                                   : u"properties.package.nodes.%1"_s.arg(error->nodeId);
    return fail(
        400, u"BadRequest"_s, u"The request is invalid."_s, { { error->code, error->message, target } });
}

std::optional<Failure> checkStorage(const WebService &existing, const QJsonObject &properties)
{
    const QString current
        = existing.properties.value(u"storageAccount"_s).toObject().value(u"name"_s).toString();
    const QJsonValue given = properties.value(u"storageAccount"_s).toObject().value(u"name"_s);
    if (given.isString() && given.toString().compare(current, Qt::CaseInsensitive) != 0)
        return invalid(u"CannotChangeStorageAccount"_s,
            u"The StorageAccount cannot be changed. Currently configured storage account name = '%1' ."_s.arg(
                current),
            u"properties.storageAccount.name"_s);
    return std::nullopt;
}

std::optional<Failure> checkCommitmentPlan(const WebService &existing, const armmodel::Secrets &secrets)
{
    if (secrets.commitmentPlanId && !existing.commitmentPlanId.isEmpty()
        && secrets.commitmentPlanId->compare(existing.commitmentPlanId, Qt::CaseInsensitive) != 0)
        return invalid(u"CannotChangeCommitmentPlan"_s,
            u"The CommitmentPlan cannot be changed. Currently configured commitment plan = '%1' ."_s.arg(
                existing.commitmentPlanId),
            u"properties.commitmentPlan.id"_s);
    return std::nullopt;
}

std::optional<Failure> checkWritable(const WebService &existing, bool busy)
{
    if (busy)
        return fail(409, u"Conflict"_s,
            u"Another operation is in progress on web service '%1'. Wait for it to complete."_s.arg(
                existing.name),
            { { u"AnotherOperationInProgress"_s, u"An operation on this web service is still running."_s,
                {} } });
    if (existing.properties.value(u"readOnly"_s).toBool())
        return invalid(u"WebServiceIsReadOnly"_s,
            u"The web service '%1' is read-only: it can no longer be updated or patched, only removed."_s.arg(
                existing.name),
            u"properties.readOnly"_s);
    return std::nullopt;
}

void applySecrets(WebService &service, const armmodel::Secrets &secrets)
{
    if (secrets.primaryKey)
        service.primaryKey = *secrets.primaryKey;
    if (secrets.secondaryKey)
        service.secondaryKey = *secrets.secondaryKey;
    if (secrets.storageKey)
        service.storageKey = *secrets.storageKey;
    if (secrets.commitmentPlanId && service.commitmentPlanId.isEmpty())
        service.commitmentPlanId = *secrets.commitmentPlanId;
    if (service.primaryKey.isEmpty()) // "the system generates them if omitted"
        service.primaryKey = randomBase64(64);
    if (service.secondaryKey.isEmpty())
        service.secondaryKey = randomBase64(64);
}

} // namespace

int ArmService::put(const QString &subscription, const QString &group, const QString &name,
    const QJsonObject &body, const QString &apiVersion, bool noEffect, QJsonObject *answer,
    QString *operationId)
{
    const auto reject = [answer](const Failure &failure) {
        *answer = failure.body;
        return failure.status;
    };
    const armmodel::ParsedBody parsed = armmodel::parseBody(body, apiVersion, false);
    if (!parsed.issues.isEmpty())
        return reject(schemaFailure(parsed.issues));
    const QString location = parsed.resource.value(u"location"_s).toString();
    if (location.trimmed().isEmpty())
        return reject(
            fail(400, u"LocationRequired"_s, u"The location property is required for this definition."_s));
    if (!parsed.resource.value(u"properties"_s).isObject())
        return reject(invalid(
            u"PropertiesRequired"_s, u"The web service definition has no properties."_s, u"properties"_s));
    QJsonObject properties = parsed.resource.value(u"properties"_s).toObject();
    const armmodel::Secrets secrets = armmodel::takeSecrets(properties);

    WebService *existing = m_context->state->service(subscription, group, name);
    if (existing) {
        if (auto failure = checkWritable(*existing, m_context->operations->isBusy(existing->key())))
            return reject(*failure);
        if (auto failure = checkStorage(*existing, properties))
            return reject(*failure);
        if (auto failure = checkCommitmentPlan(*existing, secrets))
            return reject(*failure);
    } else if (properties.value(u"storageAccount"_s).toObject().value(u"name"_s).toString().isEmpty()) {
        return reject(invalid(u"StorageAccountRequired"_s,
            u"The web service needs a storage account: set properties.storageAccount.name (and key)."_s,
            u"properties.storageAccount"_s));
    }
    // A full PUT carries the commitment plan (reference pitfall 5: an export lacks it).
    if (!secrets.commitmentPlanId || secrets.commitmentPlanId->isEmpty())
        return reject(invalid(u"CommitmentPlanRequired"_s,
            u"A web service PUT must name its commitment plan: set properties.commitmentPlan.id (GET does "
            u"not "
            u"return it, so an exported definition lacks it; use PATCH to update a service)."_s,
            u"properties.commitmentPlan"_s));
    if (!properties.value(u"machineLearningWorkspace"_s).isObject()) {
        const QJsonValue previous
            = existing ? existing->properties.value(u"machineLearningWorkspace"_s) : QJsonValue();
        properties.insert(u"machineLearningWorkspace"_s,
            previous.isObject() ? previous : QJsonObject { { u"id"_s, randomHex(16) } });
    }
    if (auto failure = checkGraph(properties))
        return reject(*failure);

    WebService service = existing ? *existing : WebService {};
    if (!existing) {
        service.subscriptionId = subscription;
        service.resourceGroup = group;
        service.name = name;
        service.serviceId = randomHex(16);
        service.createdOn = QDateTime::currentDateTimeUtc();
    }
    if (!noEffect) {
        service.location = location;
        service.tags = parsed.resource.value(u"tags"_s).toObject();
        service.properties = properties;
        applySecrets(service, secrets);
        service.modifiedOn = QDateTime::currentDateTimeUtc();
        service.provisioningState = u"Provisioning"_s;
        m_context->state->services.insert(service.key(), service);
        m_context->state->changed();
    }
    *operationId = m_context->operations->start(existing ? u"update"_s : u"create"_s, service, noEffect);
    WebService shown = service;
    shown.provisioningState = u"Provisioning"_s;
    *answer = armmodel::render(shown, armmodel::View::Accepted, apiVersion, m_context->mlBase());
    return existing ? 200 : 201;
}

void ArmService::onPatch(const Request &request, const ResponderPtr &responder)
{
    QString error;
    const auto body = parseObject(request.body, &error);
    if (!body)
        return sendArmError(responder, 400, u"InvalidRequestContent"_s,
            u"The request content was invalid and could not be deserialized: %1"_s.arg(error));
    const auto reject = [&](const Failure &failure) {
        responder->sendJson(failure.status, failure.body, armHeaders(responder->requestId()));
    };
    const QString apiVersion = request.query(u"api-version");
    const armmodel::ParsedBody parsed = armmodel::parseBody(*body, apiVersion, true);
    if (!parsed.issues.isEmpty())
        return reject(schemaFailure(parsed.issues));
    WebService *existing = findOr404(request, responder);
    if (!existing)
        return;
    if (auto failure = checkWritable(*existing, m_context->operations->isBusy(existing->key())))
        return reject(*failure);
    QJsonObject patch = parsed.resource.value(u"properties"_s).toObject();
    const armmodel::Secrets secrets = armmodel::takeSecrets(patch);
    if (auto failure = checkStorage(*existing, patch))
        return reject(*failure);
    if (auto failure = checkCommitmentPlan(*existing, secrets))
        return reject(*failure);
    const QString location = parsed.resource.value(u"location"_s).toString();
    if (!location.isEmpty() && normalizeLocation(location) != normalizeLocation(existing->location))
        return reject(fail(400, u"InvalidResourceLocation"_s,
            u"The resource '%1' already exists in location '%2' in resource group '%3'. A resource with the "
            u"same "
            u"name cannot be created in location '%4'."_s.arg(
                existing->name, existing->location, existing->resourceGroup, location)));
    const QJsonObject merged = deepMerge(existing->properties, patch);
    if (auto failure = checkGraph(merged))
        return reject(*failure);

    WebService service = *existing;
    if (!request.noEffect) {
        service.properties = merged;
        if (parsed.resource.value(u"tags"_s).isObject())
            service.tags = deepMerge(service.tags, parsed.resource.value(u"tags"_s).toObject());
        applySecrets(service, secrets);
        service.modifiedOn = QDateTime::currentDateTimeUtc();
        service.provisioningState = u"Provisioning"_s;
        *existing = service;
        m_context->state->changed();
    }
    const QString id = m_context->operations->start(u"update"_s, service, request.noEffect);
    WebService shown = service;
    shown.provisioningState = u"Provisioning"_s;
    responder->sendJson(200,
        armmodel::render(shown, armmodel::View::Accepted, apiVersion, m_context->mlBase()),
        armHeaders(responder->requestId()) + m_context->operations->headers(id, false));
}

} // namespace mlr::server
