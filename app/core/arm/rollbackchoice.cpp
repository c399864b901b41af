#include "arm/rollbackchoice.h"

#include "arm/armjobs.h"
#include "arm/modelupdate.h"

#include <QFileInfo>
#include <QTimer>

namespace mlr::arm {

QString rollbackSkipReason(
    const QString &uri, const Error &readError, const QString &currentUri, const ModelSourceReport &report)
{
    if (readError || uri.isEmpty())
        return readError ? readError.message() : ModelSource::tr("it names no trained model.");
    if (!currentUri.isEmpty() && sameModelUri(uri, currentUri))
        return ModelSource::tr("it names the model the service uses now.");
    if (report.model.presence == BlobFacts::Presence::Missing)
        return ModelSource::tr("its model %1 does not exist.").arg(uri);
    if (report.identical)
        return ModelSource::tr("its model has the same bytes as the model the service uses now.");
    return {};
}

RollbackChoiceJob::RollbackChoiceJob(QNetworkAccessManager *nam, TokenProvider *tokens, ArmTarget target,
    QString serviceName, QString assetId, QString backupDirectory, std::optional<StorageAccount> storage,
    QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_tokens(tokens)
    , m_target(std::move(target))
    , m_serviceName(std::move(serviceName))
    , m_assetId(std::move(assetId))
    , m_directory(std::move(backupDirectory))
    , m_storage(std::move(storage))
{ }

RollbackChoiceJob::~RollbackChoiceJob() = default;

void RollbackChoiceJob::start()
{
    if (m_started)
        return;
    m_started = true;
    m_backups = listBackups(m_directory, m_serviceName);
    if (m_backups.isEmpty()) {
        QTimer::singleShot(0, this, [this] {
            finish(Error::input(ModelSource::tr("No backup of %1 in %2.").arg(m_serviceName, m_directory)));
        });
        return;
    }
    m_get = std::make_unique<WebServiceGetJob>(m_nam.data(), m_tokens.data(), m_target, m_serviceName);
    m_get->setRetryPolicy(m_policy);
    connect(m_get.get(), &WebServiceGetJob::finished, this,
        [this](const QJsonObject &service, const Error &error) {
            m_get.release()->deleteLater();
            if (error)
                return finish(error);
            m_service = service;
            for (const TrainedModelAsset &m : trainedModelAssets(service))
                if (m.assetId == m_assetId || m_assetId.isEmpty())
                    m_currentUri = m.uri;
            next();
        });
    m_get->start();
}

void RollbackChoiceJob::next()
{
    if (m_index >= m_backups.size()) {
        return finish(Error::input(ModelSource::tr("No backup of %1 is a way back: %2")
                                       .arg(m_serviceName, m_choice.skipped.join(QStringLiteral(" ")))));
    }
    const QString file = m_backups.at(m_index++);
    Error readError;
    const QString uri = backupModelUri(file, m_assetId, &readError);
    const auto judge = [this, file, uri, readError](const ModelSourceReport &report) {
        const QString why = rollbackSkipReason(uri, readError, m_currentUri, report);
        if (why.isEmpty()) {
            m_choice.file = file;
            m_choice.uri = uri;
            return finish({});
        }
        m_choice.skipped.append(ModelSource::tr("%1: %2").arg(QFileInfo(file).fileName(), why));
        next();
    };
    if (readError || uri.isEmpty() || sameModelUri(uri, m_currentUri) || !m_storage) {
        QTimer::singleShot(0, this, [judge] { judge(ModelSourceReport()); });
        return;
    }
    ModelSourceRequest request;
    request.predictiveName = m_serviceName;
    request.predictive = m_service;
    request.newUri = QUrl(uri);
    request.currentUri = m_currentUri;
    request.storage = m_storage;
    m_check = std::make_unique<ModelSourceCheckJob>(m_nam.data(), m_tokens.data(), m_target, request);
    m_check->setRetryPolicy(m_policy);
    connect(
        m_check.get(), &ModelSourceCheckJob::finished, this, [this, judge](const ModelSourceReport &report) {
            m_check.release()->deleteLater();
            judge(report);
        });
    m_check->start();
}

void RollbackChoiceJob::finish(const Error &error)
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(m_choice, error);
}

} // namespace mlr::arm
