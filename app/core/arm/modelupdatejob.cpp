#include "arm/modelupdatejob.h"

namespace mlr::arm {

QString serviceStateName(ServiceState state)
{
    switch (state) {
    case ServiceState::Unchanged:
        return QStringLiteral("unchanged");
    case ServiceState::Updated:
        return QStringLiteral("updated");
    case ServiceState::NotApplied:
        return QStringLiteral("not-applied");
    case ServiceState::OperationFailed:
        return QStringLiteral("operation-failed");
    case ServiceState::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

ModelUpdateJob::ModelUpdateJob(QNetworkAccessManager *nam, TokenProvider *tokens, ArmTarget target,
    ModelUpdateRequest request, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_tokens(tokens)
    , m_target(std::move(target))
    , m_request(std::move(request))
{ }

ModelUpdateJob::~ModelUpdateJob() = default;

void ModelUpdateJob::setPollInterval(std::chrono::milliseconds first, std::chrono::milliseconds max)
{
    m_pollFirst = first;
    m_pollMax = max;
}

void ModelUpdateJob::step(Step s, const QString &text)
{
    Q_EMIT stepChanged(s, text);
}

void ModelUpdateJob::start()
{
    if (m_started)
        return;
    m_started = true;
    m_result.serviceName = m_request.serviceName;
    m_result.newUri = m_request.modelUri.toString(QUrl::FullyEncoded);
    m_result.started = QDateTime::currentDateTimeUtc();
    QMetaObject::invokeMethod(
        this,
        [this] {
            step(Step::Reading, tr("Reading web service '%1'").arg(m_request.serviceName));
            auto *get = new WebServiceGetJob(m_nam.data(), m_tokens.data(), m_target, m_request.serviceName);
            m_op.reset(get);
            get->setRetryPolicy(m_policy);
            connect(get, &WebServiceGetJob::finished, this, &ModelUpdateJob::onRead);
            get->start();
        },
        Qt::QueuedConnection);
}

void ModelUpdateJob::onRead(const QJsonObject &service, const Error &error)
{
    m_op.release()->deleteLater();
    if (error) {
        finish(ServiceState::Unchanged, tr("Nothing was changed: the web service could not be read."), error);
        return;
    }
    step(Step::Checking, tr("Checking that '%1' can take the new model").arg(m_request.serviceName));
    m_result.guard = checkModelUpdate(service, m_request.modelUri, m_request.assetId);
    m_result.assetId = m_result.guard.asset.assetId;
    m_result.assetName = m_result.guard.asset.name;
    m_result.oldUri = m_result.guard.asset.uri;
    if (m_result.guard.isAllowed() && (m_request.job || m_request.storage)) {
        ModelSourceRequest source { m_request.job, m_request.pair, m_request.serviceName, service,
            m_request.modelUri, m_result.oldUri, m_request.storage };
        m_source = std::make_unique<ModelSourceCheckJob>(m_nam.data(), m_tokens.data(), m_target, source);
        m_source->setRetryPolicy(m_policy);
        connect(m_source.get(), &ModelSourceCheckJob::finished, this,
            [this, service](const ModelSourceReport &report) { onSourceChecked(service, report); });
        m_source->start();
        return;
    }
    proceed(service);
}

void ModelUpdateJob::onSourceChecked(const QJsonObject &service, const ModelSourceReport &report)
{
    m_source.release()->deleteLater();
    m_result.guard.refusals += report.check.refusals;
    m_result.guard.warnings += report.check.warnings;
    if (report.identical && m_result.guard.isAllowed()) {
        m_result.identical = true;
        Q_EMIT guardChecked(m_result.guard);
        finish(ServiceState::Unchanged,
            tr("The new model is identical to the current one; nothing to update."), {});
        return;
    }
    proceed(service);
}

void ModelUpdateJob::proceed(const QJsonObject &service)
{
    Q_EMIT guardChecked(m_result.guard);
    if (!m_result.guard.isAllowed()) {
        finish(ServiceState::Unchanged, tr("Nothing was changed: the update was refused."),
            Error::input(m_result.guard.refusals.join(u' ')));
        return;
    }
    Error changeError;
    const auto changed = withTrainedModelUri(service, m_result.assetId, m_request.modelUri, &changeError);
    if (!changed) {
        finish(ServiceState::Unchanged, tr("Nothing was changed."), changeError);
        return;
    }
    m_result.diff = diffDefinitions(service, *changed);
    if (m_request.planOnly) {
        finish(ServiceState::Unchanged, tr("Nothing was changed (plan only)."), {});
        return;
    }
    step(Step::BackingUp, tr("Backing up the current definition"));
    Error backupError;
    m_result.backupFile = writeBackup(m_request.backupDirectory, m_request.serviceName, service,
        QDateTime::currentDateTimeUtc(), &backupError);
    if (m_result.backupFile.isEmpty()) {
        finish(ServiceState::Unchanged, tr("Nothing was changed: without a backup the update does not run."),
            backupError);
        return;
    }
    Q_EMIT backedUp(m_result.backupFile);
    patch(*changed);
}

void ModelUpdateJob::patch(const QJsonObject &changed)
{
    step(Step::Patching, tr("Pointing asset '%1' at the new model").arg(m_result.assetName));
    auto *write = new WebServiceWriteJob(m_nam.data(), m_tokens.data(), m_target, m_request.serviceName,
        WebServiceWriteJob::Method::Patch, assetsPatchBody(changed));
    m_op.reset(write);
    write->setRetryPolicy(m_policy);
    write->setPollInterval(m_pollFirst, m_pollMax);
    connect(write, &WebServiceWriteJob::accepted, this,
        [this] { step(Step::Waiting, tr("Waiting for Azure to deploy the change")); });
    connect(write, &WebServiceWriteJob::progress, this, &ModelUpdateJob::operationProgress);
    connect(write, &WebServiceWriteJob::finished, this, &ModelUpdateJob::onPatched);
    write->start();
}

void ModelUpdateJob::onPatched(const OperationResult &result, const Error &error)
{
    m_op.release()->deleteLater();
    m_result.operation = result;
    if (error && error.kind == Error::Kind::Http && error.httpStatus >= 400 && error.httpStatus < 500
        && result.httpStatus == 0) {
        // The write itself was refused (4xx, e.g. CannotChangeStorageAccount): nothing changed.
        finish(ServiceState::Unchanged,
            tr("Nothing was changed: the service refused the change and still uses %1.").arg(m_result.oldUri),
            error);
        return;
    }
    verify(error);
}

void ModelUpdateJob::verify(const Error &operationError)
{
    step(Step::Verifying, tr("Reading the web service back to check the model"));
    auto *get = new WebServiceGetJob(m_nam.data(), m_tokens.data(), m_target, m_request.serviceName);
    m_op.reset(get);
    get->setRetryPolicy(m_policy);
    connect(get, &WebServiceGetJob::finished, this,
        [this, operationError](const QJsonObject &service, const Error &error) {
            m_op.release()->deleteLater();
            const QString backup
                = tr("The backup of the previous definition is %1.").arg(m_result.backupFile);
            if (error) {
                finish(ServiceState::Unknown,
                    tr("The change may or may not have been applied, and the service could not be read back: "
                       "check it "
                       "before anything else. %1")
                        .arg(backup),
                    operationError ? operationError : error);
                return;
            }
            QString live;
            for (const TrainedModelAsset &m : trainedModelAssets(service))
                if (m.assetId == m_result.assetId)
                    live = m.uri;
            m_result.verifiedUri = live;
            const bool isNew = sameModelUri(live, m_result.newUri);
            const QString state = service.value(QStringLiteral("properties"))
                                      .toObject()
                                      .value(QStringLiteral("provisioningState"))
                                      .toString();
            if (operationError) {
                const bool failedOperation
                    = !m_result.operation.final.status.isEmpty() && m_result.operation.final.isTerminal();
                if (!failedOperation && !isNew && !operationError.isCancelled()
                    && m_result.operation.httpStatus == 0 && sameModelUri(live, m_result.oldUri)) {
                    finish(ServiceState::Unchanged,
                        tr("The service still uses %1 (nothing was applied). %2").arg(live, backup),
                        operationError);
                    return;
                }
                finish(failedOperation ? ServiceState::OperationFailed : ServiceState::Unknown,
                    isNew ? tr(
                        "The definition names the new model, but the update did not complete (state %1): the "
                        "service may still serve the previous model. Roll back or try again. %2")
                                .arg(state, backup)
                          : tr("The update did not complete and the service names %1 (state %2). %3")
                                .arg(live, state, backup),
                    operationError);
                return;
            }
            if (!isNew) {
                Error e = Error::input(
                    tr("The update reported success, but the service still uses %1 instead of %2: "
                       "the change did not take effect.")
                        .arg(live, m_result.newUri));
                finish(ServiceState::NotApplied,
                    tr("The service was not changed (success without effect). %1").arg(backup),
                    e.withContext(tr("Verifying web service '%1'").arg(m_request.serviceName)));
                return;
            }
            finish(ServiceState::Updated,
                tr("'%1' now uses %2 (state %3). %4").arg(m_request.serviceName, live, state, backup), {});
        });
    get->start();
}

void ModelUpdateJob::finish(ServiceState state, const QString &text, const Error &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_result.state = state;
    m_result.stateText = text;
    m_result.ended = QDateTime::currentDateTimeUtc();
    step(Step::Done, text);
    Q_EMIT finished(m_result, error);
}

} // namespace mlr::arm
