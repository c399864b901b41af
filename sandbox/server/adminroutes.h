#pragma once

#include "server/context.h"
#include "server/responder.h"

#include <QJsonObject>
#include <QObject>

#include <functional>

namespace mlr::server {

class HttpFront;
class LoginService;

// Admin routes, on each of the three ports, never faulted, no authentication (loopback
// only; they are for tests and scripts):
//   GET    /admin/health                        {"status":"ok", ports, running jobs}
//   GET    /admin/faults                        the fault spec and per-rule counters
//   PUT    /admin/faults                        body: a spec (text, or {"spec": "..."}); 400 when invalid
//   DELETE /admin/faults                        no faults
//   GET    /admin/device-codes                  pending device codes
//   POST   /admin/device-codes/{userCode}/approve | /deny
//   POST   /admin/tokens/expire                 every access token issued so far expires now
//   POST   /admin/clients                       {tenant?, clientId?, clientSecret?, name?}: registers a
//                                               client app (missing members generated); answers it
//   POST   /admin/services/from-template        {template, label, name, csv (the CSV text), learner?,
//                                               integerColumns? (array of names)}: what
//                                               --create-from-template does, in the running
//                                               server; answers the pair's description (201)
class AdminService : public QObject
{
    Q_OBJECT

public:
    AdminService(Context *context, LoginService *login, QObject *parent = nullptr);
    void addRoutes(HttpFront *front);

    // --create-from-template in-process (the Seeder): template, CSV path, label, name, learner,
    // integer columns, and a callback (description, error).
    using FromTemplate
        = std::function<void(const QString &, const QString &, const QString &, const QString &,
            const QString &, const QStringList &, std::function<void(const QJsonObject &, const QString &)>)>;
    void setFromTemplate(FromTemplate create) { m_fromTemplate = std::move(create); }

private:
    Context *m_context;
    LoginService *m_login;
    FromTemplate m_fromTemplate;
};

} // namespace mlr::server
