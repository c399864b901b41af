#include "engine/csvwriter.h"

#include <QIODevice>

#include <charconv>
#include <cmath>

namespace mlr::studio {

namespace {

QByteArray quoteIfNeeded(const QByteArray &utf8)
{
    bool needs = false;
    for (char c : utf8) {
        if (c == ',' || c == '"' || c == '\r' || c == '\n') {
            needs = true;
            break;
        }
    }
    if (!needs)
        return utf8;
    QByteArray out;
    out.reserve(utf8.size() + 2);
    out.append('"');
    for (char c : utf8) {
        if (c == '"')
            out.append('"');
        out.append(c);
    }
    out.append('"');
    return out;
}

void appendNumber(QByteArray &out, double v)
{
    if (std::isnan(v))
        return;
    if (v == 0.0) {
        out.append('0');
        return;
    }
    char buffer[40];
    const auto r = std::to_chars(buffer, buffer + sizeof buffer, v);
    out.append(buffer, r.ptr - buffer);
}

// Writes rows [first, last) to `out`, using pre-encoded category cells.
void appendRows(QByteArray &out, const DataTable &table, const std::vector<std::vector<QByteArray>> &cells,
    qsizetype first, qsizetype last)
{
    const qsizetype columns = table.columnCount();
    for (qsizetype r = first; r < last; ++r) {
        for (qsizetype c = 0; c < columns; ++c) {
            if (c)
                out.append(',');
            const Column &col = table.column(c);
            if (col.isNumeric()) {
                appendNumber(out, col.numbers[size_t(r)]);
            } else {
                const qint32 code = col.codes[size_t(r)];
                if (code >= 0)
                    out.append(cells[size_t(c)][size_t(code)]);
            }
        }
        out.append("\r\n", 2);
    }
}

template<typename Sink> bool write(const DataTable &table, bool includeHeader, Sink &&sink)
{
    std::vector<std::vector<QByteArray>> cells(size_t(table.columnCount()));
    QByteArray block;
    for (qsizetype c = 0; c < table.columnCount(); ++c) {
        const Column &col = table.column(c);
        if (c && includeHeader)
            block.append(',');
        if (includeHeader)
            block.append(csvCell(col.name));
        for (const QString &level : col.levels)
            cells[size_t(c)].push_back(csvCell(level));
    }
    if (includeHeader)
        block.append("\r\n", 2);
    const qsizetype step = 8192;
    for (qsizetype first = 0; first < table.rowCount(); first += step) {
        appendRows(block, table, cells, first, std::min(table.rowCount(), first + step));
        if (block.size() >= (1 << 20)) {
            if (!sink(block))
                return false;
            block.clear();
        }
    }
    return block.isEmpty() || sink(block);
}

} // namespace

QByteArray csvCell(const QString &text)
{
    return quoteIfNeeded(text.toUtf8());
}

QByteArray writeCsv(const DataTable &table, bool includeHeader)
{
    QByteArray out;
    write(table, includeHeader, [&out](const QByteArray &block) {
        out.append(block);
        return true;
    });
    return out;
}

bool writeCsv(const DataTable &table, QIODevice &device, bool includeHeader)
{
    return write(table, includeHeader,
        [&device](const QByteArray &block) { return device.write(block) == block.size(); });
}

} // namespace mlr::studio
