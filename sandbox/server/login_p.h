#pragma once

// Internal to the login surface (login.cpp, logindevice.cpp): form parsing and scope rules.

#include <QString>
#include <QStringList>
#include <QUrlQuery>

namespace mlr::server::login_detail {

// The audiences ARM accepts (reference §5).
extern const QStringList armResources;

// The resource (the token's audience) a scope list asks for: the first item other than
// openid / profile / offline_access, of the form "<resource>/.default" or
// "<resource>/user_impersonation", where the resource is a URL ("https://ml.azure.com",
// "https://127.0.0.1:8443") or an application id. ARM's resources are spelled as ARM
// spells them ("https://management.azure.com/"), others without trailing slashes. Empty
// when there is none. *hasDefault tells whether a ".default" item was seen.
QString resourceOf(const QString &scope, bool *hasDefault);
bool isArmResource(const QString &audience);
QString base64Url(const QByteArray &data);
// application/x-www-form-urlencoded ('+' is a space).
QUrlQuery parseForm(const QByteArray &body);
QString formValue(const QUrlQuery &form, const QString &name);
QString makeUserCode(); // 9 characters, no look-alikes

} // namespace mlr::server::login_detail
