#include "server/blobref.h"

#include "server/jsonutil.h"

#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace mlr::server {

namespace {

// Splits "container/blob/with/slashes" (leading '/' allowed).
bool splitRelative(QString relative, QString *container, QString *blob)
{
    while (relative.startsWith(u'/'))
        relative.remove(0, 1);
    const qsizetype slash = relative.indexOf(u'/');
    if (slash <= 0 || slash == relative.size() - 1)
        return false;
    *container = relative.left(slash);
    *blob = relative.mid(slash + 1);
    return true;
}

bool sameEndpoint(const QUrl &a, const QUrl &b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
        && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(a.scheme() == u"https"_s ? 443 : 80) == b.port(b.scheme() == u"https"_s ? 443 : 80);
}

} // namespace

QString BlobLocation::baseLocation() const
{
    QString base = account.blobEndpoint.toString(QUrl::RemoveQuery | QUrl::RemoveFragment);
    if (!base.endsWith(u'/'))
        base += u'/';
    return base;
}

QUrl BlobLocation::url() const
{
    return QUrl(baseLocation() + QString::fromLatin1(QUrl::toPercentEncoding(container)) + u'/'
        + QString::fromLatin1(QUrl::toPercentEncoding(blob, "/")));
}

QString blobExtension(const QString &blob)
{
    const QString last = blob.section(u'/', -1);
    const qsizetype dot = last.lastIndexOf(u'.');
    return dot <= 0 ? QString() : last.mid(dot).toLower();
}

QJsonObject normalizeBesReference(const QJsonObject &reference)
{
    QJsonObject out;
    for (const QString &name :
        { u"ConnectionString"_s, u"RelativeLocation"_s, u"BaseLocation"_s, u"SasBlobToken"_s }) {
        const QJsonValue v = ciValue(reference, name);
        if (v.isString())
            out.insert(name, v);
    }
    return out;
}

std::variant<BlobLocation, ReferenceError> resolveBesReference(const QJsonObject &raw)
{
    const QJsonObject reference = normalizeBesReference(raw);
    const QString connection = reference.value(u"ConnectionString"_s).toString().trimmed();
    const QString relative = reference.value(u"RelativeLocation"_s).toString().trimmed();
    const QString base = reference.value(u"BaseLocation"_s).toString().trimmed();
    QString sas = reference.value(u"SasBlobToken"_s).toString().trimmed();
    BlobLocation location;
    if (relative.isEmpty())
        return ReferenceError { u"MissingInputBlobInformation"_s,
            u"The blob reference has no RelativeLocation (\"container/blob\")."_s };
    if (!splitRelative(relative, &location.container, &location.blob))
        return ReferenceError { u"MissingInputBlobInformation"_s,
            u"The RelativeLocation '%1' is not of the form \"container/blob\"."_s.arg(relative) };
    Error error;
    if (!connection.isEmpty()) {
        const auto account = StorageAccount::fromConnectionString(connection, &error);
        if (!account)
            return ReferenceError { u"InvalidBlobConnectionString"_s,
                u"The blob connection string is invalid: %1"_s.arg(
                    error.detail.isEmpty() ? error.message() : error.detail) };
        location.account = *account;
        return location;
    }
    if (base.isEmpty())
        return ReferenceError { u"MissingInputBlobInformation"_s,
            u"The blob reference has neither a ConnectionString nor a BaseLocation with a SasBlobToken."_s };
    if (sas.startsWith(u'?'))
        sas.remove(0, 1);
    QString text = u"BlobEndpoint="_s + base;
    if (!sas.isEmpty())
        text += u";SharedAccessSignature="_s + sas;
    const auto account = StorageAccount::fromConnectionString(text, &error);
    if (!account)
        return ReferenceError { u"InvalidBlobConnectionString"_s,
            u"The BaseLocation '%1' is not a blob endpoint URL: %2"_s.arg(
                base, error.detail.isEmpty() ? error.message() : error.detail) };
    location.account = *account;
    return location;
}

std::variant<BlobLocation, ReferenceError> resolveAssetUri(
    const QString &uri, const QString &credentials, const QList<StorageAccount> &fallbacks)
{
    const QUrl url(uri, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != u"http"_s && scheme != u"https"_s) || url.host().isEmpty())
        return ReferenceError { u"InvalidAssetUri"_s,
            u"The asset uri '%1' is not an http(s) blob URL."_s.arg(uri) };
    QStringList segments = url.path(QUrl::FullyDecoded).split(u'/', Qt::SkipEmptyParts);
    const QStringList labels = url.host().split(u'.');
    const bool hostStyle = labels.size() > 2 && labels.at(1).compare(u"blob"_s, Qt::CaseInsensitive) == 0;
    QUrl endpoint = url;
    endpoint.setQuery(QString());
    endpoint.setFragment(QString());
    if (!hostStyle) { // emulator style: the account is the first path segment
        if (segments.isEmpty())
            return ReferenceError { u"InvalidAssetUri"_s,
                u"The asset uri '%1' names no account."_s.arg(uri) };
        endpoint.setPath(u'/' + segments.takeFirst());
    } else {
        endpoint.setPath(QString());
    }
    if (segments.size() < 2)
        return ReferenceError { u"InvalidAssetUri"_s,
            u"The asset uri '%1' names no container and blob."_s.arg(uri) };
    BlobLocation location;
    location.container = segments.takeFirst();
    location.blob = segments.join(u'/');

    QString text = u"BlobEndpoint="_s + endpoint.toString();
    const QString urlSas = url.query(QUrl::FullyEncoded);
    if (!urlSas.isEmpty()) {
        text += u";SharedAccessSignature="_s + urlSas;
    } else if (!credentials.trimmed().isEmpty()) {
        Error error;
        const auto account = StorageAccount::fromConnectionString(credentials.trimmed(), &error);
        if (account) {
            location.account = *account;
            return location;
        }
        QString token = credentials.trimmed();
        if (token.startsWith(u'?'))
            token.remove(0, 1);
        text += u";SharedAccessSignature="_s + token;
    } else {
        const QString accountName = hostStyle ? labels.at(0).toLower() : endpoint.path().mid(1);
        for (const StorageAccount &fallback : fallbacks) {
            if (fallback.name == accountName && sameEndpoint(fallback.blobEndpoint, endpoint)) {
                location.account = fallback;
                return location;
            }
        }
        return ReferenceError { u"MissingAssetCredentials"_s,
            u"The asset uri '%1' carries no SAS and its account '%2' is not the web service's storage "
            u"account: "
            u"add a SAS to the uri or give locationInfo.credentials (a connection string)."_s.arg(
                uri, accountName) };
    }
    Error error;
    const auto account = StorageAccount::fromConnectionString(text, &error);
    if (!account)
        return ReferenceError { u"InvalidAssetUri"_s,
            u"The asset uri '%1' cannot be used: %2"_s.arg(
                uri, error.detail.isEmpty() ? error.message() : error.detail) };
    location.account = *account;
    return location;
}

} // namespace mlr::server
