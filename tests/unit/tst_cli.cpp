// mlretrain-cli without running it: argument parsing, usage errors, help, output formatting.
#include "clirunner.h"
#include "commandline.h"
#include "format.h"
#include "http/redaction.h"
#include "output.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace mlr;
using namespace mlr::cli;
using mlr::test::CliRun;

namespace {

// Splits like a shell (double quotes); "@EMPTY@" stands for an empty argument.
QStringList argv(const QString &line)
{
    QStringList args = QStringList { QStringLiteral("mlretrain-cli") } + QProcess::splitCommand(line);
    for (QString &a : args)
        if (a == u"@EMPTY@")
            a.clear();
    return args;
}

// The built tool, in English whatever the developer's locale.
mlr::test::CliRunner englishTool()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("LANGUAGE"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    return mlr::test::CliRunner(QStringLiteral(MLR_CLI_BINARY), env);
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // --- parsing: valid command lines ----------------------------------------------------

    void parsesValidCommands_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("group");
        QTest::addColumn<QString>("command");
        QTest::addColumn<QStringList>("args");

        QTest::newRow("profile list") << "profile list"
                                      << "profile"
                                      << "list" << QStringList {};
        QTest::newRow("profile show") << "profile show \"Local sandbox\""
                                      << "profile"
                                      << "show" << QStringList { QStringLiteral("Local sandbox") };
        QTest::newRow("profile set") << "profile set work accountKey=- container=data"
                                     << "profile"
                                     << "set"
                                     << QStringList { QStringLiteral("work"), QStringLiteral("accountKey=-"),
                                            QStringLiteral("container=data") };
        QTest::newRow("profile set empty value")
            << "profile set work container="
            << "profile"
            << "set" << QStringList { QStringLiteral("work"), QStringLiteral("container=") };
        QTest::newRow("profile delete") << "profile delete work"
                                        << "profile"
                                        << "delete" << QStringList { QStringLiteral("work") };
        QTest::newRow("check") << "storage check"
                               << "storage"
                               << "check" << QStringList {};
        QTest::newRow("containers") << "storage containers"
                                    << "storage"
                                    << "containers" << QStringList {};
        QTest::newRow("mkcontainer") << "storage mkcontainer data"
                                     << "storage"
                                     << "mkcontainer" << QStringList { QStringLiteral("data") };
        QTest::newRow("ls") << "storage ls data"
                            << "storage"
                            << "ls" << QStringList { QStringLiteral("data") };
        QTest::newRow("upload") << "storage upload in.csv data/dir/in.csv"
                                << "storage"
                                << "upload"
                                << QStringList { QStringLiteral("in.csv"),
                                       QStringLiteral("data/dir/in.csv") };
        QTest::newRow("upload to container/")
            << "storage upload in.csv data/"
            << "storage"
            << "upload" << QStringList { QStringLiteral("in.csv"), QStringLiteral("data/") };
        QTest::newRow("upload dash file after --")
            << "storage upload -- -odd.csv data/x"
            << "storage"
            << "upload" << QStringList { QStringLiteral("-odd.csv"), QStringLiteral("data/x") };
        QTest::newRow("download") << "storage download data/out/model.ilearner m.ilearner"
                                  << "storage"
                                  << "download"
                                  << QStringList { QStringLiteral("data/out/model.ilearner"),
                                         QStringLiteral("m.ilearner") };
    }

    void parsesValidCommands()
    {
        QFETCH(QString, line);
        QFETCH(QString, group);
        QFETCH(QString, command);
        QFETCH(QStringList, args);
        const ParseResult r = parseCommandLine(argv(line));
        QCOMPARE(r.text, QString());
        QCOMPARE(r.action, ParseResult::Action::Run);
        QCOMPARE(r.invocation.group, group);
        QCOMPARE(r.invocation.command, command);
        QCOMPARE(r.invocation.args, args);
    }

    void globalOptionsAnywhere_data()
    {
        QTest::addColumn<QString>("line");
        QTest::newRow("before group") << "--json -p work --config /tmp/p.ini -q storage ls data";
        QTest::newRow("after group") << "storage --json --profile work --config=/tmp/p.ini --quiet ls data";
        QTest::newRow("after command") << "storage ls data --json --profile=work --config /tmp/p.ini -q";
        QTest::newRow("mixed") << "--json storage -p work ls --config /tmp/p.ini data -q";
    }

    void globalOptionsAnywhere()
    {
        QFETCH(QString, line);
        const ParseResult r = parseCommandLine(argv(line));
        QCOMPARE(r.text, QString());
        QCOMPARE(r.action, ParseResult::Action::Run);
        QVERIFY(r.invocation.global.json);
        QVERIFY(r.invocation.global.quiet);
        QCOMPARE(r.invocation.global.profile, std::optional<QString>(QStringLiteral("work")));
        QCOMPARE(r.invocation.global.configFile, std::optional<QString>(QStringLiteral("/tmp/p.ini")));
        QCOMPARE(r.invocation.args, QStringList { QStringLiteral("data") });
    }

    void lastGlobalOptionWins()
    {
        const ParseResult r = parseCommandLine(argv(QStringLiteral("-p a storage -p b check -p c")));
        QCOMPARE(r.action, ParseResult::Action::Run);
        QCOMPARE(r.invocation.global.profile, std::optional<QString>(QStringLiteral("c")));
    }

    void connectionStringOption()
    {
        const ParseResult r = parseCommandLine(
            argv(QStringLiteral("--connection-string \"AccountName=a;AccountKey=QUJD;\" storage check")));
        QCOMPARE(r.action, ParseResult::Action::Run);
        QCOMPARE(r.invocation.global.connectionString,
            std::optional<QString>(QStringLiteral("AccountName=a;AccountKey=QUJD;")));
        const ParseResult none = parseCommandLine(argv(QStringLiteral("storage check")));
        QVERIFY(!none.invocation.global.connectionString);
        QVERIFY(!none.invocation.global.profile);
        QVERIFY(!none.invocation.global.json);
    }

    void commandOptions()
    {
        ParseResult r = parseCommandLine(argv(QStringLiteral("storage ls data --prefix in/")));
        QCOMPARE(r.action, ParseResult::Action::Run);
        QCOMPARE(r.invocation.option(QStringLiteral("prefix")), QStringLiteral("in/"));
        r = parseCommandLine(argv(QStringLiteral("storage download data/a b --overwrite")));
        QCOMPARE(r.action, ParseResult::Action::Run);
        QVERIFY(r.invocation.hasOption(QStringLiteral("overwrite")));
        r = parseCommandLine(argv(QStringLiteral("storage upload f data/b --block-size 8 --concurrency 3")));
        QCOMPARE(r.action, ParseResult::Action::Run);
        QCOMPARE(r.invocation.option(QStringLiteral("block-size")), QStringLiteral("8"));
        QCOMPARE(r.invocation.option(QStringLiteral("concurrency")), QStringLiteral("3"));
        // A command's own option is not accepted by another command.
        r = parseCommandLine(argv(QStringLiteral("storage ls data --overwrite")));
        QCOMPARE(r.action, ParseResult::Action::UsageError);
    }

    void repeatableOptionsKeepEveryValue()
    {
        const ParseResult r
            = parseCommandLine(argv(QStringLiteral("retrain submit --input f.csv --param a=1 --param=b=2 "
                                                   "-param c=3 --output model=m.ilearner --output x=y")));
        QCOMPARE(r.action, ParseResult::Action::Run);
        QCOMPARE(r.invocation.optionValues(QStringLiteral("param")),
            (QStringList { QStringLiteral("a=1"), QStringLiteral("b=2"), QStringLiteral("c=3") }));
        QCOMPARE(r.invocation.optionValues(QStringLiteral("output")),
            (QStringList { QStringLiteral("model=m.ilearner"), QStringLiteral("x=y") }));
        QCOMPARE(r.invocation.option(QStringLiteral("param")), QStringLiteral("c=3")); // the last one
        QVERIFY(r.invocation.optionValues(QStringLiteral("label")).isEmpty());
        QCOMPARE(r.invocation.optionValues(QStringLiteral("input")), QStringList { QStringLiteral("f.csv") });
        // A single-value option given twice: the last one wins.
        const ParseResult ls
            = parseCommandLine(argv(QStringLiteral("storage ls data --prefix a --prefix b")));
        QCOMPARE(ls.invocation.option(QStringLiteral("prefix")), QStringLiteral("b"));
    }

    // --- parsing: usage errors ----------------------------------------------------------

    void usageErrors_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("expected"); // a fragment of the one error line

        QTest::newRow("nothing") << ""
                                 << "missing command group";
        QTest::newRow("unknown group") << "stroage ls data"
                                       << "unknown command group 'stroage'";
        QTest::newRow("group only") << "storage"
                                    << "'storage' needs a command";
        QTest::newRow("unknown command") << "storage lst data"
                                         << "unknown command 'lst' for 'storage'";
        QTest::newRow("unknown profile command") << "profile rm x"
                                                 << "unknown command 'rm' for 'profile'";
        QTest::newRow("unknown option") << "storage ls data --frobnicate"
                                        << "Unknown option 'frobnicate'";
        QTest::newRow("unknown global option") << "--frobnicate storage check"
                                               << "Unknown option 'frobnicate'";
        QTest::newRow("missing option value") << "storage check --profile"
                                              << "Missing value after '--profile'";
        QTest::newRow("ls without container") << "storage ls"
                                              << "'storage ls' needs CONTAINER";
        QTest::newRow("mkcontainer without name") << "storage mkcontainer"
                                                  << "'storage mkcontainer' needs NAME";
        QTest::newRow("upload without args") << "storage upload"
                                             << "'storage upload' needs FILE";
        QTest::newRow("upload without target") << "storage upload f.csv"
                                               << "'storage upload' needs CONTAINER/BLOB";
        QTest::newRow("download without file") << "storage download data/b"
                                               << "'storage download' needs FILE";
        QTest::newRow("too many args") << "storage check extra"
                                       << "too many arguments for 'storage check'";
        QTest::newRow("ls two containers") << "storage ls a b"
                                           << "unexpected 'b'";
        QTest::newRow("upload empty spec") << "storage upload f.csv @EMPTY@"
                                           << "expected CONTAINER/BLOB";
        QTest::newRow("upload no container") << "storage upload f.csv /blob"
                                             << "has no container";
        QTest::newRow("upload blob ends with slash") << "storage upload f.csv data/dir/"
                                                     << "ends with '/'";
        QTest::newRow("download no blob") << "storage download data out.bin"
                                          << "has no blob name";
        QTest::newRow("download container/") << "storage download data/ out.bin"
                                             << "has no blob name";
        QTest::newRow("download no container") << "storage download /b out.bin"
                                               << "has no container";
        QTest::newRow("download empty file") << "storage download data/b @EMPTY@"
                                             << "destination FILE is empty";
        QTest::newRow("profile show without name") << "profile show"
                                                   << "'profile show' needs NAME";
        QTest::newRow("profile set without pairs") << "profile set work"
                                                   << "'profile set' needs KEY=VALUE";
        QTest::newRow("profile set not a pair") << "profile set work container"
                                                << "is not KEY=VALUE";
        QTest::newRow("profile set empty key") << "profile set work =x"
                                               << "has no key";
        QTest::newRow("profile delete two") << "profile delete a b"
                                            << "too many arguments";
        QTest::newRow("empty argument") << "storage ls @EMPTY@"
                                        << "is empty";
        QTest::newRow("help unknown group") << "help nothing"
                                            << "unknown command group 'nothing'";
        QTest::newRow("help unknown command") << "help storage nothing"
                                              << "unknown command 'nothing'";
    }

    void usageErrors()
    {
        QFETCH(QString, line);
        QFETCH(QString, expected);
        const ParseResult r = parseCommandLine(argv(line));
        QCOMPARE(r.action, ParseResult::Action::UsageError);
        QVERIFY2(r.text.contains(expected), qPrintable(r.text));
        QVERIFY2(!r.text.contains(u'\n'), "a usage error is one line");
        QVERIFY2(r.text.contains(QStringLiteral("--help")), "a usage error points to the help");
    }

    void usageErrorsNeverEchoTheWholeValue()
    {
        // A stray secret in a malformed assignment is cut short, not echoed whole.
        const QString secret
            = QStringLiteral("Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq");
        const ParseResult r = parseCommandLine(argv(QStringLiteral("profile set work ") + secret));
        QCOMPARE(r.action, ParseResult::Action::UsageError);
        QVERIFY(!r.text.contains(secret));
    }

    // --- help ---------------------------------------------------------------------------

    void helpEverywhere_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("usage");
        QTest::newRow("tool") << "--help"
                              << "Usage: mlretrain-cli [options] GROUP COMMAND";
        QTest::newRow("tool -h") << "-h"
                                 << "Usage: mlretrain-cli [options] GROUP COMMAND";
        QTest::newRow("help") << "help"
                              << "Usage: mlretrain-cli [options] GROUP COMMAND";
        QTest::newRow("group") << "storage --help"
                               << "Usage: mlretrain-cli storage [options] COMMAND";
        QTest::newRow("group first") << "--help storage"
                                     << "Usage: mlretrain-cli storage [options] COMMAND";
        QTest::newRow("help group") << "help profile"
                                    << "Usage: mlretrain-cli profile [options] COMMAND";
        for (const CommandSpec &c : commands()) {
            const QString usage = QStringLiteral("Usage: mlretrain-cli ") + c.group + u' ' + c.name;
            QTest::newRow(qPrintable(c.group + u' ' + c.name))
                << c.group + u' ' + c.name + QStringLiteral(" --help") << usage;
            QTest::newRow(qPrintable(QStringLiteral("help ") + c.group + u' ' + c.name))
                << QStringLiteral("help ") + c.group + u' ' + c.name << usage;
        }
        QTest::newRow("help wins over missing args") << "storage upload --help"
                                                     << "Usage: mlretrain-cli storage upload";
    }

    void helpEverywhere()
    {
        QFETCH(QString, line);
        QFETCH(QString, usage);
        const ParseResult r = parseCommandLine(argv(line));
        QCOMPARE(r.action, ParseResult::Action::ShowHelp);
        QVERIFY2(r.text.startsWith(usage), qPrintable(r.text.left(200)));
        QVERIFY(r.text.contains(QStringLiteral("--json")));
    }

    // Every command of the table has its whole help, in each of the three ways to ask, from the
    // built tool: exit 0, on stdout, nothing on stderr; the summary and description, every
    // argument, every option (a value option with its default), an example and the exit codes.
    // A command added without its help fails here.
    void everyCommandHasFullHelp_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("path");
        for (const CommandSpec &c : commands()) {
            const QString path = commandPath(c);
            const QStringList words = path.split(u' ');
            QTest::newRow(qPrintable(path + QStringLiteral(" --help")))
                << words + QStringList { QStringLiteral("--help") } << path;
            QTest::newRow(qPrintable(QStringLiteral("help ") + path))
                << QStringList { QStringLiteral("help") } + words << path;
            QTest::newRow(qPrintable(QStringLiteral("-h ") + path))
                << QStringList { QStringLiteral("-h") } + words << path;
        }
    }

    void everyCommandHasFullHelp()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, path);
        const QStringList words = path.split(u' ');
        const CommandSpec *spec = findCommand(words.at(0), words.value(1));
        QVERIFY(spec);
        const CliRun run = englishTool().run(arguments, {}, 20000);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.err, QByteArray());
        const QString help = run.outText();
        QVERIFY2(
            help.startsWith(QStringLiteral("Usage: mlretrain-cli ") + path + QStringLiteral(" [options]")),
            qPrintable(help.left(200)));
        QVERIFY2(help.contains(spec->summary), qPrintable(help));
        if (!spec->description.trimmed().isEmpty())
            QVERIFY2(help.contains(spec->description.trimmed()), qPrintable(help));
        for (const PositionalSpec &a : spec->positionals)
            QVERIFY2(help.contains(a.name), qPrintable(a.name));
        const QStringList lines = help.split(u'\n');
        for (const OptionSpec &o : spec->options) {
            const QString dashed = QStringLiteral("--") + o.names.constLast();
            // The option's entry: its line and the indented lines that continue it.
            const QRegularExpression name(QRegularExpression::escape(dashed) + QStringLiteral("(\\s|$)"));
            qsizetype at = -1;
            for (qsizetype i = 0; i < lines.size() && at < 0; ++i)
                if (lines.at(i).startsWith(QStringLiteral("  -")) && lines.at(i).contains(name))
                    at = i;
            QVERIFY2(at >= 0, qPrintable(dashed));
            QString entry = lines.at(at);
            for (qsizetype i = at + 1; i < lines.size() && lines.at(i).startsWith(QStringLiteral("   ")); ++i)
                entry += u' ' + lines.at(i).trimmed();
            QVERIFY2(entry.size() > dashed.size() + 10, qPrintable(entry)); // a meaning
            if (!o.valueName.isEmpty())
                QVERIFY2(entry.contains(QStringLiteral("default"), Qt::CaseInsensitive), qPrintable(entry));
            if (o.repeatable)
                QVERIFY2(entry.contains(QStringLiteral("Repeatable")), qPrintable(entry));
        }
        QVERIFY2(help.contains(QStringLiteral("--json")), "the global options");
        const qsizetype examples = help.indexOf(QStringLiteral("\nExamples:\n"));
        QVERIFY2(examples > 0, qPrintable(help));
        QVERIFY2(help.indexOf(QStringLiteral("    mlretrain-cli "), examples) > 0, qPrintable(help));
        bool examplesUseTheCommand = false;
        for (const CommandExample &e : commandHelpExtras(path).examples) {
            QVERIFY(!e.what.isEmpty());
            // Every example parses (or would, with its input on stdin), and names this command.
            const ParseResult r = parseCommandLine(QProcess::splitCommand(e.command.section(u'<', 0, 0)));
            QVERIFY2(r.action == ParseResult::Action::Run, qPrintable(e.command + u' ' + r.text));
            QCOMPARE(commandPath(*findCommand(r.invocation.group, r.invocation.command)), path);
            examplesUseTheCommand = true;
        }
        QVERIFY(examplesUseTheCommand);
        QVERIFY2(help.contains(QStringLiteral("\nExit status:\n")), qPrintable(help));
        QVERIFY(help.contains(QStringLiteral("130")));
    }

    void toolAndGroupHelpFromTheTool_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("usage");
        QTest::newRow("--help") << QStringList { QStringLiteral("--help") }
                                << QStringLiteral("Usage: mlretrain-cli [options] GROUP");
        QTest::newRow("help") << QStringList { QStringLiteral("help") }
                              << QStringLiteral("Usage: mlretrain-cli [options] GROUP");
        for (const GroupSpec &g : groups()) {
            if (findCommand(g.name, QString()))
                continue; // a one-command group: its help is the command's (above)
            QTest::newRow(qPrintable(g.name)) << QStringList { g.name, QStringLiteral("--help") }
                                              << QStringLiteral("Usage: mlretrain-cli ") + g.name;
            QTest::newRow(qPrintable(QStringLiteral("help ") + g.name))
                << QStringList { QStringLiteral("help"), g.name }
                << QStringLiteral("Usage: mlretrain-cli ") + g.name;
        }
    }

    void toolAndGroupHelpFromTheTool()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, usage);
        const CliRun run = englishTool().run(arguments, {}, 20000);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.err, QByteArray());
        const QString help = run.outText();
        QVERIFY2(help.startsWith(usage), qPrintable(help.left(200)));
        QVERIFY(help.contains(QStringLiteral("Commands:")));
        QVERIFY2(help.contains(QStringLiteral("\nExamples:\n    mlretrain-cli "))
                || help.contains(QStringLiteral("\nExamples:\n  ")),
            qPrintable(help));
        QVERIFY2(help.contains(QStringLiteral("Exit status")), qPrintable(help));
    }

    void toolHelpListsEveryCommand()
    {
        const QString help = toolHelp();
        for (const CommandSpec &c : commands())
            QVERIFY2(help.contains(c.group + u' ' + c.name), qPrintable(c.name));
        QVERIFY(help.contains(QStringLiteral("Exit status")));
    }

    // Help goes through redaction like all output: it must come out unchanged (an example
    // such as "accountKey=-" would print as "accountKey=***").
    void helpSurvivesRedaction()
    {
        QStringList texts { toolHelp() };
        for (const GroupSpec &g : groups())
            texts << groupHelp(g.name);
        for (const CommandSpec &c : commands())
            texts << commandHelp(c);
        for (const QString &text : std::as_const(texts))
            QCOMPARE(redaction::redact(text), text);
    }

    void profileSetHelpDocumentsStdin()
    {
        const ParseResult r = parseCommandLine(argv(QStringLiteral("profile set --help")));
        QCOMPARE(r.action, ParseResult::Action::ShowHelp);
        QVERIFY(r.text.contains(QStringLiteral("KEY=-")));
        QVERIFY(r.text.contains(QStringLiteral("standard input")));
        QVERIFY(r.text.contains(QStringLiteral("keychain")));
    }

    void version()
    {
        const ParseResult r = parseCommandLine(argv(QStringLiteral("--version")));
        QCOMPARE(r.action, ParseResult::Action::ShowVersion);
        QCOMPARE(r.text, QStringLiteral("mlretrain-cli " MLR_VERSION_STRING));
    }

    // --- helpers ------------------------------------------------------------------------

    void blobSpecs_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<bool>("blobOptional");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("container");
        QTest::addColumn<QString>("blob");
        QTest::newRow("simple") << "data/a.csv" << false << true << "data"
                                << "a.csv";
        QTest::newRow("nested") << "data/in/2024/a.csv" << false << true << "data"
                                << "in/2024/a.csv";
        QTest::newRow("container only, optional") << "data" << true << true << "data"
                                                  << "";
        QTest::newRow("container slash, optional") << "data/" << true << true << "data"
                                                   << "";
        QTest::newRow("container only") << "data" << false << false << ""
                                        << "";
        QTest::newRow("empty") << "" << true << false << ""
                               << "";
        QTest::newRow("leading slash") << "/a.csv" << true << false << ""
                                       << "";
        QTest::newRow("trailing slash") << "data/dir/" << true << false << ""
                                        << "";
    }

    void blobSpecs()
    {
        QFETCH(QString, spec);
        QFETCH(bool, blobOptional);
        QFETCH(bool, ok);
        QFETCH(QString, container);
        QFETCH(QString, blob);
        QString error;
        const std::optional<BlobSpec> parsed = parseBlobSpec(spec, blobOptional, &error);
        QCOMPARE(parsed.has_value(), ok);
        QCOMPARE(error.isEmpty(), ok);
        if (ok) {
            QCOMPARE(parsed->container, container);
            QCOMPARE(parsed->blob, blob);
        }
    }

    void assignments()
    {
        QString error;
        std::optional<Assignment> a = parseAssignment(QStringLiteral("sas=sv=2021&sig=x=="), &error);
        QVERIFY(a);
        QCOMPARE(a->key, QStringLiteral("sas"));
        QCOMPARE(a->value, QStringLiteral("sv=2021&sig=x==")); // split at the first '=' only
        QVERIFY(!a->valueFromStdin);
        a = parseAssignment(QStringLiteral("accountKey=-"), &error);
        QVERIFY(a);
        QVERIFY(a->valueFromStdin);
        QVERIFY(a->value.isEmpty());
        a = parseAssignment(QStringLiteral("container="), &error);
        QVERIFY(a);
        QVERIFY(a->value.isEmpty());
        QVERIFY(!a->valueFromStdin);
        QVERIFY(!parseAssignment(QStringLiteral("novalue"), &error));
        QVERIFY(!parseAssignment(QStringLiteral("=x"), &error));
    }

    // --- formatting ---------------------------------------------------------------------

    void bytes_data()
    {
        QTest::addColumn<qint64>("n");
        QTest::addColumn<QString>("text");
        QTest::newRow("0") << qint64(0) << "0 B";
        QTest::newRow("999") << qint64(999) << "999 B";
        QTest::newRow("1500") << qint64(1500) << "1.50 kB";
        QTest::newRow("12.3 MB") << qint64(12'345'678) << "12.3 MB";
        QTest::newRow("480 MB") << qint64(480'000'000) << "480 MB";
        QTest::newRow("1 GiB") << qint64(1) * 1024 * 1024 * 1024 << "1.07 GB";
    }

    void bytes()
    {
        QFETCH(qint64, n);
        QFETCH(QString, text);
        QCOMPARE(format::bytes(n), text);
    }

    void rateAndDuration()
    {
        QCOMPARE(format::rate(85'240'000.0), QStringLiteral("85.2 MB/s"));
        QCOMPARE(format::rate(0), QStringLiteral("0.0 MB/s"));
        QCOMPARE(format::rate(-1), QStringLiteral("-"));
        QCOMPARE(format::duration(-1), QStringLiteral("--:--"));
        QCOMPARE(format::duration(7), QStringLiteral("0:07"));
        QCOMPARE(format::duration(754), QStringLiteral("12:34"));
        QCOMPARE(format::duration(3723), QStringLiteral("1:02:03"));
    }

    void progressLine()
    {
        QCOMPARE(format::progressLine(12'300'000, 480'000'000, 85'240'000.0, 5),
            QStringLiteral("12.3 MB / 480 MB    2%    85.2 MB/s  ETA 0:05"));
        QCOMPARE(format::progressLine(480'000'000, 480'000'000, 85'240'000.0, 3),
            QStringLiteral("480 MB / 480 MB  100%    85.2 MB/s  ETA 0:00"));
        QCOMPARE(format::progressLine(1000, 0, 10.0, -1), QStringLiteral("1.00 kB     0.0 MB/s"));
        QCOMPARE(
            format::progressLine(0, 100, 0, -1), QStringLiteral("0 B / 100 B    0%     0.0 MB/s  ETA --:--"));
    }

    void table()
    {
        const QString t = format::table({ { QStringLiteral("SIZE"), QStringLiteral("NAME") },
                                            { QStringLiteral("5"), QStringLiteral("a.csv") },
                                            { QStringLiteral("12345"), QStringLiteral("b") } },
            { 0 });
        QCOMPARE(t, QStringLiteral(" SIZE  NAME\n    5  a.csv\n12345  b\n"));
    }

    void oneLine()
    {
        QCOMPARE(format::oneLine(QStringLiteral("a\nb\r\n\tc  d ")), QStringLiteral("a b c d"));
    }

    // --- Output -------------------------------------------------------------------------

    void outputRedactsEverything()
    {
        const QString secret = QStringLiteral("cli-unit-canary-5f3a9c1e");
        redaction::registerSecret(secret);
        QBuffer out, err;
        out.open(QIODevice::WriteOnly);
        err.open(QIODevice::WriteOnly);
        Output o(&out, &err, false);
        o.text(QStringLiteral("value ") + secret);
        o.json(QJsonObject { { QStringLiteral("url"), QStringLiteral("https://a/b?sv=1&sig=abcdef") },
            { QStringLiteral("x"), secret } });
        o.error(QStringLiteral("failed with ") + secret + QStringLiteral("\nsecond line"));
        o.note(QStringLiteral("note ") + secret);
        const QByteArray all = out.data() + err.data();
        QVERIFY2(!all.contains(secret.toUtf8()), all.constData());
        QVERIFY(!all.contains("abcdef"));
        QVERIFY(out.data().contains("sig=***"));
        const QList<QByteArray> errLines = err.data().split('\n');
        QCOMPARE(errLines.at(0), QByteArray("mlretrain-cli: error: failed with *** second line"));
    }

    void outputJsonParses()
    {
        QBuffer out, err;
        out.open(QIODevice::WriteOnly);
        err.open(QIODevice::WriteOnly);
        Output o(&out, &err, false);
        o.setJson(true);
        o.json(QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("data") } } });
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(out.data(), &parseError);
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        QCOMPARE(
            doc.array().at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("data"));
        QVERIFY(err.data().isEmpty());
    }

    void progressOnTerminal()
    {
        QBuffer out, err;
        out.open(QIODevice::WriteOnly);
        err.open(QIODevice::WriteOnly);
        Output o(&out, &err, true);
        o.progress(QStringLiteral("upload"), 0, 1000, 0, -1);
        o.progress(QStringLiteral("upload"), 1000, 1000, 1e6, 0);
        o.text(QStringLiteral("done"));
        const QByteArray e = err.data();
        QVERIFY2(e.startsWith("\rupload: 0 B / 1.00 kB"), e.constData());
        QVERIFY(e.contains("\rupload: 1.00 kB / 1.00 kB  100%"));
        QVERIFY2(e.endsWith("\n"), "the progress line is ended before other output");
        QCOMPARE(out.data(), QByteArray("done\n"));
    }

    void errorErasesTheProgressLine()
    {
        QBuffer out, err;
        out.open(QIODevice::WriteOnly);
        err.open(QIODevice::WriteOnly);
        Output o(&out, &err, true);
        o.progress(QStringLiteral("upload"), 0, 1000, 0, -1);
        o.error(QStringLiteral("bad"));
        const QByteArray e = err.data();
        QVERIFY2(e.endsWith("\r                                             \rmlretrain-cli: error: bad\n")
                || e.endsWith("\rmlretrain-cli: error: bad\n"),
            e.constData());
        QCOMPARE(e.count('\n'), 1);
    }

    void progressInALog()
    {
        QBuffer out, err;
        out.open(QIODevice::WriteOnly);
        err.open(QIODevice::WriteOnly);
        Output o(&out, &err, false);
        for (int i = 0; i < 50; ++i)
            o.progress(QStringLiteral("upload"), i, 1000, 0, -1); // a burst within a second: nothing
        QVERIFY(err.data().isEmpty());
        QTest::qWait(1100);
        o.progress(QStringLiteral("upload"), 500, 1000, 0, -1); // a second later: one line
        o.progress(QStringLiteral("upload"), 600, 1000, 0, -1);
        o.progress(QStringLiteral("upload"), 1000, 1000, 0, 0); // no 100 % line: the result follows
        QCOMPARE(err.data(), QByteArray("upload: 500 B / 1.00 kB   50%     0.0 MB/s  ETA --:--\n"));
    }

    void quietPrintsNoProgressButErrors()
    {
        QBuffer out, err;
        out.open(QIODevice::WriteOnly);
        err.open(QIODevice::WriteOnly);
        Output o(&out, &err, true);
        o.setQuiet(true);
        o.progress(QStringLiteral("upload"), 1000, 1000, 0, 0);
        o.note(QStringLiteral("note"));
        QVERIFY(err.data().isEmpty());
        o.error(QStringLiteral("bad"));
        QCOMPARE(err.data(), QByteArray("mlretrain-cli: error: bad\n"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
