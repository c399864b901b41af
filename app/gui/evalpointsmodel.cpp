#include "evalpointsmodel.h"

#include "i18n/localeformat.h"

#include <cmath>

namespace mlr::gui {

namespace {
// Enough digits to tell neighbouring points of a curve apart, few enough to read aloud.
constexpr int decimals = 4;

QVariant number(double value, int role)
{
    if (role == Qt::EditRole)
        return value;
    if (!std::isfinite(value))
        return value > 0 ? QStringLiteral("∞") : value < 0 ? QStringLiteral("−∞") : QStringLiteral("–");
    return i18n::formatDecimal(value, decimals);
}
} // namespace

EvalPointsModel::EvalPointsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void EvalPointsModel::setSeries(const QString &xTitle, const QString &yTitle, const QList<Series> &series)
{
    beginResetModel();
    m_xTitle = xTitle;
    m_yTitle = yTitle;
    m_series = series;
    m_rows.clear();
    m_hasThresholds = false;
    for (qsizetype s = 0; s < m_series.size(); ++s) {
        m_hasThresholds = m_hasThresholds || !m_series.at(s).thresholds.isEmpty();
        for (qsizetype p = 0; p < m_series.at(s).points.size(); ++p)
            m_rows.append({ s, p });
    }
    endResetModel();
}

void EvalPointsModel::clear()
{
    setSeries({}, {}, {});
}

int EvalPointsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EvalPointsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : (m_hasThresholds ? ThresholdColumn + 1 : YColumn + 1);
}

QVariant EvalPointsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || (role != Qt::DisplayRole && role != Qt::EditRole))
        return {};
    const Row &row = m_rows.at(index.row());
    const Series &series = m_series.at(row.series);
    const QPointF &point = series.points.at(row.point);
    switch (index.column()) {
    case ModelColumn:
        return series.name;
    case XColumn:
        return number(point.x(), role);
    case YColumn:
        return number(point.y(), role);
    case ThresholdColumn:
        return row.point < series.thresholds.size() ? number(series.thresholds.at(row.point), role)
                                                    : QVariant();
    default:
        return {};
    }
}

QVariant EvalPointsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case ModelColumn:
        return tr("Model");
    case XColumn:
        return m_xTitle;
    case YColumn:
        return m_yTitle;
    case ThresholdColumn:
        return tr("Threshold");
    default:
        return {};
    }
}

} // namespace mlr::gui
