#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// Plain-text formatting of the CLI's results and progress; pure functions.
namespace mlr::cli::format {

// Decimal units, as people read network rates: "0 B", "999 B", "1.50 kB", "12.3 MB", "1.07 GB".
QString bytes(qint64 n);
// "85.2 MB/s" (decimal megabytes per second; "-" when unknown/negative).
QString rate(double bytesPerSecond);
// "0:07", "12:34", "1:02:03"; "--:--" when unknown (negative).
QString duration(qint64 seconds);
// ISO 8601 UTC with seconds, "" for an invalid time.
QString timestamp(const QDateTime &time);

// One progress line (no newline): "  12.3 MB / 480 MB   2%   85.2 MB/s   ETA 0:05".
// total <= 0 means unknown: no percentage and no ETA.
QString progressLine(qint64 done, qint64 total, double bytesPerSecond, qint64 etaSeconds);

// Left-aligned columns separated by two spaces; columns listed in rightAligned are
// right-aligned (numbers). The header row comes first in rows. Trailing spaces trimmed.
QString table(const QList<QStringList> &rows, const QList<int> &rightAligned = {});

// Makes a text fit on one line: line breaks and tabs become single spaces, runs of
// spaces collapse, ends trimmed.
QString oneLine(const QString &text);

} // namespace mlr::cli::format
