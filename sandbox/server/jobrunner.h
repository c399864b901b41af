#pragma once

#include "server/context.h"
#include "server/graphadapter.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>

namespace mlr::server {

// Runs BES jobs: waits --job-delay, downloads the input blobs (core BlobDownloadJob) to the
// data folder, fetches the graph's [trained model] blobs (ModelCache), parses the CSVs and
// executes the graph on the bounded worker pool (never on the HTTP thread), writes every
// output to its override location or, without one, to the server's storage account at
// experimentoutput/<job id>/<output>.<ext>, then marks the job Finished (Results) or
// Failed (Details: the Studio-like message of the failing step). A cancelled job stops at
// its next step; its pool work, if any, finishes and is discarded.
class JobRunner : public QObject
{
    Q_OBJECT

public:
    explicit JobRunner(Context *context, QObject *parent = nullptr);
    ~JobRunner() override;

    // The job must be Running. `deployed` is the definition it runs (frozen at start).
    void run(const QString &jobId, const QString &serviceKey, GraphPtr graph, const QJsonObject &deployed);
    void cancel(const QString &jobId);
    int activeCount() const { return int(m_active.size()); }

private:
    struct Active;
    void download(const std::shared_ptr<Active> &active);
    void fetchModels(const std::shared_ptr<Active> &active);
    void execute(const std::shared_ptr<Active> &active);
    void upload(const std::shared_ptr<Active> &active, const QList<studio::GraphOutput> &outputs);
    void fail(const std::shared_ptr<Active> &active, const QString &details);
    void finish(const std::shared_ptr<Active> &active);
    void release(const std::shared_ptr<Active> &active);
    BatchJob *job(const std::shared_ptr<Active> &active) const; // nullptr once cancelled/gone

    Context *m_context;
    QHash<QString, std::shared_ptr<Active>> m_active;
};

} // namespace mlr::server
