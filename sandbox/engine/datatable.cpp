#include "engine/datatable.h"

#include <QHash>

#include <algorithm>
#include <charconv>
#include <cmath>

using namespace Qt::StringLiterals;

namespace mlr::studio {

QString valueTypeName(ValueType type)
{
    switch (type) {
    case ValueType::String:
        return u"String"_s;
    case ValueType::Integer:
        return u"Integer"_s;
    case ValueType::Number:
        return u"Number"_s;
    case ValueType::Boolean:
        return u"Boolean"_s;
    }
    return u"String"_s;
}

QString valueTypeFormat(ValueType type)
{
    switch (type) {
    case ValueType::Integer:
        return u"Int32"_s;
    case ValueType::Number:
        return u"Double"_s;
    case ValueType::String:
    case ValueType::Boolean:
        break;
    }
    return {};
}

std::optional<ValueType> parseValueType(const QString &typeOrFormat)
{
    const QString t = typeOrFormat.trimmed().toLower();
    if (t == u"string"_s || t == u"char"_s)
        return ValueType::String;
    if (t == u"integer"_s || t == u"int"_s || t == u"int16"_s || t == u"int32"_s || t == u"int64"_s
        || t == u"uint8"_s || t == u"uint16"_s || t == u"uint32"_s || t == u"uint64"_s || t == u"int8"_s
        || t == u"byte"_s)
        return ValueType::Integer;
    if (t == u"number"_s || t == u"double"_s || t == u"float"_s)
        return ValueType::Number;
    if (t == u"boolean"_s || t == u"bool"_s)
        return ValueType::Boolean;
    return std::nullopt;
}

QString formatNumber(double value)
{
    if (std::isnan(value))
        return {};
    if (value == 0.0)
        return u"0"_s; // also -0
    char buffer[40];
    const auto r = std::to_chars(buffer, buffer + sizeof buffer, value);
    return QString::fromLatin1(buffer, r.ptr - buffer);
}

std::optional<double> parseNumber(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    if (!text.empty() && text.front() == '+')
        text.remove_prefix(1);
    if (text.empty())
        return std::nullopt;
    double value = 0;
    const auto r = std::from_chars(text.data(), text.data() + text.size(), value);
    if (r.ec == std::errc::result_out_of_range) {
        return std::nullopt;
    }
    if (r.ec != std::errc() || r.ptr != text.data() + text.size())
        return std::nullopt;
    if (std::isinf(value))
        return std::nullopt;
    return value;
}

Column Column::numeric(const QString &name, std::vector<double> values, ValueType type)
{
    Column c;
    c.name = name;
    c.kind = ColumnKind::Numeric;
    c.type = type == ValueType::Integer ? ValueType::Integer : ValueType::Number;
    c.numbers = std::move(values);
    return c;
}

Column Column::categorical(const QString &name, const QStringList &values, ValueType type)
{
    Column c;
    c.name = name;
    c.kind = ColumnKind::Categorical;
    c.type = type == ValueType::Boolean ? ValueType::Boolean : ValueType::String;
    c.codes.reserve(size_t(values.size()));
    QHash<QString, qint32> index;
    for (const QString &v : values) {
        if (v.isEmpty()) {
            c.codes.push_back(-1);
            continue;
        }
        auto it = index.constFind(v);
        if (it == index.constEnd()) {
            it = index.insert(v, qint32(c.levels.size()));
            c.levels.append(v);
        }
        c.codes.push_back(*it);
    }
    return c;
}

qsizetype Column::size() const
{
    return qsizetype(isNumeric() ? numbers.size() : codes.size());
}

bool Column::isMissing(qsizetype row) const
{
    return isNumeric() ? std::isnan(numbers[size_t(row)]) : codes[size_t(row)] < 0;
}

qsizetype Column::missingCount() const
{
    qsizetype n = 0;
    if (isNumeric()) {
        for (double v : numbers)
            n += std::isnan(v) ? 1 : 0;
    } else {
        for (qint32 c : codes)
            n += c < 0 ? 1 : 0;
    }
    return n;
}

QString Column::text(qsizetype row) const
{
    if (isNumeric())
        return formatNumber(numbers[size_t(row)]);
    const qint32 code = codes[size_t(row)];
    return code < 0 ? QString() : levels[code];
}

Column Column::takeRows(std::span<const qsizetype> rows) const
{
    Column c;
    c.name = name;
    c.kind = kind;
    c.type = type;
    c.levels = levels;
    if (isNumeric()) {
        c.numbers.reserve(rows.size());
        for (qsizetype r : rows)
            c.numbers.push_back(numbers[size_t(r)]);
    } else {
        c.codes.reserve(rows.size());
        for (qsizetype r : rows)
            c.codes.push_back(codes[size_t(r)]);
    }
    return c;
}

qsizetype DataTable::indexOf(const QString &name) const
{
    for (size_t i = 0; i < m_columns.size(); ++i) {
        if (m_columns[i].name == name)
            return qsizetype(i);
    }
    return -1;
}

const Column *DataTable::find(const QString &name) const
{
    const qsizetype i = indexOf(name);
    return i < 0 ? nullptr : &m_columns[size_t(i)];
}

QStringList DataTable::columnNames() const
{
    QStringList names;
    names.reserve(columnCount());
    for (const Column &c : m_columns)
        names.append(c.name);
    return names;
}

Schema DataTable::schema() const
{
    Schema s;
    s.reserve(columnCount());
    for (const Column &c : m_columns)
        s.append({ c.name, c.type });
    return s;
}

Status DataTable::addColumn(Column column)
{
    if (indexOf(column.name) >= 0)
        return StudioError::make(
            errc::DuplicateColumn, u"The name \""_s + column.name + u"\" is duplicated."_s);
    if (!m_columns.empty() && column.size() != m_rows) {
        return StudioError::make(errc::InvalidDataset,
            u"Dataset contains invalid data: column \""_s + column.name + u"\" has "_s
                + QString::number(column.size()) + u" rows, the table has "_s + QString::number(m_rows)
                + u"."_s);
    }
    m_rows = column.size();
    m_columns.push_back(std::move(column));
    return Ok {};
}

void DataTable::removeColumn(qsizetype index)
{
    m_columns.erase(m_columns.begin() + index);
    if (m_columns.empty())
        m_rows = 0;
}

DataTable DataTable::takeRows(std::span<const qsizetype> rows) const
{
    DataTable t;
    t.m_rows = qsizetype(rows.size());
    t.m_columns.reserve(m_columns.size());
    for (const Column &c : m_columns)
        t.m_columns.push_back(c.takeRows(rows));
    return t;
}

qint64 DataTable::sourceLine(qsizetype row) const
{
    const auto after = std::upper_bound(m_lineOffsets.begin(), m_lineOffsets.end(), row,
        [](qsizetype r, const std::pair<qsizetype, qint64> &o) { return r < o.first; });
    if (after == m_lineOffsets.begin())
        return 0;
    return row + std::prev(after)->second;
}

void DataTable::addSourceLine(qsizetype row, qint64 line)
{
    if (m_lineOffsets.empty() || m_lineOffsets.back().second != line - row)
        m_lineOffsets.emplace_back(row, line - row);
}

} // namespace mlr::studio
