#include "azureml/amlwrite.h"

#include <QJsonDocument>

namespace mlr::azureml {

WorkspaceWriteJob::WorkspaceWriteJob(QNetworkAccessManager *nam, arm::TokenProvider *tokens,
    WorkspaceTarget target, QByteArray verb, QString path, QJsonObject body, QString what, QObject *parent)
    : ArmOperation(nam, tokens, target.arm, parent)
    , m_workspace(std::move(target))
    , m_verb(std::move(verb))
    , m_path(std::move(path))
    , m_body(std::move(body))
    , m_what(std::move(what))
    , m_follower([this](const QUrl &url, const QString &context, arm::LroFollower::Done done) {
        send("GET", url, {}, context, std::move(done));
    })
{
    connect(&m_follower, &arm::LroFollower::progress, this, &WorkspaceWriteJob::progress);
    connect(&m_follower, &arm::LroFollower::finished, this, &WorkspaceWriteJob::onFollowed);
    m_follower.setContext(tr("Waiting for: %1").arg(m_what));
}

void WorkspaceWriteJob::setPollInterval(std::chrono::milliseconds first, std::chrono::milliseconds max)
{
    m_follower.setPollInterval(first, max);
}

void WorkspaceWriteJob::setTimeout(std::chrono::milliseconds timeout)
{
    m_follower.setTimeout(timeout);
}

void WorkspaceWriteJob::begin()
{
    if (const Error error = m_workspace.validate()) {
        finish(error);
        return;
    }
    const QByteArray body
        = m_verb == "DELETE" ? QByteArray() : QJsonDocument(m_body).toJson(QJsonDocument::Compact);
    send(m_verb, m_workspace.url(m_path), body, m_what,
        [this](const HttpResponse &response, const Error &error) { onWritten(response, error); });
}

void WorkspaceWriteJob::onWritten(const HttpResponse &response, const Error &error)
{
    if (error) {
        finish(error);
        return;
    }
    m_result.httpStatus = response.status;
    m_result.answer = QJsonDocument::fromJson(response.body).object();
    Q_EMIT accepted(response.status);
    // A PUT is read back at its own URL once its operation succeeded (as SDK 2.1.1 does).
    if (m_verb == "PUT")
        m_follower.setFinalGetUrl(m_workspace.url(m_path));
    m_follower.follow(response); // finishes (later) also when there is nothing to follow
}

void WorkspaceWriteJob::onFollowed(const arm::LroOutcome &outcome, const Error &error)
{
    m_result.operation = outcome;
    if (!outcome.body.isEmpty())
        m_result.resource = QJsonDocument::fromJson(outcome.body).object();
    else if (outcome.via == arm::LroVia::None)
        m_result.resource = m_result.answer;
    finish(error);
}

void WorkspaceWriteJob::finish(const Error &error)
{
    if (markFinished())
        Q_EMIT finished(m_result, error);
}

} // namespace mlr::azureml
