// The Evaluate page driven like a user, offscreen, with comparisons built in the test (no
// service): the metrics table and its gate badges, the threshold slider updating the three
// confusion matrices from the ThresholdIndex, PNG export, copying the table, the regression
// and multiclass views, and accessible names.
#include "eval/compare.h"
#include "eval/gate.h"
#include "eval/thresholdindex.h"
#include "evalconfusionmodel.h"
#include "evalmetricsmodel.h"
#include "evaluatepage.h"
#include "guitest.h"

#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QSlider>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QValueAxis>
#include <QXYSeries>

#include <cmath>

using namespace mlr;
using namespace mlr::gui;
using mlr::gui::test::WizardFixture;

namespace {

constexpr auto Evaluate = RetrainWizard::EvaluatePageId;

// n rows; the new model separates the classes better than the current one.
std::shared_ptr<const eval::Comparison> binaryComparison(int n = 2000)
{
    eval::ScoredRows challenger;
    challenger.task = eval::Task::Binary;
    challenger.classNames = { QStringLiteral("<=50K"), QStringLiteral(">50K") };
    eval::ScoredRows champion = challenger;
    for (int i = 0; i < n; ++i) {
        const double y = (i * 7919 % 13) < 4 ? 1 : 0;
        const double noise = double(i * 104729 % 1000) / 1000.0; // deterministic in [0, 1)
        challenger.labels.push_back(y);
        champion.labels.push_back(y);
        challenger.scores.push_back(std::clamp(0.25 + 0.45 * y + 0.5 * (noise - 0.5), 0.0, 1.0));
        champion.scores.push_back(std::clamp(0.35 + 0.25 * y + 0.6 * (noise - 0.5), 0.0, 1.0));
    }
    return std::make_shared<const eval::Comparison>(eval::compare(challenger, champion, {}));
}

std::shared_ptr<const eval::Comparison> regressionComparison(int n)
{
    eval::ScoredRows challenger;
    challenger.task = eval::Task::Regression;
    eval::ScoredRows champion = challenger;
    for (int i = 0; i < n; ++i) {
        const double y = 100 + i % 50;
        challenger.labels.push_back(y);
        champion.labels.push_back(y);
        challenger.scores.push_back(y + ((i % 7) - 3));
        champion.scores.push_back(y + ((i % 11) - 5) * 1.5);
    }
    return std::make_shared<const eval::Comparison>(eval::compare(challenger, champion, {}));
}

std::shared_ptr<const eval::Comparison> multiclassComparison()
{
    eval::ScoredRows challenger;
    challenger.task = eval::Task::Multiclass;
    challenger.classNames = { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") };
    eval::ScoredRows champion = challenger;
    challenger.labels = { 0, 0, 1, 2, 2, 1 };
    champion.labels = challenger.labels;
    challenger.predicted = { 0, 1, 1, 2, 0, 1 };
    champion.predicted = { 1, 1, 1, 0, 0, 1 };
    return std::make_shared<const eval::Comparison>(eval::compare(challenger, champion, {}));
}

eval::GateVerdict verdictFor(const eval::Comparison &c)
{
    return eval::evaluateGate(eval::defaultGateRules(), c.metrics);
}

} // namespace

class TestEvaluatePage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<WizardFixture> m_fixture;
    EvaluatePage *m_page = nullptr;

    // Shows `comparison` and waits until the worker's analysis is drawn.
    void show(const std::shared_ptr<const eval::Comparison> &comparison)
    {
        QSignalSpy ready(m_page, &EvaluatePage::analysisReady);
        m_page->setComparison(comparison, verdictFor(*comparison));
        QVERIFY(ready.wait(10000));
    }

    template<typename T> T *child(const char *name) const
    {
        return m_page->findChild<T *>(QString::fromLatin1(name));
    }

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<WizardFixture>(Evaluate);
        m_page = qobject_cast<EvaluatePage *>(m_fixture->page(Evaluate));
        QVERIFY(m_page);
        QVERIFY(!m_page->isBusy()); // no job: nothing loads
    }

    void cleanup() { m_fixture.reset(); }

    void metricsTable()
    {
        const auto comparison = binaryComparison();
        show(comparison);
        auto *table = child<QTableView>("metricsTable");
        QAbstractItemModel *model = table->model();
        QCOMPARE(model, m_page->metricsModel());
        QCOMPARE(model->rowCount(), 6);
        QCOMPARE(model->columnCount(), 5);
        QCOMPARE(model->headerData(1, Qt::Horizontal).toString(), QStringLiteral("New model"));
        const eval::GateVerdict verdict = verdictFor(*comparison);
        for (int r = 0; r < model->rowCount(); ++r) {
            const eval::MetricRow &m = comparison->metrics[r];
            QCOMPARE(model->index(r, 0).data().toString(), m.metric);
            QCOMPARE(model->index(r, 1).data().toDouble(), m.challenger);
            QCOMPARE(model->index(r, 2).data().toDouble(), m.champion);
            QCOMPARE(model->index(r, 3).data().toDouble(), m.delta);
            QVERIFY(!model->index(r, 0).data(Qt::ToolTipRole).toString().isEmpty()); // glossary
            const eval::GateCheck *check = verdict.checkFor(m.metric);
            const QString badge = model->index(r, 4).data().toString();
            if (!check) {
                QVERIFY(badge.isEmpty());
                continue;
            }
            QCOMPARE(badge.contains(QStringLiteral("Pass")), check->passed);
            QCOMPARE(model->index(r, 4).data(Qt::ToolTipRole).toString(), check->reason);
        }
        // The new model is better here: AUC rises, the AUC rule passes.
        QCOMPARE(model->index(4, 0).data().toString(), QStringLiteral("AUC"));
        QVERIFY(model->index(4, 3).data().toDouble() > 0);
        QVERIFY(model->index(4, 4).data().toString().contains(QStringLiteral("Pass")));
        auto *verdictMessage = child<InlineMessage>("verdictMessage");
        QCOMPARE(verdictMessage->text(), verdict.summary);
    }

    void sliderDrivesConfusionMatrices()
    {
        const auto comparison = binaryComparison();
        show(comparison);
        auto *tabs = child<QTabWidget>("evaluationTabs");
        tabs->setCurrentWidget(child<QWidget>("confusionTab"));
        auto *slider = child<QSlider>("thresholdSlider");
        QVERIFY(slider->isVisibleTo(m_page));
        QCOMPARE(m_page->threshold(), 0.5);
        const eval::ThresholdIndex newIndex(comparison->challenger);
        const eval::ThresholdIndex currentIndex(comparison->champion);
        auto check = [&](double t) {
            const eval::Confusion a = newIndex.at(t);
            const eval::Confusion b = currentIndex.at(t);
            // Display order: positive first. count(actual, predicted) in classNames order.
            QCOMPARE(m_page->newMatrix()->count(1, 1), a.truePositive);
            QCOMPARE(m_page->newMatrix()->count(1, 0), a.falseNegative);
            QCOMPARE(m_page->newMatrix()->count(0, 1), a.falsePositive);
            QCOMPARE(m_page->currentMatrix()->count(0, 0), b.trueNegative);
            QCOMPARE(m_page->differenceMatrix()->count(1, 1), a.truePositive - b.truePositive);
            QCOMPARE(m_page->differenceMatrix()->count(0, 1), a.falsePositive - b.falsePositive);
            // The views show the same numbers, the first row/column is the positive class.
            auto *view = child<QTableView>("newMatrixView");
            QCOMPARE(view->model()->headerData(0, Qt::Vertical).toString(), QStringLiteral(">50K"));
            QCOMPARE(view->model()->index(0, 0).data().toString(), QLocale().toString(a.truePositive));
            QCOMPARE(view->model()->index(2, 2).data().toString(), QLocale().toString(a.total()));
        };
        check(0.5);
        QSignalSpy moved(m_page, &EvaluatePage::thresholdChanged);
        QSignalSpy changed(m_page->newMatrix(), &QAbstractItemModel::dataChanged);
        slider->setFocus();
        QTest::keyClick(slider, Qt::Key_PageDown); // one page step down: 0.45
        QCOMPARE(moved.size(), 1);
        QCOMPARE(moved.first().first().toDouble(), 0.45);
        QVERIFY(changed.size() >= 1);
        check(0.45);
        const qint64 before = m_page->newMatrix()->count(1, 1);
        slider->setValue(150);
        QCOMPARE(moved.size(), 2);
        check(0.15);
        QVERIFY(m_page->newMatrix()->count(1, 1) >= before); // a lower threshold finds more positives
        QVERIFY(m_page->newMatrix()->count(0, 1) != newIndex.at(0.45).falsePositive);
        QVERIFY(child<QLabel>("confusionSummaryLabel")->text().contains(QStringLiteral("0.150")));
    }

    void exportsPng()
    {
        show(binaryComparison());
        QTemporaryDir dir;
        auto *tabs = child<QTabWidget>("evaluationTabs");
        auto *combo = child<QComboBox>("curveCombo");
        tabs->setCurrentWidget(child<QWidget>("curvesTab"));
        QVERIFY(child<QPushButton>("exportChartButton")->isEnabled());
        for (int curve = 0; curve < combo->count(); ++curve) {
            combo->setCurrentIndex(curve);
            auto *view = child<QChartView>("curveChartView");
            QCOMPARE(view->chart()->series().size(), curve == 0 ? 3 : 2); // both models (+ chance)
            const QString path = dir.filePath(QStringLiteral("curve%1.png").arg(curve));
            QVERIFY(m_page->exportChart(path));
            const QImage image(path);
            QVERIFY(!image.isNull());
            QVERIFY(image.width() > 50 && image.height() > 50);
        }
        tabs->setCurrentWidget(child<QWidget>("metricsTab"));
        QVERIFY(m_page->exportChart(dir.filePath(QStringLiteral("metrics.png"))));
        QVERIFY(!QImage(dir.filePath(QStringLiteral("metrics.png"))).isNull());
        // No chart on the confusion tab; an unwritable path fails with a message.
        tabs->setCurrentWidget(child<QWidget>("confusionTab"));
        QVERIFY(!child<QPushButton>("exportChartButton")->isEnabled());
        QVERIFY(!m_page->exportChart(dir.filePath(QStringLiteral("none.png"))));
        tabs->setCurrentWidget(child<QWidget>("curvesTab"));
        QVERIFY(!m_page->exportChart(dir.filePath(QStringLiteral("missing/dir/x.png"))));
        QCOMPARE(child<InlineMessage>("statusMessage")->kind(), InlineMessage::Kind::Error);
    }

    // "Show values instead of charts": each chart's points as a table (the same points, the
    // thresholds of the curve), and back to the charts.
    void valuesInsteadOfCharts()
    {
        show(binaryComparison());
        auto *tabs = child<QTabWidget>("evaluationTabs");
        tabs->setCurrentWidget(child<QWidget>("curvesTab"));
        auto *check = child<QCheckBox>("tablesCheck");
        auto *stack = child<QStackedWidget>("curveStack");
        auto *table = child<QTableView>("curveTable");
        QCOMPARE(stack->currentWidget(), child<QWidget>("curveChartView"));
        check->setChecked(true);
        QCOMPARE(stack->currentWidget(), table);
        auto *combo = child<QComboBox>("curveCombo");
        for (int curve = 0; curve < combo->count(); ++curve) {
            combo->setCurrentIndex(curve);
            qsizetype points = 0;
            for (QAbstractSeries *s : child<QChartView>("curveChartView")->chart()->series()) {
                if (s->name() != u"Chance")
                    points += qobject_cast<QXYSeries *>(s)->count();
            }
            QCOMPARE(table->model()->rowCount(), int(points));
            QCOMPARE(table->model()->columnCount(), 4); // model, x, y, threshold
            QCOMPARE(table->model()->headerData(1, Qt::Horizontal).toString(),
                child<QChartView>("curveChartView")->chart()->axes(Qt::Horizontal).first()->titleText());
        }
        check->setChecked(false);
        QCOMPARE(stack->currentWidget(), child<QWidget>("curveChartView"));
    }

    void copiesTable()
    {
        const auto comparison = binaryComparison();
        show(comparison);
        QGuiApplication::clipboard()->clear();
        QTest::mouseClick(child<QPushButton>("copyTableButton"), Qt::LeftButton);
        const QString text = QGuiApplication::clipboard()->text();
        QCOMPARE(text, m_page->metricsModel()->toTabSeparated());
        const QStringList lines = text.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 7);
        QCOMPARE(lines[0], QStringLiteral("Metric\tNew model\tCurrent model\tChange\tGate"));
        const QStringList auc = lines[5].split(QLatin1Char('\t'));
        QCOMPARE(auc[0], QStringLiteral("AUC"));
        QCOMPARE(auc[1].toDouble(), comparison->metrics[4].challenger);
        QCOMPARE(auc[4], QStringLiteral("pass"));
    }

    void regressionViews()
    {
        show(regressionComparison(5000));
        auto *tabs = child<QTabWidget>("evaluationTabs");
        QVERIFY(tabs->isTabEnabled(tabs->indexOf(child<QWidget>("regressionTab"))));
        QVERIFY(!tabs->isTabEnabled(tabs->indexOf(child<QWidget>("curvesTab"))));
        QVERIFY(!tabs->isTabEnabled(tabs->indexOf(child<QWidget>("confusionTab"))));
        QCOMPARE(m_page->metricsModel()->rowCount(), 5);
        tabs->setCurrentWidget(child<QWidget>("regressionTab"));
        auto *combo = child<QComboBox>("regressionCombo");
        for (int chart = 0; chart < combo->count(); ++chart) {
            combo->setCurrentIndex(chart);
            QChart *c = child<QChartView>("regressionChartView")->chart();
            int scatters = 0;
            for (QAbstractSeries *s : c->series()) {
                if (auto *scatter = qobject_cast<QScatterSeries *>(s)) {
                    ++scatters;
                    QCOMPARE(scatter->count(), 2000); // downsampled from 5000 rows
                }
            }
            QCOMPARE(scatters, 2);
            QTemporaryDir dir;
            QVERIFY(m_page->exportChart(dir.filePath(QStringLiteral("r.png"))));
        }
    }

    void multiclassMatrices()
    {
        show(multiclassComparison());
        QVERIFY(!child<QSlider>("thresholdSlider")->isVisibleTo(m_page));
        QCOMPARE(m_page->newMatrix()->rowCount(), 4); // three classes and the totals
        QCOMPARE(m_page->newMatrix()->count(2, 0), 1);
        QCOMPARE(m_page->currentMatrix()->count(2, 0), 2);
        QCOMPARE(m_page->differenceMatrix()->count(2, 0), -1);
        QCOMPARE(m_page->differenceMatrix()->index(2, 0).data().toString(), QStringLiteral("-1"));
    }

    // Tab walks the page top to bottom: tabs, table, copy, the chart choosers, the slider,
    // the matrices, export.
    void tabOrder()
    {
        show(binaryComparison(100));
        const QStringList expected = { QStringLiteral("evaluationTabs"), QStringLiteral("metricsTable"),
            QStringLiteral("copyTableButton"), QStringLiteral("curveCombo"),
            QStringLiteral("thresholdSlider"), QStringLiteral("newMatrixView"),
            QStringLiteral("currentMatrixView"), QStringLiteral("differenceMatrixView"),
            QStringLiteral("regressionCombo"), QStringLiteral("tablesCheck"),
            QStringLiteral("exportChartButton") };
        QStringList chain;
        QWidget *w = child<QWidget>("evaluationTabs");
        for (int guard = 0; w && guard < 500; ++guard, w = w->nextInFocusChain()) {
            if (expected.contains(w->objectName()) && !chain.contains(w->objectName()))
                chain.append(w->objectName());
        }
        QCOMPARE(chain, expected);
    }

    void clearsAndIsAccessible()
    {
        show(binaryComparison(50));
        m_page->setComparison(nullptr, {});
        QCOMPARE(m_page->metricsModel()->rowCount(), 0);
        QVERIFY(!child<QPushButton>("copyTableButton")->isEnabled());
        QVERIFY(!child<QPushButton>("exportChartButton")->isEnabled());
        for (QWidget *w : m_page->findChildren<QWidget *>()) {
            if (w->focusPolicy() == Qt::NoFocus || qobject_cast<QTabBar *>(w) || !w->objectName().size()
                || w->objectName().startsWith(QLatin1String("qt_")))
                continue;
            if (qobject_cast<QAbstractButton *>(w) || qobject_cast<QAbstractItemView *>(w)
                || qobject_cast<QSlider *>(w) || qobject_cast<QComboBox *>(w)
                || qobject_cast<QChartView *>(w))
                QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
        }
    }
};

QTEST_MAIN(TestEvaluatePage)
#include "tst_evaluatepage.moc"
