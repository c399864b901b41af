#pragma once

#include "eval/evaltypes.h"
#include "http/error.h"
#include "ml/evaluationinputs.h"
#include "ml/jobjournal.h"
#include "ml/rrsclient.h"
#include "ml/serviceswagger.h"
#include "storage/storageaccount.h"

#include <QObject>
#include <QTemporaryDir>
#include <QUrl>

#include <atomic>
#include <memory>

class QNetworkAccessManager;

namespace mlr {
class BlobDownloadJob;
}

namespace mlr::ml {

class BesGetJob;
class ChampionScoringJob;
struct BesJobStatus;

struct EvaluationRequest
{
    JobRecord job; // a finished retraining job; roles "evaluation" and "scored" name its outputs
    StorageAccount storage; // to read the outputs (job.outputs) when the job's Results cannot be used
    QUrl predictiveRequestUrl; // the production service's RRS URL
    QString predictiveApiKey;
    eval::GateRules gate;

    // Optional. With the training service's key, the outputs are read through the job's
    // Results (a fresh read-only SAS per GET, fetched again when one has expired); without it,
    // or when that GET fails, with `storage`.
    QString trainingApiKey;
    QString labelColumn; // empty: the scored CSV's one column that is not a feature nor a score
    RrsOptions rrs;
};

// Judges a finished retraining job: downloads its evaluation and scored outputs, parses them
// off the calling thread, scores exactly the scored rows with the production predictive
// service (RRS, in batches), and builds the Comparison (same rows, same order) and the gate
// verdict.
//
// Contract: start() once; progress() as it goes (stage: a translated sentence for people;
// done/total in the stage's own unit: outputs, bytes or rows; total 0 = unknown); finished()
// exactly once, always asynchronously, with the comparison and verdict, or a typed error
// (then comparison is null). Destroying the job cancels it (no signal; workers stop soon).
class EvaluationJob : public QObject
{
    Q_OBJECT

public:
    EvaluationJob(QNetworkAccessManager *nam, EvaluationRequest request, QObject *parent = nullptr);
    ~EvaluationJob() override;

    void start();

    // After finished(): how the outputs were read ("results" = the job's SAS, "storage") and
    // how often the job was fetched again for a fresh SAS.
    QString outputSource() const { return m_source; }
    int resultRefreshes() const { return m_refreshes; }

Q_SIGNALS:
    void progress(const QString &stage, qint64 done, qint64 total);
    void finished(std::shared_ptr<const mlr::eval::Comparison> comparison,
        const mlr::eval::GateVerdict &verdict, const mlr::Error &error);

private:
    struct Download
    {
        QString role; // "evaluation" | "scored"
        QString output; // output name
        QString path; // local file
        BlobLocation location;
        BlobDownloadJob *job = nullptr;
        bool done = false;
    };

    void fetchResults(bool refresh);
    void onResults(const BesJobStatus &status, const Error &error);
    void useStorage(const Error &why);
    void startDownload(Download &d);
    void onDownloaded(Download &d, const Error &error);
    void maybeParse();
    void parse();
    void score(std::shared_ptr<eval::ScoredRows> challenger, eval::ServiceEvaluation service);
    void compareModels(std::shared_ptr<const eval::ScoredRows> champion);
    void fail(Error error);

    QNetworkAccessManager *m_nam;
    EvaluationRequest m_request;
    QTemporaryDir m_dir;
    std::unique_ptr<ServiceSwaggerFetch> m_swaggerFetch;
    std::optional<ServiceSwagger> m_predictive;
    std::unique_ptr<BesGetJob> m_get;
    Download m_downloads[2];
    std::unique_ptr<ChampionScoringJob> m_champion;
    std::shared_ptr<eval::ScoredRows> m_challenger;
    eval::ServiceEvaluation m_service;
    std::shared_ptr<std::atomic<bool>> m_cancelled = std::make_shared<std::atomic<bool>>(false);
    QString m_source;
    int m_refreshes = 0;
    bool m_started = false;
    bool m_parsing = false;
    bool m_done = false;
};

} // namespace mlr::ml
