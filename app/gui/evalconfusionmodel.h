#pragma once

#include "eval/metrics.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <vector>

namespace mlr::gui {

// One confusion matrix for a QTableView: rows are the actual classes, columns the predicted
// ones, plus a "Total" row and column. A Difference matrix holds new minus current counts.
// Cells are coloured through BackgroundRole (diagonal: correct, off-diagonal: errors; the
// strength follows the share of rows; for a difference, green where the new model does
// better, red where it does worse) and carry an "actual / predicted" tooltip.
class EvalConfusionModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Kind
    {
        Counts,
        Difference
    };

    explicit EvalConfusionModel(Kind kind, QObject *parent = nullptr);

    // Binary: classNames = {negative, positive}; shown positive first, as Studio does.
    void setBinary(const QStringList &classNames, const eval::Confusion &confusion);
    void setBinaryDifference(
        const QStringList &classNames, const eval::Confusion &newModel, const eval::Confusion &currentModel);
    // Multiclass: counts[actual][predicted] (already a difference for Kind::Difference).
    void setMatrix(const QStringList &classNames, const std::vector<std::vector<qint64>> &counts);
    void clear();

    // The count at (actual, predicted) in the classNames order given to set*().
    qint64 count(int actual, int predicted) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    qint64 cellValue(int row, int column) const; // including totals
    void set(const QStringList &names, std::vector<std::vector<qint64>> counts, bool binaryOrder);

    Kind m_kind;
    QStringList m_names; // display order
    std::vector<std::vector<qint64>> m_counts; // display order
    std::vector<int> m_order; // display index -> classNames index
    qint64 m_total = 0; // of the counts (absolute values for a difference)
};

} // namespace mlr::gui
