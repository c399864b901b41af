#pragma once

#include <QByteArrayView>

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace mlr::ml {

// One CSV record as the scanner delivers it: its cells (unquoted, "" -> ") and the 1-based
// physical line it starts on. Valid only during the callback.
class CsvRecord
{
public:
    qint64 line = 0;
    qsizetype size() const { return qsizetype(m_count); }
    std::string_view field(qsizetype i) const { return m_fields[size_t(i)]; }

private:
    friend class CsvScanner;
    std::vector<std::string> m_fields; // reused between records (capacity kept)
    size_t m_count = 0;
};

// A streaming RFC 4180 record scanner for files of any size: feed() chunks split anywhere,
// then finish(). Quotes with "" escapes; commas, CR and LF inside quotes; CRLF, LF or CR
// line ends; text after a closing quote is kept (as spreadsheets do). A UTF-8 BOM at the
// start is skipped. Blank lines are skipped (counted as lines). Bytes are not decoded here.
//
// Stops at the first NUL byte (binary file) or a UTF-16 byte order mark; see stop().
class CsvScanner
{
public:
    enum class Stop
    {
        None,
        NulByte,
        Utf16,
        UnclosedQuote,
        ByCallback
    };

    // Called per record; return false to stop scanning.
    using RecordFn = std::function<bool(const CsvRecord &)>;
    explicit CsvScanner(RecordFn onRecord);

    void feed(QByteArrayView chunk);
    void finish();

    Stop stop() const { return m_stop; }
    qint64 stopLine() const { return m_stopLine; } // line of the NUL byte / the unclosed quote's start
    bool hadBom() const { return m_bom; }
    qint64 lines() const { return m_line - (m_lastWasNewline ? 1 : 0); } // physical lines seen
    qint64 bytes() const { return m_bytes; }

private:
    void endField();
    void endRecord();

    RecordFn m_onRecord;
    CsvRecord m_record;
    std::string *m_cell = nullptr;
    Stop m_stop = Stop::None;
    qint64 m_stopLine = 0;
    qint64 m_line = 1;
    qint64 m_recordLine = 1;
    qint64 m_quoteLine = 0;
    qint64 m_bytes = 0;
    bool m_inQuotes = false;
    bool m_quoteClosed = false; // just read a quote inside quotes (maybe the first of "")
    bool m_pendingCr = false; // a CR was the last byte; a following LF belongs to it
    bool m_recordEmpty = true; // nothing read yet in this record
    bool m_lastWasNewline = false;
    bool m_bom = false;
    int m_startBytes = 0; // bytes of the file start examined for a BOM
    unsigned char m_start[3] = {};
};

// True when the bytes are valid UTF-8 (no overlongs, surrogates or code points past
// U+10FFFF). *badOffset gets the offset of the first bad byte.
bool isValidUtf8(std::string_view bytes, qsizetype *badOffset = nullptr);

} // namespace mlr::ml
