// The table alternative of the Evaluate charts: one row per point of each series, columns
// named after the axes, thresholds only for curves, numbers in the locale and exact in
// EditRole.
#include "evalpointsmodel.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

#include <limits>

using mlr::gui::EvalPointsModel;

class TestEvalPointsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QLocale::setDefault(QLocale(QLocale::English)); }

    void curveWithThresholds()
    {
        EvalPointsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setSeries(QStringLiteral("False positive rate"), QStringLiteral("True positive rate"),
            { { QStringLiteral("New model"), { { 0, 0 }, { 0.25, 0.8 }, { 1, 1 } }, { 1.0, 0.5, 0.0 } },
                { QStringLiteral("Current model"), { { 0, 0 }, { 1, 1 } }, { 1.0, 0.0 } } });
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.columnCount(), 4);
        QCOMPARE(model.headerData(EvalPointsModel::XColumn, Qt::Horizontal).toString(),
            QStringLiteral("False positive rate"));
        QCOMPARE(model.headerData(EvalPointsModel::ThresholdColumn, Qt::Horizontal).toString(),
            QStringLiteral("Threshold"));
        QCOMPARE(model.index(1, EvalPointsModel::ModelColumn).data().toString(), QStringLiteral("New model"));
        QCOMPARE(model.index(1, EvalPointsModel::XColumn).data().toString(), QStringLiteral("0.2500"));
        QCOMPARE(model.index(1, EvalPointsModel::YColumn).data(Qt::EditRole).toDouble(), 0.8);
        QCOMPARE(
            model.index(1, EvalPointsModel::ThresholdColumn).data().toString(), QStringLiteral("0.5000"));
        QCOMPARE(
            model.index(3, EvalPointsModel::ModelColumn).data().toString(), QStringLiteral("Current model"));
        QCOMPARE(model.index(4, EvalPointsModel::YColumn).data().toString(), QStringLiteral("1.0000"));
    }

    void scatterWithoutThresholds()
    {
        EvalPointsModel model;
        model.setSeries(QStringLiteral("Actual value"), QStringLiteral("Predicted value"),
            { { QStringLiteral("New model"), { { 3.5, 3.25 } }, {} } });
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.columnCount(), 3);
        QVERIFY(!model.index(0, EvalPointsModel::ThresholdColumn).isValid());
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void frenchNumbersAndInfinity()
    {
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        EvalPointsModel model;
        model.setSeries(QStringLiteral("x"), QStringLiteral("y"),
            { { QStringLiteral("Nouveau modèle"), { { 0.5, 1 } },
                { std::numeric_limits<double>::infinity() } } });
        QCOMPARE(model.index(0, EvalPointsModel::XColumn).data().toString(), QStringLiteral("0,5000"));
        QCOMPARE(model.index(0, EvalPointsModel::ThresholdColumn).data().toString(), QStringLiteral("∞"));
    }
};

QTEST_MAIN(TestEvalPointsModel)
#include "tst_evalpointsmodel.moc"
