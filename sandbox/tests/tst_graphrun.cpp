#include <QTest>

class TestGraphRun : public QObject
{
    Q_OBJECT
};

QTEST_GUILESS_MAIN(TestGraphRun)
#include "tst_graphrun.moc"
