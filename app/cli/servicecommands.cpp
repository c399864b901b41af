// service ...: the web services behind a profile, through Azure Resource Manager. The command
// table's entries of the group and the factory; the commands are in servicereadcommands.cpp and
// serviceupdatecommands.cpp, their shared sign-in in servicecommand.cpp.
#include "servicecommands.h"

#include "servicecommand.h"

namespace mlr::cli {

QList<CommandSpec> serviceCommandSpecs()
{
    const QString g = QStringLiteral("service");
    const PositionalSpec name { QStringLiteral("NAME"), Command::tr("Web service name."), {} };
    const QString signIn = Command::tr("\nSign-in: the profile's loginUrl, tenantId and clientId with its "
                                       "client secret (keychain, clientSecret), "
                                       "or AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET as Azure "
                                       "Identity reads them; without a client secret, the sign-in remembered "
                                       "by --device-code --remember. --device-code signs in with your "
                                       "account instead. The services "
                                       "are the profile's subscription and resource group.");
    const OptionSpec yes { { QStringLiteral("yes") }, Command::tr("Apply without asking."), {} };
    const OptionSpec showCommands { { QStringLiteral("show-commands") },
        Command::tr("Also print the equivalent curl and PowerShell commands."), {} };
    const OptionSpec asset { { QStringLiteral("asset") },
        Command::tr("The trained model asset id, when several."), QStringLiteral("ID") };
    const OptionSpec overwrite { { QStringLiteral("overwrite") },
        Command::tr("Replace an existing service or file."), {} };
    const OptionSpec plan { { QStringLiteral("commitment-plan") },
        Command::tr("The commitment plan's resource id (exported definitions do not carry it)."),
        QStringLiteral("ID") };
    QList<CommandSpec> c;
    c.append({ g, QStringLiteral("list"), Command::tr("List the web services."), signIn, {}, 0, 0, {} });
    c.append({ g, QStringLiteral("get"), Command::tr("Show a web service (--json: the whole definition)."),
        signIn, { name }, 1, 1, {} });
    c.append({ g, QStringLiteral("export"), Command::tr("Export a definition (Export-AzMlWebService form)."),
        signIn, { name, { QStringLiteral("FILE"), Command::tr("The file to write."), {} } }, 2, 2,
        { overwrite } });
    c.append({ g, QStringLiteral("import"),
        Command::tr(
            "Create a web service from a definition file (Import-AzMlWebService + New-AzMlWebService)."),
        signIn, { { QStringLiteral("FILE"), Command::tr("The definition file."), {} }, name }, 2, 2,
        { overwrite, plan } });
    c.append({ g, QStringLiteral("create"),
        Command::tr("Create a web service from a definition file, or a service pair from a template."),
        signIn, { name }, 1, 1,
        { { { QStringLiteral("definition") }, Command::tr("The definition file."), QStringLiteral("FILE") },
            overwrite, plan,
            { { QStringLiteral("template") },
                Command::tr("mlstudio-local only: create NAME-retraining and NAME-predictive from a template "
                            "(two-class, regression); the profile then uses them."),
                QStringLiteral("T") },
            { { QStringLiteral("schema-from") },
                Command::tr("With --template: the CSV (schema and first training)."), QStringLiteral("CSV") },
            { { QStringLiteral("label") }, Command::tr("With --template: the label column."),
                QStringLiteral("COL") },
            { { QStringLiteral("learner") },
                Command::tr("With --template: the Studio learner module (optional)."),
                QStringLiteral("MODULE") },
            { { QStringLiteral("integer-columns") },
                Command::tr("With --template: numeric columns typed Integer, comma-separated; the others "
                            "are Number (floating point) even when the CSV holds only whole numbers."),
                QStringLiteral("COL,COL") } } });
    c.append({ g, QStringLiteral("update"),
        Command::tr("Point a predictive service at a retraining job's model: guarded (a finished job of its "
                    "own pair, whose model exists and fits), backed up, verified, smoke-tested (rolled back "
                    "automatically when the service then fails to score)."),
        signIn
            + Command::tr("\nWithout --yes: the guard, the diff and the gate verdict, then a question on a "
                          "terminal (refused otherwise)."),
        { name }, 1, 1,
        { { { QStringLiteral("from-job") }, Command::tr("The retraining job (from the job journal)."),
              QStringLiteral("JOB") },
            yes, showCommands, asset } });
    c.append({ g, QStringLiteral("rollback"),
        Command::tr("Put back the model of a backup (default: the newest whose model exists and is not the "
                    "current one)."),
        signIn, { name }, 1, 1,
        { { { QStringLiteral("to") }, Command::tr("The backup file."), QStringLiteral("BACKUP") }, yes,
            showCommands, asset } });
    c.append({ g, QStringLiteral("smoke"),
        Command::tr("Score the service's sample rows through the profile's predictive service."),
        Command::tr("\nThe API key: the profile's predictiveApiKey (keychain) or MLR_PREDICTIVE_API_KEY."),
        { name }, 1, 1, {} });
    return c;
}

void addSignInOptions(QList<CommandSpec> &commands)
{
    const OptionSpec deviceCode { { QStringLiteral("device-code") },
        Command::tr("Sign in with your account (device code flow): open the URL printed on stderr and "
                    "enter the code; the command goes on once it is approved. Default: the client secret, "
                    "else the remembered sign-in."),
        {} };
    const OptionSpec remember { { QStringLiteral("remember") },
        Command::tr(
            "With --device-code: keep the sign-in (its refresh token) in the keychain, so later "
            "commands of this profile sign in without --device-code. Default: not kept (clear it with "
            "'profile set NAME refreshToken=')."),
        {} };
    const QStringList retrain { QStringLiteral("submit"), QStringLiteral("status"), QStringLiteral("wait"),
        QStringLiteral("cancel"), QStringLiteral("evaluate") };
    for (CommandSpec &c : commands) {
        const bool signsIn = (c.group == u"service" && c.name != u"smoke") || c.group == u"endpoint"
            || c.group == u"model" || (c.group == u"retrain" && retrain.contains(c.name));
        if (signsIn)
            c.options << deviceCode << remember;
    }
}

std::unique_ptr<Command> createServiceCommand(Context &context)
{
    if (context.invocation().group != u"service")
        return nullptr;
    if (auto command = createServiceReadCommand(context))
        return command;
    return createServiceUpdateCommand(context);
}

} // namespace mlr::cli
