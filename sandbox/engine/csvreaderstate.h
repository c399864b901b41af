#pragma once

// Internal to the CSV reader: its state, shared by csvreader.cpp (records, header, API) and
// csvtokenizer.cpp (RFC 4180 tokenizing).

#include "engine/csvcolumnbuilder.h"
#include "engine/csvreader.h"

#include <string>

namespace mlr::studio {

namespace detail {

// One field of the current record: a span of the input, or of the unescaping scratch.
struct FieldSpan
{
    bool inScratch = false;
    size_t offset = 0;
    size_t length = 0;
};

enum class Step
{
    Record,
    NeedMore,
    End,
    Error
};

} // namespace detail

struct CsvReader::State
{
    CsvReadOptions options;
    std::string pending;
    bool started = false; // BOM checked
    bool finished = false;
    bool haveHeader = false;
    qint64 line = 1; // physical line where the next record starts
    qint64 dataRow = 0; // data rows accepted so far
    std::optional<StudioError> error;
    std::vector<detail::ColumnBuilder> builders;
    DataTable lines; // only its source lines: the line each data row starts on
    // Scratch for one record.
    std::vector<detail::FieldSpan> spans;
    std::string scratch;
    std::vector<std::string_view> fields;

    size_t tokenize(const char *buf, size_t n, bool final);
    detail::Step nextRecord(const char *buf, size_t n, bool final, size_t &pos, qint64 &lines);
    bool processRecord(qint64 recordLine);
    bool setHeader(qint64 recordLine);
    void fail(StudioError e)
    {
        if (!error)
            error = std::move(e);
    }
    QString invalid() const { return options.datasetName + QStringLiteral(" contains invalid data: "); }
};

} // namespace mlr::studio
