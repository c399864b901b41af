// mlretrain-cli: the wizard's steps, headless, for scripts and CI. See commandline.h for
// the grammar and `mlretrain-cli --help` for the user's view.
#include "command.h"
#include "commandline.h"
#include "http/redaction.h"
#include "i18n/language.h"
#include "output.h"
#include "session/storageaccountresolver.h"
#include "signalwatcher.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QProcessEnvironment>
#include <QTimer>

using namespace mlr;
using namespace mlr::cli;

namespace {

// `report JOB FILE` paints with Qt Gui (fonts, the chart, QPdfWriter): it needs a QGuiApplication,
// on the offscreen platform when there is no display. Every other command, and every help
// text, stays headless. (Decided before parsing: the parser's texts need the translations,
// which need the application.)
bool needsGui(int argc, char *argv[])
{
    bool report = false;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--help" || arg == "-h" || arg == "help" || arg == "-help")
            return false;
        report = report || arg == "report";
    }
    return report;
}

std::unique_ptr<QCoreApplication> makeApplication(int &argc, char *argv[], bool needsGui)
{
    if (!needsGui)
        return std::make_unique<QCoreApplication>(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QGuiApplication>(argc, argv);
}

} // namespace

int main(int argc, char *argv[])
{
    const std::unique_ptr<QCoreApplication> application = makeApplication(argc, argv, needsGui(argc, argv));
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(QString::fromLatin1(toolName));
    QCoreApplication::setApplicationVersion(QStringLiteral(MLR_VERSION_STRING));
    redaction::installRedactingMessageHandler();
    // Messages and help in the user's language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), before
    // the command table is first read. --json output stays as it is.
    i18n::install(QLocale::system());

    const ParseResult parsed = parseCommandLine(QCoreApplication::arguments());
    const std::unique_ptr<Output> out = Output::standard();
    switch (parsed.action) {
    case ParseResult::Action::ShowHelp:
    case ParseResult::Action::ShowVersion:
        out->text(parsed.text);
        return ExitOk;
    case ParseResult::Action::UsageError:
        out->error(parsed.text);
        return ExitUsage;
    case ParseResult::Action::Run:
        break;
    }

    const Invocation &invocation = parsed.invocation;
    // Whole connection strings are secrets too (they hold a key or a SAS).
    if (invocation.global.connectionString)
        redaction::registerSecret(*invocation.global.connectionString);
    redaction::registerSecret(
        QProcessEnvironment::systemEnvironment().value(StorageAccountRequest::environmentVariable()));
    out->setJson(invocation.global.json);
    out->setQuiet(invocation.global.quiet);

    Context context(invocation, out.get());
    std::unique_ptr<Command> command = createCommand(context);
    if (!command) { // parsing rules this out
        out->error(QCoreApplication::translate("main", "unknown command"));
        return ExitUsage;
    }
    QObject::connect(command.get(), &Command::finished, &app, [](int code) { QCoreApplication::exit(code); });

    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::interrupted, &app, [&](int) {
        if (!command || command->isFinished())
            return;
        command.reset(); // cancels whatever it was doing
        const bool upload = invocation.group == u"storage" && invocation.command == u"upload";
        out->error(upload ? QCoreApplication::translate("main",
                       "Interrupted. Run the same command again to "
                       "resume the upload where it stopped.")
                          : QCoreApplication::translate("main", "Interrupted."));
        QCoreApplication::exit(ExitInterrupted);
    });

    QTimer::singleShot(0, command.get(), &Command::start);
    const int code = QCoreApplication::exec();
    command.reset();
    return code;
}
