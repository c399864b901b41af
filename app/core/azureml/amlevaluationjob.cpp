#include "azureml/amlevaluationjob.h"

#include "azureml/amlget.h"
#include "azureml/mlflowrunjob.h"
#include "azureml/onlinescoring.h"
#include "azureml/trainingschema.h"
#include "ml/championscoring.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace mlr::azureml {

namespace {

const QString mlmodelFile = u"MLmodel"_s;
const QString metricsFile = u"metrics.json"_s;
const QString evaluationFile = u"evaluation.csv"_s;
const QString scoredFile = u"scored.csv"_s;

// Runs `work` on a worker thread and `then` with its result on `context`'s thread, unless
// `context` is destroyed first.
template<typename Work, typename Then> void offThread(QObject *context, Work work, Then then)
{
    using Result = decltype(work());
    auto *watcher = new QFutureWatcher<Result>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, then = std::move(then)] {
        watcher->deleteLater();
        then(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

} // namespace

AmlEvaluationJob::AmlEvaluationJob(
    QNetworkAccessManager *nam, arm::TokenProvider *tokens, AmlEvaluationRequest request, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_tokens(tokens)
    , m_request(std::move(request))
{ }

AmlEvaluationJob::~AmlEvaluationJob()
{
    *m_cancelled = true;
}

void AmlEvaluationJob::start()
{
    if (m_started)
        return;
    m_started = true;
    QTimer::singleShot(0, this, [this] {
        const Job &job = m_request.job;
        if (job.status != u"Completed"_s)
            return fail(Error::input(
                tr("Job %1 is %2, not Completed: there is nothing to evaluate yet.")
                    .arg(job.name, job.status.isEmpty() ? tr("of unknown status") : job.status)));
        if (!m_dir.isValid())
            return fail(
                Error::input(tr("No temporary folder for the downloads: %1").arg(m_dir.errorString())));
        m_metrics.challenger.job = job.name;
        readFiles(&m_metrics.challenger, job, { mlmodelFile, metricsFile, evaluationFile, scoredFile },
            &m_newFiles, [this] {
                const std::optional<Job> &production = m_request.production.job;
                if (!production) {
                    m_notes << tr("model %1 version %2 names no job that trained it")
                                   .arg(m_request.production.model.name, m_request.production.model.version);
                    return readMlflow();
                }
                m_metrics.champion.job = production->name;
                readFiles(&m_metrics.champion, *production, { metricsFile }, &m_productionFiles,
                    [this] { readMlflow(); });
            });
    });
}

// Downloads the wanted files of a job, then reads its metrics.json (a small file) into `side`.
void AmlEvaluationJob::readFiles(
    JobMetrics *side, const Job &job, const QStringList &wanted, JobFiles *files, std::function<void()> then)
{
    m_files = std::make_unique<JobFilesJob>(
        m_nam, m_tokens, m_request.target, job, wanted, m_dir.path(), m_access);
    connect(m_files.get(), &JobFilesJob::progress, this, &AmlEvaluationJob::progress);
    connect(m_files.get(), &JobFilesJob::finished, this,
        [this, side, files, then = std::move(then)](const JobFiles &found, const Error &error) {
            m_access = m_files->accesses();
            m_files.release()->deleteLater();
            if (error)
                return fail(error);
            *files = found;
            m_notes << found.skipped;
            QString why;
            const QString name = side->job;
            *side = metricsFromOutput(name, found.path(metricsFile), &why);
            if (!why.isEmpty())
                m_notes << why;
            then();
        });
    m_files->start();
}

// Each job without usable metrics.json: its MLflow run (the workspace's tracking URI first).
// A side MLflow cannot give stays without metrics, with the reason noted.
void AmlEvaluationJob::readMlflow()
{
    QList<JobMetrics *> pending;
    for (JobMetrics *side : { &m_metrics.challenger, &m_metrics.champion })
        if (side->source == MetricsSource::None && !side->job.isEmpty() && side->note.isEmpty())
            pending << side;
    if (pending.isEmpty())
        return afterMetrics();
    const auto giveUp = [this, pending](const QString &why) {
        for (JobMetrics *side : pending)
            side->note = why;
        m_notes << why;
        afterMetrics();
    };
    if (m_trackingUri.isEmpty()) {
        Q_EMIT progress(tr("Finding the workspace's MLflow tracking URI"), 0, 0);
        m_workspace = std::make_unique<WorkspaceGetJob>(m_nam, m_tokens, m_request.target, QString(),
            WorkspaceGetJob::Kind::One, tr("Reading workspace %1").arg(m_request.target.workspace));
        connect(m_workspace.get(), &WorkspaceGetJob::finished, this,
            [this, giveUp](const QJsonObject &body, const Error &error) {
                m_workspace.release()->deleteLater();
                m_trackingUri = body[u"properties"_s][u"mlFlowTrackingUri"_s].toString();
                if (error || m_trackingUri.isEmpty())
                    return giveUp(error ? tr("MLflow could not be asked (%1)").arg(error.message())
                                        : tr("the workspace has no MLflow tracking URI"));
                readMlflow();
            });
        m_workspace->start();
        return;
    }
    JobMetrics *side = pending.first();
    Q_EMIT progress(tr("Reading the metrics job %1 logged to MLflow").arg(side->job), 0, 0);
    m_mlflow = std::make_unique<MlflowRunJob>(m_nam, m_tokens, m_request.target, m_trackingUri, side->job);
    connect(m_mlflow.get(), &MlflowRunJob::finished, this,
        [this, side](const QByteArray &answer, const Error &error) {
            m_mlflow.release()->deleteLater();
            Error parseError;
            side->evaluation = error ? std::nullopt : parseMlflowRun(answer, &parseError);
            if (side->evaluation) {
                side->source = MetricsSource::Mlflow;
            } else {
                Error why = error ? error : parseError;
                why.context.clear();
                side->note = tr("MLflow has no metrics of job %1 either: %2").arg(side->job, why.message());
                m_notes << side->note;
            }
            readMlflow();
        });
    m_mlflow->start();
}

void AmlEvaluationJob::afterMetrics()
{
    const JobMetrics &mine = m_metrics.challenger;
    const JobMetrics &theirs = m_metrics.champion;
    if (mine.evaluation)
        m_metrics.table = reportedMetricsTable(*mine.evaluation, theirs.evaluation);
    const QString notes = m_notes.join(u"; "_s);
    if (m_newFiles.path(scoredFile).isEmpty()) {
        if (!mine.evaluation)
            return fail(Error::input(tr("Job %1 wrote no scored test split and no metrics (%2): there is "
                                        "nothing to evaluate.")
                                         .arg(mine.job, notes)));
        if (!theirs.evaluation)
            return fail(
                Error::input(tr("Job %1 wrote no scored test split, and the model in production has no "
                                "metrics to compare with (%2).")
                                 .arg(mine.job, notes)));
        m_metrics.basis = EvaluationBasis::ReportedMetrics;
        m_metrics.note = tr("Job %1 wrote no scored test split: the models are compared on the metrics each "
                            "job reported (%2, %3), not on the same rows.")
                             .arg(mine.job, metricsSourceId(mine.source), metricsSourceId(theirs.source));
        const Judged judged
            = judgeReported(*mine.evaluation, m_metrics.table, m_request.labelColumn, m_request.gate);
        m_done = true;
        Q_EMIT finished(judged.comparison, judged.verdict, m_metrics, {});
        return;
    }
    if (m_request.production.deployment.name.isEmpty())
        return fail(Error::input(tr("No deployment of endpoint %1 is in production to score the rows with.")
                                     .arg(m_request.production.endpoint.name)));
    ScoredSplitInput input;
    input.scoredCsv = m_newFiles.path(scoredFile);
    input.mlmodel = m_newFiles.path(mlmodelFile);
    input.evaluationCsv = m_newFiles.path(evaluationFile);
    input.labelColumn = m_request.labelColumn;
    input.jobLabel = labelColumnOf(m_request.job);
    input.cancelled = [cancelled = m_cancelled] {
        return cancelled->load();
    };
    Q_EMIT progress(tr("Reading the scored rows"), 0, 0);
    offThread(
        this, [input] { return readScoredSplit(input); },
        [this](const ScoredSplit &split) {
            if (split.error)
                return fail(split.error);
            scoreChampion(split.rows);
        });
}

// The challenger's kept columns are the features, then the label (readScoredSplit): the
// champion scoring sends the features to the production deployment.
void AmlEvaluationJob::scoreChampion(std::shared_ptr<eval::ScoredRows> challenger)
{
    m_challenger = std::move(challenger);
    const QString deployment = m_request.production.deployment.name;
    const QString stage = tr("Scoring the same rows with deployment %1 (in production)").arg(deployment);
    Q_EMIT progress(stage, 0, m_challenger->rowCount());
    m_scoringAccess = std::make_unique<ScoringAccessJob>(
        m_nam, m_tokens, m_request.target, m_request.production.endpoint, m_request.mlTokens);
    connect(m_scoringAccess.get(), &ScoringAccessJob::finished, this,
        [this, deployment, stage](const ScoringAccess &access, const Error &error) {
            m_scoringAccess.release()->deleteLater();
            if (error)
                return fail(error);
            const auto factory
                = [this, access, deployment](const QStringList &columns, std::vector<QStringList> rows) {
                      auto scorer = std::make_unique<OnlineScorer>(
                          m_nam, access, deployment, columns, std::move(rows), m_request.scoring);
                      m_scorer = scorer.get();
                      return std::unique_ptr<ml::BatchScorer>(std::move(scorer));
                  };
            m_champion = std::make_unique<ml::ChampionScoringJob>(m_challenger, factory);
            connect(m_champion.get(), &ml::ChampionScoringJob::progress, this,
                [this, stage](qint64 done, qint64 total) { Q_EMIT progress(stage, done, total); });
            connect(m_champion.get(), &ml::ChampionScoringJob::finished, this,
                [this](std::shared_ptr<const eval::ScoredRows> champion, const Error &e) {
                    if (m_scorer)
                        m_metrics.scoredBy = m_scorer->answeredBy();
                    m_metrics.scoredBy.removeDuplicates();
                    m_champion.release()->deleteLater();
                    if (e)
                        return fail(e);
                    judge(std::move(champion));
                });
            m_champion->start();
        });
    m_scoringAccess->start();
}

void AmlEvaluationJob::judge(std::shared_ptr<const eval::ScoredRows> champion)
{
    Q_EMIT progress(tr("Comparing the models"), 0, 1);
    // No one reads the challenger's rows any more (the scoring is done): move, not copy.
    eval::ScoredRows challenger = std::move(*m_challenger);
    m_challenger.reset();
    offThread(
        this,
        [challenger = std::move(challenger), champion, service = m_metrics.challenger.evaluation,
            gate = m_request.gate]() mutable {
            return judgeSameRows(std::move(challenger), *champion, std::move(service), gate);
        },
        [this](const Judged &judged) {
            Q_EMIT progress(tr("Comparing the models"), 1, 1);
            m_metrics.basis = EvaluationBasis::SameRows;
            m_metrics.rows = judged.comparison->challenger.rowCount();
            m_metrics.note
                = tr("Both models scored the same %1 rows of job %2's scored test split, the model in "
                     "production through deployment %3.")
                      .arg(m_metrics.rows)
                      .arg(m_request.job.name, m_request.production.deployment.name);
            m_done = true;
            Q_EMIT finished(judged.comparison, judged.verdict, m_metrics, {});
        });
}

void AmlEvaluationJob::fail(Error error)
{
    if (m_done)
        return;
    m_done = true;
    *m_cancelled = true;
    m_files.reset();
    m_workspace.reset();
    m_mlflow.reset();
    m_scoringAccess.reset();
    m_champion.reset();
    if (error.context.isEmpty())
        error.withContext(tr("Evaluating job %1").arg(m_request.job.name));
    Q_EMIT finished({}, {}, m_metrics, error);
}

} // namespace mlr::azureml
