#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace mlr::server {

// The official ARM swagger (resources/arm-webservices-2017-01-01.json, unchanged) used to
// read request bodies the way the resource provider does:
//  - member names are matched case-insensitively and rewritten to the swagger's spelling
//    (PascalCase in, camelCase stored and out; reference §4.1 and pitfall 12);
//  - enum values are matched case-insensitively and rewritten to the swagger's spelling;
//  - types, enums, minimum/maximum and required members are checked; each problem is an
//    Issue with a JSON path ("properties.realtimeConfiguration.maxConcurrentCalls");
//  - read-only members (id, name, type, createdOn, provisioningState, ...) are dropped, and
//    so are nulls (an absent value), so an exported definition can be sent back;
//  - unknown members are kept (the swagger does not forbid them);
//  - the polymorphic `properties` follows its discriminator (packageType "Graph").
// Two documented relaxations of swagger defects (sandbox/README.md): a bare
// {"type":"object"} (no properties) accepts any JSON value, as AutoRest reads it
// (WebServiceParameter.value, exampleRequest cells, column enums); a column `format` of ""
// (the wire form for strings) is accepted and dropped.
class ArmSchema
{
public:
    struct Issue
    {
        QString path;
        QString message;
    };

    static const ArmSchema &instance();

    // Normalises and checks `value` against definitions/<definition>. checkRequired is false
    // for PATCH bodies (partial by nature).
    QJsonValue normalize(
        const QJsonValue &value, const QString &definition, bool checkRequired, QList<Issue> *issues) const;

private:
    ArmSchema();
    QJsonObject resolve(const QJsonObject &schema) const; // follows $ref
    // properties and required of a schema, through allOf.
    void collect(const QJsonObject &schema, QJsonObject *properties, QStringList *required) const;
    QJsonObject subtypeFor(const QString &baseName, const QString &discriminatorValue) const;
    QJsonValue walk(const QJsonValue &value, const QJsonObject &schema, const QString &path,
        bool checkRequired, QList<Issue> *issues) const;

    QJsonObject m_definitions;
};

} // namespace mlr::server
