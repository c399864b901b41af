#include "engine/csvreader.h"

#include "engine/csvcolumnbuilder.h"

#include <QFile>
#include <QIODevice>

#include <string>

using namespace Qt::StringLiterals;

namespace mlr::studio {

namespace {

struct FieldSpan
{
    bool inScratch = false;
    size_t offset = 0;
    size_t length = 0;
};

enum class Step
{
    Record,
    NeedMore,
    End,
    Error
};

QString quoted(std::string_view text)
{
    QString s = QString::fromUtf8(text.data(), qsizetype(std::min<size_t>(text.size(), 80)));
    if (text.size() > 80)
        s += u"..."_s;
    return u"\""_s + s + u"\""_s;
}

} // namespace

struct CsvReader::State
{
    CsvReadOptions options;
    std::string pending;
    bool started = false; // BOM checked
    bool finished = false;
    bool haveHeader = false;
    qint64 line = 1; // physical line where the next record starts
    qint64 dataRow = 0; // data rows accepted so far
    std::optional<StudioError> error;
    std::vector<detail::ColumnBuilder> builders;
    // Scratch for one record.
    std::vector<FieldSpan> spans;
    std::string scratch;
    std::vector<std::string_view> fields;

    size_t tokenize(const char *buf, size_t n, bool final);
    Step nextRecord(const char *buf, size_t n, bool final, size_t &pos, qint64 &lines);
    bool processRecord(qint64 recordLine);
    bool setHeader(qint64 recordLine);
    void fail(StudioError e)
    {
        if (!error)
            error = std::move(e);
    }
    QString invalid() const { return options.datasetName + u" contains invalid data: "_s; }
};

// Parses one record at `pos`. On Record, `pos` is past its terminator and `lines` holds the
// physical lines it spans; on NeedMore nothing is consumed.
Step CsvReader::State::nextRecord(const char *buf, size_t n, bool final, size_t &pos, qint64 &lines)
{
    spans.clear();
    scratch.clear();
    lines = 0;
    size_t p = pos;
    bool anyQuoted = false;
    for (;;) {
        if (p >= n) {
            if (!final)
                return Step::NeedMore;
            if (spans.empty() && p == pos)
                return Step::End;
            spans.push_back({}); // "a,b," at the end of the input
            break;
        }
        FieldSpan span;
        if (buf[p] == '"') {
            anyQuoted = true;
            size_t q = p + 1;
            size_t segment = q;
            bool escaped = false;
            bool closed = false;
            const size_t scratchStart = scratch.size();
            while (q < n) {
                const char c = buf[q];
                if (c == '"') {
                    if (q + 1 >= n && !final)
                        return Step::NeedMore;
                    if (q + 1 < n && buf[q + 1] == '"') {
                        scratch.append(buf + segment, q + 1 - segment);
                        q += 2;
                        segment = q;
                        escaped = true;
                        continue;
                    }
                    closed = true;
                    break;
                }
                if (c == '\n' || (c == '\r' && !(q + 1 < n && buf[q + 1] == '\n')))
                    ++lines;
                ++q;
            }
            if (!closed) {
                if (!final)
                    return Step::NeedMore;
                fail(StudioError::make(errc::InvalidDataset,
                    invalid() + u"a quoted field that starts on line "_s + QString::number(line)
                        + u" is never closed."_s)
                         .at(dataRow + (haveHeader ? 1 : 0)));
                return Step::Error;
            }
            size_t tail = q + 1;
            size_t t = tail;
            while (t < n && buf[t] != ',' && buf[t] != '\n' && buf[t] != '\r')
                ++t;
            if (t >= n && !final)
                return Step::NeedMore;
            if (escaped || t > tail) {
                // Text after the closing quote is kept (lenient, like spreadsheet programs).
                scratch.append(buf + segment, q - segment);
                scratch.append(buf + tail, t - tail);
                span = { true, scratchStart, scratch.size() - scratchStart };
            } else {
                span = { false, p + 1, q - p - 1 };
            }
            p = t;
        } else {
            size_t t = p;
            while (t < n && buf[t] != ',' && buf[t] != '\n' && buf[t] != '\r')
                ++t;
            if (t >= n && !final)
                return Step::NeedMore;
            span = { false, p, t - p };
            p = t;
        }
        spans.push_back(span);
        if (p >= n)
            break; // final: the last record has no line end
        if (buf[p] == ',') {
            ++p;
            continue;
        }
        if (buf[p] == '\r') {
            if (p + 1 >= n && !final)
                return Step::NeedMore;
            ++p;
            if (p < n && buf[p] == '\n')
                ++p;
        } else {
            ++p;
        }
        ++lines;
        break;
    }
    pos = p;
    fields.clear();
    if (spans.size() == 1 && spans[0].length == 0 && !anyQuoted)
        return Step::Record; // blank line: fields stays empty
    for (const FieldSpan &s : spans)
        fields.emplace_back((s.inScratch ? scratch.data() : buf) + s.offset, s.length);
    return Step::Record;
}

size_t CsvReader::State::tokenize(const char *buf, size_t n, bool final)
{
    size_t pos = 0;
    while (!error) {
        size_t next = pos;
        qint64 lines = 0;
        const Step step = nextRecord(buf, n, final, next, lines);
        if (step == Step::NeedMore || step == Step::End || step == Step::Error)
            break;
        const qint64 recordLine = line;
        line += lines;
        pos = next;
        if (fields.empty())
            continue; // blank line
        if (!processRecord(recordLine))
            break;
    }
    return pos;
}

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
    DataTable table;
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
