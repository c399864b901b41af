#include <QTest>

class TestGraphSwagger : public QObject
{
    Q_OBJECT
};

QTEST_GUILESS_MAIN(TestGraphSwagger)
#include "tst_graphswagger.moc"
