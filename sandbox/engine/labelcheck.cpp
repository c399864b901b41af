#include "engine/labelcheck.h"

#include <algorithm>
#include <unordered_map>

using namespace Qt::StringLiterals;

namespace mlr::studio {

namespace {

struct Distinct
{
    QString text;
    qsizetype firstRow = 0;
};

// Distinct non-missing values by first row. Text labels: the level as read; numeric labels:
// the shortest text of the number (formatNumber).
std::vector<Distinct> distinctValues(const Column &c)
{
    std::vector<Distinct> out;
    if (c.isNumeric()) {
        std::unordered_map<double, size_t> seen;
        for (qsizetype r = 0; r < c.size(); ++r) {
            const double v = c.numbers[size_t(r)];
            if (v != v || seen.count(v))
                continue;
            seen.emplace(v, out.size());
            out.push_back({ formatNumber(v), r });
        }
        return out;
    }
    std::vector<qsizetype> first(size_t(c.levels.size()), -1);
    for (qsizetype r = 0; r < c.size(); ++r) {
        const qint32 code = c.codes[size_t(r)];
        if (code >= 0 && first[size_t(code)] < 0)
            first[size_t(code)] = r;
    }
    for (qsizetype i = 0; i < c.levels.size(); ++i) {
        if (first[size_t(i)] >= 0)
            out.push_back({ c.levels[i], first[size_t(i)] });
    }
    std::sort(
        out.begin(), out.end(), [](const Distinct &a, const Distinct &b) { return a.firstRow < b.firstRow; });
    return out;
}

QString quoted(const QString &value)
{
    return u'"' + (value.size() > 40 ? value.left(37) + u"..."_s : value) + u'"';
}

QString normalized(const QString &value, bool numeric)
{
    if (!numeric)
        return value;
    const auto v = parseNumber(value.toStdString());
    return v && *v == *v ? formatNumber(*v) : value;
}

} // namespace

Status checkTwoClassLabel(const DataTable &table, const QString &labelColumn, const QStringList &declared)
{
    const Column *label = table.find(labelColumn);
    if (!label)
        return Ok {};
    const std::vector<Distinct> values = distinctValues(*label);
    if (values.empty())
        return Ok {};
    const QString column = labelColumn;
    const auto lineOf = [&](qsizetype row) {
        return QString::number(table.sourceLine(row));
    };
    QStringList sentences;
    if (declared.size() == 2) {
        const QStringList known { normalized(declared[0], label->isNumeric()),
            normalized(declared[1], label->isNumeric()) };
        QStringList present;
        for (const Distinct &v : values) {
            if (known.contains(v.text)) {
                present << v.text;
                continue;
            }
            QString variant;
            for (const QString &k : known) {
                if (k.compare(v.text, Qt::CaseInsensitive) == 0)
                    variant = k;
            }
            QString s = u"The label column \"%1\" holds %2 (first on line %3), but the service learns two "
                        u"values only: %4 and %5"_s.arg(
                            column, quoted(v.text), lineOf(v.firstRow), quoted(known[0]), quoted(known[1]));
            if (!variant.isEmpty())
                s += u" (values are case-sensitive: %1 is not %2)"_s.arg(quoted(v.text), quoted(variant));
            sentences << s + u'.';
        }
        if (sentences.isEmpty() && present.size() == 1)
            sentences << u"The label column \"%1\" holds only %2, but the service learns two values, %3 and "
                         u"%4: the training data needs rows of both."_s.arg(
                             column, quoted(present[0]), quoted(known[0]), quoted(known[1]));
    } else if (values.size() == 1) {
        sentences << u"The label column \"%1\" holds only %2, but a two-class service learns two values: "
                     u"the training data needs rows of both."_s.arg(column, quoted(values[0].text));
    } else if (values.size() > 2) {
        QStringList listed;
        for (size_t i = 0; i < std::min<size_t>(5, values.size()); ++i)
            listed << u"%1 from line %2"_s.arg(quoted(values[i].text), lineOf(values[i].firstRow));
        if (values.size() > 5)
            listed << u"..."_s;
        const QString count = values.size() > 64 ? u"more than 64"_s : QString::number(values.size());
        sentences << u"The label column \"%1\" holds %2 values (%3), but a two-class service learns exactly "
                     u"two."_s.arg(column, count, listed.join(u", "_s));
    }
    if (sentences.isEmpty())
        return Ok {};
    return StudioError::make(errc::UnsupportedTarget, sentences.join(u' ')).at(-1, labelColumn);
}

} // namespace mlr::studio
