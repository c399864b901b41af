#include "eval/csvstream.h"

#include <QCoreApplication>
#include <QIODevice>

#include <charconv>
#include <cmath>
#include <limits>

namespace mlr::eval {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(mlr::eval::CsvRecordReader)
};

enum class State
{
    FieldStart,
    Unquoted,
    Quoted,
    QuoteInQuoted
};

} // namespace

CsvRecordReader::CsvRecordReader(QIODevice &device, qint64 chunkSize)
    : m_device(device)
    , m_chunkSize(chunkSize)
{ }

bool CsvRecordReader::fill()
{
    if (m_eof)
        return false;
    m_buffer.resize(qsizetype(m_chunkSize));
    const qint64 n = m_device.read(m_buffer.data(), m_chunkSize);
    if (n < 0) {
        m_error = Tr::tr("The file could not be read: %1").arg(m_device.errorString());
        m_eof = true;
        m_buffer.clear();
        return false;
    }
    if (n == 0 && m_device.atEnd()) {
        m_eof = true;
        m_buffer.clear();
        return false;
    }
    m_buffer.resize(qsizetype(n));
    m_bytesRead += n;
    m_pos = 0;
    if (m_atStart && m_buffer.size() >= 3 && m_buffer.startsWith("\xEF\xBB\xBF"))
        m_pos = 3;
    m_atStart = m_atStart && m_buffer.isEmpty();
    return true;
}

void CsvRecordReader::endField()
{
    m_ends.push_back(m_data.size());
}

QByteArrayView CsvRecordReader::field(qsizetype i) const
{
    const size_t begin = i == 0 ? 0 : m_ends[size_t(i - 1)];
    return QByteArrayView(m_data.data() + begin, qsizetype(m_ends[size_t(i)] - begin));
}

bool CsvRecordReader::next()
{
    if (!m_error.isEmpty())
        return false;
    for (;;) {
        m_data.clear();
        m_ends.clear();
        State state = State::FieldStart;
        bool sawAnything = false; // a quote or a comma: not a blank line
        bool recordDone = false;
        m_recordLine = m_line;
        while (!recordDone) {
            if (m_pos >= m_buffer.size() && !fill()) {
                if (!m_error.isEmpty())
                    return false;
                if (state == State::Quoted) {
                    m_error
                        = Tr::tr("A quoted field that starts on line %1 is never closed.").arg(m_quoteLine);
                    return false;
                }
                if (!sawAnything && m_data.empty())
                    return false; // end of data
                endField();
                return true;
            }
            const char *p = m_buffer.constData();
            const qsizetype size = m_buffer.size();
            while (m_pos < size) {
                const char c = p[m_pos++];
                if (m_skipLineFeed) {
                    m_skipLineFeed = false;
                    if (c == '\n')
                        continue;
                }
                if (state == State::Quoted) {
                    if (c == '"') {
                        state = State::QuoteInQuoted;
                    } else {
                        if (c == '\n' || c == '\r')
                            ++m_line; // CRLF inside quotes counts twice; rare, harmless
                        m_data.push_back(c);
                    }
                    continue;
                }
                if (c == ',') {
                    endField();
                    sawAnything = true;
                    state = State::FieldStart;
                } else if (c == '\n' || c == '\r') {
                    ++m_line;
                    m_skipLineFeed = c == '\r';
                    recordDone = true;
                    break;
                } else if (c == '"' && state == State::FieldStart) {
                    state = State::Quoted;
                    sawAnything = true;
                    m_quoteLine = m_line;
                } else if (c == '"' && state == State::QuoteInQuoted) {
                    m_data.push_back('"');
                    state = State::Quoted;
                } else {
                    m_data.push_back(c);
                    state = State::Unquoted;
                }
            }
        }
        if (!sawAnything && m_data.empty())
            continue; // blank line
        endField();
        return true;
    }
}

bool parseNumberCell(QByteArrayView cell, double *value)
{
    const QByteArrayView t = cell.trimmed();
    if (t.isEmpty() || t.compare("nan", Qt::CaseInsensitive) == 0) {
        *value = std::numeric_limits<double>::quiet_NaN();
        return true;
    }
    const char *begin = t.data();
    const char *end = t.data() + t.size();
    if (*begin == '+')
        ++begin;
    double v = 0;
    const auto [ptr, ec] = std::from_chars(begin, end, v);
    if (ec == std::errc::result_out_of_range && ptr == end) {
        *value = v; // denormals / huge values: from_chars leaves v as the rounded value
        return true;
    }
    if (ec != std::errc() || ptr != end) {
        // "inf" / "-inf" / "Infinity" are numbers too.
        const QByteArrayView s(begin, end - begin);
        if (s.compare("inf", Qt::CaseInsensitive) == 0 || s.compare("infinity", Qt::CaseInsensitive) == 0) {
            *value = std::numeric_limits<double>::infinity();
            return true;
        }
        return false;
    }
    *value = v;
    return true;
}

} // namespace mlr::eval
