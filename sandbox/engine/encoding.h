#pragma once

// The feature encoding shared by every learner: numeric columns are standardised with the
// training mean and standard deviation (missing -> the mean, i.e. 0); categorical columns
// are one-hot over the training levels (sorted) plus a "missing" slot; a level unseen in
// training encodes as all zeros. Encoded indices are 0-based; one row yields at most one
// entry per feature, in increasing index order.

#include "engine/datatable.h"

#include <cmath>
#include <limits>
#include <span>
#include <unordered_map>

namespace mlr::studio {

struct FeatureSpec
{
    QString column;
    ColumnKind kind = ColumnKind::Numeric;
    ValueType type = ValueType::Number; // the training column's type
    double mean = 0; // Numeric
    double stdDev = 1; // Numeric, > 0
    QStringList levels; // Categorical, sorted, distinct
    qint32 offset = 0; // first encoded index

    qint32 width() const { return kind == ColumnKind::Numeric ? 1 : qint32(levels.size()) + 1; }
    qint32 missingIndex() const { return offset + qint32(levels.size()); } // Categorical
};

struct FeatureEncoding
{
    QList<FeatureSpec> features;
    qint32 width = 0;

    // Learns the encoding of `columns` over `rows` of `table` (all rows when empty).
    // Error 0001 for an unknown column.
    static Result<FeatureEncoding> fit(
        const DataTable &table, const QStringList &columns, std::span<const qsizetype> rows = {});
    // Recomputes offsets and width from the features (after loading).
    void layout();
    // The encoded name of index i: "age", "workclass=Private", "workclass=(missing)".
    QString indexName(qint32 index) const;
};

// Missing or unusable values met while encoding.
struct EncodeStats
{
    qint64 numericMissing = 0; // replaced by the training mean
    qint64 categoricalMissing = 0; // encoded as the "missing" level
    qint64 unknownLevels = 0; // categories unseen in training (all zeros)
    qint64 invalidNumbers = 0; // text in a numeric feature (treated as missing)

    qint64 missingTotal() const { return numericMissing + categoricalMissing; }
    EncodeStats &operator+=(const EncodeStats &o);
};

// An encoding bound to the columns of one table. The table must outlive the binding.
class BoundEncoding
{
public:
    // Error 0001 when a feature column is absent.
    static Result<BoundEncoding> bind(const FeatureEncoding &encoding, const DataTable &table);

    qint32 width() const { return m_width; }
    qint32 maxEntriesPerRow() const { return qint32(m_features.size()); }

    // Calls emit(qint32 index, double value) for the row's entries in increasing index
    // order and counts missing / unknown values into stats.
    template<typename Emit> void encodeRow(qsizetype row, Emit &&emit, EncodeStats &stats) const
    {
        for (const Bound &f : m_features) {
            if (f.numericFeature) {
                double x;
                if (f.column->isNumeric()) {
                    x = f.column->numbers[size_t(row)];
                } else {
                    const qint32 code = f.column->codes[size_t(row)];
                    x = code < 0 ? kMissing : f.levelNumbers[size_t(code)];
                    if (code >= 0 && std::isnan(x))
                        ++stats.invalidNumbers;
                }
                if (std::isnan(x)) {
                    ++stats.numericMissing;
                    emit(f.offset, 0.0);
                } else {
                    emit(f.offset, (x - f.mean) * f.invStd);
                }
                continue;
            }
            qint32 index;
            if (f.column->isNumeric()) {
                const double x = f.column->numbers[size_t(row)];
                if (std::isnan(x)) {
                    index = f.missingIndex;
                } else {
                    const auto it = f.numberLevels.find(x);
                    index = it == f.numberLevels.end() ? -1 : it->second;
                }
            } else {
                const qint32 code = f.column->codes[size_t(row)];
                index = code < 0 ? f.missingIndex : f.levelMap[size_t(code)];
            }
            if (index == f.missingIndex)
                ++stats.categoricalMissing;
            if (index < 0)
                ++stats.unknownLevels;
            else
                emit(index, 1.0);
        }
    }

private:
    static constexpr double kMissing = std::numeric_limits<double>::quiet_NaN();
    struct Bound
    {
        const Column *column = nullptr;
        bool numericFeature = true;
        qint32 offset = 0;
        double mean = 0;
        double invStd = 1;
        std::vector<double> levelNumbers; // numeric feature, textual column
        std::vector<qint32> levelMap; // categorical feature, textual column
        std::unordered_map<double, qint32> numberLevels; // categorical feature, numeric column
        qint32 missingIndex = -1;
    };
    std::vector<Bound> m_features;
    qint32 m_width = 0;
};

} // namespace mlr::studio
