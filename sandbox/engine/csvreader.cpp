#include "engine/csvreader.h"

#include "engine/csvreaderstate.h"

#include <QFile>
#include <QIODevice>

#include <string>

using namespace Qt::StringLiterals;

namespace mlr::studio {
namespace {

QString quoted(std::string_view text)
{
    QString s = QString::fromUtf8(text.data(), qsizetype(std::min<size_t>(text.size(), 80)));
    if (text.size() > 80)
        s += u"..."_s;
    return u"\""_s + s + u"\""_s;
}

} // namespace

bool CsvReader::State::setHeader(qint64 recordLine)
{
    QStringList names;
    for (size_t i = 0; i < fields.size(); ++i) {
        const size_t bad = detail::firstInvalidUtf8(fields[i]);
        if (bad != std::string_view::npos) {
            fail(StudioError::make(errc::InvalidDataset,
                invalid() + u"the header (line "_s + QString::number(recordLine) + u"), column "_s
                    + QString::number(i + 1) + u", is not valid UTF-8 text. Save the file as UTF-8."_s)
                     .at(0));
            return false;
        }
        QString name = QString::fromUtf8(fields[i].data(), qsizetype(fields[i].size()));
        if (name.isEmpty())
            name = u"Col"_s + QString::number(i + 1);
        if (names.contains(name)) {
            fail(StudioError::make(errc::DuplicateColumn,
                u"The name \""_s + name + u"\" is duplicated in the header of \""_s + options.datasetName
                    + u"\"."_s)
                     .at(0, name));
            return false;
        }
        names.append(name);
    }
    if (options.expectedSchema) {
        for (const ColumnSpec &spec : *options.expectedSchema) {
            if (!names.contains(spec.name)) {
                fail(StudioError::make(errc::ColumnNotFound,
                    u"Column with name \""_s + spec.name + u"\" does not exist in \""_s + options.datasetName
                        + u"\". The header has: "_s + names.join(u", "_s) + u"."_s)
                         .at(0, spec.name));
                return false;
            }
        }
    }
    if (!options.labelColumn.isEmpty() && !names.contains(options.labelColumn)) {
        fail(StudioError::make(errc::NoLabelColumn,
            u"There is no label column in \""_s + options.datasetName + u"\": column \""_s
                + options.labelColumn + u"\" is not in the header ("_s + names.join(u", "_s) + u")."_s)
                 .at(0, options.labelColumn));
        return false;
    }
    builders.reserve(size_t(names.size()));
    for (const QString &name : names) {
        std::optional<ValueType> forced;
        if (options.expectedSchema) {
            bool known = false;
            for (const ColumnSpec &spec : *options.expectedSchema) {
                if (spec.name == name) {
                    forced = spec.type;
                    known = true;
                }
            }
            if (!known && !options.allowExtraColumns) {
                fail(StudioError::make(errc::InvalidDataset,
                    invalid() + u"column \""_s + name
                        + u"\" is not in the expected schema. Remove it or fix its name."_s)
                         .at(0, name));
                return false;
            }
        }
        builders.emplace_back(name, forced);
    }
    haveHeader = true;
    return true;
}

bool CsvReader::State::processRecord(qint64 recordLine)
{
    if (!haveHeader)
        return setHeader(recordLine);
    const qint64 row = dataRow + 1;
    const QString where
        = u"row "_s + QString::number(row) + u" (line "_s + QString::number(recordLine) + u")"_s;
    if (fields.size() != builders.size()) {
        fail(StudioError::make(errc::InvalidDataset,
            invalid() + where + u" has "_s + QString::number(fields.size())
                + u" columns, but the header has "_s + QString::number(builders.size())
                + u". Every row needs the same number of comma-separated values "
                  u"(quote values that contain commas)."_s)
                 .at(row));
        return false;
    }
    for (size_t i = 0; i < fields.size(); ++i) {
        const std::string_view cell = fields[i];
        detail::ColumnBuilder &b = builders[i];
        bool ascii = true;
        for (char c : cell) {
            if (static_cast<unsigned char>(c) >= 0x80) {
                ascii = false;
                break;
            }
        }
        if (!ascii) {
            const size_t bad = detail::firstInvalidUtf8(cell);
            if (bad != std::string_view::npos) {
                fail(StudioError::make(errc::InvalidDataset,
                    invalid() + where + u", column \""_s + b.name()
                        + u"\", is not valid UTF-8 text (byte 0x"_s
                        + QString::number(static_cast<unsigned char>(cell[bad]), 16).toUpper()
                        + u"). Save the file as UTF-8."_s)
                         .at(row, b.name()));
                return false;
            }
        }
        QString target;
        if (!b.add(cell, &target)) {
            fail(StudioError::make(errc::ParseFailed,
                u"Failed to convert value "_s + quoted(cell) + u" in column \""_s + b.name()
                    + u"\" from \"String\" to \""_s + target + u"\" at "_s + where + u"."_s)
                     .at(row, b.name()));
            return false;
        }
    }
    lines.addSourceLine(qsizetype(dataRow), recordLine);
    dataRow = row;
    return true;
}

CsvReader::CsvReader(CsvReadOptions options)
    : d(std::make_unique<State>())
{
    d->options = std::move(options);
}

CsvReader::~CsvReader() = default;

qint64 CsvReader::rowsRead() const
{
    return d->dataRow;
}

bool CsvReader::feed(QByteArrayView chunk)
{
    if (d->error || d->finished)
        return !d->error;
    if (!d->started) {
        d->pending.append(chunk.data(), size_t(chunk.size()));
        if (d->pending.size() < 3)
            return true;
        d->started = true;
        const auto *u = reinterpret_cast<const unsigned char *>(d->pending.data());
        if ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF)) {
            d->fail(StudioError::make(errc::InvalidDataset,
                d->invalid() + u"the file is UTF-16 encoded. Save it as UTF-8 (with or without a BOM)."_s));
            return false;
        }
        if (u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF)
            d->pending.erase(0, 3);
        chunk = {};
    }
    if (d->pending.empty()) {
        const size_t used = d->tokenize(chunk.data(), size_t(chunk.size()), false);
        d->pending.assign(chunk.data() + used, size_t(chunk.size()) - used);
    } else {
        d->pending.append(chunk.data(), size_t(chunk.size()));
        const size_t used = d->tokenize(d->pending.data(), d->pending.size(), false);
        d->pending.erase(0, used);
    }
    return !d->error;
}

Result<DataTable> CsvReader::finish()
{
    if (!d->finished && !d->error) {
        if (!d->started) {
            d->started = true;
            if (d->pending.size() >= 2) {
                const auto *u = reinterpret_cast<const unsigned char *>(d->pending.data());
                if ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF))
                    d->fail(StudioError::make(
                        errc::InvalidDataset, d->invalid() + u"the file is UTF-16 encoded."_s));
            }
        }
        if (!d->error)
            d->tokenize(d->pending.data(), d->pending.size(), true);
    }
    d->finished = true;
    d->pending = {};
    if (d->error)
        return *d->error;
    if (!d->haveHeader) {
        return StudioError::make(errc::NullOrEmpty,
            u"Input \""_s + d->options.datasetName
                + u"\" is null or empty: the CSV file has no header row."_s);
    }
    DataTable table = std::move(d->lines);
    for (detail::ColumnBuilder &b : d->builders) {
        const Status added = table.addColumn(b.finish());
        if (!added)
            return added.error();
    }
    d->builders.clear();
    return table;
}

Result<DataTable> readCsv(QByteArrayView bytes, const CsvReadOptions &options)
{
    CsvReader reader(options);
    reader.feed(bytes);
    return reader.finish();
}

Result<DataTable> readCsv(QIODevice &device, const CsvReadOptions &options)
{
    CsvReader reader(options);
    QByteArray chunk;
    while (true) {
        chunk = device.read(1 << 20);
        if (chunk.isEmpty())
            break;
        if (!reader.feed(chunk))
            break;
    }
    return reader.finish();
}

Result<DataTable> readCsvFile(const QString &path, const CsvReadOptions &options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return StudioError::make(errc::NullOrEmpty,
            u"Input \""_s + options.datasetName + u"\" could not be opened: "_s + path + u": "_s
                + file.errorString());
    }
    return readCsv(file, options);
}

} // namespace mlr::studio
