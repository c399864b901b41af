#include <QTest>
class TestServerfaults : public QObject
{
    Q_OBJECT
};
QTEST_GUILESS_MAIN(TestServerfaults)
#include "tst_server_faults.moc"
