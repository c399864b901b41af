#include "format.h"

#include <algorithm>
#include <cmath>

namespace mlr::cli::format {

namespace {

QString scaled(double value, const char *const units[], int unitCount)
{
    int unit = 0;
    while (std::abs(value) >= 1000.0 && unit < unitCount - 1) {
        value /= 1000.0;
        ++unit;
    }
    const QString suffix = QString::fromLatin1(units[unit]);
    if (unit == 0)
        return QString::number(qint64(std::llround(value))) + u' ' + suffix;
    // Three significant digits: 1.50, 12.3, 480.
    const int decimals = value < 10.0 ? 2 : value < 100.0 ? 1 : 0;
    return QString::number(value, 'f', decimals) + u' ' + suffix;
}

} // namespace

QString bytes(qint64 n)
{
    static const char *const units[] = { "B", "kB", "MB", "GB", "TB", "PB" };
    return scaled(double(n), units, 6);
}

QString rate(double bytesPerSecond)
{
    if (!(bytesPerSecond >= 0.0) || std::isinf(bytesPerSecond))
        return QStringLiteral("-");
    return QString::number(bytesPerSecond / 1e6, 'f', 1) + QStringLiteral(" MB/s");
}

QString duration(qint64 seconds)
{
    if (seconds < 0)
        return QStringLiteral("--:--");
    const qint64 h = seconds / 3600;
    const qint64 m = (seconds / 60) % 60;
    const qint64 s = seconds % 60;
    const auto two = [](qint64 v) {
        return QString::number(v).rightJustified(2, u'0');
    };
    if (h > 0)
        return QString::number(h) + u':' + two(m) + u':' + two(s);
    return QString::number(m) + u':' + two(s);
}

QString timestamp(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return time.toUTC().toString(Qt::ISODate);
}

QString progressLine(qint64 done, qint64 total, double bytesPerSecond, qint64 etaSeconds)
{
    QString line = bytes(done);
    if (total > 0) {
        const int percent = int(std::clamp<qint64>(done * 100 / total, 0, 100));
        line += QStringLiteral(" / ") + bytes(total) + QStringLiteral("  ")
            + QString(QString::number(percent) + u'%').rightJustified(4);
    }
    line += QStringLiteral("  ") + rate(bytesPerSecond).rightJustified(11);
    if (total > 0)
        line += QStringLiteral("  ETA ") + duration(done >= total ? 0 : etaSeconds);
    return line;
}

QString table(const QList<QStringList> &rows, const QList<int> &rightAligned)
{
    QList<qsizetype> widths;
    for (const QStringList &row : rows) {
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (widths.size() <= c)
                widths.append(0);
            widths[c] = std::max(widths[c], row.at(c).size());
        }
    }
    QString out;
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (c > 0)
                line += QStringLiteral("  ");
            const bool right = rightAligned.contains(int(c));
            line += right ? row.at(c).rightJustified(widths.at(c)) : row.at(c).leftJustified(widths.at(c));
        }
        while (line.endsWith(u' '))
            line.chop(1);
        out += line + u'\n';
    }
    return out;
}

QString oneLine(const QString &text)
{
    QString out = text;
    out.replace(u'\r', u' ').replace(u'\n', u' ').replace(u'\t', u' ');
    return out.simplified();
}

} // namespace mlr::cli::format
