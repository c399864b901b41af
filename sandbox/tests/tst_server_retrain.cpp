#include <QTest>
class TestServerretrain : public QObject
{
    Q_OBJECT
};
QTEST_GUILESS_MAIN(TestServerretrain)
#include "tst_server_retrain.moc"
