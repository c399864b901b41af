#include "credentialsinput.h"

#include "http/requestfactory.h"

#include <QCoreApplication>

namespace mlr::gui {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CredentialsInput)
};
} // namespace

std::optional<StorageAccount> buildStorageAccount(const StorageInput &input, Error *error)
{
    const auto fail = [error](const QString &what) -> std::optional<StorageAccount> {
        if (error)
            *error = Error::input(what);
        return std::nullopt;
    };
    if (input.useConnectionString) {
        const QString text = input.connectionString.trimmed();
        if (text.isEmpty())
            return fail(Text::tr("Enter the storage account's connection string."));
        return StorageAccount::fromConnectionString(text, error);
    }

    // Profile::set knows Azure's rules for account names and endpoint URLs.
    Profile check;
    check.endpointSuffix = input.endpointSuffix;
    const QString name = input.accountName.trimmed();
    if (name.isEmpty())
        return fail(Text::tr("Enter the storage account name."));
    if (Error e = check.set(QStringLiteral("storageAccountName"), name)) {
        if (error)
            *error = e;
        return std::nullopt;
    }
    if (Error e = check.set(QStringLiteral("blobEndpoint"), input.blobEndpoint)) {
        if (error)
            *error = e;
        return std::nullopt;
    }
    const QString key = input.accountKey.trimmed();
    if (key.isEmpty())
        return fail(Text::tr("Enter the storage account key."));

    StorageAccount account;
    account.name = name;
    account.key = key;
    account.blobEndpoint = check.effectiveBlobEndpoint();
    // The same checks as a pasted connection string (e.g. the key must be base64).
    return StorageAccount::fromConnectionString(account.toConnectionString(), error);
}

std::optional<StorageAccount> storageAccountFromProfile(const Profile &profile, const QString &key,
                                                        const QString &sas, Error *error)
{
    const auto fail = [error](const QString &what) -> std::optional<StorageAccount> {
        if (error)
            *error = Error::input(what);
        return std::nullopt;
    };
    if (profile.effectiveBlobEndpoint().isEmpty())
        return fail(Text::tr("The profile “%1” has no storage account yet: enter one on the Credentials step.")
                        .arg(profile.name));
    StorageAccount account;
    account.name = profile.storageAccountName;
    account.key = key.isEmpty() && sas.isEmpty() ? defaultAccountKey(profile.storageAccountName) : key;
    account.sas = sas;
    account.blobEndpoint = profile.effectiveBlobEndpoint();
    if (!account.hasKey() && !account.hasSas())
        return fail(Text::tr("The profile “%1” has no storage account key or SAS token: enter one on the "
                             "Credentials step.")
                        .arg(profile.name));
    return account;
}

QString defaultAccountKey(const QString &accountName)
{
    if (accountName == StorageAccount::developmentAccountName)
        return StorageAccount::developmentAccountKey.toString();
    return {};
}

Error checkServiceTransport(const QString &url, const QString &apiKey, const QString &what)
{
    const QUrl parsed(url.trimmed(), QUrl::StrictMode);
    if (apiKey.trimmed().isEmpty() || url.trimmed().isEmpty() || !parsed.isValid())
        return {};
    if (!RequestFactory::isSafeForSecrets(parsed)) {
        return Error::input(Text::tr("The API key of %1 would be sent over plain HTTP to %2. Use an https:// URL.")
                                .arg(what, parsed.host()));
    }
    return {};
}

} // namespace mlr::gui
