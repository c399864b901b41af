#pragma once

#include "http/error.h"
#include "storage/blobtypes.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

// Parsers for the XML answers of List Containers, List Blobs and Get Block List. Each returns
// std::nullopt and sets *error to an Error::Parse naming what was being read when the XML is
// malformed, truncated or not the expected document.
namespace mlr::listparsing {

struct ContainerPage
{
    QList<ContainerInfo> containers;
    QString nextMarker; // empty on the last page
};

struct BlobPage
{
    QList<BlobInfo> blobs;
    QString nextMarker;
};

struct BlockEntry
{
    QString name; // base64 block id as the service reports it
    qint64 size = 0;
};

struct BlockList
{
    QList<BlockEntry> committed;
    QList<BlockEntry> uncommitted;
};

std::optional<ContainerPage> parseContainerList(const QByteArray &xml, Error *error);
std::optional<BlobPage> parseBlobList(const QByteArray &xml, Error *error);
std::optional<BlockList> parseBlockList(const QByteArray &xml, Error *error);

} // namespace mlr::listparsing
