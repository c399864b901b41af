#include "evalanalysis.h"
#include "evalcharts.h"
#include "evalmetricsmodel.h"
#include "evalpointsmodel.h"
#include "evaluatepage.h"
#include "evaluatepageparts.h"
#include "inlinemessage.h"
#include "ui_evaluatepage.h"

#include <QDir>
#include <QFileDialog>

// The Evaluate page's charts: curves and regression plots with their tables (the text
// alternative, same points), the values-instead-of-charts switch and the PNG export.
namespace mlr::gui {

using namespace evaluatepage;

namespace {
EvalPointsModel::Series curveSeries(const QString &name, const QList<eval::CurvePoint> &curve)
{
    EvalPointsModel::Series series { name, {}, {} };
    series.points.reserve(curve.size());
    series.thresholds.reserve(curve.size());
    for (const eval::CurvePoint &p : curve) {
        series.points.append(QPointF(p.x, p.y));
        series.thresholds.append(p.threshold);
    }
    return series;
}
} // namespace

void EvaluatePage::showCurve()
{
    if (!m_analysis || !m_analysis->newIndex)
        return;
    const eval::Curves &n = m_analysis->newCurves;
    const eval::Curves &c = m_analysis->currentCurves;
    QString title, xTitle, yTitle;
    const QList<eval::CurvePoint> *newPoints = &n.roc;
    const QList<eval::CurvePoint> *currentPoints = &c.roc;
    switch (m_ui->curveCombo->currentIndex()) {
    case PrecisionRecallCurve:
        title = tr("Precision and recall");
        xTitle = tr("Recall");
        yTitle = tr("Precision");
        newPoints = &n.precisionRecall;
        currentPoints = &c.precisionRecall;
        break;
    case LiftCurve:
        title = tr("Lift");
        xTitle = tr("Share of rows predicted positive");
        yTitle = tr("True positives found");
        newPoints = &n.lift;
        currentPoints = &c.lift;
        break;
    default:
        title = tr("ROC curve");
        xTitle = tr("False positive rate");
        yTitle = tr("True positive rate");
        break;
    }
    QChart *chart = evalcharts::curveChart(title, xTitle, yTitle, *newPoints, *currentPoints,
        m_ui->curveCombo->currentIndex() == RocCurve, palette());
    m_curvePoints->setSeries(xTitle, yTitle,
        { curveSeries(tr("New model"), *newPoints), curveSeries(tr("Current model"), *currentPoints) });
    replaceChart(m_ui->curveChartView, chart);
    m_ui->curveChartView->setAccessibleName(chart->title());
    m_ui->curveSummaryLabel->setText(
        tr("AUC: new %1, current %2")
            .arg(EvalMetricsModel::formatNumber(n.auc), EvalMetricsModel::formatNumber(c.auc)));
}

void EvaluatePage::showRegressionChart()
{
    if (!m_analysis || m_comparison->task != eval::Task::Regression)
        return;
    const EvalAnalysis &a = *m_analysis;
    const bool residuals = m_ui->regressionCombo->currentIndex() == Residuals;
    const QString title = residuals ? tr("Residuals") : tr("Predicted against actual");
    const QString xTitle = residuals ? tr("Predicted value") : tr("Actual value");
    const QString yTitle = residuals ? tr("Actual − predicted") : tr("Predicted value");
    const QList<QPointF> &newPoints = residuals ? a.newResiduals : a.newScatter;
    const QList<QPointF> &currentPoints = residuals ? a.currentResiduals : a.currentScatter;
    QChart *chart = evalcharts::scatterChart(title, xTitle, yTitle, newPoints, currentPoints, !residuals,
        residuals, a.minValue, a.maxValue, palette());
    m_regressionPoints->setSeries(
        xTitle, yTitle, { { tr("New model"), newPoints, {} }, { tr("Current model"), currentPoints, {} } });
    replaceChart(m_ui->regressionChartView, chart);
    m_ui->regressionChartView->setAccessibleName(chart->title());
}

void EvaluatePage::updateExportButton()
{
    QWidget *tab = m_ui->evaluationTabs->currentWidget();
    const bool chart = m_comparison && tab != m_ui->confusionTab
        && m_ui->evaluationTabs->isTabEnabled(m_ui->evaluationTabs->currentIndex());
    m_ui->exportChartButton->setEnabled(chart);
}

bool EvaluatePage::exportChart(const QString &path)
{
    QWidget *tab = m_ui->evaluationTabs->currentWidget();
    QChartView *view = tab == m_ui->curvesTab ? m_ui->curveChartView
        : tab == m_ui->regressionTab          ? m_ui->regressionChartView
        : tab == m_ui->metricsTab             ? m_ui->metricsChartView
                                              : nullptr;
    if (!view || !evalcharts::savePng(view, path)) {
        m_ui->statusMessage->showMessage(InlineMessage::Kind::Error,
            view ? tr("The chart could not be saved to %1.").arg(QDir::toNativeSeparators(path))
                 : tr("This tab has no chart to export."));
        return false;
    }
    m_ui->statusMessage->showMessage(
        InlineMessage::Kind::Positive, tr("Chart saved to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void EvaluatePage::chooseExportFile()
{
    auto *dialog = new QFileDialog(this, tr("Export chart"), QString(), tr("PNG images (*.png)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("png"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) { exportChart(file); });
    dialog->open(); // window-modal, no nested event loop
}

void EvaluatePage::showValuesAsTables(bool tables)
{
    m_ui->curveStack->setCurrentWidget(
        tables ? static_cast<QWidget *>(m_ui->curveTable) : m_ui->curveChartView);
    m_ui->regressionStack->setCurrentWidget(
        tables ? static_cast<QWidget *>(m_ui->regressionTable) : m_ui->regressionChartView);
}

} // namespace mlr::gui
