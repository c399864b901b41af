#pragma once

// The data-manipulation modules of the catalogue: Select Columns in Dataset, Clean Missing
// Data, Split Data. Pure functions of their inputs; errors are Studio module errors.

#include "engine/datatable.h"

namespace mlr::studio {

// A Studio column picker reduced to names: start from all columns (allColumns) or from
// `include` (in that order), then drop `exclude`. Names are matched exactly.
struct ColumnSelection
{
    bool allColumns = false;
    QStringList include;
    QStringList exclude;

    static ColumnSelection all() { return { true, {}, {} }; }
    static ColumnSelection names(const QStringList &names) { return { false, names, {} }; }
    static ColumnSelection allExcept(const QStringList &names) { return { true, {}, names }; }
};

// Column indices chosen by `selection`; Error 0001 for a name that is not in the table.
Result<QList<qsizetype>> resolveColumns(const DataTable &table, const ColumnSelection &selection);

// "Select Columns in Dataset": the chosen columns, in selection order.
Result<DataTable> selectColumns(const DataTable &table, const ColumnSelection &selection);

enum class CleaningMode
{
    CustomSubstitutionValue,
    ReplaceWithMean, // numeric columns: mean; other columns: mode
    ReplaceWithMedian, // numeric columns: median; other columns: mode
    ReplaceWithMode, // most frequent value; ties go to the smallest number / text
    RemoveEntireRow,
    RemoveEntireColumn,
};
QString cleaningModeName(CleaningMode mode); // Studio's option text, e.g. "Replace with mean"
std::optional<CleaningMode> parseCleaningMode(const QString &name);

struct CleanMissingOptions
{
    ColumnSelection columns = ColumnSelection::all();
    // A selected column is cleaned only when its missing ratio lies in [minimum, maximum].
    double minimumMissingRatio = 0.0;
    double maximumMissingRatio = 1.0;
    CleaningMode mode = CleaningMode::CustomSubstitutionValue;
    QString replacementValue = QStringLiteral("0"); // CustomSubstitutionValue only
};

// What replaced the missing values of one column ("Cleaning transformation").
struct ColumnReplacement
{
    QString column;
    bool numeric = true;
    double number = 0; // when numeric
    QString text; // when not numeric
};

struct CleanedColumn
{
    QString column;
    qsizetype missing = 0; // missing cells before cleaning
    qsizetype replaced = 0; // cells given a value
};

struct CleanMissingResult
{
    DataTable table;
    QList<CleanedColumn> columns; // every selected column, in table order
    QList<ColumnReplacement> transformation;
    qsizetype rowsRemoved = 0;
    QStringList columnsRemoved;
    qsizetype totalReplaced() const;
};

// "Clean Missing Data". Column types never change (an output schema does not depend on the
// data). Errors: 0001 (unknown column), 0008 (ratios outside [0, 1] or minimum > maximum),
// 0002 (a custom value that does not convert to the type of a numeric column).
Result<CleanMissingResult> cleanMissingData(const DataTable &table, const CleanMissingOptions &options);
// Applies a cleaning transformation to other data (missing cells of those columns only;
// columns absent from `table` are ignored). Returns the number of cells replaced.
qsizetype applyCleaning(DataTable &table, const QList<ColumnReplacement> &transformation);

struct SplitOptions
{
    double fraction = 0.5; // "Fraction of rows in the first output dataset"
    bool randomized = true;
    quint64 seed = 0;
    bool stratified = false;
    QString stratificationColumn; // required when stratified
};

struct SplitResult
{
    DataTable first;
    DataTable second;
    std::vector<qsizetype> firstRows; // source row numbers, ascending
    std::vector<qsizetype> secondRows;
};

// "Split Data" (Split Rows). The first output gets llround(fraction * n) rows (per stratum
// when stratified: strata are the distinct values of the column, missing being one), picked
// by a seeded Fisher-Yates shuffle (Random) when randomized, else the leading rows. Both
// outputs keep the source order. Bit-identical on every platform for a given seed.
Result<SplitResult> splitData(const DataTable &table, const SplitOptions &options);

} // namespace mlr::studio
