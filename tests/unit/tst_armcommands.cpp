// "Show me the commands": curl and PowerShell for each step of a model update, quoting, and
// no secret in any of them.
#include "arm/commands.h"
#include "arm/definition.h"
#include "http/redaction.h"

#include <QTest>

using namespace mlr;
using namespace mlr::arm;

class TestArmCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quoting()
    {
        QCOMPARE(shellQuote(QStringLiteral("it's")), QStringLiteral("'it'\\''s'"));
        QCOMPARE(powerShellQuote(QStringLiteral("it's")), QStringLiteral("'it''s'"));
    }

    void updateSteps()
    {
        redaction::registerSecret(QStringLiteral("super-secret-client-value"));
        ArmTarget target;
        target.subscriptionId = QStringLiteral("00000000-1111-2222-3333-444444444444");
        target.resourceGroup = QStringLiteral("rg");
        SignInSettings settings;
        settings.tenantId = QStringLiteral("contoso.example");
        settings.clientId = QStringLiteral("app-id");
        const QString uri = QStringLiteral("https://acct.blob.core.windows.net/c/new.ilearner");
        const QJsonObject patch { { QStringLiteral("properties"),
            QJsonObject { { QStringLiteral("packageType"), QStringLiteral("Graph") },
                { QStringLiteral("assets"),
                    QJsonObject { { QStringLiteral("asset3"),
                        QJsonObject { { QStringLiteral("name"), QStringLiteral("Model [trained model]") },
                            { QStringLiteral("locationInfo"),
                                QJsonObject { { QStringLiteral("uri"), uri } } } } } } } } } };
        const QList<EquivalentCommand> steps = modelUpdateCommands(target, settings, QStringLiteral("svc"),
            QStringLiteral("asset3"), uri, patch, QStringLiteral("/tmp/b.json"));
        QCOMPARE(steps.size(), 6);
        const QString curl = formatCommands(steps, false);
        const QString ps = formatCommands(steps, true);
        QVERIFY2(
            curl.contains(QStringLiteral("curl -sS -X PATCH 'https://management.azure.com/subscriptions/"
                                         "00000000-1111-2222-3333-444444444444/resourceGroups/rg/providers/"
                                         "Microsoft.MachineLearning/webServices/svc?api-version=2017-01-01' "
                                         "-H \"Authorization: Bearer $ARM_TOKEN\"")),
            qPrintable(curl));
        QVERIFY2(curl.contains(QStringLiteral("\"client_secret=$AZURE_CLIENT_SECRET\"")), qPrintable(curl));
        QVERIFY2(curl.contains(uri), qPrintable(curl));
        QVERIFY2(ps.contains(QStringLiteral(
                     "Update-AzMlWebService -Name 'svc' -ResourceGroupName 'rg' -ServiceUpdates $wsd")),
            qPrintable(ps));
        QVERIFY2(
            ps.contains(QStringLiteral("$wsd.Properties.Assets['asset3'].LocationInfo.Uri = '%1'").arg(uri)),
            qPrintable(ps));
        QVERIFY2(
            ps.contains(QStringLiteral("Export-AzMlWebService -WebService $wsd -OutputFile '/tmp/b.json'")),
            qPrintable(ps));
        QVERIFY(!curl.contains(QStringLiteral("super-secret-client-value")));
        QVERIFY(!ps.contains(QStringLiteral("super-secret-client-value")));
        // A SAS in a uri is masked.
        const QString withSas = curlArm("PATCH", target.webServiceUrl(QStringLiteral("svc")),
            QJsonObject {
                { QStringLiteral("uri"), QStringLiteral("https://a/c/m.ilearner?sv=1&sig=abcdefSECRET") } });
        QVERIFY2(!withSas.contains(QStringLiteral("abcdefSECRET")), qPrintable(withSas));
    }
};

QTEST_GUILESS_MAIN(TestArmCommands)
#include "tst_armcommands.moc"
