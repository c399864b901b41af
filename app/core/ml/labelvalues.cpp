#include "ml/labelvalues.h"

#include "ml/csvvalues.h"

#include <charconv>
#include <cmath>

using namespace Qt::StringLiterals;

namespace mlr::ml {

void LabelValueTally::addSlow(std::string_view cell, qint64 line)
{
    for (size_t i = 0; i < m_values.size(); ++i) {
        if (m_values[i].text == cell) {
            ++m_values[i].rows;
            m_last = i;
            return;
        }
    }
    if (m_values.size() >= maxValues) {
        m_overflowed = true;
        return;
    }
    m_values.push_back({ std::string(cell), line, 1 });
    m_last = m_values.size() - 1;
}

namespace {

struct Distinct
{
    QString text;
    qint64 firstLine = 0;
};

// A numeric label's value as the service reads it: the shortest text of the number.
QString numberKey(std::string_view cell)
{
    const std::optional<double> v = parseCellNumber(cell);
    if (!v || std::isnan(*v))
        return QString::fromUtf8(cell.data(), qsizetype(cell.size()));
    char buffer[32];
    const auto r = std::to_chars(buffer, buffer + sizeof buffer, *v);
    return QString::fromLatin1(buffer, qsizetype(r.ptr - buffer));
}

QString keyOf(std::string_view cell, bool numeric)
{
    return numeric ? numberKey(cell) : QString::fromUtf8(cell.data(), qsizetype(cell.size()));
}

// The tally's values merged by key (numbers: "1" and "1.0"), by first line.
QList<Distinct> distinctValues(const LabelValueTally &tally, bool numeric)
{
    QList<Distinct> out;
    for (const LabelValueTally::Value &v : tally.values()) {
        const QString key = keyOf(v.text, numeric);
        auto it = std::find_if(out.begin(), out.end(), [&](const Distinct &d) { return d.text == key; });
        if (it == out.end())
            out.append({ key, v.firstLine });
        else
            it->firstLine = std::min(it->firstLine, v.firstLine);
    }
    std::sort(out.begin(), out.end(),
        [](const Distinct &a, const Distinct &b) { return a.firstLine < b.firstLine; });
    return out;
}

QString quoted(const QString &value)
{
    return u'"' + (value.size() > 40 ? value.left(37) + u"..."_s : value) + u'"';
}

} // namespace

QList<LabelProblem> LabelCheck::problems(
    const QString &column, const LabelValueTally &tally, const LabelClasses &classes, bool numeric)
{
    QList<LabelProblem> out;
    if (!classes.twoClass || tally.values().empty())
        return out;
    const QList<Distinct> values = distinctValues(tally, numeric);
    if (classes.known.size() == 2) {
        QStringList known;
        for (const QString &k : classes.known)
            known << (numeric ? numberKey(k.toStdString()) : k);
        QStringList present;
        for (const Distinct &v : values) {
            if (known.contains(v.text)) {
                present << v.text;
                continue;
            }
            QString variant;
            for (const QString &k : std::as_const(known)) {
                if (k.compare(v.text, Qt::CaseInsensitive) == 0)
                    variant = k;
            }
            if (variant.isEmpty())
                out.append({ v.firstLine,
                    tr("The label column \"%1\" holds %2 (first on line %3), but the service learns two "
                       "values only: %4 and %5.")
                        .arg(column, quoted(v.text))
                        .arg(v.firstLine)
                        .arg(quoted(known[0]), quoted(known[1])) });
            else
                out.append({ v.firstLine,
                    tr("The label column \"%1\" holds %2 (first on line %3), but the service learns two "
                       "values only: %4 and %5 (values are case-sensitive: %2 is not %6).")
                        .arg(column, quoted(v.text))
                        .arg(v.firstLine)
                        .arg(quoted(known[0]), quoted(known[1]), quoted(variant)) });
        }
        if (out.isEmpty() && present.size() == 1)
            out.append({ 0,
                tr("The label column \"%1\" holds only %2, but the service learns two values, %3 and %4: "
                   "the training data needs rows of both.")
                    .arg(column, quoted(present[0]), quoted(known[0]), quoted(known[1])) });
        return out;
    }
    if (values.size() == 1 && !tally.overflowed()) {
        out.append({ 0,
            tr("The label column \"%1\" holds only %2, but a two-class service learns two values: the "
               "training data needs rows of both.")
                .arg(column, quoted(values[0].text)) });
    } else if (values.size() > 2 || tally.overflowed()) {
        QStringList listed;
        for (qsizetype i = 0; i < std::min<qsizetype>(5, values.size()); ++i)
            listed << tr("%1 from line %2").arg(quoted(values[i].text)).arg(values[i].firstLine);
        if (values.size() > 5)
            listed << u"..."_s;
        const QString count = tally.overflowed() ? tr("more than %1").arg(LabelValueTally::maxValues)
                                                 : QString::number(values.size());
        out.append({ values[2].firstLine,
            tr("The label column \"%1\" holds %2 values (%3), but a two-class service learns exactly two.")
                .arg(column, count, listed.join(u", "_s)) });
    }
    return out;
}

} // namespace mlr::ml
