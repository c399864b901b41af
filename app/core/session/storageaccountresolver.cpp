#include "session/storageaccountresolver.h"

#include "http/redaction.h"
#include "secrets/secretstore.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTimer>
#include <QUrlQuery>

namespace mlr {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mlr::StorageAccountResolver)
};

bool isBase64Key(const QString &key)
{
    static const QRegularExpression chars(QStringLiteral("^[A-Za-z0-9+/]+={0,2}$"));
    if (!chars.match(key).hasMatch() || key.size() % 4 != 0)
        return false;
    const auto decoded = QByteArray::fromBase64Encoding(key.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    return decoded.decodingStatus == QByteArray::Base64DecodingStatus::Ok && !decoded.decoded.isEmpty();
}

void registerSas(const QString &sas)
{
    const QUrlQuery query(sas);
    redaction::registerSecret(sas);
    redaction::registerSecret(query.queryItemValue(QStringLiteral("sig"), QUrl::FullyDecoded));
    redaction::registerSecret(query.queryItemValue(QStringLiteral("sig"), QUrl::FullyEncoded));
}

} // namespace

StorageAccountRequest StorageAccountRequest::fromEnvironment(std::optional<QString> connectionString,
                                                             std::optional<Profile> profile)
{
    StorageAccountRequest request;
    request.connectionString = std::move(connectionString);
    request.environmentConnectionString = QProcessEnvironment::systemEnvironment().value(environmentVariable());
    request.profile = std::move(profile);
    return request;
}

std::optional<StorageAccount> storageAccountFromProfile(const Profile &profile, const QString &key,
                                                        const QString &sas, Error *error)
{
    const auto fail = [&](const QString &text) -> std::optional<StorageAccount> {
        if (error)
            *error = Error::input(text);
        return std::nullopt;
    };

    StorageAccount account;
    account.key = key.trimmed();
    account.sas = sas.trimmed();
    if (account.sas.startsWith(u'?'))
        account.sas.remove(0, 1);
    redaction::registerSecret(account.key);
    if (account.hasSas())
        registerSas(account.sas);

    account.blobEndpoint = profile.effectiveBlobEndpoint();
    if (!account.blobEndpoint.isValid() || account.blobEndpoint.host().isEmpty())
        return fail(Tr::tr("Profile '%1' has no storage endpoint: set its storage account name (or blob endpoint).")
                        .arg(profile.name));
    QString path = account.blobEndpoint.path(QUrl::FullyEncoded);
    while (path.endsWith(u'/'))
        path.chop(1);
    account.blobEndpoint.setPath(path, QUrl::StrictMode);

    account.name = profile.storageAccountName;
    if (account.name.isEmpty()) {
        // acct.blob.<suffix>, else the first path segment (emulator style).
        const QStringList labels = account.blobEndpoint.host().split(u'.');
        if (labels.size() > 2 && labels.at(1).compare(u"blob", Qt::CaseInsensitive) == 0)
            account.name = labels.at(0).toLower();
        else
            account.name = account.blobEndpoint.path().split(u'/', Qt::SkipEmptyParts).value(0);
    }

    if (!account.hasKey() && !account.hasSas()) {
        if (!profile.builtIn)
            return fail(Tr::tr("Profile '%1' has no storage account key or SAS in the keychain: store one "
                               "(accountKey or sas), or give a connection string.")
                            .arg(profile.name));
        // The local sandbox is Azurite: its development key is public and well known.
        account.key = StorageAccount::developmentAccountKey.toString();
        if (account.name.isEmpty())
            account.name = StorageAccount::developmentAccountName.toString();
    }
    if (account.hasKey() && !isBase64Key(account.key))
        return fail(Tr::tr("The storage account key stored for profile '%1' is not valid base64. Store the whole "
                           "key (it usually ends with '==') again.")
                        .arg(profile.name));
    if (account.hasKey() && account.name.isEmpty())
        return fail(Tr::tr("Profile '%1' has no storage account name, which Shared Key signing needs.")
                        .arg(profile.name));
    return account;
}

StorageAccountResolveJob::StorageAccountResolveJob(StorageAccountRequest request, SecretStore *secrets,
                                                   QObject *parent)
    : QObject(parent)
    , m_request(std::move(request))
    , m_secrets(secrets)
{
}

StorageAccountResolveJob::~StorageAccountResolveJob() = default;

QString StorageAccountResolveJob::sourceDescription() const
{
    switch (m_source) {
    case Source::ConnectionString:
        return Tr::tr("the given connection string");
    case Source::Environment:
        return StorageAccountRequest::environmentVariable();
    case Source::Profile:
        return Tr::tr("profile '%1'").arg(m_request.profile ? m_request.profile->name : QString());
    case Source::None:
        break;
    }
    return {};
}

void StorageAccountResolveJob::start()
{
    if (m_started)
        return;
    m_started = true;

    const auto fromText = [this](const QString &text, Source source, const QString &context) {
        m_source = source;
        Error error;
        const std::optional<StorageAccount> account = StorageAccount::fromConnectionString(text, &error);
        if (!account) {
            if (!context.isEmpty())
                error.withContext(context);
            finishLater({}, error);
            return;
        }
        finishLater(*account, account->checkTransportSecurity());
    };

    if (m_request.connectionString) {
        // Its errors already speak of "the connection string".
        fromText(*m_request.connectionString, Source::ConnectionString, QString());
        return;
    }
    if (!m_request.environmentConnectionString.trimmed().isEmpty()) {
        fromText(m_request.environmentConnectionString, Source::Environment, StorageAccountRequest::environmentVariable());
        return;
    }
    if (!m_request.profile) {
        finishLater({}, Error::input(Tr::tr("No storage account: give a connection string or choose a profile.")));
        return;
    }
    m_source = Source::Profile;
    if (!m_secrets) {
        finishLater({}, Error::keychain(Tr::tr("no secret store to read the profile's secrets from")));
        return;
    }
    readSecret(0);
}

// Reads the account key (index 0), then the SAS (index 1), then builds the account.
void StorageAccountResolveJob::readSecret(int index)
{
    if (m_read) // may be the sender of the signal being handled
        m_read.release()->deleteLater();
    if (index > 1) {
        Error error;
        const std::optional<StorageAccount> account = storageAccountFromProfile(*m_request.profile, m_key, m_sas, &error);
        if (!account) {
            finishLater({}, error);
            return;
        }
        finishLater(*account, account->checkTransportSecurity());
        return;
    }
    const SecretKind kind = index == 0 ? SecretKind::StorageAccountKey : SecretKind::StorageSas;
    m_read.reset(m_secrets->read(m_request.profile->name, kind, nullptr));
    connect(m_read.get(), &SecretReadJob::finished, this, [this, index](const QString &value, const Error &error) {
        if (error) {
            Error e = error;
            finishLater({}, e.withContext(Tr::tr("Reading the secrets of profile '%1'").arg(m_request.profile->name)));
            return;
        }
        (index == 0 ? m_key : m_sas) = value;
        readSecret(index + 1);
    });
    m_read->start();
}

void StorageAccountResolveJob::finishLater(const StorageAccount &account, const Error &error)
{
    QTimer::singleShot(0, this, [this, account, error] { Q_EMIT finished(account, error); });
}

} // namespace mlr
