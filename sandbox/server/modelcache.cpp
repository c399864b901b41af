#include "server/modelcache.h"

#include "engine/ilearner.h"
#include "server/blobio.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace mlr::server {

ModelCache::ModelCache(Context *context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{ }

void ModelCache::fetch(const QList<Asset> &assets, const QList<StorageAccount> &fallbacks, Done done)
{
    if (assets.isEmpty())
        return done({}, {});
    struct Pending
    {
        Models models;
        QString error;
        qsizetype remaining = 0;
    };
    auto pending = std::make_shared<Pending>();
    pending->remaining = assets.size();
    for (const Asset &asset : assets) {
        fetchOne(asset, fallbacks, [pending, done, uri = asset.uri](EntryPtr entry, const QString &error) {
            if (entry)
                pending->models.insert(uri, entry);
            else if (pending->error.isEmpty())
                pending->error = error;
            if (--pending->remaining == 0)
                done(pending->models, pending->error);
        });
    }
}

void ModelCache::fetchOne(
    const Asset &asset, const QList<StorageAccount> &fallbacks, std::function<void(EntryPtr, QString)> done)
{
    const auto resolved = resolveAssetUri(asset.uri, asset.credentials, fallbacks);
    if (const auto *problem = std::get_if<ReferenceError>(&resolved))
        return done(nullptr, problem->message);
    const BlobLocation blob = std::get<BlobLocation>(resolved);
    QNetworkAccessManager *nam = m_context->nam;
    const QString uri = asset.uri;
    const auto describe = [uri](const Error &error) {
        if (error.httpStatus == 404)
            return u"The trained model blob '%1' does not exist."_s.arg(uri);
        return u"The trained model blob '%1' cannot be read: %2"_s.arg(uri, error.message());
    };
    blobio::head(nam, blob, this, [=, this](const blobio::Properties &properties, const Error &error) {
        if (error)
            return done(nullptr, describe(error));
        if (const auto it = m_entries.constFind(uri);
            it != m_entries.cend() && (*it)->etag == properties.etag)
            return done(*it, {});
        blobio::get(nam, blob, this,
            [=, this](const QByteArray &data, const blobio::Properties &got, const Error &getError) {
                if (getError)
                    return done(nullptr, describe(getError));
                using Loaded = std::shared_ptr<const studio::Result<studio::TrainedModel>>;
                auto *watcher = new QFutureWatcher<Loaded>(this);
                connect(watcher, &QFutureWatcherBase::finished, this, [=, this]() {
                    watcher->deleteLater();
                    const studio::Result<studio::TrainedModel> &loaded = *watcher->result();
                    if (!loaded.ok())
                        return done(nullptr,
                            u"The trained model blob '%1' is not a valid .ilearner: %2"_s.arg(
                                uri, loaded.error().text()));
                    auto entry = std::make_shared<Entry>();
                    entry->uri = uri;
                    entry->etag = got.etag;
                    entry->model = std::make_shared<const studio::TrainedModel>(loaded.value());
                    m_entries.insert(uri, entry);
                    done(entry, {});
                });
                watcher->setFuture(QtConcurrent::run(m_context->pool, [data]() {
                    return Loaded(std::make_shared<const studio::Result<studio::TrainedModel>>(
                        studio::loadIlearner(data)));
                }));
            });
    });
}

} // namespace mlr::server
