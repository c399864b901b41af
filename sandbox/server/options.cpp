#include "server/options.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace mlr::server {

std::optional<Options> parseOptions(const QStringList &arguments, QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"mlstudio-local: a local Azure Machine Learning Studio (classic) service (login, ARM, BES, RRS) on "
        u"127.0.0.1. Prints {\"ml\":...,\"arm\":...,\"login\":...} on one line once it is ready."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption ports(u"ports"_s,
        u"Ports of the data plane, ARM, login and the HTTPS Azure ML (v2) listener (default: free ports; "
        u"the fourth may be left out)."_s,
        u"ML,ARM,LOGIN[,AZUREML]"_s);
    const QCommandLineOption data(
        u"data"_s, u"Folder that keeps the state (state.json) and the demo files."_s, u"DIR"_s);
    const QCommandLineOption storage(
        u"storage"_s, u"Connection string of the service's storage account (Azurite)."_s, u"CONNSTR"_s);
    const QCommandLineOption seed(
        u"seed-demo"_s, u"Create the demo services and DIR/demo.json (needs --data and --storage)."_s);
    const QCommandLineOption delay(
        u"job-delay"_s, u"Each BES job waits this long while Running."_s, u"MS"_s, u"0"_s);
    const QCommandLineOption faults(u"faults"_s, u"Fault injection spec (sandbox/README.md)."_s, u"SPEC"_s);
    const QCommandLineOption approve(
        u"auto-approve-device-codes"_s, u"Approve device codes on their first poll."_s);
    const QCommandLineOption tokenLife(
        u"token-lifetime"_s, u"Access token lifetime (default 3599)."_s, u"SECONDS"_s, u"3599"_s);
    const QCommandLineOption interval(
        u"device-code-interval"_s, u"Device code polling interval (default 5)."_s, u"SECONDS"_s, u"5"_s);
    const QCommandLineOption deviceLife(
        u"device-code-lifetime"_s, u"Device code lifetime (default 900)."_s, u"SECONDS"_s, u"900"_s);
    const QCommandLineOption opDelay(u"operation-delay"_s,
        u"Minimum duration of ARM async operations (default 500)."_s, u"MS"_s, u"500"_s);
    const QCommandLineOption pageSize(
        u"arm-page-size"_s, u"Web services per ARM list page (default 10)."_s, u"N"_s, u"10"_s);
    const QCommandLineOption workers(
        u"workers"_s, u"Worker threads for parsing, training and scoring (default 2)."_s, u"N"_s, u"2"_s);
    const QCommandLineOption jobPace(u"aml-job-pace"_s,
        u"Azure ML (v2) jobs stay this long in each status before Running (default 300)."_s, u"MS"_s,
        u"300"_s);
    const QCommandLineOption provisionDelay(u"aml-provision-delay"_s,
        u"Azure ML (v2) endpoint and deployment operations take this long (default 1500)."_s, u"MS"_s,
        u"1500"_s);
    const QCommandLineOption verbose(u"verbose"_s, u"Log every request on stderr."_s);
    const QCommandLineOption create(u"create-from-template"_s,
        u"Create a retraining + predictive pair: two-class or regression."_s, u"TEMPLATE"_s);
    const QCommandLineOption schemaFrom(u"schema-from"_s,
        u"CSV whose columns (and rows) define the pair's schema and initial model."_s, u"CSV"_s);
    const QCommandLineOption label(u"label"_s, u"The label column of --schema-from."_s, u"COLUMN"_s);
    const QCommandLineOption name(
        u"name"_s, u"Base name of the pair (NAME-retraining, NAME-predictive)."_s, u"NAME"_s);
    const QCommandLineOption integerColumns(u"integer-columns"_s,
        u"Columns of --schema-from typed Integer (comma-separated); other numbers are Number."_s,
        u"COLUMNS"_s);
    const QCommandLineOption learner(
        u"learner"_s, u"Learner module of the template's task (default: the template's)."_s, u"MODULE"_s);
    parser.addOptions({ ports, data, storage, seed, delay, faults, approve, tokenLife, interval, deviceLife,
        opDelay, pageSize, workers, jobPace, provisionDelay, verbose, create, schemaFrom, label, name,
        learner, integerColumns });
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    if (parser.isSet(u"help"_s))
        parser.showHelp(0);
    if (parser.isSet(u"version"_s))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty()) {
        *error = u"unexpected argument '%1'"_s.arg(parser.positionalArguments().first());
        return std::nullopt;
    }

    Options options;
    const auto number = [&](const QCommandLineOption &option, int min, int *out) {
        bool ok = false;
        const int value = parser.value(option).toInt(&ok);
        if (!ok || value < min) {
            *error = u"--%1 must be a whole number >= %2"_s.arg(option.names().first()).arg(min);
            return false;
        }
        *out = value;
        return true;
    };
    ServerConfig &c = options.config;
    if (!number(delay, 0, &c.jobDelayMs) || !number(tokenLife, 1, &c.tokenLifetimeSeconds)
        || !number(interval, 0, &c.deviceCodeIntervalSeconds)
        || !number(deviceLife, 1, &c.deviceCodeLifetimeSeconds) || !number(opDelay, 0, &c.operationDelayMs)
        || !number(pageSize, 1, &c.armPageSize) || !number(workers, 1, &c.workers)
        || !number(jobPace, 0, &c.amlJobStepMs) || !number(provisionDelay, 0, &c.amlProvisionDelayMs))
        return std::nullopt;
    if (parser.isSet(ports)) {
        const QStringList parts = parser.value(ports).split(u',');
        QList<quint16> values;
        for (const QString &part : parts) {
            bool ok = false;
            const uint port = part.trimmed().toUInt(&ok);
            if (!ok || port > 65535) {
                *error = u"--ports takes port numbers ML,ARM,LOGIN[,AZUREML] (0 = a free port)"_s;
                return std::nullopt;
            }
            values.append(quint16(port));
        }
        if (values.size() != 3 && values.size() != 4) {
            *error = u"--ports takes port numbers ML,ARM,LOGIN[,AZUREML] (0 = a free port)"_s;
            return std::nullopt;
        }
        options.mlPort = values[0];
        options.armPort = values[1];
        options.loginPort = values[2];
        options.azuremlPort = values.value(3);
    }
    c.dataDir = parser.value(data);
    c.storageConnectionString = parser.value(storage);
    c.autoApproveDeviceCodes = parser.isSet(approve);
    c.verbose = parser.isSet(verbose);
    options.faults = parser.value(faults);
    options.seedDemo = parser.isSet(seed);
    options.createTemplate = parser.value(create);
    options.schemaFrom = parser.value(schemaFrom);
    options.label = parser.value(label);
    options.name = parser.value(name);
    options.learner = parser.value(learner);
    if (parser.isSet(integerColumns))
        options.integerColumns = parser.value(integerColumns).split(u',', Qt::SkipEmptyParts);
    if ((options.seedDemo || !options.createTemplate.isEmpty())
        && (c.dataDir.isEmpty() || c.storageConnectionString.isEmpty())) {
        *error = u"--seed-demo and --create-from-template need --data DIR and --storage CONNSTR"_s;
        return std::nullopt;
    }
    if (!options.createTemplate.isEmpty()
        && (options.schemaFrom.isEmpty() || options.label.isEmpty() || options.name.isEmpty())) {
        *error = u"--create-from-template needs --schema-from CSV, --label COLUMN and --name NAME"_s;
        return std::nullopt;
    }
    return options;
}

} // namespace mlr::server
