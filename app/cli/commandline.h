#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

// Argument parsing of mlretrain-cli: pure functions, no I/O, so every usage error can be
// tested without running the tool.
//
//   mlretrain-cli [GLOBAL OPTIONS] GROUP COMMAND [OPTIONS] ARGS...
//
// Global options may appear before the group, between group and command, or among the
// command's own arguments; the last occurrence wins.
namespace mlr::cli {

inline constexpr char toolName[] = "mlretrain-cli";

enum ExitCode : int
{
    ExitOk = 0,
    ExitFailure = 1, // the operation failed (bad input, service error, ...)
    ExitUsage = 2, // the command line itself is wrong
    ExitInterrupted = 130, // SIGINT / SIGTERM
};

struct GlobalOptions
{
    std::optional<QString> profile; // --profile NAME
    std::optional<QString> connectionString; // --connection-string S
    std::optional<QString> configFile; // --config FILE
    bool json = false; // --json
    bool quiet = false; // --quiet
};

struct OptionSpec
{
    QStringList names; // e.g. {"prefix"}; the last name is the key in Invocation::options
    QString description;
    QString valueName; // empty = a flag
    bool repeatable = false; // may be given several times; every value is kept
};

struct PositionalSpec
{
    QString name; // e.g. "FILE"
    QString description;
    QString syntax; // as shown in the usage line; defaults to name
};

struct CommandSpec
{
    QString group; // "storage"
    QString name; // "upload"
    QString summary; // one line, shown in the group's help
    QString description; // longer text of the command's own help (may be empty)
    QList<PositionalSpec> positionals;
    int minArgs = 0;
    int maxArgs = 0; // -1 = unlimited
    QList<OptionSpec> options;
};

struct GroupSpec
{
    QString name;
    QString summary;
};

// Every group and command of the tool, in help order.
const QList<GroupSpec> &groups();
const QList<CommandSpec> &commands();
const CommandSpec *findCommand(const QString &group, const QString &name);

struct Invocation
{
    GlobalOptions global;
    QString group;
    QString command;
    QStringList args; // the command's positional arguments
    // The command's own options, each with every value given, in order; a flag maps to {"true"}.
    QMap<QString, QStringList> options;

    bool hasOption(const QString &name) const { return options.contains(name); }
    // The last value given (the one that wins for a single-value option); empty when not given.
    QString option(const QString &name) const
    {
        const QStringList values = options.value(name);
        return values.isEmpty() ? QString() : values.constLast();
    }
    // Every value of a repeatable option, in command-line order.
    QStringList optionValues(const QString &name) const { return options.value(name); }
};

struct ParseResult
{
    enum class Action
    {
        Run, // run invocation
        ShowHelp, // print text on stdout, exit 0
        ShowVersion, // print text on stdout, exit 0
        UsageError, // print text (one line, without the "mlretrain-cli: error: " prefix) on stderr, exit 2
    };
    Action action = Action::UsageError;
    Invocation invocation;
    QString text;
};

// arguments as in QCoreApplication::arguments(): the first element is the program.
ParseResult parseCommandLine(const QStringList &arguments);

// "CONTAINER/BLOB": the container is everything before the first '/', the blob the rest
// (it may contain '/'). With blobOptional, "CONTAINER" and "CONTAINER/" give an empty blob.
struct BlobSpec
{
    QString container;
    QString blob;
};
std::optional<BlobSpec> parseBlobSpec(const QString &spec, bool blobOptional, QString *error);

// "KEY=VALUE" of `profile set`: the key is everything before the first '='; "KEY=-" means
// "read the value from standard input" (valueFromStdin, value empty).
struct Assignment
{
    QString key;
    QString value;
    bool valueFromStdin = false;
};
std::optional<Assignment> parseAssignment(const QString &text, QString *error);

// The help texts (also reachable with "help [GROUP [COMMAND]]"), in helptext.cpp. A command's
// help: usage, summary and description, options (each with its default), arguments, examples
// and exit status.
QString toolHelp();
QString groupHelp(const QString &group);
QString commandHelp(const CommandSpec &command);

// "group command", or just "group" for a group that is one command (history, report).
QString commandPath(const CommandSpec &command);

// The help's extras of a command (commandhelp.cpp), by commandPath(): examples, option defaults by option key
// (shown as "(default: ...)"), and exit codes beyond the common ones. A command without examples is a bug the
// help test catches.
struct CommandExample
{
    QString what; // one translated line: what the example does
    QString command; // the command line, as typed (not translated)
};
struct CommandHelpExtras
{
    QList<CommandExample> examples;
    QMap<QString, QString> defaults;
    QStringList exitCodes; // e.g. "3  the new model failed the promotion gate"
};
CommandHelpExtras commandHelpExtras(const QString &commandPath);

} // namespace mlr::cli
