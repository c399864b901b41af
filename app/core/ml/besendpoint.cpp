#include "ml/besendpoint.h"

#include "http/redaction.h"
#include "http/requestfactory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>

namespace mlr::ml {

namespace {

constexpr QStringView apiVersion = u"2.0";

QUrl withApiVersion(QUrl url)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("api-version"), apiVersion.toString());
    url.setQuery(query);
    return url;
}

QJsonValue member(const QJsonObject &object, QStringView name)
{
    const QJsonValue exact = object.value(name);
    if (!exact.isUndefined())
        return exact;
    for (auto it = object.begin(); it != object.end(); ++it)
        if (it.key().compare(name, Qt::CaseInsensitive) == 0)
            return it.value();
    return QJsonValue::Undefined;
}

QJsonObject referenceMap(const QMap<QString, BlobReference> &map)
{
    QJsonObject o;
    for (auto it = map.begin(); it != map.end(); ++it)
        o.insert(it.key(), it.value().toJson());
    return o;
}

} // namespace

std::optional<BesEndpoint> BesEndpoint::fromUrl(const QUrl &url, const QString &apiKey, Error *error)
{
    auto fail = [error](const QString &text) {
        if (error)
            *error = Error::input(text);
        return std::nullopt;
    };
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != u"http" && scheme != u"https") || url.host().isEmpty())
        return fail(
            tr("The batch (BES) URL '%1' is not an http(s) URL.").arg(url.toString(QUrl::RemoveQuery)));
    const QStringList segments = url.path(QUrl::FullyDecoded).split(u'/', Qt::SkipEmptyParts);
    qsizetype at = -1;
    for (qsizetype i = 0; i + 3 < segments.size(); ++i) {
        const QString family = segments.at(i).toLower();
        if ((family == u"subscriptions" || family == u"workspaces")
            && segments.at(i + 2).toLower() == u"services") {
            at = i;
            break;
        }
    }
    if (at < 0)
        return fail(tr("The batch (BES) URL '%1' does not name a web service: expected "
                       ".../subscriptions/{id}/services/{id} or .../workspaces/{id}/services/{id}.")
                        .arg(url.toString(QUrl::RemoveQuery)));
    const QStringList rest = segments.mid(at + 4);
    if (!rest.isEmpty() && rest.first() != u"jobs" && rest.first() != u"execute"
        && rest.first() != u"swagger.json")
        return fail(tr("The batch (BES) URL '%1' has an unexpected part after the service id ('%2').")
                        .arg(url.toString(QUrl::RemoveQuery), rest.first()));
    if (apiKey.trimmed().isEmpty())
        return fail(tr("The API key of the retraining web service is not set."));
    BesEndpoint e;
    e.family = segments.at(at).toLower() == u"workspaces" ? Family::Workspace : Family::Subscription;
    e.ownerId = segments.at(at + 1);
    e.serviceId = segments.at(at + 3);
    e.apiKey = apiKey.trimmed();
    QUrl base = url;
    base.setQuery(QString());
    base.setFragment(QString());
    base.setPath(u'/' + segments.mid(0, at + 4).join(u'/'));
    e.baseUrl = base;
    if (!RequestFactory::isSafeForSecrets(base))
        return fail(tr("The API key would be sent unencrypted to %1: use an https URL.").arg(base.host()));
    redaction::registerSecret(e.apiKey);
    return e;
}

QUrl BesEndpoint::jobsUrl() const
{
    QUrl url = baseUrl;
    url.setPath(url.path() + QStringLiteral("/jobs"));
    return withApiVersion(url);
}

QUrl BesEndpoint::jobUrl(const QString &jobId) const
{
    QUrl url = baseUrl;
    url.setPath(url.path() + QStringLiteral("/jobs/") + jobId);
    return withApiVersion(url);
}

QUrl BesEndpoint::startUrl(const QString &jobId) const
{
    QUrl url = baseUrl;
    url.setPath(url.path() + QStringLiteral("/jobs/") + jobId + QStringLiteral("/start"));
    return withApiVersion(url);
}

QNetworkRequest BesEndpoint::request(const RequestFactory &factory, const QUrl &url) const
{
    QNetworkRequest request = factory.make(url);
    request.setRawHeader("Authorization", "Bearer " + apiKey.toUtf8());
    request.setRawHeader("Content-Type", "application/json; charset=utf-8");
    request.setRawHeader("Accept", "application/json");
    return request;
}

QByteArray BesJobRequest::toJson() const
{
    QJsonObject root;
    root.insert(QStringLiteral("Inputs"), referenceMap(inputs));
    root.insert(QStringLiteral("Outputs"), referenceMap(outputs));
    root.insert(QStringLiteral("GlobalParameters"), QJsonObject::fromVariantMap(globalParameters));
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

std::optional<QString> parseJobId(const QByteArray &body, Error *error)
{
    const QByteArray trimmed = body.trimmed();
    // QJsonDocument does not parse a bare string: wrap it in an array.
    const QJsonDocument doc = QJsonDocument::fromJson("[" + trimmed + "]");
    QString id;
    if (doc.isArray() && doc.array().size() == 1 && doc.array().at(0).isString())
        id = doc.array().at(0).toString().trimmed();
    else if (!trimmed.startsWith('"') && !trimmed.startsWith('{') && !trimmed.startsWith('['))
        id = QString::fromUtf8(trimmed);
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9_-]{1,128}$"));
    if (!idPattern.match(id).hasMatch()) {
        if (error)
            *error = Error::parse(
                BesEndpoint::tr("the service answered the job submission without a job id (%1).")
                    .arg(redaction::redact(QString::fromUtf8(trimmed.left(80)))));
        return std::nullopt;
    }
    return id;
}

JobState parseStatusCode(const QJsonValue &value)
{
    int number = -1;
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (d == double(int(d)))
            number = int(d);
    } else if (value.isString()) {
        bool ok = false;
        const int n = value.toString().trimmed().toInt(&ok);
        if (ok)
            number = n;
        else
            return jobStateFromName(value.toString().trimmed());
    }
    if (number >= 0 && number <= 4)
        return JobState(number);
    return JobState::Unknown;
}

std::optional<BesJobStatus> parseJobStatus(const QByteArray &body, Error *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (!doc.isObject()) {
        if (error)
            *error
                = Error::parse(BesEndpoint::tr("the job status is not a JSON object (%1).")
                                   .arg(parseError.error ? parseError.errorString() : QStringLiteral("?")));
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    BesJobStatus status;
    const QJsonValue code = member(root, u"StatusCode");
    status.state = parseStatusCode(code);
    status.statusText = code.isDouble() ? QString::number(code.toDouble()) : code.toString();
    const QJsonObject results = member(root, u"Results").toObject();
    for (auto it = results.begin(); it != results.end(); ++it)
        if (it.value().isObject())
            status.results.insert(it.key(), BlobReference::fromJson(it.value().toObject()));
    const QJsonValue details = member(root, u"Details");
    status.details = details.isString() ? details.toString() : QString();
    return status;
}

void addBesErrorDetails(Error &error, const QByteArray &body)
{
    const QJsonObject inner
        = QJsonDocument::fromJson(body).object().value(QStringLiteral("error")).toObject();
    const QJsonArray details = inner.value(QStringLiteral("details")).toArray();
    if (details.isEmpty())
        return;
    const QJsonObject first = details.first().toObject();
    const QString code = first.value(QStringLiteral("code")).toString();
    const QString message = first.value(QStringLiteral("message")).toString().trimmed();
    QString text = code.isEmpty() ? message
        : message.isEmpty()       ? code
                                  : code + QStringLiteral(": ") + message;
    if (text.isEmpty())
        return;
    text = redaction::redact(text.section(u'\n', 0, 0));
    error.serviceMessage = error.serviceMessage.isEmpty() ? text : error.serviceMessage + u' ' + text;
}

} // namespace mlr::ml
