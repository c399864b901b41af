#include <QTest>
class TestServerbes : public QObject
{
    Q_OBJECT
};
QTEST_GUILESS_MAIN(TestServerbes)
#include "tst_server_bes.moc"
