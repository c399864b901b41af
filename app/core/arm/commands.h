#pragma once

#include "arm/tokens.h"
#include "arm/webservice.h"

#include <QJsonObject>
#include <QList>
#include <QString>

// "Show me the commands": what each step of a model update does, as raw REST (curl) and as
// the PowerShell cmdlets (with -ServiceUpdates, which the article's last command omits).
// Pure functions. Secrets never appear: the token is $ARM_TOKEN, the client secret
// $AZURE_CLIENT_SECRET, and every text passes through redaction::redact().
namespace mlr::arm {

struct EquivalentCommand
{
    QString step; // e.g. "Read the web service"
    QString curl; // one POSIX shell command
    QString tool; // the vendor's own tool: Az PowerShell lines (classic), Azure CLI "az ml" lines (v2)
};

// POSIX shell single quoting ('it'\''s').
QString shellQuote(const QString &text);
// PowerShell single quoting ('it''s').
QString powerShellQuote(const QString &text);

// curl for one ARM request with the bearer token in $ARM_TOKEN; a body goes inline as compact
// JSON (--data-binary).
QString curlArm(const QByteArray &verb, const QUrl &url, const QJsonObject &body = {});
// curl for the client-credentials token request (the secret from $AZURE_CLIENT_SECRET), with
// jq extracting the access token into ARM_TOKEN.
QString curlSignIn(const SignInSettings &settings);

// The steps of a model update of `serviceName` to `newUri`: sign in, read, back up, PATCH
// (patchBody, e.g. assetsPatchBody), follow the operation ($OPERATION_URL: the
// Azure-AsyncOperation header of the PATCH answer), read back.
QList<EquivalentCommand> modelUpdateCommands(const ArmTarget &target, const SignInSettings &settings,
    const QString &serviceName, const QString &assetId, const QString &newUri, const QJsonObject &patchBody,
    const QString &backupFile);

// All steps as one text: "# step" headers, then the curl or the tool's lines.
QString formatCommands(const QList<EquivalentCommand> &commands, bool tool);

} // namespace mlr::arm
