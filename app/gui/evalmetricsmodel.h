#pragma once

#include "eval/evaltypes.h"

#include <QAbstractTableModel>
#include <QStyledItemDelegate>

namespace mlr::gui {

// The metrics of both models with the gate's verdict per metric: the one model behind the
// metrics table, its bar chart (QVBarModelMapper over the New and Current columns) and the
// "copy table" text. Columns: Metric, New model, Current model, Change, Gate.
// DisplayRole of the three number columns is the double itself (NaN shown as "—" by
// ToolTip/AccessibleText and the copied text); the Metric column shows the metric's name in
// the user's language (mlr::i18n::metricDisplayName; metrics() keeps the Studio names);
// ToolTipRole explains the metric (glossary) or the gate's reason, AccessibleDescriptionRole
// of the Metric column is the glossary entry; ForegroundRole colours the change (better/worse) and the badge.
class EvalMetricsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        MetricColumn,
        NewColumn,
        CurrentColumn,
        ChangeColumn,
        GateColumn,
        ColumnCount
    };
    // Raw double of a number column (also for NaN), for callers that format themselves.
    static constexpr int ValueRole = Qt::UserRole + 1;
    // GateColumn: 1 pass, 0 fail, -1 no rule for the metric.
    static constexpr int GateStateRole = Qt::UserRole + 2;

    explicit EvalMetricsModel(QObject *parent = nullptr);

    void setMetrics(const QList<eval::MetricRow> &metrics, const eval::GateVerdict &verdict);
    void clear();
    const QList<eval::MetricRow> &metrics() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Header and rows, tab-separated, one line each, numbers in full precision (for pasting
    // into a spreadsheet); the gate column holds "pass", "fail" or nothing.
    QString toTabSeparated() const;
    // A number as the table shows it: four decimals in the user's locale, "—" for NaN.
    static QString formatNumber(double value);

private:
    QList<eval::MetricRow> m_rows;
    eval::GateVerdict m_verdict;
};

// Shows the number columns of an EvalMetricsModel as people read them: four decimals in
// the user's locale, the change with its sign ("+0.0228"), "—" for NaN.
class EvalMetricsDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace mlr::gui
