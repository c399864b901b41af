#include "ml/rrsclient.h"

#include "http/httpcall.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace mlr::ml {

namespace {

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
                cells << scoringCellText(row.value(c));
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
            cells << scoringCellText(cell);
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

ScoringWire rrsWire(const QUrl &requestUrl, const QString &apiKey, const RrsOptions &options)
{
    ScoringWire wire;
    wire.url = rrsExecuteUrl(requestUrl);
    wire.bearer = apiKey;
    wire.body = [options](const QStringList &columns, const std::vector<QStringList> &rows, size_t first,
                    size_t count) {
        return rrsRequestBody(options.inputName, columns, rows, first, count, options.globalParameters);
    };
    wire.parse = [output = options.outputName](const HttpResponse &response, Error *error) {
        return parseRrsResponse(response.body, output, error);
    };
    wire.service = tr("the predictive service");
    wire.missingKey = tr("The predictive service has no API key in the profile.");
    wire.refusedKey = tr("Scoring with the predictive service: its API key was refused; check the predictive "
                         "service's key in the profile");
    return wire;
}

RrsBatchScorer::RrsBatchScorer(QNetworkAccessManager *nam, const QUrl &requestUrl, const QString &apiKey,
    QStringList columns, std::vector<QStringList> rows, const RrsOptions &options, QObject *parent)
    : BatchScorer(nam, rrsWire(requestUrl, apiKey, options), std::move(columns), std::move(rows),
        ScoringOptions { options.batchRows, options.maxInFlight, options.retry }, parent)
{ }

} // namespace mlr::ml
