#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QPointF>
#include <QString>

namespace mlr::gui {

// The points of an Evaluate chart as a table: the chart's text alternative for screen
// readers and keyboard users. One row per point, series after series: the model's name,
// x, y and, for performance curves, the score threshold of the point. Numbers are shown
// in the user's locale (DisplayRole) and kept exact (EditRole, for sorting and copying).
class EvalPointsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    struct Series
    {
        QString name; // "New model", "Current model"
        QList<QPointF> points;
        QList<double> thresholds; // empty, or one per point
    };

    enum Column
    {
        ModelColumn,
        XColumn,
        YColumn,
        ThresholdColumn
    };

    explicit EvalPointsModel(QObject *parent = nullptr);

    // Replaces the table. `xTitle` and `yTitle` head the x and y columns (the axes' titles);
    // the threshold column is there when a series has thresholds.
    void setSeries(const QString &xTitle, const QString &yTitle, const QList<Series> &series);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        qsizetype series;
        qsizetype point;
    };

    QString m_xTitle, m_yTitle;
    QList<Series> m_series;
    QList<Row> m_rows;
    bool m_hasThresholds = false;
};

} // namespace mlr::gui
