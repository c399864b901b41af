#include "azureml/amlcommands.h"

#include "http/redaction.h"

#include <QCoreApplication>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace mlr::azureml {

namespace {

using arm::EquivalentCommand;
using arm::shellQuote;

// lupdate files the tr("...") calls of this namespace-level helper under the namespace's
// context ("mlr::azureml"), so that is the context to look them up in.
QString tr(const char *text)
{
    return QCoreApplication::translate("mlr::azureml", text);
}

// "-g GROUP -w WORKSPACE" (and the subscription), as every az ml command takes them.
QString azWorkspace(const WorkspaceTarget &t)
{
    return u"--subscription %1 -g %2 -w %3"_s.arg(
        shellQuote(t.arm.subscriptionId), shellQuote(t.arm.resourceGroup), shellQuote(t.workspace));
}

EquivalentCommand signIn(const arm::SignInSettings &settings)
{
    return { tr("Sign in (service principal)"), arm::curlSignIn(settings),
        u"az login --service-principal -u %1 -p \"$AZURE_CLIENT_SECRET\" --tenant %2"_s.arg(
            shellQuote(settings.clientId), shellQuote(settings.tenantId)) };
}

EquivalentCommand step(const QString &what, const QString &curl, const QString &az)
{
    return { what, redaction::redact(curl), redaction::redact(az) };
}

} // namespace

QString trafficArgument(const QMap<QString, int> &traffic)
{
    QStringList parts;
    for (auto it = traffic.cbegin(); it != traffic.cend(); ++it)
        parts << it.key() + u'=' + QString::number(it.value());
    return parts.join(u' ');
}

QList<EquivalentCommand> retrainCommands(
    const WorkspaceTarget &t, const arm::SignInSettings &settings, const RetrainSteps &s)
{
    const QString ws = azWorkspace(t);
    const QString jobPath = u"/jobs/"_s + s.jobName;
    return {
        signIn(settings),
        step(tr("Read the key of the workspace's default datastore"),
            arm::curlArm("POST", t.url(u"/datastores/workspaceblobstore/listSecrets"_s)),
            u"az ml datastore show --name workspaceblobstore %1"_s.arg(ws)),
        step(tr("Upload the new training data"),
            u"curl -sS -X PUT '%1/%2/%3?<SAS>' -H 'x-ms-blob-type: BlockBlob' --data-binary @%4"_s.arg(
                s.blobEndpoint.toString(), s.container, s.blob, shellQuote(s.localFile)),
            u"az storage blob upload --blob-endpoint %1 --account-name %2 --container-name %3 --name %4 "
            u"--file %5 "
            "--auth-mode key"_s.arg(shellQuote(s.blobEndpoint.toString()), shellQuote(s.storageAccount),
                shellQuote(s.container), shellQuote(s.blob), shellQuote(s.localFile))),
        step(tr("Read the job that trained the model in production"),
            arm::curlArm("GET", t.url(u"/jobs/"_s + s.productionJob)),
            u"az ml job show --name %1 %2 > job.yml"_s.arg(shellQuote(s.productionJob), ws)),
        step(tr("Submit the retraining job (the same job on the new data)"),
            arm::curlArm("PUT", t.url(jobPath), s.jobBody),
            u"az ml job create --file job.yml --name %1 --set inputs.%2.path=%3 %4"_s.arg(
                shellQuote(s.jobName), s.dataInput, shellQuote(s.dataUri), ws)),
        step(tr("Follow the job until Completed, Failed or Canceled"), arm::curlArm("GET", t.url(jobPath)),
            u"az ml job show --name %1 %2 --query status"_s.arg(shellQuote(s.jobName), ws)),
    };
}

QList<EquivalentCommand> rolloutCommands(
    const WorkspaceTarget &t, const arm::SignInSettings &settings, const RolloutSteps &s)
{
    const QString ws = azWorkspace(t);
    const QString e = u"/onlineEndpoints/"_s + s.endpoint;
    QList<EquivalentCommand> out {
        signIn(settings),
        step(tr("Back up the endpoint and its deployments"),
            arm::curlArm("GET", t.url(e)) + u" > endpoint.json"_s,
            u"az ml online-endpoint show --name %1 %2 > endpoint.json && az ml online-deployment list "
            u"--endpoint-name "
            "%1 %2 > deployments.json"_s.arg(shellQuote(s.endpoint), ws)),
        step(tr("Register the new model version with its job"),
            arm::curlArm("PUT", t.url(u"/models/%1/versions/%2"_s.arg(s.model, s.modelVersion)), s.modelBody),
            u"az ml model create --name %1 --version %2 --path azureml://jobs/%3/outputs/model --type mlflow_model %4"_s
                .arg(shellQuote(s.model), shellQuote(s.modelVersion), s.job, ws)),
        step(tr("Create the new deployment at 0 % traffic"),
            arm::curlArm("PUT", t.url(e + u"/deployments/"_s + s.newDeployment), s.deploymentBody),
            u"az ml online-deployment show --name %1 --endpoint-name %2 %3 > deployment.yml && az ml "
            u"online-deployment "
            "create --file deployment.yml --name %4 --endpoint-name %2 --set model=azureml:%5:%6 %3"_s.arg(
                shellQuote(s.currentDeployment), shellQuote(s.endpoint), ws, shellQuote(s.newDeployment),
                s.model, s.modelVersion)),
        step(tr("Read the endpoint's scoring URI and key"),
            u"SCORING_URI=$("_s + arm::curlArm("GET", t.url(e))
                + u" | jq -r .properties.scoringUri) && SCORING_KEY=$("_s
                + arm::curlArm("POST", t.url(e + u"/listKeys"_s)) + u" | jq -r .primaryKey)"_s,
            u"SCORING_URI=$(az ml online-endpoint show --name %1 %2 --query scoring_uri -o tsv) && "
            u"SCORING_KEY=$(az ml "
            "online-endpoint get-credentials --name %1 %2 --query primaryKey -o tsv)"_s.arg(
                shellQuote(s.endpoint), ws)),
        step(tr("Smoke-test the new deployment at 0 % (the header bypasses the traffic rules)"),
            u"curl -sS -X POST \"$SCORING_URI\" -H \"Authorization: Bearer $SCORING_KEY\" -H 'Content-Type: "
            "application/json' -H %1 --data-binary @sample.json"_s.arg(
                shellQuote(u"azureml-model-deployment: "_s + s.newDeployment)),
            u"az ml online-endpoint invoke --name %1 --deployment-name %2 --request-file sample.json %3"_s
                .arg(shellQuote(s.endpoint), shellQuote(s.newDeployment), ws)),
    };
    for (const QMap<QString, int> &stage : s.stages) {
        QJsonObject body = s.endpointBody;
        QJsonObject p = body[u"properties"_s].toObject();
        QJsonObject traffic;
        for (auto it = stage.cbegin(); it != stage.cend(); ++it)
            traffic.insert(it.key(), it.value());
        p.insert(u"traffic"_s, traffic);
        body.insert(u"properties"_s, p);
        out.append(trafficCommands(t, settings, s.endpoint, stage, body).mid(1));
    }
    return out;
}

QList<EquivalentCommand> trafficCommands(const WorkspaceTarget &t, const arm::SignInSettings &settings,
    const QString &endpoint, const QMap<QString, int> &traffic, const QJsonObject &endpointBody)
{
    const QString ws = azWorkspace(t);
    const QString e = u"/onlineEndpoints/"_s + endpoint;
    return { signIn(settings),
        step(tr("Set the traffic to %1 (the whole endpoint PUT; PATCH cannot)").arg(trafficArgument(traffic)),
            arm::curlArm("PUT", t.url(e), endpointBody),
            u"az ml online-endpoint update --name %1 --traffic %2 %3"_s.arg(
                shellQuote(endpoint), shellQuote(trafficArgument(traffic)), ws)),
        step(tr("Read the traffic back"), arm::curlArm("GET", t.url(e)) + u" | jq .properties.traffic"_s,
            u"az ml online-endpoint show --name %1 %2 --query traffic"_s.arg(shellQuote(endpoint), ws)) };
}

QList<EquivalentCommand> retireCommands(const WorkspaceTarget &t, const arm::SignInSettings &settings,
    const QString &endpoint, const QString &deployment)
{
    return { signIn(settings),
        step(tr("Delete the old deployment"),
            arm::curlArm("DELETE", t.url(u"/onlineEndpoints/%1/deployments/%2"_s.arg(endpoint, deployment))),
            u"az ml online-deployment delete --name %1 --endpoint-name %2 %3 --yes"_s.arg(
                shellQuote(deployment), shellQuote(endpoint), azWorkspace(t))) };
}

} // namespace mlr::azureml
