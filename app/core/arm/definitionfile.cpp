#include "arm/definitionfile.h"

#include "arm/definition.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringDecoder>

#include <list>
#include <map>

namespace mlr::arm {

namespace {

// The ARM schema's member names, as a tree: which members an object has, and what its map
// values or array items are.
struct Shape
{
    std::map<QString, std::pair<QString, const Shape *>> members; // lower-case name -> canonical, shape
    const Shape *mapValues = nullptr; // a map: every value has this shape
    const Shape *arrayItems = nullptr; // an array: every item has this shape
};

struct Schema
{
    std::list<Shape> shapes;

    Shape *make() { return &shapes.emplace_back(); }
    static void add(Shape *s, const char *name, const Shape *child = nullptr)
    {
        const QString canonical = QString::fromLatin1(name);
        s->members[canonical.toLower()] = { canonical, child };
    }
    Shape *mapOf(const Shape *value)
    {
        Shape *s = make();
        s->mapValues = value;
        return s;
    }
    Shape *arrayOf(const Shape *item)
    {
        Shape *s = make();
        s->arrayItems = item;
        return s;
    }
    Shape *object(std::initializer_list<std::pair<const char *, const Shape *>> members)
    {
        Shape *s = make();
        for (const auto &[name, child] : members)
            add(s, name, child);
        return s;
    }

    const Shape *root = nullptr;

    Schema()
    {
        const Shape *blob = object({ { "uri", nullptr }, { "credentials", nullptr } });
        const Shape *parameter = object({ { "value", nullptr }, { "certificateThumbprint", nullptr } });
        const Shape *column = object({ { "type", nullptr }, { "format", nullptr }, { "enum", nullptr },
            { "x-ms-isnullable", nullptr }, { "x-ms-isordered", nullptr } });
        const Shape *table = object({ { "title", nullptr }, { "description", nullptr }, { "type", nullptr },
            { "format", nullptr }, { "properties", mapOf(column) } });
        const Shape *io = object({ { "title", nullptr }, { "description", nullptr }, { "type", nullptr },
            { "properties", mapOf(table) } });
        const Shape *port = object({ { "type", nullptr } });
        const Shape *moduleParameter
            = object({ { "name", nullptr }, { "parameterType", nullptr }, { "modeValuesInfo", nullptr } });
        const Shape *asset = object({ { "name", nullptr }, { "id", nullptr }, { "type", nullptr },
            { "locationInfo", blob }, { "inputPorts", mapOf(port) }, { "outputPorts", mapOf(port) },
            { "metadata", nullptr }, { "parameters", arrayOf(moduleParameter) } });
        const Shape *node = object({ { "assetId", nullptr }, { "inputId", nullptr }, { "outputId", nullptr },
            { "parameters", mapOf(parameter) } });
        const Shape *edge = object({ { "sourceNodeId", nullptr }, { "sourcePortId", nullptr },
            { "targetNodeId", nullptr }, { "targetPortId", nullptr } });
        const Shape *link = object({ { "nodeId", nullptr }, { "parameterKey", nullptr } });
        const Shape *graphParameter
            = object({ { "description", nullptr }, { "type", nullptr }, { "links", arrayOf(link) } });
        const Shape *package = object({ { "nodes", mapOf(node) }, { "edges", arrayOf(edge) },
            { "graphParameters", mapOf(graphParameter) } });
        const Shape *properties = object({ { "title", nullptr }, { "description", nullptr },
            { "createdOn", nullptr }, { "modifiedOn", nullptr }, { "provisioningState", nullptr },
            { "keys", object({ { "primary", nullptr }, { "secondary", nullptr } }) }, { "readOnly", nullptr },
            { "swaggerLocation", nullptr }, { "exposeSampleData", nullptr },
            { "realtimeConfiguration", object({ { "maxConcurrentCalls", nullptr } }) },
            { "diagnostics", object({ { "level", nullptr }, { "expiry", nullptr } }) },
            { "storageAccount", object({ { "name", nullptr }, { "key", nullptr } }) },
            { "machineLearningWorkspace", object({ { "id", nullptr } }) },
            { "commitmentPlan", object({ { "id", nullptr } }) }, { "input", io }, { "output", io },
            { "exampleRequest", object({ { "inputs", nullptr }, { "globalParameters", nullptr } }) },
            { "assets", mapOf(asset) }, { "parameters", mapOf(parameter) },
            { "payloadsInBlobStorage", nullptr }, { "payloadsLocation", blob }, { "packageType", nullptr },
            { "package", package } });
        root = object({ { "id", nullptr }, { "name", nullptr }, { "type", nullptr }, { "location", nullptr },
            { "tags", nullptr }, { "properties", properties } });
    }
};

const Schema &schema()
{
    static const Schema s;
    return s;
}

QJsonValue normalize(const QJsonValue &value, const Shape *shape);

QJsonObject normalizeObject(const QJsonObject &object, const Shape *shape)
{
    QJsonObject out;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.value().isNull() || it.value().isUndefined())
            continue; // NullValueHandling.Ignore
        QString name = it.key();
        const Shape *child = nullptr;
        if (shape && shape->mapValues) {
            child = shape->mapValues;
        } else if (shape) {
            const auto found = shape->members.find(name.toLower());
            if (found != shape->members.end()) {
                // An exact spelling wins over a case-insensitive one when a file has both.
                if (name != found->second.first && object.contains(found->second.first))
                    continue;
                name = found->second.first;
                child = found->second.second;
            }
        }
        out.insert(name, normalize(it.value(), child));
    }
    return out;
}

QJsonValue normalize(const QJsonValue &value, const Shape *shape)
{
    if (value.isObject())
        return shape ? normalizeObject(value.toObject(), shape) : value;
    if (value.isArray() && shape && shape->arrayItems) {
        QJsonArray out;
        for (const QJsonValue &item : value.toArray())
            out.append(normalize(item, shape->arrayItems));
        return out;
    }
    return value;
}

void removePath(QJsonObject &root, const QString &path, QStringList *removed)
{
    const QStringList parts = path.split(u'.');
    if (parts.size() == 1) {
        if (root.contains(path)) {
            root.remove(path);
            if (removed)
                removed->append(path);
        }
        return;
    }
    QJsonObject child = root.value(parts.first()).toObject();
    if (!root.value(parts.first()).isObject())
        return;
    removePath(child, parts.mid(1).join(u'.'), nullptr);
    if (child != root.value(parts.first()).toObject()) {
        root.insert(parts.first(), child);
        if (removed)
            removed->append(path);
    }
}

} // namespace

QStringList readOnlyMembers()
{
    return { QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("type"),
        QStringLiteral("properties.createdOn"), QStringLiteral("properties.modifiedOn"),
        QStringLiteral("properties.provisioningState"), QStringLiteral("properties.swaggerLocation") };
}

QJsonObject normalizeDefinition(const QJsonObject &resource)
{
    return normalizeObject(resource, schema().root);
}

QByteArray exportDefinition(const QJsonObject &resource)
{
    QJsonObject out = normalizeDefinition(resource);
    for (const QString &path : readOnlyMembers())
        removePath(out, path, nullptr);
    removePath(out, QStringLiteral("properties.keys"), nullptr);
    removePath(out, QStringLiteral("properties.storageAccount.key"), nullptr);
    return QJsonDocument(out).toJson(QJsonDocument::Indented);
}

std::pair<int, int> lineAndColumn(const QByteArray &text, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, text.size());
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        if (text.at(i) == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    // Columns count characters, not bytes.
    return { line, int(QString::fromUtf8(text.mid(lineStart, offset - lineStart)).size()) + 1 };
}

} // namespace mlr::arm
