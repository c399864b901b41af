#include "azureml/scoringroutes.h"

#include "azureml/amlmodels.h"
#include "azureml/jobs/scoring.h"
#include "server/httpfront.h"

#include <QFutureWatcher>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace mlr::server {

namespace {

void sendScoringError(const ResponderPtr &responder, int status, const QString &code, const QString &message,
    const RawHeaders &headers = {})
{
    responder->sendJson(status,
        QJsonObject { { u"error"_s, QJsonObject { { u"code"_s, code }, { u"message"_s, message } } } },
        RawHeaders { { "x-ms-run-function-failed", status >= 400 ? "True" : "False" } } + headers);
}

} // namespace

ScoringRoutes::ScoringRoutes(AmlSupport *support, AmlModels *models)
    : m_support(support)
    , m_models(models)
{
    support->context()->azureml->addRoute("POST", u"/inference/([^/]+)/([^/]+)/score"_s, u"aml.score"_s,
        [this](const Request &r, const ResponderPtr &p) { onScore(r, p); });
}

bool ScoringRoutes::authorized(
    const AmlEndpoint &e, const Request &request, const ResponderPtr &responder) const
{
    const QByteArray authorization = request.header("authorization");
    const QString token = QString::fromLatin1(authorization.mid(7).trimmed());
    const QString mode = e.properties.value(u"authMode"_s).toString(u"Key"_s);
    const auto reject = [&](const QString &why) {
        sendScoringError(responder, 401, u"Unauthorized"_s, why, { { "WWW-Authenticate", "Bearer" } });
        return false;
    };
    if (!authorization.startsWith("Bearer ") && !authorization.startsWith("bearer "))
        return reject(u"Authorization: Bearer <key or token> is required (authMode %1)."_s.arg(mode));
    if (mode == u"Key"_s) {
        if (token == e.primaryKey || token == e.secondaryKey)
            return true;
        return reject(u"The key is not one of the endpoint's keys (listKeys gives them)."_s);
    }
    if (mode == u"AMLToken"_s) {
        const auto it = m_support->context()->state->tokens.constFind(State::hashSecret(token));
        if (it != m_support->context()->state->tokens.cend() && it->scope == u"azureml-endpoint:"_s + e.key()
            && it->expiresUtc > QDateTime::currentDateTimeUtc())
            return true;
        return reject(u"The token is not a live token of this endpoint (POST .../token gives one)."_s);
    }
    const auto it = m_support->context()->state->tokens.constFind(State::hashSecret(token));
    if (it != m_support->context()->state->tokens.cend() && it->expiresUtc > QDateTime::currentDateTimeUtc()
        && it->scope.startsWith(u"https://ml.azure.com"_s, Qt::CaseInsensitive))
        return true;
    return reject(u"An Entra token for https://ml.azure.com is required (authMode AADToken)."_s);
}

QString ScoringRoutes::pickDeployment(const AmlEndpoint &e) const
{
    const QJsonObject traffic = e.properties.value(u"traffic"_s).toObject();
    int total = 0;
    for (const QJsonValue &v : traffic)
        total += v.toInt();
    if (total <= 0)
        return {};
    int draw = int(QRandomGenerator::global()->bounded(total));
    for (auto it = traffic.begin(); it != traffic.end(); ++it) { // keys in sorted order
        draw -= it.value().toInt();
        if (draw < 0)
            return it.key();
    }
    return {};
}

void ScoringRoutes::onScore(const Request &request, const ResponderPtr &responder)
{
    const AmlState &state = m_support->state();
    const AmlEndpoint *endpoint = nullptr;
    for (const AmlEndpoint &e : state.endpoints)
        if (e.name.compare(request.capture(2), Qt::CaseInsensitive) == 0
            && state.workspaces.value(e.workspaceKey)
                    .workspaceId.compare(request.capture(1), Qt::CaseInsensitive)
                == 0)
            endpoint = &e;
    if (!endpoint || endpoint->properties.isEmpty())
        return sendScoringError(responder, 404, u"EndpointNotFound"_s,
            u"No online endpoint '%1' is served here."_s.arg(request.capture(2)));
    if (!authorized(*endpoint, request, responder))
        return;
    const QString asked = QString::fromUtf8(request.header("azureml-model-deployment")).trimmed();
    const QString name = asked.isEmpty() ? pickDeployment(*endpoint) : asked;
    if (name.isEmpty())
        return sendScoringError(responder, 404, u"NoDeployment"_s,
            u"No valid deployments to route to. Please check that the endpoint has at least one deployment "
            u"with "
            u"positive weight values or use a deployment specific header to route."_s);
    const auto d = state.deployments.constFind(endpoint->key() + u"/deployments/"_s + name.toLower());
    if (d == state.deployments.cend() || d->provisioningState != u"Succeeded"_s)
        return sendScoringError(responder, 404, u"DeploymentNotFound"_s,
            u"Deployment '%1' of endpoint '%2' does not exist or is not ready."_s.arg(name, endpoint->name));
    const AmlWorkspace w = state.workspaces.value(endpoint->workspaceKey);
    const QString served = d->name;
    const QByteArray body = request.body;
    m_models->load(w, d->properties.value(u"model"_s).toString(),
        [this, responder, served, body](
            AmlModels::ModelPtr model, const QString &code, const QString &error) {
            if (!model)
                return sendScoringError(
                    responder, 424, code, error, { { "azureml-model-deployment", served.toUtf8() } });
            using Answer = std::shared_ptr<std::variant<QByteArray, aml::ScoreError>>;
            auto *watcher = new QFutureWatcher<Answer>(m_models);
            QObject::connect(
                watcher, &QFutureWatcher<Answer>::finished, m_models, [watcher, responder, served]() {
                    watcher->deleteLater();
                    const Answer answer = watcher->result();
                    const RawHeaders who { { "azureml-model-deployment", served.toUtf8() } };
                    if (const auto *error = std::get_if<aml::ScoreError>(answer.get()))
                        return sendScoringError(responder, error->status, error->code, error->message, who);
                    responder->send(200, std::get<QByteArray>(*answer),
                        who
                            + RawHeaders { { "x-ms-run-function-failed", "False" },
                                { "Content-Type", "application/json" } });
                });
            watcher->setFuture(QtConcurrent::run(m_support->context()->pool, [model, body]() {
                return Answer(std::make_shared<std::variant<QByteArray, aml::ScoreError>>(
                    aml::scoreRequest(*model, body)));
            }));
        });
}

} // namespace mlr::server
