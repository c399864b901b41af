#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>

// Numbers, percentages, sizes and dates as people of a locale write them: pure functions of
// their arguments (no global state), for user-visible text only (machine-readable output keeps
// QString::number and ISO 8601). The locale defaults to QLocale() (set by mlr::i18n::install).
namespace mlr::i18n {

// "0.8125" / "0,8125": fixed decimals; "—" for NaN; "∞"/"-∞" for infinities.
QString formatDecimal(double value, int decimals, const QLocale &locale = QLocale());
// A difference with its sign: "+0.0228", "-0.0100" / "+0,0228"; "0.0000" for zero, "—" for NaN.
QString formatSignedDecimal(double value, int decimals, const QLocale &locale = QLocale());
// A fraction as a percentage: 0.125 -> "12.5%" (en) / "12,5 %" (fr, no-break space);
// "—" for NaN.
QString formatPercent(double fraction, int decimals, const QLocale &locale = QLocale());
// A count with the locale's digit grouping: "12,345" / "12 345".
QString formatCount(qint64 count, const QLocale &locale = QLocale());
// A size in bytes: "1.5 MB"/"1,5 Mo"-style through QLocale::formattedDataSize (SI units for
// English, octets for French).
QString formatDataSize(qint64 bytes, const QLocale &locale = QLocale());
// A date and time in the locale's short format, in local time ("" for an invalid one).
QString formatDateTime(const QDateTime &when, const QLocale &locale = QLocale());
// A date in the locale's short format ("" for an invalid one).
QString formatDate(const QDate &date, const QLocale &locale = QLocale());
// A duration of whole seconds: "42 s", "3 min 05 s", "1 h 02 min" (same in fr and en, the
// locale's digits).
QString formatDuration(qint64 seconds, const QLocale &locale = QLocale());

} // namespace mlr::i18n
