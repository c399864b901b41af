#include "azureml/onlinescoring.h"

#include "arm/tokenprovider.h"
#include "http/httpcall.h"
#include "http/redaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTimer>

#include <cmath>

using namespace Qt::StringLiterals;

namespace mlr::azureml {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mlr::azureml", text);
}

QJsonValue cellValue(const QString &cell)
{
    if (cell.isNull() || cell.trimmed().isEmpty())
        return QJsonValue::Null;
    bool ok = false;
    const double number = QLocale::c().toDouble(cell.trimmed(), &ok);
    return ok && std::isfinite(number) ? QJsonValue(number) : QJsonValue(cell);
}

QByteArray splitBody(
    const QStringList &columns, const std::vector<QStringList> &rows, size_t first, size_t count)
{
    QJsonArray index, data;
    for (size_t i = first; i < first + count && i < rows.size(); ++i) {
        index.append(qint64(i));
        QJsonArray row;
        for (const QString &cell : rows[i])
            row.append(cellValue(cell));
        data.append(row);
    }
    const QJsonObject input { { u"columns"_s, QJsonArray::fromStringList(columns) }, { u"index"_s, index },
        { u"data"_s, data } };
    return QJsonDocument(QJsonObject { { u"input_data"_s, input } }).toJson(QJsonDocument::Compact);
}

} // namespace

std::optional<ml::RrsTable> parseOnlineAnswer(const QByteArray &body, Error *error)
{
    const auto fail = [error](const QString &text) -> std::optional<ml::RrsTable> {
        if (error)
            *error = Error::parse(text);
        return std::nullopt;
    };
    QJsonParseError jsonError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &jsonError);
    if (jsonError.error != QJsonParseError::NoError)
        return fail(tr("The scoring answer is not JSON."));
    QJsonArray rows = doc.array();
    if (doc.isObject()) {
        if (!doc.object().value(u"predictions"_s).isArray())
            return fail(tr("The scoring answer is neither a list of rows nor {\"predictions\": [...]}."));
        rows = doc.object().value(u"predictions"_s).toArray();
    }
    ml::RrsTable table;
    table.rows.reserve(size_t(rows.size()));
    for (const QJsonValue &row : std::as_const(rows)) {
        if (row.isObject()) {
            if (table.columns.isEmpty())
                table.columns = row.toObject().keys();
            QStringList cells;
            for (const QString &column : std::as_const(table.columns))
                cells << ml::scoringCellText(row.toObject().value(column));
            table.rows.push_back(cells);
        } else if (row.isArray()) {
            return fail(tr("A row of the scoring answer is a list, not one prediction or an object."));
        } else {
            table.columns = { u"Scored Labels"_s };
            table.rows.push_back({ ml::scoringCellText(row) });
        }
    }
    return table;
}

// Unqualified here: after a return type "ml::ScoringWire", lupdate files the tr() calls of the
// body under the context "ml" instead of "mlr::azureml", the one they are looked up in.
using ml::ScoringWire;

ScoringWire onlineWire(
    const ScoringAccess &access, const QString &deployment, std::shared_ptr<QStringList> answeredBy)
{
    ml::ScoringWire wire;
    wire.url = access.scoringUri;
    wire.bearer = access.bearer;
    if (!deployment.isEmpty())
        wire.headers.append({ QByteArrayLiteral("azureml-model-deployment"), deployment.toUtf8() });
    wire.body = splitBody;
    wire.parse = [deployment, answeredBy](
                     const HttpResponse &response, Error *error) -> std::optional<ml::RrsTable> {
        const QString by = QString::fromUtf8(response.header("azureml-model-deployment"));
        if (answeredBy)
            answeredBy->append(by);
        if (!deployment.isEmpty() && !by.isEmpty() && by.compare(deployment, Qt::CaseInsensitive) != 0) {
            if (error)
                *error = Error::parse(
                    tr("Deployment %1 answered, not deployment %2 that was asked for.").arg(by, deployment));
            return std::nullopt;
        }
        return parseOnlineAnswer(response.body, error);
    };
    wire.service = deployment.isEmpty() ? tr("the online endpoint") : tr("deployment %1").arg(deployment);
    wire.missingKey = tr("There is no key or token to call the online endpoint with.");
    wire.refusedKey = access.authMode.compare(u"Key"_s, Qt::CaseInsensitive) == 0
        ? tr("Scoring with the online endpoint: its key was refused (regenerated meanwhile?)")
        : tr("Scoring with the online endpoint: its token was refused");
    return wire;
}

OnlineScorer::OnlineScorer(QNetworkAccessManager *nam, const ScoringAccess &access, const QString &deployment,
    QStringList columns, std::vector<QStringList> rows, const ml::ScoringOptions &options, QObject *parent)
    : OnlineScorer(nam, access, deployment, std::move(columns), std::move(rows), options, parent,
        std::make_shared<QStringList>())
{ }

OnlineScorer::OnlineScorer(QNetworkAccessManager *nam, const ScoringAccess &access, const QString &deployment,
    QStringList columns, std::vector<QStringList> rows, const ml::ScoringOptions &options, QObject *parent,
    std::shared_ptr<QStringList> answeredBy)
    : BatchScorer(
        nam, onlineWire(access, deployment, answeredBy), std::move(columns), std::move(rows), options, parent)
    , m_answeredBy(std::move(answeredBy))
{ }

// ---------------------------------------------------------------------------------------

ScoringAccessJob::ScoringAccessJob(QNetworkAccessManager *nam, arm::TokenProvider *armTokens,
    WorkspaceTarget target, OnlineEndpoint endpoint, arm::TokenProvider *mlTokens, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_armTokens(armTokens)
    , m_mlTokens(mlTokens)
    , m_target(std::move(target))
    , m_endpoint(std::move(endpoint))
{ }

ScoringAccessJob::~ScoringAccessJob() = default;

void ScoringAccessJob::start()
{
    if (m_started)
        return;
    m_started = true;
    const QString mode = m_endpoint.authMode;
    if (m_endpoint.scoringUri.isEmpty())
        return QTimer::singleShot(0, this, [this] {
            finish({},
                Error::input(tr("Online endpoint %1 has no scoring URI yet (provisioning state %2).")
                                 .arg(m_endpoint.name, m_endpoint.provisioningState)));
        });
    if (mode.compare(u"Key"_s, Qt::CaseInsensitive) == 0)
        return post(u"listKeys"_s, u"primaryKey"_s);
    if (mode.compare(u"AMLToken"_s, Qt::CaseInsensitive) == 0)
        return post(u"token"_s, u"accessToken"_s);
    if (mode.compare(u"AADToken"_s, Qt::CaseInsensitive) != 0 || !m_mlTokens)
        return QTimer::singleShot(0, this, [this, mode] {
            finish({},
                Error::input(mode.compare(u"AADToken"_s, Qt::CaseInsensitive) == 0
                        ? tr("Online endpoint %1 takes Microsoft Entra tokens (AADToken), and there is no "
                             "sign-in for https://ml.azure.com.")
                              .arg(m_endpoint.name)
                        : tr("Online endpoint %1 has the unknown authentication mode '%2'.")
                              .arg(m_endpoint.name, mode)));
        });
    m_token.reset(m_mlTokens->request(nullptr));
    connect(
        m_token.get(), &arm::TokenRequest::finished, this, [this](const QString &token, const Error &error) {
            if (!error)
                return finish(token, error);
            finish({},
                Error(error).withContext(
                    tr("Getting a Microsoft Entra token for https://ml.azure.com (online endpoint %1 takes "
                       "AADToken)")
                        .arg(m_endpoint.name)));
        });
    m_token->start();
}

void ScoringAccessJob::post(const QString &action, const QString &member)
{
    m_post = std::make_unique<WorkspaceWriteJob>(m_nam, m_armTokens, m_target, "POST",
        u"/onlineEndpoints/"_s + m_endpoint.name + u'/' + action, QJsonObject {},
        tr("the scoring key of online endpoint %1").arg(m_endpoint.name));
    connect(m_post.get(), &WorkspaceWriteJob::finished, this,
        [this, member](const WriteResult &result, const Error &error) {
            const QString bearer = result.answer.value(member).toString();
            if (!error && bearer.isEmpty())
                return finish({},
                    Error::parse(tr("The answer for the scoring key of online endpoint %1 has no %2.")
                                     .arg(m_endpoint.name, member)));
            finish(bearer, error);
        });
    m_post->start();
}

void ScoringAccessJob::finish(const QString &bearer, const Error &error)
{
    if (m_finished)
        return;
    m_finished = true;
    redaction::registerSecret(bearer);
    ScoringAccess access;
    if (!error)
        access = { QUrl(m_endpoint.scoringUri), bearer, m_endpoint.authMode };
    Q_EMIT finished(access, error);
}

} // namespace mlr::azureml
