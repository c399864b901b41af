#pragma once

#include "azureml/amlevaluationsteps.h"
#include "azureml/jobmetrics.h"
#include "azureml/joboutputfiles.h"
#include "azureml/productionmodeljob.h"
#include "eval/evaltypes.h"
#include "ml/batchscorer.h"

#include <QObject>
#include <QPointer>
#include <QTemporaryDir>

#include <atomic>
#include <memory>

namespace mlr::ml {
class ChampionScoringJob;
}

namespace mlr::azureml {

class MlflowRunJob;
class OnlineScorer;
class ScoringAccessJob;
class WorkspaceGetJob;

struct AmlEvaluationRequest
{
    Job job; // the new job; it must be Completed
    ProductionModel production; // ProductionModelJob's answer for the endpoint
    WorkspaceTarget target;
    eval::GateRules gate;
    QString labelColumn; // empty: the model's MLmodel, the job's label_column input, or inferred
    ml::ScoringOptions scoring; // how the production deployment is called
    arm::TokenProvider *mlTokens = nullptr; // AADToken endpoints: a provider for https://ml.azure.com
};

// Judges a Completed Azure ML job against the model in production (reference §13, the v2
// twin of ml::EvaluationJob): reads both jobs' outputs from their datastores (JobFilesJob);
// each job's own metrics from metrics.json, else from MLflow runs/get on the workspace's
// tracking URI; and, when the new job wrote a scored test split (scored.csv), parses it off
// the calling thread and scores exactly those rows with the production deployment
// (OnlineScorer with the azureml-model-deployment header), so the Comparison (same rows,
// same order) and the gate verdict are those of the classic flow.
//
// Without a scored split the comparison is made on the reported metrics only (a Comparison
// without rows whose metrics are ReportedMetrics::table); ReportedMetrics::basis and note say
// so. Errors: the job is not Completed; nothing to compare (no scored split, and either job
// without metrics anywhere); the requests' own errors (datastore, storage, scoring).
//
// Contract: start() once; progress() as it goes (stage: a translated sentence; done/total in
// the stage's unit: files, bytes or rows; total 0 = unknown); finished() exactly once, always
// asynchronously, with the comparison, the verdict and both jobs' reported metrics, or a
// typed error (then comparison is null). Destroying the job cancels it (no signal).
class AmlEvaluationJob : public QObject
{
    Q_OBJECT

public:
    AmlEvaluationJob(QNetworkAccessManager *nam, arm::TokenProvider *tokens, AmlEvaluationRequest request,
        QObject *parent = nullptr);
    ~AmlEvaluationJob() override;

    void start();

Q_SIGNALS:
    void progress(const QString &stage, qint64 done, qint64 total);
    void finished(std::shared_ptr<const mlr::eval::Comparison> comparison,
        const mlr::eval::GateVerdict &verdict, const mlr::azureml::ReportedMetrics &metrics,
        const mlr::Error &error);

private:
    void readFiles(JobMetrics *side, const Job &job, const QStringList &wanted, JobFiles *files,
        std::function<void()> then);
    void readMlflow();
    void afterMetrics();
    void scoreChampion(std::shared_ptr<eval::ScoredRows> challenger);
    void judge(std::shared_ptr<const eval::ScoredRows> champion);
    void fail(Error error);

    QNetworkAccessManager *m_nam;
    arm::TokenProvider *m_tokens;
    AmlEvaluationRequest m_request;
    QTemporaryDir m_dir;
    JobFiles m_newFiles, m_productionFiles;
    QHash<QString, DatastoreAccess> m_access;
    ReportedMetrics m_metrics;
    QString m_trackingUri;
    QStringList m_notes; // why a side has no metrics, outputs that could not be read
    std::unique_ptr<JobFilesJob> m_files;
    std::unique_ptr<WorkspaceGetJob> m_workspace;
    std::unique_ptr<MlflowRunJob> m_mlflow;
    std::unique_ptr<ScoringAccessJob> m_scoringAccess;
    std::unique_ptr<ml::ChampionScoringJob> m_champion;
    QPointer<OnlineScorer> m_scorer;
    std::shared_ptr<eval::ScoredRows> m_challenger;
    std::shared_ptr<std::atomic<bool>> m_cancelled = std::make_shared<std::atomic<bool>>(false);
    bool m_started = false;
    bool m_done = false;
};

} // namespace mlr::azureml
