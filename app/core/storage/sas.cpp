#include "storage/sas.h"

#include "storage/sharedkey.h"
#include "storage/storageaccount.h"

#include <QStringList>
#include <QUrl>

namespace mlr {

namespace {

QString encoded(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

} // namespace

QString SasPermissions::toString(bool container) const
{
    QString out;
    if (read)
        out += u'r';
    if (add)
        out += u'a';
    if (create)
        out += u'c';
    if (write)
        out += u'w';
    if (del)
        out += u'd';
    if (deleteVersion)
        out += u'x';
    if (list && container)
        out += u'l';
    if (tags)
        out += u't';
    if (filter && container)
        out += u'f';
    return out;
}

SasPermissions SasPermissions::readOnly()
{
    SasPermissions p;
    p.read = true;
    return p;
}

SasPermissions SasPermissions::createWrite()
{
    SasPermissions p;
    p.create = true;
    p.write = true;
    return p;
}

SasPermissions SasPermissions::readList()
{
    SasPermissions p;
    p.read = true;
    p.list = true;
    return p;
}

QString canonicalLetters(const QString &text, QStringView canonicalOrder)
{
    QString out;
    for (const QChar c : canonicalOrder) {
        if (text.contains(c) && !out.contains(c))
            out += c;
    }
    return out;
}

QString sasTime(const QDateTime &utc)
{
    if (utc.isNull())
        return {};
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-ddThh:mm:ssZ"));
}

QString serviceSasStringToSign(const QString &accountName, const QString &container, const QString &blob,
    const QString &permissions, const QDateTime &expiryUtc, const QDateTime &startUtc,
    const QString &protocols)
{
    QString resource = QStringLiteral("/blob/") + accountName + u'/' + container;
    if (!blob.isEmpty())
        resource += u'/' + blob;
    const QStringList fields = {
        permissions, sasTime(startUtc), sasTime(expiryUtc), resource, {}, // si
        {}, // sip
        protocols, sasVersion.toString(), blob.isEmpty() ? QStringLiteral("c") : QStringLiteral("b"),
        {}, // snapshot time
        {}, // ses
        {}, // rscc
        {}, // rscd
        {}, // rsce
        {}, // rscl
        {}, // rsct
    };
    return fields.join(u'\n');
}

QString serviceSasToken(const StorageAccount &account, const QString &container, const QString &blob,
    SasPermissions permissions, const QDateTime &expiryUtc, const QDateTime &startUtc,
    const QString &protocols)
{
    if (!account.hasKey())
        return {};
    const QString sp = permissions.toString(blob.isEmpty());
    const QString toSign
        = serviceSasStringToSign(account.name, container, blob, sp, expiryUtc, startUtc, protocols);
    const QByteArray sig = storageHmac(account.key, toSign.toUtf8());
    QString token = QStringLiteral("sv=") + sasVersion + QStringLiteral("&sr=")
        + (blob.isEmpty() ? QStringLiteral("c") : QStringLiteral("b")) + QStringLiteral("&sp=") + encoded(sp);
    if (!startUtc.isNull())
        token += QStringLiteral("&st=") + encoded(sasTime(startUtc));
    token += QStringLiteral("&se=") + encoded(sasTime(expiryUtc)) + QStringLiteral("&spr=")
        + encoded(protocols) + QStringLiteral("&sig=") + encoded(QString::fromLatin1(sig));
    return token;
}

QString accountSasStringToSign(const QString &accountName, const QString &permissions,
    const QString &services, const QString &resourceTypes, const QDateTime &expiryUtc,
    const QDateTime &startUtc, const QString &protocols)
{
    const QStringList fields = {
        accountName, permissions, services, resourceTypes, sasTime(startUtc), sasTime(expiryUtc), {}, // sip
        protocols, sasVersion.toString(), {}, // ses
        {}, // trailing newline
    };
    return fields.join(u'\n');
}

QString accountSasToken(const StorageAccount &account, const QString &permissions, const QString &services,
    const QString &resourceTypes, const QDateTime &expiryUtc)
{
    if (!account.hasKey())
        return {};
    const QString sp = canonicalLetters(permissions, u"rwdxftlacupiy");
    const QString ss = canonicalLetters(services, u"btqf");
    const QString srt = canonicalLetters(resourceTypes, u"sco");
    const QString protocols = QStringLiteral("https,http");
    const QByteArray sig = storageHmac(
        account.key, accountSasStringToSign(account.name, sp, ss, srt, expiryUtc, {}, protocols).toUtf8());
    return QStringLiteral("sv=") + sasVersion + QStringLiteral("&ss=") + ss + QStringLiteral("&srt=") + srt
        + QStringLiteral("&sp=") + sp + QStringLiteral("&se=") + encoded(sasTime(expiryUtc))
        + QStringLiteral("&spr=") + encoded(protocols) + QStringLiteral("&sig=")
        + encoded(QString::fromLatin1(sig));
}

} // namespace mlr
