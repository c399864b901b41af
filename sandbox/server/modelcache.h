#pragma once

#include "engine/model.h"
#include "server/blobref.h"
#include "server/context.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <memory>

namespace mlr::server {

// The .ilearner blobs that [trained model] assets point at, cached by uri and ETag: each
// use checks the blob's ETag (HEAD) and downloads and loads it again only when it changed,
// so overwriting the blob or pointing the asset elsewhere (ARM PATCH) changes predictions.
// Loading (checksum, JSON, XGBoost) runs on the worker pool. Main thread only.
class ModelCache : public QObject
{
    Q_OBJECT

public:
    struct Asset
    {
        QString uri;
        QString credentials; // locationInfo.credentials
    };
    struct Entry
    {
        QString uri;
        QByteArray etag;
        std::shared_ptr<const studio::TrainedModel> model;
    };
    using EntryPtr = std::shared_ptr<const Entry>;
    using Models = QHash<QString, EntryPtr>; // by uri
    // error is empty on success; otherwise one sentence naming the uri.
    using Done = std::function<void(const Models &models, const QString &error)>;

    explicit ModelCache(Context *context, QObject *parent = nullptr);

    // Fetches every asset; `fallbacks` are the storage accounts whose key may read them
    // (resolveAssetUri). done() runs once, on the main thread.
    void fetch(const QList<Asset> &assets, const QList<StorageAccount> &fallbacks, Done done);

private:
    void fetchOne(const Asset &asset, const QList<StorageAccount> &fallbacks,
        std::function<void(EntryPtr, QString)> done);

    Context *m_context;
    QHash<QString, EntryPtr> m_entries;
};

} // namespace mlr::server
