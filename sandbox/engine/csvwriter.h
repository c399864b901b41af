#pragma once

#include "engine/datatable.h"

#include <QByteArray>

class QIODevice;

namespace mlr::studio {

// RFC 4180 output: a header row, then one line per row, CRLF line ends, UTF-8 without a
// BOM. A cell is quoted only when it contains a comma, a quote, CR or LF (quotes doubled).
// Missing values are empty cells; numbers use formatNumber() (shortest round trip).
// Without the header row when includeHeader is false (to append blocks of rows).
QByteArray writeCsv(const DataTable &table, bool includeHeader = true);
// Streams to the device in blocks of about 1 MiB; false when a write fails.
bool writeCsv(const DataTable &table, QIODevice &device, bool includeHeader = true);

// One CSV cell, quoted when needed (exposed for writers of single-row files).
QByteArray csvCell(const QString &text);

} // namespace mlr::studio
