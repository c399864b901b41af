#include "arm/armjobs.h"

#include <QJsonDocument>

namespace mlr::arm {

QString notFoundText(const ArmTarget &target, const QString &name)
{
    return ArmOperation::tr("Web service '%1' was not found in resource group '%2' of subscription %3. Check "
                            "the name and the resource group")
        .arg(name, target.resourceGroup, target.subscriptionId);
}

WebServiceListJob::WebServiceListJob(
    QNetworkAccessManager *nam, TokenProvider *tokens, ArmTarget target, Scope scope, QObject *parent)
    : ArmOperation(nam, tokens, std::move(target), parent)
    , m_scope(scope)
{ }

void WebServiceListJob::begin()
{
    fetch(target().listUrl(m_scope == Scope::ResourceGroup));
}

void WebServiceListJob::fetch(const QUrl &url)
{
    m_seen.append(url);
    const QString context = m_scope == Scope::ResourceGroup
        ? tr("Listing the web services of resource group '%1'").arg(target().resourceGroup)
        : tr("Listing the web services of subscription %1").arg(target().subscriptionId);
    send("GET", url, {}, context, [this, context, url](const HttpResponse &response, const Error &error) {
        if (error) {
            finish(error);
            return;
        }
        Error parseError;
        const auto page = parsePage(response.body, &parseError);
        if (!page) {
            finish(parseError.withContext(context));
            return;
        }
        ++m_pages;
        m_items += page->items;
        if (page->nextLink.isEmpty()) {
            finish({});
            return;
        }
        const QUrl next = url.resolved(page->nextLink); // absolute on ARM; resolved in case it is not
        if (m_seen.contains(next)) {
            finish(
                Error::parse(tr("the service returned the same next page link twice")).withContext(context));
            return;
        }
        fetch(next);
    });
}

void WebServiceListJob::finish(const Error &error)
{
    if (markFinished())
        Q_EMIT finished(m_items, error);
}

// ---------------------------------------------------------------------------------------

WebServiceReadJob::WebServiceReadJob(
    QNetworkAccessManager *nam, TokenProvider *tokens, ArmTarget target, QString name, QObject *parent)
    : ArmOperation(nam, tokens, std::move(target), parent)
    , m_name(std::move(name))
{ }

void WebServiceReadJob::failBeforeStart(const Error &error)
{
    if (markFinished())
        emitFailure(error);
}

void WebServiceReadJob::get(
    const QUrl &url, const QString &context, std::function<void(const QByteArray &body)> onBody)
{
    send("GET", url, {}, context,
        [this, onBody = std::move(onBody)](const HttpResponse &response, const Error &error) {
            if (!markFinished())
                return;
            if (error) {
                Error e = error;
                if (e.isNotFound())
                    e.withContext(notFoundText(target(), m_name));
                emitFailure(e);
                return;
            }
            onBody(response.body);
        });
}

// ---------------------------------------------------------------------------------------

WebServiceGetJob::WebServiceGetJob(
    QNetworkAccessManager *nam, TokenProvider *tokens, ArmTarget target, QString name, QObject *parent)
    : WebServiceReadJob(nam, tokens, std::move(target), std::move(name), parent)
{ }

void WebServiceGetJob::emitFailure(const Error &error)
{
    Q_EMIT finished({}, error);
}

void WebServiceGetJob::begin()
{
    const QString context = tr("Reading web service '%1'").arg(name());
    get(target().webServiceUrl(name()), context, [this, context](const QByteArray &body) {
        const QJsonDocument doc = QJsonDocument::fromJson(body);
        if (!doc.isObject() || !doc.object().value(QStringLiteral("properties")).isObject()) {
            Q_EMIT finished({},
                Error::parse(tr("the web service definition is not a JSON object with properties"))
                    .withContext(context));
            return;
        }
        Q_EMIT finished(doc.object(), {});
    });
}

// ---------------------------------------------------------------------------------------

WebServiceKeysJob::WebServiceKeysJob(
    QNetworkAccessManager *nam, TokenProvider *tokens, ArmTarget target, QString name, QObject *parent)
    : WebServiceReadJob(nam, tokens, std::move(target), std::move(name), parent)
{ }

void WebServiceKeysJob::emitFailure(const Error &error)
{
    Q_EMIT finished({}, error);
}

void WebServiceKeysJob::begin()
{
    const QString context = tr("Reading the keys of web service '%1'").arg(name());
    get(target().listKeysUrl(name()), context, [this, context](const QByteArray &body) {
        Error parseError;
        const auto keys = parseKeys(body, &parseError);
        Q_EMIT finished(keys.value_or(WebServiceKeys {}), keys ? Error {} : parseError.withContext(context));
    });
}

} // namespace mlr::arm
