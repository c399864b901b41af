#include "evaluatepage.h"

#include "eval/metrics.h"
#include "evalanalysis.h"
#include "evalcharts.h"
#include "evalconfusionmodel.h"
#include "evalmetricsmodel.h"
#include "evalpointsmodel.h"
#include "evaluatepageparts.h"
#include "evaluationsource.h"
#include "history/history.h"
#include "i18n/localeformat.h"
#include "ml/jobjournal.h"
#include "ui_evaluatepage.h"
#include "wizardstate.h"

#include <QChart>
#include <QCheckBox>
#include <QClipboard>
#include <QEvent>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHeaderView>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace mlr::gui {

using namespace evaluatepage;

namespace {

void setUpMatrixView(QTableView *view, QAbstractItemModel *model)
{
    view->setModel(model);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed); // no size recomputation per slider move
    view->setSelectionMode(QAbstractItemView::NoSelection);
}

QString percent(double v)
{
    return i18n::formatPercent(v, 1);
}

} // namespace

EvaluatePage::EvaluatePage(WizardState *state, QWidget *parent)
    : WizardPage(state, parent)
    , m_ui(std::make_unique<Ui::EvaluatePage>())
    , m_metrics(new EvalMetricsModel(this))
    , m_newMatrix(new EvalConfusionModel(EvalConfusionModel::Kind::Counts, this))
    , m_currentMatrix(new EvalConfusionModel(EvalConfusionModel::Kind::Counts, this))
    , m_differenceMatrix(new EvalConfusionModel(EvalConfusionModel::Kind::Difference, this))
    , m_curvePoints(new EvalPointsModel(this))
    , m_regressionPoints(new EvalPointsModel(this))
{
    m_ui->setupUi(this);
    setTitle(tr("Evaluate the new model"));
    setSubTitle(tr(
        "Compare the retrained model with the one in production, on the same rows, before you deploy it."));

    m_ui->metricsTable->setModel(m_metrics);
    m_ui->metricsTable->setItemDelegate(new EvalMetricsDelegate(m_ui->metricsTable));
    m_ui->metricsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->metricsTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->metricsTable->verticalHeader()->hide();
    m_ui->metricsSplitter->setStretchFactor(0, 1);
    m_ui->metricsSplitter->setStretchFactor(1, 1);
    setUpMatrixView(m_ui->newMatrixView, m_newMatrix);
    setUpMatrixView(m_ui->currentMatrixView, m_currentMatrix);
    setUpMatrixView(m_ui->differenceMatrixView, m_differenceMatrix);
    for (QTableView *view : { m_ui->curveTable, m_ui->regressionTable }) {
        view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
        view->verticalHeader()->hide();
    }
    m_ui->curveTable->setModel(m_curvePoints);
    m_ui->regressionTable->setModel(m_regressionPoints);
    for (QChartView *view : { m_ui->metricsChartView, m_ui->curveChartView, m_ui->regressionChartView })
        view->setRenderHint(QPainter::Antialiasing);
    m_ui->metricsChartView->setChart(evalcharts::metricsBarChart(m_metrics, palette()));

    m_ui->curveCombo->addItem(tr("ROC curve"));
    m_ui->curveCombo->addItem(tr("Precision and recall"));
    m_ui->curveCombo->addItem(tr("Lift (true positives found)"));
    m_ui->curveCombo->setItemData(RocCurve,
        tr("True positive rate against false positive rate over every threshold; the area under it is the "
           "AUC."),
        Qt::ToolTipRole);
    m_ui->curveCombo->setItemData(PrecisionRecallCurve,
        tr("Precision against recall over every threshold; useful when positives are rare."),
        Qt::ToolTipRole);
    m_ui->curveCombo->setItemData(LiftCurve,
        tr("How many positives each model finds when it flags a given share of the rows."), Qt::ToolTipRole);
    m_ui->regressionCombo->addItem(tr("Predicted against actual"));
    m_ui->regressionCombo->addItem(tr("Residuals (actual − predicted)"));

    connect(m_ui->thresholdSlider, &QSlider::valueChanged, this, &EvaluatePage::updateThreshold);
    connect(m_ui->curveCombo, &QComboBox::currentIndexChanged, this, &EvaluatePage::showCurve);
    connect(m_ui->regressionCombo, &QComboBox::currentIndexChanged, this, &EvaluatePage::showRegressionChart);
    connect(m_ui->copyTableButton, &QPushButton::clicked, this, &EvaluatePage::copyTable);
    connect(m_ui->exportChartButton, &QPushButton::clicked, this, &EvaluatePage::chooseExportFile);
    connect(m_ui->tablesCheck, &QCheckBox::toggled, this, &EvaluatePage::showValuesAsTables);
    connect(m_ui->evaluationTabs, &QTabWidget::currentChanged, this, &EvaluatePage::updateExportButton);
    connect(m_ui->statusMessage, &InlineMessage::actionTriggered, this, [this] {
        m_loadedJobId.clear();
        startLoading();
    });
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        const auto analysis = m_watcher.result();
        if (analysis->comparison != m_comparison)
            return; // superseded by a newer comparison
        m_analysis = analysis;
        showAnalysis();
    });
    setComparison(nullptr, {});
}

// A running analysis is not waited for: the worker owns copies of what it reads (the shared
// comparison) and its result is simply dropped with the watcher.
EvaluatePage::~EvaluatePage() = default;

bool EvaluatePage::isBusy() const
{
    return m_busy;
}

void EvaluatePage::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    m_ui->progressBar->setVisible(busy);
    Q_EMIT busyChanged(busy);
}

void EvaluatePage::initializePage()
{
    const QString jobId = state()->jobId();
    if (!jobId.isEmpty() && jobId != m_loadedJobId)
        startLoading();
}

void EvaluatePage::startLoading()
{
    m_source.reset();
    m_loadedJobId = state()->jobId();
    m_ui->statusMessage->clear();
    if (m_loadedJobId.isEmpty())
        return;
    setComparison(nullptr, {});
    const std::optional<ml::JobRecord> job = ml::JobJournal().find(m_loadedJobId);
    if (!job)
        return showError(
            tr("Job %1 is not in the job journal, so its outputs cannot be found.").arg(m_loadedJobId));
    setBusy(true);
    m_ui->progressBar->setRange(0, 0);
    m_source = createEvaluationSource(state(), *job);
    connect(m_source.get(), &EvaluationSource::progress, this,
        [this](const QString &stage, qint64 done, qint64 total) {
            m_ui->progressLabel->setText(stage);
            if (total > 0) {
                // Scaled to int: byte counts exceed its range.
                m_ui->progressBar->setRange(0, 1000);
                m_ui->progressBar->setValue(int(1000.0 * double(done) / double(total)));
            } else {
                m_ui->progressBar->setRange(0, 0);
            }
        });
    connect(m_source.get(), &EvaluationSource::finished, this, &EvaluatePage::onEvaluated);
    m_source->start();
}

void EvaluatePage::showError(const QString &text)
{
    setBusy(false);
    m_ui->progressLabel->clear();
    m_ui->statusMessage->showMessage(InlineMessage::Kind::Error, text);
    m_ui->statusMessage->setActionText(tr("Retry"));
}

void EvaluatePage::onEvaluated(std::shared_ptr<const eval::Comparison> comparison,
    const eval::GateVerdict &verdict, const QString &note, const Error &error)
{
    m_source.release()->deleteLater(); // we are inside its signal
    if (error || !comparison)
        return showError(error.message());
    setBusy(false);
    // The timeline keeps the verdict (a small file; a failure to write it does not stop the page).
    if (const auto job = ml::JobJournal().find(m_loadedJobId)) {
        history::appendInBackground(
            history::evaluationEvent(state()->profile().name, *job, *comparison, verdict), this,
            [](const Error &recorded) {
                if (recorded)
                    qWarning("history: %s", qPrintable(recorded.message()));
            });
    }
    state()->setEvaluation(comparison, verdict);
    const bool metricsOnly = comparison->challenger.rowCount() == 0;
    setComparison(std::move(comparison), verdict);
    if (metricsOnly && !note.isEmpty())
        showBasis(note);
}

void EvaluatePage::setComparison(
    std::shared_ptr<const eval::Comparison> comparison, const eval::GateVerdict &verdict)
{
    m_comparison = std::move(comparison);
    m_verdict = verdict;
    m_analysis.reset();
    m_metrics->setMetrics(m_comparison ? m_comparison->metrics : QList<eval::MetricRow> {}, verdict);
    m_newMatrix->clear();
    m_currentMatrix->clear();
    m_differenceMatrix->clear();
    replaceChart(m_ui->curveChartView, new QChart);
    replaceChart(m_ui->regressionChartView, new QChart);
    m_curvePoints->clear();
    m_regressionPoints->clear();
    m_ui->curveSummaryLabel->clear();
    m_ui->confusionSummaryLabel->clear();
    showGate();
    for (int i = 1; i < m_ui->evaluationTabs->count(); ++i)
        m_ui->evaluationTabs->setTabEnabled(i, false);
    m_ui->copyTableButton->setEnabled(m_comparison != nullptr);
    updateExportButton();
    m_ui->basisMessage->clear();
    const bool metricsOnly = m_comparison && m_comparison->challenger.rowCount() == 0;
    setRowTabsVisible(!metricsOnly);
    if (!m_comparison) {
        m_ui->evaluationTabs->setEnabled(false);
        return;
    }
    m_ui->evaluationTabs->setEnabled(true);
    if (metricsOnly) {
        // Both jobs' reported metrics only: nothing to draw from rows.
        showBasis({});
        m_ui->evaluationTabs->setCurrentWidget(m_ui->metricsTab);
        m_ui->progressLabel->setText(tr("Compared on the metrics both jobs reported."));
        QMetaObject::invokeMethod(
            this,
            [this, shown = m_comparison] {
                if (shown == m_comparison)
                    Q_EMIT analysisReady();
            },
            Qt::QueuedConnection);
        return;
    }
    m_ui->progressLabel->setText(tr("Drawing the charts…"));
    const auto comparisonCopy = m_comparison;
    m_watcher.setFuture(QtConcurrent::run([comparisonCopy] {
        return std::shared_ptr<const EvalAnalysis>(std::make_shared<EvalAnalysis>(analyse(comparisonCopy)));
    }));
}

void EvaluatePage::showBasis(const QString &note)
{
    const QString why = tr("The curves and confusion matrices need both models' scores on the same rows, so "
                           "they are not shown: the table compares the metrics each job reported.");
    m_ui->basisMessage->showMessage(
        InlineMessage::Kind::Information, note.isEmpty() ? why : note + u' ' + why);
}

void EvaluatePage::setRowTabsVisible(bool visible)
{
    for (QWidget *tab : { m_ui->curvesTab, m_ui->confusionTab, m_ui->regressionTab })
        m_ui->evaluationTabs->setTabVisible(m_ui->evaluationTabs->indexOf(tab), visible);
}

void EvaluatePage::showGate()
{
    if (!m_comparison) {
        m_ui->verdictMessage->clear();
        m_ui->gateReasonsLabel->clear();
        return;
    }
    m_ui->verdictMessage->showMessage(
        m_verdict.passed ? InlineMessage::Kind::Positive : InlineMessage::Kind::Warning, m_verdict.summary);
    QStringList lines;
    for (const eval::GateCheck &c : m_verdict.checks) {
        if (c.applicable)
            lines.append((c.passed ? tr("✔ %1") : tr("✘ %1")).arg(c.reason));
    }
    m_ui->gateReasonsLabel->setText(lines.join(u'\n'));
}

void EvaluatePage::showAnalysis()
{
    const eval::Task task = m_comparison->task;
    const int curves = m_ui->evaluationTabs->indexOf(m_ui->curvesTab);
    const int confusion = m_ui->evaluationTabs->indexOf(m_ui->confusionTab);
    const int regression = m_ui->evaluationTabs->indexOf(m_ui->regressionTab);
    m_ui->evaluationTabs->setTabEnabled(curves, task == eval::Task::Binary);
    m_ui->evaluationTabs->setTabEnabled(confusion, task != eval::Task::Regression);
    m_ui->evaluationTabs->setTabEnabled(regression, task == eval::Task::Regression);
    const bool binary = task == eval::Task::Binary;
    for (QWidget *w :
        { static_cast<QWidget *>(m_ui->thresholdLabel), static_cast<QWidget *>(m_ui->thresholdSlider),
            static_cast<QWidget *>(m_ui->thresholdValueLabel) })
        w->setVisible(binary);
    if (task == eval::Task::Multiclass) {
        const QStringList names = m_comparison->challenger.classNames;
        m_newMatrix->setMatrix(names, m_analysis->newMatrix);
        m_currentMatrix->setMatrix(names, m_analysis->currentMatrix);
        auto difference = m_analysis->newMatrix;
        for (size_t a = 0; a < difference.size() && a < m_analysis->currentMatrix.size(); ++a) {
            for (size_t p = 0; p < difference[a].size() && p < m_analysis->currentMatrix[a].size(); ++p)
                difference[a][p] -= m_analysis->currentMatrix[a][p];
        }
        m_differenceMatrix->setMatrix(names, difference);
    }
    updateThreshold();
    showCurve();
    showRegressionChart();
    updateExportButton();
    m_ui->progressLabel->setText(
        tr("%Ln row(s) compared.", nullptr, int(m_comparison->challenger.usableRowCount())));
    Q_EMIT analysisReady();
}

double EvaluatePage::threshold() const
{
    return m_ui->thresholdSlider->value() / 1000.0;
}

void EvaluatePage::setThreshold(double threshold)
{
    m_ui->thresholdSlider->setValue(int(std::lround(std::clamp(threshold, 0.0, 1.0) * 1000)));
}

void EvaluatePage::updateThreshold()
{
    const double t = threshold();
    m_ui->thresholdValueLabel->setText(i18n::formatDecimal(t, 3));
    if (!m_analysis || !m_analysis->newIndex)
        return;
    // Two binary searches: no pass over the rows.
    const eval::Confusion a = m_analysis->newIndex->at(t);
    const eval::Confusion b = m_analysis->currentIndex->at(t);
    const QStringList names = m_comparison->challenger.classNames;
    m_newMatrix->setBinary(names, a);
    m_currentMatrix->setBinary(names, b);
    m_differenceMatrix->setBinaryDifference(names, a, b);
    // Not word-wrapped (a relayout per move would cost more than the lookups); the tooltip
    // holds the whole sentence when the page is too narrow for it.
    m_ui->confusionSummaryLabel->setText(
        tr("At threshold %1: accuracy %2 (current %3), precision %4 (current %5), recall %6 (current %7).")
            .arg(i18n::formatDecimal(t, 3), percent(eval::accuracy(a)), percent(eval::accuracy(b)),
                percent(eval::precision(a)), percent(eval::precision(b)), percent(eval::recall(a)),
                percent(eval::recall(b))));
    m_ui->confusionSummaryLabel->setToolTip(m_ui->confusionSummaryLabel->text());
    Q_EMIT thresholdChanged(t);
}

void EvaluatePage::changeEvent(QEvent *event)
{
    WizardPage::changeEvent(event);
    if (event->type() != QEvent::PaletteChange)
        return;
    // Light <-> dark theme: charts take their colours from the palette when built.
    replaceChart(m_ui->metricsChartView, evalcharts::metricsBarChart(m_metrics, palette()));
    showCurve();
    showRegressionChart();
}

void EvaluatePage::copyTable()
{
    QGuiApplication::clipboard()->setText(m_metrics->toTabSeparated());
    m_ui->statusMessage->showMessage(InlineMessage::Kind::Information,
        tr("The metrics table is on the clipboard (tab-separated: paste it into a spreadsheet)."));
}

} // namespace mlr::gui
