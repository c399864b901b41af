#include "ml/csvscan.h"

namespace mlr::ml {

CsvScanner::CsvScanner(RecordFn onRecord)
    : m_onRecord(std::move(onRecord))
{
    m_record.m_fields.resize(1);
    m_record.m_count = 1;
    m_cell = &m_record.m_fields[0];
    m_cell->clear();
}

void CsvScanner::endField()
{
    ++m_record.m_count;
    if (m_record.m_fields.size() < m_record.m_count)
        m_record.m_fields.emplace_back();
    m_cell = &m_record.m_fields[m_record.m_count - 1];
    m_cell->clear();
}

void CsvScanner::endRecord()
{
    const bool blank = m_recordEmpty;
    m_record.line = m_recordLine;
    if (!blank && m_stop == Stop::None && !m_onRecord(m_record))
        m_stop = Stop::ByCallback;
    m_record.m_count = 1;
    m_cell = &m_record.m_fields[0];
    m_cell->clear();
    m_recordEmpty = true;
    m_quoteClosed = false;
}

void CsvScanner::feed(QByteArrayView chunk)
{
    const char *p = chunk.data();
    const char *end = p + chunk.size();
    // The start of the file: a UTF-8 BOM is skipped, a UTF-16 one stops the scan.
    while (m_startBytes >= 0 && m_startBytes < 3 && p < end && m_stop == Stop::None) {
        m_start[m_startBytes++] = static_cast<unsigned char>(*p++);
        ++m_bytes;
        if (m_startBytes == 2
            && ((m_start[0] == 0xFF && m_start[1] == 0xFE) || (m_start[0] == 0xFE && m_start[1] == 0xFF))) {
            m_stop = Stop::Utf16;
            m_stopLine = 1;
            return;
        }
        if (m_startBytes == 3) {
            const int n = m_startBytes;
            m_startBytes = -1;
            if (m_start[0] == 0xEF && m_start[1] == 0xBB && m_start[2] == 0xBF) {
                m_bom = true;
            } else {
                m_bytes -= n;
                feed(QByteArrayView(reinterpret_cast<const char *>(m_start), n));
            }
        }
    }
    if (m_startBytes >= 0)
        return; // still deciding
    while (p < end && m_stop == Stop::None) {
        const char c = *p;
        if (c == '\0') {
            m_stop = Stop::NulByte;
            m_stopLine = m_line;
            return;
        }
        if (m_pendingCr) {
            m_pendingCr = false;
            if (c == '\n') {
                ++p;
                ++m_bytes;
                continue; // CRLF: the line was counted at the CR
            }
        }
        if (m_recordEmpty) {
            m_recordLine = m_line;
        }
        m_lastWasNewline = false;
        if (m_inQuotes) {
            if (m_quoteClosed) {
                m_quoteClosed = false;
                if (c == '"') { // "" -> "
                    m_cell->push_back('"');
                    ++p;
                    ++m_bytes;
                    continue;
                }
                m_inQuotes = false; // fall through to the unquoted handling of c
            } else {
                // Bulk-copy the run up to the next quote, NUL or line end.
                const char *q = p;
                while (q < end && *q != '"' && *q != '\0' && *q != '\n' && *q != '\r')
                    ++q;
                if (q > p) {
                    m_cell->append(p, size_t(q - p));
                    m_bytes += q - p;
                    p = q;
                    continue;
                }
                if (c == '"') {
                    m_quoteClosed = true;
                } else if (c == '\n' || c == '\r') {
                    m_cell->push_back(c);
                    ++m_line;
                    m_pendingCr = c == '\r';
                }
                ++p;
                ++m_bytes;
                continue;
            }
        }
        // Unquoted.
        if (c == ',') {
            m_recordEmpty = false;
            endField();
        } else if (c == '\n' || c == '\r') {
            ++m_line;
            m_pendingCr = c == '\r';
            m_lastWasNewline = true;
            endRecord();
        } else if (c == '"' && m_cell->empty()) {
            m_recordEmpty = false;
            m_inQuotes = true;
            m_quoteLine = m_line;
        } else {
            m_recordEmpty = false;
            const char *q = p + 1;
            while (q < end && *q != ',' && *q != '\n' && *q != '\r' && *q != '\0')
                ++q;
            m_cell->append(p, size_t(q - p));
            m_bytes += q - p;
            p = q;
            continue;
        }
        ++p;
        ++m_bytes;
    }
}

void CsvScanner::finish()
{
    if (m_startBytes > 0 && m_stop == Stop::None) {
        const int n = m_startBytes;
        m_startBytes = -1;
        m_bytes -= n;
        feed(QByteArrayView(reinterpret_cast<const char *>(m_start), n));
    }
    m_startBytes = -1;
    if (m_stop != Stop::None)
        return;
    if (m_inQuotes && !m_quoteClosed) {
        m_stop = Stop::UnclosedQuote;
        m_stopLine = m_quoteLine;
        return;
    }
    m_inQuotes = false;
    if (!m_recordEmpty)
        endRecord();
}

bool isValidUtf8(std::string_view bytes, qsizetype *badOffset)
{
    const auto *s = reinterpret_cast<const unsigned char *>(bytes.data());
    const size_t n = bytes.size();
    size_t i = 0;
    while (i < n) {
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int len = 0;
        unsigned int cp = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            cp = c & 0x07;
        } else {
            if (badOffset)
                *badOffset = qsizetype(i);
            return false;
        }
        if (i + size_t(len) > n) {
            if (badOffset)
                *badOffset = qsizetype(i);
            return false;
        }
        for (int k = 1; k < len; ++k) {
            const unsigned char cc = s[i + size_t(k)];
            if ((cc & 0xC0) != 0x80) {
                if (badOffset)
                    *badOffset = qsizetype(i);
                return false;
            }
            cp = (cp << 6) | (cc & 0x3F);
        }
        const bool overlong = (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000);
        if (overlong || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) {
            if (badOffset)
                *badOffset = qsizetype(i);
            return false;
        }
        i += size_t(len);
    }
    return true;
}

} // namespace mlr::ml
