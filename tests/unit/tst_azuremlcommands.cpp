// The equivalent commands of the v2 flow: raw REST (curl) and the Azure CLI (az ml), for the
// retraining, the roll-out stages, a rollback and a retirement; no secret in any of them.

#include "azureml/amlcommands.h"
#include "http/redaction.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace mlr;
using namespace mlr::azureml;

namespace {

WorkspaceTarget target()
{
    WorkspaceTarget t;
    t.arm.armUrl = QUrl(u"https://management.azure.com"_s);
    t.arm.subscriptionId = u"sub-1"_s;
    t.arm.resourceGroup = u"rg-1"_s;
    t.workspace = u"ws-1"_s;
    return t;
}

arm::SignInSettings settings()
{
    arm::SignInSettings s;
    s.tenantId = u"tenant-1"_s;
    s.clientId = u"client-1"_s;
    return s;
}

QString all(const QList<arm::EquivalentCommand> &commands)
{
    return arm::formatCommands(commands, false) + arm::formatCommands(commands, true);
}

} // namespace

class TestAzureMlCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void retrainSteps()
    {
        RetrainSteps s;
        s.storageAccount = u"acct"_s;
        s.blobEndpoint = QUrl(u"https://acct.blob.core.windows.net"_s);
        s.container = u"azureml-blobstore-1"_s;
        s.blob = u"mlretrain/census-endpoint/x/new.csv"_s;
        s.localFile = u"/data/it's new.csv"_s;
        s.productionJob = u"census-train-1"_s;
        s.dataInput = u"training_data"_s;
        s.dataUri = u"azureml://datastores/workspaceblobstore/paths/"_s + s.blob;
        s.jobName = u"census-endpoint-retrain-1"_s;
        s.jobBody = { { u"properties"_s, QJsonObject { { u"jobType"_s, u"Command"_s } } } };
        const auto commands = retrainCommands(target(), settings(), s);
        QCOMPARE(commands.size(), 6);
        const QString curl = arm::formatCommands(commands, false);
        const QString az = arm::formatCommands(commands, true);
        QVERIFY(curl.contains(
            u"-X PUT 'https://management.azure.com/subscriptions/sub-1/resourceGroups/rg-1/providers/"
            "Microsoft.MachineLearningServices/workspaces/ws-1/jobs/census-endpoint-retrain-1"
            "?api-version=2022-10-01'"_s));
        QVERIFY(curl.contains(u"\"jobType\":\"Command\""_s));
        QVERIFY(az.contains(u"az ml job create --file job.yml --name 'census-endpoint-retrain-1' --set "
                            "inputs.training_data.path='azureml://datastores/workspaceblobstore/paths/"_s));
        QVERIFY(az.contains(u"-g 'rg-1' -w 'ws-1'"_s));
        QVERIFY(az.contains(u"--file '/data/it'\\''s new.csv'"_s));
        QVERIFY(az.contains(u"-p \"$AZURE_CLIENT_SECRET\""_s));
        QVERIFY(curl.contains(u"$AZURE_CLIENT_SECRET"_s));
    }

    void rolloutStagesAndRollback()
    {
        RolloutSteps s;
        s.endpoint = u"census-endpoint"_s;
        s.currentDeployment = u"blue"_s;
        s.newDeployment = u"green"_s;
        s.model = u"census-income"_s;
        s.modelVersion = u"2"_s;
        s.job = u"census-endpoint-retrain-1"_s;
        s.endpointBody = { { u"location"_s, u"westeurope"_s },
            { u"properties"_s, QJsonObject { { u"authMode"_s, u"Key"_s } } } };
        s.stages = { { { u"blue"_s, 90 }, { u"green"_s, 10 } }, { { u"blue"_s, 0 }, { u"green"_s, 100 } } };
        const auto commands = rolloutCommands(target(), settings(), s);
        const QString text = all(commands);
        QVERIFY(text.contains(u"--traffic 'blue=90 green=10'"_s));
        QVERIFY(text.contains(u"--traffic 'blue=0 green=100'"_s));
        QVERIFY(text.contains(u"\"traffic\":{\"blue\":90,\"green\":10}"_s));
        QVERIFY(text.contains(u"'azureml-model-deployment: green'"_s));
        QVERIFY(text.contains(u"-X POST \"$SCORING_URI\""_s));
        QVERIFY(text.contains(u"--deployment-name 'green'"_s));
        QVERIFY(text.contains(u"--set model=azureml:census-income:2"_s));
        QCOMPARE(std::count_if(commands.cbegin(), commands.cend(),
                     [](const arm::EquivalentCommand &c) { return c.step.startsWith(u"Sign in"_s); }),
            1);

        const QString back = all(trafficCommands(
            target(), settings(), s.endpoint, { { u"blue"_s, 100 }, { u"green"_s, 0 } }, s.endpointBody));
        QVERIFY(back.contains(u"--traffic 'blue=100 green=0'"_s));
        const QString retire = all(retireCommands(target(), settings(), s.endpoint, u"blue"_s));
        QVERIFY(retire.contains(u"-X DELETE"_s));
        QVERIFY(retire.contains(
            u"az ml online-deployment delete --name 'blue' --endpoint-name 'census-endpoint'"_s));
    }

    // A secret that reaches a body (e.g. a SAS in a job input) is masked in both forms.
    void secretsNeverAppear()
    {
        const QString secret = u"c2VjcmV0LWtleS12YWx1ZS0xMjM0NTY3ODkw"_s;
        redaction::registerSecret(secret);
        RetrainSteps s;
        s.jobName = u"j"_s;
        s.jobBody = { { u"properties"_s, QJsonObject { { u"note"_s, secret } } } };
        const QString text = all(retrainCommands(target(), settings(), s));
        QVERIFY(!text.contains(secret));
    }
};

QTEST_GUILESS_MAIN(TestAzureMlCommands)
#include "tst_azuremlcommands.moc"
