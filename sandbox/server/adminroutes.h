#pragma once

#include "server/context.h"
#include "server/responder.h"

#include <QObject>

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
class AdminService : public QObject
{
    Q_OBJECT

public:
    AdminService(Context *context, LoginService *login, QObject *parent = nullptr);
    void addRoutes(HttpFront *front);

private:
    Context *m_context;
    LoginService *m_login;
};

} // namespace mlr::server
