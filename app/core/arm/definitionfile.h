#pragma once

#include "http/error.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

// Definition files in the form of Export-AzMlWebService / Import-AzMlWebService.
//
// Those cmdlets make no HTTP call: they (de)serialise the SDK's WebService object with
// Newtonsoft.Json (indented, nulls ignored) through a contract resolver that skips the
// properties with private setters. So an exported file has `location`, `tags` and
// `properties` without the read-only members id, name, type, createdOn, modifiedOn,
// provisioningState and swaggerLocation; keys, the storage account key and the commitment
// plan are absent because ARM's GET never returns them. Import reads member names in any case
// (Newtonsoft is case-insensitive) and ignores the read-only members if a file has them.
namespace mlr::arm {

// Members that are never written to an exported file, as JSON paths.
QStringList readOnlyMembers(); // id, name, type, properties.createdOn, ...

// Renames every member whose name matches a member of the ARM schema (WebService,
// WebServiceProperties, assets, package, input/output specifications...) case-insensitively
// to its canonical camelCase spelling ("AssetId" -> "assetId"). Map keys (asset ids, node
// ids, parameter and column names) are data and stay as they are; unknown members are kept.
// Null members are dropped.
QJsonObject normalizeDefinition(const QJsonObject &resource);

// The Export-AzMlWebService form of a resource (a GET answer): read-only members dropped, and
// — never written to a file, whatever the input holds — properties.keys and
// properties.storageAccount.key. Indented UTF-8 JSON without a byte order mark, ending with a
// newline.
QByteArray exportDefinition(const QJsonObject &resource);

struct ImportedDefinition
{
    QJsonObject definition; // normalised; {location?, tags?, properties{...}}
    QStringList ignored; // read-only members found in the file and left out (JSON paths)
};

// Reads a definition file (either side's: this tool's export, Export-AzMlWebService's, or a
// hand-made one): UTF-8 with or without BOM, or UTF-16 with BOM (Windows PowerShell's
// Out-File). Errors are Error::Input naming the file and where: the line and column of a
// JSON syntax error (a file that ends too early says it looks truncated), or the JSON path of
// a member of the wrong shape (e.g. "properties.assets.asset3.locationInfo must be an
// object"). fileName is only used in messages.
std::optional<ImportedDefinition> importDefinition(
    const QByteArray &bytes, const QString &fileName, Error *error);

// The line and column (1-based) of a byte offset in text, for messages.
std::pair<int, int> lineAndColumn(const QByteArray &text, qsizetype offset);

} // namespace mlr::arm
