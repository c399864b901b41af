#include "arm/classicendpoint.h"

#include "arm/definition.h"
#include "arm/modelupdate.h"
#include "http/redaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace mlr::arm {

namespace {

QJsonValue ci(const QJsonObject &o, const QString &name)
{
    for (auto it = o.begin(); it != o.end(); ++it)
        if (it.key().compare(name, Qt::CaseInsensitive) == 0)
            return it.value();
    return {};
}

HttpCall *newCall(QNetworkAccessManager *nam, const QByteArray &verb, const ClassicEndpoint &e,
    const QByteArray &body, const RetryPolicy &policy, const QString &context)
{
    const RequestFactory factory;
    const QByteArray authorization = "Bearer " + e.apiKey.toLatin1();
    const QUrl url = e.url;
    auto *call = new HttpCall(nam, verb, [factory, url, authorization](int) {
        QNetworkRequest request = factory.make(url);
        request.setRawHeader("Authorization", authorization);
        request.setRawHeader("Accept", "application/json");
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        return request;
    });
    call->setBody(body);
    call->setRetryPolicy(policy);
    call->setContext(context);
    return call;
}

} // namespace

std::optional<ClassicEndpoint> ClassicEndpoint::fromUrl(const QUrl &url, const QString &apiKey, Error *error)
{
    static const QRegularExpression shape(
        QStringLiteral("^/workspaces/[^/]+/webservices/[^/]+/endpoints/[^/]+/?$"),
        QRegularExpression::CaseInsensitiveOption);
    const auto fail = [error](const QString &text) {
        if (error)
            *error = Error::input(text);
        return std::nullopt;
    };
    if (!url.isValid() || url.host().isEmpty() || !shape.match(url.path()).hasMatch())
        return fail(tr("'%1' is not a classic web service endpoint URL (…/workspaces/{workspace}/webservices/"
                       "{service}/endpoints/{endpoint}).")
                        .arg(url.toString(QUrl::RemoveQuery)));
    if (!RequestFactory::isSafeForSecrets(url))
        return fail(
            tr("The endpoint URL %1 is not https: the API key is only sent over https (or to this computer).")
                .arg(url.toString(QUrl::RemoveQuery)));
    if (apiKey.isEmpty())
        return fail(tr("No API key is set for the endpoint."));
    redaction::registerSecret(apiKey);
    ClassicEndpoint e;
    e.url = url;
    e.url.setQuery(QString());
    e.apiKey = apiKey;
    return e;
}

QString ClassicEndpoint::endpointName() const
{
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    return path.section(u'/', -1);
}

QString ClassicResource::uri() const
{
    return modelUriFromLocation(baseLocation, relativeLocation).toString();
}

std::optional<QList<ClassicResource>> parseClassicResources(const QByteArray &body, Error *error)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    const QJsonValue resources = ci(doc.object(), QStringLiteral("Resources"));
    if (!doc.isObject() || !(resources.isArray() || resources.isUndefined())) {
        if (error)
            *error = Error::parse(
                ClassicEndpoint::tr("the endpoint description is not a JSON object with Resources"));
        return std::nullopt;
    }
    QList<ClassicResource> out;
    for (const QJsonValue &v : resources.toArray()) {
        const QJsonObject r = v.toObject();
        const QJsonObject location = ci(r, QStringLiteral("Location")).toObject();
        out.append({ ci(r, QStringLiteral("Name")).toString(),
            ci(location, QStringLiteral("BaseLocation")).toString(),
            ci(location, QStringLiteral("RelativeLocation")).toString() });
    }
    return out;
}

ClassicEndpointGetJob::ClassicEndpointGetJob(
    QNetworkAccessManager *nam, ClassicEndpoint endpoint, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_endpoint(std::move(endpoint))
{ }

void ClassicEndpointGetJob::start()
{
    QMetaObject::invokeMethod(
        this, [this] { send(); }, Qt::QueuedConnection);
}

void ClassicEndpointGetJob::send()
{
    const QString context = tr("Reading endpoint '%1'").arg(m_endpoint.endpointName());
    m_call.reset(newCall(m_nam.data(), "GET", m_endpoint, {}, m_policy, context));
    connect(m_call.get(), &HttpCall::finished, this,
        [this, context](const HttpResponse &response, const Error &error) {
            m_call.release()->deleteLater();
            if (error) {
                Q_EMIT finished({}, error);
                return;
            }
            Error parseError;
            const auto resources = parseClassicResources(response.body, &parseError);
            Q_EMIT finished(resources.value_or(QList<ClassicResource> {}),
                resources ? Error {} : parseError.withContext(context));
        });
    m_call->start();
}

ClassicEndpointUpdateJob::ClassicEndpointUpdateJob(QNetworkAccessManager *nam, ClassicEndpoint endpoint,
    QString resourceName, QString baseLocation, QString relativeLocation, QString sasBlobToken,
    QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_endpoint(std::move(endpoint))
    , m_resource(std::move(resourceName))
    , m_base(std::move(baseLocation))
    , m_relative(std::move(relativeLocation))
    , m_sas(std::move(sasBlobToken))
{
    redaction::registerSecret(m_sas);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ClassicEndpointUpdateJob::check);
}

void ClassicEndpointUpdateJob::setVerification(
    std::chrono::milliseconds interval, std::chrono::milliseconds timeout)
{
    m_interval = interval;
    m_timeout = timeout;
}

void ClassicEndpointUpdateJob::start()
{
    QMetaObject::invokeMethod(
        this, [this] { send(); }, Qt::QueuedConnection);
}

void ClassicEndpointUpdateJob::send()
{
    const QJsonObject location { { QStringLiteral("BaseLocation"), m_base },
        { QStringLiteral("RelativeLocation"), m_relative }, { QStringLiteral("SasBlobToken"), m_sas } };
    const QJsonObject body { { QStringLiteral("Resources"),
        QJsonArray { QJsonObject {
            { QStringLiteral("Name"), m_resource }, { QStringLiteral("Location"), location } } } } };
    const QString context = tr("Updating endpoint '%1'").arg(m_endpoint.endpointName());
    m_call.reset(newCall(m_nam.data(), "PATCH", m_endpoint,
        QJsonDocument(body).toJson(QJsonDocument::Compact), m_policy, context));
    connect(
        m_call.get(), &HttpCall::finished, this, [this, context](const HttpResponse &, const Error &error) {
            m_call.release()->deleteLater();
            if (error) {
                Error e = error;
                if (e.serviceMessage.contains(QStringLiteral("no updatable resources"), Qt::CaseInsensitive))
                    e.withContext(
                        tr("%1: this is the training web service, which has no trained model to replace; "
                           "update the predictive one")
                            .arg(context));
                finish({}, e);
                return;
            }
            m_clock.start();
            check();
        });
    m_call->start();
}

void ClassicEndpointUpdateJob::check()
{
    m_get = std::make_unique<ClassicEndpointGetJob>(m_nam.data(), m_endpoint);
    m_get->setRetryPolicy(m_policy);
    connect(m_get.get(), &ClassicEndpointGetJob::finished, this,
        [this](const QList<ClassicResource> &resources, const Error &error) {
            m_get.release()->deleteLater();
            if (error) {
                finish(
                    {}, Error(error).withContext(tr("The endpoint was updated but could not be read back")));
                return;
            }
            const QString wanted = modelUriFromLocation(m_base, m_relative).toString();
            QString live;
            for (const ClassicResource &r : resources)
                if (r.name.compare(m_resource, Qt::CaseInsensitive) == 0)
                    live = r.uri();
            if (sameModelUri(live, wanted)) {
                finish(live, {});
                return;
            }
            if (m_clock.elapsed() >= m_timeout.count()) {
                finish(live,
                    Error::input(tr("The endpoint accepted the update, but after %1 s it still uses %2 "
                                    "instead of %3: the change did not take effect.")
                                     .arg(m_clock.elapsed() / 1000)
                                     .arg(live, wanted)));
                return;
            }
            m_timer.start(m_interval);
        });
    m_get->start();
}

void ClassicEndpointUpdateJob::finish(const QString &uri, const Error &error)
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(uri, error);
}

} // namespace mlr::arm
