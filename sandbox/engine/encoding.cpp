#include "engine/encoding.h"

#include <QHash>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace mlr::studio {

EncodeStats &EncodeStats::operator+=(const EncodeStats &o)
{
    numericMissing += o.numericMissing;
    categoricalMissing += o.categoricalMissing;
    unknownLevels += o.unknownLevels;
    invalidNumbers += o.invalidNumbers;
    return *this;
}

Result<FeatureEncoding> FeatureEncoding::fit(
    const DataTable &table, const QStringList &columns, std::span<const qsizetype> rows)
{
    FeatureEncoding enc;
    const bool allRows = rows.empty();
    const qsizetype n = allRows ? table.rowCount() : qsizetype(rows.size());
    for (const QString &name : columns) {
        const Column *c = table.find(name);
        if (!c) {
            return StudioError::make(
                errc::ColumnNotFound, u"Column with name or index \""_s + name + u"\" not found."_s)
                .at(-1, name);
        }
        FeatureSpec f;
        f.column = name;
        f.kind = c->kind;
        f.type = c->type;
        if (c->isNumeric()) {
            long double sum = 0;
            qsizetype count = 0;
            for (qsizetype i = 0; i < n; ++i) {
                const double v = c->numbers[size_t(allRows ? i : rows[size_t(i)])];
                if (!std::isnan(v)) {
                    sum += v;
                    ++count;
                }
            }
            const double mean = count ? double(sum / (long double)count) : 0.0;
            long double sq = 0;
            for (qsizetype i = 0; i < n; ++i) {
                const double v = c->numbers[size_t(allRows ? i : rows[size_t(i)])];
                if (!std::isnan(v))
                    sq += (long double)(v - mean) * (v - mean);
            }
            const double sd = count ? std::sqrt(double(sq / (long double)count)) : 0.0;
            f.mean = mean;
            f.stdDev = sd > 1e-12 * std::max(1.0, std::fabs(mean)) && std::isfinite(sd) ? sd : 1.0;
        } else {
            std::vector<bool> used(size_t(c->levels.size()), false);
            for (qsizetype i = 0; i < n; ++i) {
                const qint32 code = c->codes[size_t(allRows ? i : rows[size_t(i)])];
                if (code >= 0)
                    used[size_t(code)] = true;
            }
            for (qsizetype l = 0; l < c->levels.size(); ++l) {
                if (used[size_t(l)])
                    f.levels.append(c->levels[l]);
            }
            std::sort(f.levels.begin(), f.levels.end());
        }
        enc.features.append(f);
    }
    enc.layout();
    return enc;
}

void FeatureEncoding::layout()
{
    qint32 offset = 0;
    for (FeatureSpec &f : features) {
        f.offset = offset;
        offset += f.width();
    }
    width = offset;
}

QString FeatureEncoding::indexName(qint32 index) const
{
    for (const FeatureSpec &f : features) {
        if (index < f.offset || index >= f.offset + f.width())
            continue;
        if (f.kind == ColumnKind::Numeric)
            return f.column;
        const qint32 level = index - f.offset;
        return f.column + u"="_s + (level < f.levels.size() ? f.levels[level] : u"(missing)"_s);
    }
    return {};
}

Result<BoundEncoding> BoundEncoding::bind(const FeatureEncoding &encoding, const DataTable &table)
{
    BoundEncoding b;
    b.m_width = encoding.width;
    b.m_features.reserve(size_t(encoding.features.size()));
    for (const FeatureSpec &f : encoding.features) {
        Bound bound;
        bound.column = table.find(f.column);
        if (!bound.column) {
            return StudioError::make(errc::ColumnNotFound,
                u"Column with name or index \""_s + f.column
                    + u"\" not found: the model was trained with it."_s)
                .at(-1, f.column);
        }
        bound.offset = f.offset;
        bound.numericFeature = f.kind == ColumnKind::Numeric;
        if (bound.numericFeature) {
            bound.mean = f.mean;
            bound.invStd = 1.0 / f.stdDev;
            if (!bound.column->isNumeric()) {
                for (const QString &level : bound.column->levels) {
                    const auto v = parseNumber(level.toStdString());
                    bound.levelNumbers.push_back(v ? *v : kMissing);
                }
            }
        } else {
            bound.missingIndex = f.missingIndex();
            QHash<QString, qint32> index;
            for (qint32 l = 0; l < f.levels.size(); ++l)
                index.insert(f.levels[l], f.offset + l);
            if (bound.column->isNumeric()) {
                for (auto it = index.cbegin(); it != index.cend(); ++it) {
                    const auto v = parseNumber(it.key().toStdString());
                    if (v && !std::isnan(*v))
                        bound.numberLevels.emplace(*v, it.value());
                }
            } else {
                for (const QString &level : bound.column->levels)
                    bound.levelMap.push_back(index.value(level, -1));
            }
        }
        b.m_features.push_back(std::move(bound));
    }
    return b;
}

} // namespace mlr::studio
