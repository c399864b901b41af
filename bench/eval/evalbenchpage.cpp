// The Evaluate page's slider update, end to end on the GUI thread: EvaluatePage::setThreshold
// (two ThresholdIndex lookups, three confusion models, the summary label) and the events it
// causes (layout, the paint of the changed matrices and labels, offscreen), timed per move.
#include "eval/compare.h"
#include "eval/gate.h"
#include "evaluatepage.h"
#include "wizardstate.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTabWidget>
#include <QTemporaryDir>

#include <vector>

using namespace mlr;

// Milliseconds per move for `thresholds`, page showing the confusion matrices of `comparison`.
// Empty when the page could not be prepared.
std::vector<double> timePageMoves(
    std::shared_ptr<const eval::Comparison> comparison, const std::vector<double> &thresholds)
{
    QTemporaryDir dir;
    gui::WizardState state(dir.filePath(QStringLiteral("profiles.ini")));
    gui::EvaluatePage page(&state);
    page.resize(1000, 700);
    page.show();
    QEventLoop loop;
    QObject::connect(&page, &gui::EvaluatePage::analysisReady, &loop, &QEventLoop::quit);
    page.setComparison(comparison, eval::evaluateGate(eval::defaultGateRules(), comparison->metrics));
    loop.exec(); // the analysis (index build, curves) runs on a worker; this is the bench's own loop
    auto *tabs = page.findChild<QTabWidget *>(QStringLiteral("evaluationTabs"));
    tabs->setCurrentWidget(page.findChild<QWidget *>(QStringLiteral("confusionTab")));
    QApplication::processEvents();
    std::vector<double> ms;
    QElapsedTimer timer;
    for (double t : thresholds) {
        timer.start();
        page.setThreshold(t);
        // What the event loop does next: the layout request and the paint of what changed
        // (three matrices, two labels).
        QApplication::processEvents();
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    return ms;
}
