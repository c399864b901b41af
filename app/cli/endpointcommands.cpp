#include "endpointcommands.h"

#include "amlcommand.h"
#include "amlendpointcommands.h"
#include "azureml/productionmodeljob.h"
#include "format.h"
#include "output.h"

#include <QJsonArray>
#include <QJsonObject>

namespace mlr::cli {

namespace {

// endpoint show [ENDPOINT]: the endpoint's traffic and deployments, and what is in production
// (the deployment with the most traffic, its model version and the job that trained it).
class EndpointShowCommand final : public AmlCommand
{
    Q_OBJECT

public:
    using AmlCommand::AmlCommand;

protected:
    void runAml() override
    {
        m_job = std::make_unique<azureml::ProductionModelJob>(
            ctx().network(), m_tokens.get(), m_workspace, endpointArgument());
        connect(m_job.get(), &azureml::ProductionModelJob::finished, this,
            [this](const azureml::ProductionModel &p, const Error &error) {
                if (error)
                    return fail(error);
                report(p);
            });
        m_job->start();
    }

private:
    void report(const azureml::ProductionModel &p)
    {
        if (out().isJson()) {
            QJsonObject traffic;
            for (auto it = p.endpoint.traffic.cbegin(); it != p.endpoint.traffic.cend(); ++it)
                traffic.insert(it.key(), it.value());
            QJsonArray deployments;
            for (const azureml::OnlineDeployment &d : p.deployments)
                deployments.append(QJsonObject { { QStringLiteral("name"), d.name },
                    { QStringLiteral("model"), d.model }, { QStringLiteral("instanceType"), d.instanceType },
                    { QStringLiteral("instanceCount"), d.instanceCount },
                    { QStringLiteral("provisioningState"), d.provisioningState },
                    { QStringLiteral("traffic"), p.endpoint.traffic.value(d.name) } });
            QJsonObject production { { QStringLiteral("deployment"), p.deployment.name },
                { QStringLiteral("model"), p.model.name }, { QStringLiteral("version"), p.model.version },
                { QStringLiteral("job"), p.job ? p.job->name : QString() },
                { QStringLiteral("jobStatus"), p.job ? p.job->status : QString() } };
            out().json(QJsonObject { { QStringLiteral("endpoint"), p.endpoint.name },
                { QStringLiteral("workspace"), m_profile.workspace },
                { QStringLiteral("authMode"), p.endpoint.authMode },
                { QStringLiteral("provisioningState"), p.endpoint.provisioningState },
                { QStringLiteral("scoringUri"), p.endpoint.scoringUri },
                { QStringLiteral("traffic"), traffic }, { QStringLiteral("deployments"), deployments },
                { QStringLiteral("production"), production } });
            return succeed();
        }
        QString text = tr("Online endpoint %1 (workspace %2): %3, authentication %4.")
                           .arg(p.endpoint.name, m_profile.workspace, p.endpoint.provisioningState,
                               p.endpoint.authMode);
        text += u'\n' + tr("Scoring URI: %1").arg(p.endpoint.scoringUri);
        text += u'\n' + tr("Deployments:");
        for (const azureml::OnlineDeployment &d : p.deployments) {
            const auto model = azureml::parseModelReference(d.model);
            text += u'\n'
                + tr("  %1  %2 %3  %4 x %5  %6  traffic %7 %")
                      .arg(d.name, model ? model->name : d.model, model ? model->version : QString(),
                          d.instanceType)
                      .arg(d.instanceCount)
                      .arg(d.provisioningState)
                      .arg(p.endpoint.traffic.value(d.name));
        }
        text += u'\n'
            + (p.job
                    ? tr("In production: model %1 version %2 (deployment %3), trained by job %4 (%5).")
                          .arg(p.model.name, p.model.version, p.deployment.name, p.job->name, p.job->status)
                    : tr(
                        "In production: model %1 version %2 (deployment %3); the model names no training job "
                        "(retraining needs a job definition file).")
                          .arg(p.model.name, p.model.version, p.deployment.name));
        out().text(text);
        succeed();
    }

    std::unique_ptr<azureml::ProductionModelJob> m_job;
};

// endpoint list: the workspace's online endpoints with their traffic.
class EndpointListCommand final : public AmlCommand
{
    Q_OBJECT

public:
    using AmlCommand::AmlCommand;

protected:
    void runAml() override
    {
        m_list = std::make_unique<azureml::WorkspaceGetJob>(ctx().network(), m_tokens.get(), m_workspace,
            QStringLiteral("/onlineEndpoints"), azureml::WorkspaceGetJob::Kind::List,
            tr("the online endpoints of workspace %1").arg(m_workspace.workspace));
        connect(m_list.get(), &azureml::WorkspaceGetJob::finished, this,
            [this](const QJsonObject &body, const Error &error) {
                if (error)
                    return fail(error);
                QJsonArray items;
                QList<QStringList> rows { { tr("ENDPOINT"), tr("STATE"), tr("AUTH"), tr("TRAFFIC") } };
                for (const QJsonValue &v : body[QStringLiteral("value")].toArray()) {
                    Error invalid;
                    const auto e = azureml::parseEndpoint(v.toObject(), &invalid);
                    if (!e)
                        return fail(invalid);
                    QJsonObject traffic;
                    QStringList split;
                    for (auto it = e->traffic.cbegin(); it != e->traffic.cend(); ++it) {
                        traffic.insert(it.key(), it.value());
                        split << it.key() + u'=' + QString::number(it.value());
                    }
                    items.append(QJsonObject { { QStringLiteral("name"), e->name },
                        { QStringLiteral("authMode"), e->authMode },
                        { QStringLiteral("provisioningState"), e->provisioningState },
                        { QStringLiteral("scoringUri"), e->scoringUri },
                        { QStringLiteral("traffic"), traffic } });
                    rows.append({ e->name, e->provisioningState, e->authMode,
                        split.isEmpty() ? QStringLiteral("-") : split.join(u' ') });
                }
                if (out().isJson())
                    out().json(items);
                else if (!items.isEmpty())
                    out().text(format::table(rows));
                succeed();
            });
        m_list->start();
    }

private:
    std::unique_ptr<azureml::WorkspaceGetJob> m_list;
};

} // namespace

QString amlSignInHelp()
{
    return Command::tr(
        "\nFor a profile of kind azureml. Sign-in as for the service commands: AZURE_TENANT_ID, "
        "AZURE_CLIENT_ID and AZURE_CLIENT_SECRET, else the profile's tenant, client and the "
        "keychain's clientSecret, else the sign-in remembered by --device-code --remember; "
        "--device-code signs in with your account instead. Endpoints with authMode AADToken are "
        "scored with a token for https://ml.azure.com of the same sign-in.");
}

QList<CommandSpec> endpointCommandSpecs()
{
    const auto signIn = amlSignInHelp;
    const PositionalSpec endpoint { QStringLiteral("ENDPOINT"),
        Command::tr("The endpoint (default: the profile's endpoint)."), QStringLiteral("[ENDPOINT]") };
    const OptionSpec yes { { QStringLiteral("yes") }, Command::tr("Do it without asking."), {} };
    const OptionSpec showCommands { { QStringLiteral("show-commands") },
        Command::tr("Also print the equivalent curl and az ml commands."), {} };
    const QString g = QStringLiteral("endpoint");
    return { { g, QStringLiteral("list"),
                 Command::tr("List the online endpoints of the workspace with their traffic."), signIn(), {},
                 0, 0, {} },
        { g, QStringLiteral("show"),
            Command::tr(
                "Show an Azure Machine Learning online endpoint: its traffic, its deployments and the model "
                "in production with the job that trained it."),
            signIn(),
            { { QStringLiteral("ENDPOINT"), Command::tr("The endpoint (default: the profile's endpoint)."),
                QStringLiteral("[ENDPOINT]") } },
            0, 1, {} },
        { g, QStringLiteral("rollout"),
            Command::tr("Roll a retrained model out blue/green: register it, deploy it at 0 %, smoke-test "
                        "it, then move "
                        "the traffic in stages, each read back."),
            signIn()
                + Command::tr(
                    "\nThe endpoint and every deployment are backed up first (in the history folder's "
                    "backups). Without --yes each step is asked for on the terminal. A re-run continues "
                    "where "
                    "one stopped: nothing is created twice."),
            { endpoint }, 0, 1,
            { { { QStringLiteral("from-job") },
                  Command::tr("The retraining job whose model goes out (Completed)."),
                  QStringLiteral("JOB") },
                { { QStringLiteral("stages") },
                    Command::tr("The new deployment's share of the traffic at each stage, in percent "
                                "(default 10,100)."),
                    QStringLiteral("P,P,...") },
                { { QStringLiteral("until") },
                    Command::tr(
                        "Stop after the stage that gives the new deployment this share (a canary); a re-run "
                        "goes on from there."),
                    QStringLiteral("PERCENT") },
                { { QStringLiteral("sample") },
                    Command::tr("Rows to smoke-test with (default: the job's training CSV of the journal)."),
                    QStringLiteral("FILE") },
                { { QStringLiteral("deployment") },
                    Command::tr("The new deployment's name (default: green, or blue)."),
                    QStringLiteral("NAME") },
                { { QStringLiteral("model") },
                    Command::tr("The model to register (default: the one in production)."),
                    QStringLiteral("NAME") },
                { { QStringLiteral("skip-smoke") }, Command::tr("Do not smoke-test the new deployment."),
                    {} },
                { { QStringLiteral("ignore-gate") },
                    Command::tr("Roll out even when the job's evaluation failed the promotion gate."), {} },
                yes, showCommands } },
        { g, QStringLiteral("traffic"), Command::tr("Set the endpoint's live traffic (one PUT, read back)."),
            signIn(),
            { { QStringLiteral("ENDPOINT"), Command::tr("The endpoint (default: the profile's endpoint)."),
                  QStringLiteral("[ENDPOINT]") },
                { QStringLiteral("DEPLOYMENT=PERCENT"),
                    Command::tr("The share of each deployment (adding up to 100)."),
                    QStringLiteral("DEPLOYMENT=PERCENT...") } },
            1, -1, { yes } },
        { g, QStringLiteral("rollback"),
            Command::tr("Put the traffic back as it was before the last roll-out (one PUT, read back)."),
            signIn(), { endpoint }, 0, 1,
            { { { QStringLiteral("to") },
                  Command::tr("The roll-out backup to go back to (default: the newest)."),
                  QStringLiteral("BACKUP") },
                yes } },
        { g, QStringLiteral("retire"),
            Command::tr("Delete the old deployment once the new one has all the traffic."),
            signIn()
                + Command::tr(
                    "\nThe deployment defaults to the one the last roll-out replaced; as the rollback target "
                    "it is deleted only with --yes."),
            { endpoint,
                { QStringLiteral("DEPLOYMENT"), Command::tr("The deployment to delete."),
                    QStringLiteral("[DEPLOYMENT]") } },
            0, 2, { yes, showCommands } },
        { g, QStringLiteral("smoke"),
            Command::tr(
                "Score sample rows on the production deployment, or on another one through the header."),
            signIn(), { endpoint }, 0, 1,
            { { { QStringLiteral("sample") }, Command::tr("The rows to score (a CSV)."),
                  QStringLiteral("FILE") },
                { { QStringLiteral("deployment") },
                    Command::tr("The deployment to score (compared with the production one)."),
                    QStringLiteral("NAME") },
                { { QStringLiteral("label") }, Command::tr("A column of the CSV to leave out (the label)."),
                    QStringLiteral("COLUMN") } } } };
}

std::unique_ptr<Command> createEndpointCommand(Context &context)
{
    const Invocation &inv = context.invocation();
    if (inv.group != u"endpoint")
        return nullptr;
    if (inv.command == u"show")
        return std::make_unique<EndpointShowCommand>(context);
    if (inv.command == u"list")
        return std::make_unique<EndpointListCommand>(context);
    if (inv.command == u"rollout")
        return createEndpointRolloutCommand(context);
    if (auto command = createEndpointTrafficCommand(context))
        return command;
    return nullptr;
}

} // namespace mlr::cli

#include "endpointcommands.moc"
