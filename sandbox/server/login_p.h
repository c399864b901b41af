#pragma once

// Internal to the login surface (login.cpp, logindevice.cpp): form parsing and scope rules.

#include <QString>
#include <QStringList>
#include <QUrlQuery>

namespace mlr::server::login_detail {

// The audiences ARM accepts (reference §5).
extern const QStringList armResources;

// The ARM resource ("https://management.azure.com/") named by a "<resource>/.default" or
// "<resource>/user_impersonation" scope item; empty when none. *otherResource gets a
// non-ARM item, *hasDefault tells whether a ".default" item was seen.
QString armResourceOf(const QString &scope, QString *otherResource, bool *hasDefault);
QString base64Url(const QByteArray &data);
// application/x-www-form-urlencoded ('+' is a space).
QUrlQuery parseForm(const QByteArray &body);
QString formValue(const QUrlQuery &form, const QString &name);
QString makeUserCode(); // 9 characters, no look-alikes

} // namespace mlr::server::login_detail
