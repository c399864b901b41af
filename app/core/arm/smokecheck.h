#pragma once

#include "arm/smoketest.h"
#include "http/error.h"
#include "http/retrypolicy.h"
#include "ml/rrsclient.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>

#include <memory>
#include <optional>
#include <vector>

class QNetworkAccessManager;

namespace mlr {
class HttpCall;
}

// The smoke check of an update: a few sample rows scored through RRS (ml::RrsBatchScorer),
// once before and once after the change; compareScores (smoketest.h) flags "predictions
// unchanged".
namespace mlr::arm {

// Sample rows for a smoke check: input columns and a few rows of cells as text.
struct SmokeRows
{
    QStringList columns;
    std::vector<QStringList> rows;
    bool isEmpty() const { return rows.empty(); }
};

// The example rows of a per-service swagger.json (definitions.ExecutionRequest.example.Inputs
// .<inputName>: an array of {column: value} objects, or the classic {ColumnNames, Values}).
// Columns in the order of the first row. Error::Parse when absent or malformed.
std::optional<SmokeRows> smokeRowsFromSwagger(
    const QByteArray &swaggerJson, const QString &inputName, Error *error);
// The example rows of an ARM web service resource (properties.exampleRequest.inputs.<inputName>:
// arrays of values, in the order of properties.input.properties.<inputName>.properties).
// Error::Parse when absent or malformed.
std::optional<SmokeRows> smokeRowsFromDefinition(
    const QJsonObject &resource, const QString &inputName, Error *error);

// Scores sample rows through a predictive service's RRS endpoint.
//
// Rows: the ones given with setRows(), else the example rows of the service's swagger.json
// (swaggerUrlFor(requestUrl), fetched first; no key needed). start() once; finished() exactly
// once, always asynchronously, with the answer as rows of cells (the answer's columns in
// columns()) or an error; destroying the object cancels it.
class SmokeCheckJob : public QObject
{
    Q_OBJECT

public:
    SmokeCheckJob(QNetworkAccessManager *nam, QUrl requestUrl, QString apiKey, QObject *parent = nullptr);
    ~SmokeCheckJob() override;

    void setRows(const SmokeRows &rows) { m_rows = rows; }
    void setOptions(const ml::RrsOptions &options) { m_options = options; }
    void setMaxRows(int rows) { m_maxRows = rows; } // at most this many example rows (default 5)
    void start();

    const SmokeRows &rows() const { return m_rows; } // the rows scored (after start)
    const ml::RrsTable &table() const { return m_table; } // the whole answer
    QStringList columns() const { return m_table.columns; }

Q_SIGNALS:
    void finished(const QList<QStringList> &scores, const mlr::Error &error);

private:
    void fetchSwagger();
    void score();
    void finish(const Error &error);

    QPointer<QNetworkAccessManager> m_nam;
    QUrl m_requestUrl;
    QString m_apiKey;
    SmokeRows m_rows;
    ml::RrsOptions m_options;
    int m_maxRows = 5;
    ml::RrsTable m_table;
    std::unique_ptr<HttpCall> m_call;
    std::unique_ptr<ml::RrsBatchScorer> m_scorer;
    bool m_started = false;
    bool m_finished = false;
};

// An answer of SmokeCheckJob (columns + rows) as an RrsTable for compareScores.
ml::RrsTable smokeTable(const QStringList &columns, const QList<QStringList> &scores);

} // namespace mlr::arm
