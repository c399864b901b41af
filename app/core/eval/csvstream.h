#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <string>
#include <vector>

class QIODevice;

namespace mlr::eval {

// Reads RFC 4180 records one at a time from a device, in 1 MiB chunks: header or data rows
// alike, "" escapes, commas and line breaks inside quotes, CRLF/LF/CR line ends, a UTF-8
// BOM at the start, blank lines skipped, text after a closing quote kept. Field views stay
// valid until the next call to next(). Not thread-safe; one reader per thread.
class CsvRecordReader
{
public:
    explicit CsvRecordReader(QIODevice &device, qint64 chunkSize = 1 << 20);

    // Reads the next record. False at the end of the data or on an error (see error()).
    bool next();
    qsizetype fieldCount() const { return qsizetype(m_ends.size()); }
    QByteArrayView field(qsizetype i) const;
    QString text(qsizetype i) const { return QString::fromUtf8(field(i)); }
    // The physical line (1-based) the current record starts on.
    qint64 line() const { return m_recordLine; }
    qint64 bytesRead() const { return m_bytesRead; }
    // Empty unless reading failed (unclosed quote, device error); a plain sentence.
    QString error() const { return m_error; }

private:
    bool fill();
    void endField();

    QIODevice &m_device;
    qint64 m_chunkSize;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_bytesRead = 0;
    bool m_atStart = true;
    bool m_eof = false;
    bool m_skipLineFeed = false;
    qint64 m_line = 1;
    qint64 m_recordLine = 1;
    qint64 m_quoteLine = 0;
    std::string m_data; // the current record's fields, concatenated
    std::vector<size_t> m_ends; // end offset of each field in m_data
    QString m_error;
};

// Parses a number cell: spaces around, a leading '+', "NaN"/empty = NaN. False when the
// text is not a number.
bool parseNumberCell(QByteArrayView cell, double *value);

} // namespace mlr::eval
