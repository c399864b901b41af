#pragma once

#include "http/error.h"
#include "http/retrypolicy.h"
#include "ml/batchscorer.h"
#include "ml/scoringtable.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVariantMap>

#include <optional>
#include <vector>

class QNetworkAccessManager;

namespace mlr::ml {

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

// The wire of a Request-Response service: the execute URL, the API key, the classic body and
// answer (rrsRequestBody, parseRrsResponse).
ScoringWire rrsWire(const QUrl &requestUrl, const QString &apiKey, const RrsOptions &options);

// Scores rows with a Request-Response service: a BatchScorer on rrsWire (contract there).
// A 401 names the predictive service's API key.
class RrsBatchScorer : public BatchScorer
{
    Q_OBJECT

public:
    RrsBatchScorer(QNetworkAccessManager *nam, const QUrl &requestUrl, const QString &apiKey,
        QStringList columns, std::vector<QStringList> rows, const RrsOptions &options = {},
        QObject *parent = nullptr);
};

} // namespace mlr::ml
