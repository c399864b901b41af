#include "ml/rrsclient.h"

#include "http/httpcall.h"
#include "http/redaction.h"
#include "http/requestfactory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTimer>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace mlr::ml {

namespace {

QString cellText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Bool:
        return v.toBool() ? u"True"_s : u"False"_s;
    case QJsonValue::Double:
        return QString::number(v.toDouble(), 'g', QLocale::FloatingPointShortest);
    default:
        return QString::fromUtf8(QJsonDocument(QJsonArray { v }).toJson(QJsonDocument::Compact))
            .mid(1)
            .chopped(1);
    }
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &x : v.toArray())
        out << x.toString();
    return out;
}

// lupdate files the tr("...") calls of this namespace-level helper under the namespace's
// context ("mlr::ml"), so that is the context to look them up in.
QString tr(const char *text)
{
    return QCoreApplication::translate("mlr::ml", text);
}

} // namespace

QByteArray rrsRequestBody(const QString &inputName, const QStringList &columns,
    const std::vector<QStringList> &rows, size_t first, size_t count, const QVariantMap &globalParameters)
{
    QJsonArray values;
    for (size_t i = first; i < first + count && i < rows.size(); ++i) {
        QJsonArray row;
        for (const QString &cell : rows[i])
            row.append(cell.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(cell));
        values.append(row);
    }
    const QJsonObject input { { u"ColumnNames"_s, QJsonArray::fromStringList(columns) },
        { u"Values"_s, values } };
    const QJsonObject body { { u"Inputs"_s, QJsonObject { { inputName, input } } },
        { u"GlobalParameters"_s, QJsonObject::fromVariantMap(globalParameters) } };
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

std::optional<RrsTable> parseRrsResponse(const QByteArray &body, const QString &outputName, Error *error)
{
    const auto fail = [error](const QString &what) -> std::optional<RrsTable> {
        if (error)
            *error = Error::parse(what);
        return std::nullopt;
    };
    QJsonParseError jsonError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &jsonError);
    if (jsonError.error != QJsonParseError::NoError || !doc.isObject())
        return fail(tr("The scoring answer is not a JSON object."));
    const QJsonObject results = doc.object().value(u"Results"_s).toObject();
    if (!results.contains(outputName))
        return fail(tr("The scoring answer has no output \"%1\" (it has: %2).")
                        .arg(outputName, results.keys().join(u", "_s)));
    const QJsonValue output = results.value(outputName);
    RrsTable table;
    if (output.isArray()) { // swagger form: an array of row objects
        for (const QJsonValue &rowValue : output.toArray()) {
            const QJsonObject row = rowValue.toObject();
            if (table.columns.isEmpty())
                table.columns = row.keys();
            QStringList cells;
            for (const QString &c : std::as_const(table.columns))
                cells << cellText(row.value(c));
            table.rows.push_back(cells);
        }
        return table;
    }
    const QJsonObject value = output.toObject().value(u"value"_s).toObject();
    if (!value.value(u"Values"_s).isArray())
        return fail(tr("The scoring answer's output \"%1\" has no Values table.").arg(outputName));
    table.columns = strings(value.value(u"ColumnNames"_s));
    table.types = strings(value.value(u"ColumnTypes"_s));
    const QJsonArray rows = value.value(u"Values"_s).toArray();
    table.rows.reserve(size_t(rows.size()));
    for (const QJsonValue &rowValue : rows) {
        if (!rowValue.isArray())
            return fail(tr("A row of the scoring answer is not an array."));
        QStringList cells;
        for (const QJsonValue &cell : rowValue.toArray())
            cells << cellText(cell);
        if (!table.columns.isEmpty() && cells.size() != table.columns.size())
            return fail(tr("A row of the scoring answer has %1 values for %2 columns.")
                            .arg(cells.size())
                            .arg(table.columns.size()));
        table.rows.push_back(cells);
    }
    return table;
}

QUrl rrsExecuteUrl(const QUrl &requestUrl)
{
    QUrl url = requestUrl;
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    if (!path.endsWith(u"/execute"_s))
        path += u"/execute"_s;
    url.setPath(path);
    QUrlQuery query(url);
    query.removeAllQueryItems(u"api-version"_s);
    query.removeAllQueryItems(u"details"_s);
    query.removeAllQueryItems(u"format"_s);
    query.addQueryItem(u"api-version"_s, u"2.0"_s);
    query.addQueryItem(u"details"_s, u"true"_s);
    url.setQuery(query);
    return url;
}

RrsBatchScorer::RrsBatchScorer(QNetworkAccessManager *nam, QUrl requestUrl, QString apiKey,
    QStringList columns, std::vector<QStringList> rows, RrsOptions options, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_url(rrsExecuteUrl(requestUrl))
    , m_apiKey(std::move(apiKey))
    , m_columns(std::move(columns))
    , m_rows(std::move(rows))
    , m_options(std::move(options))
{
    redaction::registerSecret(m_apiKey);
    m_options.batchRows = std::max(1, m_options.batchRows);
    m_options.maxInFlight = std::max(1, m_options.maxInFlight);
    m_batches = (m_rows.size() + size_t(m_options.batchRows) - 1) / size_t(m_options.batchRows);
    m_answers.resize(m_batches);
}

RrsBatchScorer::~RrsBatchScorer() = default;

void RrsBatchScorer::start()
{
    if (m_started)
        return;
    m_started = true;
    QTimer::singleShot(0, this, [this] {
        if (m_apiKey.isEmpty())
            return fail(Error::input(tr("The predictive service has no API key in the profile.")));
        if (!RequestFactory::isSafeForSecrets(m_url))
            return fail(Error::input(tr("The predictive service URL must use https (plain http only to this "
                                        "computer), or its API key would travel in clear text.")));
        pump();
    });
}

void RrsBatchScorer::pump()
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

void RrsBatchScorer::sendBatch(size_t batch)
{
    const size_t first = batch * size_t(m_options.batchRows);
    const size_t count = std::min(size_t(m_options.batchRows), m_rows.size() - first);
    const QUrl url = m_url;
    const QString key = m_apiKey;
    auto call = std::make_unique<HttpCall>(m_nam, "POST", [url, key](int) {
        QNetworkRequest request = RequestFactory().make(url);
        request.setRawHeader("Authorization", "Bearer " + key.toUtf8());
        request.setHeader(
            QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json; charset=utf-8"));
        request.setRawHeader("Accept", "application/json");
        return request;
    });
    call->setBody(
        rrsRequestBody(m_options.inputName, m_columns, m_rows, first, count, m_options.globalParameters));
    call->setRetryPolicy(m_options.retry);
    call->setContext(tr("Scoring rows %1-%2 with the predictive service").arg(first + 1).arg(first + count));
    HttpCall *raw = call.get();
    connect(raw, &HttpCall::finished, this,
        [this, batch, count](const HttpResponse &response, const Error &error) {
            auto done = std::move(m_inFlight[batch]);
            m_inFlight.erase(batch);
            done.release()->deleteLater();
            if (error) {
                Error e = error;
                if (e.httpStatus == 401)
                    e.withContext(
                        tr("Scoring with the predictive service: its API key was refused; check the "
                           "predictive service's key in the profile"));
                return fail(e);
            }
            Error parseError;
            auto table = parseRrsResponse(response.body, m_options.outputName, &parseError);
            if (!table)
                return fail(parseError.withContext(tr("Reading the predictive service's scores")));
            if (table->rows.size() != count)
                return fail(Error::parse(tr("The predictive service answered %1 rows for %2 sent.")
                                             .arg(table->rows.size())
                                             .arg(count))
                                .withContext(tr("Reading the predictive service's scores")));
            m_answers[batch] = std::move(*table);
            m_scored += qint64(count);
            Q_EMIT progress(m_scored, qint64(m_rows.size()));
            pump();
        });
    m_inFlight.emplace(batch, std::move(call));
    ++m_sent;
    raw->start();
}

void RrsBatchScorer::fail(Error error)
{
    if (m_done)
        return;
    m_done = true;
    m_inFlight.clear(); // aborts the other requests
    Q_EMIT finished({}, error);
}

} // namespace mlr::ml
