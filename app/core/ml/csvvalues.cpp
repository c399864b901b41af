#include "ml/csvvalues.h"

#include <charconv>
#include <cmath>

namespace mlr::ml {

namespace {

std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

bool equalsNoCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i) {
        char x = a[i];
        if (x >= 'A' && x <= 'Z')
            x = char(x - 'A' + 'a');
        if (x != b[i])
            return false;
    }
    return true;
}

} // namespace

ValueKind valueKindOf(const ColumnSpec &column)
{
    if (column.type == u"integer")
        return ValueKind::Integer;
    if (column.type == u"number")
        return ValueKind::Number;
    if (column.type == u"boolean")
        return ValueKind::Boolean;
    return ValueKind::Text;
}

bool isBlankCell(std::string_view cell)
{
    return trimmed(cell).empty();
}

std::optional<double> parseCellNumber(std::string_view cell)
{
    std::string_view text = trimmed(cell);
    if (!text.empty() && text.front() == '+')
        text.remove_prefix(1);
    if (text.empty())
        return std::nullopt;
    double value = 0;
    const auto r = std::from_chars(text.data(), text.data() + text.size(), value);
    if (r.ec != std::errc() || r.ptr != text.data() + text.size() || std::isinf(value))
        return std::nullopt;
    return value;
}

std::optional<bool> parseCellBoolean(std::string_view cell)
{
    const std::string_view t = trimmed(cell);
    if (equalsNoCase(t, "true") || t == "1" || equalsNoCase(t, "yes"))
        return true;
    if (equalsNoCase(t, "false") || t == "0" || equalsNoCase(t, "no"))
        return false;
    return std::nullopt;
}

bool valueFits(std::string_view cell, ValueKind kind)
{
    if (kind == ValueKind::Text || isBlankCell(cell))
        return true;
    if (kind == ValueKind::Boolean)
        return parseCellBoolean(cell).has_value();
    // Fast path: most numeric cells are plain integers (an integer parse is much cheaper).
    std::string_view text = trimmed(cell);
    if (!text.empty() && text.front() == '+')
        text.remove_prefix(1);
    if (!text.empty() && text.size() < 16 && text.front() != '+') {
        long long integer = 0;
        const auto r = std::from_chars(text.data(), text.data() + text.size(), integer);
        if (r.ec == std::errc() && r.ptr == text.data() + text.size())
            return true;
    }
    const auto v = parseCellNumber(cell);
    if (!v)
        return false;
    if (kind == ValueKind::Integer)
        return std::isnan(*v) || (std::trunc(*v) == *v && std::fabs(*v) < 9.0e15);
    return true;
}

} // namespace mlr::ml
