#pragma once

#include "engine/datatable.h"

#include <QByteArrayView>

#include <memory>

class QIODevice;

namespace mlr::studio {

struct CsvReadOptions
{
    // Named in messages: "Dataset contains invalid data ..." (Studio's wording).
    QString datasetName = QStringLiteral("Dataset");
    // When set, these columns must be present (Error 0001) and their cells must convert
    // to the given type (Error 0002 naming row, column and value). Other columns are
    // inferred, or rejected (Error 0018) when allowExtraColumns is false.
    std::optional<Schema> expectedSchema;
    bool allowExtraColumns = true;
    // When not empty, the header must contain this column (Error 0024).
    QString labelColumn;
};

// Streaming RFC 4180 reader: a header row, comma separators, "..." quoting with "" for a
// quote, CRLF / LF / CR line ends, UTF-8 with or without a BOM. Blank lines are skipped.
// Cells are kept verbatim (no trimming) except that numbers may have surrounding spaces.
// Column types are inferred unless the expected schema fixes them: a column whose
// non-empty cells are all numbers is Numeric (Integer when all are integral), otherwise
// String. Empty cells are missing values. When a column turns out textual after numeric
// looking cells, those earlier cells keep their shortest numeric text ("1.50" -> "1.5").
// The table records the physical line each data row starts on (DataTable::sourceLine).
// The first problem stops reading; the error names the 1-based data row (row 0 = header),
// the physical line and the column.
class CsvReader
{
public:
    explicit CsvReader(CsvReadOptions options = {});
    ~CsvReader();
    CsvReader(const CsvReader &) = delete;
    CsvReader &operator=(const CsvReader &) = delete;

    // Consumes the next chunk (any size, any split point). Returns false once an error has
    // occurred; later chunks are ignored.
    bool feed(QByteArrayView chunk);
    // Ends the input and returns the table or the first error. Call once.
    Result<DataTable> finish();
    qint64 rowsRead() const;

private:
    struct State;
    std::unique_ptr<State> d;
};

Result<DataTable> readCsv(QByteArrayView bytes, const CsvReadOptions &options = {});
// Reads the device to its end in chunks of 1 MiB.
Result<DataTable> readCsv(QIODevice &device, const CsvReadOptions &options = {});
Result<DataTable> readCsvFile(const QString &path, const CsvReadOptions &options = {});

} // namespace mlr::studio
