#include "storage/storageaccount.h"

#include "http/redaction.h"
#include "http/requestfactory.h"

#include <QHash>
#include <QRegularExpression>
#include <QUrlQuery>

namespace mlr {

namespace {

// Settings of a connection string that the Blob client understands or may safely ignore.
const QStringList &knownKeys()
{
    static const QStringList keys = {
        QStringLiteral("usedevelopmentstorage"),
        QStringLiteral("developmentstorageproxyuri"),
        QStringLiteral("defaultendpointsprotocol"),
        QStringLiteral("accountname"),
        QStringLiteral("accountkey"),
        QStringLiteral("endpointsuffix"),
        QStringLiteral("blobendpoint"),
        QStringLiteral("sharedaccesssignature"),
        QStringLiteral("queueendpoint"),
        QStringLiteral("tableendpoint"),
        QStringLiteral("fileendpoint"),
        QStringLiteral("blobsecondaryendpoint"),
        QStringLiteral("queuesecondaryendpoint"),
        QStringLiteral("tablesecondaryendpoint"),
        QStringLiteral("filesecondaryendpoint"),
    };
    return keys;
}

bool isValidAccountName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9]{3,24}$"));
    return re.match(name).hasMatch();
}

bool isValidBase64Key(const QString &key)
{
    static const QRegularExpression chars(QStringLiteral("^[A-Za-z0-9+/]+={0,2}$"));
    if (!chars.match(key).hasMatch() || key.size() % 4 != 0)
        return false;
    const auto decoded
        = QByteArray::fromBase64Encoding(key.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    return decoded.decodingStatus == QByteArray::Base64DecodingStatus::Ok && !decoded.decoded.isEmpty();
}

// A URL parsed strictly, http or https, with a host, no query or fragment; the path loses its
// trailing '/'. Returns an invalid QUrl on failure.
QUrl parseEndpoint(const QString &text)
{
    QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != u"http" && scheme != u"https") || url.host().isEmpty() || url.hasQuery()
        || url.hasFragment())
        return {};
    QString path = url.path(QUrl::FullyEncoded);
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path, QUrl::StrictMode);
    return url;
}

// Account name implied by an endpoint: "acct" of acct.blob.<suffix>, else the first path segment.
QString accountNameFromEndpoint(const QUrl &endpoint)
{
    const QStringList labels = endpoint.host().split(u'.');
    if (labels.size() > 2 && labels.at(1).compare(u"blob", Qt::CaseInsensitive) == 0)
        return labels.at(0).toLower();
    const QStringList segments = endpoint.path().split(u'/', Qt::SkipEmptyParts);
    return segments.isEmpty() ? QString() : segments.first();
}

QString connectionString(const StorageAccount &account, bool redacted)
{
    const QString mask = redaction::mask.toString();
    QString text = QStringLiteral("DefaultEndpointsProtocol=") + account.blobEndpoint.scheme() + u';';
    if (!account.name.isEmpty())
        text += QStringLiteral("AccountName=") + account.name + u';';
    if (account.hasKey())
        text += QStringLiteral("AccountKey=") + (redacted ? mask : account.key) + u';';
    text += QStringLiteral("BlobEndpoint=") + QString::fromUtf8(account.blobEndpoint.toEncoded()) + u';';
    if (account.hasSas())
        text += QStringLiteral("SharedAccessSignature=") + (redacted ? mask : account.sas) + u';';
    return text;
}

} // namespace

bool StorageAccount::isPathStyle() const
{
    const QString path = blobEndpoint.path();
    return !path.isEmpty() && path != u"/";
}

std::optional<StorageAccount> StorageAccount::fromConnectionString(const QString &text, Error *error)
{
    const auto fail = [error](const QString &message) -> std::optional<StorageAccount> {
        if (error)
            *error = Error::input(message);
        return std::nullopt;
    };

    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return fail(
            tr("The connection string is empty. Paste it from the storage account's Access keys page."));

    QHash<QString, QString> values; // lower-case setting -> value
    const QStringList parts = trimmed.split(u';');
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString part = parts.at(i).trimmed();
        if (part.isEmpty())
            continue;
        const qsizetype eq = part.indexOf(u'=');
        // Never echo the part itself: it may be a stray secret.
        if (eq <= 0)
            return fail(tr("Part %1 of the connection string is not of the form Name=Value.").arg(i + 1));
        const QString name = part.left(eq).trimmed();
        const QString lower = name.toLower();
        if (!knownKeys().contains(lower)) {
            static const QRegularExpression plainName(QStringLiteral("^[A-Za-z]{1,40}$"));
            if (plainName.match(name).hasMatch())
                return fail(
                    tr("The connection string has an unknown setting '%1'. Check its spelling.").arg(name));
            return fail(tr("Part %1 of the connection string is not a known Name=Value setting.").arg(i + 1));
        }
        if (values.contains(lower))
            return fail(tr("The connection string sets %1 more than once.").arg(name));
        values.insert(lower, part.mid(eq + 1).trimmed());
    }
    if (values.isEmpty())
        return fail(
            tr("The connection string is empty. Paste it from the storage account's Access keys page."));

    if (values.contains(QStringLiteral("usedevelopmentstorage"))) {
        if (values.value(QStringLiteral("usedevelopmentstorage")).compare(u"true", Qt::CaseInsensitive) != 0)
            return fail(tr("UseDevelopmentStorage can only be set to true."));
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            if (it.key() != u"usedevelopmentstorage" && it.key() != u"developmentstorageproxyuri")
                return fail(tr("UseDevelopmentStorage=true cannot be combined with other settings than "
                               "DevelopmentStorageProxyUri."));
        }
        QUrl endpoint(QStringLiteral("http://127.0.0.1:10000/devstoreaccount1"));
        if (values.contains(QStringLiteral("developmentstorageproxyuri"))) {
            const QUrl proxy = parseEndpoint(values.value(QStringLiteral("developmentstorageproxyuri")));
            if (!proxy.isValid())
                return fail(tr("DevelopmentStorageProxyUri is not a valid http or https URL."));
            endpoint.setScheme(proxy.scheme());
            endpoint.setHost(proxy.host());
        }
        return developmentStorage(endpoint);
    }

    StorageAccount account;
    account.name = values.value(QStringLiteral("accountname"));
    account.key = values.value(QStringLiteral("accountkey"));
    account.sas = values.value(QStringLiteral("sharedaccesssignature"));
    if (account.sas.startsWith(u'?'))
        account.sas.remove(0, 1);

    if (values.contains(QStringLiteral("accountname")) && !isValidAccountName(account.name))
        return fail(
            tr("AccountName '%1' is not valid: use 3 to 24 lowercase letters and digits.").arg(account.name));
    if (values.contains(QStringLiteral("accountkey")) && !isValidBase64Key(account.key))
        return fail(tr("AccountKey is not valid base64. Copy the whole key (it usually ends with '==') "
                       "from the storage account's Access keys page."));
    if (values.contains(QStringLiteral("sharedaccesssignature"))
        && !QUrlQuery(account.sas).hasQueryItem(QStringLiteral("sig")))
        return fail(tr("SharedAccessSignature has no signature (sig=...). Paste the whole SAS token."));
    if (!account.hasKey() && !account.hasSas())
        return fail(tr("The connection string has no AccountKey and no SharedAccessSignature, so requests "
                       "cannot be authorized."));

    QString protocol = QStringLiteral("https");
    if (values.contains(QStringLiteral("defaultendpointsprotocol"))) {
        protocol = values.value(QStringLiteral("defaultendpointsprotocol")).toLower();
        if (protocol != u"http" && protocol != u"https")
            return fail(tr("DefaultEndpointsProtocol must be http or https, not '%1'.")
                            .arg(values.value(QStringLiteral("defaultendpointsprotocol"))));
    }

    if (values.contains(QStringLiteral("blobendpoint"))) {
        account.blobEndpoint = parseEndpoint(values.value(QStringLiteral("blobendpoint")));
        if (!account.blobEndpoint.isValid())
            return fail(tr("BlobEndpoint is not a valid http or https URL without a query, such as "
                           "https://myaccount.blob.core.windows.net."));
        if (account.name.isEmpty())
            account.name = accountNameFromEndpoint(account.blobEndpoint);
    } else {
        if (account.name.isEmpty())
            return fail(tr("The connection string has no AccountName (and no BlobEndpoint)."));
        const QString suffix
            = values.value(QStringLiteral("endpointsuffix"), QStringLiteral("core.windows.net"));
        account.blobEndpoint = parseEndpoint(
            protocol + QStringLiteral("://") + account.name + QStringLiteral(".blob.") + suffix);
        if (!account.blobEndpoint.isValid())
            return fail(tr("EndpointSuffix '%1' does not make a valid endpoint.").arg(suffix));
    }
    if (account.hasKey() && account.name.isEmpty())
        return fail(tr("The connection string has no AccountName, which Shared Key signing needs."));

    redaction::registerSecret(account.key);
    redaction::registerSecret(
        QUrlQuery(account.sas).queryItemValue(QStringLiteral("sig"), QUrl::FullyDecoded));
    redaction::registerSecret(
        QUrlQuery(account.sas).queryItemValue(QStringLiteral("sig"), QUrl::FullyEncoded));
    return account;
}

StorageAccount StorageAccount::developmentStorage(const QUrl &blobEndpoint)
{
    StorageAccount account;
    account.name = developmentAccountName.toString();
    account.key = developmentAccountKey.toString();
    account.blobEndpoint = blobEndpoint;
    return account;
}

QString StorageAccount::toConnectionString() const
{
    return connectionString(*this, false);
}

QString StorageAccount::redactedConnectionString() const
{
    return connectionString(*this, true);
}

Error StorageAccount::checkTransportSecurity() const
{
    const QString scheme = blobEndpoint.scheme().toLower();
    if (!blobEndpoint.isValid() || blobEndpoint.host().isEmpty() || (scheme != u"http" && scheme != u"https"))
        return Error::input(tr("The blob endpoint is not an http or https URL."));
    if ((hasKey() || hasSas()) && !RequestFactory::isSafeForSecrets(blobEndpoint)) {
        const QString secret = hasKey() ? tr("the account key") : tr("the SAS token");
        return Error::input(
            tr("Refused: %1 would be sent over plain HTTP to %2, where anyone on the network "
               "could read it. Use https (DefaultEndpointsProtocol=https or an https BlobEndpoint).")
                .arg(secret, blobEndpoint.host()));
    }
    return {};
}

} // namespace mlr
