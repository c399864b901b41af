#pragma once

#include "engine/studioerror.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace mlr::studio {

// How a column is stored: numbers (NaN = missing) or categories (dictionary codes into
// `levels`, -1 = missing).
enum class ColumnKind : quint8
{
    Numeric,
    Categorical
};

// The Studio swagger ColumnSpecification types. Integer and Number columns are Numeric;
// String and Boolean columns are Categorical (Boolean levels are "True"/"False").
enum class ValueType : quint8
{
    String,
    Integer,
    Number,
    Boolean
};

QString valueTypeName(ValueType type); // "String", "Integer", "Number", "Boolean"
QString valueTypeFormat(ValueType type); // swagger format: "", "Int32", "Double", ""
// Accepts a swagger type and/or format, or a .NET-ish name, case-insensitively: String,
// Integer, Int32, Int64, Number, Double, Float, Boolean, Bool. nullopt when unknown.
std::optional<ValueType> parseValueType(const QString &typeOrFormat);

struct ColumnSpec
{
    QString name;
    ValueType type = ValueType::String;
    friend bool operator==(const ColumnSpec &, const ColumnSpec &) = default;
};
using Schema = QList<ColumnSpec>;

// Shortest text that reads back to exactly `value` ("39", "0.25", "1e+20"); "" for NaN.
QString formatNumber(double value);
// Parses a decimal number, ignoring surrounding spaces and tabs; accepts a leading '+'.
// "nan" (any case) gives NaN; infinities and anything else give nullopt.
std::optional<double> parseNumber(std::string_view text);

struct Column
{
    QString name;
    ColumnKind kind = ColumnKind::Numeric;
    ValueType type = ValueType::Number;
    std::vector<double> numbers; // Numeric only
    std::vector<qint32> codes; // Categorical only
    QStringList levels; // Categorical only: distinct, non-empty texts

    static Column numeric(
        const QString &name, std::vector<double> values, ValueType type = ValueType::Number);
    // Builds the dictionary in order of first appearance; empty strings are missing.
    static Column categorical(
        const QString &name, const QStringList &values, ValueType type = ValueType::String);

    bool isNumeric() const { return kind == ColumnKind::Numeric; }
    qsizetype size() const;
    bool isMissing(qsizetype row) const;
    qsizetype missingCount() const;
    // The cell as text: the level, or formatNumber(); "" when missing.
    QString text(qsizetype row) const;
    // A column holding the given rows, in the given order (rows must be in range).
    Column takeRows(std::span<const qsizetype> rows) const;
};

// A table of equally long named columns. Names are unique (exact comparison).
class DataTable
{
public:
    qsizetype rowCount() const { return m_rows; }
    qsizetype columnCount() const { return qsizetype(m_columns.size()); }
    const std::vector<Column> &columns() const { return m_columns; }
    const Column &column(qsizetype index) const { return m_columns[size_t(index)]; }
    Column &column(qsizetype index) { return m_columns[size_t(index)]; }
    qsizetype indexOf(const QString &name) const; // -1 when absent
    const Column *find(const QString &name) const;
    QStringList columnNames() const;
    Schema schema() const;

    // Fails (Error 0028 / 0018) on a duplicate name or a length different from the table's.
    Status addColumn(Column column);
    void removeColumn(qsizetype index);
    // The given rows (in range), in that order. The result has no source lines.
    DataTable takeRows(std::span<const qsizetype> rows) const;

    // The physical line (1-based) a row starts on in the CSV the table was read from (the
    // CSV reader records them); 0 when unknown (built in memory, or derived by takeRows).
    qint64 sourceLine(qsizetype row) const;
    // Records that data row `row` starts on line `line`. Rows must come in increasing order;
    // only changes of the line - row offset are stored (blank lines, quoted line breaks), so
    // a file of any length costs next to nothing.
    void addSourceLine(qsizetype row, qint64 line);

private:
    std::vector<Column> m_columns;
    qsizetype m_rows = 0;
    std::vector<std::pair<qsizetype, qint64>> m_lineOffsets; // (first row, line - row), by row
};

} // namespace mlr::studio
