#include "engine/csvcolumnbuilder.h"

#include <charconv>
#include <cmath>
#include <limits>

namespace mlr::studio::detail {

size_t firstInvalidUtf8(std::string_view text)
{
    const auto *s = reinterpret_cast<const unsigned char *>(text.data());
    const size_t n = text.size();
    size_t i = 0;
    while (i < n) {
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        size_t len = 0;
        unsigned min = 0;
        unsigned cp = 0;
        if ((c & 0xE0) == 0xC0) {
            len = 2;
            cp = c & 0x1F;
            min = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3;
            cp = c & 0x0F;
            min = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            len = 4;
            cp = c & 0x07;
            min = 0x10000;
        } else {
            return i;
        }
        if (i + len > n)
            return i;
        for (size_t k = 1; k < len; ++k) {
            if ((s[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += len;
    }
    return std::string_view::npos;
}

namespace {

bool isBlank(std::string_view s)
{
    for (char c : s) {
        if (c != ' ' && c != '\t')
            return false;
    }
    return true;
}

std::optional<bool> parseBoolean(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    std::string lower(s);
    for (char &c : lower)
        c = char(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    if (lower == "true" || lower == "1" || lower == "yes")
        return true;
    if (lower == "false" || lower == "0" || lower == "no")
        return false;
    return std::nullopt;
}

std::string shortestText(double v)
{
    if (v == 0.0)
        return "0";
    char buffer[40];
    const auto r = std::to_chars(buffer, buffer + sizeof buffer, v);
    return std::string(buffer, r.ptr);
}

} // namespace

ColumnBuilder::ColumnBuilder(QString name, std::optional<ValueType> forced)
    : m_name(std::move(name))
    , m_forced(forced)
{
    m_categorical = forced && (*forced == ValueType::String || *forced == ValueType::Boolean);
}

qint32 ColumnBuilder::codeOf(std::string_view text)
{
    const auto it = m_dictionary.find(text);
    if (it != m_dictionary.end())
        return it->second;
    const auto code = qint32(m_levels.size());
    m_levels.emplace_back(text);
    m_dictionary.emplace(std::string(text), code);
    return code;
}

void ColumnBuilder::switchToCategorical()
{
    m_codes.reserve(m_numbers.capacity());
    for (double v : m_numbers)
        m_codes.push_back(std::isnan(v) ? -1 : codeOf(shortestText(v)));
    m_numbers = {};
    m_categorical = true;
}

bool ColumnBuilder::add(std::string_view cell, QString *problem)
{
    if (m_categorical) {
        if (cell.empty()) {
            m_codes.push_back(-1);
        } else if (m_forced == ValueType::Boolean) {
            const auto b = parseBoolean(cell);
            if (!b) {
                *problem = valueTypeName(ValueType::Boolean);
                return false;
            }
            m_codes.push_back(codeOf(*b ? "True" : "False"));
        } else {
            m_codes.push_back(codeOf(cell));
        }
        return true;
    }
    if (cell.empty()) {
        m_numbers.push_back(std::numeric_limits<double>::quiet_NaN());
        return true;
    }
    const auto value = parseNumber(cell);
    if (!value) {
        if (isBlank(cell)) {
            m_numbers.push_back(std::numeric_limits<double>::quiet_NaN());
            return true;
        }
        if (m_forced) {
            *problem = valueTypeName(*m_forced);
            return false;
        }
        switchToCategorical();
        m_codes.push_back(codeOf(cell));
        return true;
    }
    const bool integral = std::isnan(*value) || (std::trunc(*value) == *value && std::fabs(*value) < 9.0e15);
    if (m_forced == ValueType::Integer && !integral) {
        *problem = valueTypeName(ValueType::Integer);
        return false;
    }
    m_allIntegral = m_allIntegral && integral;
    m_numbers.push_back(*value);
    return true;
}

Column ColumnBuilder::finish()
{
    Column c;
    c.name = m_name;
    if (m_categorical) {
        c.kind = ColumnKind::Categorical;
        c.type = m_forced == ValueType::Boolean ? ValueType::Boolean : ValueType::String;
        c.codes = std::move(m_codes);
        c.levels.reserve(qsizetype(m_levels.size()));
        for (const std::string &level : m_levels)
            c.levels.append(QString::fromUtf8(level.data(), qsizetype(level.size())));
    } else {
        c.kind = ColumnKind::Numeric;
        if (m_forced)
            c.type = *m_forced;
        else
            c.type = m_allIntegral && !m_numbers.empty() ? ValueType::Integer : ValueType::Number;
        c.numbers = std::move(m_numbers);
    }
    m_dictionary.clear();
    m_levels.clear();
    return c;
}

} // namespace mlr::studio::detail
