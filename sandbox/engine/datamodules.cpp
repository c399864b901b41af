#include "engine/datamodules.h"

#include "engine/random.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <map>

using namespace Qt::StringLiterals;

namespace mlr::studio {

namespace {

StudioError columnNotFound(const QString &name, const DataTable &table)
{
    return StudioError::make(errc::ColumnNotFound,
        u"Column with name or index \""_s + name + u"\" not found. The dataset has: "_s
            + table.columnNames().join(u", "_s) + u"."_s)
        .at(-1, name);
}

} // namespace

Result<QList<qsizetype>> resolveColumns(const DataTable &table, const ColumnSelection &selection)
{
    QList<qsizetype> chosen;
    if (selection.allColumns) {
        for (qsizetype i = 0; i < table.columnCount(); ++i)
            chosen.append(i);
    } else {
        for (const QString &name : selection.include) {
            const qsizetype i = table.indexOf(name);
            if (i < 0)
                return columnNotFound(name, table);
            if (!chosen.contains(i))
                chosen.append(i);
        }
    }
    for (const QString &name : selection.exclude) {
        const qsizetype i = table.indexOf(name);
        if (i < 0)
            return columnNotFound(name, table);
        chosen.removeAll(i);
    }
    return chosen;
}

Result<DataTable> selectColumns(const DataTable &table, const ColumnSelection &selection)
{
    const auto chosen = resolveColumns(table, selection);
    if (!chosen)
        return StudioError(chosen.error()).inModule(u"Select Columns in Dataset"_s);
    DataTable out;
    for (qsizetype i : chosen.value()) {
        const Status added = out.addColumn(table.column(i));
        if (!added)
            return added.error();
    }
    return out;
}

QString cleaningModeName(CleaningMode mode)
{
    switch (mode) {
    case CleaningMode::CustomSubstitutionValue:
        return u"Custom substitution value"_s;
    case CleaningMode::ReplaceWithMean:
        return u"Replace with mean"_s;
    case CleaningMode::ReplaceWithMedian:
        return u"Replace with median"_s;
    case CleaningMode::ReplaceWithMode:
        return u"Replace with mode"_s;
    case CleaningMode::RemoveEntireRow:
        return u"Remove entire row"_s;
    case CleaningMode::RemoveEntireColumn:
        return u"Remove entire column"_s;
    }
    return {};
}

std::optional<CleaningMode> parseCleaningMode(const QString &name)
{
    const QString key = name.simplified().toLower().remove(u' ');
    for (CleaningMode m : { CleaningMode::CustomSubstitutionValue, CleaningMode::ReplaceWithMean,
             CleaningMode::ReplaceWithMedian, CleaningMode::ReplaceWithMode, CleaningMode::RemoveEntireRow,
             CleaningMode::RemoveEntireColumn }) {
        if (cleaningModeName(m).toLower().remove(u' ') == key)
            return m;
    }
    return std::nullopt;
}

qsizetype CleanMissingResult::totalReplaced() const
{
    qsizetype n = 0;
    for (const CleanedColumn &c : columns)
        n += c.replaced;
    return n;
}

namespace {

// Most frequent non-missing level (ties: smallest text); -1 when all are missing.
qint32 modeLevel(const Column &c)
{
    std::vector<qsizetype> counts(size_t(c.levels.size()), 0);
    for (qint32 code : c.codes) {
        if (code >= 0)
            ++counts[size_t(code)];
    }
    qint32 best = -1;
    for (qint32 i = 0; i < qint32(counts.size()); ++i) {
        if (counts[size_t(i)] == 0)
            continue;
        if (best < 0 || counts[size_t(i)] > counts[size_t(best)]
            || (counts[size_t(i)] == counts[size_t(best)] && c.levels[i] < c.levels[best]))
            best = i;
    }
    return best;
}

// Replacement for a numeric column; NaN when it has no values.
double numericReplacement(const Column &c, CleaningMode mode)
{
    std::vector<double> values;
    values.reserve(c.numbers.size());
    for (double v : c.numbers) {
        if (!std::isnan(v))
            values.push_back(v);
    }
    if (values.empty())
        return std::nan("");
    if (mode == CleaningMode::ReplaceWithMean) {
        long double sum = 0;
        for (double v : values)
            sum += v;
        return double(sum / (long double)values.size());
    }
    std::sort(values.begin(), values.end());
    if (mode == CleaningMode::ReplaceWithMedian) {
        const size_t n = values.size();
        return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
    }
    double best = values[0];
    size_t bestCount = 0;
    for (size_t i = 0; i < values.size();) {
        size_t j = i;
        while (j < values.size() && values[j] == values[i])
            ++j;
        if (j - i > bestCount) {
            bestCount = j - i;
            best = values[i];
        }
        i = j;
    }
    return best;
}

qsizetype replaceMissing(Column &c, const ColumnReplacement &r)
{
    qsizetype replaced = 0;
    if (c.isNumeric()) {
        if (!r.numeric || std::isnan(r.number))
            return 0;
        for (double &v : c.numbers) {
            if (std::isnan(v)) {
                v = r.number;
                ++replaced;
            }
        }
        if (replaced && c.type == ValueType::Integer && std::trunc(r.number) != r.number)
            c.type = ValueType::Number;
        return replaced;
    }
    const QString text = r.numeric ? formatNumber(r.number) : r.text;
    if (text.isEmpty())
        return 0;
    qint32 code = qint32(c.levels.indexOf(text));
    for (qint32 &v : c.codes) {
        if (v < 0) {
            if (code < 0) {
                code = qint32(c.levels.size());
                c.levels.append(text);
            }
            v = code;
            ++replaced;
        }
    }
    return replaced;
}

} // namespace

Result<CleanMissingResult> cleanMissingData(const DataTable &table, const CleanMissingOptions &options)
{
    const QString module = u"Clean Missing Data"_s;
    const double lo = options.minimumMissingRatio;
    const double hi = options.maximumMissingRatio;
    if (!(lo >= 0 && lo <= 1) || !(hi >= 0 && hi <= 1) || lo > hi) {
        return StudioError::make(errc::ParameterOutOfRange,
            u"Parameter \"Minimum missing value ratio\" / \"Maximum missing value ratio\" "
            u"value should be in the range of [0, 1], minimum not above maximum."_s)
            .inModule(module);
    }
    const auto chosen = resolveColumns(table, options.columns);
    if (!chosen)
        return StudioError(chosen.error()).inModule(module);

    CleanMissingResult result;
    result.table = table;
    std::vector<bool> removeRow(size_t(table.rowCount()), false);
    QList<qsizetype> dropColumns;
    QList<qsizetype> ordered = chosen.value();
    std::sort(ordered.begin(), ordered.end());
    for (qsizetype index : ordered) {
        Column &c = result.table.column(index);
        CleanedColumn report { c.name, c.missingCount(), 0 };
        const double ratio = table.rowCount() ? double(report.missing) / double(table.rowCount()) : 0.0;
        const bool applies = report.missing > 0 && ratio >= lo && ratio <= hi;
        if (applies) {
            switch (options.mode) {
            case CleaningMode::RemoveEntireRow:
                for (qsizetype r = 0; r < c.size(); ++r) {
                    if (c.isMissing(r))
                        removeRow[size_t(r)] = true;
                }
                break;
            case CleaningMode::RemoveEntireColumn:
                dropColumns.append(index);
                break;
            default: {
                ColumnReplacement rep { c.name, c.isNumeric(), 0, {} };
                if (options.mode == CleaningMode::CustomSubstitutionValue) {
                    if (c.isNumeric()) {
                        const auto v = parseNumber(options.replacementValue.toStdString());
                        const bool integer = c.type == ValueType::Integer;
                        if (!v || std::isnan(*v) || (integer && std::trunc(*v) != *v)) {
                            return StudioError::make(errc::ParseFailed,
                                u"Failed to convert \"Replacement value\" parameter value \""_s
                                    + options.replacementValue + u"\" to the type of column \""_s + c.name
                                    + u"\" ("_s + valueTypeName(c.type) + u")."_s)
                                .inModule(module);
                        }
                        rep.number = *v;
                    } else {
                        rep.text = options.replacementValue;
                    }
                } else if (c.isNumeric()) {
                    // Integer columns keep their type: the mean / median is rounded.
                    rep.number = numericReplacement(c, options.mode);
                    if (c.type == ValueType::Integer && !std::isnan(rep.number))
                        rep.number = std::round(rep.number);
                } else {
                    const qint32 m = modeLevel(c);
                    rep.text = m < 0 ? QString() : c.levels[m];
                }
                report.replaced = replaceMissing(c, rep);
                if (report.replaced)
                    result.transformation.append(rep);
                break;
            }
            }
        }
        result.columns.append(report);
    }
    for (auto it = dropColumns.crbegin(); it != dropColumns.crend(); ++it) {
        result.columnsRemoved.prepend(result.table.column(*it).name);
        result.table.removeColumn(*it);
    }
    if (options.mode == CleaningMode::RemoveEntireRow) {
        std::vector<qsizetype> keep;
        keep.reserve(removeRow.size());
        for (size_t r = 0; r < removeRow.size(); ++r) {
            if (!removeRow[r])
                keep.push_back(qsizetype(r));
        }
        result.rowsRemoved = qsizetype(removeRow.size() - keep.size());
        if (result.rowsRemoved)
            result.table = result.table.takeRows(keep);
    }
    return result;
}

qsizetype applyCleaning(DataTable &table, const QList<ColumnReplacement> &transformation)
{
    qsizetype replaced = 0;
    for (const ColumnReplacement &r : transformation) {
        const qsizetype i = table.indexOf(r.column);
        if (i >= 0)
            replaced += replaceMissing(table.column(i), r);
    }
    return replaced;
}

} // namespace mlr::studio
