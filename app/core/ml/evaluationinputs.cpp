#include "ml/evaluationinputs.h"

#include "http/redaction.h"

#include <QCoreApplication>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace mlr::ml {

namespace {

// lupdate files the tr("...") calls of this namespace-level helper under the namespace's
// context ("mlr::ml"), so that is the context to look them up in.
QString tr(const char *text)
{
    return QCoreApplication::translate("mlr::ml", text);
}

// "container/a/b.csv" (a leading '/' allowed) -> container, blob.
bool splitRelative(QString relative, BlobLocation *location)
{
    while (relative.startsWith(u'/'))
        relative.remove(0, 1);
    const qsizetype slash = relative.indexOf(u'/');
    if (slash <= 0 || slash == relative.size() - 1)
        return false;
    location->container = relative.left(slash);
    location->blob = relative.mid(slash + 1);
    return true;
}

} // namespace

std::optional<BlobLocation> locationFromResult(const BlobReference &result, Error *error)
{
    const auto fail = [error](const QString &what) -> std::optional<BlobLocation> {
        if (error)
            *error = Error::input(what);
        return std::nullopt;
    };
    if (!result.isSas() || result.sasBlobToken.isEmpty())
        return fail(tr("The job's result is not a SAS reference (BaseLocation + SasBlobToken)."));
    QString base = result.baseLocation;
    while (base.endsWith(u'/'))
        base.chop(1);
    BlobLocation location;
    location.account.blobEndpoint = QUrl(base);
    if (!location.account.blobEndpoint.isValid() || location.account.blobEndpoint.host().isEmpty())
        return fail(tr("The job's result has an invalid BaseLocation."));
    location.account.sas
        = result.sasBlobToken.startsWith(u'?') ? result.sasBlobToken.mid(1) : result.sasBlobToken;
    redaction::registerSecret(location.account.sas);
    const QString path = location.account.blobEndpoint.path();
    location.account.name = path.size() > 1 ? path.mid(1).section(u'/', 0, 0)
                                            : location.account.blobEndpoint.host().section(u'.', 0, 0);
    if (!splitRelative(result.relativeLocation, &location))
        return fail(tr("The job's result has no container/blob RelativeLocation."));
    return location;
}

std::optional<BlobLocation> locationFromUrl(const StorageAccount &account, const QUrl &blobUrl, Error *error)
{
    const QUrl endpoint = account.blobEndpoint;
    QString prefix = endpoint.path();
    while (prefix.endsWith(u'/'))
        prefix.chop(1);
    const QString path = blobUrl.path();
    BlobLocation location;
    location.account = account;
    if (blobUrl.scheme() != endpoint.scheme()
        || blobUrl.host().compare(endpoint.host(), Qt::CaseInsensitive) != 0
        || blobUrl.port(-1) != endpoint.port(-1) || !path.startsWith(prefix + u'/')
        || !splitRelative(path.mid(prefix.size()), &location)) {
        if (error)
            *error = Error::input(tr("The output %1 is not in the storage account %2 of the profile.")
                                      .arg(blobUrl.toDisplayString(QUrl::RemoveQuery), account.name));
        return std::nullopt;
    }
    return location;
}

bool sasExpired(const QString &sasToken, const QDateTime &now)
{
    const QUrlQuery query(sasToken.startsWith(u'?') ? sasToken.mid(1) : sasToken);
    const QString se = query.queryItemValue(u"se"_s, QUrl::FullyDecoded);
    if (se.isEmpty())
        return false;
    QDateTime expiry = QDateTime::fromString(se, Qt::ISODate);
    if (!expiry.isValid())
        expiry = QDateTime::fromString(se, Qt::ISODateWithMs);
    return expiry.isValid() && expiry.toUTC() < now;
}

} // namespace mlr::ml
