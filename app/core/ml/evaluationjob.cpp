#include "ml/evaluationjob.h"

#include "eval/compare.h"
#include "eval/evaluationcsv.h"
#include "eval/gate.h"
#include "eval/scoredcsv.h"
#include "ml/besjobs.h"
#include "ml/championscoring.h"
#include "ml/csvscan.h"
#include "storage/blobservice.h"

#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace mlr::ml {

namespace {

constexpr int maxResultRefreshes = 2;

// The header row of a CSV file (the first record), decoded as UTF-8.
QStringList csvHeader(const QString &path)
{
    QFile file(path);
    QStringList header;
    if (!file.open(QIODevice::ReadOnly))
        return header;
    CsvScanner scanner([&header](const CsvRecord &r) {
        for (qsizetype i = 0; i < r.size(); ++i)
            header << QString::fromUtf8(r.field(i).data(), qsizetype(r.field(i).size()));
        return false;
    });
    while (header.isEmpty() && scanner.stop() == CsvScanner::Stop::None) {
        const QByteArray chunk = file.read(64 * 1024);
        if (chunk.isEmpty()) {
            scanner.finish();
            break;
        }
        scanner.feed(chunk);
    }
    return header;
}

struct Parsed
{
    std::shared_ptr<eval::ScoredRows> challenger;
    eval::ServiceEvaluation service;
    Error error;
};

struct Judged
{
    std::shared_ptr<const eval::Comparison> comparison;
    eval::GateVerdict verdict;
};

} // namespace

EvaluationJob::EvaluationJob(QNetworkAccessManager *nam, EvaluationRequest request, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_request(std::move(request))
{
    m_downloads[0].role = u"evaluation"_s;
    m_downloads[1].role = u"scored"_s;
}

EvaluationJob::~EvaluationJob()
{
    *m_cancelled = true;
}

void EvaluationJob::start()
{
    if (m_started)
        return;
    m_started = true;
    QTimer::singleShot(0, this, [this] {
        for (Download &d : m_downloads) {
            d.output = m_request.job.roles.value(d.role);
            if (d.output.isEmpty())
                return fail(Error::input(
                    tr("The job %1 does not say which output holds the %2 (outputs: %3).")
                        .arg(m_request.job.jobId, d.role, m_request.job.roles.keys().join(u", "_s))));
            d.path = m_dir.filePath(d.role + u".csv"_s);
        }
        if (!m_dir.isValid())
            return fail(
                Error::input(tr("No temporary folder for the downloads: %1").arg(m_dir.errorString())));
        const QUrl swaggerUrl = swaggerUrlFor(m_request.predictiveRequestUrl);
        if (!swaggerUrl.isValid())
            return fail(
                Error::input(tr("The predictive service URL %1 names no web service.")
                                 .arg(m_request.predictiveRequestUrl.toDisplayString(QUrl::RemoveQuery))));
        Q_EMIT progress(tr("Reading the predictive service's description"), 0, 1);
        m_swaggerFetch = std::make_unique<ServiceSwaggerFetch>(m_nam, swaggerUrl);
        connect(m_swaggerFetch.get(), &ServiceSwaggerFetch::finished, this,
            [this](const ServiceSwagger &swagger, const Error &error) {
                if (error)
                    return fail(error);
                if (swagger.inputs.isEmpty() || swagger.inputs.first().columns.isEmpty())
                    return fail(Error::input(tr("The predictive service declares no input columns.")));
                m_predictive = swagger;
                maybeParse();
            });
        m_swaggerFetch->start();
        if (!m_request.trainingApiKey.isEmpty())
            fetchResults(false);
        else
            useStorage({});
    });
}

void EvaluationJob::fetchResults(bool refresh)
{
    Error error;
    const auto endpoint = BesEndpoint::fromUrl(m_request.job.batchUrl, m_request.trainingApiKey, &error);
    if (!endpoint)
        return useStorage(error);
    if (refresh)
        ++m_refreshes;
    Q_EMIT progress(tr("Reading the job's results"), 0, 1);
    m_get = std::make_unique<BesGetJob>(m_nam, *endpoint, m_request.job.jobId);
    connect(m_get.get(), &BesGetJob::finished, this, &EvaluationJob::onResults);
    m_get->start();
}

void EvaluationJob::onResults(const BesJobStatus &status, const Error &error)
{
    m_get.release()->deleteLater();
    if (error)
        return useStorage(error);
    if (status.state != JobState::Finished)
        return fail(Error::input(tr("The job %1 is %2, not finished: there is nothing to evaluate yet.")
                                     .arg(m_request.job.jobId, jobStateText(status.state))));
    m_source = u"results"_s;
    for (Download &d : m_downloads) {
        if (d.done)
            continue;
        Error e;
        const auto location = status.results.contains(d.output)
            ? locationFromResult(status.results.value(d.output), &e)
            : std::nullopt;
        if (!location)
            return useStorage(e ? e : Error::input(tr("The job's results have no output %1.").arg(d.output)));
        d.location = *location;
        startDownload(d);
    }
}

// Reads the outputs with the profile's storage account (job.outputs); `why` is the failure
// of the Results path, reported when storage cannot be used either.
void EvaluationJob::useStorage(const Error &why)
{
    m_source = u"storage"_s;
    if (!m_request.storage.hasKey() && !m_request.storage.hasSas())
        return fail(why ? why
                        : Error::input(tr("Neither the training service's key nor storage credentials are "
                                          "available to read the job's outputs.")));
    for (Download &d : m_downloads) {
        if (d.done)
            continue;
        Error e;
        const auto location = locationFromUrl(m_request.storage, m_request.job.outputs.value(d.output), &e);
        if (!location)
            return fail(why ? why : e);
        d.location = *location;
        startDownload(d);
    }
}

void EvaluationJob::startDownload(Download &d)
{
    delete d.job;
    BlobService service(m_nam, d.location.account);
    d.job = service.download(d.location.container, d.location.blob, d.path, this);
    const QString stage = d.role == u"evaluation"_s ? tr("Downloading the evaluation results")
                                                    : tr("Downloading the scored rows");
    connect(d.job, &BlobDownloadJob::progress, this,
        [this, stage](const TransferProgress &p) { Q_EMIT progress(stage, p.bytesDone, p.bytesTotal); });
    connect(d.job, &BlobDownloadJob::finished, this,
        [this, &d](const DownloadResult &, const Error &error) { onDownloaded(d, error); });
    d.job->start();
}

void EvaluationJob::onDownloaded(Download &d, const Error &error)
{
    d.job->deleteLater();
    d.job = nullptr;
    if (error) {
        // A Results SAS that has expired: GET the job again for a fresh one.
        const bool expired
            = m_source == u"results"_s && error.httpStatus == 403 && sasExpired(d.location.account.sas);
        if (expired && m_refreshes < maxResultRefreshes) {
            if (!m_get)
                fetchResults(true);
            return;
        }
        return fail(error);
    }
    d.done = true;
    maybeParse();
}

void EvaluationJob::maybeParse()
{
    if (m_parsing || !m_predictive || !m_downloads[0].done || !m_downloads[1].done)
        return;
    m_parsing = true;
    parse();
}

void EvaluationJob::parse()
{
    const QStringList features = m_predictive->inputs.first().columnNames();
    const QString evaluationPath = m_downloads[0].path;
    const QString scoredPath = m_downloads[1].path;
    QString label = m_request.labelColumn;
    const QStringList header = csvHeader(scoredPath);
    if (label.isEmpty())
        label = inferScoredLabelColumn(header, features);
    if (label.isEmpty())
        return fail(Error::input(tr("Cannot tell the label column of the scored rows (columns: %1); name it "
                                    "explicitly.")
                                     .arg(header.join(u", "_s))));
    for (const QString &f : features) {
        if (!header.contains(f))
            return fail(Error::input(tr("The scored rows lack the column \"%1\", an input of the predictive "
                                        "service: the two services do not match.")
                                         .arg(f)));
    }
    const qint64 total = QFileInfo(scoredPath).size();
    Q_EMIT progress(tr("Reading the scored rows"), 0, total);
    auto *watcher = new QFutureWatcher<Parsed>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        Parsed parsed = watcher->result();
        if (parsed.error)
            return fail(parsed.error);
        score(parsed.challenger, parsed.service);
    });
    const auto cancelled = m_cancelled;
    watcher->setFuture(
        QtConcurrent::run([evaluationPath, scoredPath, features, label, cancelled]() -> Parsed {
            Parsed out;
            QFile evaluation(evaluationPath);
            if (!evaluation.open(QIODevice::ReadOnly)) {
                out.error = Error::input(tr("Cannot read the downloaded evaluation results."));
                return out;
            }
            const auto service = eval::parseEvaluationCsv(evaluation.readAll(), &out.error);
            if (!service) {
                out.error.withContext(tr("Reading the evaluation results"));
                return out;
            }
            out.service = *service;
            QFile scored(scoredPath);
            if (!scored.open(QIODevice::ReadOnly)) {
                out.error = Error::input(tr("Cannot read the downloaded scored rows."));
                return out;
            }
            eval::ScoredCsvOptions options;
            options.labelColumn = label;
            options.positiveLabel = service->positiveLabel;
            options.keepColumns = features + QStringList { label };
            options.cancelled = [cancelled] {
                return cancelled->load();
            };
            auto rows = eval::parseScoredCsv(scored, options, &out.error);
            if (!rows) {
                out.error.withContext(tr("Reading the scored rows"));
                return out;
            }
            out.challenger = std::make_shared<eval::ScoredRows>(std::move(*rows));
            return out;
        }));
}

void EvaluationJob::score(std::shared_ptr<eval::ScoredRows> challenger, eval::ServiceEvaluation service)
{
    m_challenger = std::move(challenger);
    m_service = std::move(service);
    const qint64 rows = m_challenger->rowCount();
    Q_EMIT progress(tr("Scoring the same rows with the current model"), 0, rows);
    m_champion = std::make_unique<ChampionScoringJob>(
        m_nam, m_challenger, m_request.predictiveRequestUrl, m_request.predictiveApiKey, m_request.rrs);
    connect(m_champion.get(), &ChampionScoringJob::progress, this, [this](qint64 done, qint64 total) {
        Q_EMIT progress(tr("Scoring the same rows with the current model"), done, total);
    });
    connect(m_champion.get(), &ChampionScoringJob::finished, this,
        [this](std::shared_ptr<const eval::ScoredRows> champion, const Error &error) {
            m_champion.release()->deleteLater();
            if (error)
                return fail(error);
            compareModels(std::move(champion));
        });
    m_champion->start();
}

void EvaluationJob::compareModels(std::shared_ptr<const eval::ScoredRows> champion)
{
    Q_EMIT progress(tr("Comparing the models"), 0, 1);
    auto *watcher = new QFutureWatcher<Judged>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        const Judged judged = watcher->result();
        Q_EMIT progress(tr("Comparing the models"), 1, 1);
        m_done = true;
        Q_EMIT finished(judged.comparison, judged.verdict, {});
    });
    // The kept input cells served their purpose: the comparison does not carry them.
    // No one reads the challenger's rows any more (the scoring job is done): move, not copy.
    eval::ScoredRows challenger = std::move(*m_challenger);
    m_challenger.reset();
    challenger.keptColumns.clear();
    challenger.keptRows = {};
    eval::ScoredRows championRows = *champion;
    watcher->setFuture(
        QtConcurrent::run([challenger = std::move(challenger), championRows = std::move(championRows),
                              service = m_service, gate = m_request.gate]() mutable {
            Judged out;
            auto comparison = std::make_shared<eval::Comparison>(
                eval::compare(std::move(challenger), std::move(championRows), std::move(service)));
            out.verdict = eval::evaluateGate(gate, comparison->metrics);
            out.comparison = std::move(comparison);
            return out;
        }));
}

void EvaluationJob::fail(Error error)
{
    if (m_done)
        return;
    m_done = true;
    *m_cancelled = true;
    m_get.reset();
    m_champion.reset();
    for (Download &d : m_downloads) {
        delete d.job;
        d.job = nullptr;
    }
    if (error.context.isEmpty())
        error.withContext(tr("Evaluating job %1").arg(m_request.job.jobId));
    Q_EMIT finished({}, {}, error);
}

} // namespace mlr::ml
