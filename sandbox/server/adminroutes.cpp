#include "server/adminroutes.h"

#include "server/errors.h"
#include "server/httpfront.h"
#include "server/jobrunner.h"
#include "server/jsonutil.h"
#include "server/login.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace mlr::server {

AdminService::AdminService(Context *context, LoginService *login, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_login(login)
{ }

void AdminService::addRoutes(HttpFront *front)
{
    const auto adminError
        = [](const ResponderPtr &p, int status, const QString &code, const QString &message) {
              p->sendJson(status, errorBody(code, message));
          };
    front->addRoute(
        "GET", u"/admin/health"_s, u"admin.health"_s, [this](const Request &, const ResponderPtr &p) {
            p->sendJson(200,
                QJsonObject { { u"status"_s, u"ok"_s }, { u"ml"_s, m_context->mlBase() },
                    { u"arm"_s, m_context->armBase() }, { u"login"_s, m_context->loginBase() },
                    { u"runningJobs"_s, m_context->jobs->activeCount() } });
        });
    front->addRoute("GET", u"/admin/faults"_s, u"admin.faults"_s,
        [this](const Request &, const ResponderPtr &p) { p->sendJson(200, m_context->faults->toJson()); });
    front->addRoute("PUT", u"/admin/faults"_s, u"admin.faults"_s,
        [this, adminError](const Request &r, const ResponderPtr &p) {
            QString spec = QString::fromUtf8(r.body).trimmed();
            if (spec.startsWith(u'{'))
                spec = QJsonDocument::fromJson(r.body).object().value(u"spec"_s).toString();
            QString error;
            auto parsed = FaultInjector::parse(spec, &error);
            if (!parsed)
                return adminError(p, 400, u"InvalidFaultSpec"_s, error);
            *m_context->faults = *parsed;
            p->sendJson(200, m_context->faults->toJson());
        });
    front->addRoute(
        "DELETE", u"/admin/faults"_s, u"admin.faults"_s, [this](const Request &, const ResponderPtr &p) {
            *m_context->faults = *FaultInjector::parse(QString(), nullptr);
            p->sendJson(200, m_context->faults->toJson());
        });
    front->addRoute("GET", u"/admin/device-codes"_s, u"admin.devicecodes"_s,
        [this](const Request &, const ResponderPtr &p) {
            p->sendJson(200, QJsonObject { { u"value"_s, m_login->pendingDeviceCodes() } });
        });
    front->addRoute("POST", u"/admin/device-codes/([^/]+)/(approve|deny)"_s, u"admin.devicecodes"_s,
        [this, adminError](const Request &r, const ResponderPtr &p) {
            const bool approve = r.capture(2).compare(u"approve"_s, Qt::CaseInsensitive) == 0;
            if (!m_login->decideDeviceCode(r.capture(1), approve))
                return adminError(p, 404, u"DeviceCodeNotFound"_s,
                    u"No pending, unexpired device code has the user code '%1'."_s.arg(r.capture(1)));
            p->sendJson(200, QJsonObject { { u"user_code"_s, r.capture(1) }, { u"approved"_s, approve } });
        });
    front->addRoute(
        "POST", u"/admin/tokens/expire"_s, u"admin.tokens"_s, [this](const Request &, const ResponderPtr &p) {
            p->sendJson(200, QJsonObject { { u"expired"_s, m_login->expireAccessTokens() } });
        });
    front->addRoute("POST", u"/admin/clients"_s, u"admin.clients"_s,
        [this, adminError](const Request &r, const ResponderPtr &p) {
            QString error;
            const auto body = r.body.trimmed().isEmpty() ? std::optional<QJsonObject>(QJsonObject {})
                                                         : parseObject(r.body, &error);
            if (!body)
                return adminError(p, 400, u"InvalidRequestBody"_s, error);
            const QString tenant = body->value(u"tenant"_s).toString(newGuid());
            const QString clientId = body->value(u"clientId"_s).toString(newGuid());
            const QString secret = body->contains(u"clientSecret"_s)
                ? body->value(u"clientSecret"_s).toString()
                : randomBase64(30);
            const ClientApp app = m_login->registerClient(
                tenant, clientId, secret, body->value(u"name"_s).toString(u"client"_s));
            p->sendJson(201,
                QJsonObject { { u"tenant"_s, app.tenant }, { u"clientId"_s, app.clientId },
                    { u"clientSecret"_s, app.secret }, { u"name"_s, app.name } });
        });
    front->addRoute("POST", u"/admin/services/from-template"_s, u"admin.services"_s,
        [this, adminError](const Request &r, const ResponderPtr &p) {
            QString error;
            const auto body = parseObject(r.body, &error);
            if (!body)
                return adminError(p, 400, u"InvalidRequestBody"_s, error);
            const QString name = body->value(u"name"_s).toString();
            static const QRegularExpression valid(u"^[A-Za-z0-9][A-Za-z0-9_.-]{0,60}$"_s);
            if (!valid.match(name).hasMatch() || body->value(u"label"_s).toString().isEmpty()
                || body->value(u"csv"_s).toString().isEmpty())
                return adminError(p, 400, u"InvalidRequestBody"_s,
                    u"Give template (two-class or regression), label, name (letters, digits, '-', '_', '.') "
                    u"and csv "
                    u"(the CSV text)."_s);
            if (!m_fromTemplate || m_context->config.dataDir.isEmpty() || !m_context->storage)
                return adminError(
                    p, 400, u"NotAvailable"_s, u"This server runs without --data or --storage."_s);
            const QString path = QDir(m_context->config.dataDir).filePath(name + u"-schema.csv"_s);
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(body->value(u"csv"_s).toString().toUtf8()) < 0
                || !file.commit())
                return adminError(
                    p, 500, u"InternalError"_s, u"Cannot write %1: %2"_s.arg(path, file.errorString()));
            m_fromTemplate(body->value(u"template"_s).toString(u"two-class"_s), path,
                body->value(u"label"_s).toString(), name, body->value(u"learner"_s).toString(),
                body->value(u"integerColumns"_s).toVariant().toStringList(),
                [p, adminError](const QJsonObject &description, const QString &why) {
                    if (!why.isEmpty())
                        return adminError(p, 400, u"TemplateFailed"_s, why);
                    p->sendJson(201, description);
                });
        });
}

} // namespace mlr::server
