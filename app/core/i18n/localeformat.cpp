#include "localeformat.h"

#include <cmath>

namespace mlr::i18n {

namespace {

constexpr QChar NoBreakSpace(0x00A0);

bool frenchTypography(const QLocale &locale)
{
    return locale.language() == QLocale::French;
}

} // namespace

QString formatDecimal(double value, int decimals, const QLocale &locale)
{
    if (std::isnan(value))
        return QStringLiteral("—");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("∞") : QString(locale.negativeSign() + QStringLiteral("∞"));
    return locale.toString(value, 'f', decimals);
}

QString formatSignedDecimal(double value, int decimals, const QLocale &locale)
{
    QString text = formatDecimal(value, decimals, locale);
    if (!std::isnan(value) && value > 0 && text != locale.toString(0.0, 'f', decimals))
        text.prepend(locale.positiveSign());
    return text;
}

QString formatPercent(double fraction, int decimals, const QLocale &locale)
{
    if (std::isnan(fraction))
        return QStringLiteral("—");
    const QString number = locale.toString(fraction * 100.0, 'f', decimals);
    if (frenchTypography(locale))
        return QString(number + NoBreakSpace + locale.percent());
    return QString(number + locale.percent());
}

QString formatCount(qint64 count, const QLocale &locale)
{
    return locale.toString(count);
}

QString formatDataSize(qint64 bytes, const QLocale &locale)
{
    if (frenchTypography(locale)) {
        // formattedDataSize has no French unit names; octets as French interfaces write them.
        static const char16_t *const units[] = { u"octets", u"ko", u"Mo", u"Go", u"To", u"Po" };
        if (bytes < 1000) {
            const QString unit = bytes < 2 ? QStringLiteral("octet") : QString::fromUtf16(units[0]);
            return QString(locale.toString(bytes) + NoBreakSpace + unit);
        }
        double value = double(bytes);
        int unit = 0;
        while (value >= 1000.0 && unit < 5) {
            value /= 1000.0;
            ++unit;
        }
        return QString(
            locale.toString(value, 'f', value < 10 ? 1 : 0) + NoBreakSpace + QString::fromUtf16(units[unit]));
    }
    return locale.formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

QString formatDateTime(const QDateTime &when, const QLocale &locale)
{
    if (!when.isValid())
        return {};
    return locale.toString(when.toLocalTime(), QLocale::ShortFormat);
}

QString formatDate(const QDate &date, const QLocale &locale)
{
    if (!date.isValid())
        return {};
    return locale.toString(date, QLocale::ShortFormat);
}

QString formatDuration(qint64 seconds, const QLocale &locale)
{
    const QString sign = seconds < 0 ? locale.negativeSign() : QString();
    seconds = std::llabs(seconds);
    const qint64 h = seconds / 3600;
    const qint64 m = (seconds % 3600) / 60;
    const qint64 s = seconds % 60;
    auto two = [&](qint64 v) {
        return locale.toString(v).rightJustified(2, locale.zeroDigit().at(0));
    };
    const QChar sp = NoBreakSpace;
    if (h > 0)
        return QString(sign + locale.toString(h) + sp + u'h' + u' ' + two(m) + sp + QStringLiteral("min"));
    if (m > 0)
        return QString(sign + locale.toString(m) + sp + QStringLiteral("min") + u' ' + two(s) + sp + u's');
    return QString(sign + locale.toString(s) + sp + u's');
}

} // namespace mlr::i18n
