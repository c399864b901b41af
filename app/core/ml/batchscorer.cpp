#include "ml/batchscorer.h"

#include "http/httpcall.h"
#include "http/redaction.h"
#include "http/requestfactory.h"

#include <QTimer>

namespace mlr::ml {

BatchScorer::BatchScorer(QNetworkAccessManager *nam, ScoringWire wire, QStringList columns,
    std::vector<QStringList> rows, ScoringOptions options, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_wire(std::move(wire))
    , m_columns(std::move(columns))
    , m_rows(std::move(rows))
    , m_options(std::move(options))
{
    redaction::registerSecret(m_wire.bearer);
    m_options.batchRows = std::max(1, m_options.batchRows);
    m_options.maxInFlight = std::max(1, m_options.maxInFlight);
    m_batches = (m_rows.size() + size_t(m_options.batchRows) - 1) / size_t(m_options.batchRows);
    m_answers.resize(m_batches);
}

BatchScorer::~BatchScorer() = default;

void BatchScorer::start()
{
    if (m_started)
        return;
    m_started = true;
    QTimer::singleShot(0, this, [this] {
        if (m_wire.bearer.isEmpty())
            return fail(Error::input(m_wire.missingKey));
        if (!RequestFactory::isSafeForSecrets(m_wire.url))
            return fail(Error::input(tr("The scoring URL of %1 must use https (plain http only to this "
                                        "computer), or its key would travel in clear text.")
                                         .arg(m_wire.service)));
        pump();
    });
}

void BatchScorer::pump()
{
    if (m_done)
        return;
    while (m_next < m_batches && m_inFlight.size() < size_t(m_options.maxInFlight))
        sendBatch(m_next++);
    if (m_inFlight.empty() && m_next >= m_batches) {
        RrsTable result;
        result.rows.reserve(m_rows.size());
        for (auto &answer : m_answers) {
            if (result.columns.isEmpty()) {
                result.columns = answer->columns;
                result.types = answer->types;
            }
            for (QStringList &row : answer->rows)
                result.rows.push_back(std::move(row));
        }
        m_done = true;
        Q_EMIT finished(result, {});
    }
}

void BatchScorer::sendBatch(size_t batch)
{
    const size_t first = batch * size_t(m_options.batchRows);
    const size_t count = std::min(size_t(m_options.batchRows), m_rows.size() - first);
    auto call = std::make_unique<HttpCall>(m_nam, "POST", [wire = m_wire](int) {
        QNetworkRequest request = RequestFactory().make(wire.url);
        request.setRawHeader("Authorization", "Bearer " + wire.bearer.toUtf8());
        request.setHeader(
            QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json; charset=utf-8"));
        request.setRawHeader("Accept", "application/json");
        for (const auto &[name, value] : wire.headers)
            request.setRawHeader(name, value);
        return request;
    });
    call->setBody(m_wire.body(m_columns, m_rows, first, count));
    call->setRetryPolicy(m_options.retry);
    call->setContext(tr("Scoring rows %1-%2 with %3").arg(first + 1).arg(first + count).arg(m_wire.service));
    HttpCall *raw = call.get();
    connect(raw, &HttpCall::finished, this,
        [this, batch, count](const HttpResponse &response, const Error &error) {
            auto done = std::move(m_inFlight[batch]);
            m_inFlight.erase(batch);
            done.release()->deleteLater();
            if (error) {
                Error e = error;
                if (e.httpStatus == 401)
                    e.withContext(m_wire.refusedKey);
                return fail(e);
            }
            const QString reading = tr("Reading the scores of %1").arg(m_wire.service);
            Error parseError;
            auto table = m_wire.parse(response, &parseError);
            if (!table)
                return fail(parseError.withContext(reading));
            if (table->rows.size() != count)
                return fail(Error::parse(tr("%1 rows came back from %2 for %3 sent.")
                                             .arg(table->rows.size())
                                             .arg(m_wire.service)
                                             .arg(count))
                                .withContext(reading));
            m_answers[batch] = std::move(*table);
            m_scored += qint64(count);
            Q_EMIT progress(m_scored, qint64(m_rows.size()));
            pump();
        });
    m_inFlight.emplace(batch, std::move(call));
    ++m_sent;
    raw->start();
}

void BatchScorer::fail(Error error)
{
    if (m_done)
        return;
    m_done = true;
    m_inFlight.clear(); // aborts the other requests
    Q_EMIT finished({}, error);
}

} // namespace mlr::ml
