#pragma once

#include <QDateTime>
#include <QString>

namespace mlr {

struct StorageAccount;

// The signed version (sv) of every SAS minted here. It selects the string-to-sign layout
// (2020-12-06 and later: 16 fields for a service SAS, a trailing "ses" line for an account SAS).
inline constexpr QStringView sasVersion = u"2022-11-02";

// Permissions of a service SAS. toString() emits the letters in the canonical order the
// service requires (subsets of blob "racwdxtmeiy" and container "racwdxltmeiyf").
struct SasPermissions
{
    bool read = false;
    bool add = false;
    bool create = false;
    bool write = false;
    bool del = false;
    bool list = false; // container SAS only; ignored for a blob SAS
    bool deleteVersion = false; // x
    bool tags = false; // t
    bool filter = false; // f, container SAS only

    QString toString(bool container) const;
    static SasPermissions readOnly(); // r
    static SasPermissions createWrite(); // cw
    static SasPermissions readList(); // rl (container)
};

// A service SAS token (no leading '?') signed with the account key: a blob SAS (sr=b) when
// blob is non-empty, else a container SAS (sr=c). Times are sent as UTC ISO-8601 seconds
// ("2099-01-01T00:00:00Z"); a null startUtc is left out. Parameters, in order:
// sv, sr, sp, [st], se, spr, sig; every value URL-encoded. Returns an empty string when the
// account has no key (a SAS cannot be minted from a SAS).
QString serviceSasToken(const StorageAccount &account, const QString &container, const QString &blob,
    SasPermissions permissions, const QDateTime &expiryUtc, const QDateTime &startUtc = {},
    const QString &protocols = QStringLiteral("https,http"));

// The service SAS string-to-sign (exposed for tests and debugging against Azurite's log).
QString serviceSasStringToSign(const QString &accountName, const QString &container, const QString &blob,
    const QString &permissions, const QDateTime &expiryUtc, const QDateTime &startUtc,
    const QString &protocols);

// An account SAS token: permissions are reordered canonically (rwdxftlacupiy), services
// (btqf) and resource types (sco) too; unknown letters are dropped. Parameters: sv, ss, srt,
// sp, se, spr (https,http), sig. Empty when the account has no key.
QString accountSasToken(const StorageAccount &account, const QString &permissions, const QString &services,
    const QString &resourceTypes, const QDateTime &expiryUtc);

QString accountSasStringToSign(const QString &accountName, const QString &permissions,
    const QString &services, const QString &resourceTypes, const QDateTime &expiryUtc,
    const QDateTime &startUtc, const QString &protocols);

// Keeps the letters of text that appear in canonicalOrder, in that order, once each.
QString canonicalLetters(const QString &text, QStringView canonicalOrder);
// "2099-01-01T00:00:00Z"; empty for a null date.
QString sasTime(const QDateTime &utc);

} // namespace mlr
