#include "azureml/amlmodels.h"

#include "azureml/amluris.h"
#include "engine/ilearner.h"
#include "server/blobio.h"

#include <QFutureWatcher>
#include <QRegularExpression>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace mlr::server {

namespace {

QString cacheKeyOf(const AmlWorkspace &workspace, const AmlAssetVersion &version)
{
    return version.key() + u'|' + workspace.workspaceId;
}

} // namespace

AmlModels::AmlModels(AmlSupport *support, QObject *parent)
    : QObject(parent)
    , m_support(support)
{ }

AmlModels::ModelPtr AmlModels::cached(const AmlWorkspace &workspace, const QString &modelId) const
{
    const AmlAssetVersion *version = findModelVersion(m_support->state(), workspace, modelId);
    return version ? m_models.value(cacheKeyOf(workspace, *version)) : nullptr;
}

void AmlModels::load(const AmlWorkspace &workspace, const QString &modelId, Done done)
{
    const AmlAssetVersion *version = findModelVersion(m_support->state(), workspace, modelId);
    if (!version)
        return done(nullptr, u"ModelRegistryError"_s,
            u"Could not find asset with ID: %1 (register it with PUT models/{name}/versions/{version})."_s
                .arg(modelId));
    const QString key = cacheKeyOf(workspace, *version);
    if (ModelPtr model = m_models.value(key))
        return done(model, {}, {});
    const StorageAccount account = m_support->context()->storage.value_or(StorageAccount {});
    const QString uri = version->properties.value(u"modelUri"_s).toString();
    auto resolved = resolveAmlUri(m_support->state(), workspace, account, uri);
    if (const auto *error = std::get_if<UriError>(&resolved))
        return done(nullptr, u"ModelRegistryError"_s, error->message);
    BlobLocation location = std::get<BlobLocation>(resolved);
    if (location.blob.endsWith(u".ilearner"_s, Qt::CaseInsensitive))
        return loadFile(key, location, std::move(done));
    BlobLocation mlmodel = location;
    if (!mlmodel.blob.endsWith(u'/'))
        mlmodel.blob += u'/';
    const QString folder = mlmodel.blob;
    mlmodel.blob += u"MLmodel"_s;
    blobio::get(m_support->context()->nam, mlmodel, this,
        [this, key, location, folder, uri, done](
            const QByteArray &data, const blobio::Properties &, const Error &error) {
            if (error)
                return done(nullptr, u"ResourceNotReady"_s,
                    u"The model files at '%1' cannot be read: %2"_s.arg(uri, error.message()));
            static const QRegularExpression fileLine(
                u"^\\s*model_file:\\s*(\\S+)\\s*$"_s, QRegularExpression::MultilineOption);
            const auto m = fileLine.match(QString::fromUtf8(data));
            if (!m.hasMatch())
                return done(nullptr, u"ResourceNotReady"_s,
                    u"The MLmodel file at '%1' has no mlstudio flavor (no model_file line): this sandbox "
                    u"serves "
                    u"the models its jobs write."_s.arg(uri));
            BlobLocation file = location;
            file.blob = folder + m.captured(1);
            loadFile(key, file, done);
        });
}

void AmlModels::loadFile(const QString &cacheKey, const BlobLocation &blob, Done done)
{
    blobio::get(m_support->context()->nam, blob, this,
        [this, cacheKey, blob, done](const QByteArray &data, const blobio::Properties &, const Error &error) {
            if (error)
                return done(nullptr, u"ResourceNotReady"_s,
                    u"The model file '%1' cannot be read: %2"_s.arg(
                        blob.relativeLocation(), error.message()));
            using Loaded = std::shared_ptr<const studio::Result<studio::TrainedModel>>;
            auto *watcher = new QFutureWatcher<Loaded>(this);
            connect(
                watcher, &QFutureWatcher<Loaded>::finished, this, [this, watcher, cacheKey, blob, done]() {
                    watcher->deleteLater();
                    const studio::Result<studio::TrainedModel> &loaded = *watcher->result();
                    if (!loaded.ok())
                        return done(nullptr, u"ResourceNotReady"_s,
                            u"The model file '%1' is not a valid .ilearner: %2"_s.arg(
                                blob.relativeLocation(), loaded.error().text()));
                    auto model = std::make_shared<const studio::TrainedModel>(loaded.value());
                    m_models.insert(cacheKey, model);
                    done(model, {}, {});
                });
            watcher->setFuture(QtConcurrent::run(m_support->context()->pool, [data]() {
                return Loaded(
                    std::make_shared<const studio::Result<studio::TrainedModel>>(studio::loadIlearner(data)));
            }));
        });
}

} // namespace mlr::server
