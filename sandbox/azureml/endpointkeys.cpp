// EndpointRoutes: DELETE, regenerateKeys and token (the rest is in endpointroutes.cpp).
#include "azureml/amloperations.h"
#include "azureml/endpointroutes.h"
#include "server/errors.h"
#include "server/jsonutil.h"

using namespace Qt::StringLiterals;

namespace mlr::server {

void EndpointRoutes::onDelete(const Request &request, const ResponderPtr &responder)
{
    const AmlWorkspace *w = m_support->workspace(request, responder);
    AmlEndpoint *e = w ? endpoint(request, responder) : nullptr;
    if (!e)
        return;
    const QString key = e->key();
    if (m_operations->isBusy(key))
        return m_operations->sendBusy(responder, u"online endpoint '%1'"_s.arg(e->name));
    e->provisioningState = u"Deleting"_s;
    const bool noEffect = request.noEffect;
    const QString id = m_operations->start(u"oe"_s, *w, u"delete"_s, key, {},
        m_support->context()->config.amlProvisionDelayMs,
        [this, key, noEffect](AmlOperation &, AmlOperations::Finish finish) {
            auto &state = m_support->state();
            if (noEffect) {
                if (auto it = state.endpoints.find(key); it != state.endpoints.end())
                    it->provisioningState = u"Succeeded"_s;
                return finish({}, {});
            }
            state.endpoints.remove(key);
            for (auto it = state.deployments.begin(); it != state.deployments.end();)
                it = it->endpointKey == key ? state.deployments.erase(it) : std::next(it);
            finish({}, {});
        });
    m_support->changed();
    responder->send(
        202, "null", armHeaders(responder->requestId()) + m_operations->locationHeaders(id, true));
}

void EndpointRoutes::onRegenerateKeys(const Request &request, const ResponderPtr &responder)
{
    const AmlWorkspace *w = m_support->workspace(request, responder);
    AmlEndpoint *e = w ? endpoint(request, responder) : nullptr;
    const auto body = e ? m_support->body(request, responder) : std::nullopt;
    if (!body)
        return;
    const QString keyType = body->value(u"keyType"_s).toString();
    if (keyType.compare(u"Primary"_s, Qt::CaseInsensitive) != 0
        && keyType.compare(u"Secondary"_s, Qt::CaseInsensitive) != 0)
        return m_support->sendError(responder, 400, u"BadArgument"_s,
            u"keyType must be Primary or Secondary (got '%1')."_s.arg(keyType), u"keyType"_s);
    const QString value = body->value(u"keyValue"_s).toString();
    if (!value.isEmpty() && value.size() < 16)
        return m_support->sendError(
            responder, 400, u"BadArgument"_s, u"keyValue must have at least 16 characters."_s, u"keyValue"_s);
    const QString key = e->key();
    if (m_operations->isBusy(key))
        return m_operations->sendBusy(responder, u"online endpoint '%1'"_s.arg(e->name));
    const bool primary = keyType.compare(u"Primary"_s, Qt::CaseInsensitive) == 0;
    const bool noEffect = request.noEffect;
    const QString id = m_operations->start(u"oe"_s, *w, u"regenerateKeys"_s, key, {},
        m_support->context()->config.amlProvisionDelayMs / 2,
        [this, key, primary, value, noEffect](AmlOperation &, AmlOperations::Finish finish) {
            auto it = m_support->state().endpoints.find(key);
            if (it == m_support->state().endpoints.end())
                return finish(u"ResourceNotFound"_s, u"The endpoint was deleted during the operation."_s);
            if (!noEffect)
                (primary ? it->primaryKey : it->secondaryKey) = value.isEmpty() ? randomBase64(24) : value;
            finish({}, {});
        });
    m_support->changed();
    responder->sendEmpty(202, armHeaders(responder->requestId()) + m_operations->locationHeaders(id, false));
}

void EndpointRoutes::onToken(const Request &request, const ResponderPtr &responder)
{
    const AmlEndpoint *e = endpoint(request, responder);
    if (!e)
        return;
    if (e->properties.value(u"authMode"_s).toString() != u"AMLToken"_s)
        return m_support->sendError(responder, 400, u"BadArgument"_s,
            u"Online endpoint '%1' uses authMode %2: tokens are for AMLToken endpoints. Use listKeys."_s.arg(
                e->name, e->properties.value(u"authMode"_s).toString(u"Key"_s)));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString token = u"eyJhbGciOiJIUzI1NiJ9.aml-"_s + randomHex(24);
    TokenRecord record { TokenRecord::Kind::Access, QString(), QString(), u"azureml-endpoint:"_s + e->key(),
        u"endpoint"_s, now.addSecs(24 * 3600) };
    m_support->context()->state->tokens.insert(State::hashSecret(token), record);
    m_support->changed();
    m_support->sendJson(responder, 200,
        { { u"accessToken"_s, token }, { u"tokenType"_s, u"Bearer"_s },
            { u"expiryTimeUtc"_s, now.addSecs(24 * 3600).toSecsSinceEpoch() },
            { u"refreshAfterTimeUtc"_s, now.addSecs(12 * 3600).toSecsSinceEpoch() } });
}

} // namespace mlr::server
