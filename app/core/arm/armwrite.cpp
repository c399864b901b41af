#include "arm/armwrite.h"

#include "arm/armjobs.h"

#include <QJsonDocument>

namespace mlr::arm {

QString explainWriteError(const QString &code)
{
    if (code == u"CannotChangeStorageAccount")
        return ArmOperation::tr("the definition names another storage account than the service's; a web "
                                "service's storage account cannot be changed (was the file exported from "
                                "another service?)");
    if (code == u"WebServiceIsReadOnly")
        return ArmOperation::tr("the web service is read-only: it can no longer be updated, only deleted");
    if (code == u"AnotherOperationInProgress")
        return ArmOperation::tr("another operation on this web service is still running; try again when it "
                                "has finished");
    if (code == u"CommitmentPlanRequired")
        return ArmOperation::tr("creating or replacing a service needs properties.commitmentPlan.id, which "
                                "exported definitions do not carry");
    if (code == u"CannotChangeCommitmentPlan")
        return ArmOperation::tr("the commitment plan of a web service cannot be changed");
    if (code == u"LocationRequired" || code == u"InvalidResourceLocation")
        return ArmOperation::tr("the definition's location is missing or differs from the service's");
    return {};
}

WebServiceWriteJob::WebServiceWriteJob(QNetworkAccessManager *nam, TokenProvider *tokens, ArmTarget target,
    QString name, Method method, QJsonObject body, QObject *parent)
    : ArmOperation(nam, tokens, std::move(target), parent)
    , m_name(std::move(name))
    , m_method(method)
    , m_body(std::move(body))
    , m_follower([this](const QUrl &url, const QString &context, LroFollower::Done done) {
        send("GET", url, {}, context, std::move(done));
    })
{
    m_follower.setContext(operationContext());
    connect(&m_follower, &LroFollower::progress, this, &WebServiceWriteJob::progress);
    connect(&m_follower, &LroFollower::finished, this, &WebServiceWriteJob::onFollowed);
    connect(this, &ArmOperation::retrying, this, [this] { ++m_retries; });
}

void WebServiceWriteJob::setPollInterval(std::chrono::milliseconds first, std::chrono::milliseconds max)
{
    m_follower.setPollInterval(first, max);
}

QString WebServiceWriteJob::verbText() const
{
    return m_method == Method::Put ? tr("Creating or replacing web service '%1'").arg(m_name)
                                   : tr("Updating web service '%1'").arg(m_name);
}

QString WebServiceWriteJob::operationContext() const
{
    return tr("Waiting for the operation on web service '%1'").arg(m_name);
}

void WebServiceWriteJob::begin()
{
    if (m_method == Method::Patch || m_allowOverwrite) {
        write();
        return;
    }
    const QString context = tr("Checking whether web service '%1' exists").arg(m_name);
    send(
        "GET", target().webServiceUrl(m_name), {}, context, [this](const HttpResponse &, const Error &error) {
            if (!error) {
                finish(Error::input(
                    tr("Web service '%1' already exists in resource group '%2'; it was not replaced. "
                       "Choose another name, or allow overwriting it.")
                        .arg(m_name, target().resourceGroup)));
                return;
            }
            if (!error.isNotFound()) {
                finish(error);
                return;
            }
            write();
        });
}

void WebServiceWriteJob::write()
{
    const QByteArray verb = m_method == Method::Put ? QByteArray("PUT") : QByteArray("PATCH");
    send(verb, target().webServiceUrl(m_name), QJsonDocument(m_body).toJson(QJsonDocument::Compact),
        verbText(), [this](const HttpResponse &response, const Error &error) { onWritten(response, error); });
}

void WebServiceWriteJob::onWritten(const HttpResponse &response, const Error &error)
{
    const QUrl resourceUrl = target().webServiceUrl(m_name);
    if (error) {
        if (error.serviceCode == u"AnotherOperationInProgress" && m_retries > 0 && m_wait) {
            // An earlier attempt reached the service and its answer was lost: follow the resource.
            m_result.followedResource = true;
            Q_EMIT accepted({});
            m_follower.follow(LroPlan { LroVia::Resource, resourceUrl, {}, {} });
            return;
        }
        Error e = error;
        if (e.isNotFound() && m_method == Method::Patch)
            e.withContext(notFoundText(target(), m_name));
        else if (const QString why = explainWriteError(e.serviceCode); !why.isEmpty())
            e.withContext(tr("%1: %2").arg(verbText(), why));
        finish(e);
        return;
    }
    m_result.httpStatus = response.status;
    m_result.created = response.status == 201;
    m_result.answer = QJsonDocument::fromJson(response.body).object();
    const LroPlan plan = LroFollower::plan(response, resourceUrl);
    if (plan.via == LroVia::AsyncOperation)
        m_result.operationUrl = plan.url;
    else
        m_result.followedResource = true;
    Q_EMIT accepted(m_result.operationUrl);
    m_result.final.status = plan.state;
    if (!m_wait || plan.via == LroVia::None) {
        finish({}); // not waiting, or synchronous: nothing to follow
        return;
    }
    if (plan.error) {
        Error e = plan.error;
        finish(e.withContext(verbText()));
        return;
    }
    m_follower.follow(plan, response.header("Retry-After"));
}

void WebServiceWriteJob::onFollowed(const LroOutcome &outcome, const Error &error)
{
    m_result.final = outcome.status;
    if (outcome.timedOut) {
        Error e
            = Error::input(tr("The operation was still '%1' after %2 s; its outcome is unknown. Check the "
                              "web service's state later.")
                               .arg(outcome.status.status)
                               .arg(outcome.elapsedMs / 1000));
        finish(e.withContext(operationContext()));
        return;
    }
    finish(error);
}

void WebServiceWriteJob::finish(const Error &error)
{
    if (markFinished())
        Q_EMIT finished(m_result, error);
}

} // namespace mlr::arm
