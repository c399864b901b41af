#include "commandline.h"

#include "commandlineparts.h"

namespace mlr::cli {

namespace {

using detail::addGlobalOptions;
using detail::configureCommandParser;
using detail::tool;
using detail::Tr;

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
        invocation.options.insert(
            key, o.valueName.isEmpty() ? QStringList { QStringLiteral("true") } : parser.values(key));
    }
    const QStringList args = parser.positionalArguments();
    const QString where = commandPath(spec);
    if (args.size() < spec.minArgs) {
        const PositionalSpec &missing
            = spec.positionals.at(std::min<qsizetype>(args.size(), spec.positionals.size() - 1));
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

ParseResult parseCommandLine(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    addGlobalOptions(parser);
    parser.addOption(detail::versionOption());
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
            return usageError(
                Tr::tr("unknown command group '%1' (expected one of: %2); %3")
                    .arg(positional.at(0), groupNames().join(QStringLiteral(", ")), seeHelp({})));
        if (positional.size() == 1) {
            if (const CommandSpec *only = findCommand(positional.at(0), QString()))
                return help(commandHelp(*only));
            return help(groupHelp(positional.at(0)));
        }
        if (const CommandSpec *spec = findCommand(positional.at(0), positional.at(1)))
            return help(commandHelp(*spec));
        return usageError(
            Tr::tr("unknown command '%1' for '%2' (expected one of: %3); %4")
                .arg(positional.at(1), positional.at(0),
                    commandNames(positional.at(0)).join(QStringLiteral(", ")), seeHelp(positional.at(0))));
    }
    if (!isGroup(group))
        return usageError(Tr::tr("unknown command group '%1' (expected one of: %2); %3")
                              .arg(group, groupNames().join(QStringLiteral(", ")), seeHelp({})));
    if (parser.isSet(QStringLiteral("help"))) { // --help GROUP [COMMAND]: the most precise help
        if (const CommandSpec *only = findCommand(group, QString()))
            return help(commandHelp(*only));
        if (const CommandSpec *spec = findCommand(group, positional.value(0)); spec && !positional.isEmpty())
            return help(commandHelp(*spec));
        return help(groupHelp(group));
    }
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

} // namespace mlr::cli
