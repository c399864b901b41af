// importDefinition (definitionfile.h): decoding, JSON syntax errors with line and column, and
// the shape checks with JSON paths.
#include "arm/definition.h"
#include "arm/definitionfile.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringDecoder>

#include <cctype>

namespace mlr::arm {

namespace {

// lupdate files the tr("...") calls of this namespace-level helper under the namespace's
// context ("mlr::arm"), so that is the context to look them up in.
QString tr(const char *text)
{
    return QCoreApplication::translate("mlr::arm", text);
}

// The bytes as UTF-8, from UTF-8 (BOM or not) or UTF-16 (BOM, or the tell-tale zero bytes of
// ASCII text). On failure *where is the offset of the first bad byte.
std::optional<QByteArray> toUtf8(const QByteArray &bytes, qsizetype *where)
{
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        const std::optional<QByteArray> rest = toUtf8(bytes.mid(3), where);
        if (!rest)
            *where += 3;
        return rest;
    }
    std::optional<QStringConverter::Encoding> utf16;
    QByteArray body = bytes;
    if (bytes.startsWith("\xFF\xFE")) {
        utf16 = QStringConverter::Utf16LE;
        body = bytes.mid(2);
    } else if (bytes.startsWith("\xFE\xFF")) {
        utf16 = QStringConverter::Utf16BE;
        body = bytes.mid(2);
    } else if (bytes.size() >= 2 && bytes.at(0) != 0 && bytes.at(1) == 0) {
        utf16 = QStringConverter::Utf16LE;
    } else if (bytes.size() >= 2 && bytes.at(0) == 0 && bytes.at(1) != 0) {
        utf16 = QStringConverter::Utf16BE;
    }
    if (utf16) {
        QStringDecoder decoder(*utf16);
        const QString text = decoder.decode(body);
        if (decoder.hasError()) {
            *where = 0;
            return std::nullopt;
        }
        return text.toUtf8();
    }
    // Decode the whole text first; locate the bad byte only when that fails.
    QStringDecoder decoder(QStringConverter::Utf8);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        qsizetype good = 0;
        QStringDecoder probe(QStringConverter::Utf8);
        for (; good < bytes.size(); ++good) {
            (void)probe.decode(QByteArrayView(bytes).sliced(good, 1));
            if (probe.hasError())
                break;
        }
        *where = good;
        return std::nullopt;
    }
    return bytes;
}

// Shape checks: each failure is the JSON path and what it must be.
struct Checker
{
    QString problem;

    bool expect(const QJsonValue &v, const QString &path, QJsonValue::Type type, bool optional = true)
    {
        if (!problem.isEmpty())
            return false;
        if (v.isUndefined() && optional)
            return true;
        if (v.type() == type)
            return true;
        switch (type) {
        case QJsonValue::Object:
            problem = Definition::tr("%1 must be a JSON object ({...}).").arg(path);
            break;
        case QJsonValue::Array:
            problem = Definition::tr("%1 must be a JSON array ([...]).").arg(path);
            break;
        case QJsonValue::String:
            problem = Definition::tr("%1 must be a string.").arg(path);
            break;
        case QJsonValue::Bool:
            problem = Definition::tr("%1 must be true or false.").arg(path);
            break;
        default:
            problem = Definition::tr("%1 has the wrong type.").arg(path);
            break;
        }
        return false;
    }

    void check(const QJsonObject &root)
    {
        const QJsonObject p = root.value(QStringLiteral("properties")).toObject();
        expect(root.value(QStringLiteral("location")), QStringLiteral("location"), QJsonValue::String);
        expect(root.value(QStringLiteral("tags")), QStringLiteral("tags"), QJsonValue::Object);
        for (const char *name : { "title", "description", "packageType" })
            expect(p.value(QLatin1String(name)), QStringLiteral("properties.") + QLatin1String(name),
                QJsonValue::String);
        for (const char *name : { "readOnly", "exposeSampleData", "payloadsInBlobStorage" })
            expect(p.value(QLatin1String(name)), QStringLiteral("properties.") + QLatin1String(name),
                QJsonValue::Bool);
        for (const char *name :
            { "storageAccount", "machineLearningWorkspace", "input", "output", "parameters", "package",
                "realtimeConfiguration", "diagnostics", "exampleRequest", "assets" })
            expect(p.value(QLatin1String(name)), QStringLiteral("properties.") + QLatin1String(name),
                QJsonValue::Object);
        const QJsonObject assets = p.value(QStringLiteral("assets")).toObject();
        for (auto it = assets.begin(); it != assets.end() && problem.isEmpty(); ++it) {
            const QString path = QStringLiteral("properties.assets.") + it.key();
            if (!expect(it.value(), path, QJsonValue::Object, false))
                break;
            const QJsonObject asset = it.value().toObject();
            expect(asset.value(QStringLiteral("name")), path + QStringLiteral(".name"), QJsonValue::String,
                false);
            expect(asset.value(QStringLiteral("locationInfo")), path + QStringLiteral(".locationInfo"),
                QJsonValue::Object, false);
            expect(asset.value(QStringLiteral("locationInfo")).toObject().value(QStringLiteral("uri")),
                path + QStringLiteral(".locationInfo.uri"), QJsonValue::String, false);
        }
        const QJsonObject package = p.value(QStringLiteral("package")).toObject();
        expect(package.value(QStringLiteral("nodes")), QStringLiteral("properties.package.nodes"),
            QJsonValue::Object);
        expect(package.value(QStringLiteral("edges")), QStringLiteral("properties.package.edges"),
            QJsonValue::Array);
        const QString type = p.value(QStringLiteral("packageType")).toString(QStringLiteral("Graph"));
        if (problem.isEmpty() && type.compare(u"Graph", Qt::CaseInsensitive) != 0)
            problem = Definition::tr("properties.packageType is '%1'; web services are of type 'Graph'.")
                          .arg(type);
    }
};

} // namespace

std::optional<ImportedDefinition> importDefinition(
    const QByteArray &bytes, const QString &fileName, Error *error)
{
    const auto fail = [&](const QString &text) {
        if (error)
            *error = Error::input(
                Definition::tr("The definition file '%1' cannot be used: %2").arg(fileName, text));
        return std::nullopt;
    };
    if (bytes.trimmed().isEmpty())
        return fail(tr("it is empty."));
    qsizetype badByte = 0;
    const std::optional<QByteArray> utf8 = toUtf8(bytes, &badByte);
    if (!utf8) {
        const auto [line, column] = lineAndColumn(bytes, badByte);
        return fail(Definition::tr("it is not UTF-8 or UTF-16 text (line %1, column %2). Save it as UTF-8.")
                        .arg(line)
                        .arg(column));
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(*utf8, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(*utf8, parseError.offset);
        qsizetype last = utf8->size() - 1; // the last byte that is not white space
        while (last > 0 && std::isspace(static_cast<unsigned char>(utf8->at(last))))
            --last;
        const bool atEnd = parseError.offset >= last;
        if (atEnd)
            return fail(
                Definition::tr("it ends before the JSON is complete (line %1, column %2: %3); the file "
                               "looks truncated. Export the definition again.")
                    .arg(line)
                    .arg(column)
                    .arg(parseError.errorString()));
        return fail(Definition::tr("it is not valid JSON: %1 at line %2, column %3.")
                        .arg(parseError.errorString())
                        .arg(line)
                        .arg(column));
    }
    if (!doc.isObject())
        return fail(tr("it must hold one JSON object ({...}) describing a web service."));
    ImportedDefinition imported;
    QJsonObject root = normalizeDefinition(doc.object());
    if (!root.value(QStringLiteral("properties")).isObject())
        return fail(tr("it has no \"properties\" object, so it is not a web service definition."));
    Checker checker;
    checker.check(root);
    if (!checker.problem.isEmpty())
        return fail(checker.problem);
    for (const QString &path : readOnlyMembers()) {
        const QStringList parts = path.split(u'.');
        if (parts.size() == 1 && root.contains(path)) {
            root.remove(path);
            imported.ignored.append(path);
        } else if (parts.size() == 2) {
            QJsonObject p = root.value(parts.at(0)).toObject();
            if (p.contains(parts.at(1))) {
                p.remove(parts.at(1));
                root.insert(parts.at(0), p);
                imported.ignored.append(path);
            }
        }
    }
    QJsonObject p = root.value(QStringLiteral("properties")).toObject();
    if (!p.contains(QStringLiteral("packageType"))) {
        p.insert(QStringLiteral("packageType"), QStringLiteral("Graph")); // the only kind; ARM requires it
        root.insert(QStringLiteral("properties"), p);
    }
    imported.definition = root;
    return imported;
}

} // namespace mlr::arm
