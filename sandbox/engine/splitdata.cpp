#include "engine/datamodules.h"
#include "engine/random.h"

#include <algorithm>
#include <cmath>
#include <map>

using namespace Qt::StringLiterals;

namespace mlr::studio {

Result<SplitResult> splitData(const DataTable &table, const SplitOptions &options)
{
    const QString module = u"Split Data"_s;
    if (!(options.fraction >= 0.0 && options.fraction <= 1.0)) {
        return StudioError::make(errc::ParameterOutOfRange,
            u"Parameter \"Fraction of rows in the first output dataset\" value should be in "
            u"the range of [0, 1]."_s)
            .inModule(module);
    }
    // Strata: row lists keyed by the stratification value (a single stratum otherwise).
    std::vector<std::vector<qsizetype>> strata;
    if (options.stratified) {
        const auto keyIndex = resolveColumns(table, ColumnSelection::names({ options.stratificationColumn }));
        if (!keyIndex)
            return StudioError(keyIndex.error()).inModule(module);
        const Column *key = &table.column(keyIndex.value().first());
        std::map<QString, size_t> index;
        for (qsizetype r = 0; r < table.rowCount(); ++r) {
            const QString value = key->isMissing(r) ? QString() : key->text(r);
            auto [it, inserted] = index.try_emplace(value, strata.size());
            if (inserted)
                strata.emplace_back();
            strata[it->second].push_back(r);
        }
    } else {
        strata.emplace_back(size_t(table.rowCount()));
        for (qsizetype r = 0; r < table.rowCount(); ++r)
            strata[0][size_t(r)] = r;
    }
    // Strata in order of their first row, so the random stream does not depend on values.
    std::sort(
        strata.begin(), strata.end(), [](const auto &a, const auto &b) { return a.front() < b.front(); });

    Random random(options.seed);
    SplitResult result;
    for (std::vector<qsizetype> &rows : strata) {
        const auto take = size_t(std::llround(options.fraction * double(rows.size())));
        if (options.randomized)
            random.shuffle(rows);
        result.firstRows.insert(result.firstRows.end(), rows.begin(), rows.begin() + qsizetype(take));
        result.secondRows.insert(result.secondRows.end(), rows.begin() + qsizetype(take), rows.end());
    }
    std::sort(result.firstRows.begin(), result.firstRows.end());
    std::sort(result.secondRows.begin(), result.secondRows.end());
    result.first = table.takeRows(result.firstRows);
    result.second = table.takeRows(result.secondRows);
    return result;
}

} // namespace mlr::studio
