#pragma once

#include "http/error.h"
#include "profile/profile.h"
#include "storage/storageaccount.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>
#include <optional>

namespace mlr {

class SecretStore;
class SecretReadJob;

// Where the storage account of a session (a CLI run, a wizard session) comes from, first
// match wins:
//   1. an explicit connection string (e.g. the CLI's --connection-string);
//   2. the environment's AZURE_STORAGE_CONNECTION_STRING (ignored when empty);
//   3. a profile and its secrets in the keychain (account key, else SAS). The built-in
//      "Local sandbox" profile falls back to Azurite's public development key when the
//      keychain holds neither.
struct StorageAccountRequest
{
    std::optional<QString> connectionString;
    QString environmentConnectionString;
    std::optional<Profile> profile;

    static QString environmentVariable() { return QStringLiteral("AZURE_STORAGE_CONNECTION_STRING"); }
    // The request with environmentConnectionString read from the process environment.
    static StorageAccountRequest fromEnvironment(std::optional<QString> connectionString, std::optional<Profile> profile);
};

// The account a profile describes, given the secrets read for it (either may be empty).
// Registers the secrets with redaction. Error::Input (naming the profile, never a secret)
// when the profile has no usable endpoint or account name, no key and no SAS (except the
// built-in sandbox, see above), or a key that is not base64.
std::optional<StorageAccount> storageAccountFromProfile(const Profile &profile, const QString &key,
                                                        const QString &sas, Error *error);

// Resolves a StorageAccountRequest, reading the keychain only when it gets to the profile.
// The account is also checked with StorageAccount::checkTransportSecurity(): a secret
// bound for plain HTTP to a non-loopback host is refused here.
//
// Job contract: start() once; finished fires exactly once, from the event loop; destroying
// the job cancels it; it does not delete itself.
class StorageAccountResolveJob : public QObject
{
    Q_OBJECT

public:
    enum class Source { None, ConnectionString, Environment, Profile };

    // secrets may be null when the request has a connection string (option or environment).
    StorageAccountResolveJob(StorageAccountRequest request, SecretStore *secrets, QObject *parent = nullptr);
    ~StorageAccountResolveJob() override;

    void start();
    // Meaningful after finished: which of the three gave the account.
    Source source() const { return m_source; }
    // "the --connection-string option", "AZURE_STORAGE_CONNECTION_STRING", "profile 'X'".
    QString sourceDescription() const;

Q_SIGNALS:
    void finished(const mlr::StorageAccount &account, const mlr::Error &error);

private:
    void finishLater(const StorageAccount &account, const Error &error);
    void readSecret(int index);

    StorageAccountRequest m_request;
    QPointer<SecretStore> m_secrets;
    std::unique_ptr<SecretReadJob> m_read;
    QString m_key;
    QString m_sas;
    Source m_source = Source::None;
    bool m_started = false;
};

} // namespace mlr
