#pragma once

#include "eval/evaltypes.h"
#include "http/error.h"
#include "wizardpage.h"

#include <QFutureWatcher>

#include <memory>

namespace Ui {
class EvaluatePage;
}

namespace mlr::gui {

class EvalConfusionModel;
class EvalMetricsModel;
class EvalPointsModel;
class EvaluationSource;
struct EvalAnalysis;

// Step "Evaluate": the retrained model against the one in production, on the same rows.
// When the wizard has a job (WizardState::jobId()), initializePage() evaluates it with the
// source its journal record's kind calls for (createEvaluationSource: ml::EvaluationJob for a
// classic job, azureml::AmlJobEvaluation for an Azure ML one; downloads, parsing and champion
// scoring happen off the GUI thread; progress is shown), records the verdict in the history
// and shows it; setComparison() shows a comparison however it was obtained. A comparison
// without rows (an Azure ML job that wrote no scored test split) shows the metrics both jobs
// reported, without the row-based tabs, and says why.
// Shown: the metrics table with the gate's badge per metric (one model, also behind the
// metrics bar chart and the copied text), ROC / precision-recall / lift curves of both models,
// confusion matrices of both and their difference driven by one threshold slider (O(log n)
// per move through eval::ThresholdIndex, no recount), and for regression predicted against
// actual and residuals. Charts export as PNG; the table copies as tab-separated text. The
// curves and regression plots can show their points as tables instead (their text
// alternative; "Show values instead of charts").
class EvaluatePage : public WizardPage
{
    Q_OBJECT

public:
    explicit EvaluatePage(WizardState *state, QWidget *parent = nullptr);
    ~EvaluatePage() override;

    void initializePage() override;
    bool isBusy() const override;

    // Shows `comparison` (may be null: clears the page). The curves, indices and scatter
    // points are computed on a worker thread; analysisReady() fires once they are drawn.
    void setComparison(std::shared_ptr<const eval::Comparison> comparison, const eval::GateVerdict &verdict);
    std::shared_ptr<const eval::Comparison> comparison() const { return m_comparison; }

    // The decision threshold of the confusion matrices (binary), in [0, 1].
    double threshold() const;
    void setThreshold(double threshold);

    // Saves the chart of the visible tab (the metrics bars on the Metrics tab) as PNG.
    // False (and a message on the page) when it cannot be written.
    bool exportChart(const QString &path);
    // Puts the metrics table on the clipboard, tab-separated.
    void copyTable();

    EvalMetricsModel *metricsModel() const { return m_metrics; }
    EvalConfusionModel *newMatrix() const { return m_newMatrix; }
    EvalConfusionModel *currentMatrix() const { return m_currentMatrix; }
    EvalConfusionModel *differenceMatrix() const { return m_differenceMatrix; }

Q_SIGNALS:
    void analysisReady();
    void thresholdChanged(double threshold);

protected:
    void changeEvent(QEvent *event) override;

private:
    void startLoading();
    void onEvaluated(std::shared_ptr<const eval::Comparison> comparison, const eval::GateVerdict &verdict,
        const QString &note, const Error &error);
    void showError(const QString &text);
    void setRowTabsVisible(bool visible);
    void showBasis(const QString &note);
    void showAnalysis();
    void updateThreshold();
    void showCurve();
    void showRegressionChart();
    void updateExportButton();
    void showValuesAsTables(bool tables);
    void setBusy(bool busy);
    void showGate();
    void chooseExportFile();

    std::unique_ptr<Ui::EvaluatePage> m_ui;
    EvalMetricsModel *m_metrics;
    EvalConfusionModel *m_newMatrix;
    EvalConfusionModel *m_currentMatrix;
    EvalConfusionModel *m_differenceMatrix;
    EvalPointsModel *m_curvePoints; // the curve's points, the table shown instead of the chart
    EvalPointsModel *m_regressionPoints;
    std::shared_ptr<const eval::Comparison> m_comparison;
    eval::GateVerdict m_verdict;
    std::shared_ptr<const EvalAnalysis> m_analysis;
    QFutureWatcher<std::shared_ptr<const EvalAnalysis>> m_watcher;
    std::unique_ptr<EvaluationSource> m_source;
    QString m_loadedJobId; // the job whose evaluation is shown or loading
    bool m_busy = false;
};

} // namespace mlr::gui
