#include "evalmetricsmodel.h"

#include "eval/gate.h"
#include "eval/metrics.h"
#include "evalcolors.h"
#include "i18n/localeformat.h"
#include "i18n/metricglossary.h"

#include <QGuiApplication>

#include <cmath>

namespace mlr::gui {

EvalMetricsModel::EvalMetricsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void EvalMetricsModel::setMetrics(const QList<eval::MetricRow> &metrics, const eval::GateVerdict &verdict)
{
    beginResetModel();
    m_rows = metrics;
    m_verdict = verdict;
    endResetModel();
}

void EvalMetricsModel::clear()
{
    setMetrics({}, {});
}

int EvalMetricsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EvalMetricsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString EvalMetricsModel::formatNumber(double value)
{
    return i18n::formatDecimal(value, 4);
}

QVariant EvalMetricsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const eval::MetricRow &row = m_rows[index.row()];
    const eval::GateCheck *check = m_verdict.checkFor(row.metric);
    const int column = index.column();
    auto number = [&]() -> double {
        switch (column) {
        case NewColumn:
            return row.challenger;
        case CurrentColumn:
            return row.champion;
        case ChangeColumn:
            return row.delta;
        default:
            return 0;
        }
    };
    const bool numeric = column == NewColumn || column == CurrentColumn || column == ChangeColumn;
    const QPalette palette = QGuiApplication::palette();
    switch (role) {
    case Qt::DisplayRole:
        if (column == MetricColumn)
            return i18n::metricDisplayName(row.metric);
        if (numeric) {
            // The number itself (for the bar chart's mapper and sorting); NaN reads as 0 in bars.
            const double v = number();
            return std::isnan(v) ? QVariant(formatNumber(v)) : QVariant(v);
        }
        if (column == GateColumn)
            return !check ? QString() : check->passed ? tr("✔ Pass") : tr("✘ Fail");
        return {};
    case Qt::AccessibleTextRole:
        if (numeric)
            return formatNumber(number());
        if (column == GateColumn)
            return !check ? tr("No rule") : check->passed ? tr("Pass") : tr("Fail");
        return data(index, Qt::DisplayRole);
    case ValueRole:
        return numeric ? QVariant(number()) : QVariant();
    case GateStateRole:
        return !check ? -1 : check->passed ? 1 : 0;
    case Qt::ToolTipRole:
        if (column == GateColumn && check)
            return check->reason;
        if (column == ChangeColumn && !std::isnan(row.delta)) {
            const bool better = row.higherIsBetter ? row.delta > 0 : row.delta < 0;
            return row.delta == 0 ? tr("No change.")
                : better ? tr("The new model is better on %1.").arg(i18n::metricDisplayName(row.metric))
                         : tr("The new model is worse on %1.").arg(i18n::metricDisplayName(row.metric));
        }
        return eval::metricDescription(row.metric);
    case Qt::AccessibleDescriptionRole:
        // The metric glossary for screen readers: name, Studio name and plain explanation.
        return column == MetricColumn ? i18n::metricGlossaryEntry(row.metric) : QVariant();
    case Qt::ForegroundRole:
        if (column == GateColumn && check)
            return check->passed ? evalcolors::pass(palette) : evalcolors::fail(palette);
        if (column == ChangeColumn && !std::isnan(row.delta) && row.delta != 0) {
            const bool better = row.higherIsBetter ? row.delta > 0 : row.delta < 0;
            return better ? evalcolors::pass(palette) : evalcolors::fail(palette);
        }
        return {};
    case Qt::TextAlignmentRole:
        return numeric ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    default:
        return {};
    }
}

QVariant EvalMetricsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case MetricColumn:
            return tr("Metric");
        case NewColumn:
            return tr("New model");
        case CurrentColumn:
            return tr("Current model");
        case ChangeColumn:
            return tr("Change");
        case GateColumn:
            return tr("Gate");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case NewColumn:
            return tr("The retrained model, on the rows of its test split.");
        case CurrentColumn:
            return tr("The model in production, scored on the same rows.");
        case ChangeColumn:
            return tr("New minus current.");
        case GateColumn:
            return tr(
                "Whether the metric passes the promotion gate's rules (see the profile's promotionGate).");
        }
    }
    return {};
}

QString EvalMetricsModel::toTabSeparated() const
{
    QStringList lines;
    QStringList header;
    for (int c = 0; c < ColumnCount; ++c)
        header.append(headerData(c, Qt::Horizontal).toString());
    lines.append(header.join(u'\t'));
    auto full = [](double v) {
        return std::isnan(v) ? QString() : QString::number(v, 'g', 12);
    };
    for (const eval::MetricRow &row : m_rows) {
        const eval::GateCheck *check = m_verdict.checkFor(row.metric);
        lines.append(QStringList { row.metric, full(row.challenger), full(row.champion), full(row.delta),
            !check              ? QString()
                : check->passed ? QStringLiteral("pass")
                                : QStringLiteral("fail") }
                         .join(u'\t'));
    }
    return lines.join(u'\n') + u'\n';
}

void EvalMetricsDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant value = index.data(EvalMetricsModel::ValueRole);
    if (!value.isValid())
        return;
    const double number = value.toDouble();
    if (std::isnan(number)) {
        option->text = EvalMetricsModel::formatNumber(number);
        return;
    }
    QString text = option->locale.toString(number, 'f', 4);
    if (index.column() == EvalMetricsModel::ChangeColumn && number > 0)
        text.prepend(option->locale.positiveSign());
    option->text = text;
}

} // namespace mlr::gui
