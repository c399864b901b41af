// mlstudio-local: the local Azure Machine Learning Studio (classic) service side.
//   mlstudio-local [--ports ML,ARM,LOGIN] [--data DIR] [--storage CONNSTR] [--seed-demo]
//                  [--job-delay MS] [--faults SPEC] [--auto-approve-device-codes] ...
// Prints one JSON line on stdout once ready: {"ml":"http://127.0.0.1:P1","arm":...,"login":...,
// "azureml":"https://127.0.0.1:P4","caFile":"DIR/ca.pem"}
// (with --create-from-template, the pair's description, which also has those three members).
// Stops on SIGINT/SIGTERM, saving its state. See sandbox/README.md, section Server.

#include "http/redaction.h"
#include "server/options.h"
#include "server/seeding.h"
#include "server/server.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace mlr::server;

namespace {

int signalPipe[2] = { -1, -1 };

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}

void printLine(const QJsonObject &description, const QJsonObject &endpoints)
{
    // The three endpoints first, in this order, then anything else.
    QByteArray line = "{\"ml\":"
        + QJsonDocument(QJsonArray { endpoints[u"ml"_s] }).toJson(QJsonDocument::Compact).mid(1).chopped(1)
        + ",\"arm\":"
        + QJsonDocument(QJsonArray { endpoints[u"arm"_s] }).toJson(QJsonDocument::Compact).mid(1).chopped(1)
        + ",\"login\":"
        + QJsonDocument(QJsonArray { endpoints[u"login"_s] })
              .toJson(QJsonDocument::Compact)
              .mid(1)
              .chopped(1);
    QJsonObject rest = endpoints;
    for (const char *first : { "ml", "arm", "login" })
        rest.remove(QLatin1StringView(first));
    if (!rest.isEmpty())
        line += ',' + QJsonDocument(rest).toJson(QJsonDocument::Compact).mid(1).chopped(1);
    if (!description.isEmpty())
        line += ',' + QJsonDocument(description).toJson(QJsonDocument::Compact).mid(1).chopped(1);
    line += "}\n";
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"mlstudio-local"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(MLR_VERSION_STRING));
    mlr::redaction::installRedactingMessageHandler();

    QString error;
    const auto options = parseOptions(QCoreApplication::arguments(), &error);
    if (!options) {
        std::fprintf(stderr, "mlstudio-local: %s\nTry 'mlstudio-local --help'.\n", qPrintable(error));
        return 2;
    }
    Server server(options->config);
    if (!server.start(options->mlPort, options->armPort, options->loginPort, options->azuremlPort,
            options->faults, &error)) {
        std::fprintf(stderr, "mlstudio-local: %s\n", qPrintable(error));
        return 1;
    }

    if (::pipe(signalPipe) == 0) {
        auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, [] { QCoreApplication::quit(); });
        std::signal(SIGINT, onSignal);
        std::signal(SIGTERM, onSignal);
    }

    const QJsonObject endpoints = server.endpoints();
    Seeder seeder(&server);
    const auto fatal = [](const QString &why) {
        std::fprintf(stderr, "mlstudio-local: %s\n", qPrintable(why));
        QCoreApplication::exit(1);
    };
    const auto afterSeed = [&]() {
        if (options->createTemplate.isEmpty())
            return printLine({}, endpoints);
        seeder.createFromTemplate(options->createTemplate, options->schemaFrom, options->label, options->name,
            options->learner, options->integerColumns,
            [&](const QJsonObject &description, const QString &why) {
                if (!why.isEmpty())
                    return fatal(u"--create-from-template: "_s + why);
                printLine(description, endpoints);
            });
    };
    if (options->seedDemo) {
        seeder.seedDemo([&](const QJsonObject &, const QString &why) {
            if (!why.isEmpty())
                return fatal(u"--seed-demo: "_s + why);
            afterSeed();
        });
    } else {
        afterSeed();
    }
    const int code = app.exec();
    server.stop();
    return code;
}
