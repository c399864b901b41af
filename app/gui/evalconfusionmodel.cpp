#include "evalconfusionmodel.h"

#include "evalcolors.h"

#include <QFont>
#include <QGuiApplication>
#include <QLocale>

#include <cstdlib>

namespace mlr::gui {

EvalConfusionModel::EvalConfusionModel(Kind kind, QObject *parent)
    : QAbstractTableModel(parent)
    , m_kind(kind)
{ }

void EvalConfusionModel::set(
    const QStringList &names, std::vector<std::vector<qint64>> counts, bool binaryOrder)
{
    const bool sameShape = m_names.size() == names.size() && !m_counts.empty();
    const size_t k = size_t(names.size());
    m_order.resize(k);
    for (size_t i = 0; i < k; ++i)
        m_order[i] = binaryOrder ? int(k - 1 - i) : int(i); // binary: positive first
    QStringList shown;
    std::vector<std::vector<qint64>> ordered(k, std::vector<qint64>(k, 0));
    m_total = 0;
    for (size_t a = 0; a < k; ++a) {
        shown.append(names[m_order[a]]);
        for (size_t p = 0; p < k; ++p) {
            ordered[a][p] = counts[size_t(m_order[a])][size_t(m_order[p])];
            m_total += std::llabs(ordered[a][p]);
        }
    }
    if (sameShape && shown == m_names) {
        // A threshold move: same shape, new numbers; views repaint without a reset.
        m_counts = std::move(ordered);
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        return;
    }
    beginResetModel();
    m_names = shown;
    m_counts = std::move(ordered);
    endResetModel();
}

void EvalConfusionModel::setBinary(const QStringList &classNames, const eval::Confusion &c)
{
    // classNames[0] negative, [1] positive: counts[actual][predicted].
    set(classNames, { { c.trueNegative, c.falsePositive }, { c.falseNegative, c.truePositive } }, true);
}

void EvalConfusionModel::setBinaryDifference(
    const QStringList &classNames, const eval::Confusion &a, const eval::Confusion &b)
{
    set(classNames,
        { { a.trueNegative - b.trueNegative, a.falsePositive - b.falsePositive },
            { a.falseNegative - b.falseNegative, a.truePositive - b.truePositive } },
        true);
}

void EvalConfusionModel::setMatrix(
    const QStringList &classNames, const std::vector<std::vector<qint64>> &counts)
{
    set(classNames, counts, false);
}

void EvalConfusionModel::clear()
{
    beginResetModel();
    m_names.clear();
    m_counts.clear();
    m_order.clear();
    m_total = 0;
    endResetModel();
}

qint64 EvalConfusionModel::count(int actual, int predicted) const
{
    for (size_t a = 0; a < m_order.size(); ++a) {
        for (size_t p = 0; p < m_order.size(); ++p) {
            if (m_order[a] == actual && m_order[p] == predicted)
                return m_counts[a][p];
        }
    }
    return 0;
}

int EvalConfusionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_names.isEmpty() ? 0 : int(m_names.size()) + 1;
}

int EvalConfusionModel::columnCount(const QModelIndex &parent) const
{
    return rowCount(parent);
}

qint64 EvalConfusionModel::cellValue(int row, int column) const
{
    const int k = int(m_names.size());
    qint64 sum = 0;
    for (int a = 0; a < k; ++a) {
        for (int p = 0; p < k; ++p) {
            if ((row == k || row == a) && (column == k || column == p))
                sum += m_counts[size_t(a)][size_t(p)];
        }
    }
    return sum;
}

QVariant EvalConfusionModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || m_names.isEmpty())
        return {};
    const int k = int(m_names.size());
    const int row = index.row();
    const int column = index.column();
    const bool total = row == k || column == k;
    const qint64 value = cellValue(row, column);
    const QPalette palette = QGuiApplication::palette();
    switch (role) {
    case Qt::DisplayRole:
        if (m_kind == Kind::Difference)
            return value > 0 ? QStringLiteral("+") + QLocale().toString(value) : QLocale().toString(value);
        return QLocale().toString(value);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::FontRole:
        if (total) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::BackgroundRole: {
        if (total || m_total == 0)
            return {};
        const double share = double(std::llabs(value)) / double(m_total);
        const bool diagonal = row == column;
        bool good = diagonal;
        if (m_kind == Kind::Difference) {
            if (value == 0)
                return {};
            good = diagonal ? value > 0 : value < 0; // more correct or fewer errors
        }
        const QColor hue = good ? evalcolors::pass(palette) : evalcolors::fail(palette);
        return evalcolors::cell(palette, hue, 0.15 + 0.85 * std::min(1.0, share * 2));
    }
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole: {
        const QString actual = row == k ? tr("all classes") : m_names[row];
        const QString predicted = column == k ? tr("any class") : m_names[column];
        if (m_kind == Kind::Difference) {
            return tr(
                "Actual: %1, predicted: %2. The new model has %3 rows here compared with the current model.")
                .arg(actual, predicted, data(index, Qt::DisplayRole).toString());
        }
        return tr("Actual: %1, predicted: %2: %3 rows.").arg(actual, predicted, QLocale().toString(value));
    }
    default:
        return {};
    }
}

QVariant EvalConfusionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (section < 0 || section > m_names.size())
        return {};
    const QString name = section == m_names.size() ? tr("Total") : m_names[section];
    if (role == Qt::ToolTipRole)
        return orientation == Qt::Vertical ? tr("Actual: %1").arg(name) : tr("Predicted: %1").arg(name);
    return name.isEmpty() ? tr("(none)") : name;
}

} // namespace mlr::gui
