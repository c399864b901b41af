#pragma once

#include "ml/serviceswagger.h"

#include <optional>
#include <string_view>

namespace mlr::ml {

// How a CSV cell is read for a column type of a service swagger. Pure functions, the same
// rules as Studio's reader: spaces around and a leading '+' allowed; empty or blank cells
// are missing values (always accepted); NaN is a missing number.
enum class ValueKind
{
    Text,
    Integer,
    Number,
    Boolean
};

ValueKind valueKindOf(const ColumnSpec &column);
bool isBlankCell(std::string_view cell);
std::optional<double> parseCellNumber(std::string_view cell); // nullopt: not a finite number (NaN ok)
std::optional<bool> parseCellBoolean(std::string_view cell); // true/false/1/0/yes/no, any case
// True when the cell is missing or holds a value of that kind (Integer: integral).
bool valueFits(std::string_view cell, ValueKind kind);

} // namespace mlr::ml
