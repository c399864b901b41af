#include "storage/listparsing.h"

#include "storage/sharedkey.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

namespace mlr::listparsing {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ListParsing)
};

// Fails with a Parse error for a reader in error or a document with the wrong root.
template<typename T> std::optional<T> failed(const QXmlStreamReader &xml, const QString &what, Error *error)
{
    QString reason;
    if (xml.error() == QXmlStreamReader::PrematureEndOfDocumentError)
        reason = Tr::tr("the list of %1 was cut off (incomplete XML)").arg(what);
    else if (xml.hasError())
        reason = Tr::tr("the list of %1 is not valid XML (%2 at line %3)")
                     .arg(what, xml.errorString())
                     .arg(xml.lineNumber());
    else
        reason = Tr::tr("the list of %1 is not the expected XML document").arg(what);
    if (error)
        *error = Error::parse(reason);
    return std::nullopt;
}

qint64 toSize(const QString &text, bool *ok)
{
    return text.trimmed().toLongLong(ok);
}

} // namespace

std::optional<ContainerPage> parseContainerList(const QByteArray &bytes, Error *error)
{
    const QString what = Tr::tr("containers");
    QXmlStreamReader xml(bytes);
    ContainerPage page;
    if (!xml.readNextStartElement() || xml.name() != u"EnumerationResults")
        return failed<ContainerPage>(xml, what, error);
    while (xml.readNextStartElement()) {
        if (xml.name() == u"NextMarker") {
            page.nextMarker = xml.readElementText();
        } else if (xml.name() == u"Containers") {
            while (xml.readNextStartElement()) {
                if (xml.name() != u"Container") {
                    xml.skipCurrentElement();
                    continue;
                }
                ContainerInfo info;
                while (xml.readNextStartElement()) {
                    if (xml.name() == u"Name") {
                        info.name = xml.readElementText();
                    } else if (xml.name() == u"Properties") {
                        while (xml.readNextStartElement()) {
                            if (xml.name() == u"Last-Modified")
                                info.lastModified = parseRfc1123Date(xml.readElementText().toLatin1());
                            else
                                xml.skipCurrentElement();
                        }
                    } else {
                        xml.skipCurrentElement();
                    }
                }
                if (info.name.isEmpty() && !xml.hasError())
                    return failed<ContainerPage>(xml, what, error);
                page.containers.append(info);
            }
        } else {
            xml.skipCurrentElement();
        }
    }
    if (xml.hasError())
        return failed<ContainerPage>(xml, what, error);
    return page;
}

std::optional<BlobPage> parseBlobList(const QByteArray &bytes, Error *error)
{
    const QString what = Tr::tr("blobs");
    QXmlStreamReader xml(bytes);
    BlobPage page;
    if (!xml.readNextStartElement() || xml.name() != u"EnumerationResults")
        return failed<BlobPage>(xml, what, error);
    while (xml.readNextStartElement()) {
        if (xml.name() == u"NextMarker") {
            page.nextMarker = xml.readElementText();
        } else if (xml.name() == u"Blobs") {
            while (xml.readNextStartElement()) {
                if (xml.name() != u"Blob") { // BlobPrefix (with a delimiter) and the unknown
                    xml.skipCurrentElement();
                    continue;
                }
                BlobInfo info;
                bool sizeOk = true;
                while (xml.readNextStartElement()) {
                    if (xml.name() == u"Name") {
                        info.name = xml.readElementText();
                    } else if (xml.name() == u"Properties") {
                        while (xml.readNextStartElement()) {
                            if (xml.name() == u"Content-Length")
                                info.size = toSize(xml.readElementText(), &sizeOk);
                            else if (xml.name() == u"Content-Type")
                                info.contentType = xml.readElementText();
                            else if (xml.name() == u"Content-MD5")
                                info.contentMd5 = xml.readElementText();
                            else if (xml.name() == u"Last-Modified")
                                info.lastModified = parseRfc1123Date(xml.readElementText().toLatin1());
                            else
                                xml.skipCurrentElement();
                        }
                    } else {
                        xml.skipCurrentElement();
                    }
                }
                if ((info.name.isEmpty() || !sizeOk) && !xml.hasError())
                    return failed<BlobPage>(xml, what, error);
                page.blobs.append(info);
            }
        } else {
            xml.skipCurrentElement();
        }
    }
    if (xml.hasError())
        return failed<BlobPage>(xml, what, error);
    return page;
}

std::optional<BlockList> parseBlockList(const QByteArray &bytes, Error *error)
{
    const QString what = Tr::tr("blocks");
    QXmlStreamReader xml(bytes);
    BlockList list;
    if (!xml.readNextStartElement() || xml.name() != u"BlockList")
        return failed<BlockList>(xml, what, error);
    while (xml.readNextStartElement()) {
        QList<BlockEntry> *target = nullptr;
        if (xml.name() == u"CommittedBlocks")
            target = &list.committed;
        else if (xml.name() == u"UncommittedBlocks")
            target = &list.uncommitted;
        if (!target) {
            xml.skipCurrentElement();
            continue;
        }
        while (xml.readNextStartElement()) {
            if (xml.name() != u"Block") {
                xml.skipCurrentElement();
                continue;
            }
            BlockEntry entry;
            bool sizeOk = true;
            while (xml.readNextStartElement()) {
                if (xml.name() == u"Name")
                    entry.name = xml.readElementText();
                else if (xml.name() == u"Size")
                    entry.size = toSize(xml.readElementText(), &sizeOk);
                else
                    xml.skipCurrentElement();
            }
            if ((entry.name.isEmpty() || !sizeOk) && !xml.hasError())
                return failed<BlockList>(xml, what, error);
            target->append(entry);
        }
    }
    if (xml.hasError())
        return failed<BlockList>(xml, what, error);
    return list;
}

} // namespace mlr::listparsing
