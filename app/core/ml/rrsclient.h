#pragma once

#include "http/error.h"
#include "http/retrypolicy.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVariantMap>

#include <map>
#include <memory>
#include <optional>
#include <vector>

class QNetworkAccessManager;

namespace mlr {
class HttpCall;
}

namespace mlr::ml {

// A table as RRS exchanges it: column names and rows of cells as text. A null QString is a
// missing value (JSON null); every other cell is sent and received as a JSON string.
struct RrsTable
{
    QStringList columns;
    QStringList types; // the answer's ColumnTypes (details=true): "String", "Double", ...; may be empty
    std::vector<QStringList> rows;

    qsizetype columnIndex(const QString &name) const { return columns.indexOf(name); }
};

// The classic request body: {"Inputs":{input:{"ColumnNames":[...],"Values":[[...],...]}},
// "GlobalParameters":{...}} for rows [first, first + count).
QByteArray rrsRequestBody(const QString &inputName, const QStringList &columns,
    const std::vector<QStringList> &rows, size_t first, size_t count,
    const QVariantMap &globalParameters = {});

// The classic answer: {"Results":{output:{"type":"table","value":{"ColumnNames","ColumnTypes",
// "Values"}}}}. Also accepts the swagger form {"Results":{output:[{col: value}, ...]}}.
// Cells: strings kept, numbers and booleans as their JSON text, null -> null QString.
// Error::Parse naming the problem (not JSON, no such output, rows that are not arrays...).
std::optional<RrsTable> parseRrsResponse(const QByteArray &body, const QString &outputName, Error *error);

// The execute URL with api-version=2.0 and details=true (other query items kept, format
// dropped: the classic form is used). Accepts ".../services/{id}" or ".../execute[?...]".
QUrl rrsExecuteUrl(const QUrl &requestUrl);

struct RrsOptions
{
    QString inputName = QStringLiteral("input1");
    QString outputName = QStringLiteral("output1");
    int batchRows = 1000; // rows per request
    int maxInFlight = 4; // concurrent requests (keep under the service's maxConcurrentCalls, 20 by default)
    QVariantMap globalParameters;
    RetryPolicy retry; // per request; 503 TooManyConcurrentRequests and resets are retried
};

// Scores rows with a Request-Response service, in batches, a few requests at a time, and
// gives back the answer rows in input order.
// Contract: start() once; progress() after each batch; finished() exactly once, always
// asynchronously; destroying the object cancels the requests in flight (no signal then).
// A 401 names the API key; an answer whose row count differs from the batch's is an error.
class RrsBatchScorer : public QObject
{
    Q_OBJECT

public:
    RrsBatchScorer(QNetworkAccessManager *nam, QUrl requestUrl, QString apiKey, QStringList columns,
        std::vector<QStringList> rows, RrsOptions options = {}, QObject *parent = nullptr);
    ~RrsBatchScorer() override;

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
    QUrl m_url;
    QString m_apiKey;
    QStringList m_columns;
    std::vector<QStringList> m_rows;
    RrsOptions m_options;
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

Q_DECLARE_METATYPE(mlr::ml::RrsTable)
