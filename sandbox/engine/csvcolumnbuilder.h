#pragma once

// Internal to the CSV reader: accumulates one column's cells while the file streams by.

#include "engine/datatable.h"

#include <string>
#include <string_view>
#include <unordered_map>

namespace mlr::studio::detail {

struct StringViewHash
{
    using is_transparent = void;
    size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view> {}(s); }
};

// Offset of the first byte that is not part of valid UTF-8 (overlongs, surrogates and
// code points above U+10FFFF are invalid), or std::string_view::npos.
size_t firstInvalidUtf8(std::string_view text);

class ColumnBuilder
{
public:
    ColumnBuilder(QString name, std::optional<ValueType> forced);

    // Adds one cell. On a conversion failure (forced type only) returns false and fills
    // `problem` with the target type name.
    bool add(std::string_view cell, QString *problem);
    Column finish();
    const QString &name() const { return m_name; }

private:
    qint32 codeOf(std::string_view text);
    void switchToCategorical();

    QString m_name;
    std::optional<ValueType> m_forced;
    bool m_categorical = false;
    bool m_allIntegral = true;
    std::vector<double> m_numbers;
    std::vector<qint32> m_codes;
    std::unordered_map<std::string, qint32, StringViewHash, std::equal_to<>> m_dictionary;
    std::vector<std::string> m_levels;
};

} // namespace mlr::studio::detail
