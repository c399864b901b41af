#include "arm/sandboxtemplate.h"

#include "http/redaction.h"
#include "http/requestfactory.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>

namespace mlr::arm {

SandboxServicePairJob::SandboxServicePairJob(QNetworkAccessManager *nam, Request request, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_request(std::move(request))
{ }

void SandboxServicePairJob::start()
{
    QMetaObject::invokeMethod(
        this, [this] { send(); }, Qt::QueuedConnection);
}

void SandboxServicePairJob::send()
{
    const QString context = tr("Creating the service pair '%1' in mlstudio-local").arg(m_request.name);
    const QString host = m_request.server.host();
    const QHostAddress address(host);
    if (host != u"localhost" && (address.isNull() || !address.isLoopback())) {
        Q_EMIT finished({},
            Error::input(tr("Service pairs from templates exist only in mlstudio-local on this "
                            "computer; %1 is not.")
                             .arg(m_request.server.toString()))
                .withContext(context));
        return;
    }
    if (m_request.name.isEmpty() || m_request.labelColumn.isEmpty() || m_request.csv.isEmpty()) {
        Q_EMIT finished(
            {}, Error::input(tr("A name, a label column and a CSV are needed.")).withContext(context));
        return;
    }
    QUrl url = m_request.server;
    url.setPath(QStringLiteral("/admin/services/from-template"));
    url.setQuery(QString());
    QJsonObject body { { QStringLiteral("template"), m_request.templateName },
        { QStringLiteral("label"), m_request.labelColumn }, { QStringLiteral("name"), m_request.name },
        { QStringLiteral("csv"), QString::fromUtf8(m_request.csv) } };
    if (!m_request.learner.isEmpty())
        body.insert(QStringLiteral("learner"), m_request.learner);
    if (!m_request.integerColumns.isEmpty())
        body.insert(QStringLiteral("integerColumns"), QJsonArray::fromStringList(m_request.integerColumns));
    // The server trains the first model before answering: no idle timeout shorter than that.
    const RequestFactory factory(std::chrono::minutes(10));
    m_call = std::make_unique<HttpCall>(m_nam.data(), "POST", [factory, url](int) {
        QNetworkRequest request = factory.make(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        return request;
    });
    m_call->setBody(QJsonDocument(body).toJson(QJsonDocument::Compact));
    m_call->setRetryPolicy(RetryPolicy::none()); // creating twice is not harmless
    m_call->setContext(context);
    connect(m_call.get(), &HttpCall::finished, this,
        [this, context](const HttpResponse &response, const Error &error) {
            m_call.release()->deleteLater();
            if (error) {
                Q_EMIT finished({}, error);
                return;
            }
            const QJsonObject description = QJsonDocument::fromJson(response.body).object();
            for (const char *role : { "trainingService", "predictiveService" })
                redaction::registerSecret(description.value(QLatin1String(role))
                                              .toObject()
                                              .value(QStringLiteral("apiKey"))
                                              .toString());
            if (description.value(QStringLiteral("predictiveService"))
                    .toObject()
                    .value(QStringLiteral("name"))
                    .toString()
                    .isEmpty()) {
                Q_EMIT finished({},
                    Error::parse(tr("the server's answer does not describe the pair")).withContext(context));
                return;
            }
            Q_EMIT finished(description, {});
        });
    m_call->start();
}

} // namespace mlr::arm
