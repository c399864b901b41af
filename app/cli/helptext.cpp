// The help texts of mlretrain-cli, made from the command table and the help extras
// (commandhelp.cpp).
#include "commandline.h"
#include "commandlineparts.h"

#include <algorithm>

namespace mlr::cli {

namespace detail {

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
    return QCommandLineOption(
        QStringList { QStringLiteral("h"), QStringLiteral("help") }, Tr::tr("Show this help and exit."));
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
    const CommandHelpExtras extras = commandHelpExtras(commandPath(c));
    for (const OptionSpec &o : c.options) {
        QString text = o.description;
        if (o.repeatable)
            text += u' ' + Tr::tr("Repeatable.");
        const QString defaultText = extras.defaults.value(o.names.constLast());
        if (!defaultText.isEmpty())
            text += u' ' + Tr::tr("Default: %1.").arg(defaultText);
        parser.addOption(QCommandLineOption(o.names, text, o.valueName));
    }
    addGlobalOptions(parser);
    for (const PositionalSpec &p : c.positionals)
        parser.addPositionalArgument(p.name, p.description, p.syntax);
}

} // namespace detail

using detail::addGlobalOptions;
using detail::tool;
using detail::Tr;

namespace {

// Replaces the first line of a QCommandLineParser help text (which names the program by
// its path) with our own usage line.
QString withUsage(const QString &helpText, const QString &usage)
{
    const qsizetype eol = helpText.indexOf(u'\n');
    return Tr::tr("Usage: %1").arg(usage) + (eol < 0 ? QString() : helpText.mid(eol));
}

// The common exit codes and the command's own ("N  text" each), in the order of the codes.
QString exitCodesText(const QStringList &extra)
{
    QStringList lines { Tr::tr("0    success"), Tr::tr("1    failure (the error is the last line on stderr)"),
        Tr::tr("2    usage error (a wrong command line)"), Tr::tr("130  interrupted (Ctrl+C, SIGTERM)") };
    lines += extra;
    std::stable_sort(lines.begin(), lines.end(), [](const QString &a, const QString &b) {
        return a.section(u' ', 0, 0).toInt() < b.section(u' ', 0, 0).toInt();
    });
    return u'\n' + Tr::tr("Exit status:") + u'\n' + QStringLiteral("  ") + lines.join(QStringLiteral("\n  "))
        + u'\n';
}

} // namespace

QString commandPath(const CommandSpec &c)
{
    return c.name.isEmpty() ? c.group : c.group + u' ' + c.name;
}

QString toolHelp()
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Retrain and redeploy Azure ML Studio (classic) models from the command line.\n"
               "Results go to stdout (JSON with --json), progress and errors to stderr.\n"
               "Exit status: 0 success, 1 failure, 2 usage error, 130 interrupted."));
    addGlobalOptions(parser);
    parser.addOption(detail::versionOption());
    parser.addPositionalArgument(QStringLiteral("GROUP"), Tr::tr("Command group (see below)."));
    parser.addPositionalArgument(QStringLiteral("COMMAND"), Tr::tr("Command of the group."));
    QString text
        = withUsage(parser.helpText(), tool() + QStringLiteral(" [options] GROUP COMMAND [ARGS...]"));
    text += u'\n' + Tr::tr("Commands:") + u'\n';
    for (const CommandSpec &c : commands()) {
        QString synopsis = commandPath(c);
        for (const PositionalSpec &p : c.positionals)
            synopsis += u' ' + (p.syntax.isEmpty() ? p.name : p.syntax);
        text += QStringLiteral("  ") + synopsis.leftJustified(40) + u' ' + c.summary + u'\n';
    }
    text += u'\n' + Tr::tr("Examples:") + u'\n';
    const QList<CommandExample> examples
        = { { Tr::tr("A profile for mlstudio-local's demo services:"),
                tool() + QStringLiteral(" profile from-sandbox ~/sandbox/demo.json") },
              { Tr::tr("Retrain on new data, compare the models, then update the predictive service:"),
                  tool() + QStringLiteral(" retrain submit --input census-new.csv --wait") },
              { QString(),
                  tool() + QStringLiteral(" retrain evaluate JOB && ") + tool()
                      + QStringLiteral(" service update census-predictive --from-job JOB --yes") } };
    for (const CommandExample &e : examples)
        text += (e.what.isEmpty() ? QString() : QStringLiteral("  ") + e.what + u'\n')
            + QStringLiteral("    ") + e.command + u'\n';
    text += u'\n'
        + Tr::tr("Run '%1 GROUP COMMAND --help' (or '%1 help GROUP COMMAND') for a command's details.")
              .arg(tool())
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
    QString text = withUsage(
        parser.helpText(), tool() + u' ' + group + QStringLiteral(" [options] COMMAND [ARGS...]"));
    text += u'\n' + Tr::tr("Commands:") + u'\n';
    for (const CommandSpec &c : commands()) {
        if (c.group != group)
            continue;
        QString synopsis = c.name;
        for (const PositionalSpec &p : c.positionals)
            synopsis += u' ' + (p.syntax.isEmpty() ? p.name : p.syntax);
        text += QStringLiteral("  ") + synopsis.leftJustified(32) + u' ' + c.summary + u'\n';
    }
    text += u'\n' + Tr::tr("Examples:") + u'\n'; // the first of each command's
    for (const CommandSpec &c : commands()) {
        const QList<CommandExample> examples = commandHelpExtras(commandPath(c)).examples;
        if (c.group == group && !examples.isEmpty())
            text += QStringLiteral("  ") + examples.first().what + QStringLiteral("\n    ")
                + examples.first().command + u'\n';
    }
    text += exitCodesText({});
    text += u'\n' + Tr::tr("Run '%1 %2 COMMAND --help' for a command's details.").arg(tool(), group) + u'\n';
    return text;
}

QString commandHelp(const CommandSpec &command)
{
    QCommandLineParser parser;
    detail::configureCommandParser(parser, command);
    QString text = withUsage(parser.helpText(), detail::usageLine(command));
    const CommandHelpExtras extras = commandHelpExtras(commandPath(command));
    if (!extras.examples.isEmpty()) {
        text += u'\n' + Tr::tr("Examples:") + u'\n';
        for (const CommandExample &e : extras.examples)
            text += QStringLiteral("  ") + e.what + QStringLiteral("\n    ") + e.command + u'\n';
    }
    return text + exitCodesText(extras.exitCodes);
}

} // namespace mlr::cli
