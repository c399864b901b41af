// Event-loop stall probe: how late does the GUI thread get while the wizard uploads a large
// file, polls a running BES job and shows the Evaluate page's charts for a large comparison?
//
//   mlretrain-guistall --connection-string CS --container C --file PATH
//                      [--batch-url URL --api-key KEY --input-blob B] [--rows N] [--idle-seconds S]
//                      [--aml-demo DEMO.json] [--explain]
//
// The GUI thread asks for the wizard's short time slice first (threads::requestShortSlice, as
// the wizard's main() does). A 2 ms precise timer is the probe (stalltrace::StallProbe): each
// tick records how late it fired. Phase "idle" runs the probe with the page open and nothing
// else; phase "load" uploads FILE (BlobUploadJob on
// the GUI thread's network access manager, as the Submit page does), polls a BES job
// (BesJobMonitor, 250 ms) and moves the threshold slider every 50 ms, until the upload ends.
// With --aml-demo (demo.json's "azureml" section, its CA trusted), phase "azureml" follows:
// on the same network access manager, over HTTPS, a v2 retraining job submitted and followed
// (BesJobMonitor on amlStatusFetch, 250 ms) and a deployment being created (its PUT and
// long-running operation, polled every 250 ms), with the slider still moving, until the
// deployment's operation ends (AmlLoad, amlload.h).
// Prints one JSON object on stdout.
#include "amlload.h"
#include "eval/compare.h"
#include "eval/gate.h"
#include "evaluatepage.h"
#include "http/trustedcas.h"
#include "ml/besendpoint.h"
#include "ml/besjobmonitor.h"
#include "ml/besjobs.h"
#include "ml/blobreference.h"
#include "stalltrace.h"
#include "storage/blobservice.h"
#include "storage/blobuploadjob.h"
#include "storage/storageaccount.h"
#include "threads/threadscheduling.h"
#include "wizardstate.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <cmath>
#include <cstdio>
#include <random>

using namespace mlr;

namespace {

// A binary comparison of `rows` rows: the new model a little better than the current one.
std::shared_ptr<const eval::Comparison> syntheticComparison(qsizetype rows)
{
    std::mt19937_64 random(42);
    std::bernoulli_distribution positive(0.3);
    std::normal_distribution<double> noise(0.0, 1.0);
    eval::ScoredRows challenger;
    challenger.labelColumn = QStringLiteral("income");
    challenger.classNames = { QStringLiteral("<=50K"), QStringLiteral(">50K") };
    eval::ScoredRows champion = challenger;
    for (qsizetype i = 0; i < rows; ++i) {
        const double label = positive(random) ? 1.0 : 0.0;
        const double base = label * 1.6 + noise(random);
        challenger.labels.push_back(label);
        champion.labels.push_back(label);
        challenger.scores.push_back(1.0 / (1.0 + std::exp(-(base + 0.3 * label - 0.8))));
        champion.scores.push_back(1.0 / (1.0 + std::exp(-(base + 0.7 * noise(random) - 0.8))));
    }
    return std::make_shared<const eval::Comparison>(
        eval::compare(std::move(challenger), std::move(champion), eval::ServiceEvaluation {}));
}

[[noreturn]] void die(const QString &message)
{
    QTextStream(stderr) << "mlretrain-guistall: " << message << '\n';
    std::exit(1);
}

} // namespace

int main(int argc, char *argv[])
{
    stalltrace::TimedApplication app(argc, argv);
    const bool shortSlice = threads::requestShortSlice(); // as the wizard's main() does
    QCommandLineParser parser;
    const QCommandLineOption connOption(
        QStringLiteral("connection-string"), QStringLiteral("Storage."), QStringLiteral("CS"));
    const QCommandLineOption containerOption(
        QStringLiteral("container"), QStringLiteral("Container."), QStringLiteral("C"));
    const QCommandLineOption fileOption(
        QStringLiteral("file"), QStringLiteral("File to upload."), QStringLiteral("PATH"));
    const QCommandLineOption batchOption(
        QStringLiteral("batch-url"), QStringLiteral("BES base URL."), QStringLiteral("URL"));
    const QCommandLineOption keyOption(
        QStringLiteral("api-key"), QStringLiteral("BES API key."), QStringLiteral("KEY"));
    const QCommandLineOption inputOption(
        QStringLiteral("input-blob"), QStringLiteral("Job input blob."), QStringLiteral("B"));
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("Comparison rows."),
        QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption idleOption(QStringLiteral("idle-seconds"), QStringLiteral("Idle phase."),
        QStringLiteral("S"), QStringLiteral("3"));
    const QCommandLineOption amlOption(QStringLiteral("aml-demo"),
        QStringLiteral("mlstudio-local's demo.json: adds the Azure ML (v2) phase."), QStringLiteral("FILE"));
    const QCommandLineOption explainOption(QStringLiteral("explain"),
        QStringLiteral("Print the worst ticks of each phase and the slow events around them to stderr."));
    parser.addOptions({ connOption, containerOption, fileOption, batchOption, keyOption, inputOption,
        rowsOption, idleOption, amlOption, explainOption });
    parser.process(app);
    if (parser.isSet(explainOption))
        app.enable(1000000); // events of 1 ms and more

    Error error;
    const std::optional<StorageAccount> account
        = StorageAccount::fromConnectionString(parser.value(connOption), &error);
    if (!account)
        die(error.message());
    const QString container = parser.value(containerOption);

    QTemporaryDir settingsDir;
    gui::WizardState state(settingsDir.filePath(QStringLiteral("profiles.ini")));
    gui::EvaluatePage page(&state);
    page.resize(1100, 760);
    page.show();
    const std::shared_ptr<const eval::Comparison> comparison
        = syntheticComparison(parser.value(rowsOption).toLongLong());
    const eval::GateVerdict verdict
        = eval::evaluateGate(eval::defaultGateRules(comparison->task), comparison->metrics);

    QJsonObject report { { QStringLiteral("rows"), qint64(comparison->challenger.rowCount()) },
        { QStringLiteral("guiThreadSliceUs"), qint64(threads::currentSlice().count()) },
        { QStringLiteral("guiThreadShortSlice"), shortSlice } };
    auto *probe = new stalltrace::StallProbe(parser.isSet(explainOption) ? &app : nullptr, &app);
    QNetworkAccessManager *nam = state.network();
    BlobService blobs(nam, *account);
    std::unique_ptr<BlobUploadJob> upload;
    std::unique_ptr<ml::BesJobMonitor> monitor;
    std::unique_ptr<ml::BesSubmitJob> submit;
    std::unique_ptr<ml::BesStartJob> startJob;
    QTimer slider;
    int polls = 0;
    QElapsedTimer uploadClock;
    std::unique_ptr<AmlLoad> aml;

    const auto printReport = [&] {
        std::fputs(QJsonDocument(report).toJson(QJsonDocument::Compact).constData(), stdout);
        std::fputs("\n", stdout);
        app.quit();
    };
    QJsonObject amlDemo;
    if (parser.isSet(amlOption)) {
        QFile file(parser.value(amlOption));
        if (!file.open(QIODevice::ReadOnly))
            die(QStringLiteral("%1: %2").arg(file.fileName(), file.errorString()));
        amlDemo
            = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("azureml")).toObject();
        if (amlDemo.isEmpty())
            die(QStringLiteral("%1 has no \"azureml\" section.").arg(file.fileName()));
        if (const Error e = tls::trustCaFile(amlDemo.value(QStringLiteral("caFile")).toString()))
            die(e.message());
    }
    // Phase "azureml": the v2 job followed and the deployment polled, the slider still moving.
    const auto startAml = [&] {
        probe->start();
        aml = std::make_unique<AmlLoad>(
            nam, amlDemo, QStringLiteral("guistall-retrain"), QStringLiteral("guistall"), 250);
        QObject::connect(
            aml.get(), &AmlLoad::finished, &app, [&](const QJsonObject &summary, const Error &e) {
                if (e)
                    die(e.message());
                QJsonObject phase = probe->stop("azureml");
                for (auto it = summary.begin(); it != summary.end(); ++it)
                    phase.insert(it.key(), it.value());
                report.insert(QStringLiteral("azureml"), phase);
                printReport();
            });
        aml->start();
    };

    auto startLoad = [&] {
        report.insert(QStringLiteral("idle"), probe->stop("idle"));
        probe->start();
        upload.reset(
            blobs.upload(parser.value(fileOption), container, QStringLiteral("guistall.bin"), nullptr));
        QObject::connect(
            upload.get(), &BlobUploadJob::finished, &app, [&](const UploadResult &result, const Error &e) {
                if (e)
                    die(e.message());
                report.insert(QStringLiteral("load"), probe->stop("load"));
                report.insert(QStringLiteral("uploadBytes"), result.size);
                report.insert(QStringLiteral("uploadMBps"),
                    double(result.size) / 1e6 / (double(uploadClock.elapsed()) / 1000.0));
                report.insert(QStringLiteral("jobPolls"), polls);
                if (amlDemo.isEmpty())
                    printReport();
                else
                    startAml();
            });
        uploadClock.start();
        upload->start();
        slider.setInterval(50);
        QObject::connect(&slider, &QTimer::timeout, &app,
            [&] { page.setThreshold(std::fmod(page.threshold() + 0.013, 1.0)); });
        slider.start();
    };

    auto startPolling = [&](const ml::BesEndpoint &endpoint, const QString &jobId) {
        monitor = std::make_unique<ml::BesJobMonitor>(nam, endpoint, jobId);
        monitor->setPollDelays(std::chrono::milliseconds(250), std::chrono::milliseconds(250));
        QObject::connect(monitor.get(), &ml::BesJobMonitor::polled, &app, [&] { ++polls; });
        monitor->start();
    };

    // The page is drawn with the comparison first; then the idle phase, then the load.
    QObject::connect(&page, &gui::EvaluatePage::analysisReady, &app, [&] {
        probe->start();
        QTimer::singleShot(int(parser.value(idleOption).toDouble() * 1000), &app, startLoad);
        if (!parser.isSet(batchOption))
            return;
        const std::optional<ml::BesEndpoint> endpoint
            = ml::BesEndpoint::fromUrl(QUrl(parser.value(batchOption)), parser.value(keyOption), &error);
        if (!endpoint)
            die(error.message());
        ml::BesJobRequest request;
        request.inputs.insert(QStringLiteral("input1"),
            ml::makeBlobReference(
                *account, container, parser.value(inputOption), ml::BlobAccess::Read, {}, &error));
        if (error)
            die(error.message());
        submit = std::make_unique<ml::BesSubmitJob>(nam, *endpoint, request);
        QObject::connect(submit.get(), &ml::BesSubmitJob::finished, &app,
            [&, endpoint](const QString &id, const Error &e) {
                if (e)
                    die(e.message());
                startJob = std::make_unique<ml::BesStartJob>(nam, *endpoint, id);
                QObject::connect(
                    startJob.get(), &ml::BesStartJob::finished, &app, [&, endpoint, id](const Error &se) {
                        if (se)
                            die(se.message());
                        startPolling(*endpoint, id);
                    });
                startJob->start();
            });
        submit->start();
    });
    page.setComparison(comparison, verdict);
    return app.exec();
}
