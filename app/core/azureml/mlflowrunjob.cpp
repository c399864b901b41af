#include "azureml/mlflowrunjob.h"

#include "azureml/jobmetrics.h"
#include "http/redaction.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace mlr::azureml {

namespace {

// The workspace's ARM target with the tracking host in place of the ARM host: the one host
// the token may go to. An unusable tracking URI keeps the ARM host (begin() then refuses it).
arm::ArmTarget trackingTarget(const WorkspaceTarget &workspace, const QString &trackingUri)
{
    arm::ArmTarget target = workspace.arm;
    const QUrl url = mlflowRunsGetUrl(trackingUri, QStringLiteral("-"));
    if (url.isValid()) {
        QUrl host;
        host.setScheme(url.scheme());
        host.setHost(url.host());
        host.setPort(url.port(-1));
        target.armUrl = host;
    }
    return target;
}

} // namespace

MlflowRunJob::MlflowRunJob(QNetworkAccessManager *nam, arm::TokenProvider *tokens,
    const WorkspaceTarget &workspace, QString trackingUri, QString runId, QObject *parent)
    : ArmOperation(nam, tokens, trackingTarget(workspace, trackingUri), parent)
    , m_trackingUri(std::move(trackingUri))
    , m_runId(std::move(runId))
{ }

void MlflowRunJob::begin()
{
    const QUrl url = mlflowRunsGetUrl(m_trackingUri, m_runId);
    const QString what = tr("Reading the metrics job %1 logged to MLflow").arg(m_runId);
    if (!url.isValid()) {
        finish({},
            Error::input(
                tr("The workspace's MLflow tracking URI \"%1\" is not an azureml:// or https:// URI.")
                    .arg(m_trackingUri))
                .withContext(what));
        return;
    }
    send("GET", url, {}, what, [this](const HttpResponse &response, const Error &error) {
        Error e = error;
        // MLflow's own error body: {"error_code": "RESOURCE_DOES_NOT_EXIST", "message": "..."}.
        const QJsonObject body = QJsonDocument::fromJson(response.body).object();
        if (e.kind == Error::Kind::Http && e.serviceCode.isEmpty()) {
            e.serviceCode = redaction::redact(body.value(QStringLiteral("error_code")).toString());
            e.serviceMessage = redaction::redact(
                body.value(QStringLiteral("message")).toString().section(u'\n', 0, 0).trimmed());
        }
        finish(response.body, e);
    });
}

void MlflowRunJob::finish(const QByteArray &answer, const Error &error)
{
    if (markFinished())
        Q_EMIT finished(error ? QByteArray() : answer, error);
}

} // namespace mlr::azureml
