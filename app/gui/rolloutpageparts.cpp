#include "rolloutpageparts.h"

#include <QStringList>

namespace mlr::gui {

namespace {

QString prediction(const ml::RrsTable &table, std::size_t row)
{
    if (row >= table.rows.size())
        return {};
    const QStringList &cells = table.rows[row];
    const qsizetype label = table.columnIndex(QStringLiteral("Scored Labels"));
    const qsizetype probability = table.columnIndex(QStringLiteral("Scored Probabilities"));
    if (label < 0 || label >= cells.size())
        return cells.join(QStringLiteral(", "));
    if (probability < 0 || probability >= cells.size())
        return cells.at(label);
    return QStringLiteral("%1 (%2)").arg(cells.at(label), cells.at(probability));
}

} // namespace

QList<SmokeRowView> smokeRowViews(const ml::RrsTable &current, const ml::RrsTable &candidate)
{
    QList<SmokeRowView> views;
    const std::size_t rows = std::max(current.rows.size(), candidate.rows.size());
    for (std::size_t i = 0; i < rows; ++i) {
        SmokeRowView v;
        v.row = int(i) + 1;
        v.current = prediction(current, i);
        v.candidate = prediction(candidate, i);
        v.changed = i >= current.rows.size() || i >= candidate.rows.size() || v.current != v.candidate;
        views.append(v);
    }
    return views;
}

} // namespace mlr::gui
