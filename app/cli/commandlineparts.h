#pragma once

// What the parser (commandline.cpp), the command table (commandtable.cpp) and the help texts
// (helptext.cpp) share. Internal to the CLI library.

#include "commandline.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>

namespace mlr::cli::detail {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mlr::cli::CommandLine)
};

QString tool(); // "mlretrain-cli"
QList<QCommandLineOption> globalOptions();
QCommandLineOption versionOption();
// The global options and --help.
void addGlobalOptions(QCommandLineParser &parser);
// The command's options (with their defaults and "repeatable"), the global ones, --help and
// the positional arguments.
void configureCommandParser(QCommandLineParser &parser, const CommandSpec &command);
// "mlretrain-cli storage upload [options] FILE CONTAINER/BLOB"
QString usageLine(const CommandSpec &command);

} // namespace mlr::cli::detail
