#pragma once

#include "arm/modelsource.h"
#include "arm/webservice.h"
#include "http/retrypolicy.h"
#include "storage/storageaccount.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace mlr {
class HttpCall;
}

namespace mlr::arm {

class TokenProvider;
class WebServiceGetJob;

struct ModelSourceRequest
{
    // The job the new model comes from; nullopt for a rollback (then only the blob is looked at,
    // and only when `storage` is given).
    std::optional<ml::JobRecord> job;
    RecordedPair pair; // what the job's profile records
    QString predictiveName;
    QJsonObject predictive; // the predictive service as it is now (GET)
    QUrl newUri; // the model to deploy (no SAS)
    QString currentUri; // the model the service uses now
    std::optional<StorageAccount> storage; // reads the model blobs (HEAD, and GET to compare)
};

struct ModelSourceReport
{
    SourceCheck check; // refusals stop the update before any write
    bool identical = false; // the new model has the current one's bytes (only when nothing is refused)
    BlobFacts model, current;
};

// Gathers the facts of checkModelSource (modelsource.h) and judges them: GETs the job's
// training service through ARM, HEADs the new model blob with the storage account, and, when
// the current model is in that account too, tells whether both have the same bytes (sizes and
// Content-MD5, else both downloaded and compared). A failure to read something becomes a
// fact (and, for the job's model, a refusal); finished() has no error of its own.
// start() once; finished() exactly once, always asynchronously; destroying the job cancels it.
class ModelSourceCheckJob : public QObject
{
    Q_OBJECT

public:
    ModelSourceCheckJob(QNetworkAccessManager *nam, TokenProvider *tokens, ArmTarget target,
        ModelSourceRequest request, QObject *parent = nullptr);
    ~ModelSourceCheckJob() override;

    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    void start();

Q_SIGNALS:
    void finished(const mlr::arm::ModelSourceReport &report);

private:
    void readTraining();
    // HEAD of uri into *facts, then next().
    void probe(const QUrl &uri, BlobFacts *facts, std::function<void()> next);
    void compareCurrent();
    void compareBytes();
    void finish();

    QPointer<QNetworkAccessManager> m_nam;
    QPointer<TokenProvider> m_tokens;
    ArmTarget m_target;
    ModelSourceRequest m_request;
    RetryPolicy m_policy;
    SourceFacts m_facts;
    ModelSourceReport m_report;
    std::unique_ptr<WebServiceGetJob> m_get;
    std::unique_ptr<HttpCall> m_call, m_second;
    QByteArray m_bytes[2];
    int m_bodies = 0;
    bool m_bytesFailed = false;
    bool m_started = false;
    bool m_finished = false;
};

} // namespace mlr::arm

Q_DECLARE_METATYPE(mlr::arm::ModelSourceReport)
