#include "arm/smokecheck.h"

#include "arm/definition.h"
#include "http/httpcall.h"
#include "http/redaction.h"
#include "http/requestfactory.h"
#include "ml/serviceswagger.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

namespace mlr::arm {

namespace {

// A JSON cell as RRS text: strings kept, numbers and booleans as JSON text, null -> null.
QString cellText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Double: {
        const double d = v.toDouble();
        const qint64 i = qint64(d);
        return double(i) == d ? QString::number(i) : QString::number(d, 'g', 17);
    }
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QString();
    default:
        return QString::fromUtf8(QJsonDocument(QJsonArray { v }).toJson(QJsonDocument::Compact))
            .mid(1)
            .chopped(1);
    }
}

} // namespace

std::optional<SmokeRows> smokeRowsFromSwagger(
    const QByteArray &swaggerJson, const QString &inputName, Error *error)
{
    const auto fail = [error](const QString &what) -> std::optional<SmokeRows> {
        if (error)
            *error = Error::parse(what);
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(swaggerJson, &parseError);
    if (!doc.isObject())
        return fail(
            ml::ServiceSwagger::tr("The service description is not JSON: %1").arg(parseError.errorString()));
    const QJsonValue input = doc.object()
                                 .value(QStringLiteral("definitions"))
                                 .toObject()
                                 .value(QStringLiteral("ExecutionRequest"))
                                 .toObject()
                                 .value(QStringLiteral("example"))
                                 .toObject()
                                 .value(QStringLiteral("Inputs"))
                                 .toObject()
                                 .value(inputName);
    SmokeRows out;
    if (input.isArray()) {
        for (const QJsonValue &row : input.toArray()) {
            if (!row.isObject())
                return fail(ml::ServiceSwagger::tr("The example rows of %1 are not objects.").arg(inputName));
            const QJsonObject o = row.toObject();
            if (out.columns.isEmpty())
                out.columns = o.keys();
            QStringList cells;
            for (const QString &c : std::as_const(out.columns))
                cells.append(cellText(o.value(c)));
            out.rows.push_back(cells);
        }
    } else if (input.isObject()) { // classic {ColumnNames, Values}
        for (const QJsonValue &c : input.toObject().value(QStringLiteral("ColumnNames")).toArray())
            out.columns.append(c.toString());
        for (const QJsonValue &row : input.toObject().value(QStringLiteral("Values")).toArray()) {
            QStringList cells;
            for (const QJsonValue &cell : row.toArray())
                cells.append(cellText(cell));
            if (cells.size() != out.columns.size())
                return fail(ml::ServiceSwagger::tr("An example row of %1 has %2 cells for %3 columns.")
                                .arg(inputName)
                                .arg(cells.size())
                                .arg(out.columns.size()));
            out.rows.push_back(cells);
        }
    }
    if (out.rows.empty() || out.columns.isEmpty())
        return fail(
            ml::ServiceSwagger::tr("The service description has no example rows for %1.").arg(inputName));
    return out;
}

std::optional<SmokeRows> smokeRowsFromDefinition(
    const QJsonObject &resource, const QString &inputName, Error *error)
{
    const auto fail = [error](const QString &what) -> std::optional<SmokeRows> {
        if (error)
            *error = Error::parse(what);
        return std::nullopt;
    };
    const QJsonObject props = resource.value(QStringLiteral("properties")).toObject();
    SmokeRows out;
    out.columns = props.value(QStringLiteral("input"))
                      .toObject()
                      .value(QStringLiteral("properties"))
                      .toObject()
                      .value(inputName)
                      .toObject()
                      .value(QStringLiteral("properties"))
                      .toObject()
                      .keys();
    const QJsonArray rows = props.value(QStringLiteral("exampleRequest"))
                                .toObject()
                                .value(QStringLiteral("inputs"))
                                .toObject()
                                .value(inputName)
                                .toArray();
    for (const QJsonValue &row : rows) {
        QStringList cells;
        for (const QJsonValue &cell : row.toArray())
            cells.append(cellText(cell));
        if (cells.size() != out.columns.size())
            return fail(Definition::tr("An example row of %1 has %2 cells for %3 columns.")
                            .arg(inputName)
                            .arg(cells.size())
                            .arg(out.columns.size()));
        out.rows.push_back(cells);
    }
    if (out.rows.empty() || out.columns.isEmpty())
        return fail(Definition::tr("The web service has no example rows for %1.").arg(inputName));
    return out;
}

SmokeCheckJob::SmokeCheckJob(QNetworkAccessManager *nam, QUrl requestUrl, QString apiKey, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_requestUrl(std::move(requestUrl))
    , m_apiKey(std::move(apiKey))
{
    if (!m_apiKey.isEmpty())
        redaction::registerSecret(m_apiKey);
}

SmokeCheckJob::~SmokeCheckJob() = default;

void SmokeCheckJob::start()
{
    if (m_started)
        return;
    m_started = true;
    if (!m_nam) {
        QTimer::singleShot(0, this, [this] { finish(Error::input(tr("No network access."))); });
        return;
    }
    if (m_rows.isEmpty())
        fetchSwagger();
    else
        QTimer::singleShot(0, this, [this] { score(); });
}

void SmokeCheckJob::fetchSwagger()
{
    const QUrl url = ml::swaggerUrlFor(m_requestUrl);
    if (!url.isValid()) {
        QTimer::singleShot(0, this, [this] {
            finish(
                Error::input(tr("The scoring URL %1 names no web service.")
                                 .arg(redaction::redact(m_requestUrl.toDisplayString(QUrl::RemoveQuery)))));
        });
        return;
    }
    m_call = std::make_unique<HttpCall>(m_nam, "GET", [url](int) {
        QNetworkRequest request = RequestFactory().make(url);
        request.setRawHeader("Accept", "application/json");
        return request;
    });
    m_call->setContext(tr("Reading the sample rows of the service"));
    connect(
        m_call.get(), &HttpCall::finished, this, [this](const HttpResponse &response, const Error &error) {
            if (error)
                return finish(error);
            Error parseError;
            auto rows = smokeRowsFromSwagger(response.body, m_options.inputName, &parseError);
            if (!rows)
                return finish(parseError.withContext(tr("Reading the sample rows of the service")));
            m_rows = *rows;
            if (m_maxRows > 0 && m_rows.rows.size() > size_t(m_maxRows))
                m_rows.rows.resize(size_t(m_maxRows));
            score();
        });
    m_call->start();
}

void SmokeCheckJob::score()
{
    if (!m_nam)
        return finish(Error::input(tr("No network access.")));
    m_scorer = std::make_unique<ml::RrsBatchScorer>(
        m_nam, m_requestUrl, m_apiKey, m_rows.columns, m_rows.rows, m_options);
    connect(m_scorer.get(), &ml::RrsBatchScorer::finished, this,
        [this](const ml::RrsTable &table, const Error &error) {
            m_table = table;
            finish(error);
        });
    m_scorer->start();
}

void SmokeCheckJob::finish(const Error &error)
{
    if (m_finished)
        return;
    m_finished = true;
    QList<QStringList> scores;
    if (!error) {
        for (const QStringList &row : m_table.rows)
            scores.append(row);
    }
    Q_EMIT finished(scores, error);
}

ml::RrsTable smokeTable(const QStringList &columns, const QList<QStringList> &scores)
{
    ml::RrsTable table;
    table.columns = columns;
    for (const QStringList &row : scores)
        table.rows.push_back(row);
    return table;
}

} // namespace mlr::arm
