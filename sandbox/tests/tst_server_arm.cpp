#include <QTest>
class TestServerarm : public QObject
{
    Q_OBJECT
};
QTEST_GUILESS_MAIN(TestServerarm)
#include "tst_server_arm.moc"
