#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

// A readable difference of two web service definitions. Pure functions.
namespace mlr::arm {

struct DefinitionChange
{
    enum class Kind
    {
        Added,
        Removed,
        Changed
    };
    Kind kind = Kind::Changed;
    QString path; // JSON path, e.g. "properties.assets.asset3.locationInfo.uri", "...edges[2]"
    QString before; // compact JSON text of the old value (empty when Added); secrets masked
    QString after; // compact JSON text of the new value (empty when Removed); secrets masked

    friend bool operator==(const DefinitionChange &, const DefinitionChange &) = default;
};

// Every leaf that differs, depth first in key order (arrays by index). Values are masked
// ("***") where they are secrets: keys.primary/secondary, storageAccount.key,
// locationInfo.credentials, payloadsLocation.credentials, parameter values that carry a
// certificateThumbprint (encrypted), and anything redaction::redact() recognises (sig=...).
// Read-only members (createdOn, modifiedOn, provisioningState, swaggerLocation, id, name,
// type) are skipped unless includeReadOnly.
QList<DefinitionChange> diffDefinitions(
    const QJsonObject &before, const QJsonObject &after, bool includeReadOnly = false);

// One line per change: "~ path: old → new", "+ path: new", "- path: old"; "(no changes)"
// when the list is empty.
QString formatDiff(const QList<DefinitionChange> &changes);

} // namespace mlr::arm
