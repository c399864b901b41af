#pragma once

#include "http/error.h"
#include "profile/profile.h"
#include "storage/storageaccount.h"

#include <QString>

#include <optional>

namespace mlr::gui {

// What the Credentials page's storage fields hold, free of widgets so it can be checked
// in tests. Either a connection string or the account name + endpoint + key is used.
struct StorageInput
{
    bool useConnectionString = true;
    QString connectionString;
    QString accountName;
    QString blobEndpoint;   // empty: https://<account>.blob.<endpointSuffix or core.windows.net>
    QString accountKey;
    QString endpointSuffix; // the profile's, for the default endpoint
};

// Builds the storage account from `input`. On failure returns nullopt and sets *error (when
// not null) to an Error::Input saying, in plain words, what is missing or wrong. The
// transport security of the result is not checked here (see StorageAccount).
std::optional<StorageAccount> buildStorageAccount(const StorageInput &input, Error *error);

// Builds the storage account of a stored profile from its settings and its secrets (the
// account key and/or a SAS token, as read from the keychain). The emulator's account
// (devstoreaccount1) gets its well-known key when no secret is stored. On failure returns
// nullopt and sets *error (when not null) to an Error::Input for people.
std::optional<StorageAccount> storageAccountFromProfile(const Profile &profile, const QString &key,
                                                        const QString &sas, Error *error);

// The account key to show for `accountName` when the keychain has none: the emulator's
// well-known key for devstoreaccount1, empty otherwise.
QString defaultAccountKey(const QString &accountName);

// Error::Input when `apiKey` is set and `url` would carry it over plain HTTP to a host that
// is not loopback; no error otherwise. `what` names the service, e.g. "the retraining service".
Error checkServiceTransport(const QString &url, const QString &apiKey, const QString &what);

} // namespace mlr::gui
