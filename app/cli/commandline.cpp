#include "commandline.h"

#include "evaluatecommands.h"
#include "retraincommands.h"
#include "servicecommands.h"

#include <QCommandLineParser>

namespace mlr::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mlr::cli::CommandLine)
};

QString tool()
{
    return QString::fromLatin1(toolName);
}

QList<QCommandLineOption> globalOptions()
{
    return {
        QCommandLineOption(QStringList { QStringLiteral("p"), QStringLiteral("profile") },
                           Tr::tr("Use connection profile NAME (default: the last used one, else "
                                  "\"Local sandbox\")."),
                           QStringLiteral("NAME")),
        QCommandLineOption(QStringLiteral("connection-string"),
                           Tr::tr("Use this storage connection string instead of a profile (also "
                                  "read from AZURE_STORAGE_CONNECTION_STRING). It is visible in the "
                                  "process list: prefer the environment variable or a profile."),
                           QStringLiteral("S")),
        QCommandLineOption(QStringLiteral("config"),
                           Tr::tr("Read and write profiles in this settings (INI) file instead of "
                                  "the default one."),
                           QStringLiteral("FILE")),
        QCommandLineOption(QStringLiteral("json"), Tr::tr("Print results on stdout as JSON.")),
        QCommandLineOption(QStringList { QStringLiteral("q"), QStringLiteral("quiet") },
                           Tr::tr("Print no progress on stderr.")),
    };
}

QCommandLineOption helpOption()
{
    return QCommandLineOption(QStringList { QStringLiteral("h"), QStringLiteral("help") },
                              Tr::tr("Show this help and exit."));
}

QCommandLineOption versionOption()
{
    return QCommandLineOption(QStringLiteral("version"), Tr::tr("Show the version and exit."));
}

void addGlobalOptions(QCommandLineParser &parser)
{
    parser.addOptions(globalOptions());
    parser.addOption(helpOption());
}

// Copies the global options set in this parser into the invocation (the last one wins).
void takeGlobalOptions(const QCommandLineParser &parser, GlobalOptions &global)
{
    if (parser.isSet(QStringLiteral("profile")))
        global.profile = parser.value(QStringLiteral("profile"));
    if (parser.isSet(QStringLiteral("connection-string")))
        global.connectionString = parser.value(QStringLiteral("connection-string"));
    if (parser.isSet(QStringLiteral("config")))
        global.configFile = parser.value(QStringLiteral("config"));
    if (parser.isSet(QStringLiteral("json")))
        global.json = true;
    if (parser.isSet(QStringLiteral("quiet")))
        global.quiet = true;
}

// Replaces the first line of a QCommandLineParser help text (which names the program by
// its path) with our own usage line.
QString withUsage(const QString &helpText, const QString &usage)
{
    const qsizetype eol = helpText.indexOf(u'\n');
    return Tr::tr("Usage: %1").arg(usage) + (eol < 0 ? QString() : helpText.mid(eol));
}

ParseResult usageError(const QString &text)
{
    ParseResult r;
    r.action = ParseResult::Action::UsageError;
    r.text = text;
    return r;
}

ParseResult help(const QString &text)
{
    ParseResult r;
    r.action = ParseResult::Action::ShowHelp;
    r.text = text;
    return r;
}

QString seeHelp(const QString &what)
{
    return Tr::tr("see '%1 --help'").arg(what.isEmpty() ? tool() : tool() + u' ' + what);
}

bool isGroup(const QString &name)
{
    for (const GroupSpec &g : groups())
        if (g.name == name)
            return true;
    return false;
}

QStringList commandNames(const QString &group)
{
    QStringList names;
    for (const CommandSpec &c : commands())
        if (c.group == group)
            names << c.name;
    return names;
}

// "group command", or just "group" for a group that is one command (history, report).
QString commandPath(const CommandSpec &c)
{
    return c.name.isEmpty() ? c.group : c.group + u' ' + c.name;
}

QString usageLine(const CommandSpec &c)
{
    QString usage = tool() + u' ' + commandPath(c) + QStringLiteral(" [options]");
    for (const PositionalSpec &p : c.positionals)
        usage += u' ' + (p.syntax.isEmpty() ? p.name : p.syntax);
    return usage;
}

void configureCommandParser(QCommandLineParser &parser, const CommandSpec &c)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setApplicationDescription(c.description.isEmpty() ? c.summary : c.summary + u'\n' + c.description);
    for (const OptionSpec &o : c.options)
        parser.addOption(QCommandLineOption(o.names, o.description, o.valueName));
    addGlobalOptions(parser);
    for (const PositionalSpec &p : c.positionals)
        parser.addPositionalArgument(p.name, p.description, p.syntax);
}

ParseResult parseCommand(const CommandSpec &spec, const QStringList &rest, Invocation invocation)
{
    QCommandLineParser parser;
    configureCommandParser(parser, spec);
    if (!parser.parse(QStringList { tool() } + rest))
        return usageError(parser.errorText() + QStringLiteral("; ") + seeHelp(commandPath(spec)));
    if (parser.isSet(QStringLiteral("help")))
        return help(commandHelp(spec));
    takeGlobalOptions(parser, invocation.global);
    for (const OptionSpec &o : spec.options) {
        const QString &key = o.names.constLast();
        if (!parser.isSet(key))
            continue;
        invocation.options.insert(key, o.valueName.isEmpty() ? QStringLiteral("true") : parser.value(key));
    }
    const QStringList args = parser.positionalArguments();
    const QString where = commandPath(spec);
    if (args.size() < spec.minArgs) {
        const PositionalSpec &missing = spec.positionals.at(std::min<qsizetype>(args.size(), spec.positionals.size() - 1));
        return usageError(Tr::tr("'%1' needs %2; %3").arg(where, missing.name, seeHelp(where)));
    }
    if (spec.maxArgs >= 0 && args.size() > spec.maxArgs)
        return usageError(Tr::tr("too many arguments for '%1' (unexpected '%2'); %3")
                              .arg(where, args.at(spec.maxArgs), seeHelp(where)));

    // Shape checks that need no service.
    QString error;
    if (spec.group == u"storage" && spec.name == u"upload") {
        if (!parseBlobSpec(args.at(1), true, &error))
            return usageError(error + QStringLiteral("; ") + seeHelp(where));
    } else if (spec.group == u"storage" && spec.name == u"download") {
        if (!parseBlobSpec(args.at(0), false, &error))
            return usageError(error + QStringLiteral("; ") + seeHelp(where));
        if (args.at(1).isEmpty())
            return usageError(Tr::tr("the destination FILE is empty; %1").arg(seeHelp(where)));
    } else if (spec.group == u"profile" && spec.name == u"set") {
        for (qsizetype i = 1; i < args.size(); ++i)
            if (!parseAssignment(args.at(i), &error))
                return usageError(error + QStringLiteral("; ") + seeHelp(where));
    }
    for (const QString &arg : args) {
        if (arg.isEmpty() && !(spec.group == u"profile" && spec.name == u"set"))
            return usageError(Tr::tr("an argument of '%1' is empty; %2").arg(where, seeHelp(where)));
    }

    invocation.group = spec.group;
    invocation.command = spec.name;
    invocation.args = args;
    ParseResult r;
    r.action = ParseResult::Action::Run;
    r.invocation = invocation;
    return r;
}

ParseResult parseGroup(const QString &group, const QStringList &rest, Invocation invocation)
{
    // A group that is one command (history, report): its arguments follow the group.
    if (const CommandSpec *only = findCommand(group, QString()))
        return parseCommand(*only, rest, invocation);
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    addGlobalOptions(parser);
    if (!parser.parse(QStringList { tool() } + rest))
        return usageError(parser.errorText() + QStringLiteral("; ") + seeHelp(group));
    takeGlobalOptions(parser, invocation.global);
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        if (parser.isSet(QStringLiteral("help")))
            return help(groupHelp(group));
        return usageError(Tr::tr("'%1' needs a command (%2); %3")
                              .arg(group, commandNames(group).join(QStringLiteral(", ")), seeHelp(group)));
    }
    const CommandSpec *spec = findCommand(group, positional.first());
    if (!spec)
        return usageError(Tr::tr("unknown command '%1' for '%2' (expected one of: %3); %4")
                              .arg(positional.first(), group, commandNames(group).join(QStringLiteral(", ")),
                                   seeHelp(group)));
    if (parser.isSet(QStringLiteral("help")))
        return help(commandHelp(*spec));
    return parseCommand(*spec, positional.mid(1), invocation);
}

QStringList groupNames()
{
    QStringList names;
    for (const GroupSpec &g : groups())
        names << g.name;
    return names;
}

} // namespace

const QList<GroupSpec> &groups()
{
    static const QList<GroupSpec> all = {
        { QStringLiteral("profile"), Tr::tr("Connection profiles (settings in a file, secrets in the keychain).") },
        { QStringLiteral("storage"), Tr::tr("Azure Blob storage: check, containers, list, upload, download.") },
        { QStringLiteral("retrain"),
          Tr::tr("Retraining through the Batch Execution Service: check data, submit, follow, evaluate.") },
        { QStringLiteral("service"),
          Tr::tr("Web services through Azure Resource Manager: list, get, export, import, update, rollback, smoke.") },
        { QStringLiteral("history"), Tr::tr("The timeline of jobs, evaluations, updates and rollbacks.") },
        { QStringLiteral("report"), Tr::tr("The decision report of a job, HTML or PDF.") },
    };
    return all;
}

const QList<CommandSpec> &commands()
{
    static const QList<CommandSpec> all = [] {
        QList<CommandSpec> c;
        const PositionalSpec profileName { QStringLiteral("NAME"), Tr::tr("Profile name."), {} };

        c.append({ QStringLiteral("profile"), QStringLiteral("list"), Tr::tr("List the connection profiles."),
                   {}, {}, 0, 0, {} });
        c.append({ QStringLiteral("profile"), QStringLiteral("show"),
                   Tr::tr("Show a profile's settings; secrets only as \"set (keychain)\" or \"not set\"."),
                   {}, { profileName }, 1, 1, {} });
        c.append({ QStringLiteral("profile"), QStringLiteral("set"),
                   Tr::tr("Create a profile or change its settings."),
                   Tr::tr("\nSecret keys (accountKey, sas, trainingApiKey, predictiveApiKey, clientSecret) "
                          "are stored in the OS keychain, never in the settings file; without a keychain "
                          "they are refused.\n"
                          "A value given on the command line is visible to other users in the process "
                          "list: write KEY=- to read the value from standard input instead (one line per "
                          "KEY=-, in order; on a terminal it is asked for and not echoed), e.g.\n"
                          "  mlretrain-cli profile set work sas=- < sas.txt\n"
                          "An empty value (KEY=) clears a setting or deletes a secret."),
                   { profileName,
                     { QStringLiteral("KEY=VALUE"),
                       Tr::tr("Settings to change; see 'mlretrain-cli profile show' for the keys."),
                       QStringLiteral("KEY=VALUE...") } },
                   2, -1, {} });
        c.append({ QStringLiteral("profile"), QStringLiteral("delete"),
                   Tr::tr("Delete a profile and its secrets in the keychain."), {}, { profileName }, 1, 1, {} });
        c.append({ QStringLiteral("profile"), QStringLiteral("from-sandbox"),
                   Tr::tr("Create or update a profile for mlstudio-local's demo services from its demo.json."),
                   Tr::tr("\nSettings: the storage account, endpoint and container, the training and predictive "
                          "services, the sign-in (login, ARM, tenant, client, subscription, resource group). "
                          "Secrets (trainingApiKey, predictiveApiKey, accountKey, clientSecret) go to the "
                          "keychain; without a keychain the profile is saved without them (and says how to pass "
                          "them instead)."),
                   { { QStringLiteral("DEMO_JSON"), Tr::tr("mlstudio-local's DIR/demo.json."), {} },
                     { QStringLiteral("NAME"), Tr::tr("Profile name (default: \"Local sandbox\")."),
                       QStringLiteral("[NAME]") } },
                   1, 2, {} });

        const QString connection =
            Tr::tr("\nThe storage account comes from --connection-string, else AZURE_STORAGE_CONNECTION_STRING, "
                   "else the profile (--profile, default the last used one) and its keychain secrets.");
        c.append({ QStringLiteral("storage"), QStringLiteral("check"),
                   Tr::tr("Check that the storage account is reachable and the credentials work."), connection,
                   {}, 0, 0, {} });
        c.append({ QStringLiteral("storage"), QStringLiteral("containers"), Tr::tr("List the containers."),
                   connection, {}, 0, 0, {} });
        c.append({ QStringLiteral("storage"), QStringLiteral("mkcontainer"),
                   Tr::tr("Create a container (succeeds if it already exists)."), connection,
                   { { QStringLiteral("NAME"),
                       Tr::tr("Container name: 3-63 lowercase letters, digits and single hyphens."), {} } },
                   1, 1, {} });
        c.append({ QStringLiteral("storage"), QStringLiteral("ls"), Tr::tr("List the blobs of a container."),
                   connection, { { QStringLiteral("CONTAINER"), Tr::tr("Container name."), {} } }, 1, 1,
                   { { { QStringLiteral("prefix") }, Tr::tr("Only blobs whose name starts with P."),
                       QStringLiteral("P") } } });
        c.append({ QStringLiteral("storage"), QStringLiteral("upload"),
                   Tr::tr("Upload a file as a block blob (resumable: run the same command again after an "
                          "interruption and the blocks already sent are skipped)."),
                   connection + Tr::tr("\nProgress goes to stderr, the result to stdout."),
                   { { QStringLiteral("FILE"), Tr::tr("The local file to upload."), {} },
                     { QStringLiteral("CONTAINER/BLOB"),
                       Tr::tr("Destination container and blob name; CONTAINER/ uses the file's name."), {} } },
                   2, 2,
                   { { { QStringLiteral("block-size") },
                       Tr::tr("Block size in MiB (default: automatic, 4 MiB doubled as needed). An interrupted "
                              "upload resumes only with the same block size."),
                       QStringLiteral("MiB") },
                     { { QStringLiteral("concurrency") }, Tr::tr("Blocks in flight, 1 to 6 (default: automatic)."),
                       QStringLiteral("N") } } });
        c.append({ QStringLiteral("storage"), QStringLiteral("download"),
                   Tr::tr("Download a blob to a file (checked against the blob's MD5 when it has one)."),
                   connection + Tr::tr("\nProgress goes to stderr, the result to stdout."),
                   { { QStringLiteral("CONTAINER/BLOB"), Tr::tr("The blob to download."), {} },
                     { QStringLiteral("FILE"),
                       Tr::tr("Destination file, or an existing directory to download into."), {} } },
                   2, 2,
                   { { { QStringLiteral("overwrite") }, Tr::tr("Replace FILE if it already exists."), {} } } });
        c.append(retrainCommandSpecs());
        c.append(evaluateCommandSpecs());
        c.append(serviceCommandSpecs());
        c.append(historyCommandSpecs());
        return c;
    }();
    return all;
}

const CommandSpec *findCommand(const QString &group, const QString &name)
{
    for (const CommandSpec &c : commands())
        if (c.group == group && c.name == name)
            return &c;
    return nullptr;
}

ParseResult parseCommandLine(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    addGlobalOptions(parser);
    parser.addOption(versionOption());
    if (!parser.parse(arguments.isEmpty() ? QStringList { tool() } : arguments))
        return usageError(parser.errorText() + QStringLiteral("; ") + seeHelp({}));

    Invocation invocation;
    takeGlobalOptions(parser, invocation.global);
    if (parser.isSet(QStringLiteral("version"))) {
        ParseResult r;
        r.action = ParseResult::Action::ShowVersion;
        r.text = tool() + u' ' + QStringLiteral(MLR_VERSION_STRING);
        return r;
    }
    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        if (parser.isSet(QStringLiteral("help")))
            return help(toolHelp());
        return usageError(Tr::tr("missing command group (%1); %2")
                              .arg(groupNames().join(QStringLiteral(", ")), seeHelp({})));
    }

    const QString group = positional.takeFirst();
    if (group == u"help") { // help [GROUP [COMMAND]]
        if (positional.isEmpty())
            return help(toolHelp());
        if (!isGroup(positional.at(0)))
            return usageError(Tr::tr("unknown command group '%1' (expected one of: %2); %3")
                                  .arg(positional.at(0), groupNames().join(QStringLiteral(", ")), seeHelp({})));
        if (positional.size() == 1) {
            if (const CommandSpec *only = findCommand(positional.at(0), QString()))
                return help(commandHelp(*only));
            return help(groupHelp(positional.at(0)));
        }
        if (const CommandSpec *spec = findCommand(positional.at(0), positional.at(1)))
            return help(commandHelp(*spec));
        return usageError(Tr::tr("unknown command '%1' for '%2' (expected one of: %3); %4")
                              .arg(positional.at(1), positional.at(0),
                                   commandNames(positional.at(0)).join(QStringLiteral(", ")),
                                   seeHelp(positional.at(0))));
    }
    if (!isGroup(group))
        return usageError(Tr::tr("unknown command group '%1' (expected one of: %2); %3")
                              .arg(group, groupNames().join(QStringLiteral(", ")), seeHelp({})));
    if (parser.isSet(QStringLiteral("help")))
        return help(groupHelp(group));
    return parseGroup(group, positional, invocation);
}

std::optional<BlobSpec> parseBlobSpec(const QString &spec, bool blobOptional, QString *error)
{
    const qsizetype slash = spec.indexOf(u'/');
    BlobSpec result;
    result.container = slash < 0 ? spec : spec.left(slash);
    result.blob = slash < 0 ? QString() : spec.mid(slash + 1);
    QString problem;
    if (spec.isEmpty())
        problem = Tr::tr("the blob is empty: expected CONTAINER/BLOB");
    else if (result.container.isEmpty())
        problem = Tr::tr("'%1' has no container: expected CONTAINER/BLOB").arg(spec);
    else if (result.blob.isEmpty() && !blobOptional)
        problem = Tr::tr("'%1' has no blob name: expected CONTAINER/BLOB").arg(spec);
    else if (result.blob.endsWith(u'/'))
        problem = Tr::tr("blob name '%1' ends with '/': expected CONTAINER/BLOB").arg(result.blob);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return std::nullopt;
    }
    return result;
}

std::optional<Assignment> parseAssignment(const QString &text, QString *error)
{
    const qsizetype eq = text.indexOf(u'=');
    if (eq <= 0) {
        if (error)
            *error = eq == 0 ? Tr::tr("'%1' has no key: expected KEY=VALUE").arg(text)
                             : Tr::tr("'%1' is not KEY=VALUE").arg(text.left(40));
        return std::nullopt;
    }
    Assignment a;
    a.key = text.left(eq).trimmed();
    a.value = text.mid(eq + 1);
    if (a.value == u"-") {
        a.valueFromStdin = true;
        a.value.clear();
    }
    if (a.key.isEmpty()) {
        if (error)
            *error = Tr::tr("'%1' has no key: expected KEY=VALUE").arg(text.left(eq + 1));
        return std::nullopt;
    }
    return a;
}

QString toolHelp()
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Retrain and redeploy Azure ML Studio (classic) models from the command line.\n"
               "Results go to stdout (JSON with --json), progress and errors to stderr.\n"
               "Exit status: 0 success, 1 failure, 2 usage error, 130 interrupted."));
    addGlobalOptions(parser);
    parser.addOption(versionOption());
    parser.addPositionalArgument(QStringLiteral("GROUP"), Tr::tr("Command group (see below)."));
    parser.addPositionalArgument(QStringLiteral("COMMAND"), Tr::tr("Command of the group."));
    QString text = withUsage(parser.helpText(), tool() + QStringLiteral(" [options] GROUP COMMAND [ARGS...]"));
    text += u'\n' + Tr::tr("Commands:") + u'\n';
    for (const CommandSpec &c : commands()) {
        QString synopsis = commandPath(c);
        for (const PositionalSpec &p : c.positionals)
            synopsis += u' ' + (p.syntax.isEmpty() ? p.name : p.syntax);
        text += QStringLiteral("  ") + synopsis.leftJustified(40) + u' ' + c.summary + u'\n';
    }
    text += u'\n'
        + Tr::tr("Run '%1 GROUP COMMAND --help' (or '%1 help GROUP COMMAND') for a command's details.").arg(tool())
        + u'\n';
    return text;
}

QString groupHelp(const QString &group)
{
    QCommandLineParser parser;
    QString summary;
    for (const GroupSpec &g : groups())
        if (g.name == group)
            summary = g.summary;
    parser.setApplicationDescription(summary);
    addGlobalOptions(parser);
    parser.addPositionalArgument(QStringLiteral("COMMAND"), Tr::tr("One of the commands below."));
    QString text = withUsage(parser.helpText(), tool() + u' ' + group + QStringLiteral(" [options] COMMAND [ARGS...]"));
    text += u'\n' + Tr::tr("Commands:") + u'\n';
    for (const CommandSpec &c : commands()) {
        if (c.group != group)
            continue;
        QString synopsis = c.name;
        for (const PositionalSpec &p : c.positionals)
            synopsis += u' ' + (p.syntax.isEmpty() ? p.name : p.syntax);
        text += QStringLiteral("  ") + synopsis.leftJustified(32) + u' ' + c.summary + u'\n';
    }
    text += u'\n' + Tr::tr("Run '%1 %2 COMMAND --help' for a command's details.").arg(tool(), group) + u'\n';
    return text;
}

QString commandHelp(const CommandSpec &command)
{
    QCommandLineParser parser;
    configureCommandParser(parser, command);
    return withUsage(parser.helpText(), usageLine(command));
}

} // namespace mlr::cli
