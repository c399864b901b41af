#pragma once

#include "http/error.h"
#include "http/retrypolicy.h"
#include "ml/scoringtable.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <vector>

class QNetworkAccessManager;

namespace mlr {
class HttpCall;
struct HttpResponse;
} // namespace mlr

namespace mlr::ml {

// How one scoring service is called: everything BatchScorer needs besides the rows. The
// classic Request-Response service (RrsBatchScorer) and an Azure Machine Learning online
// endpoint (azureml::OnlineScorer) are two of them.
struct ScoringWire
{
    QUrl url; // https (plain http only to loopback), or the key would travel in clear text
    QString bearer; // sent as "Authorization: Bearer ..."; registered with the redaction
    QList<QPair<QByteArray, QByteArray>> headers; // further request headers
    // The request body for rows [first, first + count).
    std::function<QByteArray(
        const QStringList &columns, const std::vector<QStringList> &rows, size_t first, size_t count)>
        body;
    // The scored rows of one answer; nullopt and *error (an Error::Parse) otherwise.
    std::function<std::optional<RrsTable>(const HttpResponse &response, Error *error)> parse;
    QString service; // who scores, for messages ("the predictive service", "deployment green")
    QString missingKey; // the error when bearer is empty
    QString refusedKey; // the context of a 401: which key to check
};

struct ScoringOptions
{
    int batchRows = 1000; // rows per request
    int maxInFlight = 4; // concurrent requests
    RetryPolicy retry; // per request: transient failures (429, 5xx, resets) are retried
};

// Scores rows with a scoring service, in batches, a few requests at a time, and gives back
// the answer rows in input order.
// Contract: start() once; progress() after each batch; finished() exactly once, always
// asynchronously; destroying the object cancels the requests in flight (no signal then).
// A 401 is reported with the wire's refusedKey; an answer whose row count differs from the
// batch's is an error.
class BatchScorer : public QObject
{
    Q_OBJECT

public:
    BatchScorer(QNetworkAccessManager *nam, ScoringWire wire, QStringList columns,
        std::vector<QStringList> rows, ScoringOptions options = {}, QObject *parent = nullptr);
    ~BatchScorer() override;

    void start();
    int requestsSent() const { return m_sent; }

Q_SIGNALS:
    void progress(qint64 rowsScored, qint64 rowsTotal);
    void finished(const mlr::ml::RrsTable &result, const mlr::Error &error);

private:
    void pump();
    void sendBatch(size_t batch);
    void fail(Error error);

    QNetworkAccessManager *m_nam;
    ScoringWire m_wire;
    QStringList m_columns;
    std::vector<QStringList> m_rows;
    ScoringOptions m_options;
    size_t m_batches = 0;
    size_t m_next = 0;
    std::map<size_t, std::unique_ptr<HttpCall>> m_inFlight;
    std::vector<std::optional<RrsTable>> m_answers;
    qint64 m_scored = 0;
    int m_sent = 0;
    bool m_started = false;
    bool m_done = false;
};

} // namespace mlr::ml
