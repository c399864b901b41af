#include "arm/commands.h"

#include "http/redaction.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace mlr::arm {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mlr::arm::Commands)
};

} // namespace

QString shellQuote(const QString &text)
{
    QString out = text;
    out.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + out + u'\'';
}

QString powerShellQuote(const QString &text)
{
    QString out = text;
    out.replace(u'\'', QStringLiteral("''"));
    return u'\'' + out + u'\'';
}

QString curlArm(const QByteArray &verb, const QUrl &url, const QJsonObject &body)
{
    QString command = QStringLiteral("curl -sS -X %1 %2 -H \"Authorization: Bearer $ARM_TOKEN\"")
                          .arg(QString::fromLatin1(verb), shellQuote(url.toString(QUrl::FullyEncoded)));
    if (!body.isEmpty())
        command
            += QStringLiteral(" -H 'Content-Type: application/json' --data-binary %1")
                   .arg(shellQuote(QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact))));
    return redaction::redact(command);
}

QString curlSignIn(const SignInSettings &settings)
{
    const QString command
        = QStringLiteral("ARM_TOKEN=$(curl -sS -X POST %1 --data-urlencode %2 --data-urlencode "
                         "@CLIENT-SECRET-FIELD@ --data-urlencode grant_type=client_credentials "
                         "--data-urlencode %3 | jq -r .access_token)")
              .arg(shellQuote(settings.tokenUrl().toString()),
                  shellQuote(QStringLiteral("client_id=") + settings.clientId),
                  shellQuote(QStringLiteral("scope=") + armScope()));
    // The placeholder goes in after redaction, which masks anything shaped like client_secret=...
    return redaction::redact(command).replace(
        QStringLiteral("@CLIENT-SECRET-FIELD@"), QStringLiteral("\"client_secret=$AZURE_CLIENT_SECRET\""));
}

QList<EquivalentCommand> modelUpdateCommands(const ArmTarget &target, const SignInSettings &settings,
    const QString &serviceName, const QString &assetId, const QString &newUri, const QJsonObject &patchBody,
    const QString &backupFile)
{
    const QString name = powerShellQuote(serviceName);
    const QString group = powerShellQuote(target.resourceGroup);
    const QString file
        = powerShellQuote(backupFile.isEmpty() ? serviceName + QStringLiteral(".json") : backupFile);
    QList<EquivalentCommand> steps;
    steps.append({ Tr::tr("Sign in to Azure"), curlSignIn(settings),
        QStringLiteral(
            "Connect-AzAccount -ServicePrincipal -Tenant %1 -Credential (Get-Credential -UserName %2)\n"
            "Select-AzSubscription -SubscriptionId %3")
            .arg(powerShellQuote(settings.tenantId), powerShellQuote(settings.clientId),
                powerShellQuote(target.subscriptionId)) });
    steps.append({ Tr::tr("Read the web service"), curlArm("GET", target.webServiceUrl(serviceName)),
        QStringLiteral("$wsd = Get-AzMlWebService -Name %1 -ResourceGroupName %2").arg(name, group) });
    steps.append({ Tr::tr("Back up the definition"),
        curlArm("GET", target.webServiceUrl(serviceName)) + QStringLiteral(" > ")
            + shellQuote(backupFile.isEmpty() ? serviceName + QStringLiteral(".json") : backupFile),
        QStringLiteral("Export-AzMlWebService -WebService $wsd -OutputFile %1").arg(file) });
    steps.append({ Tr::tr("Point the trained model asset at the new model"),
        curlArm("PATCH", target.webServiceUrl(serviceName), patchBody)
            + QStringLiteral("  # answer header Azure-AsyncOperation: $OPERATION_URL"),
        QStringLiteral("$wsd = Import-AzMlWebService -InputFile %1\n"
                       "$wsd.Properties.Assets[%2].LocationInfo.Uri = %3\n"
                       "Update-AzMlWebService -Name %4 -ResourceGroupName %5 -ServiceUpdates $wsd -Force")
            .arg(file, powerShellQuote(assetId), powerShellQuote(newUri), name, group) });
    steps.append({ Tr::tr("Wait for the operation to finish"),
        QStringLiteral(
            "curl -sS \"$OPERATION_URL\" -H \"Authorization: Bearer $ARM_TOKEN\"  # until status is "
            "Succeeded, Failed or Canceled"),
        QStringLiteral("# Update-AzMlWebService waits for the operation itself") });
    steps.append({ Tr::tr("Read the web service back and check the model"),
        curlArm("GET", target.webServiceUrl(serviceName))
            + QStringLiteral(" | jq -r '.properties.assets[\"%1\"].locationInfo.uri'").arg(assetId),
        QStringLiteral(
            "(Get-AzMlWebService -Name %1 -ResourceGroupName %2).Properties.Assets[%3].LocationInfo.Uri")
            .arg(name, group, powerShellQuote(assetId)) });
    for (EquivalentCommand &c : steps)
        c.tool = redaction::redact(c.tool);
    return steps;
}

QString formatCommands(const QList<EquivalentCommand> &commands, bool tool)
{
    QStringList out;
    for (const EquivalentCommand &c : commands)
        out.append(QStringLiteral("# %1\n%2").arg(c.step, tool ? c.tool : c.curl));
    return out.join(QStringLiteral("\n\n")) + u'\n';
}

} // namespace mlr::arm
