#include "engine/csvreaderstate.h"

using namespace Qt::StringLiterals;

namespace mlr::studio {

// Parses one record at `pos`. On Record, `pos` is past its terminator and `lines` holds the
// physical lines it spans; on NeedMore nothing is consumed.
detail::Step CsvReader::State::nextRecord(const char *buf, size_t n, bool final, size_t &pos, qint64 &lines)
{
    spans.clear();
    scratch.clear();
    lines = 0;
    size_t p = pos;
    bool anyQuoted = false;
    for (;;) {
        if (p >= n) {
            if (!final)
                return detail::Step::NeedMore;
            if (spans.empty() && p == pos)
                return detail::Step::End;
            spans.push_back({}); // "a,b," at the end of the input
            break;
        }
        detail::FieldSpan span;
        if (buf[p] == '"') {
            anyQuoted = true;
            size_t q = p + 1;
            size_t segment = q;
            bool escaped = false;
            bool closed = false;
            const size_t scratchStart = scratch.size();
            while (q < n) {
                const char c = buf[q];
                if (c == '"') {
                    if (q + 1 >= n && !final)
                        return detail::Step::NeedMore;
                    if (q + 1 < n && buf[q + 1] == '"') {
                        scratch.append(buf + segment, q + 1 - segment);
                        q += 2;
                        segment = q;
                        escaped = true;
                        continue;
                    }
                    closed = true;
                    break;
                }
                if (c == '\n' || (c == '\r' && !(q + 1 < n && buf[q + 1] == '\n')))
                    ++lines;
                ++q;
            }
            if (!closed) {
                if (!final)
                    return detail::Step::NeedMore;
                fail(StudioError::make(errc::InvalidDataset,
                    invalid() + u"a quoted field that starts on line "_s + QString::number(line)
                        + u" is never closed."_s)
                         .at(dataRow + (haveHeader ? 1 : 0)));
                return detail::Step::Error;
            }
            size_t tail = q + 1;
            size_t t = tail;
            while (t < n && buf[t] != ',' && buf[t] != '\n' && buf[t] != '\r')
                ++t;
            if (t >= n && !final)
                return detail::Step::NeedMore;
            if (escaped || t > tail) {
                // Text after the closing quote is kept (lenient, like spreadsheet programs).
                scratch.append(buf + segment, q - segment);
                scratch.append(buf + tail, t - tail);
                span = { true, scratchStart, scratch.size() - scratchStart };
            } else {
                span = { false, p + 1, q - p - 1 };
            }
            p = t;
        } else {
            size_t t = p;
            while (t < n && buf[t] != ',' && buf[t] != '\n' && buf[t] != '\r')
                ++t;
            if (t >= n && !final)
                return detail::Step::NeedMore;
            span = { false, p, t - p };
            p = t;
        }
        spans.push_back(span);
        if (p >= n)
            break; // final: the last record has no line end
        if (buf[p] == ',') {
            ++p;
            continue;
        }
        if (buf[p] == '\r') {
            if (p + 1 >= n && !final)
                return detail::Step::NeedMore;
            ++p;
            if (p < n && buf[p] == '\n')
                ++p;
        } else {
            ++p;
        }
        ++lines;
        break;
    }
    pos = p;
    fields.clear();
    if (spans.size() == 1 && spans[0].length == 0 && !anyQuoted)
        return detail::Step::Record; // blank line: fields stays empty
    for (const detail::FieldSpan &s : spans)
        fields.emplace_back((s.inScratch ? scratch.data() : buf) + s.offset, s.length);
    return detail::Step::Record;
}

size_t CsvReader::State::tokenize(const char *buf, size_t n, bool final)
{
    size_t pos = 0;
    while (!error) {
        size_t next = pos;
        qint64 lines = 0;
        const detail::Step step = nextRecord(buf, n, final, next, lines);
        if (step == detail::Step::NeedMore || step == detail::Step::End || step == detail::Step::Error)
            break;
        const qint64 recordLine = line;
        line += lines;
        pos = next;
        if (fields.empty())
            continue; // blank line
        if (!processRecord(recordLine))
            break;
    }
    return pos;
}

} // namespace mlr::studio
