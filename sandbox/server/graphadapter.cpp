#include "server/graphadapter.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace mlr::server {

std::variant<GraphPtr, studio::GraphError> serviceGraph(const QJsonObject &properties)
{
    static QHash<QByteArray, GraphPtr> cache;
    const QByteArray key = QCryptographicHash::hash(
        QJsonDocument(properties).toJson(QJsonDocument::Compact), QCryptographicHash::Sha1);
    if (const auto it = cache.constFind(key); it != cache.cend())
        return *it;
    auto parsed = studio::parseServiceGraph(properties);
    if (auto *error = std::get_if<studio::GraphError>(&parsed))
        return *error;
    GraphPtr graph
        = std::make_shared<const studio::ServiceGraph>(std::get<studio::ServiceGraph>(std::move(parsed)));
    if (cache.size() > 64)
        cache.clear();
    cache.insert(key, graph);
    return graph;
}

QString describeGraphError(const studio::GraphError &error)
{
    return error.message;
}

} // namespace mlr::server
